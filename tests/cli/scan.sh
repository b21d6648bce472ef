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
finish
