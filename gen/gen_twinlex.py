"""Generates the twin-word filter: src/data/twinlex.gen.[ch], read by
src/scan/twinlex.c.

What it is for
--------------
Where an obfuscator writes nearly every Cyrillic letter that has a Latin
twin as that twin, many Cyrillic words come out wholly in Latin letters
("как" as "kak", "паток" as "namok"), and genuine Latin words of the same
letters stand beside them in the same text ("root", "none", "exit"). The
letter models (gen/gen_ngram.py) read both readings of such a word about
as well ("root" -4.1 bits a letter in Latin, "гоот" -4.6 in Cyrillic): they
know letter statistics, not words. The filter says whether a reading is a
word of a dictionary: a Cyrillic word of ru, uk, bg, be, sr or kk, or an
English word. Greek text meets the same in capitals: an obfuscator that
writes Greek capitals as their Latin twins turns "ΑΡΧΕΙΟ" into "APXEIO",
beside genuine Latin acronyms ("IMAP", "MIME"); so the filter also knows
the Greek words written only in letters whose capitals have a Latin twin
(kind 4).

Data sources and licenses
-------------------------
The dictionaries gen_ngram.py reads (Debian hunspell packages, see there):

  kind  language  file          Debian package   license (debian/copyright)
  1     ru        ru_RU.dic     hunspell-ru      BSD-4-clause style (A. Lebedev)
  1     uk        uk_UA.dic     hunspell-uk      GPL-2+ or LGPL-2.1+ or MPL-1.1
  1     bg        bg_BG.dic     hunspell-bg      GPL-2
  1     be        be_BY.dic     hunspell-be      CC-BY-SA-3.0
  1     sr        sr_RS.dic     hunspell-sr      GPL-2+ or LGPL-2.1 or MPL-1.1
  1     kk        kk_KZ.dic     hunspell-kk      GPL-2+ or LGPL-2.1+ or MPL-1.1+
  2     en        en_US.dic     hunspell-en-us   SCOWL permissive + public domain
  4     el        el_GR.dic     hunspell-el      MPL-1.1 or GPL-2 or LGPL-2.1

The generated banner names every package with its version (dpkg-query), so
`make regen-check` reproduces the table where the same versions are
installed.

What is stored
--------------
Only the words that can be written wholly in twins of the other script
matter: each entry of a dictionary is expanded with its affix rules (every
SFX and PFX rule of its flags whose condition the stem meets, a suffix and
a prefix together where both rules allow cross products; no second-level
affixes, no compounding), lowercased, put in NFC, and kept when every
letter is in CYR_TWINS (kind 1) or LAT_TWINS (kind 2) and it has
MIN_LEN..MAX_LEN letters. Acronyms (all capitals) are dropped. The forms
of the English entries that are capitalised (names: "Kate", "Moro") are
kind 3: they count only for a word written with a capital ("moro" is the
Cyrillic "того" in italic lookalikes). The sets are
the letters with a Latin (Cyrillic) twin in src/data/lookalike.gen.c, in
either case (в for B, н for H). Greek words (kind 4) are kept without
their accents (tonos and dialytika dropped: capitals are written without
them, "ΑΡΧΕΙΟ" for αρχείο), when every letter is in GRK_TWINS, the
letters whose capital has a Latin twin (Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ). The reader treats a word with a letter
outside the set as unknown. The capitalised entries of the Greek
dictionary (names: Τομ, Ίαν, Κιμ) are left out: a Latin name in
capitals ("TOM", "KIM") in Greek text is no Greek word in lookalikes.
English words may also have u and v (LAT_TWINS), the twins of Greek υ
and ν, so that a Latin word of small letters in Greek text can be told
English ("via", whose Greek reading νια the Greek dictionary lists);
Cyrillic text never asks of such a word, none of its Cyrillic readings
being whole.

Only membership is stored, in a Bloom filter (no word list can be read
back): keys are hashed with 64-bit FNV-1a over the kind and the code points
as gen/gen_trlex.py does; BITS_PER_KEY = 20 and K = 14 give about 0.007%
false positives a probe.
"""
import re
import unicodedata

from gen_ngram import aff_encoding, aff_lines, find_dic, pkg_version, read_flagged
from gen_trlex import bloom
from ucdlib import c_bytes, write_file

GEN = "gen/gen_twinlex.py"
CYR_SOURCES = [
    ("ru", "ru_RU", "hunspell-ru"),
    ("uk", "uk_UA", "hunspell-uk"),
    ("bg", "bg_BG", "hunspell-bg"),
    ("be", "be_BY", "hunspell-be"),
    ("sr", "sr_RS", "hunspell-sr"),
    ("kk", "kk_KZ", "hunspell-kk"),
]
LAT_SOURCES = [("en", "en_US", "hunspell-en-us")]
GRK_SOURCES = [("el", "el_GR", "hunspell-el")]
KIND_CYR, KIND_LAT, KIND_LAT_NAME, KIND_GRK = 1, 2, 3, 4
MIN_LEN = 2
MAX_LEN = 24
BITS_PER_KEY = 20
K = 14
CYR_TWINS = "авгеёіїјкмнопрстухьѕһүӏ"
LAT_TWINS = "abcehijklmnoprstuvxyëï"
GRK_TWINS = "αβεζηικμνορτυχ"
# The Greek accents dropped from words of kind 4 (tonos, dialytika, both).
GRK_ACCENTS = "\u0301\u0308\u0344"


def unaccented(w):
    """w without Greek accents (ά -> α, ϊ -> ι, ΐ -> ι), in NFC."""
    w = unicodedata.normalize("NFD", w)
    return unicodedata.normalize("NFC", "".join(ch for ch in w if ch not in GRK_ACCENTS))


def read_affixes(aff):
    """{flag: (kind, cross, [(strip, add, regex)])} of the affix file."""
    out = {}
    for line in aff_lines(aff):
        t = line.split()
        if len(t) < 4 or t[0] not in ("SFX", "PFX"):
            continue
        if t[1] not in out:
            out[t[1]] = (t[0], t[2] == "Y", [])
            continue
        strip = "" if t[2] == "0" else t[2]
        add = t[3].split("/")[0]
        add = "" if add == "0" else add
        # A rule may leave out its condition, as hunspell allows: it then
        # has none (".": the stem need only end, or begin, with the letters
        # stripped). The Serbian dictionary writes all its rules so
        # ("SFX 1 а е"): before session 18 they were skipped, and its
        # 251,549 entries gave 10,019 twin words, missing "које", "тастера".
        cond = t[4] if len(t) >= 5 else "."
        try:
            rx = re.compile(("^(?:%s)" if t[0] == "PFX" else "(?:%s)$") % cond)
        except re.error:
            continue
        out[t[1]][2].append((strip, add, rx))
    return out


def split_flags(flags, mode):
    s = "".join(flags) if mode != "num" else None
    if mode == "num":
        return [f for f in ",".join(flags).split(",") if f]
    if mode == "long":
        return [s[i:i + 2] for i in range(0, len(s), 2)]
    return list(s)


def flag_mode(aff):
    enc = aff_encoding(aff)
    for line in aff.read_bytes().decode(enc, "replace").splitlines():
        t = line.split()
        if len(t) >= 2 and t[0] == "FLAG":
            return t[1]
    return "char"


def expand(stem, flags, affixes):
    """The forms of stem: itself, with each suffix, each prefix, and each
    suffix-prefix pair whose rules allow cross products."""
    out = [stem]
    sfx, pfx = [], []
    for f in flags:
        a = affixes.get(f)
        if not a:
            continue
        kind, cross, rules = a
        for strip, add, rx in rules:
            if kind == "SFX":
                if rx.search(stem) and stem.endswith(strip):
                    sfx.append((stem[:len(stem) - len(strip)] + add, cross))
            else:
                if rx.search(stem) and stem.startswith(strip):
                    pfx.append((strip, add, rx, cross))
    out.extend(w for w, _ in sfx)
    for strip, add, rx, cross in pfx:
        out.append(add + stem[len(strip):])
        if cross:
            out.extend(add + w[len(strip):] for w, c in sfx if c and w.startswith(strip))
    return out


def words_of(base, pkg, alphabet, names=None, fold=False):
    """The twin words of a dictionary; those of its capitalised entries
    (names) go to the set names instead, when one is given; with fold,
    without their accents (unaccented())."""
    dic, aff = find_dic(base, pkg)
    affixes = read_affixes(aff)
    mode = flag_mode(aff)
    letters = set(alphabet)
    found, n = set(), 0
    for stem, flags in read_flagged(dic, aff):
        n += 1
        if len(stem) >= 2 and stem.isupper():
            continue  # acronym
        into = names if names is not None and stem[:1].isupper() else found
        for w in expand(stem, split_flags(flags, mode), affixes):
            w = unicodedata.normalize("NFC", w.lower())
            if fold:
                w = unaccented(w)
            if MIN_LEN <= len(w) <= MAX_LEN and all(ch in letters for ch in w):
                into.add(w)
    return found, n


def generate(ucd, out):
    keys, prov = [], []
    for kind, sources, alphabet in ((KIND_CYR, CYR_SOURCES, CYR_TWINS),
                                    (KIND_LAT, LAT_SOURCES, LAT_TWINS),
                                    (KIND_GRK, GRK_SOURCES, GRK_TWINS)):
        words, names = set(), set()
        for lang, base, pkg in sources:
            w, n = words_of(base, pkg, alphabet,
                            names if kind == KIND_LAT else set() if kind == KIND_GRK else None,
                            kind == KIND_GRK)
            prov.append(" * %s %s.dic (%s %s): %d entries, %d twin words\n"
                        % (lang, base, pkg, pkg_version(pkg), n, len(w)))
            words |= w
        keys.extend((kind, w) for w in sorted(words))
        if names:
            prov.append(" * and %d twin names (capitalised entries: kind %d)\n"
                        % (len(names), KIND_LAT_NAME))
            keys.extend((KIND_LAT_NAME, w) for w in sorted(names))
    m, bits, filled = bloom(keys, BITS_PER_KEY, K)
    head = ("/* Twin-word filter (Bloom filter): the words of the dictionaries below\n"
            " * (affixes expanded) written wholly in letters with a twin in the other\n"
            " * script, Cyrillic (kind %d), English (kind %d; names %d) and Greek\n"
            " * (kind %d, without accents):\n"
            % (KIND_CYR, KIND_LAT, KIND_LAT_NAME, KIND_GRK)
            + "".join(prov)
            + " * %d keys, %d bits, %d hashes, %.1f%% of the bits set.\n"
              " * See gen/gen_twinlex.py. */\n" % (len(keys), m, K, 100 * filled))

    def cps(s):
        return ", ".join("0x%04X" % ord(ch) for ch in s)

    h = ["#ifndef US_TWINLEX_GEN_H\n#define US_TWINLEX_GEN_H\n#include <stdint.h>\n\n", head, "\n",
         "#define US_TWINLEX_KIND_CYR %d\n" % KIND_CYR,
         "#define US_TWINLEX_KIND_LAT %d\n" % KIND_LAT,
         "#define US_TWINLEX_KIND_LAT_NAME %d\n" % KIND_LAT_NAME,
         "#define US_TWINLEX_KIND_GRK %d\n" % KIND_GRK,
         "#define US_TWINLEX_MIN_LEN %d\n" % MIN_LEN,
         "#define US_TWINLEX_MAX_LEN %d\n" % MAX_LEN,
         "#define US_TWINLEX_HASHES %d\n" % K,
         "#define US_TWINLEX_BITS %du\n" % m,
         "/* The letters (lowercase) the words of each kind are written in. */\n",
         "#define US_TWINLEX_CYR_LETTERS %s\n" % cps(CYR_TWINS),
         "#define US_TWINLEX_LAT_LETTERS %s\n" % cps(LAT_TWINS),
         "#define US_TWINLEX_GRK_LETTERS %s\n" % cps(GRK_TWINS),
         "extern const uint8_t us_twinlex_bits[%d]; /* and a NUL */\n" % (len(bits) + 1),
         "#define US_TWINLEX_BYTES %d\n\n#endif\n" % len(bits)]
    write_file(out / "twinlex.gen.h", ucd, GEN, "".join(h))
    c = ['#include "data/twinlex.gen.h"\n\n', head, "\n",
         c_bytes("us_twinlex_bits", bits)]
    write_file(out / "twinlex.gen.c", ucd, GEN, "".join(c))
    print("gen_twinlex: %d keys, %d bytes (%.1f%% bits set)" % (len(keys), len(bits), 100 * filled))
