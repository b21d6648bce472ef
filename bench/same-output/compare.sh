#!/bin/bash
# Do two builds of unspoof give byte-identical results? For changes that
# must not change any output (speed work): run from the repository root,
#
#   bench/same-output/compare.sh REF_BUILD NEW_BUILD [WORK_DIR]
#
# REF_BUILD and NEW_BUILD are build directories (make B=DIR) holding the
# CLI (unspoof) and libunspoof.a. In WORK_DIR (default /tmp/unspoof-same)
# it makes the inputs once: 8 MiB of each bench corpus (corpus_dump.c) and
# 4,000 random mixed-script texts (gen_texts.py, seed 6); the eval/sample
# and examples texts are read in place. Each build then writes:
#   - unspoof scan --json of every input with five option sets, scan's
#     text output and its -c verdict lines, unspoof clean with six option
#     sets (leet, target scripts, kept invisible characters, replaced
#     ill-formed bytes, undo kinds) and clean's offset map (--map);
#   - drv.c's dump of every library callback with seeds 0..5 (random
#     options including forbidden scripts, random feed sizes, small
#     paragraph cuts, the forced full pass).
# The SHA-256 and length of each output are compared; exit status 0 when
# all are identical. Takes a few minutes (a build's run writes ~4 GB
# through sha256sum).
set -u
[ $# -ge 2 ] || { echo "usage: $0 REF_BUILD NEW_BUILD [WORK_DIR]" >&2; exit 2; }
REF=$(cd "$1" && pwd) NEW=$(cd "$2" && pwd)
W=${3:-/tmp/unspoof-same}
D=$(cd "$(dirname "$0")" && pwd)
CC=${CC:-cc}
PY=${PYTHON:-python3}
mkdir -p "$W/in" || exit 2
if [ ! -f "$W/in/.done" ]; then
	$CC -O2 -Ibench -o "$W/corpus_dump" "$D/corpus_dump.c" bench/corpus.c &&
	"$W/corpus_dump" "$W/in" &&
	$PY "$D/gen_texts.py" "$W/in/rand" 4000 6 eval/sample &&
	touch "$W/in/.done" || exit 2
fi
CORP="$W/in/plain-en.txt $W/in/obfusc-en.txt $W/in/russian.txt $W/in/multi.txt"
SMALL="$(ls eval/sample/*.txt examples/*.txt)"
RAND="$(ls "$W"/in/rand/*.txt)"

# run BUILD OUT: every output of BUILD, as "name sha256 length" lines in OUT
run() {
	local B=$1 O=$2 i opts seed
	local T="$W/run.$$"
	rm -rf "$T" && mkdir -p "$T" || exit 2
	# a copy, so that rebuilding meanwhile does not mix two builds
	cp "$B/unspoof" "$B/libunspoof.a" "$T/" || exit 2
	$CC -O2 -Iinclude -o "$T/drv" "$D/drv.c" "$T/libunspoof.a" -lpthread || exit 2
	sink() { tee >(wc -c > "$T/$1.n") | sha256sum | cut -c1-64 > "$T/$1.h"; }
	i=0
	for opts in "" "--leet" "--script Latin" "--script Cyrillic" "--script Greek"; do
		i=$((i + 1))
		for f in $CORP $SMALL; do "$T/unspoof" scan --json $opts "$f"; done 2>&1 | sink scan$i.texts
		"$T/unspoof" scan --json -a $opts $RAND 2>&1 | sink scan$i.rand
	done
	for opts in "--color never" "-c"; do
		i=$((i + 1))
		"$T/unspoof" scan -a $opts $CORP $SMALL $RAND 2>&1 | sink scan$i.all
	done
	i=0
	for opts in "" "--leet" "--script Latin" "--keep-invisible --replace-invalid" \
	            "--undo lookalike,fancy,leet --leet" "--script Cyrillic --replace-invalid"; do
		i=$((i + 1))
		for f in $CORP $SMALL; do "$T/unspoof" clean $opts "$f"; done 2>&1 | sink clean$i.texts
		"$T/unspoof" clean -a $opts $RAND 2>&1 | sink clean$i.rand
	done
	"$T/unspoof" clean -a --map /dev/stdout -o /dev/null $CORP $SMALL $RAND 2>&1 | sink cleanmap
	for seed in 0 1 2 3 4 5; do
		"$T/drv" $seed $CORP $SMALL $RAND | sink drv$seed
	done
	sleep 1 # the wc -c behind each tee
	for f in "$T"/*.h; do
		f=$(basename "$f" .h)
		echo "$f $(cat "$T/$f.h") $(cat "$T/$f.n")"
	done > "$O"
	rm -rf "$T"
}

run "$REF" "$W/ref.sums"
run "$NEW" "$W/new.sums"
n=$(wc -l < "$W/ref.sums")
bytes=$(awk '{s += $3} END {printf "%.0f", s}' "$W/ref.sums")
if cmp -s "$W/ref.sums" "$W/new.sums"; then
	echo "same-output: $n outputs, $bytes bytes: identical"
	exit 0
fi
echo "same-output: outputs differ:"
diff "$W/ref.sums" "$W/new.sums"
exit 1
