#!/usr/bin/env python3
"""Runs every table generator in gen/ (each gen_*.py module's generate()).

Usage: generate.py --unicode-dir DIR --out OUTDIR

DIR is a Unicode version folder laid out like unicode.org's Public/X.Y.Z
(ucd/, security/, emoji/). Every generator writes deterministic C source into
OUTDIR, each file starting with a banner naming the Unicode version and the
generator. Only the Python standard library is used.
"""
import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ucdlib  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--unicode-dir", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--only", help="run just this generator (e.g. gen_props)")
    a = ap.parse_args()
    ucd = ucdlib.UCD(a.unicode_dir)
    a.out.mkdir(parents=True, exist_ok=True)
    mods = sorted(HERE.glob("gen_*.py"))
    for m in mods:
        if a.only and m.stem != a.only:
            continue
        spec = importlib.util.spec_from_file_location(m.stem, m)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.generate(ucd, a.out)
    ucdlib.write_file(a.out / "version.gen.h", ucd, "gen/generate.py",
                      '#define US_UNICODE_VERSION "%s"\n' % ucd.version)


if __name__ == "__main__":
    main()
