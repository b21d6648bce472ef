#!/usr/bin/python3
"""Random mixed-script texts for compare.sh, the same for the same seed.

usage: gen_texts.py OUT_DIR COUNT SEED [SAMPLE_DIR]

Words of the eval/sample texts, some with letters swapped for Cyrillic,
Greek or Armenian lookalikes (and back), in fancy fonts, with invisible
characters, stacked marks, leet digits, letters of other blocks (IPA,
Cherokee, Lisu, Armenian, Hebrew, Arabic, Thai, CJK...), capitals; between
them punctuation, paths, digits, bidi controls, blank lines; some texts get
ill-formed bytes. Sizes from 20 bytes to 10 kB."""
import os, random, sys
out = sys.argv[1]; N = int(sys.argv[2]); seed = int(sys.argv[3])
S = sys.argv[4] if len(sys.argv) > 4 else 'eval/sample'
S = S.rstrip('/') + '/'
os.makedirs(out, exist_ok=True)
R = random.Random(seed)
langs = {}
for f in sorted(os.listdir(S)):
    if f.endswith('.txt'):
        langs[f[:-4]] = open(S + f, encoding='utf-8').read().split()
L2C = dict(zip('aceopxyiABEHKMOPTXCsjhSIJ', 'асеорхуіАВЕНКМОРТХСѕјһЅІЈ'))
L2G = dict(zip('aoupvtiABEHIKMNOPTXYZnk', 'αουρντιΑΒΕΗΙΚΜΝΟΡΤΧΥΖηκ'))
C2L = {v: k for k, v in L2C.items()}
G2L = {v: k for k, v in L2G.items()}
L2A = dict(zip('ouhnqgdS', 'օսհոզցժՏ'))
ranges = [(0x250, 0x2AF), (0x13A0, 0x13F4), (0xA4D0, 0xA4FD), (0x531, 0x587), (0x1D400, 0x1D7FF),
          (0xFF01, 0xFF5E), (0x24B6, 0x24E9), (0x1F130, 0x1F189), (0x2070, 0x209C), (0x1D00, 0x1D6A),
          (0x370, 0x3FF), (0x400, 0x52F), (0x5D0, 0x5EA), (0x620, 0x64A), (0xE01, 0xE3A), (0x4E00, 0x4E40),
          (0x300, 0x36F), (0x1AB0, 0x1ACE), (0x10A0, 0x10FF), (0x180B, 0x180F), (0x1820, 0x1842),
          (0x900, 0x97F), (0x1E00, 0x1EFF), (0x100, 0x24F), (0x2C60, 0x2C7F), (0xA720, 0xA7FF),
          (0x1F600, 0x1F64F), (0x2000, 0x206F), (0x2460, 0x24B5), (0x3040, 0x30FF), (0xAC00, 0xAC40)]
special = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202b', '\u202c',
           '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
           '\u0131', '\u028b', '\u0192', '\u0263', '\u0269', '\u0196', '\u015f', '\u011f', '\u0130',
           '\u0259', '\u025b', '\u0254', '\u014b', '\u0256', '\u0253', '\u0257', '\u03d6', '\u0251',
           '\u0237', '\u01c0', '\ua4f2', '\u0406', '\u04cf', '\u2018', '\u2019', '\u201c', '\u201d',
           '\u2013', '\u2014', '\u00ab', '\u00bb', '\u2039', '\u203a', '\ufe0f', '\u0483', '\u0301']
punct = list(' ,.;:!?()[]"\'-/\\_@$|0123456789') + ['\n', '\n\n', '\t', ' - ', '--', '://']
fontbase = [0x1D400, 0x1D41A, 0x1D434, 0x1D44E, 0x1D468, 0x1D482, 0x1D5A0, 0x1D5BA, 0x1D5D4, 0x1D5EE, 0x1D670, 0x1D68A]

def fancy(w):
    b = R.choice(fontbase)
    o = []
    for c in w:
        if 'a' <= c <= 'z' and b in (0x1D41A, 0x1D44E, 0x1D482, 0x1D5BA, 0x1D5EE, 0x1D68A):
            o.append(chr(b + ord(c) - 97))
        elif 'A' <= c <= 'Z' and b in (0x1D400, 0x1D434, 0x1D468, 0x1D5A0, 0x1D5D4, 0x1D670):
            o.append(chr(b + ord(c) - 65))
        elif 'a' <= c <= 'z' and R.random() < 0.5:
            o.append(chr(0xFF41 + ord(c) - 97))
        else:
            o.append(c)
    return ''.join(o)

def word():
    lang = R.choice(list(langs))
    if R.random() < 0.4:
        lang = 'en'
    w = R.choice(langs[lang])
    r = R.random()
    p = R.choice([0.1, 0.3, 0.5, 0.9, 1.0])
    if r < 0.25:
        tab = R.choice([L2C, L2G, L2A])
        w = ''.join(tab[c] if c in tab and R.random() < p else c for c in w)
    elif r < 0.35:
        tab = R.choice([C2L, G2L])
        w = ''.join(tab[c] if c in tab and R.random() < p else c for c in w)
    elif r < 0.40:
        w = fancy(w)
    elif r < 0.45:
        i = R.randrange(len(w) + 1)
        w = w[:i] + R.choice(special) + w[i:]
    elif r < 0.48:
        i = R.randrange(len(w) + 1)
        w = w[:i] + ''.join(chr(R.randrange(0x300, 0x370)) for _ in range(R.randrange(1, 8))) + w[i:]
    elif r < 0.52:
        lt = dict(zip('oieastbgl', '013457896'))
        w = ''.join(lt[c] if c in lt and R.random() < 0.5 else c for c in w)
    elif r < 0.58:
        lo, hi = R.choice(ranges)
        w = ''.join(chr(R.randrange(lo, hi + 1)) if R.random() < 0.3 else c for c in w)
    elif r < 0.61:
        w = w.upper()
    elif r < 0.63:
        w = w.capitalize()
    return w

for n in range(N):
    parts = []
    size = R.choice([20, 80, 300, 1000, 3000, 10000])
    total = 0
    while total < size:
        r = R.random()
        if r < 0.75:
            t = word()
        elif r < 0.93:
            t = R.choice(punct)
        else:
            t = R.choice(special)
        parts.append(t)
        parts.append(R.choice([' ', ' ', ' ', ' ', '', '\n', '. ', ', ', '/', '_', '\n\n']))
        total += len(t) + 1
    b = ''.join(parts).encode('utf-8', 'surrogatepass')
    if R.random() < 0.15:
        ba = bytearray(b)
        for _ in range(R.randrange(1, 5)):
            i = R.randrange(len(ba) + 1)
            ba[i:i] = bytes([R.choice([0x80, 0xBF, 0xC0, 0xC3, 0xD0, 0xE2, 0xED, 0xF0, 0xF4, 0xF8, 0xFF])])
        b = bytes(ba)
    with open(os.path.join(out, 'r%05d.txt' % n), 'wb') as f:
        f.write(b)
