"""Character names (the Name property) and code point labels.

Writes src/data/names.gen.h and src/data/names.gen.c, read by src/ucd/names.c.

Layout of the tables
--------------------
Algorithmic names are not stored:
  * Hangul syllables (NR1, Unicode §3.12): src/ucd/names.c computes them from
    the jamo short names; only the range is emitted (US_NAMES_HANGUL_FIRST/
    LAST).
  * NR2 names "PREFIX" + hex code point: every run of code points whose
    UnicodeData.txt name is "<something>-<its own code point in hex>" (e.g.
    CJK COMPATIBILITY IDEOGRAPH-F900, EGYPTIAN HIEROGLYPH-13460) is detected
    from the data, as are the <..., First>/<..., Last> range entries whose
    label has a known NR2 prefix (RANGE_RULES). These become us_names_nr2
    ranges pointing into a prefix string table.

Every other name is stored compressed:
  * A name is split into items: words (maximal runs of characters other than
    space and hyphen), and the separators SPACE and HYPHEN. A single space
    between two words is implicit (the decoder puts a space between two
    adjacent words), so only unusual separators ("TIBETAN LETTER -A") cost an
    item.
  * Items are coded in one or two bytes. Item 0 is SPACE, item 1 HYPHEN, item
    2+w is lexicon word w. Byte b < US_NAMES_LEAD is item b; a byte b >=
    US_NAMES_LEAD starts a two-byte code for item
    US_NAMES_LEAD + (b - US_NAMES_LEAD) * 256 + next byte. The most frequent
    words get the one-byte codes; the split point is chosen to minimise the
    total size.
  * Names are stored in code point order, front coded: each name starts with
    a header byte (shared << 4) | n, meaning "the first `shared` items of the
    previous name, then n items follow" (n == 15: n = 15 + next byte). Every
    US_NAMES_CKPT_EVERY-th name is a checkpoint that shares nothing, and
    us_names_ckpt holds its byte offset, so a lookup decodes at most
    US_NAMES_CKPT_EVERY names.
  * The lexicon: words 0..US_NAMES_N1-1 (the one-byte ones, by frequency)
    have byte offsets in us_names_w1_off; the other words are sorted by
    (length, spelling) so that a word's offset follows from a small table of
    length classes (us_names_wclass): first word index, string offset, length.
  * Code point -> name index: us_names_run_cp/us_names_run_idx list the runs
    of consecutive code points with a stored name and the name index of each
    run's first code point; a run ends where the next run's index starts.

Labels (for UNSPOOF_NAME_LABEL): us_names_kind lists the ranges of unnamed
code points that are controls (gc=Cc), surrogates (Cs), private use (Co) or
noncharacters (PropList Noncharacter_Code_Point); every other unnamed code
point is reserved. us_names_ctrl gives each control its first alias of type
"control" in NameAliases.txt (or none).
"""
import re
from collections import Counter

import ucdlib

GEN = "gen/gen_names.py"

# NR rules for the <..., First>/<..., Last> range entries of UnicodeData.txt.
# A label not matched here stops the generator so that a new Unicode version's
# new range gets looked at (Unicode §4.8, Table 4-8).
HANGUL = object()
RANGE_RULES = [
    (re.compile(r"^CJK Ideograph( Extension [A-Z]+)?$"), "CJK UNIFIED IDEOGRAPH-"),
    (re.compile(r"^Tangut Ideograph( Supplement)?$"), "TANGUT IDEOGRAPH-"),
    (re.compile(r"^Hangul Syllable$"), HANGUL),
    (re.compile(r"^(Non Private Use High |Private Use High |Low )Surrogate$"), None),
    (re.compile(r"^(Plane \d+ )?Private Use$"), None),
]

CKPT_EVERY = 32
KIND_CONTROL, KIND_SURROGATE, KIND_PRIVATE, KIND_NONCHAR = 1, 2, 3, 4
KIND_LABEL = {KIND_CONTROL: "control", KIND_SURROGATE: "surrogate",
              KIND_PRIVATE: "private-use", KIND_NONCHAR: "noncharacter"}
NAME_RE = re.compile(r"^[A-Z0-9]+([ -][A-Z0-9]*)*$")


def read_unicode_data(ucd):
    """Returns (explicit names dict cp->name, gc dict cp->gc,
    list of (lo, hi, rule) for the range entries)."""
    names, gc, ranges = {}, {}, []
    first = None
    with open(ucd.path("ucd/UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fl = line.rstrip("\n").split(";")
            if len(fl) < 15:
                continue
            cp, name = int(fl[0], 16), fl[1]
            if name.endswith(", First>"):
                first = (cp, name[1:-len(", First>")])
                continue
            if name.endswith(", Last>"):
                lo, label = first
                if label != name[1:-len(", Last>")]:
                    raise SystemExit("unmatched range entry at %04X" % cp)
                for pat, rule in RANGE_RULES:
                    if pat.match(label):
                        break
                else:
                    raise SystemExit("gen_names.py: no name rule for range <%s> "
                                     "(%04X..%04X); add it to RANGE_RULES" % (label, lo, cp))
                ranges.append((lo, cp, rule))
                for c in range(lo, cp + 1):
                    gc[c] = fl[2]
                first = None
                continue
            gc[cp] = fl[2]
            if name.startswith("<"):
                if name != "<control>":
                    raise SystemExit("unexpected label %s at %04X" % (name, cp))
                continue
            if not NAME_RE.match(name):
                raise SystemExit("unexpected characters in name %r" % name)
            names[cp] = name
    return names, gc, ranges


def split_items(name):
    """Name -> list of items: words (str), ' ' or '-' (explicit separators)."""
    toks = re.findall(r"[^ -]+|[ -]", name)
    out = []
    for i, t in enumerate(toks):
        if (t == " " and 0 < i < len(toks) - 1 and toks[i - 1] not in " -"
                and toks[i + 1] not in " -"):
            continue  # the implicit space between two words
        out.append(t)
    return out


def join_items(items):
    s = []
    prev_word = False
    for it in items:
        word = it not in (" ", "-")
        if word and prev_word:
            s.append(" ")
        s.append(it)
        prev_word = word
    return "".join(s)


def jamo_short_names(ucd):
    short = {}
    for f in ucd.lines("ucd/Jamo.txt"):
        short[int(f[0], 16)] = f[1]
    L = [short[0x1100 + i] for i in range(19)]
    V = [short[0x1161 + i] for i in range(21)]
    T = [""] + [short[0x11A8 + i] for i in range(27)]
    return L, V, T


def generate(ucd, out_dir):
    names, gc, ranges = read_unicode_data(ucd)

    # ---- algorithmic ranges
    nr2 = {}      # cp -> prefix
    hangul = None
    for lo, hi, rule in ranges:
        if rule is HANGUL:
            hangul = (lo, hi)
        elif rule is not None:
            for c in range(lo, hi + 1):
                nr2[c] = rule
    if hangul != (0xAC00, 0xAC00 + 19 * 21 * 28 - 1):
        raise SystemExit("Hangul syllable range is not AC00..D7A3: %r" % (hangul,))
    for cp, name in list(names.items()):
        m = re.match(r"^(.*-)([0-9A-F]{4,6})$", name)
        if m and m.group(2) == "%04X" % cp:
            nr2[cp] = m.group(1)
            del names[cp]
    prefixes = sorted(set(nr2.values()))
    nr2_ranges = []  # (lo, hi, prefix index)
    for cp in sorted(nr2):
        p = prefixes.index(nr2[cp])
        if nr2_ranges and nr2_ranges[-1][1] == cp - 1 and nr2_ranges[-1][2] == p:
            nr2_ranges[-1][1] = cp
        else:
            nr2_ranges.append([cp, cp, p])

    # ---- front-coded items
    cps = sorted(names)
    items = {cp: split_items(names[cp]) for cp in cps}
    for cp in cps:
        assert join_items(items[cp]) == names[cp], names[cp]
    suffix = []   # (shared, suffix items)
    prev = []
    for i, cp in enumerate(cps):
        it = items[cp]
        k = 0
        if i % CKPT_EVERY:
            while k < len(it) and k < len(prev) and k < 15 and it[k] == prev[k]:
                k += 1
        suffix.append((k, it[k:]))
        prev = it
    max_items = max(len(v) for v in items.values())

    # ---- lexicon and codes
    freq = Counter(t for _, s in suffix for t in s if t not in (" ", "-"))
    by_freq = sorted(freq, key=lambda w: (-freq[w], w))
    total = sum(freq.values())
    best = None
    acc = 0
    for n1 in range(0, min(254, len(by_freq) + 1)):
        if n1:
            acc += freq[by_freq[n1 - 1]]
        if len(by_freq) - n1 > (254 - n1) * 256:
            continue
        size = acc + 2 * (total - acc)
        if best is None or size < best[0]:
            best = (size, n1)
    if best is None:
        raise SystemExit("too many distinct words for two-byte codes")
    n1 = best[1]
    lead = 2 + n1
    one = by_freq[:n1]
    rest = sorted(by_freq[n1:], key=lambda w: (len(w), w))
    words = one + rest
    windex = {w: i for i, w in enumerate(words)}
    lexicon = "".join(words).encode("ascii")
    w1_off = [0]
    for w in one:
        w1_off.append(w1_off[-1] + len(w))
    classes = []  # (first word index, string offset, length)
    off = w1_off[-1]
    for i, w in enumerate(rest):
        if not classes or classes[-1][2] != len(w):
            classes.append((n1 + i, off, len(w)))
        off += len(w)
    assert off == len(lexicon)

    def item_code(t):
        if t == " ":
            return 0
        if t == "-":
            return 1
        return 2 + windex[t]

    data = bytearray()
    ckpt = []
    for i, (k, s) in enumerate(suffix):
        if i % CKPT_EVERY == 0:
            ckpt.append(len(data))
        n = len(s)
        if n < 15:
            data.append((k << 4) | n)
        else:
            if n - 15 > 255:
                raise SystemExit("name too long")
            data.append((k << 4) | 15)
            data.append(n - 15)
        for t in s:
            c = item_code(t)
            if c < lead:
                data.append(c)
            else:
                c -= lead
                data.append(lead + (c >> 8))
                data.append(c & 255)
    assert lead + ((2 + len(words) - 1 - lead) >> 8) <= 255

    runs = []  # (first cp, first name index)
    for i, cp in enumerate(cps):
        if not runs or cps[i - 1] != cp - 1:
            runs.append((cp, i))

    # ---- labels
    kinds = {}
    for cp, g in gc.items():
        if cp in names or cp in nr2 or hangul[0] <= cp <= hangul[1]:
            continue
        kinds[cp] = {"Cc": KIND_CONTROL, "Cs": KIND_SURROGATE, "Co": KIND_PRIVATE}.get(g)
        if kinds[cp] is None:
            raise SystemExit("assigned code point %04X (gc=%s) has no name" % (cp, g))
    for c in ucd.binary_prop("ucd/PropList.txt", "Noncharacter_Code_Point"):
        if c in kinds:
            raise SystemExit("noncharacter %04X is assigned" % c)
        kinds[c] = KIND_NONCHAR
    kind_ranges = []
    for cp in sorted(kinds):
        if kind_ranges and kind_ranges[-1][1] == cp - 1 and kind_ranges[-1][2] == kinds[cp]:
            kind_ranges[-1][1] = cp
        else:
            kind_ranges.append([cp, cp, kinds[cp]])
    ctrl_alias = {}
    for f in ucd.lines("ucd/NameAliases.txt"):
        cp = int(f[0], 16)
        if f[2] == "control" and cp not in ctrl_alias:
            ctrl_alias[cp] = f[1]
    ctrls = sorted(c for c, k in kinds.items() if k == KIND_CONTROL)
    for c in ctrl_alias:
        if c not in ctrls:
            raise SystemExit("control alias for %04X, which is not gc=Cc" % c)
    ctrl_str = bytearray()
    ctrl_cp, ctrl_off = [], []
    for c in ctrls:
        ctrl_cp.append(c)
        ctrl_off.append(len(ctrl_str))
        ctrl_str += ctrl_alias.get(c, "").encode("ascii")
    ctrl_off.append(len(ctrl_str))

    # ---- the longest output
    L, V, T = jamo_short_names(ucd)
    name_max = max(len(n) for n in names.values())
    name_max = max(name_max, max(len(p) + len("%04X" % c) for c, p in nr2.items()))
    name_max = max(name_max, len("HANGUL SYLLABLE ") + max(map(len, L)) +
                   max(map(len, V)) + max(map(len, T)))
    name_max = max(name_max, max(len(a) for a in ctrl_alias.values()))
    for cp in range(ucdlib.NCP):
        if cp in names or cp in nr2 or hangul[0] <= cp <= hangul[1] or cp in ctrl_alias:
            continue
        n = len("<%s-%04X>" % (KIND_LABEL.get(kinds.get(cp), "reserved"), cp))
        name_max = max(name_max, n)

    # ---- self-check: decode like src/ucd/names.c does
    def word(w):
        if w < n1:
            return lexicon[w1_off[w]:w1_off[w + 1]].decode()
        cl = [c for c in classes if c[0] <= w][-1]
        o = cl[1] + (w - cl[0]) * cl[2]
        return lexicon[o:o + cl[2]].decode()

    def decode(idx):
        pos = ckpt[idx // CKPT_EVERY]
        its = []
        for _ in range(idx - idx % CKPT_EVERY, idx + 1):
            h = data[pos]
            pos += 1
            k, n = h >> 4, h & 15
            if n == 15:
                n += data[pos]
                pos += 1
            its = its[:k]
            for _ in range(n):
                b = data[pos]
                pos += 1
                if b >= lead:
                    b = lead + ((b - lead) << 8) + data[pos]
                    pos += 1
                its.append(b)
        return join_items([" " if c == 0 else "-" if c == 1 else word(c - 2) for c in its])

    for i, cp in enumerate(cps):
        if decode(i) != names[cp]:
            raise AssertionError("names self-check failed at %04X" % cp)

    # ---- emit
    t_run_cp = "uint32_t"
    t_run_idx, b_run_idx = ucdlib.ctype_for([r[1] for r in runs] + [len(cps)])
    t_ckpt, b_ckpt = ucdlib.ctype_for(ckpt + [len(data)])
    t_w1, b_w1 = ucdlib.ctype_for(w1_off)
    t_coff, b_coff = ucdlib.ctype_for([c[1] for c in classes] + [0])
    t_cfirst, b_cfirst = ucdlib.ctype_for([c[0] for c in classes] + [0])
    sizes = {
        "name bytes": len(data),
        "checkpoints": len(ckpt) * b_ckpt,
        "lexicon": len(lexicon),
        "lexicon index": len(w1_off) * b_w1 + len(classes) * (b_coff + b_cfirst + 1),
        "runs": len(runs) * (4 + b_run_idx) + b_run_idx,
        "nr2": len(nr2_ranges) * 9 + sum(len(p) + 1 for p in prefixes),
        "labels": len(kind_ranges) * 9 + len(ctrl_cp) * 6 + len(ctrl_str),
    }
    total_bytes = sum(sizes.values())
    raw = sum(len(n) + 1 for n in names.values())

    h = []
    h.append("#ifndef US_NAMES_GEN_H\n#define US_NAMES_GEN_H\n\n#include <stdint.h>\n\n")
    h.append("/* %d stored names (%d bytes as plain strings) in %d bytes of tables:\n"
             % (len(cps), raw, total_bytes))
    for k, v in sizes.items():
        h.append(" *   %-14s %7d\n" % (k, v))
    h.append(" * See gen/gen_names.py for the layout. */\n")
    defs = [
        ("US_NAMES_BYTES", total_bytes),
        ("US_NAMES_MAX", name_max),
        ("US_NAMES_MAX_ITEMS", max_items),
        ("US_NAMES_COUNT", len(cps)),
        ("US_NAMES_CKPT_SHIFT", CKPT_EVERY.bit_length() - 1),
        ("US_NAMES_N1", n1),
        ("US_NAMES_LEAD", lead),
        ("US_NAMES_RUNS", len(runs)),
        ("US_NAMES_WCLASSES", len(classes)),
        ("US_NAMES_NR2_RANGES", len(nr2_ranges)),
        ("US_NAMES_KIND_RANGES", len(kind_ranges)),
        ("US_NAMES_CONTROLS", len(ctrl_cp)),
        ("US_NAMES_HANGUL_FIRST", "0x%04X" % hangul[0]),
        ("US_NAMES_HANGUL_LAST", "0x%04X" % hangul[1]),
        ("US_NAMES_KIND_CONTROL", KIND_CONTROL),
        ("US_NAMES_KIND_SURROGATE", KIND_SURROGATE),
        ("US_NAMES_KIND_PRIVATE", KIND_PRIVATE),
        ("US_NAMES_KIND_NONCHAR", KIND_NONCHAR),
    ]
    assert 1 << (CKPT_EVERY.bit_length() - 1) == CKPT_EVERY
    for k, v in defs:
        h.append("#define %s %s\n" % (k, v))
    h.append("\n")
    decls = [
        ("unsigned char", "us_names_data", len(data)),
        (t_ckpt, "us_names_ckpt", len(ckpt)),
        ("char", "us_names_lexicon", len(lexicon) + 1),
        (t_w1, "us_names_w1_off", len(w1_off)),
        (t_cfirst, "us_names_wclass_first", len(classes)),
        (t_coff, "us_names_wclass_off", len(classes)),
        ("uint8_t", "us_names_wclass_len", len(classes)),
        (t_run_cp, "us_names_run_cp", len(runs)),
        (t_run_idx, "us_names_run_idx", len(runs) + 1),
        ("uint32_t", "us_names_nr2_lo", len(nr2_ranges)),
        ("uint32_t", "us_names_nr2_hi", len(nr2_ranges)),
        ("uint8_t", "us_names_nr2_prefix", len(nr2_ranges)),
        ("char *const", "us_names_prefixes", len(prefixes)),
        ("uint32_t", "us_names_kind_lo", len(kind_ranges)),
        ("uint32_t", "us_names_kind_hi", len(kind_ranges)),
        ("uint8_t", "us_names_kind", len(kind_ranges)),
        ("uint32_t", "us_names_ctrl_cp", len(ctrl_cp)),
        ("uint16_t", "us_names_ctrl_off", len(ctrl_off)),
        ("char", "us_names_ctrl_str", len(ctrl_str) + 1),
    ]
    for t, n, cnt in decls:
        h.append("extern const %s %s[%d];\n" % (t, n, cnt))
    h.append("\n#endif\n")
    ucdlib.write_file(out_dir / "names.gen.h", ucd, GEN, "".join(h))

    c = ['#include "names.gen.h"\n\n']
    c.append(ucdlib.c_array("us_names_data", "unsigned char", list(data)))
    c.append(ucdlib.c_array("us_names_ckpt", t_ckpt, ckpt))
    c.append("const char us_names_lexicon[%d] =\n\t%s;\n"
             % (len(lexicon) + 1, ucdlib.c_string_literal(lexicon)))
    c.append(ucdlib.c_array("us_names_w1_off", t_w1, w1_off))
    c.append(ucdlib.c_array("us_names_wclass_first", t_cfirst, [x[0] for x in classes]))
    c.append(ucdlib.c_array("us_names_wclass_off", t_coff, [x[1] for x in classes]))
    c.append(ucdlib.c_array("us_names_wclass_len", "uint8_t", [x[2] for x in classes]))
    c.append(ucdlib.c_array("us_names_run_cp", t_run_cp, ["0x%04X" % r[0] for r in runs]))
    c.append(ucdlib.c_array("us_names_run_idx", t_run_idx, [r[1] for r in runs] + [len(cps)]))
    c.append(ucdlib.c_array("us_names_nr2_lo", "uint32_t", ["0x%04X" % r[0] for r in nr2_ranges]))
    c.append(ucdlib.c_array("us_names_nr2_hi", "uint32_t", ["0x%04X" % r[1] for r in nr2_ranges]))
    c.append(ucdlib.c_array("us_names_nr2_prefix", "uint8_t", [r[2] for r in nr2_ranges]))
    c.append("const char *const us_names_prefixes[%d] = {\n%s};\n" % (
        len(prefixes), "".join('\t"%s",\n' % p for p in prefixes)))
    c.append(ucdlib.c_array("us_names_kind_lo", "uint32_t", ["0x%04X" % r[0] for r in kind_ranges]))
    c.append(ucdlib.c_array("us_names_kind_hi", "uint32_t", ["0x%04X" % r[1] for r in kind_ranges]))
    c.append(ucdlib.c_array("us_names_kind", "uint8_t", [r[2] for r in kind_ranges]))
    c.append(ucdlib.c_array("us_names_ctrl_cp", "uint32_t", ["0x%04X" % x for x in ctrl_cp]))
    c.append(ucdlib.c_array("us_names_ctrl_off", "uint16_t", ctrl_off))
    c.append("const char us_names_ctrl_str[%d] =\n\t%s;\n"
             % (len(ctrl_str) + 1, ucdlib.c_string_literal(bytes(ctrl_str))))
    ucdlib.write_file(out_dir / "names.gen.c", ucd, GEN, "\n".join(c))
    print("gen_names: %d stored names, %d NR2 ranges, %d bytes of tables "
          "(%d as plain strings), longest name %d"
          % (len(cps), len(nr2_ranges), total_bytes, raw, name_max))
