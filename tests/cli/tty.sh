#!/bin/sh
# Terminal behaviour, in a real pseudo-terminal (tmux): scan highlights the
# offending characters in colour; NO_COLOR=1 and a pipe turn colour off; a
# long run shows a progress line on stderr. Skipped (77) without tmux.
NAME=tty
. "$(dirname "$0")/lib.inc"
if ! command -v tmux >/dev/null 2>&1; then
	echo "tty: tmux is not installed: skipped (CI installs it)"
	exit 77
fi
EX=$(pwd)/examples/obfuscated-news.txt
U=$(cd "$(dirname "$U")" && pwd)/$(basename "$U")
sock="$tmp/tmux.sock"
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
ESC=$(printf '\033')
# tmux re-encodes colours: bold red may come back as ESC[1m ESC[31m.
RED="${ESC}\[\(1;31\|31\)m"

# tty_run NAME WAIT_FOR CMD: runs CMD in a fresh 200x50 terminal, waits
# (at most 10 s) until the screen shows WAIT_FOR, then saves the screen
# with its colours in $tmp/NAME.
tty_run() {
	n=$1 want=$2 cmd=$3
	tmux -S "$sock" new-session -d -s "$n" -x 200 -y 50 "TERM=xterm-256color; export TERM; $cmd; sleep 60"
	i=0
	while [ $i -lt 100 ]; do
		tmux -S "$sock" capture-pane -e -p -t "$n" >"$tmp/$n" 2>/dev/null
		grep -q -- "$want" "$tmp/$n" && break
		sleep 0.1
		i=$((i + 1))
	done
	tmux -S "$sock" capture-pane -e -p -t "$n" >"$tmp/$n"
}

head -n 6 "$EX" >"$tmp/h.txt"
tty_run color "obfuscated (score" "unset NO_COLOR; '$U' scan '$tmp/h.txt'"
grep -q "$RED" "$tmp/color" && ok || bad "no highlight on a terminal: $(head -c 300 "$tmp/color")"
# The highlighted п of "Baпd" in the shown line.
grep -q "Ba${ESC}\[[0-9;]*m\\(${ESC}\[[0-9;]*m\\)*п" "$tmp/color" && ok || bad "the substituted letter is not highlighted"
grep -q "1 |.*Local Ba" "$tmp/color" && ok || bad "the offending line is not shown"
grep -q "${ESC}\[35m.*h.txt" "$tmp/color" && ok || bad "the path is not coloured"

tty_run nocolor "obfuscated (score" "NO_COLOR=1 '$U' scan '$EX'"
grep -q "U+043F" "$tmp/nocolor" && ok || bad "NO_COLOR run printed no findings"
grep -q "$ESC" "$tmp/nocolor" && bad "colour despite NO_COLOR=1" || ok

tty_run pipe "obfuscated (score" "unset NO_COLOR; '$U' scan '$EX' | cat"
grep -q "U+043F" "$tmp/pipe" && ok || bad "piped run printed no findings"
grep -q "$ESC" "$tmp/pipe" && bad "colour in a pipe" || ok

tty_run always "obfuscated (score" "NO_COLOR=1 '$U' scan --color=always '$EX' | cat"
grep -q "$RED" "$tmp/always" && ok || bad "--color=always lost in a pipe"

# Progress: a run of more than 2 s shows "N/M files ... /s" on stderr.
tty_run progress "files, " "{ cat '$EX'; sleep 4; } | '$U' scan -c"
grep -q "0/1 files, .*/s" "$tmp/progress" && ok || bad "no progress line: $(grep . "$tmp/progress" | head -3)"
i=0; while [ $i -lt 60 ] && ! grep -q "obfuscated" "$tmp/progress"; do
	sleep 0.1; i=$((i + 1)); tmux -S "$sock" capture-pane -e -p -t progress >"$tmp/progress"
done
grep -q "files, " "$tmp/progress" && bad "progress line not cleared at the end" || ok
# ... and never when stderr is not a terminal.
{ cat "$EX"; sleep 2.5; } | "$U" scan -c >/dev/null 2>"$tmp/err2"
[ ! -s "$tmp/err2" ] && ok || bad "progress written to a non-terminal: $(cat "$tmp/err2")"
finish
