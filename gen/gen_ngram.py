"""Generates the scanner's character-trigram plausibility models, one per
script group: src/data/ngram.gen.[ch]. Read by src/scan/ngram.c.

What the model is for
---------------------
The scanner meets words whose letters all exist in two scripts ("Enter" may
be English, or Bulgarian "Ептег" typed with Latin lookalikes), or a foreign
letter that could be restored to two letters (Latin m in a Russian word is
Cyrillic м or, in italic, т). A character-trigram model per script says
which reading looks like a word of that script: us_ngram_score() gives the
average log-probability per character.

Data sources and licenses
-------------------------
Word lists are the stems (word[/flags], flags ignored: no affix expansion)
of Debian's hunspell/myspell dictionaries under /usr/share/hunspell:

  group     language  file                 Debian package         license (debian/copyright)
  Latin     en        en_US.dic            hunspell-en-us         SCOWL: permissive (BSD-like) + public domain parts
  Latin     fr        fr.dic               hunspell-fr-classical  MPL-2.0 (the variant hunspell-fr prefers)
  Latin     de        de_DE.dic            hunspell-de-de         GPL-2+ (igerman98)
  Latin     tr        tr_TR.dic            hunspell-tr            MPL-2.0 (libreoffice-dictionaries)
  Latin     vi        vi_VN.dic            hunspell-vi            GPL-2 (libreoffice-dictionaries)
  Latin     sr-Latn   sr_Latn_RS.dic       hunspell-sr            GPL-2+ or LGPL-2.1 or MPL-1.1
  Cyrillic  ru        ru_RU.dic            hunspell-ru            BSD-4-clause style (A. Lebedev)
  Cyrillic  uk        uk_UA.dic            hunspell-uk            GPL-2+ or LGPL-2.1+ or MPL-1.1
  Cyrillic  bg        bg_BG.dic            hunspell-bg            GPL-2
  Cyrillic  sr        sr_RS.dic            hunspell-sr            GPL-2+ or LGPL-2.1 or MPL-1.1
  Cyrillic  kk        kk_KZ.dic            hunspell-kk            GPL-2+ or LGPL-2.1+ or MPL-1.1+
  Cyrillic  be        be_BY.dic            hunspell-be            CC-BY-SA-3.0
  Greek     el        el_GR.dic            hunspell-el            MPL-1.1 or GPL-2 or LGPL-2.1
  Armenian  hy        hy_AM.dic            myspell-hy             GPL-2+
  Turkish   tr        tr_TR.dic            hunspell-tr            MPL-2.0 (also in Latin: a model of
                                                                Turkish alone, for dotless ı)
  Kazakh    kk        kk_KZ.dic            hunspell-kk            GPL-2+ or LGPL-2.1+ or MPL-1.1+ (also
                                                                in Cyrillic: Kazakh alone, for Ү/У)

The tables hold only counts-derived statistics (quantised conditional
probabilities of letter trigrams), not the word lists. The generated banner
names every package with its version (dpkg-query), so `make regen-check`
reproduces the tables only where the same package versions are installed
(Debian 12: see the apt-get line the CI needs below). A missing dictionary
stops the generator with a message naming the package to install:

  apt-get install hunspell-en-us hunspell-fr-classical hunspell-de-de hunspell-tr \
      hunspell-vi hunspell-ru hunspell-uk hunspell-bg hunspell-sr \
      hunspell-kk hunspell-be hunspell-el myspell-hy

Word preparation
----------------
Each .dic is decoded with the encoding of its .aff's SET line (UTF-8 when
absent; a byte-order mark is ignored). The first line (a count) and lines
starting with white space (comments) are skipped; the word is the text up to
the first white space, cut at the first unescaped '/'. Acronyms (two or more
letters, all capitals) are dropped. Words are lowercased (str.lower), put in
NFC, final sigma is folded to σ (the scorer does the same: position carries
that information anyway), and kept only if every character is a letter
(General_Category L*, from UnicodeData.txt) of the group's script
(Scripts.txt) with Identifier_Status=Allowed (security/IdentifierStatus.txt):
this keeps out the small capitals and modifier letters (ᴍ, ᵉ) of
abbreviations like "Mᵐᵉ", which are fancy letters, not alphabet. Hyphenated compounds, words with apostrophes or digits are
dropped. Per language, the distinct words are sorted (by code point) and at
most SAMPLE (80,000) are taken, evenly spaced (word i*len//SAMPLE), so every
language weighs about the same in its group.

The model
---------
Symbols per group: 0 = word boundary, 1..N = the alphabet (letters seen in
training, sorted by code point). A word w1..wn is scored as the transitions
(^,^)->w1, (^,w1)->w2, ..., (w(n-1),wn)->$ with ^ = $ = symbol 0.

Probabilities are interpolated absolute discounting (Ney, Essen & Kneser):

  P1(c)     = (n(c) + 1) / (total + N + 1)                 add-one unigram
  P2(c|b)   = max(n(bc) - D2, 0) / n(b.) + g2(b) * P1(c),   g2(b)  = D2 * T(b.) / n(b.)
  P3(c|ab)  = max(n(abc) - D3, 0) / n(ab.) + g3(ab) * P2(c|b), g3(ab) = D3 * T(ab.) / n(ab.)

where n(x.) is the count of history x, T(x.) the number of distinct symbols
seen after it, and Dk = n1 / (n1 + 2 n2) from the counts-of-counts of order
k. A trigram or bigram absent from the tables therefore costs exactly
g(history) * lower-order (g = 1 if the history itself was never seen).
Trigrams seen fewer than MIN_TRI (2) times are pruned; they then cost the
backoff value, slightly less than their interpolated probability.

Every probability p is stored as a cost byte round(-log2(p) * 8), capped at
255 (1/8 bit steps, at most ~31.9 bits); so are the backoff weights g.

Turkish vowel harmony
---------------------
A Turkish word's vowels agree: after a back vowel (a ı o u) come back
vowels, after a front one (e i ö ü) front ones, across any number of
consonants. A letter trigram sees at most one consonant back, so it cannot
tell "gıbı" from "gibi" or "bılgısayar" from "bilgisayar" well; the
scanner needs exactly that to know whether a dotless ı in a Turkish
document was written by the author or stands for i. So the Turkish group
also gets a bigram model of the sequence of vowels of each word (word start
and end as symbol 0, consonants skipped), from the same words:

  P(v | u) = (n(uv) + 1/2) / (n(u.) + (V + 1) / 2)        add-half, V vowels

over the vowels of Turkish orthography, VOWELS_TR (a e ı i o ö u ü and the
circumflexed â î û of loanwords), stored as cost bytes like the rest.

One-letter words
----------------
The letter model cannot tell a one-letter word from a letter: the
dictionaries list letters too (Belarusian lists every lowercase letter,
Serbian every capital, as letter names). The scanner needs to know which
single letters are words of their own (Russian "у", "с", "и"; not "п" or
"р") before restoring a lone lookalike letter by its place in a sentence.
So each group also lists the letters (NFC, lowercase entries only, of the
group's script) that at least min(2, dictionaries of the group) of its
dictionaries list as a word: us_ngram_one[], keys group << 21 | code point,
sorted.

Tables (per group, concatenated; see ngram.gen.h):
  alphabet  uint32 code points, sorted (symbol = position + 1)
  unigram   per symbol 0..N: cost of P1, cost of g2 (symbol as history)
  bigram    sorted uint16 keys b<<8|c; cost of P2(c|b); cost of g3(bc) (the
            bigram as a trigram history); start index of its trigram run
  trigram   for each bigram history ab, its continuations c (sorted uint8)
            and the cost of P3(c|ab)
"""
import collections
import math
import subprocess
import unicodedata
from pathlib import Path

from ucdlib import c_array, write_file

GEN = "gen/gen_ngram.py"
SAMPLE = 80000
MIN_TRI = 2
HUNSPELL_DIRS = [Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"),
                 Path("/usr/share/myspell")]

# (language tag, dictionary base name, Debian package owning it, license)
SOURCES = {
    "Latin": [
        ("en", "en_US", "hunspell-en-us", "SCOWL permissive license + public domain parts"),
        ("fr", "fr", "hunspell-fr-classical", "MPL-2.0"),
        ("de", "de_DE", "hunspell-de-de", "GPL-2+"),
        ("tr", "tr_TR", "hunspell-tr", "MPL-2.0"),
        ("vi", "vi_VN", "hunspell-vi", "GPL-2"),
        ("sr-Latn", "sr_Latn_RS", "hunspell-sr", "GPL-2+ or LGPL-2.1 or MPL-1.1"),
    ],
    "Cyrillic": [
        ("ru", "ru_RU", "hunspell-ru", "BSD-4-clause style (custom)"),
        ("uk", "uk_UA", "hunspell-uk", "GPL-2+ or LGPL-2.1+ or MPL-1.1"),
        ("bg", "bg_BG", "hunspell-bg", "GPL-2"),
        ("sr", "sr_RS", "hunspell-sr", "GPL-2+ or LGPL-2.1 or MPL-1.1"),
        ("kk", "kk_KZ", "hunspell-kk", "GPL-2+ or LGPL-2.1+ or MPL-1.1+"),
        ("be", "be_BY", "hunspell-be", "CC-BY-SA-3.0"),
    ],
    "Greek": [
        ("el", "el_GR", "hunspell-el", "MPL-1.1 or GPL-2 or LGPL-2.1"),
    ],
    "Armenian": [
        ("hy", "hy_AM", "myspell-hy", "GPL-2+"),
    ],
    # Turkish alone (also part of Latin): tells a Turkish word with dotless
    # ı from an English one whose i was replaced by ı.
    "Turkish": [
        ("tr", "tr_TR", "hunspell-tr", "MPL-2.0"),
    ],
    # Kazakh alone (also part of Cyrillic): in Kazakh text, tells which of
    # its Cyrillic letters a Latin lookalike stands for (Y: Ү or У), which
    # the Cyrillic model, mostly Slavonic, cannot.
    "Kazakh": [
        ("kk", "kk_KZ", "hunspell-kk", "GPL-2+ or LGPL-2.1+ or MPL-1.1+"),
    ],
}
# The script of a group's letters (Scripts.txt name), where not the group name.
SCRIPT_OF = {"Turkish": "Latin", "Kazakh": "Cyrillic"}
# Group order = group index in C; the script short names for the C mapping.
GROUPS = [("Latin", "Latn"), ("Cyrillic", "Cyrl"), ("Greek", "Grek"), ("Armenian", "Armn"),
          ("Turkish", "Turk"), ("Kazakh", "Kazk")]
# Packages to install. hunspell-fr is a metapackage whose dependency may be
# satisfied by -classical, -revised or -comprehensive (different word lists),
# so the variant is named explicitly.
APT_PACKAGES = ["hunspell-en-us", "hunspell-fr-classical", "hunspell-de-de", "hunspell-tr",
                "hunspell-vi", "hunspell-ru", "hunspell-uk", "hunspell-bg",
                "hunspell-sr", "hunspell-kk", "hunspell-be", "hunspell-el", "myspell-hy"]

# The vowels of Turkish orthography (the vowel-harmony model above).
VOWELS_TR = "aeıioöuüâîû"

PY_CODECS = {"microsoft-cp1251": "cp1251", "microsoft-cp1250": "cp1250",
             "tis620-2533": "tis-620"}


def fail(msg):
    raise SystemExit("gen_ngram: " + msg)


def find_dic(base, pkg):
    for d in HUNSPELL_DIRS:
        dic, aff = d / (base + ".dic"), d / (base + ".aff")
        if dic.exists() and aff.exists():
            return dic, aff
    fail("dictionary %s.dic not found under %s; install it with "
         "`apt-get install %s` (all dictionaries: apt-get install %s)"
         % (base, ", ".join(str(d) for d in HUNSPELL_DIRS), pkg, " ".join(APT_PACKAGES)))


def pkg_version(pkg):
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg],
                           capture_output=True, text=True, check=False)
    except OSError as e:
        fail("cannot run dpkg-query to find the version of %s (%s)" % (pkg, e))
    if r.returncode != 0 or not r.stdout.strip():
        fail("package %s is not installed (dpkg-query: %s); "
             "run `apt-get install %s`" % (pkg, r.stderr.strip(), pkg))
    return r.stdout.strip()


def aff_encoding(aff):
    raw = aff.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for line in raw.split(b"\n"):
        t = line.strip().split()
        if len(t) >= 2 and t[0] == b"SET":
            enc = t[1].decode("ascii")
            return PY_CODECS.get(enc.lower(), enc)
    return "utf-8"


def aff_lines(aff):
    """The lines of affix file aff, decoded in its SET encoding."""
    raw = aff.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode(aff_encoding(aff)).splitlines()


def read_flagged(dic, aff):
    """(stem, [flags]) of each entry of dic: the word up to its first '/'
    not escaped by a backslash, and the comma-separated flags after it."""
    enc = aff_encoding(aff)
    text = dic.read_bytes().decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    out = []
    for line in text.splitlines()[1:]:
        if not line or line[0] in " \t" or line.startswith("#"):
            continue
        w = line.split()[0]
        # Cut at the first '/' not escaped by a backslash.
        i = 0
        while True:
            i = w.find("/", i)
            if i <= 0 or w[i - 1] != "\\":
                break
            i += 1
        flags = w[i + 1:].split(",") if i > 0 else []
        out.append(((w[:i] if i > 0 else w).replace("\\/", "/"), flags))
    return out


def read_stems(dic, aff):
    return [w for w, _ in read_flagged(dic, aff)]


class Letters:
    """Which code points are letters (gc L*) of which script, from the UCD."""

    def __init__(self, ucd):
        ud = ucd.unicode_data()
        allowed = set()
        for lo, hi, f in ucd.ranges("security/IdentifierStatus.txt"):
            if f[0] == "Allowed":
                allowed.update(range(lo, hi + 1))
        self.letter = {cp for cp, f in ud.items() if f[2].startswith("L") and cp in allowed}
        self.script = {}
        for lo, hi, f in ucd.ranges("ucd/Scripts.txt"):
            if f[0] in SOURCES or f[0] in SCRIPT_OF.values():
                for c in range(lo, hi + 1):
                    self.script[c] = f[0]

    def all_of(self, word, script):
        return all(ord(ch) in self.letter and self.script.get(ord(ch)) == script
                   for ch in word)


def prepare(words, script, letters):
    kept = set()
    for w in words:
        if len(w) >= 2 and w.isupper():
            continue  # acronym
        w = unicodedata.normalize("NFC", w.lower()).replace("\u03c2", "\u03c3")
        if w and letters.all_of(w, script):
            kept.add(w)
    kept = sorted(kept)
    if len(kept) > SAMPLE:
        kept = [kept[i * len(kept) // SAMPLE] for i in range(SAMPLE)]
    return kept


def q(p):
    """Cost byte of probability p: round(-log2 p * 8), capped at 255."""
    if p <= 0:
        return 255
    return max(0, min(255, int(round(-math.log2(p) * 8))))


def discount(counts):
    cc = collections.Counter(v for v in counts.values() if v <= 2)
    n1, n2 = cc[1], cc[2]
    if n1 == 0:
        return 0.5
    return n1 / (n1 + 2.0 * n2)


def build_model(words):
    alpha = sorted({ch for w in words for ch in w})
    if len(alpha) > 254:
        fail("alphabet of %d letters does not fit the 8-bit symbols" % len(alpha))
    sym = {ch: i + 1 for i, ch in enumerate(alpha)}
    V = len(alpha) + 1
    uni = collections.Counter()
    bi = collections.Counter()
    tri = collections.Counter()
    for w in words:
        s = [0, 0] + [sym[ch] for ch in w] + [0]
        for i in range(2, len(s)):
            a, b, c = s[i - 2], s[i - 1], s[i]
            uni[c] += 1
            bi[(b, c)] += 1
            tri[(a, b, c)] += 1
    total = sum(uni.values())
    d2, d3 = discount(bi), discount(tri)
    p1 = [(uni[c] + 1) / (total + V) for c in range(V)]
    h2 = collections.Counter()
    t2 = collections.Counter()
    for (b, c), n in bi.items():
        h2[b] += n
        t2[b] += 1
    g2 = [d2 * t2[b] / h2[b] if h2[b] else 1.0 for b in range(V)]
    p2 = {}
    for (b, c), n in bi.items():
        p2[(b, c)] = (n - d2) / h2[b] + g2[b] * p1[c]
    h3 = collections.Counter()
    t3 = collections.Counter()
    for (a, b, c), n in tri.items():
        h3[(a, b)] += n
        t3[(a, b)] += 1
    g3 = {ab: d3 * t3[ab] / h3[ab] for ab in h3}
    # The history (^,^) predicts exactly what the bigram history ^ does, so
    # it is not stored: the scorer falls through to P2(c|^) with g = 1.
    p3 = {}
    for (a, b, c), n in tri.items():
        if n < MIN_TRI or (a, b) == (0, 0):
            continue
        p3[(a, b, c)] = (n - d3) / h3[(a, b)] + g3[(a, b)] * p2[(b, c)]

    bkeys = sorted(bi)
    bi_key = [(b << 8) | c for b, c in bkeys]
    bi_cost = [q(p2[k]) for k in bkeys]
    bi_bow = [q(g3[k]) if k in g3 else 0 for k in bkeys]
    by_hist = collections.defaultdict(list)
    for (a, b, c) in p3:
        by_hist[(a, b)].append(c)
    bi_start, tri_c, tri_cost = [], [], []
    for k in bkeys:
        bi_start.append(len(tri_c))
        for c in sorted(by_hist.get(k, ())):
            tri_c.append(c)
            tri_cost.append(q(p3[(k[0], k[1], c)]))
    return {
        "alpha": [ord(ch) for ch in alpha],
        "uni_cost": [q(p) for p in p1],
        "uni_bow": [q(g) for g in g2],
        "bi_key": bi_key, "bi_cost": bi_cost, "bi_bow": bi_bow, "bi_start": bi_start,
        "tri_c": tri_c, "tri_cost": tri_cost,
        "n_tri_all": len(tri), "d2": d2, "d3": d3, "words": len(words),
        "chars": total,
    }


def build_vowels(words, vowels):
    """Costs of the vowel-bigram model: row u (0 = word start, i = vowels[i-1]),
    column v (0 = word end): cost of P(v | u)."""
    sym = {ch: i + 1 for i, ch in enumerate(vowels)}
    V = len(vowels) + 1
    n = collections.Counter()
    h = collections.Counter()
    for w in words:
        seq = [0] + [sym[ch] for ch in w if ch in sym] + [0]
        for u, v in zip(seq, seq[1:]):
            n[(u, v)] += 1
            h[u] += 1
    return [q((n[(u, v)] + 0.5) / (h[u] + 0.5 * V)) for u in range(V) for v in range(V)]


def generate(ucd, out):
    letters = Letters(ucd)
    models = []
    provenance = []
    one_keys = []
    for gi, (group, short) in enumerate(GROUPS):
        words = []
        one = collections.Counter()
        for lang, base, pkg, lic in SOURCES[group]:
            dic, aff = find_dic(base, pkg)
            ver = pkg_version(pkg)
            raw = read_stems(dic, aff)
            kept = prepare(raw, SCRIPT_OF.get(group, group), letters)
            words.extend(kept)
            one.update({unicodedata.normalize("NFC", w) for w in raw
                        if len(unicodedata.normalize("NFC", w)) == 1 and w.islower()
                        and letters.all_of(unicodedata.normalize("NFC", w),
                                           SCRIPT_OF.get(group, group))})
            provenance.append((group, lang, dic.name, pkg, ver, lic, len(raw), len(kept)))
        need = min(2, len(SOURCES[group]))
        one_keys.extend(gi << 21 | ord(c) for c in one if one[c] >= need)
        m = build_model(words)
        m["group"], m["short"] = group, short
        if group == "Turkish":
            vowels = sorted(VOWELS_TR)
            vcost = build_vowels(words, vowels)
        models.append(m)

    # ----------------------------------------------------------- emit
    prov = ["/* Character-trigram models of word plausibility per script group,",
            " * trained on the stems of Debian hunspell/myspell dictionaries",
            " * (statistics only; no word list is stored). Sources:",
            " *",
            " *   group     lang     dictionary       package version (license); counts"]
    for g, lang, fname, pkg, ver, lic, nraw, nkept in provenance:
        prov.append(" *   %-9s %-8s %-16s %s %s (%s); %d stems, %d words used"
                    % (g, lang, fname, pkg, ver, lic, nraw, nkept))
    prov.append(" *")
    prov.append(" * Sampling: at most %d words per language; trigrams seen < %d times"
                % (SAMPLE, MIN_TRI))
    prov.append(" * pruned. Costs are round(-log2(p) * 8) capped at 255. See gen/gen_ngram.py. */")
    prov_text = "\n".join(prov) + "\n"

    cat = {k: [] for k in ("alpha", "uni_cost", "uni_bow", "bi_key", "bi_cost",
                           "bi_bow", "bi_start", "tri_c", "tri_cost")}
    recs = []
    for m in models:
        rec = {"alpha": len(cat["alpha"]), "nalpha": len(m["alpha"]),
               "uni": len(cat["uni_cost"]), "bi": len(cat["bi_key"]),
               "nbi": len(m["bi_key"]), "tri": len(cat["tri_c"]),
               "ntri": len(m["tri_c"])}
        recs.append(rec)
        for k in cat:
            cat[k].extend(m[k])
    # bi_start is relative to the group's first trigram; the run of a
    # group's last bigram ends at the group's ntri.

    h = ["#ifndef US_NGRAM_GEN_H\n#define US_NGRAM_GEN_H\n#include <stdint.h>\n\n",
         prov_text, "\n",
         "#define US_NGRAM_GROUP_COUNT %d\n" % len(models),
         "#define US_NGRAM_COST_SCALE 8   /* cost bytes are -log2(p) * 8 */\n\n",
         "/* One model: slices of the arrays below. Symbol 0 is the word\n"
         " * boundary, symbol i (1..nalpha) is us_ngram_alpha[alpha + i - 1].\n"
         " * Bigram j (0..nbi) of the group is index bi + j; its key is\n"
         " * b << 8 | c; its trigram continuations are entries\n"
         " * tri + us_ngram_bi_start[bi + j] up to the next bigram's start (ntri\n"
         " * for the last), with c in us_ngram_tri_c and the cost of P(c|ab). */\n",
         "typedef struct {\n"
         "\tuint32_t alpha, nalpha; /* us_ngram_alpha slice */\n"
         "\tuint32_t uni;           /* us_ngram_uni_* slice, nalpha + 1 entries */\n"
         "\tuint32_t bi, nbi;       /* us_ngram_bi_* slice */\n"
         "\tuint32_t tri, ntri;     /* us_ngram_tri_* slice */\n"
         "} us_ngram_model;\n\n"]
    for i, (group, short) in enumerate(GROUPS):
        h.append("#define US_NGRAM_G_%s %d /* %s */\n" % (short.upper(), i, group))
    h.append("\nextern const us_ngram_model us_ngram_models[%d];\n" % len(models))
    h.append("extern const uint32_t us_ngram_alpha[%d];\n" % len(cat["alpha"]))
    h.append("extern const uint8_t us_ngram_uni_cost[%d]; /* P1(c) */\n" % len(cat["uni_cost"]))
    h.append("extern const uint8_t us_ngram_uni_bow[%d];  /* g2(b) */\n" % len(cat["uni_bow"]))
    h.append("extern const uint16_t us_ngram_bi_key[%d];\n" % len(cat["bi_key"]))
    h.append("extern const uint8_t us_ngram_bi_cost[%d];  /* P2(c|b) */\n" % len(cat["bi_cost"]))
    h.append("extern const uint8_t us_ngram_bi_bow[%d];   /* g3(bc) */\n" % len(cat["bi_bow"]))
    st_t = "uint16_t" if max(cat["bi_start"], default=0) < 65536 else "uint32_t"
    h.append("extern const %s us_ngram_bi_start[%d];\n" % (st_t, len(cat["bi_start"])))
    h.append("extern const uint8_t us_ngram_tri_c[%d];\n" % len(cat["tri_c"]))
    h.append("extern const uint8_t us_ngram_tri_cost[%d]; /* P3(c|ab) */\n" % len(cat["tri_cost"]))
    h.append("\n/* The Turkish vowel-bigram model (gen/gen_ngram.py, \"Turkish vowel\n"
             " * harmony\"): symbol 0 is the word boundary, symbol i (1..%d) is\n"
             " * us_ngram_tr_vowel[i - 1]; us_ngram_tr_vcost[u * %d + v] is the cost\n"
             " * of vowel v after vowel u (v = 0: the word ends). */\n"
             % (len(vowels), len(vowels) + 1))
    one_keys.sort()
    h.append("/* One-letter words (gen/gen_ngram.py, \"One-letter words\"): keys\n"
             " * group << 21 | code point, sorted. */\n")
    h.append("extern const uint32_t us_ngram_one[%d];\n" % max(1, len(one_keys)))
    h.append("#define US_NGRAM_ONE_COUNT %d\n\n" % len(one_keys))
    h.append("#define US_NGRAM_TR_NVOWEL %d\n" % len(vowels))
    h.append("extern const uint32_t us_ngram_tr_vowel[%d];\n" % len(vowels))
    h.append("extern const uint8_t us_ngram_tr_vcost[%d];\n" % len(vcost))
    size = (4 * len(vowels) + len(vcost) + 4 * len(cat["alpha"]) + 2 * len(cat["uni_cost"]) + 4 * len(cat["bi_key"])
            + (2 if st_t == "uint16_t" else 4) * len(cat["bi_start"])
            + 2 * len(cat["tri_c"]) + 28 * len(models) + 4 * len(one_keys))
    h.append("#define US_NGRAM_BYTES %d\n\n#endif\n" % size)
    write_file(out / "ngram.gen.h", ucd, GEN, "".join(h))

    c = ['#include "data/ngram.gen.h"\n\n', prov_text, "\n"]
    c.append("const us_ngram_model us_ngram_models[%d] = {\n" % len(models))
    for m, r in zip(models, recs):
        c.append("\t{%d, %d, %d, %d, %d, %d, %d}, /* %s */\n"
                 % (r["alpha"], r["nalpha"], r["uni"], r["bi"], r["nbi"], r["tri"],
                    r["ntri"], m["group"]))
    c.append("};\n\n")
    c.append(c_array("us_ngram_alpha", "uint32_t", cat["alpha"]))
    c.append(c_array("us_ngram_uni_cost", "uint8_t", cat["uni_cost"]))
    c.append(c_array("us_ngram_uni_bow", "uint8_t", cat["uni_bow"]))
    c.append(c_array("us_ngram_bi_key", "uint16_t", cat["bi_key"]))
    c.append(c_array("us_ngram_bi_cost", "uint8_t", cat["bi_cost"]))
    c.append(c_array("us_ngram_bi_bow", "uint8_t", cat["bi_bow"]))
    c.append(c_array("us_ngram_bi_start", st_t, cat["bi_start"]))
    c.append(c_array("us_ngram_tri_c", "uint8_t", cat["tri_c"]))
    c.append(c_array("us_ngram_tri_cost", "uint8_t", cat["tri_cost"]))
    c.append(c_array("us_ngram_tr_vowel", "uint32_t", [ord(v) for v in vowels]))
    c.append(c_array("us_ngram_tr_vcost", "uint8_t", vcost))
    c.append(c_array("us_ngram_one", "uint32_t", one_keys or [0]))
    write_file(out / "ngram.gen.c", ucd, GEN, "".join(c))

    for m, r in zip(models, recs):
        print("gen_ngram: %-8s %6d words, %7d chars, alphabet %3d, bigrams %5d, "
              "trigrams %6d of %6d kept (D2 %.3f, D3 %.3f)"
              % (m["group"], m["words"], m["chars"], r["nalpha"], r["nbi"], r["ntri"],
                 m["n_tri_all"], m["d2"], m["d3"]))
    print("gen_ngram: %d bytes of tables" % size)
