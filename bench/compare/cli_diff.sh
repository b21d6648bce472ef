#!/bin/sh
# CLI differential: REF and NEW unspoof binaries on FILES with option
# variants (scan --json with leet and --script, scan -c, clean with leet,
# --script, --keep-invisible --replace-invalid, --undo, --map); prints a
# DIFF line for each run whose output differs, then a count.
#   REF=/path/ref/unspoof NEW=/path/new/unspoof sh bench/compare/cli_diff.sh FILE...
REF=${REF:-/tmp/plain-ref/unspoof}; NEW=${NEW:-/tmp/plain/unspoof}
n=0; bad=0
for f in "$@"; do
  for v in "scan --json" "scan --json --leet" "scan --json --script Latin" "scan --json --script Cyrillic" "scan -c" \
           "clean" "clean --leet" "clean --script Latin" "clean --keep-invisible --replace-invalid" "clean --undo lookalike" "clean --map /dev/stdout -o /dev/null"; do
    n=$((n+1))
    a=$($REF $v -a "$f" 2>&1 | sed "s#$REF#U#g" | md5sum)
    b=$($NEW $v -a "$f" 2>&1 | sed "s#$NEW#U#g" | md5sum)
    if [ "$a" != "$b" ]; then echo "DIFF: $v $f"; bad=$((bad+1)); fi
  done
done
echo "cli: $n runs, $bad differ"
