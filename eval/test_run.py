#!/usr/bin/python3
"""Self-test of the scoring in eval/run.py (plain asserts, no unspoof needed):
python3 eval/test_run.py"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import obfuscate as ob  # noqa: E402
import run  # noqa: E402

passed = failed = 0


def check(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)


sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample")
docs = run.load_docs(sample, None, 2)
check(len(docs) >= 20, f"sample docs: {len(docs)}")
for lang, did, text in docs:
    check(250 <= len(text) <= 3000 or text.count("\n\n") == 0, f"doc size {did} {len(text)}")

rng = random.Random(1)
for lang, did, text in docs:
    for fam in ob.families_for(text):
        for rate in (0.05, 0.3, 1.0):
            obf, edits = ob.obfuscate(text, fam, rate, seed=did)
            tag = f"{did} {fam} {rate}"
            # perfect cleaner
            u, r, c, ex = run.score_obfuscated(text, text, edits)
            check(u == r == len(edits) and c == 0 and ex, "perfect: " + tag)
            # identity cleaner: nothing restored, nothing collateral
            u, r, c, ex = run.score_obfuscated(text, obf, edits)
            check(not ex, 'identity is not exact ' + tag)
            check(r <= 0.002 * u + 1 and c <= 2, f"identity: {r}/{u} col {c} " + tag)
            # half the edits undone
            keep = [e for e in edits if rng.random() < 0.5]
            half = ob.apply_edits(text, keep)
            u, r, c, ex = run.score_obfuscated(text, half, edits)
            check(abs(r - (u - len(keep))) <= max(2, 0.01 * u), f"half: {r} vs {u - len(keep)} " + tag)
            check(c <= 2, f"half collateral {c} " + tag)
    # damage to genuine text is counted exactly
    check(run.changed_chars(text, text) == 0, "no change")
    t2 = text.replace("e", "é", 3)
    check(run.changed_chars(text, t2) == min(3, text.count("e")), "3 changes " + did)
    check(run.changed_chars(text, text[:10] + "\u200b" + text[10:]) == 1, "1 insertion")
    check(run.changed_chars(text, text[:10] + text[11:]) == 1, "1 deletion")

# collateral: a cleaner that also damages an untouched letter
text = "The quick brown fox jumps over the lazy dog near the river bank.\n"
obf, edits = ob.obfuscate(text, "cyrillic", 0.3, seed="c")
bad = text.replace("lazy", "lazz")
u, r, c, ex = run.score_obfuscated(text, bad, edits)
touched = {i for i, o, _ in edits}
check(c == (0 if text.index("lazy") + 3 in touched else 1) and r == u - (text.index("lazy") + 3 in touched),
      f"collateral {c} {r}/{u}")

# stray letters already in genuine text: fixing them is tolerated, nothing else
g = "Натисніть цi клавiшы, OrcaИнтервал и VLС, SuperПробел, двe.\n"
st = run.stray_positions(g)
strays = "".join(g[i] for i in sorted(st))
check(strays == "iiСe", f"stray letters: {strays!r}")
fixed = g.replace("цi", "ці").replace("клавiшы", "клавішы").replace("VLС", "VLC").replace("двe", "две")
check(run.changed_chars(g, fixed, True) == (0, 4), f"tolerated: {run.changed_chars(g, fixed, True)}")
broken = g.replace("OrcaИнтервал", "ОrсаИнтервал")
check(run.changed_chars(g, broken, True) == (3, 0), f"damage: {run.changed_chars(g, broken, True)}")
obf, edits = ob.obfuscate(g, "latin_in_cyrillic", 0.3, seed="t")
u, r, c, ex = run.score_obfuscated(g, fixed, edits)
check(ex and c == 0 and r == u, f"exact up to strays: {u} {r} {c} {ex}")

# sample splitting
parts = run.split_sample("a" * 200 + "\n\n" + "b" * 200 + "\n\n" + "c" * 1400 + "\n\n" + "d" * 100 + "\n")
check(len(parts) == 2 and parts[0].startswith("a") and parts[1].endswith("d\n"), f"split {[len(p) for p in parts]}")
# escaping for failure diffs
check(run.esc("a\u043f\u200b") == "aп<U+043F><U+200B>", run.esc("a\u043f\u200b"))

print(f"test_run: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
