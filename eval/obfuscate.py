#!/usr/bin/python3
"""Deterministic homoglyph obfuscation generator for the unspoof evaluation.

    from obfuscate import obfuscate, apply_edits, FAMILIES
    out, edits = obfuscate(text, "cyrillic", 0.3, seed="en/0001")

`edits` is a list of (index, original, replacement): `index` is a code point
offset into the ORIGINAL text, `original` the original code point(s) there
("" for a pure insertion before `index`), `replacement` what the obfuscated
text has instead.  apply_edits(text, edits) == out always holds.

The rate is the fraction of ELIGIBLE positions that are changed: letters the
family has a lookalike for (substitution families), inner letter boundaries
(invisible) or letters (zalgo).  The RNG is seeded by (seed, family, rate), so
the output is a pure function of the inputs.

The tables below are this harness's own, written from what spammers and
"font generators" actually emit; they are deliberately NOT derived from
unspoof's src/ tables, so that the evaluation is independent.

CLI:  obfuscate.py -f FAMILY -r RATE [-s SEED] [--edits FILE] [FILE]
      obfuscate.py --list
"""
import argparse
import json
import random
import sys
import unicodedata

# ----------------------------------------------------------------- tables
# Latin -> Cyrillic.  BASE: the classic near-identical ones.  AGGRESSIVE:
# looser shapes seen in the wild ("rock 'п' roll", "тнe"), used for about
# half of the documents.
CYR_BASE = dict(zip(
    "aceopxyijshdqwlABCEHKMOPTXYIJSGQW",
    "асеорхуіјѕһԁԛԝӏАВСЕНКМОРТХҮІЈЅԌԚԜ"))
CYR_AGGR = dict(zip("nmktrbw", "пмктгьш"))

# Latin -> Greek.
GRK_BASE = dict(zip(
    "ouvipxcABEHIKMNOPTXYZC",
    "ουνιρχϲΑΒΕΗΙΚΜΝΟΡΤΧΥΖϹ"))
GRK_AGGR = dict(zip("nakytw", "ηακγτω"))

# Latin -> Armenian / Cherokee / Lisu / Latin extended & IPA.
ARMN = dict(zip("onuhqgOUS", "օոսհզցՕՍՏ"))
CHER = dict(zip("ABCDEGHJKLMPRSTVWZ", "ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᎡᏚᎢᏙᎳᏃ"))
LISU = dict(zip("ABCDEFGHIJKLMNOPRSTUVWXYZ", "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ"))
LATX = dict(zip("aigvlyjc", "ɑıɡʋǀʏȷᴄ"))

# Cyrillic -> Latin (for Cyrillic-script text).
LIC_BASE = dict(zip(
    "аеорсухіјѕһԁАВЕКМНОРСТХІЈЅҮ",
    "aeopcyxijshdABEKMHOPCTXIJSY"))
LIC_AGGR = {"ё": "ë", "Ё": "Ë", "ї": "ï", "Ї": "Ï", "У": "Y", "п": "n",
            "т": "m", "к": "k", "г": "r", "ь": "b"}

# Greek -> Latin (for Greek text).
LIG_BASE = dict(zip("οΑΒΕΗΙΚΜΝΟΡΤΧΥΖό", "oABEHIKMNOPTXYZó"))
LIG_AGGR = dict(zip("νιαρκυχάέί", "viapkuxáéí"))

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
              "\u180e", "\u2062", "\u2063"]
ZALGO_MARKS = ([chr(c) for c in range(0x0300, 0x0370)] * 4
               + [chr(c) for c in range(0x0483, 0x0488)]
               + [chr(c) for c in range(0x1DC0, 0x1DE7)]
               + [chr(c) for c in range(0x20D0, 0x20DD)]
               + [chr(c) for c in (0x20E1, 0x20E5, 0x20E6, 0x20E7, 0x20E8)])


def _math(cap, small, holes=None):
    t = {}
    for i in range(26):
        t[chr(65 + i)] = chr(cap + i)
        t[chr(97 + i)] = chr(small + i)
    for k, v in (holes or {}).items():
        t[k] = chr(v)
    return t


FANCY_STYLES = {
    "bold": _math(0x1D400, 0x1D41A),
    "italic": _math(0x1D434, 0x1D44E, {"h": 0x210E}),
    "bold_italic": _math(0x1D468, 0x1D482),
    "script": _math(0x1D49C, 0x1D4B6, {
        "B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110,
        "L": 0x2112, "M": 0x2133, "R": 0x211B, "e": 0x212F, "g": 0x210A,
        "o": 0x2134}),
    "bold_script": _math(0x1D4D0, 0x1D4EA),
    "fraktur": _math(0x1D504, 0x1D51E, {
        "C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128}),
    "double_struck": _math(0x1D538, 0x1D552, {
        "C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A,
        "R": 0x211D, "Z": 0x2124}),
    "bold_fraktur": _math(0x1D56C, 0x1D586),
    "sans": _math(0x1D5A0, 0x1D5BA),
    "sans_bold": _math(0x1D5D4, 0x1D5EE),
    "sans_italic": _math(0x1D608, 0x1D622),
    "sans_bold_italic": _math(0x1D63C, 0x1D656),
    "monospace": _math(0x1D670, 0x1D68A),
    "fullwidth": _math(0xFF21, 0xFF41),
    "circled": _math(0x24B6, 0x24D0),
    "parenthesized": {chr(97 + i): chr(0x249C + i) for i in range(26)}
    | {chr(65 + i): chr(0x1F110 + i) for i in range(26)},
    "negative_squared": {chr(65 + i): chr(0x1F170 + i) for i in range(26)},
    "negative_circled": {chr(65 + i): chr(0x1F150 + i) for i in range(26)},
    "squared": {chr(65 + i): chr(0x1F130 + i) for i in range(26)},
    "small_caps": dict(zip("abcdefghijklmnopqrstuvwyz",
                           "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ")),
}

UPPER_ONLY = {"negative_squared", "negative_circled", "squared"}

FAMILIES = ["cyrillic", "greek", "armenian_cherokee_latinext", "fancy",
            "invisible", "zalgo", "latin_in_cyrillic", "latin_in_greek", "mix"]

# which families make sense for a document of a given main script
SCRIPT_FAMILIES = {
    "Latn": ["cyrillic", "greek", "armenian_cherokee_latinext", "fancy",
             "invisible", "zalgo", "mix"],
    "Cyrl": ["latin_in_cyrillic", "invisible", "zalgo", "mix"],
    "Grek": ["latin_in_greek", "invisible", "zalgo", "mix"],
}
OTHER_FAMILIES = ["invisible", "zalgo"]
MIX_PARTS = {
    "Latn": ["cyrillic", "greek", "armenian_cherokee_latinext", "fancy"],
    "Cyrl": ["latin_in_cyrillic"],
    "Grek": ["latin_in_greek"],
}


def script_of(ch):
    o = ord(ch)
    if 0x0400 <= o <= 0x052F:
        return "Cyrl"
    if 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF:
        return "Grek"
    if (0x41 <= o <= 0x5A or 0x61 <= o <= 0x7A or 0xC0 <= o <= 0x24F
            or 0x1E00 <= o <= 0x1EFF):
        return "Latn"
    return "Other"


def main_script(text):
    """Majority script of the letters of `text` (Latn/Cyrl/Grek/Other)."""
    counts = {}
    for c in text:
        if c.isalpha():
            s = script_of(c)
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return "Other"
    return max(sorted(counts), key=lambda s: counts[s])


def families_for(text):
    return SCRIPT_FAMILIES.get(main_script(text), OTHER_FAMILIES + ["mix"])


def _rng(seed, family, rate):
    return random.Random("%s|%s|%.6f" % (seed, family, rate))


def _pick(rng, positions, rate):
    if not positions or rate <= 0:
        return []
    k = min(len(positions), max(1, round(rate * len(positions))))
    return sorted(rng.sample(positions, k))


def _subst_table(family, rng, script):
    """Per-document lookalike table (char -> replacement) of a family."""
    if family == "cyrillic":
        t = dict(CYR_BASE)
        if rng.random() < 0.5:
            t.update(CYR_AGGR)
        return t
    if family == "greek":
        t = dict(GRK_BASE)
        if rng.random() < 0.5:
            t.update(GRK_AGGR)
        return t
    if family == "armenian_cherokee_latinext":
        # a document uses 1-3 of the sub-alphabets, in random precedence
        subs = [ARMN, CHER, LISU, LATX]
        rng.shuffle(subs)
        t = {}
        for s in subs[:rng.randint(1, 3)]:
            for k, v in s.items():
                t.setdefault(k, v)
        return t
    if family == "latin_in_cyrillic":
        t = dict(LIC_BASE)
        if rng.random() < 0.5:
            t.update(LIC_AGGR)
        return t
    if family == "latin_in_greek":
        t = dict(LIG_BASE)
        if rng.random() < 0.5:
            t.update(LIG_AGGR)
        return t
    raise ValueError(family)


def _words(text):
    """[(start, end)] of maximal runs of letters (and inner marks)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i].isalpha():
            j = i + 1
            while j < n and (text[j].isalpha()
                             or unicodedata.category(text[j]).startswith("M")):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _substitute(text, table, rate, rng):
    pos = [i for i, c in enumerate(text) if c in table]
    return [(i, text[i], table[text[i]]) for i in _pick(rng, pos, rate)]


def _fancy(text, rate, rng):
    """Whole words in one style; the style changes per sentence (or is one
    style for the whole document).  Words are picked until `rate` of the
    ASCII letters are replaced (approximately: whole words are taken, and a
    style may lack some letters, e.g. small capitals have no capitals)."""
    names = sorted(FANCY_STYLES)
    per_doc = rng.random() < 0.5
    doc_style = rng.choice(names)
    words = _words(text)
    # sentence index of each word, for per-sentence styles
    sent_style, styles = {}, []
    sent = 0
    last = 0
    for (a, b) in words:
        if any(c in ".!?\n" for c in text[last:a]):
            sent += 1
        last = b
        if sent not in sent_style:
            sent_style[sent] = doc_style if per_doc else rng.choice(names)
        st = FANCY_STYLES[sent_style[sent]]
        w = text[a:b]
        if sent_style[sent] in UPPER_ONLY and not w.isupper():
            st = FANCY_STYLES["circled"]  # 🅷🅴🅻🅻🅾 is for ALL-CAPS words
        styles.append(st)
    cand = []
    for (a, b), st in zip(words, styles):
        n = sum(1 for c in text[a:b] if c in st)
        if n:
            cand.append((a, b, st, n))
    total = len(fancy_eligible(text))
    if not cand or rate <= 0:
        return []
    rng.shuffle(cand)
    goal = max(1, round(rate * total))
    chosen, got = [], 0
    for w in cand:
        if got >= goal:
            break
        chosen.append(w)
        got += w[3]
    edits = []
    for a, b, st, _ in chosen:
        for i in range(a, b):
            if text[i] in st:
                edits.append((i, text[i], st[text[i]]))
    return sorted(edits)


def fancy_eligible(text):
    return [i for i, c in enumerate(text) if "A" <= c <= "Z" or "a" <= c <= "z"]


def _invisible(text, rate, rng, script):
    chars = list(INVISIBLES)
    if script not in ("Latn", "Cyrl", "Grek"):
        # ZWJ/ZWNJ are genuine in Arabic-script and Indic text: never insert
        # them there, so that removing them is a provable error
        chars = [c for c in chars if c not in ("\u200c", "\u200d")]
    use = rng.sample(chars, rng.randint(1, 3))
    bounds = invisible_eligible(text)
    return [(i, "", rng.choice(use)) for i in _pick(rng, bounds, rate)]


def invisible_eligible(text):
    """Inner letter boundaries: index i such that text[i-1] and text[i] are
    both letters (or marks) of one word."""
    def wordish(c):
        return c.isalpha() or unicodedata.category(c).startswith("M")
    return [i for i in range(1, len(text))
            if wordish(text[i - 1]) and text[i].isalpha()]


def zalgo_eligible(text):
    """Positions right after each letter and its own combining marks."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i].isalpha():
            j = i + 1
            while j < n and unicodedata.category(text[j]).startswith("M"):
                j += 1
            out.append(j)
            i = j
        else:
            i += 1
    return out


def _zalgo(text, rate, rng):
    edits = []
    for j in _pick(rng, zalgo_eligible(text), rate):
        marks = "".join(rng.choice(ZALGO_MARKS) for _ in range(rng.randint(3, 12)))
        edits.append((j, "", marks))
    return edits


def obfuscate(text, family, rate, seed="0"):
    """Return (obfuscated_text, edits).  See module docstring."""
    if family not in FAMILIES:
        raise ValueError("unknown family %r (known: %s)" % (family, ", ".join(FAMILIES)))
    rng = _rng(seed, family, rate)
    script = main_script(text)
    if family == "fancy":
        edits = _fancy(text, rate, rng)
    elif family == "invisible":
        edits = _invisible(text, rate, rng, script)
    elif family == "zalgo":
        edits = _zalgo(text, rate, rng)
    elif family == "mix":
        edits = _mix(text, rate, rng, script)
    else:
        edits = _substitute(text, _subst_table(family, rng, script), rate, rng)
    return apply_edits(text, edits), edits


def _mix(text, rate, rng, script):
    parts = list(MIX_PARTS.get(script, []))
    rng.shuffle(parts)
    parts = parts[:rng.randint(2, 3)] if len(parts) > 2 else parts
    tables = [(_subst_table(f, rng, script) if f != "fancy"
               else rng.choice([FANCY_STYLES[s] for s in sorted(FANCY_STYLES)]))
              for f in parts]
    pos = [i for i, c in enumerate(text) if any(c in t for t in tables)]
    edits = []
    for i in _pick(rng, pos, rate):
        c = text[i]
        t = rng.choice([t for t in tables if c in t])
        edits.append((i, c, t[c]))
    # plus invisible characters (or, without any lookalike table, zalgo)
    if not tables or rng.random() < 0.5:
        bounds = [b for b in invisible_eligible(text)]
        taken = {i for i, _, _ in edits}
        ins = [b for b in _pick(rng, bounds, rate / 2) if b not in taken]
        ch = rng.choice(["\u200b", "\u2060", "\ufeff", "\u00ad"])
        edits += [(b, "", ch) for b in ins]
    if not tables:
        # at most one insertion per boundary, so each one is scored alone
        taken = {i for i, _, _ in edits}
        edits += [e for e in _zalgo(text, rate / 2, rng) if e[0] not in taken]
    return sorted(edits, key=lambda e: (e[0], e[1] != ""))


def eligible_count(text, family):
    """Number of eligible positions (for rate checks)."""
    if family == "invisible":
        return len(invisible_eligible(text))
    if family == "zalgo":
        return len(zalgo_eligible(text))
    if family == "fancy":
        return len(fancy_eligible(text))
    raise ValueError(family)


def apply_edits(text, edits):
    """Rebuild the obfuscated text from the original and the edit list.
    Insertions ("" original) at index i come before the character at i."""
    out, last = [], 0
    for i, orig, rep in sorted(edits, key=lambda e: (e[0], e[1] != "")):
        if i < last:
            raise ValueError("overlapping edits at %d" % i)
        out.append(text[last:i])
        if orig:
            if text[i:i + len(orig)] != orig:
                raise ValueError("edit at %d does not match the text" % i)
        out.append(rep)
        last = i + len(orig)
    out.append(text[last:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Deterministic homoglyph obfuscation.")
    ap.add_argument("file", nargs="?", help="input (default: stdin)")
    ap.add_argument("-f", "--family", default="cyrillic", choices=FAMILIES)
    ap.add_argument("-r", "--rate", type=float, default=0.3)
    ap.add_argument("-s", "--seed", default=None, help="default: the file name")
    ap.add_argument("--edits", help="write the edit list as JSON to this file")
    ap.add_argument("--list", action="store_true", help="list families and exit")
    a = ap.parse_args(argv)
    if a.list:
        for f in FAMILIES:
            print(f)
        return 0
    if a.file:
        with open(a.file, encoding="utf-8") as f:
            text = f.read()
    else:
        text = sys.stdin.read()
    out, edits = obfuscate(text, a.family, a.rate, a.seed or a.file or "stdin")
    sys.stdout.write(out)
    if a.edits:
        with open(a.edits, "w", encoding="utf-8") as f:
            json.dump(edits, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
