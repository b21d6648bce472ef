"""Generates the scanner's lookalike tables: src/data/lookalike.gen.[ch].

For each code point that can stand in for a letter of another script (or for
a plain letter of its own script), the table lists what it imitates:

  * cross-script twins: letters that share a confusables.txt prototype, in
    different scripts (Cyrillic а / Latin a / Greek α), filtered to targets
    that are ordinary letters (Identifier_Type=Recommended), with the
    target's case matching the source's where possible (a target of the
    other case is kept as a "case alternative");
  * same-script exotic letters: a letter that is not Recommended (IPA ɑ,
    ɡ) whose twin in its own script is;
  * fancy-font letters: compatibility variants of letters (mathematical
    alphanumerics, fullwidth, circled, parenthesized, squared, superscript,
    subscript) and letters named "SMALL CAPITAL X", "NEGATIVE SQUARED/CIRCLED
    ... LETTER X";
  * the corrections of gen/data/lookalikes.txt (additions and denials, each
    with its reason).

Each entry is a uint32: target code point (bits 0-20), target script (bits
21-28), and flags: bit 29 FANCY, bit 30 STRONG (both letters are ordinary
letters of their scripts; on a FANCY entry bit 30 instead marks a superscript
or subscript form), bit 31 CASE_ALT (the target's case differs from the
source's).
"""
import collections
from pathlib import Path

import ucdlib
from ucdlib import NCP, Trie, c_array, write_file

GEN = "gen/gen_lookalike.py"
CURATED = Path(__file__).resolve().parent / "data" / "lookalikes.txt"
F_FANCY, F_STRONG, F_CASEALT = 1 << 29, 1 << 30, 1 << 31
MAX_SAME = 4  # candidates of the source's case kept per target script
F_WEAKFANCY = F_STRONG  # on FANCY entries, bit 30 means superscript/subscript
# Scripts restored into: the alphabets whose letters are mixed within words
# by obfuscators. Sources may be letters of any script (Cherokee, Lisu, ...).
TARGET_SCRIPTS = {"Latin", "Cyrillic", "Greek", "Armenian"}
# Compatibility forms that style a letter. Not <narrow>: the halfwidth forms
# are katakana and Hangul jamo, which Japanese and Korean text sets so by
# habit (legacy JIS X 0201 text, "ﾊﾟﾝﾀﾞ"), and which stand for no letter of
# the alphabets obfuscators imitate.
FANCY_TAGS = {"font", "wide", "circle", "square", "super", "sub", "small"}


def load(ucd):
    ud = ucd.unicode_data()
    sc = [None] * NCP
    for lo, hi, f in ucd.ranges("ucd/Scripts.txt"):
        for c in range(lo, hi + 1):
            sc[c] = f[0]
    rec = set()
    for lo, hi, f in ucd.ranges("security/IdentifierType.txt"):
        if f[0].split() == ["Recommended"]:
            rec.update(range(lo, hi + 1))
    return ud, sc, rec


def compat_full(ud, c, memo={}):
    """Full compatibility decomposition of c (list of code points)."""
    if c in memo:
        return memo[c]
    f = ud.get(c)
    if not f or not f[5]:
        r = [c]
    else:
        parts = f[5].split()
        if parts[0].startswith("<"):
            parts = parts[1:]
        r = []
        for p in parts:
            r.extend(compat_full(ud, int(p, 16)))
    memo[c] = r
    return r


def is_letter(ud, c):
    f = ud.get(c)
    return bool(f) and f[2][0] == "L"


def case_of(ud, c):
    g = ud[c][2]
    return "U" if g in ("Lu", "Lt") else "L" if g == "Ll" else "N"


def fancy_map(ud, sc):
    """cp -> (plain letter, weak) for fancy-font letters; weak marks the
    superscript and subscript forms, which genuine text uses in
    abbreviations (French Mme with superscripts)."""
    out = {}
    by_name = {}
    for c, f in ud.items():
        if f[1] and not f[1].startswith("<"):
            by_name[f[1]] = c
    for c, f in ud.items():
        dec = f[5]
        tgt = None
        weak = dec.startswith("<super>") or dec.startswith("<sub>")
        if dec.startswith("<"):
            tag = dec[1:dec.index(">")]
            full = compat_full(ud, c)
            if tag == "compat" and len(full) == 3 and full[0] == 0x28 and full[2] == 0x29:
                full = [full[1]]  # parenthesized letter
            elif tag not in FANCY_TAGS:
                continue
            if len(full) == 1 and full[0] != c and is_letter(ud, full[0]):
                tgt = full[0]
        name = f[1]
        if tgt is None and "SMALL CAPITAL " in name and not name.startswith("MODIFIER"):
            base = name.split("SMALL CAPITAL ")[1]
            script = name.split(" ")[0]
            if len(base) == 1:
                cand = by_name.get("%s SMALL LETTER %s" % (script, base))
                if cand is not None:
                    tgt = cand
        if tgt is None:
            for pre in ("NEGATIVE SQUARED LATIN CAPITAL LETTER ",
                        "NEGATIVE CIRCLED LATIN CAPITAL LETTER "):
                if name.startswith(pre) and len(name) == len(pre) + 1:
                    tgt = by_name["LATIN CAPITAL LETTER " + name[-1]]
        # Only forms of the alphabets obfuscators imitate: circled katakana
        # and Hangul (list markers), circled and squared ideographs (㊀,
        # rich's spinner "㊂㊀㊁"), Hebrew wide letters (justification) and
        # Arabic mathematical letters are their scripts' own typography.
        if tgt is not None and f[2] != "Nd" and sc[tgt] in TARGET_SCRIPTS:
            out[c] = (tgt, weak)
    return out


def generate(ucd, out):
    ud, sc, rec = load(ucd)
    fancy = fancy_map(ud, sc)

    # Confusable classes restricted to letters that are not fancy.
    proto = {}
    for f in ucd.lines("security/confusables.txt"):
        proto[int(f[0].lstrip("\ufeff"), 16)] = tuple(int(x, 16) for x in f[1].split())
    classes = collections.defaultdict(set)
    for s, p in proto.items():
        classes[p].add(s)
        if len(p) == 1:
            classes[p].add(p[0])
    # Canonical decompositions, for letters with marks.
    canon = {}
    for c, f in ud.items():
        d = f[5]
        if d and not d.startswith("<"):
            canon[c] = [int(x, 16) for x in d.split()]

    def nfd(c):
        return [x for p in canon[c] for x in nfd(p)] if c in canon else [c]

    pairs = {}  # (src, tgt) -> strong?
    for members in classes.values():
        ms = [c for c in members if is_letter(ud, c) and c not in fancy]
        for s in ms:
            for t in ms:
                if s == t or t not in rec or sc[t] not in TARGET_SCRIPTS:
                    continue
                if s in rec and sc[s] not in TARGET_SCRIPTS:
                    # A Recommended letter of another script (Arabic
                    # heh, Hebrew samekh, Ethiopic) is a letter of a
                    # living script that is never restored into, not a
                    # stand-in: text in it is never changed.
                    continue
                if sc[s] == sc[t] and s in rec and not (t < 0x80 and s >= 0x80):
                    # Two ordinary letters of one script are not a
                    # substitution, except a non-ASCII Latin letter
                    # standing for an ASCII one (dotless ı for i).
                    continue
                if sc[s] == sc[t] and s in canon and t in canon and nfd(s)[0] == nfd(t)[0]:
                    # One letter with two different marks (t with cedilla
                    # and t with comma below, i with breve and i with
                    # caron) is two letters of real orthographies and
                    # transliterations (legacy Romanian and Gagauz ţ,
                    # McCune-Reischauer ŏ, ĭ in transliterated Slavic and
                    # Arabic names), not a stand-in for one another.
                    continue
                pairs[(s, t)] = s in rec and t in rec

    denied = set()
    usual = set()  # (src, tgt): tgt is the first reading of src in its script
    styled = set()  # sources whose curated readings stand in words with fancy letters only
    for f in (l.split("#")[0] for l in CURATED.read_text(encoding="utf-8").splitlines()):
        if not f.strip():
            continue
        src, tgt, action, _ = [x.strip() for x in f.split(";", 3)]
        s, t = int(src, 16), int(tgt, 16)
        if action == "deny":
            denied.update({(s, t), (t, s)})
            pairs.pop((s, t), None)
            pairs.pop((t, s), None)
        elif action in ("add", "strong", "add-to", "usual", "styled"):
            strong = action == "strong"
            pairs[(s, t)] = strong
            if action == "usual":
                usual.add((s, t))
            elif action == "styled":
                styled.add(s)
            elif action != "add-to":
                pairs[(t, s)] = strong
        else:
            raise SystemExit("%s: unknown action %r" % (CURATED, action))

    # Precomposed letters inherit their base letter's twins, with the same
    # marks: ё (е + U+0308) -> ë, ά (α + U+0301) -> á.
    by_nfd = {}
    for c in canon:
        if is_letter(ud, c) and c in rec:
            by_nfd.setdefault(tuple(nfd(c)), c)
    for c in sorted(canon):
        full = nfd(c)
        if not is_letter(ud, c) or len(full) < 2 or c in fancy:
            continue
        base, marks = full[0], tuple(full[1:])
        for (s0, t0), strong in list(pairs.items()):
            if s0 != base:
                continue
            t = by_nfd.get((t0,) + marks)
            if t is not None and (c, t) not in denied:
                pairs.setdefault((c, t), strong and c in rec)

    # A fancy letter standing for a letter that is not Recommended but has
    # a twin in its own script that is (mathematical italic dotless j for
    # ȷ, whose twin is j) stands for that twin: clean writes it at once,
    # not ȷ, which a second clean would restore to j.
    for c, (t, weak) in list(fancy.items()):
        if t in rec:
            continue
        own = sorted((t2 for (s2, t2) in pairs if s2 == t and sc[t2] == sc[t] and t2 in rec),
                     key=lambda t2: ((t, t2) not in usual, t2 >= 0x80, t2))
        if own:
            fancy[c] = (own[0], weak)

    entries = collections.defaultdict(list)
    by_src_script = collections.defaultdict(list)
    for (s, t), strong in pairs.items():
        by_src_script[(s, sc[t])].append((t, strong))
    for (s, tscript), cands in sorted(by_src_script.items()):
        cs = case_of(ud, s)
        same = sorted(t for t, _ in cands if case_of(ud, t) == cs or cs == "N")
        other = sorted(t for t, _ in cands if t not in same)
        strong = dict(cands)
        # Every candidate is kept (the scanner picks among them by
        # plausibility): strong twins first, then by code point, so the
        # first entry is the usual reading; then one of the other case.
        same.sort(key=lambda t: ((s, t) not in usual, t >= 0x80, not strong[t], t))
        chosen = [(t, 0) for t in same[:MAX_SAME]]
        if other:
            other.sort(key=lambda t: (t >= 0x80, not strong[t], t))
            chosen.append((other[0], F_CASEALT))
        for t, fl in chosen:
            entries[s].append((t, tscript, fl | (F_STRONG if strong[t] else 0)))
    for s, (t, weak) in fancy.items():
        entries[s].insert(0, (t, sc[t], F_FANCY | (F_WEAKFANCY if weak else 0)))

    # Anchors must neither appear nor vanish when clean restores a letter,
    # or a second clean would count the paragraph differently. So anchor
    # status is shared by the letters that entries link into a group (ƒ and
    # f; Cherokee Ꮮ and L): the letters of a group are anchors when its
    # Recommended letters are all of one script T, and none otherwise. The
    # scanner counts a letter that is not Recommended (Cherokee Ꮮ, Komi ԁ)
    # in such a group as an anchor of T, as it counts a fancy letter.
    # Groups are made by the Recommended letters' entries. A letter that is
    # not Recommended keeps fewer readings rather than make anchors of
    # Recommended letters non-anchors: only its own script's reading when
    # that is an anchor; none into an anchor group of a script where it
    # has another reading, or, without a reading in its own script, when
    # it has a reading that is no anchor. Else it joins the groups it
    # reads into (Bulgarian ѝ reads й and ù: ù is then no anchor). The
    # letters of mixed groups that have no twin of their own (ù) are
    # listed as "imitated", so the scanner does not take them for anchors.
    # test_scan checks the result for every entry.
    def cross_of(c):
        return [t for t, ts, fl in entries.get(c, ()) if not fl & F_FANCY and ts != sc[c]]

    def groups_of(letters):
        parent = {}

        def find(c):
            while parent.setdefault(c, c) != c:
                parent[c] = parent[parent[c]]
                c = parent[c]
            return c
        for c in letters:
            for t, _, fl in entries.get(c, ()):
                if not fl & F_FANCY:
                    parent[find(c)] = find(t)
        scripts = collections.defaultdict(set)
        for c in parent:
            if c in rec:
                scripts[find(c)].add(sc[c])
        return parent, (lambda c: len(scripts[find(c)]) <= 1)

    _, anchored = groups_of([c for c in entries if c in rec])
    for c in sorted(entries):
        if c in rec:
            continue
        reads = [(t, ts) for t, ts, fl in entries[c] if not fl & F_FANCY]
        own = [t for t, ts in reads if ts == sc[c]]
        if own and all(anchored(t) for t in own):
            # A form of an anchor of its script (Greek pi symbol ϖ is π,
            # Latin ẝ is f): only that reading.
            drop = {t for t, ts in reads if ts != sc[c]}
        else:
            # Small capital ᴑ in a Greek word is ο, not σ; Coptic ⲡ reads
            # as Cyrillic п, and not as Greek π.
            plain = {ts for t, ts in reads if not anchored(t)}
            drop = {t for t, ts in reads if anchored(t) and (ts in plain or (plain and not own))}
        entries[c] = [e for e in entries[c] if e[2] & F_FANCY or e[0] not in drop]
    parent, anchored = groups_of(list(entries))
    imitated = sorted(c for c in parent if not anchored(c) and not cross_of(c))

    scripts = sorted({e[1] for v in entries.values() for e in v})
    al = ucd.aliases("sc")
    # Script numbering must match gen_props: index = position in its list.
    import gen_props  # noqa: E402  (same folder)
    codes, _, _, _ = gen_props.scripts(ucd)
    sidx = {al[s][0]: codes.index(al[s][0]) for s in scripts}

    pool = [0]
    idx = [0] * NCP
    for s in sorted(entries):
        es = entries[s]
        idx[s] = len(pool)
        pool.append(len(es))
        for t, tscript, fl in es:
            pool.append(t | (sidx[al[tscript][0]] << 21) | fl)
    trie = Trie(idx, "lookalike")
    body = ['#include "lookalike.gen.h"\n', c_array("us_lookalike_pool", "uint32_t", pool),
            c_array("us_lookalike_imitated", "uint32_t", imitated),
            c_array("us_lookalike_styled", "uint32_t", sorted(styled)), trie.c_source()]
    write_file(out / "lookalike.gen.c", ucd, GEN, "\n".join(body))
    h = ["#ifndef US_LOOKALIKE_GEN_H", "#define US_LOOKALIKE_GEN_H", "#include <stdint.h>", "",
         "#define US_LK_FANCY 0x%08Xu" % F_FANCY, "#define US_LK_STRONG 0x%08Xu" % F_STRONG,
         "#define US_LK_CASEALT 0x%08Xu" % F_CASEALT,
         "#define US_LK_WEAKFANCY 0x%08Xu /* with US_LK_FANCY */" % F_WEAKFANCY,
         "#define US_LK_TARGET(e) ((e) & 0x1FFFFFu)",
         "#define US_LK_SCRIPT(e) (((e) >> 21) & 0xFFu)",
         "/* %d code points with entries, %d entries. */" % (len(entries), len(pool) - len(entries) - 1),
         "extern const uint32_t us_lookalike_pool[%d]; /* [count, entries...] */" % len(pool),
         "/* Letters of lookalike groups mixing scripts that have no twin of their",
         " * own: no anchors (gen_lookalike.py), ascending. */",
         "#define US_LOOKALIKE_IMITATED_COUNT %d" % len(imitated),
         "extern const uint32_t us_lookalike_imitated[%d];" % len(imitated),
         "/* Letters whose readings stand only in words with fancy letters (a",
         " * stand-in of styled text, a letter of its own elsewhere: 'styled' in",
         " * gen/data/lookalikes.txt), ascending. */",
         "#define US_LOOKALIKE_STYLED_COUNT %d" % len(styled),
         "extern const uint32_t us_lookalike_styled[%d];" % len(styled),
         trie.c_header(),
         "#define US_LOOKALIKE_TABLE_BYTES %d" % (trie.size + 4 * len(pool) + 4 * len(imitated) +
                                                 4 * len(styled)),
         "#endif"]
    write_file(out / "lookalike.gen.h", ucd, GEN, "\n".join(h))
