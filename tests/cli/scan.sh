#!/bin/sh
# End-to-end tests of `unspoof scan` and `unspoof clean` on the built CLI.
NAME=scan-cli
. "$(dirname "$0")/lib.inc"
EX=examples/obfuscated-news.txt
ORIG=examples/news-original.txt

# The README's example: scan finds it, clean restores it byte for byte.
expect "scan example exits 1 (obfuscated)" 1 "" "$U" scan "$EX"
contains "scan names the code point" "U+043F CYRILLIC SMALL LETTER PE (Cyrillic) imitates 'n' (Latin)"
contains "scan shows line:col" "^$EX:1:9: "
contains "scan prints a verdict" "^$EX: obfuscated"
expect "clean example" 0 "" "$U" clean "$EX"
if cmp -s "$tmp/out" "$ORIG"; then ok; else bad "clean output differs from $ORIG"; fi
"$U" clean "$ORIG" >"$tmp/o2"
if cmp -s "$tmp/o2" "$ORIG"; then ok; else bad "clean changed the original story"; fi

# Genuine text is clean: exit 0.
printf '\320\257 \320\272\321\203\320\277\320\270\320\273 iPhone \320\262 Apple.\n' >"$tmp/ru.txt"
expect "genuine Russian with a brand name" 0 "" "$U" scan -q "$tmp/ru.txt"
expect "clean keeps it" 0 "$(cat "$tmp/ru.txt")" "$U" clean "$tmp/ru.txt"

# stdin, '-', -q, -c, -l.
expect "scan stdin" 1 "" sh -c "'$U' scan < $EX"
contains "stdin is named" "(standard input)"
expect "scan -" 1 "" sh -c "'$U' scan - < $EX"
expect "scan -q prints nothing" 1 "" "$U" scan -q "$EX"
[ ! -s "$tmp/out" ] && ok || bad "scan -q printed something"
expect "scan -c prints one line" 1 "" "$U" scan -c "$EX"
[ "$(wc -l <"$tmp/out")" -eq 1 ] && ok || bad "scan -c: $(cat "$tmp/out")"
expect "scan -l lists obfuscated files" 1 "$EX" "$U" scan -l "$EX" "$ORIG"
expect "scan --max-findings 2" 1 "" "$U" scan --max-findings 2 "$EX"
[ "$(grep -c ': U+' "$tmp/out")" -eq 2 ] && ok || bad "--max-findings 2 printed $(grep -c ': U+' "$tmp/out")"

# JSON Lines, parsed by jq when it is there, else python3.
expect "scan --json" 1 "" "$U" scan --json "$EX" "$ORIG"
if command -v jq >/dev/null 2>&1; then
	n=$(jq -s 'length' "$tmp/out" 2>/dev/null)
	[ "$n" = 2 ] && ok || bad "--json: jq read $n objects"
	v=$(jq -r -s '.[0].verdict + " " + .[1].verdict' "$tmp/out")
	[ "$v" = "obfuscated clean" ] && ok || bad "--json verdicts: $v"
	c=$(jq -s '.[0].findings | map(select(.cp == "U+043F")) | length' "$tmp/out")
	[ "$c" -gt 30 ] && ok || bad "--json: $c findings of U+043F"
else
	python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/out" && ok || bad "--json is not JSON Lines"
fi

# Invalid UTF-8: reported with its offset, kept byte for byte by clean.
printf 'ab\377cd\n' >"$tmp/bad.txt"
expect "scan invalid UTF-8" 0 "" "$U" scan "$tmp/bad.txt"
contains "invalid UTF-8 finding" ":1:3: invalid UTF-8"
"$U" clean "$tmp/bad.txt" >"$tmp/o3"
cmp -s "$tmp/o3" "$tmp/bad.txt" && ok || bad "clean did not keep the invalid byte"
"$U" clean --replace-invalid "$tmp/bad.txt" >"$tmp/o4"
[ "$(cat "$tmp/o4")" = "$(printf 'ab\357\277\275cd')" ] && ok || bad "--replace-invalid"

# A missing file among good ones: error named, others processed, exit 2.
expect "missing file" 2 "" "$U" scan -c "$tmp/nope.txt" "$EX"
contains "error names the file" "nope.txt" "$tmp/err"
contains "the other file was scanned" "^$EX: obfuscated"

# Options and help.
expect "scan --help" 0 "" "$U" scan --help
contains "scan --help text" "usage: unspoof scan"
expect "clean --help" 0 "" "$U" clean --help
expect "unknown option" 2 "" "$U" scan --frobnicate
expect "clean -o" 0 "" "$U" clean -o "$tmp/o5" "$EX"
cmp -s "$tmp/o5" "$ORIG" && ok || bad "clean -o wrote something else"
expect "version" 0 "" "$U" --version
contains "version names Unicode" "Unicode 17.0.0"

# ---- Everything below exercises the full CLI surface of scan.
# Help for every command, and the version line.
for c in scan clean skeleton confusable check; do
	expect "$c --help" 0 "" "$U" "$c" --help
	contains "$c --help text" "usage: unspoof $c"
done
expect "unspoof --help" 0 "" "$U" --help
contains "top help lists scan" "scan"
expect "unspoof --version" 0 "" "$U" --version
contains "version names the library version" "^unspoof 0\.[0-9]*\.[0-9]* (Unicode [0-9]"

# Option errors: exit 2 with a message.
expect "missing option value" 2 "" "$U" scan --max-findings
contains "missing value named" "max-findings" "$tmp/err"
expect "bad number" 2 "" "$U" scan --max-findings=x "$EX"
expect "bad -j" 2 "" "$U" scan -j zz "$EX"
expect "bad --color" 2 "" "$U" scan --color=purple "$EX"
expect "bad --fail-on" 2 "" "$U" scan --fail-on=maybe "$EX"
expect "unknown short option" 2 "" "$U" scan -Z "$EX"
contains "unknown option named" "'-Z'" "$tmp/err"

# Bundled short options, options after operands, --opt=value.
expect "bundled -cj1" 1 "" "$U" scan -cj1 "$EX"
[ "$(wc -l <"$tmp/out")" -eq 1 ] && ok || bad "-cj1 printed $(wc -l <"$tmp/out") lines"
expect "option after operand" 1 "" "$U" scan "$EX" -c
[ "$(wc -l <"$tmp/out")" -eq 1 ] && ok || bad "option after operand"
expect "--max-findings=3" 1 "" "$U" scan --max-findings=3 "$EX"
[ "$(grep -c ': U+' "$tmp/out")" -eq 3 ] && ok || bad "--max-findings=3"
contains "truncation is told" "(3 shown)"
expect "-- ends options" 2 "" "$U" scan -c -- -c
contains "-- makes -c a file" "^unspoof: -c: " "$tmp/err"

# Grouped by kind: all lookalikes come before the fancy and invisible ones.
"$U" scan "$EX" >"$tmp/g"
kinds=$(sed -n 's/.*\[\([a-z-]*\), [0-9.]*\]$/\1/p' "$tmp/g" | uniq | tr '\n' ' ')
[ "$kinds" = "lookalike fancy invisible " ] && ok || bad "kinds not grouped: $kinds"
tail -n 1 "$tmp/g" | grep -q "^$EX: obfuscated (score [0-9.]*): 44 lookalike, 4 fancy, 2 invisible$" && ok ||
	bad "verdict line: $(tail -n 1 "$tmp/g")"

# --label names stdin; -c on two files gives two lines in order.
expect "--label" 1 "" sh -c "'$U' scan -c --label=msg < $EX"
contains "label used" "^msg: obfuscated"
expect "-c two files" 1 "" "$U" scan -c "$ORIG" "$EX"
[ "$(cut -d: -f1 "$tmp/out" | tr '\n' ' ')" = "$ORIG $EX " ] && ok || bad "-c order: $(cat "$tmp/out")"

# --fail-on: invalid UTF-8 alone is suspicious, not obfuscated.
expect "suspicious is exit 0 by default" 0 "" "$U" scan -c "$tmp/bad.txt"
contains "verdict suspicious" "suspicious"
expect "--fail-on suspicious" 1 "" "$U" scan -c --fail-on suspicious "$tmp/bad.txt"
expect "-l --fail-on suspicious" 1 "$tmp/bad.txt" "$U" scan -l --fail-on=suspicious "$tmp/bad.txt" "$ORIG"

# -q stops quietly; errors still make it 2 unless something was found.
expect "-q clean" 0 "" "$U" scan -q "$ORIG"
expect "-q with missing file and a find" 1 "" "$U" scan -q -j1 "$EX" "$tmp/nope"

# Directories: error without -r, walked with -r (sorted, binary skipped).
mkdir -p "$tmp/d/sub" "$tmp/d/a"
cp "$EX" "$tmp/d/b.txt"; cp "$ORIG" "$tmp/d/a/ok.txt"; cp "$EX" "$tmp/d/sub/c.txt"
printf 'x\000y\n' >"$tmp/d/bin.dat"
expect "directory without -r" 2 "" "$U" scan -c "$tmp/d" "$ORIG"
contains "directory error" "d: is a directory" "$tmp/err"
contains "other file still scanned" "^$ORIG: clean"
expect "-r" 1 "" "$U" scan -c -r "$tmp/d"
[ "$(cut -d: -f1 "$tmp/out" | tr '\n' ' ')" = "$tmp/d/a/ok.txt $tmp/d/b.txt $tmp/d/sub/c.txt " ] && ok ||
	bad "-r order: $(cat "$tmp/out")"
contains "binary notice" "bin.dat: binary file skipped" "$tmp/err"
expect "-r -l" 1 "$tmp/d/b.txt
$tmp/d/sub/c.txt" "$U" scan -rl "$tmp/d"
expect "explicit binary file skipped" 0 "" "$U" scan -c "$tmp/d/bin.dat"
contains "binary notice for an explicit file" "binary file skipped" "$tmp/err"
expect "-a scans a binary file" 0 "" "$U" scan -c -a "$tmp/d/bin.dat"
contains "-a verdict" "bin.dat: "
(cd "$tmp/d" && "$U" scan -rc >"$tmp/out" 2>/dev/null); [ "$(wc -l <"$tmp/out")" -eq 3 ] && ok || bad "-r without operand scans ."

# -j: the same output, in input order, whatever the number of threads.
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	if [ $((i % 3)) = 0 ]; then cp "$ORIG" "$tmp/d/j$i.txt"; else cp "$EX" "$tmp/d/j$i.txt"; fi
done
set -- "$tmp"/d/j*.txt
"$U" scan -j1 "$@" >"$tmp/j1"; "$U" scan -j4 "$@" >"$tmp/j4"; "$U" scan "$@" >"$tmp/jd"
cmp -s "$tmp/j1" "$tmp/j4" && ok || bad "-j4 output differs from -j1"
cmp -s "$tmp/j1" "$tmp/jd" && ok || bad "default -j output differs from -j1"
"$U" scan --json -j3 "$@" >"$tmp/jj"
[ "$(jq -r .path "$tmp/jj" | tr '\n' ' ')" = "$(echo "$@") " ] && ok || bad "--json -j3 order"

# JSON: the documented shape, parsed by python3.
printf 'ab\377c \320\240\320\260ypal\n' >"$tmp/mix.txt"
"$U" scan --json "$EX" "$tmp/mix.txt" >"$tmp/js"
python3 - "$tmp/js" <<'PY' && ok || bad "JSON shape (python3)"
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(objs) == 2, objs
top = {"path", "findings", "truncated", "verdict", "score", "counts", "bytes", "words", "letters", "edits"}
for o in objs:
    assert set(o) == top, set(o) ^ top
    assert o["verdict"] in ("clean", "suspicious", "obfuscated")
    assert 0 <= o["score"] <= 1
    assert set(o["counts"]) == {"lookalike", "fancy", "invisible", "bidi", "marks", "invalid-utf8", "leet"}
    for f in o["findings"]:
        for k in ("offset", "length", "line", "column", "kind", "cp", "text", "name", "script",
                  "imitates", "imitates_cp", "imitates_script", "confidence", "undone"):
            assert k in f, (k, f)
        assert 0 <= f["confidence"] <= 1
data = open(objs[0]["path"], "rb").read()
f0 = objs[0]["findings"][0]
assert f0["cp"] == "U+043F" and f0["imitates"] == "n" and f0["imitates_cp"] == ["U+006E"], f0
assert data[f0["offset"]:f0["offset"] + f0["length"]].decode() == f0["text"] == "\u043f"
assert f0["kind"] == "lookalike" and f0["script"] == "Cyrillic" and f0["imitates_script"] == "Latin"
assert objs[0]["verdict"] == "obfuscated" and objs[0]["counts"]["lookalike"] == 44
inv = [f for f in objs[1]["findings"] if f["kind"] == "invalid-utf8"]
assert len(inv) == 1 and inv[0]["offset"] == 2 and inv[0]["length"] == 1, inv
assert inv[0]["cp"] is None and inv[0]["text_bytes"] == "ff", inv
PY
expect "--json --max-findings 1" 1 "" "$U" scan --json --max-findings 1 "$EX"
[ "$(jq -c '[(.findings|length), .truncated]' "$tmp/out")" = "[1,true]" ] && ok || bad "--json truncated"
printf '\377\376' >"$tmp/$(printf 'n\377me')"
"$U" scan --json -a "$tmp/$(printf 'n\377me')" >"$tmp/out" 2>/dev/null
jq -e '.path_bytes | endswith("6eff6d65")' "$tmp/out" >/dev/null && ok || bad "non-UTF-8 path: path_bytes"

# Colour: on with --color=always, off in a pipe and with never.
expect "--color=always" 1 "" "$U" scan --color=always "$EX"
grep -q "$(printf '\033')\[1;31m" "$tmp/out" && ok || bad "--color=always has no highlight"
contains "colour shows the line" "Local Ba"
contains "invisible characters are shown escaped" "Tick.*<U+200B>"
expect "pipe: no colour" 1 "" "$U" scan "$EX"
grep -q "$(printf '\033')" "$tmp/out" && bad "colour in a pipe" || ok
expect "--color=never" 1 "" "$U" scan --color=never "$EX"
grep -q "$(printf '\033')" "$tmp/out" && bad "colour with never" || ok

# Streaming: output starts before the input ends.
{ cat "$EX"; printf '\n\nmore'; sleep 3; printf ' end\n'; } | "$U" scan >"$tmp/stream" 2>&1 &
sleep 1.5
grep -q "U+043F" "$tmp/stream" && ok || bad "no output while the input was still open"
wait

# --lines: each line a document. After an obfuscated Russian line, the a
# alone between Russian words of the next line is a finding in one document,
# and none on a line of its own.
printf '\320\255\321\202o o\321\207e\320\275\321\214 \320\262a\320\266\320\275oe co\320\261\321\213\321\202\320\270e \320\264\320\273\321\217 \320\262ce\320\271 \320\275a\321\210e\320\271 c\321\202pa\320\275\321\213.\n\320\236\320\275 \321\201\320\272\320\260\320\267\320\260\320\273 a \320\277\320\276\321\202\320\276\320\274 o \321\207\321\221\320\274-\321\202\320\276.\nplain\n' >"$tmp/two.txt"
"$U" scan "$tmp/two.txt" >"$tmp/out"
contains "one document: the a on line 2 is a finding" "two.txt:2:11: U+0061"
expect "--lines" 1 "" "$U" scan --lines "$tmp/two.txt"
grep -q "two.txt:2:" "$tmp/out" && bad "--lines: a finding on line 2" || ok
contains "--lines: line 1 verdict" "two.txt:1: obfuscated (score"
expect "--lines -c" 1 "" "$U" scan --lines -c "$tmp/two.txt"
[ "$(wc -l <"$tmp/out")" = 1 ] && ok || bad "--lines -c: more than the file's verdict"
contains "--lines -c: the file's lines" "^$tmp/two.txt: obfuscated (score 0\.[0-9]*): [0-9]* lookalike; lines: 1 obfuscated, 0 suspicious, 2 clean$"
expect "--lines -q" 1 "" "$U" scan --lines -q "$tmp/two.txt"
expect "--lines -l" 1 "$tmp/two.txt" "$U" scan --lines -l "$ORIG" "$tmp/two.txt"
expect "--lines clean text" 0 "" "$U" scan --lines "$ORIG"
# JSON: one object per line, numbered, the same as scanning the line alone.
"$U" scan --lines --json "$tmp/two.txt" >"$tmp/lj"
python3 - "$U" "$tmp/two.txt" "$tmp/lj" <<'PY' && ok || bad "--lines --json: not one object per line as each line alone"
import json, subprocess, sys
u, path, got = sys.argv[1:]
lines = open(path, "rb").read().splitlines(keepends=True)
objs = [json.loads(l) for l in open(got, "rb")]
assert len(objs) == len(lines), (len(objs), len(lines))
off = 0
for i, (o, l) in enumerate(zip(objs, lines)):
    alone = json.loads(subprocess.run([u, "scan", "--json"], input=l, capture_output=True).stdout)
    assert o["line"] == i + 1 and o["path"] == path, o
    for k in ("verdict", "score", "counts", "bytes", "words", "letters"):
        assert o[k] == alone[k], (i, k, o[k], alone[k])
    assert [(f["offset"] - off, f["column"], f["cp"], f["kind"]) for f in o["findings"]] == \
           [(f["offset"], f["column"], f["cp"], f["kind"]) for f in alone["findings"]], i
    assert all(f["line"] == i + 1 for f in o["findings"]), i
    off += len(l)
PY
# A file of several blocks: from -j4, -j1 and a pipe, the same output,
# with the file's line numbers.
python3 - "$EX" "$tmp/lines.txt" <<'PY'
import sys
ex = open(sys.argv[1], "rb").read().splitlines(keepends=True)
out, i = bytearray(), 0
while len(out) < (1 << 20) - 40:
    out += ex[i % len(ex)]; i += 1
out += b"x" * ((1 << 20) - 1 - len(out)) + b"\n"
out += b"\r\n\n" + b"Pla\xd0\xbft " * 300000 + b"\n"
while len(out) < 5 * (1 << 20):
    out += ex[i % len(ex)].rstrip(b"\n") + b"\r\n"; i += 1
out += b"q\xcf\x85ietly"
open(sys.argv[2], "wb").write(out)
PY
"$U" scan --lines --json -j4 "$tmp/lines.txt" >"$tmp/s4"
"$U" scan --lines --json -j1 "$tmp/lines.txt" >"$tmp/s1"
"$U" scan --lines --json --label "$tmp/lines.txt" <"$tmp/lines.txt" >"$tmp/sp"
cmp -s "$tmp/s4" "$tmp/sp" && cmp -s "$tmp/s1" "$tmp/sp" && ok || bad "--lines --json: blocks in parallel differ from the pipe"
[ "$(wc -l <"$tmp/s4")" = "$(($(wc -l <"$tmp/lines.txt") + 1))" ] && ok || bad "--lines --json: not one object per line"
[ "$(tail -n 1 "$tmp/s4" | jq .line)" = "$(($(wc -l <"$tmp/lines.txt") + 1))" ] && ok || bad "--lines --json: last line's number"
"$U" scan --lines -j4 --color=never "$tmp/lines.txt" >"$tmp/t4"
"$U" scan --lines --color=never --label "$tmp/lines.txt" <"$tmp/lines.txt" >"$tmp/tp"
cmp -s "$tmp/t4" "$tmp/tp" && ok || bad "--lines: blocks in parallel differ from the pipe"
# -c and -l: the file's last block adds up the others' lines (around a
# small file, to keep the order of files).
"$U" scan --lines -c -j4 --color=never "$tmp/lines.txt" "$tmp/two.txt" "$tmp/lines.txt" >"$tmp/c4"
{ for f in "$tmp/lines.txt" "$tmp/two.txt" "$tmp/lines.txt"; do
	"$U" scan --lines -c --color=never --label "$f" <"$f"; done; } >"$tmp/cp"
cmp -s "$tmp/c4" "$tmp/cp" && ok || bad "--lines -c: blocks in parallel differ from the pipe: $(cat "$tmp/c4")"
n=$(($(wc -l <"$tmp/lines.txt") + 1))
set -- $(head -n 1 "$tmp/c4" | sed -n 's/.*; lines: \([0-9]*\) obfuscated, \([0-9]*\) suspicious, \([0-9]*\) clean$/\1 \2 \3/p')
[ $# = 3 ] && [ $(($1 + $2 + $3)) = "$n" ] && [ "$1" -gt 0 ] && ok || bad "--lines -c: the lines by verdict do not add up to $n: $(head -n 1 "$tmp/c4")"
"$U" scan --lines -l -j4 "$ORIG" "$tmp/lines.txt" "$ORIG" >"$tmp/l4"
[ "$(cat "$tmp/l4")" = "$tmp/lines.txt" ] && ok || bad "--lines -l -j4: listed '$(cat "$tmp/l4")'"
"$U" scan --lines -q -j4 "$ORIG" "$tmp/lines.txt"; [ $? = 1 ] && ok || bad "--lines -q -j4: status not 1"

# A closed pipe ends the run quietly.
i=0; while [ $i -lt 400 ]; do cat "$EX"; i=$((i + 1)); done >"$tmp/big.txt"
( "$U" scan "$tmp/big.txt" 2>"$tmp/pipe_err"; echo $? >"$tmp/pipe_rc" ) | head -n 1 >/dev/null
[ "$(cat "$tmp/pipe_rc")" = 1 ] || [ "$(cat "$tmp/pipe_rc")" = 0 ] && ok || bad "broken pipe status $(cat "$tmp/pipe_rc")"
[ ! -s "$tmp/pipe_err" ] && ok || bad "broken pipe printed $(cat "$tmp/pipe_err")"
finish
