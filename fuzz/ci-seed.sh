#!/bin/sh
# The libFuzzer seed CI's `make fuzz` uses (.ci/run): a number made from the
# code under test (the trees of src/, include/, cli/ and fuzz/ at HEAD), so
# that CI's fuzzing is reproducible: the same code explores the same inputs
# in the same order, and a developer who runs
#   make fuzz FUZZ_SEED=$(sh fuzz/ci-seed.sh) FUZZ_CORPUS=$(mktemp -d)
# for at least as long as CI does has run what CI will (tests/FUZZING.md,
# "CI"). Changed code explores new inputs. Prints 1 outside a git checkout.
cd "$(dirname "$0")/.." || exit 1
t=$(git rev-parse HEAD:src HEAD:include HEAD:cli HEAD:fuzz 2>/dev/null) || t=
if [ -z "$t" ]; then
	echo 1
	exit 0
fi
h=$(printf '%s\n' "$t" | sha256sum | cut -c1-7)
echo $((0x$h))
