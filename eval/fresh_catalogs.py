#!/usr/bin/python3
"""Genuine text from outside the corpus: the gettext catalogues installed on
this machine, or (--files) the documentation files of its packages.

The corpus (eval/corpus) is what rules are tuned on; this check takes text
nobody tuned anything on: every msgstr of every .mo catalogue under
/usr/share/locale/<lang>/LC_MESSAGES/ in the corpus's languages whose domain
does not come from a corpus package, unfiltered (format strings, markup,
placeholders, bidi controls and all), one document per catalogue, its
messages separated by blank lines. What is installed differs from machine to
machine (the CI machine has what .ci/run installs), so the figures are a
check, not a score.

For each document it asks `unspoof scan --json` for a verdict and
`unspoof clean` for the restored text, and prints per language: documents,
verdicts, code points, and code points clean changed, split like the
corpus's genuine table into damage and tolerated stray letters (a run of at
most 2 Latin/Cyrillic/Greek letters inside a word of another of these
scripts, see run.stray_positions). Then every document flagged obfuscated
and every damaging change, with context in Unicode escapes.

    python3 eval/fresh_catalogs.py [--unspoof build/unspoof] [--langs ru,fa]
                                   [--locale-dir /usr/share/locale] [--show N]
                                   [--strict]
    python3 eval/fresh_catalogs.py --files /usr/share/doc,/usr/share/man/es

With --files, each text file under the directories is a document of its
own, as written (changelogs, READMEs, HTML, man page sources; .gz files
decompressed): those with a byte >= 0x80 that are valid UTF-8 and have no
NUL byte. Its language is the man page directory's (es in
/usr/share/man/es/man1/...), else "doc". They are text about software in
every language: names of people, characters cited by code point, formulas,
phonetic transcriptions, mojibake.

Exit status: 0; with --strict 1 when a document is flagged obfuscated or
clean changes more than 1 code point per 100,000 (damage only); 2 on a setup
error (no CLI, no catalogue).
"""
import argparse
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile
import zlib

EVAL = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, EVAL)
import corpus_build  # noqa: E402  (read_mo)
import run  # noqa: E402  (opcodes, changed_chars, stray_positions, show)

# corpus language -> locale directory
LOCALES = {"en": None, "de": "de", "fr": "fr", "ru": "ru", "el": "el", "vi": "vi",
           "uk": "uk", "tr": "tr", "sr": "sr", "sr-Latn": "sr@latin", "bg": "bg",
           "mk": "mk", "be": "be", "kk": "kk", "hy": "hy", "ka": "ka", "fa": "fa",
           "hi": "hi"}

# domains whose catalogues come from the corpus's own packages
CORPUS_DOMAINS = {"vlc", "tuxpaint", "gimp20", "gimp20-libgimp", "gimp20-python",
                  "gimp20-script-fu", "gimp20-std-plug-ins", "gimp20-tips",
                  "gimp20-tags", "inkscape", "coreutils", "bash", "synaptic",
                  "tasksel", "gtk30", "gtk30-properties", "rednotebook",
                  "evolution", "gnome-terminal", "evince", "orca", "gedit"}


def corpus_domain(domain):
    return (domain in CORPUS_DOMAINS or domain.startswith("plasma")
            or domain.startswith("cinnamon") or domain.startswith("tuxpaint")
            or domain.startswith("vlc") or domain.startswith("evolution"))


def training_domains(lang):
    """Domains whose catalogues a generator read for this language's data:
    gen/gen_trfreq.py counts Turkish words in the catalogues of its
    PACKAGES, so for tr those are no text from outside."""
    if lang != "tr":
        return set()
    sys.path.insert(0, os.path.join(run.ROOT, "gen"))
    import gen_trfreq  # noqa: E402
    out = set()
    for pkg in gen_trfreq.PACKAGES:
        r = subprocess.run(["dpkg", "-L", pkg], capture_output=True, text=True, check=False)
        out.update(os.path.basename(f)[:-3] for f in r.stdout.split()
                   if f.startswith(gen_trfreq.LOCALE_DIR) and f.endswith(".mo"))
    return out


def documents(locale_dir, langs):
    """-> [(lang, domain, text)]"""
    docs = []
    for lang in langs:
        # a corpus language, or any locale directory by its own name
        # ("mr", "ar", "az"): --langs all takes every one (not English)
        loc = LOCALES.get(lang, lang)
        if loc is None:
            continue
        training = training_domains(lang)
        for path in sorted(glob.glob(os.path.join(locale_dir, loc, "LC_MESSAGES", "*.mo"))):
            domain = os.path.basename(path)[:-3]
            if corpus_domain(domain) or domain in training:
                continue
            try:
                msgs = [s for _, s in corpus_build.read_mo(path) if s.strip()]
            except (OSError, ValueError, IndexError):
                continue
            if msgs:
                docs.append((lang, domain, "\n\n".join(msgs) + "\n"))
    return docs


def files(roots):
    """-> [(lang, path, text)] for --files: every text file under roots."""
    docs = []
    for root in roots:
        for d, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                path = os.path.join(d, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                try:
                    if name.endswith(".gz"):
                        with gzip.open(path, "rb") as f:
                            raw = f.read(64 << 20)
                    else:
                        with open(path, "rb") as f:
                            raw = f.read(64 << 20)
                    text = raw.decode("utf-8")
                except (OSError, EOFError, ValueError, zlib.error):
                    continue
                if b"\0" in raw or text.isascii():
                    continue
                parts = os.path.relpath(path, "/usr/share/man").split(os.sep)
                lang = parts[0] if path.startswith("/usr/share/man/") and len(parts) > 2 else "doc"
                docs.append((lang, path, text))
    return docs


def esc(s):
    return "".join(c if c.isascii() and c.isprintable() else "<U+%04X>" % ord(c)
                   if not c.isprintable() else "%s<U+%04X>" % (c, ord(c)) for c in s)


def verdicts(out):
    """{(path, line or None): verdict} from `unspoof scan --json` output."""
    got = {}
    for line in out.decode("utf-8", "replace").splitlines():
        try:
            j = json.loads(line)
        except ValueError:
            continue
        if "path" in j and "verdict" in j:
            got[j["path"], j.get("line")] = j["verdict"]
    return got


def catalogues(a, docs, tmp):
    """(lang, domain, text, verdict, cleaned or None) for each catalogue as one document."""
    paths = []
    for k, (lang, domain, text) in enumerate(docs):
        p = os.path.join(tmp, "%04d.txt" % k)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(p)
    verdict = {}
    for i in range(0, len(paths), 100):
        verdict.update(verdicts(subprocess.run(
            [a.unspoof, "scan", "--json", "--max-findings", "1"] + paths[i:i + 100],
            capture_output=True, check=False).stdout))
    for (lang, domain, text), p in zip(docs, paths):
        r = subprocess.run([a.unspoof, "clean", p], capture_output=True, check=False)
        yield (lang, domain, text, verdict.get((p, None), "error"),
               r.stdout.decode("utf-8", "surrogateescape") if r.returncode == 0 else None)


def messages(a, docs, tmp):
    """The same for each message alone (--messages): a catalogue's messages,
    line breaks made spaces, one a line, through `scan --lines` and
    `clean --lines` (what one line shows does not change how the next is
    read): short texts, as a program checking titles, posts or names one
    call each sees them."""
    for k, (lang, domain, text) in enumerate(docs):
        msgs = [m.replace("\r", " ").replace("\n", " ") for m in text.split("\n\n") if m.strip()]
        p = os.path.join(tmp, "%04d.txt" % k)
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(msgs) + "\n")
        verdict = verdicts(subprocess.run(
            [a.unspoof, "scan", "--lines", "--json", "--max-findings", "1", "-j1", p],
            capture_output=True, check=False).stdout)
        r = subprocess.run([a.unspoof, "clean", "--lines", "-j1", p], capture_output=True, check=False)
        out = r.stdout.decode("utf-8", "surrogateescape").split("\n") if r.returncode == 0 else []
        for n, m in enumerate(msgs):
            yield (lang, domain, m, verdict.get((p, n + 1), "error"), out[n] if n < len(out) else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unspoof", default=os.environ.get("UNSPOOF", os.path.join(run.ROOT, "build", "unspoof")))
    ap.add_argument("--locale-dir", default="/usr/share/locale")
    ap.add_argument("--langs", default=",".join(k for k, v in LOCALES.items() if v),
                    help="corpus languages or locale directories (mr, ar, az), comma-separated, "
                         "or 'all' for every locale directory but English (default: the corpus's)")
    ap.add_argument("--show", type=int, default=20, help="damaging changes to print (default 20)")
    ap.add_argument("--show-stray", type=int, default=0, metavar="N",
                    help="also print N changes to letters of words that mix scripts in the original "
                         "(the 'stray' column: tolerated, as the author's own slips may be mended)")
    ap.add_argument("--messages", action="store_true",
                    help="each message a document of its own (scan/clean --lines), not each catalogue")
    ap.add_argument("--files", metavar="DIR[,DIR]",
                    help="instead of catalogues, every text file under these directories, each a "
                         "document (e.g. /usr/share/doc,/usr/share/man/es)")
    ap.add_argument("--strict", action="store_true")
    a = ap.parse_args()
    if not os.access(a.unspoof, os.X_OK):
        print("fresh_catalogs: no unspoof CLI at %s (build it with make, or pass --unspoof)" % a.unspoof,
              file=sys.stderr)
        return 2
    langs = a.langs.split(",")
    if a.langs == "all":
        langs = sorted(d for d in os.listdir(a.locale_dir)
                       if os.path.isdir(os.path.join(a.locale_dir, d, "LC_MESSAGES"))
                       and not d.startswith("en"))
        langs = [next((k for k, v in LOCALES.items() if v == d), d) for d in langs]
    docs = files(a.files.split(",")) if a.files else documents(a.locale_dir, langs)
    if not docs:
        print("fresh_catalogs: no %s" % ("text file with a byte >= 0x80 under " + a.files if a.files else
                                         "catalogue of these languages under " + a.locale_dir),
              file=sys.stderr)
        return 2
    rows, flagged, damage, strays = {}, [], [], []
    with tempfile.TemporaryDirectory(prefix="unspoof-fresh-") as tmp:
        for lang, domain, text, v, cleaned in (messages(a, docs, tmp) if a.messages
                                               else catalogues(a, docs, tmp)):
            row = rows.setdefault(lang, {"docs": 0, "clean": 0, "suspicious": 0, "obfuscated": 0,
                                         "error": 0, "chars": 0, "damage": 0, "tolerated": 0})
            row["docs"] += 1
            row[v if v in row else "error"] += 1
            row["chars"] += len(text)
            if cleaned is None:
                row["error"] += 1
                continue
            if v == "obfuscated":
                flagged.append((lang, domain))
            if cleaned == text:
                continue
            dmg, tol = run.changed_chars(text, cleaned, with_tolerated=True)
            row["damage"] += dmg
            row["tolerated"] += tol
            if dmg or (tol and a.show_stray):
                stray = run.stray_positions(text)
                for op in run.opcodes(text, cleaned):
                    if op[0] == "equal":
                        continue
                    t, i1, i2, j1, j2 = op
                    (strays if run.tolerated(op, stray) else damage).append(
                        (lang, domain, esc(text[i1:i2]), esc(cleaned[j1:j2]),
                         esc(text[max(0, i1 - 30):i2 + 30].replace("\n", " "))))
    print("Genuine text outside the corpus: %s%s" % (
        "files under " + a.files if a.files else "installed gettext catalogues (%s)" % a.locale_dir,
        ", each message alone" if a.messages else ""))
    print("  %-8s %5s %6s %10s %10s %10s %8s %12s %9s" % (
        "lang", "msgs" if a.messages else "docs", "clean", "suspicious", "obfusc.", "chars", "damage", "damage/100k", "stray"))
    tot = {"docs": 0, "clean": 0, "suspicious": 0, "obfuscated": 0, "chars": 0, "damage": 0,
           "tolerated": 0, "error": 0}
    for lang in sorted(rows):
        r = rows[lang]
        for k in tot:
            tot[k] += r[k]
        print("  %-8s %5d %6d %10d %10d %10d %8d %12.2f %9d" % (
            lang, r["docs"], r["clean"], r["suspicious"], r["obfuscated"], r["chars"], r["damage"],
            1e5 * r["damage"] / max(1, r["chars"]), r["tolerated"]))
    print("  %-8s %5d %6d %10d %10d %10d %8d %12.2f %9d" % (
        "all", tot["docs"], tot["clean"], tot["suspicious"], tot["obfuscated"], tot["chars"],
        tot["damage"], 1e5 * tot["damage"] / max(1, tot["chars"]), tot["tolerated"]))
    if tot["error"]:
        print("  errors: %d" % tot["error"])
    for lang, domain in flagged:
        print("  flagged obfuscated: %s" % (domain if a.files else "%s/%s.mo" % (lang, domain)))
    def where(lang, domain):
        return domain if a.files else "%s/%s" % (lang, domain)
    for lang, domain, want, got, ctx in damage[:a.show]:
        print("  changed %s: \"%s\" -> \"%s\"   in: %s" % (where(lang, domain), want, got, ctx))
    if len(damage) > a.show:
        print("  ... %d more changes" % (len(damage) - a.show))
    for lang, domain, want, got, ctx in strays[:a.show_stray]:
        print("  stray %s: \"%s\" -> \"%s\"   in: %s" % (where(lang, domain), want, got, ctx))
    if a.show_stray and len(strays) > a.show_stray:
        print("  ... %d more stray changes" % (len(strays) - a.show_stray))
    bad = flagged or tot["error"] or 1e5 * tot["damage"] / max(1, tot["chars"]) > 1
    return 1 if a.strict and bad else 0


if __name__ == "__main__":
    sys.exit(main())
