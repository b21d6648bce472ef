"""Shared helpers for unspoof's table generators: UCD file parsing, a
multi-stage trie builder and C emitters. Standard library only.

Every generated file starts with a banner naming the Unicode version and the
generator, and its content depends only on the input data (deterministic).
"""
import re
from pathlib import Path

NCP = 0x110000


class UCD:
    """A Unicode data folder (Public/X.Y.Z layout) with cached parsers."""

    def __init__(self, root):
        self.root = Path(root)
        m = re.search(r"(\d+\.\d+\.\d+)", self.root.resolve().name)
        if not m:
            raise SystemExit("cannot tell the Unicode version of %s" % root)
        self.version = m.group(1)
        self._cache = {}

    def path(self, rel):
        p = self.root / rel
        if not p.exists():
            raise SystemExit("missing Unicode data file: %s" % p)
        return p

    def lines(self, rel):
        """Yields the data fields of each non-comment line, stripped."""
        with open(self.path(rel), encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    yield [x.strip() for x in line.split(";")]

    def ranges(self, rel):
        """Yields (lo, hi, fields[1:]) for 'XXXX..YYYY ; a ; b' lines."""
        for fields in self.lines(rel):
            r = fields[0]
            if ".." in r:
                lo, hi = r.split("..")
                yield int(lo, 16), int(hi, 16), fields[1:]
            else:
                c = int(r, 16)
                yield c, c, fields[1:]

    def unicode_data(self):
        """dict cp -> list of the 15 UnicodeData.txt fields (ranges expanded;
        the name field of a range member is the range label, e.g.
        '<CJK Ideograph>')."""
        if "ud" in self._cache:
            return self._cache["ud"]
        ud = {}
        first = None
        with open(self.path("ucd/UnicodeData.txt"), encoding="utf-8") as f:
            for line in f:
                fl = line.rstrip("\n").split(";")
                if len(fl) < 15:
                    continue
                cp = int(fl[0], 16)
                name = fl[1]
                if name.endswith(", First>"):
                    first = (cp, fl)
                    continue
                if name.endswith(", Last>"):
                    lo, ffl = first
                    label = ffl[1][: -len(", First>")] + ">"
                    for c in range(lo, cp + 1):
                        g = list(ffl)
                        g[0] = "%04X" % c
                        g[1] = label
                        ud[c] = g
                    first = None
                    continue
                ud[cp] = fl
        self._cache["ud"] = ud
        return ud

    def prop_values(self, rel, field=0, default=None):
        """Array of NCP values from a 'range ; value' file (value = fields[field])."""
        arr = [default] * NCP
        for lo, hi, f in self.ranges(rel):
            v = f[field]
            for c in range(lo, hi + 1):
                arr[c] = v
        return arr

    def binary_prop(self, rel, name):
        """Set of code points having binary property `name` in file rel."""
        s = set()
        for lo, hi, f in self.ranges(rel):
            if f and f[0] == name:
                s.update(range(lo, hi + 1))
        return s

    def aliases(self, prop):
        """dict short-or-long value name -> (short, long) from PropertyValueAliases."""
        out = {}
        for f in self.lines("ucd/PropertyValueAliases.txt"):
            if f[0] != prop:
                continue
            if prop == "ccc":
                short, long_ = f[2], f[3]
            else:
                short, long_ = f[1], f[2]
            for n in f[1:]:
                out[n] = (short, long_)
        return out


# ---------------------------------------------------------------- tries

def ctype_for(values):
    lo, hi = min(values, default=0), max(values, default=0)
    if lo >= 0:
        for bits, t in ((8, "uint8_t"), (16, "uint16_t"), (32, "uint32_t")):
            if hi < (1 << bits):
                return t, bits // 8
    for bits, t in ((8, "int8_t"), (16, "int16_t"), (32, "int32_t")):
        if -(1 << (bits - 1)) <= lo and hi < (1 << (bits - 1)):
            return t, bits // 8
    raise ValueError("values out of range")


def _dedup_blocks(values, size):
    """Splits values into blocks of `size`, dedups them; returns
    (flat list of unique blocks, list of block start offsets per block)."""
    index = {}
    flat = []
    starts = []
    for i in range(0, len(values), size):
        blk = tuple(values[i:i + size])
        off = index.get(blk)
        if off is None:
            off = len(flat)
            index[blk] = off
            flat.extend(blk)
        starts.append(off)
    return flat, starts


class Trie:
    """A three-stage lookup table over 0..0x10FFFF:
        v = t3[t2[t1[cp >> (s2+s3)] + ((cp >> s3) & (2^s2-1))] + (cp & (2^s3-1))]
    The shifts are chosen to minimise the total size."""

    def __init__(self, values, name):
        assert len(values) == NCP
        self.name = name
        best = None
        for s3 in range(3, 9):
            t3, starts3 = _dedup_blocks(values, 1 << s3)
            _, b3 = ctype_for(t3)
            for s2 in range(2, 9):
                if s2 + s3 > 16:
                    continue
                t2, starts2 = _dedup_blocks(starts3, 1 << s2)
                _, b2 = ctype_for(t2)
                _, b1 = ctype_for(starts2)
                size = len(t3) * b3 + len(t2) * b2 + len(starts2) * b1
                if best is None or size < best[0]:
                    best = (size, s2, s3, t3, t2, starts2)
        self.size, self.s2, self.s3, self.t3, self.t2, self.t1 = best
        # Self-check: every code point reads back.
        m2, m3 = (1 << self.s2) - 1, (1 << self.s3) - 1
        sh1 = self.s2 + self.s3
        for cp in range(NCP):
            v = self.t3[self.t2[self.t1[cp >> sh1] + ((cp >> self.s3) & m2)] + (cp & m3)]
            if v != values[cp]:
                raise AssertionError("trie %s wrong at U+%04X" % (name, cp))

    def c_source(self):
        out = []
        for stage, arr in (("1", self.t1), ("2", self.t2), ("3", self.t3)):
            t, _ = ctype_for(arr)
            out.append(c_array("us_%s_%s" % (self.name, stage), t, arr))
        return "\n".join(out)

    def c_header(self):
        n = self.name
        N = n.upper()
        decl = []
        for stage, arr in (("1", self.t1), ("2", self.t2), ("3", self.t3)):
            t, _ = ctype_for(arr)
            decl.append("extern const %s us_%s_%s[%d];" % (t, n, stage, len(arr)))
        t3, _ = ctype_for(self.t3)
        return (
            "\n".join(decl) + "\n"
            "/* %d bytes in all. */\n"
            "static inline %s us_%s_get(uint32_t cp)\n{\n"
            "\treturn us_%s_3[us_%s_2[us_%s_1[cp >> %d] + ((cp >> %d) & %d)] + (cp & %d)];\n"
            "}\n" % (self.size, t3, n, n, n, n, self.s2 + self.s3, self.s3,
                     (1 << self.s2) - 1, (1 << self.s3) - 1)
        ) + "#define US_%s_BYTES %d\n" % (N, self.size)


def c_array(name, ctype, values, per_line=None, static=False):
    if per_line is None:
        per_line = 16 if ctype.endswith("8_t") else 12 if ctype.endswith("16_t") else 8
    w = max((len(str(v)) for v in values), default=1)
    rows = []
    for i in range(0, len(values), per_line):
        rows.append("\t" + ", ".join(str(v).rjust(w) for v in values[i:i + per_line]) + ",")
    return "%sconst %s %s[%d] = {\n%s\n};\n" % (
        "static " if static else "", ctype, name, len(values), "\n".join(rows))


def c_string_literal(bs):
    """A C string literal for bytes bs, split into lines of ~76 chars."""
    out = []
    line = ""
    for b in bs:
        if 32 <= b < 127 and b not in (34, 92, 63):
            ch = chr(b)
        else:
            ch = "\\%03o" % b
        line += ch
        if len(line) >= 72:
            out.append('"%s"' % line)
            line = ""
    if line or not out:
        out.append('"%s"' % line)
    return "\n\t".join(out)


def c_bytes(name, data):
    """A const uint8_t array holding bytes data, written as a string
    literal (about 3 characters a byte for random data, against 5 for
    c_array()): the array has one byte more, the literal's NUL."""
    return "const uint8_t %s[%d] = /* %d bytes and a NUL */\n\t%s;\n" % (
        name, len(data) + 1, len(data), c_string_literal(bytes(data)))


def banner(ucd, generator):
    return ("/* Generated from Unicode %s by %s — do not edit.\n"
            " * Regenerate with `make regen`; `make regen-check` verifies it. */\n"
            % (ucd.version, generator))


def write_file(path, ucd, generator, body):
    text = banner(ucd, generator) + body
    if not text.endswith("\n"):
        text += "\n"
    Path(path).write_text(text, encoding="utf-8")
