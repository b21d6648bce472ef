"""Generates the Turkish word-frequency table: src/data/trfreq.gen.[ch],
read by src/scan/trlex.c (us_trlex_freq()).

What it is for
--------------
In a Turkish document whose dotless ı may stand for i, many words read as
Turkish both ways ("dışı" / "dişi", "dış" / "diş", "tıpkı" / "tip" + "ki",
"yani" / "yanı"): the dictionary (gen_trlex.py) and the letter models
(gen_ngram.py, trained on dictionary words, each counted once) cannot tell
which one the author wrote. How often each form is written in real Turkish
text can: "devre dışı" is common, "dişi" rare.

Data source and license
-----------------------
The Turkish translations (msgstr) of the gettext catalogs that Debian
packages install under /usr/share/locale/tr/LC_MESSAGES, of the packages in
PACKAGES: packages the build machine and CI install anyway (git, the
toolchain's binutils and make, dpkg and apt, gettext, grep, sed, tar,
diffutils, findutils, login, PostgreSQL 15, and the dependencies libc-l10n,
through PostgreSQL's locales, and xz-utils, through tar and dpkg-dev); each
under its own license (GPL for most, LGPL for the C library's,
PostgreSQL's for its catalogs). The C library's catalog adds common verbs
and nouns the others lack ("kalır": "kalir" reads as "kali" + "r" too). None of them is a source of the
evaluation corpus (eval/corpus/*/SOURCES.tsv: coreutils and bash, whose
catalogs are installed here too, are left out for that reason). The banner
lists the packages, not their versions: the output depends only on the
catalogs' text, which a package's security update seldom changes.

What is stored
--------------
Only forms writing i or ı (the only ones the scanner asks about): words are
runs of letters (split at apostrophes, digits and punctuation, as the
scanner splits them), lowercased the Turkish way (I -> ı, İ -> i) and put
in NFC; a word with a capital I counts only where its lowercase form is also
written (Turkish "UYARI" as "uyarı"): in these catalogs the others are
mostly English ("MIME", "INTO", "Intel"), whose I is no ı. Each form seen is stored as a 32-bit entry: the high 28 bits of its
hash (64-bit FNV-1a over the kind 4 and its code points, as gen_trlex.py
hashes, low 32 bits taken) and, in the low 4 bits, its class: 1 +
floor(log2(count)), at most 15. Entries are sorted (by value, so by hash),
for binary search; about 3e-5 false hits a probe. No word can be read back.
"""
import collections
import re
import struct
import subprocess
import unicodedata

from gen_ngram import fail
from gen_trlex import fnv, tr_lower  # the same hash as the stems' filter
from ucdlib import c_array, write_file

GEN = "gen/gen_trfreq.py"
KIND_FREQ = 4
PACKAGES = ["git", "binutils-common", "make", "dpkg", "apt", "libapt-pkg6.0", "gettext",
            "gettext-base", "grep", "sed", "tar", "diffutils", "findutils", "login",
            "postgresql-15", "postgresql-client-15", "libc-l10n", "xz-utils"]
LOCALE_DIR = "/usr/share/locale/tr/LC_MESSAGES/"
WORD = re.compile(r"[^\W\d_]+")


def catalogs(pkg):
    r = subprocess.run(["dpkg", "-L", pkg], capture_output=True, text=True, check=False)
    if r.returncode != 0:
        fail("package %s is not installed (dpkg -L: %s); run `apt-get install %s`"
             % (pkg, r.stderr.strip(), pkg))
    return sorted(f for f in r.stdout.split()
                  if f.startswith(LOCALE_DIR) and f.endswith(".mo"))


def translations(path):
    """The msgstr strings of a .mo file, but for the header entry (empty
    msgid): its translators' names and addresses are no Turkish text ("Emir
    SARI <emir_sari@...>" made "sari" a word seen)."""
    d = open(path, "rb").read()
    e = "<" if struct.unpack("<I", d[:4])[0] == 0x950412de else ">"
    _, n, oo, ot = struct.unpack(e + "4I", d[4:20])
    for i in range(n):
        if struct.unpack(e + "I", d[oo + 8 * i:oo + 8 * i + 4])[0] == 0:
            continue
        ln, off = struct.unpack(e + "2I", d[ot + 8 * i:ot + 8 * i + 8])
        yield d[off:off + ln].decode("utf-8", "replace")


def generate(ucd, out):
    counts = collections.Counter()
    files = []
    for pkg in PACKAGES:
        files += catalogs(pkg)
    tokens = 0
    capital_i = collections.Counter()
    for f in files:
        for s in translations(f):
            for w in WORD.findall(unicodedata.normalize("NFC", s)):
                tokens += 1
                w_tr = tr_lower(w)
                if "I" in w:
                    capital_i[w_tr] += 1
                elif "i" in w_tr or "ı" in w_tr:
                    counts[w_tr] += 1
    # A word with a capital I counts where its lowercase form is written
    # too ("SAYI": "sayı"): others are mostly English ("MIME", "INTO"),
    # whose I is no ı.
    for w, c in capital_i.items():
        if w in counts:
            counts[w] += c
    entries = set()
    for w, c in counts.items():
        cls = min(15, c.bit_length())  # 1 + floor(log2(c))
        entries.add((fnv(KIND_FREQ, w) & 0xFFFFFFF0) | cls)
    # Two forms on one hash: keep the higher class (binary search finds one).
    best = {}
    for e in entries:
        best[e & 0xFFFFFFF0] = max(best.get(e & 0xFFFFFFF0, 0), e & 15)
    table = sorted(k | c for k, c in best.items())
    names = ""
    line = " *"
    for pkg in PACKAGES:
        if len(line) + len(pkg) + 2 > 76:
            names += line + "\n"
            line = " *"
        line += " " + pkg + ("," if pkg != PACKAGES[-1] else ".")
    names += line + "\n"
    prov = ("/* Turkish word frequencies: %d forms writing i or ı, of %d words of the\n"
            " * Turkish translations in %d gettext catalogs of the Debian packages\n"
            "%s"
            " * Entry: high 28 bits of the form's hash, low 4 bits 1 + floor(log2(count)).\n"
            " * See gen/gen_trfreq.py. */\n"
            % (len(table), tokens, len(files), names))
    h = ["#ifndef US_TRFREQ_GEN_H\n#define US_TRFREQ_GEN_H\n#include <stdint.h>\n\n", prov, "\n",
         "#define US_TRFREQ_KIND %d\n" % KIND_FREQ,
         "#define US_TRFREQ_N %d\n" % len(table),
         "extern const uint32_t us_trfreq[%d];\n\n#endif\n" % len(table)]
    write_file(out / "trfreq.gen.h", ucd, GEN, "".join(h))
    c = ['#include "data/trfreq.gen.h"\n\n', prov, "\n",
         c_array("us_trfreq", "uint32_t", ["0x%08xu" % v for v in table], per_line=6)]
    write_file(out / "trfreq.gen.c", ucd, GEN, "".join(c))
    print("gen_trfreq: %d forms from %d words of %d catalogs" % (len(table), tokens, len(files)))
