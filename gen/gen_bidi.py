"""Generates the small tables that UTS #39's bidi skeleton and hidden-overlay
check need beyond props.gen: src/data/bidi.gen.[ch].

 - Bidi_Paired_Bracket and Bidi_Paired_Bracket_Type (BidiBrackets.txt), for
   rule N0 of the Unicode Bidirectional Algorithm;
 - Bidi_Mirroring_Glyph (BidiMirroring.txt), for rule L4;
 - Soft_Dotted (PropList.txt), for the hidden-overlay check of UTS #39 §5.4.

All three are sorted arrays searched by binary search (they are small).
"""
from ucdlib import c_array, write_file

GEN = "gen/gen_bidi.py"


def generate(ucd, out):
    brackets = []  # (cp, pair, 0 open / 1 close)
    for lo, hi, f in ucd.ranges("ucd/BidiBrackets.txt"):
        assert lo == hi
        brackets.append((lo, int(f[0], 16), 0 if f[1] == "o" else 1))
    brackets.sort()
    mirror = []
    for lo, hi, f in ucd.ranges("ucd/BidiMirroring.txt"):
        assert lo == hi
        mirror.append((lo, int(f[0], 16)))
    mirror.sort()
    soft = sorted(ucd.binary_prop("ucd/PropList.txt", "Soft_Dotted"))
    ranges = []
    for c in soft:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])

    h = []
    h.append("#ifndef US_BIDI_GEN_H\n#define US_BIDI_GEN_H\n#include <stdint.h>\n\n")
    h.append("/* Bidi_Paired_Bracket: sorted by cp; type 0 = Open, 1 = Close. */\n")
    h.append("#define US_BRACKET_COUNT %d\n" % len(brackets))
    h.append("extern const uint32_t us_bracket_cp[%d];\n" % len(brackets))
    h.append("extern const uint32_t us_bracket_pair[%d];\n" % len(brackets))
    h.append("extern const uint8_t us_bracket_type[%d];\n\n" % len(brackets))
    h.append("/* Bidi_Mirroring_Glyph: sorted by cp. */\n")
    h.append("#define US_MIRROR_COUNT %d\n" % len(mirror))
    h.append("extern const uint32_t us_mirror_cp[%d];\n" % len(mirror))
    h.append("extern const uint32_t us_mirror_glyph[%d];\n\n" % len(mirror))
    h.append("/* Soft_Dotted as sorted inclusive ranges [lo, hi]. */\n")
    h.append("#define US_SOFT_DOTTED_COUNT %d\n" % len(ranges))
    h.append("extern const uint32_t us_soft_dotted[%d][2];\n\n#endif\n" % len(ranges))
    write_file(out / "bidi.gen.h", ucd, GEN, "".join(h))

    c = ['#include "data/bidi.gen.h"\n\n']
    c.append(c_array("us_bracket_cp", "uint32_t", [b[0] for b in brackets]))
    c.append(c_array("us_bracket_pair", "uint32_t", [b[1] for b in brackets]))
    c.append(c_array("us_bracket_type", "uint8_t", [b[2] for b in brackets]))
    c.append(c_array("us_mirror_cp", "uint32_t", [m[0] for m in mirror]))
    c.append(c_array("us_mirror_glyph", "uint32_t", [m[1] for m in mirror]))
    rows = "\n".join("\t{%d, %d}," % (lo, hi) for lo, hi in ranges)
    c.append("const uint32_t us_soft_dotted[%d][2] = {\n%s\n};\n" % (len(ranges), rows))
    write_file(out / "bidi.gen.c", ucd, GEN, "\n".join(c))
