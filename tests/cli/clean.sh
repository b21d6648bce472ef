#!/bin/sh
# End-to-end tests of `unspoof clean`: outputs, --check, -l, --diff, --map,
# --in-place (atomicity, modes, failures), stdin, binary and missing files.
NAME=clean-cli
. "$(dirname "$0")/lib.inc"
EX=examples/obfuscated-news.txt
ORIG=examples/news-original.txt

# To stdout, to -o, from stdin, several files one after another.
expect "clean to stdout" 0 "" "$U" clean "$EX"
cmp -s "$tmp/out" "$ORIG" && ok || bad "clean output differs from $ORIG"
expect "clean stdin" 0 "" sh -c "'$U' clean < $EX"
cmp -s "$tmp/out" "$ORIG" && ok || bad "clean stdin differs"
expect "clean -" 0 "" sh -c "'$U' clean - < $EX"
cmp -s "$tmp/out" "$ORIG" && ok || bad "clean - differs"
expect "clean --output=FILE" 0 "" "$U" clean --output="$tmp/o1" "$EX"
cmp -s "$tmp/o1" "$ORIG" && ok || bad "--output"
[ ! -s "$tmp/out" ] && ok || bad "--output also wrote stdout"
cat "$ORIG" "$ORIG" "$ORIG" >"$tmp/three"
expect "three files in order" 0 "" "$U" clean -j3 "$EX" "$ORIG" "$EX"
cmp -s "$tmp/out" "$tmp/three" && ok || bad "three files concatenated"

# Many files, several threads: same bytes as one thread.
mkdir -p "$tmp/m"
i=0; while [ $i -lt 30 ]; do cat "$EX" >>"$tmp/m/big"; i=$((i + 1)); done
for i in 1 2 3 4 5 6 7 8 9; do cp "$EX" "$tmp/m/f$i"; done
"$U" clean -j1 "$tmp"/m/* >"$tmp/c1"; "$U" clean -j4 "$tmp"/m/* >"$tmp/c4"
cmp -s "$tmp/c1" "$tmp/c4" && ok || bad "-j4 differs from -j1"

# --check and -l: nothing written, exit 1 when something would change.
expect "--check obfuscated" 1 "" "$U" clean --check "$EX"
[ ! -s "$tmp/out" ] && ok || bad "--check wrote output"
expect "--check clean text" 0 "" "$U" clean --check "$ORIG"
expect "-l" 0 "$EX" "$U" clean -l "$ORIG" "$EX"
expect "--check -l" 1 "$EX" "$U" clean --check -l "$EX" "$ORIG"

# --diff: a unified diff that patch(1) applies.
cp "$EX" "$tmp/p.txt"
expect "--diff" 0 "" "$U" clean --diff "$tmp/p.txt"
contains "diff header" "^--- $tmp/p.txt"
contains "diff hunk" "^@@ -1 +1 @@"
contains "diff old line" "^-Local Baпd"
contains "diff new line" "^+Local Band Returns"
cmp -s "$tmp/p.txt" "$EX" && ok || bad "--diff changed the file"
if command -v patch >/dev/null 2>&1; then
	(cd / && patch -s -p0 <"$tmp/out") && cmp -s "$tmp/p.txt" "$ORIG" && ok || bad "patch did not apply the diff"
fi
printf 'Robert Pla\320\277t stepped q\317\205ietly thro\317\205gh' >"$tmp/nonl.txt"
"$U" clean --diff "$tmp/nonl.txt" >"$tmp/out"
contains "no newline at end" "No newline at end of file"
contains "last line diffed" "^+Robert Plant stepped quietly through$"
"$U" clean --diff --color=always "$EX" >"$tmp/out"
grep -q "$(printf '\033')\[31m-Local" "$tmp/out" && ok || bad "--diff colour"

# --map: JSON; applying it to the input gives the output.
expect "--map" 0 "" "$U" clean --map "$tmp/map.json" -o "$tmp/mo" "$EX"
python3 - "$EX" "$tmp/mo" "$tmp/map.json" <<'PY' && ok || bad "--map does not describe the edits"
import json, sys
src = open(sys.argv[1], "rb").read(); dst = open(sys.argv[2], "rb").read()
m = json.load(open(sys.argv[3]))
assert m["path"] == sys.argv[1] and m["in_bytes"] == len(src) and m["out_bytes"] == len(dst), m
out, pos = b"", 0
for e in m["edits"]:
    assert set(e) == {"in_offset", "in_length", "out_offset", "out_length", "kind"}, e
    out += src[pos:e["in_offset"]]
    assert len(out) == e["out_offset"], (len(out), e)
    out += dst[e["out_offset"]:e["out_offset"] + e["out_length"]]
    pos = e["in_offset"] + e["in_length"]
out += src[pos:]
assert out == dst
assert {e["kind"] for e in m["edits"]} == {"lookalike", "fancy", "invisible"}
PY
"$U" clean --map "$tmp/map2.json" "$EX" "$ORIG" >/dev/null
[ "$(jq -s 'map(.edits|length)|join(" ")' -r "$tmp/map2.json" 2>/dev/null)" = "50 0" ] && ok || bad "--map for two files: $(head -c 200 "$tmp/map2.json")"

# --undo, --keep-invisible.
"$U" clean --undo=fancy "$EX" >"$tmp/out"
grep -q "Baпd" "$tmp/out" && grep -q " free" "$tmp/out" && ok || bad "--undo=fancy"
"$U" clean --keep-invisible "$EX" >"$tmp/out"
grep -q "$(printf 'Tick\342\200\213ets')" "$tmp/out" && ok || bad "--keep-invisible"
expect "--undo bad kind" 2 "" "$U" clean --undo=foo "$EX"

# Invalid UTF-8 is kept byte for byte, or replaced on request.
printf 'ab\377cd \340\200 \320\277ay\n' >"$tmp/bad.txt"
expect "clean invalid" 0 "" "$U" clean "$tmp/bad.txt"
od -An -tx1 "$tmp/out" | tr -d ' \n' | grep -q '^6162ff636420e08020' && ok ||
	bad "invalid bytes not kept: $(od -An -tx1 "$tmp/out")"

# --in-place: rewritten through rename (new inode), mode kept, no temp left.
cp "$EX" "$tmp/ip.txt"; chmod 640 "$tmp/ip.txt"; cp "$ORIG" "$tmp/same.txt"
ino1=$(ls -i "$tmp/ip.txt" | cut -d' ' -f1); ino2=$(ls -i "$tmp/same.txt" | cut -d' ' -f1)
expect "--in-place" 0 "" "$U" clean -i "$tmp/ip.txt" "$tmp/same.txt"
[ ! -s "$tmp/out" ] && ok || bad "--in-place wrote stdout"
cmp -s "$tmp/ip.txt" "$ORIG" && ok || bad "--in-place content"
[ "$(ls -l "$tmp/ip.txt" | cut -c1-10)" = "-rw-r-----" ] && ok || bad "mode not kept: $(ls -l "$tmp/ip.txt")"
[ "$(ls -i "$tmp/ip.txt" | cut -d' ' -f1)" != "$ino1" ] && ok || bad "not replaced by rename"
[ "$(ls -i "$tmp/same.txt" | cut -d' ' -f1)" = "$ino2" ] && ok || bad "unchanged file was rewritten"
ls -a "$tmp" | grep -q unspoof- && bad "temporary file left" || ok
cp "$EX" "$tmp/ip2.txt"
expect "--in-place -l --diff" 0 "" "$U" clean -i -l --diff "$tmp/ip2.txt"
contains "names the file" "^$tmp/ip2.txt$"
contains "diff with -i" "^+Local Band"
cmp -s "$tmp/ip2.txt" "$ORIG" && ok || bad "-i --diff did not rewrite"
mkdir -p "$tmp/r/s"; cp "$EX" "$tmp/r/a.txt"; cp "$EX" "$tmp/r/s/b.txt"; printf 'x\000\320\277\n' >"$tmp/r/bin"
expect "-r --in-place" 0 "" "$U" clean -r -i "$tmp/r"
cmp -s "$tmp/r/a.txt" "$ORIG" && cmp -s "$tmp/r/s/b.txt" "$ORIG" && ok || bad "-r -i"
[ "$(od -An -tx1 "$tmp/r/bin" | tr -d ' \n')" = "7800d0bf0a" ] && ok || bad "binary file was touched"
contains "binary notice" "bin: binary file skipped" "$tmp/err"
expect "--in-place stdin" 2 "" sh -c "'$U' clean -i < $EX"
contains "stdin in place refused" "standard input" "$tmp/err"
expect "--in-place with --check" 2 "" "$U" clean -i --check "$EX"

# Atomicity: a write that fails (file size limit) leaves the file as it was.
i=0; while [ $i -lt 40 ]; do cat "$EX"; i=$((i + 1)); done >"$tmp/big.txt"
cp "$tmp/big.txt" "$tmp/big.orig"
expect "write failure" 2 "" sh -c "ulimit -f 8; exec '$U' clean -i '$tmp/big.txt'"
contains "failure names the file" "big.txt: .*left unchanged" "$tmp/err"
cmp -s "$tmp/big.txt" "$tmp/big.orig" && ok || bad "failed --in-place changed the file"
ls -a "$tmp" | grep -q unspoof- && bad "temporary file left after a failure" || ok
# Killed midway: the file is the old or the new text, never a mix, no temp.
i=0; while [ $i -lt 60 ]; do cat "$tmp/big.orig"; i=$((i + 1)); done >"$tmp/k.txt"
cp "$tmp/k.txt" "$tmp/k.orig"
"$U" clean -i "$tmp/k.txt" & pid=$!
sleep 0.05; kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null
# (k.orig is bigger than the pool's flush threshold: the job's output
# stream is written out while the job runs; status 2 here was a job writing
# to a FILE the pool had closed, seen under ASan as "write error".)
"$U" clean "$tmp/k.orig" >"$tmp/k.new" 2>"$tmp/k.err" && [ ! -s "$tmp/k.err" ] && ok || bad "clean of a large file: $(cat "$tmp/k.err")"
cmp -s "$tmp/k.txt" "$tmp/k.orig" || cmp -s "$tmp/k.txt" "$tmp/k.new" && ok || bad "killed --in-place left a mix"
ls -a "$tmp" | grep -q unspoof- && bad "temporary file left after SIGTERM" || ok

# --lines: each line a document of its own. After an obfuscated Russian
# line, a Latin a alone between Russian words reads as U+0430 in one
# document, and stays Latin on a line of its own.
printf '\320\255\321\202o o\321\207e\320\275\321\214 \320\262a\320\266\320\275oe co\320\261\321\213\321\202\320\270e \320\264\320\273\321\217 \320\262ce\320\271 \320\275a\321\210e\320\271 c\321\202pa\320\275\321\213.\n\320\236\320\275 \321\201\320\272\320\260\320\267\320\260\320\273 a \320\277\320\276\321\202\320\276\320\274 o \321\207\321\221\320\274-\321\202\320\276.\n' >"$tmp/two.txt"
"$U" clean "$tmp/two.txt" | tail -n 1 | grep -q "$(printf '\320\273 \320\260 \320\277')" && ok || bad "one document: the a on line 2 should read as U+0430"
"$U" clean --lines "$tmp/two.txt" | tail -n 1 | grep -q "$(printf '\320\273 a \320\277')" && ok || bad "--lines: the a on line 2 (U+0061) should stay"
# Each line gives what it gives cleaned alone.
python3 - "$U" "$tmp/two.txt" "$EX" <<'PY' && ok || bad "--lines differs from cleaning each line alone"
import subprocess, sys
u, *files = sys.argv[1:]
for f in files:
    lines = open(f, "rb").read().splitlines(keepends=True)
    want = b"".join(subprocess.run([u, "clean"], input=l, capture_output=True, check=True).stdout for l in lines)
    got = subprocess.run([u, "clean", "--lines", f], capture_output=True, check=True).stdout
    assert got == want, (f, got[:200], want[:200])
PY
# A file of several blocks (1 MiB each), cleaned in parallel: the same bytes
# as from a pipe (read in order, one job), with lines longer than a block,
# a line ending just at a block's end, empty and CRLF lines, no final newline.
python3 - "$EX" "$tmp/lines.txt" <<'PY'
import sys
ex = open(sys.argv[1], "rb").read().splitlines(keepends=True)
out, i = bytearray(), 0
while len(out) < (1 << 20) - 40:
    out += ex[i % len(ex)]; i += 1
out += b"x" * ((1 << 20) - 1 - len(out)) + b"\n"   # ends at the first block's end
out += b"\r\n\n" + b"Pla\xd0\xbft " * 300000 + b"\n"  # 2.4 MB, over two blocks
while len(out) < 5 * (1 << 20):
    out += ex[i % len(ex)].rstrip(b"\n") + b"\r\n"; i += 1
out += b"q\xcf\x85ietly"
open(sys.argv[2], "wb").write(out)
PY
"$U" clean --lines -j4 "$tmp/lines.txt" >"$tmp/l4" && ok || bad "--lines -j4 failed"
"$U" clean --lines -j1 "$tmp/lines.txt" >"$tmp/l1" && ok || bad "--lines -j1 failed"
"$U" clean --lines <"$tmp/lines.txt" >"$tmp/lp" && ok || bad "--lines from a pipe failed"
cmp -s "$tmp/l4" "$tmp/lp" && cmp -s "$tmp/l1" "$tmp/lp" && ok || bad "--lines: blocks in parallel differ from the pipe"
[ "$(wc -l <"$tmp/l4")" = "$(wc -l <"$tmp/lines.txt")" ] && ok || bad "--lines: line count changed"
tail -c 8 "$tmp/l4" | grep -q '^quietly$' && ok || bad "--lines: last line without newline"
expect "--lines --check" 1 "" "$U" clean --lines --check "$tmp/lines.txt"
expect "--lines --check clean text" 0 "" "$U" clean --lines --check "$ORIG"
# -l on files of several blocks: the last block lists the file when an
# earlier one changed something (here only the first line does).
cp "$ORIG" "$tmp/none.txt"
i=0; while [ $i -lt 12 ]; do cat "$tmp/none.txt" "$tmp/none.txt" >"$tmp/n2"; mv "$tmp/n2" "$tmp/none.txt"; i=$((i + 1)); done
{ head -n 1 "$EX"; cat "$tmp/none.txt"; } >"$tmp/first.txt"
[ "$(wc -c <"$tmp/none.txt")" -gt 2000000 ] && ok || bad "-l test file too small: $(wc -c <"$tmp/none.txt")"
expect "--lines -l -j4" 0 "$tmp/first.txt" "$U" clean --lines -l -j4 "$tmp/none.txt" "$tmp/first.txt" "$ORIG"
expect "--lines --map" 0 "" "$U" clean --lines --map "$tmp/lmap.json" -o "$tmp/lmo" "$EX"
python3 - "$EX" "$tmp/lmo" "$tmp/lmap.json" <<'PY' && ok || bad "--lines --map does not describe the edits"
import json, sys
src = open(sys.argv[1], "rb").read(); dst = open(sys.argv[2], "rb").read()
m = json.load(open(sys.argv[3]))
assert m["in_bytes"] == len(src) and m["out_bytes"] == len(dst), m
out, pos = b"", 0
for e in m["edits"]:
    out += src[pos:e["in_offset"]]
    assert len(out) == e["out_offset"], (len(out), e)
    out += dst[e["out_offset"]:e["out_offset"] + e["out_length"]]
    pos = e["in_offset"] + e["in_length"]
assert out + src[pos:] == dst
PY

# Errors: missing file among good ones, directory without -r.
expect "missing file" 2 "" "$U" clean "$tmp/nope" "$EX"
contains "missing named" "nope: No such file" "$tmp/err"
cmp -s "$tmp/out" "$ORIG" && ok || bad "good file not cleaned after a missing one"
expect "directory" 2 "" "$U" clean "$tmp/r"
contains "is a directory" "is a directory" "$tmp/err"
expect "bad option" 2 "" "$U" clean --bogus
expect "-o unwritable" 2 "" "$U" clean -o "$tmp/no/such/dir" "$EX"

# Binary: skipped with a notice; -a cleans it.
printf 'a\000\320\277ay \320\277al\n' >"$tmp/b.bin"
expect "binary skipped" 0 "" "$U" clean "$tmp/b.bin"
[ ! -s "$tmp/out" ] && ok || bad "binary file written"
contains "binary notice" "binary file skipped" "$tmp/err"
expect "-a" 0 "" "$U" clean -a "$tmp/b.bin"
[ -s "$tmp/out" ] && ok || bad "-a wrote nothing"

# Streaming from a pipe: output before the input ends.
{ cat "$EX"; printf '\n\nmore'; sleep 3; printf '\n'; } | "$U" clean >"$tmp/stream" &
sleep 1.5
grep -q "Local Band" "$tmp/stream" && ok || bad "clean did not stream"
wait
finish
