#!/usr/bin/python3
"""Self-test of eval/obfuscate.py (plain asserts): python3 eval/test_obfuscate.py"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import obfuscate as ob  # noqa: E402

EN = ("Robert Plant stepped quietly through the door of the old theatre. "
      "The band played rock 'n' roll until midnight, and nobody in the "
      "audience wanted to go home. EXPECT NOTHING, said the sign.\n\n"
      "A second paragraph: mixing Jazz, Blues and Soul since 1969.")
RU = ("Роберт Плант тихо вошёл в дверь старого театра. Группа играла "
      "рок-н-ролл до полуночи, и никто в зале не хотел уходить домой.\n\n"
      "Второй абзац: СЕКРЕТНО, ХОРОШО и Ёлка.")
EL = ("Ο Ρόμπερτ Πλαντ μπήκε ήσυχα από την πόρτα του παλιού θεάτρου. "
      "ΚΑΝΕΝΑΣ ΔΕΝ ΗΘΕΛΕ ΝΑ ΦΥΓΕΙ ΑΠΟ ΤΗΝ ΑΙΘΟΥΣΑ.")
FA = "این یک متن فارسی است که می‌خواهیم آن را بررسی کنیم و نیم‌فاصله دارد."
RATES = [0.02, 0.05, 0.1, 0.3, 0.6, 1.0]
passed = failed = 0


def check(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)


for text, fams in ((EN, ob.families_for(EN)), (RU, ob.families_for(RU)),
                   (EL, ob.families_for(EL)), (FA, ob.families_for(FA))):
    for fam in fams:
        for rate in RATES:
            out1, ed1 = ob.obfuscate(text, fam, rate, seed="doc-1")
            out2, ed2 = ob.obfuscate(text, fam, rate, seed="doc-1")
            tag = f"{fam} r={rate} {text[:12]!r}"
            # determinism
            check(out1 == out2 and ed1 == ed2, "not deterministic: " + tag)
            # edit list reproduces the output
            check(ob.apply_edits(text, ed1) == out1, "apply_edits mismatch: " + tag)
            check(len(ed1) > 0 and out1 != text, "no edit made: " + tag)
            ins_idx = [i for i, o, _ in ed1 if not o]
            check(len(ins_idx) == len(set(ins_idx)), "two insertions at one boundary: " + tag)
            check(len({i for i, o, _ in ed1 if o}) == len([1 for _, o, _ in ed1 if o]),
                  "two substitutions at one index: " + tag)
            # substitutions are single code points replaced by something else
            for i, o, r in ed1:
                check(o == "" or (text[i] == o and r != o), f"bad edit {i,o,r}: " + tag)
                # case is kept: uppercase only by uppercase-looking letters
                if o and o.isalpha() and fam not in ("fancy",):
                    if o.isupper():
                        check(not r.islower(), f"case changed {o}->{r}: " + tag)
                    if o.islower():
                        check(not r.isupper(), f"case changed {o}->{r}: " + tag)
            # rates (exact for per-position families, approximate for fancy)
            if fam in ("invisible", "zalgo"):
                n = ob.eligible_count(text, fam)
                want = min(n, max(1, round(rate * n)))
                check(len(ed1) == want, f"rate: {len(ed1)} edits, want {want}: " + tag)
            elif fam == "fancy":
                n = len(ob.fancy_eligible(text))
                got = len(ed1) / n
                # approximate: whole words, and some styles lack letters
                check(got <= rate + 0.15 and (got >= rate * 0.5 or rate == 1.0 and got >= 0.4),
                      f"fancy rate {got:.3f} vs {rate}: " + tag)
            elif fam != "mix":
                subs = [e for e in ed1 if e[1]]
                check(len(subs) == len(ed1), "unexpected insertion: " + tag)
            if rate == 1.0 and fam in ("cyrillic", "greek", "latin_in_cyrillic",
                                       "latin_in_greek", "armenian_cherokee_latinext"):
                # every char that the document's table knows is changed: no
                # eligible letter may survive in the output where a
                # replacement was possible -> output has no more of those
                # letters at edited positions
                check(all(out1[i] != text[i] for i, o, _ in ed1 if o), tag)
        # a different seed gives a different result (for non-trivial rates)
        a, _ = ob.obfuscate(text, fam, 0.3, seed="doc-1")
        b, _ = ob.obfuscate(text, fam, 0.3, seed="doc-2")
        check(a != b, "seed has no effect: " + fam)

# rates for substitution families: exact count of eligible letters
out, ed = ob.obfuscate(EN, "greek", 0.5, seed="x")
check(len(ed) >= 1, "greek edits")
# monotone: higher rate -> more edits
for fam in ("cyrillic", "invisible", "zalgo", "fancy", "mix"):
    counts = [len(ob.obfuscate(EN, fam, r, seed="m")[1]) for r in RATES]
    check(counts[-1] >= counts[0] and counts[-1] > 0, f"{fam} counts {counts}")

# invisible: never inserts ZWJ/ZWNJ into Persian text
out, ed = ob.obfuscate(FA, "invisible", 1.0, seed="fa")
check(all(r not in ("\u200c", "\u200d") for _, _, r in ed), "ZWNJ inserted into Persian")
# zalgo: 3..12 combining marks per selected letter
out, ed = ob.obfuscate(EN, "zalgo", 0.3, seed="z")
check(all(3 <= len(r) <= 12 and all(unicodedata.category(c) in ("Mn", "Me") for c in r)
          for _, _, r in ed), "zalgo marks")
# family/script applicability
check(ob.families_for(EN)[0] == "cyrillic" and "latin_in_cyrillic" in ob.families_for(RU)
      and "latin_in_greek" in ob.families_for(EL), "families_for")
# fancy keeps whole words in one style
out, ed = ob.obfuscate("hello world", "fancy", 0.5, seed="w")
check(len(ed) == 5, f"fancy picks whole words: {ed}")
# a worked example: full rate Cyrillic on 'Plant' touches a, and maybe n/t
out, ed = ob.obfuscate("Plant", "cyrillic", 1.0, seed="p")
check(out[2] == "\u0430", "Pl[a]nt -> Cyrillic a")
# CLI round trip
import subprocess, tempfile, json  # noqa: E402
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "in.txt")
    open(p, "w", encoding="utf-8").write(EN)
    ej = os.path.join(td, "e.json")
    r = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "obfuscate.py"),
                        "-f", "greek", "-r", "0.4", "-s", "cli", "--edits", ej, p],
                       capture_output=True, text=True)
    check(r.returncode == 0, "cli rc")
    edits = [tuple(e) for e in json.load(open(ej, encoding="utf-8"))]
    check(r.stdout == ob.obfuscate(EN, "greek", 0.4, seed="cli")[0], "cli output")
    check(ob.apply_edits(EN, edits) == r.stdout, "cli edits")

print(f"test_obfuscate: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
