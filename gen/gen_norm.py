"""Normalization tables (UAX #15) and the NFKC_Casefold mapping.

Writes src/data/norm.gen.c and src/data/norm.gen.h.

One trie lookup per code point gives a 32-bit value (see US_NORM_* in the
header):

    bits  0..7   canonical combining class
    bit   8      NFD_Quick_Check = No  (has a canonical decomposition)
    bit   9      NFKD_Quick_Check = No (has a compatibility decomposition)
    bits 10..11  NFC_Quick_Check  (0 Yes, 1 No, 2 Maybe)
    bits 12..13  NFKC_Quick_Check (0 Yes, 1 No, 2 Maybe)
    bit  14      NFKC_Casefold(cp) != cp
    bit  15      0
    bits 16..31  index of the code point's record in us_norm_pool (0: none)

A record in us_norm_pool (uint16_t, UTF-16 code units):

    header  bits 0..3  length of the full canonical decomposition (units)
            bits 4..8  length of the full compatibility decomposition (units);
                       0 means "same as the canonical one"
            bits 9..15 number of primary composition pairs whose first
                       character is this code point
    the canonical decomposition units, then the compatibility units, then
    (only if the pair count is non-zero) one unit: the index of the first
    pair in us_norm_comp.

us_norm_comp holds (second, composite) uint32_t pairs grouped by first
character and sorted by second within a group.

Hangul syllables are decomposed and composed algorithmically and have no
records. The NFKC_Casefold mapping is a second trie (nfkccf) whose value
indexes a record in us_norm_cf_pool: one header unit (the length in units)
followed by the mapping in UTF-16; only code points with bit 14 set are
looked up there.
"""
from pathlib import Path

import ucdlib

GEN = "gen/gen_norm.py"
SBASE, SCOUNT = 0xAC00, 11172


def _utf16(cps):
    out = []
    for c in cps:
        if c >= 0x10000:
            c -= 0x10000
            out += [0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)]
        else:
            out.append(c)
    return out


def _hangul_decomp(c):
    s = c - SBASE
    l_, v, t = 0x1100 + s // 588, 0x1161 + (s % 588) // 28, 0x11A7 + s % 28
    return [l_, v] if t == 0x11A7 else [l_, v, t]


def generate(ucd, out_dir):
    out_dir = Path(out_dir)
    ud = ucd.unicode_data()
    ccc = [0] * ucdlib.NCP
    canon_raw = {}
    compat_raw = {}
    for cp, f in ud.items():
        ccc[cp] = int(f[3])
        d = f[5]
        if not d:
            continue
        if d.startswith("<"):
            compat_raw[cp] = [int(x, 16) for x in d.split(">", 1)[1].split()]
        else:
            canon_raw[cp] = [int(x, 16) for x in d.split()]

    def full(cp, compat, memo):
        if cp in memo:
            return memo[cp]
        m = canon_raw.get(cp)
        if m is None and compat:
            m = compat_raw.get(cp)
        if m is None:
            r = [cp]
        else:
            r = []
            for x in m:
                r += full(x, compat, memo)
        memo[cp] = r
        return r

    nfd_memo, nfkd_memo = {}, {}
    canon = {cp: full(cp, False, nfd_memo) for cp in canon_raw}
    compat = {cp: full(cp, True, nfkd_memo) for cp in list(canon_raw) + list(compat_raw)}

    # Full_Composition_Exclusion: the exclusion table, singletons and
    # non-starter decompositions. Cross-check with the derived property.
    excl = set()
    for lo, hi, _ in ucd.ranges("ucd/CompositionExclusions.txt"):
        excl.update(range(lo, hi + 1))
    fce = set(excl)
    for cp, m in canon_raw.items():
        if len(m) == 1 or ccc[cp] != 0 or ccc[m[0]] != 0:
            fce.add(cp)
    derived = ucd.binary_prop("ucd/DerivedNormalizationProps.txt",
                              "Full_Composition_Exclusion")
    if fce != derived:
        raise SystemExit("gen_norm: Full_Composition_Exclusion disagrees with "
                         "DerivedNormalizationProps.txt: only computed %s, only derived %s"
                         % (sorted(fce - derived)[:10], sorted(derived - fce)[:10]))

    pairs = {}  # first -> {second: composite}
    for cp, m in sorted(canon_raw.items()):
        if cp in fce:
            continue
        assert len(m) == 2, "primary composite U+%04X is not a pair" % cp
        pairs.setdefault(m[0], {})[m[1]] = cp

    # Quick-check values.
    qc = {"NFD_QC": {}, "NFKD_QC": {}, "NFC_QC": {}, "NFKC_QC": {}}
    cf_map = {}
    for lo, hi, f in ucd.ranges("ucd/DerivedNormalizationProps.txt"):
        if f[0] in qc:
            v = {"N": 1, "M": 2}[f[1]]
            for c in range(lo, hi + 1):
                qc[f[0]][c] = v
        elif f[0] == "NFKC_CF":
            m = [int(x, 16) for x in f[1].split()] if len(f) > 1 else []
            for c in range(lo, hi + 1):
                cf_map[c] = m
    # Sanity: the decomposition quick checks match the mappings.
    for c in range(ucdlib.NCP):
        hangul = SBASE <= c < SBASE + SCOUNT
        if bool(qc["NFD_QC"].get(c)) != (c in canon or hangul):
            raise SystemExit("gen_norm: NFD_QC disagrees at U+%04X" % c)
        if bool(qc["NFKD_QC"].get(c)) != (c in compat or hangul):
            raise SystemExit("gen_norm: NFKD_QC disagrees at U+%04X" % c)
        # Maybe for NFC must mean "can be the second of a pair" (or a
        # Hangul V/T jamo) for the composition boundary logic in norm.c.
    seconds = {s for p in pairs.values() for s in p}
    seconds.update(range(0x1161, 0x1176))
    seconds.update(range(0x11A8, 0x11C3))
    nfc_maybe = {c for c, v in qc["NFC_QC"].items() if v == 2 and c not in canon}
    if nfc_maybe != seconds:
        raise SystemExit("gen_norm: NFC_QC=Maybe differs from the composition seconds")
    # A starter with NFC_QC=Yes must decompose to a starter that is not a
    # second (norm.c treats it as a composition boundary).
    for c, d in canon.items():
        if ccc[c] == 0 and not qc["NFC_QC"].get(c) and (ccc[d[0]] or d[0] in seconds):
            raise SystemExit("gen_norm: U+%04X is NFC_QC=Y but not a boundary" % c)
    for c, v in qc["NFKC_QC"].items():
        if v == 2 and qc["NFC_QC"].get(c) != 2:
            raise SystemExit("gen_norm: NFKC_QC=M but NFC_QC!=M at U+%04X" % c)

    # Records.
    pool = [0]
    comp = []
    rec_index = {}
    for c in sorted(set(canon) | set(compat) | set(pairs)):
        cu = _utf16(canon[c]) if c in canon else []
        ku = _utf16(compat[c]) if c in compat else []
        if ku == cu:
            ku = []
        p = sorted(pairs.get(c, {}).items())
        if len(cu) > 15 or len(ku) > 31 or len(p) > 127:
            raise SystemExit("gen_norm: record for U+%04X does not fit" % c)
        rec_index[c] = len(pool)
        pool.append(len(cu) | (len(ku) << 4) | (len(p) << 9))
        pool += cu + ku
        if p:
            pool.append(len(comp) // 2)
            for s, composite in p:
                comp += [s, composite]
    if len(pool) > 0xFFFF or len(comp) // 2 > 0xFFFF:
        raise SystemExit("gen_norm: pool too large")

    cf_pool = [0]
    cf_seen = {}
    cf_vals = [0] * ucdlib.NCP
    for c in sorted(cf_map):
        m = cf_map[c]
        if m == [c]:
            continue
        u = tuple(_utf16(m))
        if u not in cf_seen:  # identical mappings (e.g. to "") share a record
            cf_seen[u] = len(cf_pool)
            cf_pool.append(len(u))
            cf_pool += u
        cf_vals[c] = cf_seen[u]
    if len(cf_pool) > 0xFFFF:
        raise SystemExit("gen_norm: NFKC_CF pool too large")

    vals = [0] * ucdlib.NCP
    for c in range(ucdlib.NCP):
        v = ccc[c]
        if qc["NFD_QC"].get(c):
            v |= 1 << 8
        if qc["NFKD_QC"].get(c):
            v |= 1 << 9
        v |= qc["NFC_QC"].get(c, 0) << 10
        v |= qc["NFKC_QC"].get(c, 0) << 12
        if cf_vals[c]:
            v |= 1 << 14
        v |= rec_index.get(c, 0) << 16
        vals[c] = v

    main = ucdlib.Trie(vals, "norm")
    cft = ucdlib.Trie(cf_vals, "nfkccf")
    pool_bytes = 2 * len(pool)
    comp_bytes = 4 * len(comp)
    cf_pool_bytes = 2 * len(cf_pool)
    total = main.size + cft.size + pool_bytes + comp_bytes + cf_pool_bytes

    src = ['#include "norm.gen.h"\n',
           main.c_source(),
           cft.c_source(),
           ucdlib.c_array("us_norm_pool", "uint16_t", pool),
           ucdlib.c_array("us_norm_comp", "uint32_t", comp),
           ucdlib.c_array("us_norm_cf_pool", "uint16_t", cf_pool)]
    ucdlib.write_file(out_dir / "norm.gen.c", ucd, GEN, "\n".join(src))

    hdr = [
        "#ifndef US_DATA_NORM_GEN_H\n#define US_DATA_NORM_GEN_H\n\n#include <stdint.h>\n",
        "/* Layout of the us_norm_get() value and of the pools: see gen/gen_norm.py. */",
        "#define US_NORM_CCC_MASK    0xFFu",
        "#define US_NORM_NFD_NO      0x100u",
        "#define US_NORM_NFKD_NO     0x200u",
        "#define US_NORM_NFC_SHIFT   10",
        "#define US_NORM_NFKC_SHIFT  12",
        "#define US_NORM_QC_NO       1u",
        "#define US_NORM_QC_MAYBE    2u",
        "#define US_NORM_CF_CHANGES  0x4000u",
        "#define US_NORM_REC_SHIFT   16",
        "/* Record header fields. */",
        "#define US_NORM_REC_CANON(h)  ((h) & 0xFu)",
        "#define US_NORM_REC_COMPAT(h) (((h) >> 4) & 0x1Fu)",
        "#define US_NORM_REC_NPAIRS(h) ((unsigned)(h) >> 9)",
        "/* Longest full decomposition and NFKC_CF mapping, in code points. */",
        "#define US_NORM_MAX_DECOMP %d" % max(len(v) for v in compat.values()),
        "#define US_NORM_MAX_CANON %d" % max(len(v) for v in canon.values()),
        "#define US_NORM_MAX_CF %d" % max(len(v) for v in cf_map.values()),
        "/* Sizes in bytes: trie %d, NFKC_CF trie %d, pool %d, pairs %d, NFKC_CF pool %d. */"
        % (main.size, cft.size, pool_bytes, comp_bytes, cf_pool_bytes),
        "#define US_NORM_TABLE_BYTES %d\n" % total,
        main.c_header(),
        cft.c_header(),
        "extern const uint16_t us_norm_pool[%d];" % len(pool),
        "extern const uint32_t us_norm_comp[%d];" % len(comp),
        "extern const uint16_t us_norm_cf_pool[%d];" % len(cf_pool),
        "\n#endif",
    ]
    ucdlib.write_file(out_dir / "norm.gen.h", ucd, GEN, "\n".join(hdr))
    print("gen_norm: trie %d + cf trie %d + pool %d + pairs %d + cf pool %d = %d bytes"
          % (main.size, cft.size, pool_bytes, comp_bytes, cf_pool_bytes, total))
