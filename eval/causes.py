"""Why obfuscated documents are not restored exactly: each differing place
between the original and the cleaned text, classified.

    from causes import diff_causes
    for d in diff_causes(orig, cleaned, edits): print(d["cause"], d["want"], d["got"])

Causes (d["cause"]):
  kept-pure       a substituted letter left as it was, in a word whose letters
                  are all substitutes (a word written wholly in lookalikes)
  kept-mixed      a substituted letter left, in a word with genuine letters
  wrong-case      restored to the right letter in the wrong case
  wrong-letter    restored to another letter (т read as m, ǀ as I, ...)
  collateral      a letter the obfuscator did not touch was changed
  insertion-left  an inserted invisible character or combining mark is left
  other           anything else (alignment across several edits)
d also has the original word, the obfuscated word, the cleaned word and
its length in letters ("short" when <= 2)."""
import re
import unicodedata

TOKEN_RE = re.compile(r"\s+|\S+")


def _word_at(text, i):
    """(start, end) of the run of letters/marks around index i (may be empty)."""
    def wordish(c):
        return c.isalpha() or unicodedata.category(c)[0] == "M"
    a = i
    while a > 0 and wordish(text[a - 1]):
        a -= 1
    b = i
    while b < len(text) and wordish(text[b]):
        b += 1
    return a, b


def _obf_slice(orig, subs, ins, a, b):
    out = []
    for k in range(a, b):
        out.append(ins.get(k, ""))
        out.append(subs.get(k, orig[k]))
    return "".join(out)


def diff_causes(orig, cleaned, edits, opcodes, stray=(), tolerated=None):
    subs = {i: r for i, o, r in edits if o}
    ins = {}
    for i, o, r in edits:
        if not o:
            ins[i] = ins.get(i, "") + r
    out = []
    for op in opcodes(orig, cleaned):
        tag, i1, i2, j1, j2 = op
        if tag == "equal" or (tolerated and tolerated(op, stray)):
            continue
        want, got = orig[i1:i2], cleaned[j1:j2]
        causes = []
        if tag == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                w, g = orig[i1 + k], cleaned[j1 + k]
                if w == g:
                    continue
                if i1 + k in subs:
                    if g == subs[i1 + k]:
                        causes.append("kept")
                    elif g.lower() == w.lower() or g.upper() == w.upper():
                        causes.append("wrong-case")
                    else:
                        causes.append("wrong-letter")
                else:
                    causes.append("collateral")
        elif tag == "insert" and any(k in ins for k in (i1,)):
            causes.append("insertion-left")
        elif all(unicodedata.category(c)[0] in "CM" for c in got) and \
                any(k in ins for k in range(i1, i2 + 1)):
            causes.append("insertion-left")
        else:
            causes.append("other")
        cause = max(set(causes), key=causes.count) if causes else "other"
        a, b = _word_at(orig, i1)
        if a == b:
            a, b = i1, max(i2, i1 + 1)
        letters = sum(1 for c in orig[a:b] if c.isalpha())
        nsub = sum(1 for k in range(a, b) if k in subs and orig[k].isalpha())
        if cause == "kept":
            cause = "kept-pure" if nsub == letters else "kept-mixed"
        obfw = _obf_slice(orig, subs, ins, a, b)
        out.append({"cause": cause, "at": i1, "want": want, "got": got,
                    "word": orig[a:b], "obf": obfw,
                    "obfchars": "".join(subs.get(k, "") for k in range(i1, i2)),
                    "short": letters <= 2,
                    "ctx": orig[max(0, a - 30):a] + "[" + orig[a:b] + "]" + orig[b:b + 30]})
    return out
