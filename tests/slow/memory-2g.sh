#!/bin/sh
# Slow test, not run by `make check`: scans and cleans a generated 2 GiB file
# and checks that the maximum resident set size stays under 64 MiB
# (GNU time's -v "Maximum resident set size"). Needs /usr/bin/time and
# about 4 GiB free in ${TMPDIR:-/tmp}.
#   UNSPOOF=build/unspoof sh tests/slow/memory-2g.sh
NAME=memory-2g
. "$(dirname "$0")/../cli/lib.inc"
LIMIT_KB=$((64 * 1024))
SIZE_MB=${SIZE_MB:-2048}
if [ ! -x /usr/bin/time ]; then echo "$NAME: /usr/bin/time missing: skipped"; exit 77; fi
EX=examples/obfuscated-news.txt

# 1 MiB of obfuscated text with some invalid UTF-8, then SIZE_MB of it.
i=0; : >"$tmp/mb"
while [ "$(wc -c <"$tmp/mb")" -lt 1048576 ]; do
	cat "$EX" examples/news-original.txt >>"$tmp/mb"; printf 'bad \377 byte\n\n' >>"$tmp/mb"
done
head -c 1048576 "$tmp/mb" >"$tmp/mb1"
i=0; while [ $i -lt "$SIZE_MB" ]; do cat "$tmp/mb1"; i=$((i + 1)); done >"$tmp/big"
echo "$NAME: input $(wc -c <"$tmp/big") bytes"

# measure LABEL CMD...: runs CMD under /usr/bin/time -v, records max RSS.
measure() {
	label=$1; shift
	start=$(date +%s)
	/usr/bin/time -v "$@" 2>"$tmp/time" >/dev/null
	rc=$?
	end=$(date +%s)
	kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
	secs=$((end - start)); [ "$secs" -gt 0 ] || secs=1
	echo "$NAME: $label: max RSS ${kb} KiB, ${secs} s, $((SIZE_MB / secs)) MiB/s, exit $rc"
	if [ -n "$kb" ] && [ "$kb" -lt "$LIMIT_KB" ]; then ok; else bad "$label: max RSS ${kb} KiB >= $LIMIT_KB KiB"; fi
}
measure "scan -c" "$U" scan -c "$tmp/big"
measure "scan (all findings)" "$U" scan "$tmp/big"
measure "scan --json" "$U" scan --json "$tmp/big"
measure "clean" "$U" clean "$tmp/big"
measure "clean --diff" "$U" clean --diff "$tmp/big"
measure "scan stdin" sh -c "exec '$U' scan -c < '$tmp/big'"
measure "clean --in-place" "$U" clean -i "$tmp/big"
finish
