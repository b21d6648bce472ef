#!/usr/bin/python3
"""Self-test of eval/context.py (plain asserts; a fake cleaner stands in for
unspoof): python3 eval/test_context.py"""
import io
import os
import stat
import sys
import tempfile
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import context  # noqa: E402

passed = failed = 0


def check(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)


check(context.mixed("полезeн") and not context.mixed("полезен"), "mixed()")
check(context.changed_words("a b c", "a x c") == ["b"], "changed_words()")
check(context.changed_words("a b", "a b c") is None, "changed_words() on unequal counts")

with tempfile.TemporaryDirectory() as tmp:
    corpus = os.path.join(tmp, "corpus")
    for lang, text in (("ru", "Привет, как дела у тебя сегодня вечером?\n\nВсё хорошо."),
                       ("en", "The cat sat on the mat and looked at the door.")):
        os.makedirs(os.path.join(corpus, lang))
        for n in (101, 250, 400):
            with open(os.path.join(corpus, lang, "%04d.txt" % n), "w", encoding="utf-8") as fh:
                fh.write(text)
    # Scored documents are never used.
    with open(os.path.join(corpus, "en", "0001.txt"), "w", encoding="utf-8") as fh:
        fh.write("scored")
    check(all(not n.endswith("/0001.txt") for n, _ in context.load(corpus)), "load() skips 0001-0100")

    def run(cleaner):
        exe = os.path.join(tmp, "fake")
        with open(exe, "w") as fh:
            fh.write("#!%s\nimport sys\n%s\n" % (sys.executable, cleaner))
        os.chmod(exe, os.stat(exe).st_mode | stat.S_IXUSR)
        out = io.StringIO()
        with redirect_stdout(out):
            rc = context.main(["--unspoof", exe, "--corpus", corpus, "--texts", "20",
                               "--show", "0", "--strict"])
        return rc, out.getvalue()

    # An identity cleaner: every result is the same in a text as alone.
    rc, out = run("sys.stdout.write(open(sys.argv[2], encoding='utf-8').read())")
    check(rc == 0 and "same as alone: 20 texts" in out, "identity cleaner: %d %s" % (rc, out[-300:]))
    # A cleaner that writes Cyrillic о as Latin o everywhere damages genuine
    # Russian documents (words of one script changed): --strict fails.
    rc, out = run("sys.stdout.write(open(sys.argv[2], encoding='utf-8').read().replace('\\u043e', 'o'))")
    check(rc == 1 and "FAIL genuine" in out, "damaging cleaner: %d %s" % (rc, out[-300:]))

print(f"test_context: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
