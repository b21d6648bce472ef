#!/bin/sh
# Tests of the UTS #39 subcommands of the built CLI ($UNSPOOF): skeleton,
# confusable, check. Prints "uts39-cli: N passed, M failed".
NAME=uts39-cli
. "$(dirname "$0")/lib.inc"

CYR_SCOPE=$(printf '\321\225\321\201\320\276\321\200\320\265')   # Cyrillic "scope"
CYR_A=$(printf 'p\320\260ypal')                                  # paypal, Cyrillic a

# skeleton
expect "skeleton args" 0 "$(printf 'scope\npaypal\nrn\nl')" "$U" skeleton "$CYR_SCOPE" "$CYR_A" m 1
printf 'ab\n\321\225\321\201\320\276\321\200\320\265\r\n' >"$tmp/in"
expect "skeleton stdin" 0 "$(printf 'ab\nscope')" sh -c "'$U' skeleton <'$tmp/in'"
expect "skeleton empty line" 0 "" sh -c "printf '\n' | '$U' skeleton"
expect "skeleton drops ignorables" 0 "ab" "$U" skeleton "$(printf 'a\302\255b')"
expect "skeleton bad utf8" 2 "" "$U" skeleton "$(printf 'a\377')"
expect "skeleton --invalid=replace" 0 "$(printf 'a\357\277\275')" "$U" skeleton --invalid=replace "$(printf 'a\377')"
expect "skeleton --bidi=rtl" 0 "$(printf '\327\251>Al')" "$U" skeleton --bidi=rtl "$(printf 'A1<\327\251')"
expect "skeleton --help" 0 "" "$U" skeleton --help
contains "skeleton --help text" "usage: unspoof skeleton"
expect "skeleton bad option" 2 "" "$U" skeleton --frobnicate

# confusable: exit 0 confusable, 1 not, 2 error
expect "confusable whole-script" 0 "" "$U" confusable scope "$CYR_SCOPE"
contains "whole-script text" "confusable: mixed-script, whole-script"
expect "confusable mixed-script" 0 "" "$U" confusable paypal "$CYR_A"
contains "mixed-script text" "confusable: mixed-script"
expect "confusable single-script" 0 "" "$U" confusable l 1
contains "single-script text" "confusable: single-script"
expect "not confusable" 1 "" "$U" confusable abc abd
contains "not confusable text" "not confusable"
expect "confusable one arg" 2 "" "$U" confusable abc
expect "confusable three args" 2 "" "$U" confusable a b c
expect "confusable bad utf8" 2 "" "$U" confusable "$(printf '\377')" a
expect "confusable --json" 0 '{"a":"l","b":"1","skeleton_a":"l","skeleton_b":"l","confusable":true,"single_script":true,"mixed_script":false,"whole_script":false}' "$U" confusable --json l 1
expect "confusable --json replace" 1 '{"a":"\uFFFD","a_bytes":"ff","b":"a","skeleton_a":"�","skeleton_b":"a","confusable":false,"single_script":false,"mixed_script":false,"whole_script":false}' "$U" confusable --json --invalid=replace "$(printf '\377')" a
expect "confusable --help" 0 "" "$U" confusable --help
contains "confusable --help text" "exit status: 0 if confusable"

# check
expect "check ascii" 0 "" "$U" check paypal
contains "check level" "restriction level: ascii"
contains "check status" "identifier status: allowed"
contains "check failed none" "failed checks:     none"
expect "check mixed" 1 "" "$U" check "$CYR_A"
contains "check minimally" "minimally-restrictive"
contains "check mixed-script" "none (mixed-script)"
expect "check --level=minimally" 0 "" "$U" check --level=minimally "$CYR_A"
expect "check mixed numbers" 1 "" "$U" check "$(printf 'a1\331\241')"
contains "check mixed numbers text" "U+0030 U+0660 (mixed numbers)"
expect "check restricted" 1 "" "$U" check "a b"
contains "check restricted text" "restricted (U+0020 at byte 1)"
expect "check --profile=any" 1 "" "$U" check --profile=any "a b"
contains "check any profile: ascii" "restriction level: ascii"
expect "check --json" 0 '{"identifier":"paypal","level":"ascii","scripts":["Latn"],"mixed_script":false,"digit_systems":[],"mixed_numbers":false,"identifier_allowed":true,"failed":[],"ok":true}' "$U" check --json paypal
expect "check --json japanese" 0 '' "$U" check --json "$(printf '\346\235\261\344\272\254\343\202\277\343\203\257\343\203\274')"
contains "check Jpan" '"scripts":\["Jpan"\]'
expect "check hidden overlay" 1 "" "$U" check --json "$(printf 'i\314\207\314\207')"
contains "check invisible" '"invisible","hidden-overlay"'
expect "check two idents, one fails" 1 "" "$U" check paypal "$CYR_A"
expect "check bad level" 2 "" "$U" check --level=extreme a
expect "check no ident" 2 "" "$U" check
expect "check bad utf8" 2 "" "$U" check "$(printf 'a\377')"
expect "check --help" 0 "" "$U" check --help
contains "check --help text" "usage: unspoof check"

finish
