#!/bin/sh
# Slow test (make check-slow): documents in sequence. Builds SEQUENCE_TEXTS
# (1000) texts, each 2-10 documents of real text in different languages,
# genuine or obfuscated by eval/obfuscate.py (every family and rate, seeds
# fixed: the same texts every run), one after another; then
# tests/slow/sequence.c checks that streams fed in four ways and the full
# pass alone give the one-shot results, and that clean is idempotent.
# The documents come from eval/corpus where it was fetched (make
# eval-corpus; documents 0101-0400 of each language, about 15 MB of texts,
# 20-40 s), else from the paragraphs of eval/sample (committed; short,
# about 1.5 MB: it reaches neither the opening's end nor long paragraphs,
# where the bugs this test found were). SEQUENCE_CORPUS=DIR for another.
#   SEQUENCE=build-slow/sequence sh tests/slow/sequence.sh
NAME=sequence
PY=${PYTHON:-python3}
BIN=${SEQUENCE:-build-slow/sequence}
N=${SEQUENCE_TEXTS:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${SEQUENCE_CORPUS:-}" ] && [ -d "$ROOT/eval/corpus/en" ]; then
	SEQUENCE_CORPUS=$ROOT/eval/corpus
fi
echo "$NAME: $N texts from ${SEQUENCE_CORPUS:-eval/sample}"
if ! command -v "$PY" >/dev/null 2>&1; then echo "$NAME: $PY missing: skipped"; exit 77; fi
if [ ! -x "$BIN" ]; then echo "$NAME: $BIN not built"; exit 1; fi
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
"$PY" - "$ROOT" "$tmp" "$N" "${SEQUENCE_CORPUS:-}" <<'PYEOF' || { echo "$NAME: generating the texts failed"; exit 1; }
import os, random, sys
root, out, n, corpus = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, os.path.join(root, "eval"))
import obfuscate as ob
docs = []
if corpus:
    for lang in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, lang)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f[:4].isdigit() and 100 < int(f[:4]) <= 400:
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    docs.append((lang + "/" + f, fh.read()))
else:
    d = os.path.join(root, "eval", "sample")
    for f in sorted(os.listdir(d)):
        if f.endswith(".txt"):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                for k, p in enumerate(fh.read().split("\n\n")):
                    if p.strip():
                        docs.append(("%s/%d" % (f, k), p))
rng = random.Random(20)
for i in range(n):
    parts = []
    for k in range(rng.randint(2, 10)):
        name, text = rng.choice(docs)
        fams = sorted(ob.families_for(text))
        if rng.random() < 0.25 or not fams:
            parts.append(text)
        else:
            fam = rng.choice(fams)
            rate = rng.choice([0.02, 0.05, 0.1, 0.3, 0.6, 1.0])
            parts.append(ob.obfuscate(text, fam, rate, seed="%s/%d/%d" % (name, i, k))[0])
    sep = rng.choice(["\n\n", "\n", "\n\n\n", " ", "\r\n\r\n"])
    with open(os.path.join(out, "%04d.txt" % i), "w", encoding="utf-8") as fh:
        fh.write(sep.join(parts))
PYEOF
"$BIN" "$tmp"/*.txt || { echo "$NAME: FAILED"; exit 1; }
