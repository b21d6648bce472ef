#!/usr/bin/python3
"""Documents in sequence: does what comes before or after a document change
how unspoof cleans it?

A stream of posts, a comment thread or a page of several languages is one
text to unspoof: what it learnt from one paragraph (the dominant script,
evidence of obfuscation, the letters of an alphabet) is carried to the next.
This builds texts of 1-3 genuine documents, one obfuscated document (every
family and rate eval/obfuscate.py has, seeds fixed) and 0-1 genuine
documents, joined by blank lines, cleans each text whole and the obfuscated
document alone, and reports where the text's result differs from the
genuine documents plus the document cleaned alone:

  worse     the obfuscated document came out exact alone, not in the text
  better    the other way round
  genuine   a genuine document changed in the text, where its changed words
            were written in one script (damage)
  mixed     a genuine document changed in the text, only in words that mix
            scripts (an author's slip, such as Cyrillic "полезeн" with a
            Latin e, that the obfuscation nearby made clear: a fix)
  other     the obfuscated document differs alone and in the text, inexact
            both times

    eval/context.py --unspoof build/unspoof [--corpus DIR] [--texts N]
                    [--seed S] [--show N] [--strict]

Documents 0101-0400 of each language of DIR (default eval/corpus; never the
scored 0001-0100). Exit status 0, 2 on a setup error, and with --strict 1
if more than 1% of the texts are worse or damage a genuine document (a
regression guard for CI: no issue sets a target here; session 21 measured
2 and 3 of 600 with the defaults).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

EVAL = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, EVAL)
import obfuscate as ob  # noqa: E402

RATES = [0.05, 0.1, 0.3, 0.6, 1.0]


def load(corpus):
    docs = []
    for lang in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, lang)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f[:4].isdigit() and 100 < int(f[:4]) <= 400:
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    t = fh.read().strip("\n")
                if t:
                    docs.append((lang + "/" + f, t))
    return docs


def clean(unspoof, tmp, text):
    path = os.path.join(tmp, "in.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    r = subprocess.run([unspoof, "clean", path], capture_output=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError("unspoof clean failed (%d): %s" % (r.returncode, r.stderr[:200]))
    return r.stdout.decode("utf-8", "surrogateescape")


def script_of(ch):
    name = unicodedata.name(ch, "")
    for s in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU"):
        if name.startswith(s) or (" " + s + " ") in name:
            return s
    return None


def changed_words(a, b):
    """The words of a (whitespace-separated) that differ in b, where a and b
    have as many words; None if they do not."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return None
    return [x for x, y in zip(wa, wb) if x != y]


def mixed(word):
    return len({s for s in map(script_of, word) if s}) > 1


def snippet(a, b):
    k = len(os.path.commonprefix([a, b]))
    lo = max(0, k - 40)
    return "%r -> %r" % (a[lo:k + 30], b[lo:k + 30])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unspoof", required=True)
    ap.add_argument("--corpus", default=os.path.join(EVAL, "corpus"))
    ap.add_argument("--texts", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=10, help="cases to print per class")
    ap.add_argument("--joint", default="\\n\\n",
                    help="what joins the documents, with backslash escapes (default \\n\\n: "
                         "a blank line; \\n puts a document's first line in the paragraph "
                         "of the one before)")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 if worse or genuine damage exceeds 1%% of the texts")
    a = ap.parse_args(argv)
    if not os.path.isdir(a.corpus):
        print("context: %s missing (make eval-corpus)" % a.corpus, file=sys.stderr)
        return 2
    docs = load(a.corpus)
    if not docs:
        print("context: no documents 0101-0400 in %s" % a.corpus, file=sys.stderr)
        return 2
    joint = a.joint.encode().decode("unicode_escape")
    if not joint or joint.strip():
        print("context: --joint must be white space", file=sys.stderr)
        return 2
    rng = random.Random(a.seed)
    counts = {k: 0 for k in ("worse", "better", "genuine", "mixed", "other", "same")}
    shown = {k: 0 for k in counts}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(a.texts):
            pre = [rng.choice(docs) for _ in range(rng.randint(1, 3))]
            name, text = rng.choice(docs)
            post = [rng.choice(docs) for _ in range(rng.randint(0, 1))]
            fam = rng.choice(sorted(ob.families_for(text)))
            rate = rng.choice(RATES)
            obf = ob.obfuscate(text, fam, rate, seed="%s/%d" % (name, i))[0]
            alone = clean(a.unspoof, tmp, obf)
            whole = clean(a.unspoof, tmp, joint.join([t for _, t in pre] + [obf] +
                                                   [t for _, t in post]))
            # The text's result, cut where the documents were joined (the
            # cleaned documents keep their joints: unspoof never changes
            # white space).
            parts = whole.split(joint)
            sizes = [t.count(joint) + 1 for _, t in pre] + [obf.count(joint) + 1] + \
                    [t.count(joint) + 1 for _, t in post]
            if len(parts) != sum(sizes):
                raise RuntimeError("text %d: paragraphs changed in number" % i)
            outs, k = [], 0
            for n in sizes:
                outs.append(joint.join(parts[k:k + n]))
                k += n
            genuine = [t for _, t in pre] + [None] + [t for _, t in post]
            names = [p for p, _ in pre] + [name] + [p for p, _ in post]
            found = []
            for j, (g, o) in enumerate(zip(genuine, outs)):
                if g is None:
                    if o != alone:
                        cls = ("worse" if alone == text else "better" if o == text else "other")
                        found.append((cls, snippet(alone, o), j))
                elif o != g:
                    words = changed_words(g, o)
                    cls = "mixed" if words and all(map(mixed, words)) else "genuine"
                    found.append((cls, snippet(g, o), j))
            if not found:
                counts["same"] += 1
            for cls, snip, j in found:
                counts[cls] += 1
                if shown[cls] < a.show:
                    shown[cls] += 1
                    print("%-7s text %d: %s (%s %.2f) in %s; at %s: %s" % (
                        cls, i, name, fam, rate, " ".join(names), names[j], snip))
    print()
    print("context: %d texts (%s), seed %d, joined by %r" % (a.texts, a.corpus, a.seed, joint))
    print("  same as alone: %d texts" % counts["same"])
    print("  obfuscated document worse in the text than alone: %d" % counts["worse"])
    print("  obfuscated document better in the text than alone: %d" % counts["better"])
    print("  obfuscated document inexact both ways, differently: %d" % counts["other"])
    print("  genuine documents damaged (words of one script changed): %d" % counts["genuine"])
    print("  genuine documents with mixed words fixed: %d" % counts["mixed"])
    if a.strict:
        limit = a.texts // 100
        bad = [k for k in ("worse", "genuine") if counts[k] > limit]
        for k in bad:
            print("context: FAIL %s %d > %d (1%% of the texts)" % (k, counts[k], limit))
        if bad:
            return 1
        print("context: PASS worse %d, damaged %d (limit %d each)" % (
            counts["worse"], counts["genuine"], limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
