#!/bin/sh
# Slow test (make check-slow): the hostile inputs of issue 7 as files,
# through the CLI as a user runs it. tests/slow/hostile.c checks the
# library functions on the same inputs in detail (results, linear time,
# memory); this checks that `unspoof scan -c`, `scan --json` and `clean`
# (with -a: NUL bytes make a file look binary) on such files finish in time, exit 0 or 1 (never 2 or a signal), write
# nothing on stderr, and that clean keeps every ill-formed byte (the
# default, UNSPOOF_INVALID_KEEP): the number of ill-formed subparts of its
# output equals the input's, as `unspoof scan --json` counts them.
#   UNSPOOF=build/unspoof sh tests/slow/hostile-files.sh
NAME=hostile-files
. "$(dirname "$0")/../cli/lib.inc"
PY=${PYTHON:-python3}
LIMIT=${HOSTILE_FILE_TIMEOUT:-120}
if ! command -v "$PY" >/dev/null 2>&1; then echo "$NAME: $PY missing: skipped"; exit 77; fi

"$PY" - "$tmp" <<'EOF' || { echo "$NAME: generating the files failed"; exit 1; }
import os, sys
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
# 1,000,000 combining marks (alternating ccc 230 / 220) on one base
w("marks", b"a" + b"\xcc\x81\xcc\x96" * 500000 + b"\n")
# a 100 MB line with no spaces, half the letters Cyrillic lookalikes
unit = "p\u0430yp\u0430lbank\u0441heck".encode()
w("longline", unit * (100 * 2**20 // len(unit)))
# 16 MB of nothing but ill-formed UTF-8
parts = [b"\x80", b"\xbf", b"\xc0\xaf", b"\xf5", b"\xff", b"\xe1\x80", b"\xf0\x9f\x98",
         b"\xed\xa0\x80", b"\xe0\x80\xaf", b"\xc1"]
out, x = bytearray(), 12345
while len(out) < 16 * 2**20:
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    out += parts[(x >> 33) % 10]
w("invalid", bytes(out))
# every code point 0..0x10FFFF, surrogates CESU-style (ED A0..BF 80..BF)
out = bytearray()
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        out += bytes([0xED, 0x80 | (cp >> 6 & 0x3F), 0x80 | (cp & 0x3F)])
    else:
        out += chr(cp).encode()
w("allcp", bytes(out))
# one 4 MB word switching script at every character
w("alternating", ("a\u0430o\u03bfe\u0435p\u0440" * (2**20 // 2)).encode())
# 16 MB of NUL bytes with a letter now and then
w("nul", (b"\0\0\0a\0\0\0" * (16 * 2**20 // 7)))
EOF

# Ill-formed subparts (D93b) in a file, counted the same way for input and output.
subparts() {
	# Python's "replace" decoder puts one U+FFFD per maximal subpart (D93b);
	# U+FFFD characters already in the file are not counted.
	"$PY" -c '
import sys
b = open(sys.argv[1], "rb").read()
print(b.decode("utf-8", "replace").count("\ufffd") - b.count(b"\xef\xbf\xbd"))
' "$1"
}

for f in marks longline invalid allcp alternating nul; do
	cmds="scan -c|clean"
	# --json writes a line per finding: gigabytes for the files made of
	# findings (invalid, nul), so only for the others.
	case $f in invalid|nul) ;; *) cmds="$cmds|scan --json" ;; esac
	IFS='|'; set -- $cmds; unset IFS
	for cmd in "$@"; do
		start=$(date +%s)
		# shellcheck disable=SC2086
		timeout "$LIMIT" "$U" $cmd -a "$tmp/$f" >"$tmp/out" 2>"$tmp/err"
		rc=$?
		secs=$(($(date +%s) - start))
		if [ $rc -gt 1 ]; then
			bad "$cmd $f: exit status $rc after ${secs} s ($(head -c 300 "$tmp/err"))"
		elif [ -s "$tmp/err" ]; then
			bad "$cmd $f: wrote on stderr: $(head -c 300 "$tmp/err")"
		else
			ok
		fi
		echo "$NAME: $cmd $f: $(wc -c <"$tmp/$f") bytes, exit $rc, ${secs} s"
		if [ "$cmd" = clean ] && [ $rc -le 1 ]; then
			a=$(subparts "$tmp/$f"); b=$(subparts "$tmp/out")
			[ "$a" = "$b" ] && ok || bad "clean $f: $a ill-formed subparts in, $b out"
		fi
	done
done
finish
