"""Generates the per-code-point property tables: src/data/props.gen.[ch].

One 3-stage trie maps each code point to a record index; records are
deduplicated structs holding General_Category, Bidi_Class, Script,
Script_Extensions (index into a table of script sets), Joining_Type, binary
properties, Identifier_Status/Type, the decimal digit value and an index into
a table of simple case mapping deltas. A second trie maps code points to their
confusables.txt prototype (an index into a pool of code point sequences), and
a small sorted table holds the full (multi-character) case foldings.
"""
import re

import ucdlib
from ucdlib import NCP, Trie, c_array, write_file

GEN = "gen/gen_props.py"

# Stable public orders (the enums in include/unspoof.h follow these).
GC_ORDER = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
            "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk",
            "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]
BC_ORDER = ["L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B",
            "S", "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI",
            "FSI", "PDI"]
JT_ORDER = ["U", "C", "D", "R", "L", "T"]
IDTYPE_ORDER = ["Not_Character", "Deprecated", "Default_Ignorable", "Not_NFKC",
                "Not_XID", "Exclusion", "Obsolete", "Technical", "Uncommon_Use",
                "Limited_Use", "Inclusion", "Recommended"]
# Binary properties kept per code point: (flag name, file, property).
FLAGS = [
    ("DEFAULT_IGNORABLE", "ucd/DerivedCoreProperties.txt", "Default_Ignorable_Code_Point"),
    ("BIDI_CONTROL", "ucd/PropList.txt", "Bidi_Control"),
    ("WHITE_SPACE", "ucd/PropList.txt", "White_Space"),
    ("JOIN_CONTROL", "ucd/PropList.txt", "Join_Control"),
    ("ALPHABETIC", "ucd/DerivedCoreProperties.txt", "Alphabetic"),
    ("LOWERCASE", "ucd/DerivedCoreProperties.txt", "Lowercase"),
    ("UPPERCASE", "ucd/DerivedCoreProperties.txt", "Uppercase"),
    ("XID_START", "ucd/DerivedCoreProperties.txt", "XID_Start"),
    ("XID_CONTINUE", "ucd/DerivedCoreProperties.txt", "XID_Continue"),
    ("VARIATION_SELECTOR", "ucd/PropList.txt", "Variation_Selector"),
    ("REGIONAL_INDICATOR", "ucd/PropList.txt", "Regional_Indicator"),
    ("EXTENDED_PICTOGRAPHIC", "ucd/emoji/emoji-data.txt", "Extended_Pictographic"),
    ("EMOJI_COMPONENT", "ucd/emoji/emoji-data.txt", "Emoji_Component"),
    ("NONCHARACTER", "ucd/PropList.txt", "Noncharacter_Code_Point"),
    ("MATH", "ucd/DerivedCoreProperties.txt", "Math"),
    ("DIACRITIC", "ucd/PropList.txt", "Diacritic"),
]
# Augmented script sets of UTS #39 §5.1, appended after the real scripts.
AUGMENTED = [("Hanb", "Han_with_Bopomofo"), ("Jpan", "Japanese"), ("Kore", "Korean")]


def missing_defaults(ucd, rel, arr, conv):
    """Applies '# @missing: lo..hi; Value' lines of a file, in file order."""
    with open(ucd.path(rel), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*@missing:\s*([0-9A-F]+)\.\.([0-9A-F]+)\s*;\s*([^;#]+?)\s*$", line)
            if m:
                v = conv(m.group(3))
                for c in range(int(m.group(1), 16), int(m.group(2), 16) + 1):
                    arr[c] = v


def scripts(ucd):
    """Returns (codes, longnames, sc array of indices, scx array of tuples)."""
    al = ucd.aliases("sc")
    shorts = sorted({s for s, _ in al.values()})
    first = ["Zyyy", "Zinh", "Zzzz"]
    codes = first + [s for s in shorts if s not in first]
    longs = [dict(al.values())[c] for c in codes]
    for code, name in AUGMENTED:
        codes.append(code)
        longs.append(name)
    assert len(codes) <= 256, "script sets are 256-bit"
    idx = {c: i for i, c in enumerate(codes)}
    sc = [idx["Zzzz"]] * NCP
    for lo, hi, f in ucd.ranges("ucd/Scripts.txt"):
        v = idx[al[f[0]][0]]
        for c in range(lo, hi + 1):
            sc[c] = v
    scx = [None] * NCP
    for lo, hi, f in ucd.ranges("ucd/ScriptExtensions.txt"):
        v = tuple(sorted(idx[al[s][0]] for s in f[0].split()))
        for c in range(lo, hi + 1):
            scx[c] = v
    for c in range(NCP):
        if scx[c] is None:
            scx[c] = (sc[c],)
    return codes, longs, sc, scx


def generate(ucd, out):
    ud = ucd.unicode_data()
    codes, longs, sc, scx = scripts(ucd)

    gc_idx = {g: i for i, g in enumerate(GC_ORDER)}
    gc = [0] * NCP
    digit = [15] * NCP
    lower = [0] * NCP
    upper = [0] * NCP
    title = [0] * NCP
    for c, f in ud.items():
        gc[c] = gc_idx[f[2]]
        if f[2] == "Nd":
            digit[c] = int(f[6])
        if f[13]:
            lower[c] = int(f[13], 16) - c
        if f[12]:
            upper[c] = int(f[12], 16) - c
        if f[14]:
            title[c] = int(f[14], 16) - c
        elif f[12]:
            title[c] = upper[c]

    bc_names = {}
    for short, long_ in ucd.aliases("bc").values():
        bc_names[short] = short
        bc_names[long_] = short
    bc_idx = {b: i for i, b in enumerate(BC_ORDER)}
    bc = [0] * NCP
    missing_defaults(ucd, "ucd/extracted/DerivedBidiClass.txt", bc,
                     lambda v: bc_idx[bc_names[v]])
    for lo, hi, f in ucd.ranges("ucd/extracted/DerivedBidiClass.txt"):
        v = bc_idx[bc_names[f[0]]]
        for c in range(lo, hi + 1):
            bc[c] = v

    jt_idx = {j: i for i, j in enumerate(JT_ORDER)}
    jt = [jt_idx["T"] if GC_ORDER[gc[c]] in ("Mn", "Me", "Cf") else 0 for c in range(NCP)]
    for lo, hi, f in ucd.ranges("ucd/ArabicShaping.txt"):
        for c in range(lo, hi + 1):
            jt[c] = jt_idx[f[1]]

    flags = [0] * NCP
    for bit, (_, rel, prop) in enumerate(FLAGS):
        for c in ucd.binary_prop(rel, prop):
            flags[c] |= 1 << bit

    idstat = [0] * NCP  # 1 = Allowed
    for lo, hi, f in ucd.ranges("security/IdentifierStatus.txt"):
        if f[0] == "Allowed":
            for c in range(lo, hi + 1):
                idstat[c] = 1
    idt_bit = {n: 1 << i for i, n in enumerate(IDTYPE_ORDER)}
    idtype = [idt_bit["Not_Character"]] * NCP
    for lo, hi, f in ucd.ranges("security/IdentifierType.txt"):
        v = 0
        for n in f[0].split():
            v |= idt_bit[n]
        for c in range(lo, hi + 1):
            idtype[c] = v

    fold = [0] * NCP
    full_fold = {}
    for f in ucd.lines("ucd/CaseFolding.txt"):
        c = int(f[0], 16)
        if f[1] in ("C", "S"):
            fold[c] = int(f[2], 16) - c
        elif f[1] == "F":
            full_fold[c] = [int(x, 16) for x in f[2].split()]

    # Case delta tuples, deduplicated.
    case_tab = {(0, 0, 0, 0): 0}
    case_of = [0] * NCP
    for c in range(NCP):
        t = (lower[c], upper[c], title[c], fold[c])
        i = case_tab.get(t)
        if i is None:
            i = case_tab[t] = len(case_tab)
        case_of[c] = i

    scx_tab = {}
    scx_of = [0] * NCP
    for c in range(NCP):
        t = scx[c]
        i = scx_tab.get(t)
        if i is None:
            i = scx_tab[t] = len(scx_tab)
        scx_of[c] = i

    rec_tab = {}
    rec_of = [0] * NCP
    # Record 0 is the record of an unassigned code point such as U+0378.
    zero = (gc[0x378], bc[0x378], sc[0x378], jt[0x378], flags[0x378], idstat[0x378],
            idtype[0x378], digit[0x378], scx_of[0x378], case_of[0x378])
    rec_tab[zero] = 0
    for c in range(NCP):
        t = (gc[c], bc[c], sc[c], jt[c], flags[c], idstat[c], idtype[c], digit[c],
             scx_of[c], case_of[c])
        i = rec_tab.get(t)
        if i is None:
            i = rec_tab[t] = len(rec_tab)
        rec_of[c] = i
    assert len(rec_tab) < 65536 and len(scx_tab) < 65536 and len(case_tab) < 65536

    trie = Trie(rec_of, "props")

    # Confusable prototypes: cp -> index into a pool of [len, cps...].
    pool = [0]
    conf_of = [0] * NCP
    for f in ucd.lines("security/confusables.txt"):
        src = int(f[0].lstrip("\ufeff"), 16)
        tgt = [int(x, 16) for x in f[1].split()]
        conf_of[src] = len(pool)
        pool.append(len(tgt))
        pool.extend(tgt)
    conf_trie = Trie(conf_of, "confusable")

    body = ['#include "props.gen.h"\n']
    recs = sorted(rec_tab.items(), key=lambda kv: kv[1])
    body.append("const us_props_rec us_props_records[%d] = {" % len(recs))
    body.append("\t/* gc, bc, sc, jt, idstatus, digit, flags, idtype, scx, cases */")
    for t, _ in recs:
        g, b, s, j, fl, st, it, d, x, cs = t
        body.append("\t{%2d, %2d, %3d, %d, %d, %2d, 0x%04X, 0x%03X, %3d, %4d}," %
                    (g, b, s, j, st, d, fl, it, x, cs))
    body.append("};\n")
    cases = sorted(case_tab.items(), key=lambda kv: kv[1])
    body.append("const us_case_rec us_case_records[%d] = {" % len(cases))
    body.append("\t/* lower, upper, title, fold (deltas) */")
    for t, _ in cases:
        body.append("\t{%7d, %7d, %7d, %7d}," % t)
    body.append("};\n")
    sets = sorted(scx_tab.items(), key=lambda kv: kv[1])
    flat = []
    offs = []
    for t, _ in sets:
        offs.append(len(flat))
        flat.append(len(t))
        flat.extend(t)
    body.append(c_array("us_scx_offsets", "uint16_t", offs))
    body.append(c_array("us_scx_pool", "uint8_t", flat))
    body.append("const char *const us_script_codes[US_SCRIPT_COUNT] = {")
    for i in range(0, len(codes), 8):
        body.append("\t" + " ".join('"%s",' % c for c in codes[i:i + 8]))
    body.append("};\n")
    body.append("const char *const us_script_names[US_SCRIPT_COUNT] = {")
    for n in longs:
        body.append('\t"%s",' % n)
    body.append("};\n")
    # Scripts written right to left: most of their letters have bidi class
    # R or AL (a bit per script).
    nlet = [0] * len(codes)
    nrtl = [0] * len(codes)
    for c, f in ud.items():
        if f[2][0] == "L":
            nlet[sc[c]] += 1
            nrtl[sc[c]] += BC_ORDER[bc[c]] in ("R", "AL")
    rtl_bits = [0] * 32
    for i in range(len(codes)):
        if nlet[i] and 2 * nrtl[i] > nlet[i]:
            rtl_bits[i >> 3] |= 1 << (i & 7)
    body.append(c_array("us_script_rtl", "uint8_t", rtl_bits))
    # Scripts with a virama of their own (a mark of canonical combining
    # class 9 whose script is theirs): Brahmic scripts, whose text asks for
    # conjunct, half and explicit-virama forms with ZWJ and ZWNJ.
    zyyy, zinh = codes.index("Zyyy"), codes.index("Zinh")
    vir_bits = [0] * 32
    for c, f in ud.items():
        if f[3] == "9" and sc[c] not in (zyyy, zinh):
            vir_bits[sc[c] >> 3] |= 1 << (sc[c] & 7)
    body.append(c_array("us_script_virama", "uint8_t", vir_bits))
    ff_keys = sorted(full_fold)
    body.append(c_array("us_full_fold_keys", "uint32_t", ff_keys))
    ffv = []
    for k in ff_keys:
        v = full_fold[k] + [0] * (3 - len(full_fold[k]))
        ffv.extend(v)
    body.append(c_array("us_full_fold_values", "uint32_t", ffv))
    body.append(trie.c_source())
    body.append(c_array("us_confusable_pool", "uint32_t", pool))
    body.append(conf_trie.c_source())
    write_file(out / "props.gen.c", ucd, GEN, "\n".join(body))

    tables_bytes = (trie.size + conf_trie.size + len(recs) * 12 + len(cases) * 16 +
                    len(offs) * 2 + len(flat) + len(pool) * 4 + len(ff_keys) * 16)
    h = ["#ifndef US_PROPS_GEN_H", "#define US_PROPS_GEN_H", "#include <stdint.h>", ""]
    h.append("#define US_SCRIPT_COUNT %d" % len(codes))
    h.append("#define US_SCRIPT_REAL_COUNT %d  /* before the augmented Hanb, Jpan, Kore */"
             % (len(codes) - len(AUGMENTED)))
    for i, c in enumerate(codes):
        h.append("#define US_SC_%s %d" % (c, i))
    for i, g in enumerate(GC_ORDER):
        h.append("#define US_GC_%s %d" % (g, i))
    for i, b in enumerate(BC_ORDER):
        h.append("#define US_BC_%s %d" % (b, i))
    for i, j in enumerate(JT_ORDER):
        h.append("#define US_JT_%s %d" % (j, i))
    for i, (n, _, _) in enumerate(FLAGS):
        h.append("#define US_F_%s 0x%04Xu" % (n, 1 << i))
    for i, n in enumerate(IDTYPE_ORDER):
        h.append("#define US_IDT_%s 0x%03Xu" % (n.upper(), 1 << i))
    h.append("""
typedef struct {
	uint8_t gc, bc, sc, jt, idstatus, digit; /* digit: 0..9, or 15 for none */
	uint16_t flags, idtype, scx, cases;
} us_props_rec;

typedef struct {
	int32_t lower, upper, title, fold;
} us_case_rec;

extern const us_props_rec us_props_records[%d];
extern const us_case_rec us_case_records[%d];
extern const uint16_t us_scx_offsets[%d];   /* scx index -> offset in pool */
extern const uint8_t us_scx_pool[%d];       /* [count, script...] */
extern const char *const us_script_codes[US_SCRIPT_COUNT];
extern const char *const us_script_names[US_SCRIPT_COUNT];
/* Bit sc of us_script_rtl: script sc is written right to left (most of its
 * letters have bidi class R or AL). */
extern const uint8_t us_script_rtl[32];
/* Bit sc of us_script_virama: script sc has a virama of its own (a mark of
 * canonical combining class 9): Brahmic scripts. */
extern const uint8_t us_script_virama[32];
#define US_FULL_FOLD_COUNT %d
extern const uint32_t us_full_fold_keys[%d];
extern const uint32_t us_full_fold_values[%d]; /* 3 per key, 0-padded */
extern const uint32_t us_confusable_pool[%d];  /* [len, cps...] */
""" % (len(recs), len(cases), len(offs), len(flat), len(ff_keys), len(ff_keys),
       len(ffv), len(pool)))
    h.append(trie.c_header())
    h.append(conf_trie.c_header())
    h.append("/* All property tables together: %d bytes. */" % tables_bytes)
    h.append("#define US_PROPS_TABLE_BYTES %d" % tables_bytes)
    h.append("\n#endif")
    write_file(out / "props.gen.h", ucd, GEN, "\n".join(h))
