#!/bin/sh
# Smoke run of the benchmark program of `make bench` (bench/bench.c): 1 MB
# corpora, one timed run, no node. Checks that every table is printed, that
# the corpora are deterministic (a smaller run writes a prefix of a larger
# one) and that a broken setup fails with status 2. Speeds are not checked.
NAME=bench-smoke
. "$(dirname "$0")/lib.inc"
BENCH=${BENCH_BIN:-$(dirname "$U")/bench/bench}
if [ ! -x "$BENCH" ]; then
	echo "$NAME: no $BENCH (make $BENCH)"; echo "$NAME: 0 passed, 1 failed"; exit 1
fi
mkdir -p "$tmp/a" "$tmp/b"
expect "bench 1 MB" 0 "" "$BENCH" --mb 1 --line-mb 0.2 --runs 1 --node none --cli "$U" --dir "$tmp/a"
contains "speed table" "^| scan: stream API"
contains "ICU column" "^| ICU getSkeletonUTF8 per line | [0-9]"
contains "targets" "^| scan plain-en ≥ 3000 MB/s | [0-9.]* MB/s | \(PASS\|MISS\) |"
contains "decancer skipped" "^decancer: skipped"
contains "plain corpus is clean" "^| scan: findings, verdict | 0, clean | [0-9]*, obfuscated |"
contains "CLI scaling" "^| 8 files (split at lines) | [0-9]"
expect "bench 0.3 MB" 0 "" "$BENCH" --mb 0.3 --line-mb 0.1 --runs 1 --node none --cli none --dir "$tmp/b"
for c in plain-en obfusc-en russian multi; do
	n=$(wc -c <"$tmp/b/$c.txt")
	[ "$n" -ge 300000 ] && cmp -s -n "$n" "$tmp/a/$c.txt" "$tmp/b/$c.txt" && ok ||
		bad "$c: the 0.3 MB corpus ($n bytes) is not a prefix of the 1 MB one"
done
expect "missing samples" 2 "" "$BENCH" --mb 0.1 --runs 1 --node none --cli none --samples "$tmp/none" --dir "$tmp/b"
contains "broken setup message" "BROKEN SETUP" "$tmp/err"
finish
