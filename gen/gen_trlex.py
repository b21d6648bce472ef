"""Generates the Turkish word filter: src/data/trlex.gen.[ch], read by
src/scan/trlex.c.

What it is for
--------------
In a Turkish document an obfuscator may write dotless ı for i. The scanner
reads each ı as ı or as i with the Turkish letter-trigram model and vowel
harmony (gen/gen_ngram.py), which cannot tell a word whose vowels are all
i or ı from its twin ("bir" / "bır", "ilgili" / "ılgılı", "ışık" / "işik")
nor a loanword that breaks harmony ("otomatik", "herhangi", "azami"). The
word filter says whether a reading is a Turkish word: a stem of the
dictionary followed by at most two suffixes of its affix file.

Data source and license
-----------------------
  tr_TR.dic / tr_TR.aff of Debian's hunspell-tr (MPL-2.0, from
  libreoffice-dictionaries), the same dictionary gen_ngram.py reads; the
  generated banner names the package version (`make regen-check` reproduces
  the table where the same version is installed).

The dictionary lists 371,169 stems (many of them already derived or
inflected: "kaldırma", "çıktı") and an affix file whose every flag adds one
suffix string ("SFX 1 0 sı ."): 6,465 distinct strings.

What is stored
--------------
Only membership, in a Bloom filter (no word list can be read back):
  * stems: each stem (lowercased the Turkish way, I -> ı, İ -> i; put in NFC)
    of MIN_STEM..MAX_STEM letters of the Turkish alphabet (TR_LETTERS);
    acronyms (all capitals) are dropped. Stems without i or ı are kept too:
    otherwise "alir" (= "ali" + "r") would be a word and "alır" ("al" +
    "ır") not;
  * suffixes: each suffix string of the affix file, lowercased likewise, of
    letters of TR_LETTERS;
  * disharmonic stems: the stored stems that take a suffix whose first vowel
    is i or ı against vowel harmony ("saat" + "i"): 0.7% of the expansions
    of the dictionary, by 246 stems (225 of them stored).
The reader (src/scan/trlex.c) ignores which flags a stem has: a word is a
stored stem followed by nothing, one suffix or two, where a suffix whose
first vowel is i or ı must agree with the vowel before it (front i after
e i ö ü, back ı after a ı o u), and one whose first vowel is e or a too
(e after front vowels, a after back ones; not the e of a final -ken),
unless the stem is disharmonic. That stands
in for the flags, which tell which suffixes a stem takes ("içın" = "iç" +
"ın" is no word).

Stems longer than MAX_STEM letters are not stored: a reading is then found
through a shorter stem and one or two suffixes ("yapılırken" = "yapıl" +
"ırken"), and a word no stem covers is judged by the letter models alone.
MAX_STEM = 8 was first chosen on the words with i or ı of the Turkish
documents eval/corpus/tr/0200-0400, which the evaluation does not score
(exact sets, one or two suffixes, without the harmony rule): the genuine
word parses for 85% of the tokens (all stems: 95%), a vowel-harmonic
reading of it with some i and ı swapped for 3% (all stems: 3%); 75k of the
368k stems have at most 8 letters. Since the scanner also asks whether a
reading is a stem itself ("dakika", not "dakıka" = "da" + two suffixes:
us_trlex_stem()), longer stems count for more: on the same documents,
obfuscated with Latin-extended letters, MAX_STEM = 10, 12 and 14 (144k,
221k and 288k stems; 376, 568 and 737 kB, against 188 kB for 8) restore
84.1%, 84.3% and 84.5% of them exactly (8, before that question: 82.4%).
MAX_STEM = 12.

The filter
----------
Keys are hashed with 64-bit FNV-1a over the kind (1 = stem, 2 = suffix,
3 = disharmonic stem) and then their code points (each XORed in whole, then
multiplied by 0x100000001B3), starting from 0xcbf29ce484222325. With h1 =
the low 32 bits and h2 = the high 32 bits OR 1, the key sets bits
((h1 + j * h2) mod 2^32) * M / 2^32 (integer part), j = 0..K-1, M =
BITS_PER_KEY * keys rounded up to a multiple of 64. Bit b is byte b / 8, bit b % 8 (least
significant first). BITS_PER_KEY = 20 and K = 14 give about 0.007% false
positives a probe: a word is probed up to a few dozen times (each stem
length, each split of what follows), and 12 bits a key (0.3% a probe) made
a few percent of the long words that are none read as words.
"""
import unicodedata

from gen_ngram import aff_lines, find_dic, pkg_version, read_flagged, read_stems
from ucdlib import c_bytes, write_file

GEN = "gen/gen_trlex.py"
PKG = "hunspell-tr"
LICENSE = "MPL-2.0"
MIN_STEM = 2
MAX_STEM = 12
BITS_PER_KEY = 20
K = 14
KIND_STEM, KIND_SUFFIX, KIND_DISHARMONIC = 1, 2, 3
FRONT = set("eiöüî")
BACK = set("aıouâû")
# The letters of the Turkish alphabet, lowercase, with the circumflexed
# vowels of loanwords and the q w x of foreign names.
TR_LETTERS = set("abcçdefgğhıijklmnoöprsştuüvyzâîûqwx")
FNV_OFFSET = 0xcbf29ce484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1


def tr_lower(w):
    w = w.replace("I", "ı").replace("İ", "i").lower()
    return unicodedata.normalize("NFC", w)


def fnv(kind, word):
    h = ((FNV_OFFSET ^ kind) * FNV_PRIME) & MASK64
    for ch in word:
        h = ((h ^ ord(ch)) * FNV_PRIME) & MASK64
    return h


def bloom(keys, bits_per_key, k):
    """A Bloom filter of keys (kind, word) as the readers probe it
    (src/scan/trlex.c, twinlex.c): bits_per_key bits a key rounded up to
    64, k probes h1 + j*h2 from fnv(), each scaled into the bit count.
    Returns (bit count, the bits as bytes, the share of bits set)."""
    m = (bits_per_key * len(keys) + 63) // 64 * 64
    bits = bytearray(m // 8)
    for kind, w in keys:
        h = fnv(kind, w)
        h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
        for j in range(k):
            b = (((h1 + j * h2) & 0xFFFFFFFF) * m) >> 32
            bits[b >> 3] |= 1 << (b & 7)
    return m, bits, sum(bin(x).count("1") for x in bits) / m


def suffix_flags(aff):
    """{flag: suffix string} of the affix file's SFX rules."""
    out = {}
    for line in aff_lines(aff):
        t = line.split()
        if len(t) >= 5 and t[0] == "SFX":
            add = t[3].split("/")[0]
            if add != "0":
                out[t[1]] = add
    return out


def vowel_class(ch):
    return 1 if ch in FRONT else 2 if ch in BACK else 0


def disharmonic(stem, suffix):
    """Does suffix, whose first vowel is i or ı, break vowel harmony after
    stem (front i after a back vowel or the reverse: "saat" + "i")?"""
    last = [vowel_class(c) for c in stem if vowel_class(c)]
    first = [c for c in suffix if vowel_class(c)]
    if not last or not first or first[0] not in "iı":
        return False
    return (first[0] == "i") != (last[-1] == 1)


def read_suffixes(aff):
    out = []
    for line in aff_lines(aff):
        t = line.split()
        if len(t) >= 5 and t[0] == "SFX":
            add = t[3].split("/")[0]
            if add != "0":
                out.append(add)
    return out


def generate(ucd, out):
    dic, aff = find_dic("tr_TR", PKG)
    ver = pkg_version(PKG)
    raw = read_stems(dic, aff)
    stems = set()
    for w in raw:
        if len(w) >= 2 and w.isupper():
            continue  # acronym
        w = tr_lower(w)
        if MIN_STEM <= len(w) <= MAX_STEM and all(ch in TR_LETTERS for ch in w):
            stems.add(w)
    flag_sfx = {f: tr_lower(x) for f, x in suffix_flags(aff).items()}
    dis = set()
    for w, flags in read_flagged(dic, aff):
        if len(w) >= 2 and w.isupper():
            continue
        w = tr_lower(w)
        if w in stems and any(disharmonic(w, flag_sfx.get(f, "")) for f in flags):
            dis.add(w)
    sfx_raw = read_suffixes(aff)
    suffixes = set()
    for x in sfx_raw:
        x = tr_lower(x)
        if x and all(ch in TR_LETTERS for ch in x):
            suffixes.add(x)
    keys = ([(KIND_STEM, w) for w in sorted(stems)] + [(KIND_SUFFIX, x) for x in sorted(suffixes)]
            + [(KIND_DISHARMONIC, w) for w in sorted(dis)])
    m, bits, filled = bloom(keys, BITS_PER_KEY, K)

    prov = ("/* Turkish word filter (Bloom filter) of the stems and suffixes of\n"
            " * tr_TR.dic / tr_TR.aff, Debian package %s %s (%s): %d stems read,\n"
            " * %d kept (%d..%d letters, writing i or ı); %d suffix strings, %d kept.\n"
            " * %d of the stems take a suffix against vowel harmony. %d bits, %d hashes,\n"
            " * %.1f%% of the bits set. See gen/gen_trlex.py. */\n"
            % (PKG, ver, LICENSE, len(raw), len(stems), MIN_STEM, MAX_STEM, len(sfx_raw),
               len(suffixes), len(dis), m, K, 100 * filled))
    h = ["#ifndef US_TRLEX_GEN_H\n#define US_TRLEX_GEN_H\n#include <stdint.h>\n\n", prov, "\n",
         "#define US_TRLEX_MIN_STEM %d\n" % MIN_STEM,
         "#define US_TRLEX_MAX_STEM %d\n" % MAX_STEM,
         "#define US_TRLEX_KIND_STEM %d\n" % KIND_STEM,
         "#define US_TRLEX_KIND_SUFFIX %d\n" % KIND_SUFFIX,
         "#define US_TRLEX_KIND_DISHARMONIC %d\n" % KIND_DISHARMONIC,
         "#define US_TRLEX_HASHES %d\n" % K,
         "#define US_TRLEX_BITS %du\n" % m,
         "extern const uint8_t us_trlex_bits[%d]; /* and a NUL */\n" % (len(bits) + 1),
         "#define US_TRLEX_BYTES %d\n\n#endif\n" % len(bits)]
    write_file(out / "trlex.gen.h", ucd, GEN, "".join(h))
    c = ['#include "data/trlex.gen.h"\n\n', prov, "\n",
         c_bytes("us_trlex_bits", bits)]
    write_file(out / "trlex.gen.c", ucd, GEN, "".join(c))
    print("gen_trlex: %d stems (%d disharmonic), %d suffixes, %d bytes (%.1f%% bits set)"
          % (len(stems), len(dis), len(suffixes), len(bits), 100 * filled))
