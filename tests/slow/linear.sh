#!/bin/sh
# Linear-time check of the hostile inputs: counts the instructions of each
# case of tests/slow/hostile.c (only inside its measured() function) with
# callgrind at 1x, 4x and 16x its unit size. Each 4x step must cost 4x the
# instructions at most, plus LINEAR_TOLERANCE percent (default 20);
# quadratic code costs 16x per step. Less than 4x (fixed costs, per-paragraph
# work that saturates) passes and is reported as sublinear. Instruction counts, unlike wall time, do not depend
# on the machine's load.
#   sh tests/slow/linear.sh [HOSTILE_BINARY [CASE...]]
HOSTILE=${1:-${SLOW_B:-build-slow}/hostile}
[ $# -gt 0 ] && shift
TOL=${LINEAR_TOLERANCE:-20}
TIMEOUT=${LINEAR_TIMEOUT:-600}
if ! command -v valgrind >/dev/null 2>&1; then echo "linear: valgrind missing: skipped"; exit 77; fi
cases=${*:-$("$HOSTILE" list)}
passed=0 failed=0
count() { # case scale -> instruction count on stdout
	timeout "$TIMEOUT" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		--toggle-collect=measured "$HOSTILE" "$1" "$2" 2>&1 |
		sed -n 's/.*Collected : *\([0-9][0-9]*\).*/\1/p'
}
for c in $cases; do
	a=$(count "$c" 1); b=$(count "$c" 4); d=$(count "$c" 16)
	if [ -z "$a" ] || [ -z "$b" ] || [ -z "$d" ]; then
		echo "linear: FAIL $c: no count (timeout ${TIMEOUT}s or crash): 1x=$a 4x=$b 16x=$d"
		failed=$((failed + 1)); continue
	fi
	# ratios in percent of linear (400% per 4x step)
	r1=$((b * 100 / a)); r2=$((d * 100 / b))
	lo=$((400 - 4 * TOL)); hi=$((400 + 4 * TOL))
	if [ $r1 -le $hi ] && [ $r2 -le $hi ]; then
		note=; { [ $r1 -lt $lo ] || [ $r2 -lt $lo ]; } && note=" sublinear"
		echo "linear: ok$note   $c: $a / $b / $d instructions (x$((r1 / 100)).$((r1 % 100 / 10)), x$((r2 / 100)).$((r2 % 100 / 10)))"
		passed=$((passed + 1))
	else
		echo "linear: FAIL $c: $a / $b / $d instructions (x$((r1 / 100)).$((r1 % 100 / 10)), x$((r2 / 100)).$((r2 % 100 / 10)) per 4x; want 4 +-${TOL}%)"
		failed=$((failed + 1))
	fi
done
echo "linear: $passed passed, $failed failed"
[ $failed -eq 0 ]
