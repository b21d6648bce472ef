# Random texts for bench/compare/lib_diff.c and cli_diff.sh:
#   python3 bench/compare/gen_texts.py SEED COUNT OUTDIR
# English words with quotes and dashes, lines and paragraph breaks of every
# kind (LF, CRLF, white space in blank lines), sometimes long paragraphs
# without blank lines, and at random rates lookalike letters, invisible and
# bidi controls, marks, spaces of U+2000..U+200A, other scripts, leet,
# emoji and ill-formed bytes, at random positions.
import random, sys, os
seed = int(sys.argv[1]); count = int(sys.argv[2]); outdir = sys.argv[3]
R = random.Random(seed)
words = "the of and to in is was he for it with as his on be at by had are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people Mr how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three Dodge Frank Glenn Leroy Rwanda Vww fizz dzz".split()
lookalikes = ["\u0430","\u0435","\u043e","\u0440","\u0441","\u0445","\u03bf","\u03bd","\u0456","\u0501"]
seps = [" "]*30 + [", ", ". ", "; ", " \u2013 ", "\u2014", " \u2026 ", "\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\t\r\n", "\n\n\n", " \n\n", "\t", "  "]
quotes = [("\u201c","\u201d"),("\u2018","\u2019"),("\u2019s",""),("\u2032",""),("\u2020",""),("\u2022 ","")]
rare = ["\u200b","\u200c","\u200d","\u2060","\u00ad","\u202a","\u202c","\u202e","\u200e","\u2066","\u2069",
        "\u0301","\u0300\u0301\u0302","\u2000","\u2003","\u200a","\u2028","\u2029","\u00e9","\u00a0","\U0001d41a","\uff41",
        "\U0001F44D","h3ll0","1337","\u2010","\u2011","\u203d","\u2039","\u2044","\u20ac","\u2122"]
bad_bytes = [b"\xe2\x80", b"\xe2", b"\x80", b"\xff", b"\xc3", b"\xe2\x80\x8b", b"\xed\xa0\x80"]
def text():
    mode = R.random()
    target = R.choice([60, 200, 700, 2000, 5000, 20000]) if R.random() < 0.9 else R.choice([70000, 150000])
    pr = R.choice([0, 0.0005, 0.003, 0.02])  # rare char rate per word
    pl = R.choice([0, 0, 0.001, 0.01])       # lookalike rate
    pb = R.choice([0, 0, 0.0005])            # bad byte rate
    longp = R.random() < 0.15                # long paragraphs (no blank lines)
    out = []
    n = 0
    while n < target:
        w = R.choice(words)
        if R.random() < 0.08:
            q = R.choice(quotes); w = q[0] + w + q[1]
        if R.random() < pl:
            i = R.randrange(len(w)); w = w[:i] + R.choice(lookalikes) + w[i+1:]
        if R.random() < pr:
            r = R.choice(rare); i = R.randrange(len(w)+1); w = w[:i] + r + w[i:]
        s = R.choice(seps)
        if longp and "\n" in s and R.random() < 0.9: s = " "
        piece = (w + s).encode()
        if R.random() < pb:
            b = R.choice(bad_bytes); i = R.randrange(len(piece)+1); piece = piece[:i] + b + piece[i:]
        out.append(piece); n += len(piece)
    return b"".join(out)
for i in range(count):
    with open(os.path.join(outdir, "r%05d_%d.txt" % (i, seed)), "wb") as f:
        f.write(text())
