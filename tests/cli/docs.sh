#!/bin/sh
# The man page renders without warnings and documents every scan/clean
# option; the bash completion loads and completes commands and options.
NAME=cli-docs
. "$(dirname "$0")/lib.inc"
if command -v groff >/dev/null 2>&1; then
	groff -man -Tutf8 -ww man/unspoof.1 >"$tmp/man" 2>"$tmp/warn"
	[ ! -s "$tmp/warn" ] && ok || bad "groff warnings: $(head -3 "$tmp/warn")"
fi
# Every long option that --help lists appears in the man page.
for c in scan clean; do
	for o in $("$U" $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" man/unspoof.1 && ok || bad "man page lacks $c $o"
	done
done
if command -v bash >/dev/null 2>&1; then
	bash -n cli/unspoof.bash-completion && ok || bad "completion: syntax"
	r=$(bash -c '. cli/unspoof.bash-completion; COMP_WORDS=(unspoof sc); COMP_CWORD=1; _unspoof; echo "${COMPREPLY[*]}"')
	[ "$r" = scan ] && ok || bad "completion of 'sc': $r"
	r=$(bash -c '. cli/unspoof.bash-completion; COMP_WORDS=(unspoof clean --in); COMP_CWORD=2; _unspoof; echo "${COMPREPLY[*]}"')
	[ "$r" = --in-place ] && ok || bad "completion of 'clean --in': $r"
	r=$(bash -c '. cli/unspoof.bash-completion; COMP_WORDS=(unspoof scan --color ""); COMP_CWORD=3; _unspoof; echo "${COMPREPLY[*]}"')
	[ "$r" = "auto always never" ] && ok || bad "completion of --color: $r"
fi
finish
