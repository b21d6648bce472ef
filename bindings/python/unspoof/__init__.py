"""unspoof: find and undo lookalike-character ("homoglyph") obfuscation in text,
and check identifiers with Unicode's security mechanisms (UTS #39).

A thin typed layer over libunspoof (through ctypes)::

    >>> import unspoof
    >>> r = unspoof.scan("Robert Pla\u043ft")
    >>> r.verdict, r.findings[0].start, r.findings[0].imitates
    ('obfuscated', 10, 'n')
    >>> unspoof.clean("Robert Pla\u043ft").text
    'Robert Plant'

Text is ``str`` or ``bytes``. For ``str``, positions are given both as string
indices (``start``/``end``) and as UTF-8 byte offsets (``offset``/``length``);
for ``bytes`` both are byte positions and results that are text are ``bytes``,
so ill-formed UTF-8 is kept (or replaced) exactly as the C library does. A
``str`` holding surrogate escapes (``'\\udc80'``..``'\\udcff'``, as from
``bytes.decode('utf-8', 'surrogateescape')`` or ``os.fsdecode``) is taken as
those raw bytes, and they come back the same way.

The C calls release the GIL, so threads scale (all functions are thread-safe).
"""
from __future__ import annotations

import ctypes
import functools
import struct
import sys
import threading
from ctypes import byref, c_int, c_size_t, c_uint
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

from . import _json as J
from ._lib import lib, cstr
from . import _lib

__all__ = [
    "scan", "scan_json", "clean", "skeleton", "confusable", "check", "Report", "Finding", "Cleaned", "Edit",
    "Confusability", "CheckResult", "UnspoofError", "InvalidUTF8Error", "KINDS", "VERDICTS",
    "LEVELS", "version", "unicode_version", "__version__",
]

_SLOTS = {"slots": True} if sys.version_info >= (3, 10) else {}

Text = Union[str, bytes, bytearray, memoryview]
TextOut = Union[str, bytes]

KINDS: Tuple[str, ...] = tuple(cstr(lib.unspoof_kind_name(k)) or "" for k in range(_lib.KIND_COUNT))
VERDICTS: Tuple[str, ...] = tuple(cstr(lib.unspoof_verdict_name(v)) or "" for v in range(3))
LEVELS: Tuple[str, ...] = tuple(cstr(lib.unspoof_level_name(v)) or "" for v in range(1, 7))

_E_NULL, _E_SMALL, _E_UTF8, _E_NOMEM, _E_INVALID_ARG = -1, -2, -3, -4, -5
_INVALID_KEEP, _INVALID_REPLACE = 0x1, 0x2
_UNDO_DEFAULT = 0x3F
_ALLOW_ANY, _ALLOW_IDENTIFIER = 0, 1


def version() -> str:
    """The C library's version, e.g. '0.1.0'."""
    return cstr(lib.unspoof_version()) or ""


def unicode_version() -> str:
    """The Unicode version of the library's tables, e.g. '17.0.0'."""
    return cstr(lib.unspoof_unicode_version()) or ""


__version__ = "0.1.0"


class UnspoofError(Exception):
    """An error reported by libunspoof; ``code`` is its unspoof_status."""

    def __init__(self, code: int, message: Optional[str] = None):
        self.code = code
        super().__init__(message or cstr(lib.unspoof_strerror(code)))


class InvalidUTF8Error(UnspoofError, ValueError):
    """The input is not well-formed UTF-8 and the call was strict.
    ``offset`` is the byte offset of the first ill-formed byte, ``index`` the
    same position as a string index (equal to ``offset`` for bytes input)."""

    def __init__(self, offset: int, index: int, what: str):
        self.offset = offset
        self.index = index
        super().__init__(_E_UTF8, f"{what}: ill-formed UTF-8 at byte {offset} "
                                  f"(pass invalid='keep' or invalid='replace')")


def _raise(rc: int, what: str) -> None:
    if rc == _E_NOMEM:
        raise MemoryError(f"{what}: out of memory")
    if rc == _E_INVALID_ARG:
        raise ValueError(f"{what}: {cstr(lib.unspoof_strerror(rc))}")
    raise UnspoofError(rc, f"{what}: {cstr(lib.unspoof_strerror(rc))}")


# ------------------------------------------------------------------ input

class _In:
    """Input text as UTF-8 bytes, with string-index mapping for str input."""
    __slots__ = ("b", "s", "is_str")

    def __init__(self, text: Text, what: str = "text"):
        if isinstance(text, str):
            self.is_str = True
            self.s = text
            try:
                self.b = text.encode("utf-8")
            except UnicodeEncodeError:
                try:
                    self.b = text.encode("utf-8", "surrogateescape")
                except UnicodeEncodeError as e:
                    raise ValueError(
                        f"{what}: lone surrogate U+{ord(text[e.start]):04X} at index {e.start} "
                        "cannot be encoded as UTF-8 (only surrogate escapes U+DC80..U+DCFF "
                        "stand for raw bytes; pass bytes instead)") from None
                if self.b.decode("utf-8", "surrogateescape") != text:
                    raise ValueError(
                        f"{what}: its surrogate escapes form well-formed UTF-8 once encoded, "
                        "so string indices would be ambiguous; pass bytes instead")
        elif isinstance(text, (bytes, bytearray, memoryview)):
            self.is_str = False
            self.b = bytes(text)
            self.s = ""
        else:
            raise TypeError(f"{what}: expected str or bytes, not {type(text).__name__}")

    def out(self, b: bytes) -> TextOut:
        return b.decode("utf-8", "surrogateescape") if self.is_str else b


def _index_map(b: bytes, offsets: Iterable[int], is_str: bool) -> Dict[int, int]:
    """Maps byte offsets of b (at character boundaries) to string indices of
    b.decode('utf-8', 'surrogateescape'); the identity for bytes and ASCII."""
    offs = sorted(set(offsets))
    if not is_str or b.isascii():
        return {o: o for o in offs}
    m: Dict[int, int] = {}
    prev = idx = 0
    for o in offs:
        idx += len(b[prev:o].decode("utf-8", "surrogateescape"))
        m[o] = idx
        prev = o
    return m


# --------------------------------------------------------------- options

@functools.lru_cache(maxsize=None)
def _script_index(name: str) -> int:
    i = lib.unspoof_script_from_name(name.encode("ascii", "replace"))
    if i < 0:
        raise ValueError(f"unknown script {name!r} (give an ISO 15924 code such as 'Latn' "
                         "or a name such as 'Latin')")
    return i


@functools.lru_cache(maxsize=None)
def _script_name(i: int) -> Optional[str]:
    return cstr(lib.unspoof_script_name(i)) if i >= 0 else None


@functools.lru_cache(maxsize=4096)
def _char_name(cp: int) -> str:
    buf = ctypes.create_string_buffer(128)
    n = c_size_t(0)
    lib.unspoof_char_name(cp, 1, buf, 128, byref(n))
    return buf.raw[:n.value].decode("ascii")


def _kind_bits(kinds: Union[str, Iterable[str]], what: str) -> int:
    if isinstance(kinds, str):
        kinds = [k for k in kinds.split(",") if k]
    bits = 0
    for k in kinds:
        if not isinstance(k, str):
            raise TypeError(f"{what}: kinds are strings, not {type(k).__name__}")
        if k == "all":
            bits |= (1 << len(KINDS)) - 1
        elif k in KINDS:
            bits |= 1 << KINDS.index(k)
        else:
            raise ValueError(f"{what}: unknown kind {k!r} (expected one of {', '.join(KINDS)}, all)")
    return bits


def _options(script: Optional[str], forbid: Iterable[str], undo: Union[None, str, Iterable[str]],
             keep_invisible: bool, invalid: str, leet: bool) -> _lib.Options:
    o = _lib.Options()
    lib.unspoof_options_init(byref(o))
    if script is not None:
        if not isinstance(script, str):
            raise TypeError(f"script: expected a str, not {type(script).__name__}")
        o.target_script = _script_index(script)
    if isinstance(forbid, str):
        forbid = [forbid]
    for name in forbid:
        if not isinstance(name, str):
            raise TypeError(f"forbid: expected script names, not {type(name).__name__}")
        i = _script_index(name)
        o.forbid.bits[i >> 6] |= 1 << (i & 63)
    if invalid == "keep":
        o.invalid = _INVALID_KEEP
    elif invalid == "replace":
        o.invalid = _INVALID_REPLACE
    else:
        raise ValueError(f"invalid: expected 'keep' or 'replace', not {invalid!r}")
    o.keep_invisible = 1 if keep_invisible else 0
    o.leet = 1 if leet else 0
    if undo is not None:
        o.undo = _kind_bits(undo, "undo")
    elif leet:
        o.undo |= 1 << KINDS.index("leet")  # as the CLI: --leet undoes leet too
    return o


# ---------------------------------------------------------------- scan

@dataclass(eq=True, **_SLOTS)
class Finding:
    """One finding. ``start``/``end`` are indices into the input (str or
    bytes); ``offset``/``length`` are UTF-8 bytes. ``cp`` is the code point
    (None for invalid UTF-8); ``column`` counts code points in the line;
    ``confidence`` is the C library's float (so 0.9 reads 0.8999999761581421)."""
    start: int
    end: int
    offset: int
    length: int
    line: int
    column: int
    kind: str
    cp: Optional[int]
    text: TextOut
    name: Optional[str]
    script: Optional[str]
    imitates: str
    imitates_cp: Tuple[int, ...]
    imitates_script: Optional[str]
    confidence: float
    undone: bool


@dataclass(frozen=True)
class _Summary:
    verdict: str
    score: float
    counts: Dict[str, int]
    bytes: int
    words: int
    letters: int
    edits: int


def _summary(s: _lib.Summary) -> dict:
    return dict(verdict=VERDICTS[s.verdict], score=s.score,
                counts={KINDS[k]: int(s.counts[k]) for k in range(len(KINDS))},
                bytes=s.bytes, words=s.words, letters=s.letters, edits=s.edits)


def _tail_json(r: "_Summary") -> str:
    return ('"verdict":"%s","score":%.4f,"counts":{%s},"bytes":%d,"words":%d,"letters":%d,'
            '"edits":%d' % (r.verdict, r.score,
                            ",".join('"%s":%d' % (k, r.counts[k]) for k in KINDS),
                            r.bytes, r.words, r.letters, r.edits))


def _path_bytes(path: Union[str, bytes]) -> bytes:
    return path if isinstance(path, bytes) else path.encode("utf-8", "surrogateescape")


@dataclass(frozen=True)
class Report(_Summary):
    """What scan() found: the verdict ('clean', 'suspicious', 'obfuscated'),
    a score in 0..1, counts per kind, and the findings in input order."""
    findings: List[Finding] = field(default_factory=list)
    _source: bytes = field(default=b"", repr=False, compare=False)

    def to_json(self, path: Union[str, bytes] = "(standard input)") -> str:
        """The line `unspoof scan --json` prints for this input (with '\\n')."""
        src = self._source
        parts = []
        for f in self.findings:
            text = src[f.offset:f.offset + min(f.length, 64)]
            parts.append('{"offset":%d,"length":%d,"line":%d,"column":%d,"kind":"%s",%s,'
                         '"confidence":%.2f,"undone":%s}' % (
                             f.offset, f.length, f.line, f.column, f.kind,
                             _finding_middle(f.cp, text, f.script, f.imitates_cp,
                                             f.imitates_script),
                             f.confidence, "true" if f.undone else "false"))
        return '{%s,"findings":[%s],"truncated":false,%s}\n' % (
            J.text_field("path", _path_bytes(path)), ",".join(parts), _tail_json(self))


@functools.lru_cache(maxsize=65536)
def _finding_middle(cp: Optional[int], text: bytes, script: Optional[str],
                    imitates_cp: Tuple[int, ...], imitates_script: Optional[str]) -> str:
    """The part of a finding's JSON from "cp" to "imitates_script" (cached:
    a document repeats the same few substitutions many times)."""
    inv = cp is None
    im = "".join(chr(c) for c in imitates_cp).encode("utf-8")
    return '"cp":%s,%s,"name":%s,"script":%s,"imitates":%s,"imitates_cp":[%s],' \
        '"imitates_script":%s' % (
            "null" if inv else J.cp(cp or 0), J.text_field("text", text),
            "null" if inv else J.string(_char_name(cp or 0).encode()),
            "null" if inv else '"%s"' % (script or "?"), J.string(im),
            ",".join(J.cp(c) for c in imitates_cp),
            '"%s"' % imitates_script if imitates_script else "null")


def scan(text: Text, *, script: Optional[str] = None, forbid: Iterable[str] = (),
         undo: Union[None, str, Iterable[str]] = None, keep_invisible: bool = False,
         invalid: str = "keep", leet: bool = False) -> Report:
    """Finds lookalike-character obfuscation in text (str or bytes).

    The options are those of clean() (they decide each finding's ``undone``;
    ``leet=True`` also reports digits and symbols standing for letters)."""
    inp = _In(text)
    raw, summary = _scan_raw(inp, _options(script, forbid, undo, keep_invisible, invalid, leet))
    m = _index_map(inp.b, [f[0] for f in raw] + [f[0] + f[3] for f in raw], inp.is_str)
    out = []
    add = out.append
    is_str, s, b = inp.is_str, inp.s, inp.b
    for (off, line, col, length, cp, kind, sc, i0, i1, i2, i3, nim, isc, conf,
         undone) in raw:
        a, z = m[off], m[off + length]
        inv = kind == 5
        ims = (i0, i1, i2, i3)[:nim]
        add(Finding(a, z, off, length, line, col, KINDS[kind], None if inv else cp,
                    s[a:z] if is_str else b[a:z], None if inv else _char_name(cp),
                    _script_name(sc), "".join(map(chr, ims)), ims,
                    _script_name(isc) if nim else None, conf, bool(undone)))
    return Report(findings=out, _source=inp.b, **summary)


def _scan_raw(inp: "_In", opts: _lib.Options) -> Tuple[List[tuple], dict]:
    """The findings as tuples of struct unspoof_finding's fields, and the summary."""
    rp = ctypes.POINTER(_lib.Report)()
    rc = lib.unspoof_scan(byref(opts), inp.b, len(inp.b), byref(rp))
    if rc:
        _raise(rc, "scan")
    try:
        r = rp.contents
        n = r.nfindings
        raw = list(_FINDING.iter_unpack(ctypes.string_at(r.findings, n * _FINDING.size))) \
            if n else []
        return raw, _summary(r.summary)
    finally:
        lib.unspoof_report_free(rp)


def scan_json(text: Text, path: Union[str, bytes] = "(standard input)", *,
              script: Optional[str] = None, forbid: Iterable[str] = (),
              undo: Union[None, str, Iterable[str]] = None, keep_invisible: bool = False,
              invalid: str = "keep", leet: bool = False) -> str:
    """scan(text, ...).to_json(path) without building Finding objects: the
    line `unspoof scan --json` prints, for batch jobs (unspoof.dask)."""
    inp = _In(text)
    raw, summary = _scan_raw(inp, _options(script, forbid, undo, keep_invisible, invalid, leet))
    src = inp.b
    parts = []
    add = parts.append
    for (off, line, col, length, cp, kind, sc, i0, i1, i2, i3, nim, isc, conf, undone) in raw:
        inv = kind == 5
        add('{"offset":%d,"length":%d,"line":%d,"column":%d,"kind":"%s",%s,'
            '"confidence":%.2f,"undone":%s}' % (
                off, length, line, col, KINDS[kind],
                _finding_middle(None if inv else cp, src[off:off + min(length, 64)],
                                _script_name(sc), (i0, i1, i2, i3)[:nim],
                                _script_name(isc) if nim else None),
                conf, "true" if undone else "false"))
    return '{%s,"findings":[%s],"truncated":false,%s}\n' % (
        J.text_field("path", _path_bytes(path)), ",".join(parts),
        _tail_json(_Summary(**summary)))


# struct unspoof_finding, unpacked in one go (no per-field ctypes access)
_FINDING = struct.Struct("=QQQIIii4IIifi")
if _FINDING.size != ctypes.sizeof(_lib.Finding):
    raise ImportError("unspoof: unexpected layout of struct unspoof_finding")


# ---------------------------------------------------------------- clean

@dataclass(eq=True, **_SLOTS)
class Edit:
    """One edit: input[in_start:in_end] became text[out_start:out_end] (indices
    of the input and of the cleaned text); the same in UTF-8 bytes as
    in_offset/in_length and out_offset/out_length. Text between edits is copied."""
    in_start: int
    in_end: int
    out_start: int
    out_end: int
    in_offset: int
    in_length: int
    out_offset: int
    out_length: int
    kind: str


@dataclass(frozen=True)
class Cleaned(_Summary):
    """What clean() gives: the restored ``text`` (str for str input, bytes for
    bytes), its ``edits`` (the offset map) and the summary of the input."""
    text: TextOut = ""
    edit_map: List[Edit] = field(default_factory=list)

    def to_map_json(self, path: Union[str, bytes] = "(standard input)") -> str:
        """The line `unspoof clean --map FILE` writes for this input."""
        out_bytes = self.bytes + sum(e.out_length - e.in_length for e in self.edit_map)
        edits = ",".join(
            '{"in_offset":%d,"in_length":%d,"out_offset":%d,"out_length":%d,"kind":"%s"}' % (
                e.in_offset, e.in_length, e.out_offset, e.out_length, e.kind)
            for e in self.edit_map)
        return '{%s,"edits":[%s],"in_bytes":%d,"out_bytes":%d}\n' % (
            J.text_field("path", _path_bytes(path)), edits, self.bytes, out_bytes)


def clean(text: Text, *, script: Optional[str] = None, forbid: Iterable[str] = (),
          undo: Union[None, str, Iterable[str]] = None, keep_invisible: bool = False,
          invalid: str = "keep", leet: bool = False) -> Cleaned:
    """Undoes obfuscation in text (str or bytes).

    script: restore every lookalike into this script ('Latin', 'Cyrl', ...)
        instead of deciding per word (C: target_script).
    forbid: scripts never restored into.
    undo: the kinds to undo (names from KINDS, a list or a comma-separated
        string, or 'all'); default all but 'leet'.
    keep_invisible: report invisible characters but keep them.
    invalid: 'keep' (default) ill-formed UTF-8 bytes, or 'replace' each
        maximal subpart with U+FFFD.
    leet: also treat digits and symbols in words as letters ("h3ll0"); unless
        undo is given, they are undone too (as the CLI's --leet)."""
    inp = _In(text)
    opts = _options(script, forbid, undo, keep_invisible, invalid, leet)
    cp = ctypes.POINTER(_lib.Cleaned)()
    rc = lib.unspoof_clean(byref(opts), inp.b, len(inp.b), byref(cp))
    if rc:
        _raise(rc, "clean")
    try:
        c = cp.contents
        outb = ctypes.string_at(c.text, c.len) if c.len else b""
        raw = [c.edits[i] for i in range(c.nedits)]
        mi = _index_map(inp.b, [e.in_offset for e in raw] +
                        [e.in_offset + e.in_length for e in raw], inp.is_str)
        mo = _index_map(outb, [e.out_offset for e in raw] +
                        [e.out_offset + e.out_length for e in raw], inp.is_str)
        edits = [Edit(in_start=mi[e.in_offset], in_end=mi[e.in_offset + e.in_length],
                      out_start=mo[e.out_offset], out_end=mo[e.out_offset + e.out_length],
                      in_offset=e.in_offset, in_length=e.in_length, out_offset=e.out_offset,
                      out_length=e.out_length, kind=KINDS[e.kind]) for e in raw]
        return Cleaned(text=inp.out(outb), edit_map=edits, **_summary(c.summary))
    finally:
        lib.unspoof_cleaned_free(cp)


# ------------------------------------------------------------ skeletons

def _invalid_flags(invalid: str, what: str, allow_keep: bool = True) -> int:
    if invalid == "error":
        return 0
    if invalid == "keep" and allow_keep:
        return _INVALID_KEEP
    if invalid == "replace":
        return _INVALID_REPLACE
    raise ValueError(f"{what}: invalid: expected 'error', {'keep, ' if allow_keep else ''}"
                     f"or 'replace', not {invalid!r}")


def _utf8_error(inp: _In, offset: int, what: str) -> InvalidUTF8Error:
    return InvalidUTF8Error(offset, _index_map(inp.b, [offset], inp.is_str)[offset], what)


def _skeleton_bytes(inp: _In, flags: int, bidi: Optional[str], what: str) -> bytes:
    if bidi not in (None, "ltr", "rtl"):
        raise ValueError(f"{what}: bidi: expected None, 'ltr' or 'rtl', not {bidi!r}")
    cap = max(64, 2 * len(inp.b) + 16)
    for _ in range(2):
        buf = ctypes.create_string_buffer(cap)
        n = c_size_t(0)
        if bidi is None:
            rc = lib.unspoof_skeleton(inp.b, len(inp.b), buf, cap, byref(n), flags)
        else:
            rc = lib.unspoof_bidi_skeleton(0 if bidi == "ltr" else 1, inp.b, len(inp.b), buf, cap,
                                           byref(n), flags)
        if rc == 0:
            return buf.raw[:n.value]
        if rc == _E_UTF8:
            raise _utf8_error(inp, n.value, what)
        if rc != _E_SMALL:
            _raise(rc, what)
        cap = n.value
    raise UnspoofError(_E_SMALL, f"{what}: the skeleton's size changed between calls")


def skeleton(text: Text, *, invalid: str = "error", bidi: Optional[str] = None) -> TextOut:
    """The UTS #39 skeleton of text (str for str, bytes for bytes): two strings
    are confusable exactly when their skeletons are equal. bidi='ltr'/'rtl'
    gives the bidi skeleton for a paragraph of that direction. invalid:
    'error' (InvalidUTF8Error), 'keep' or 'replace' (U+FFFD)."""
    inp = _In(text)
    return inp.out(_skeleton_bytes(inp, _invalid_flags(invalid, "skeleton"), bidi, "skeleton"))


@dataclass(frozen=True)
class Confusability:
    """Whether two strings are confusable (UTS #39 §4), and how. True in a
    boolean context when they are."""
    confusable: bool
    single_script: bool
    mixed_script: bool
    whole_script: bool
    skeleton_a: TextOut
    skeleton_b: TextOut

    def __bool__(self) -> bool:
        return self.confusable


def confusable(a: Text, b: Text, *, invalid: str = "error") -> Confusability:
    """Tells whether a and b are confusable (their skeletons are equal):
    single-script, mixed-script, whole-script, as ICU's areConfusable().
    invalid: 'error' or 'replace' (compare ill-formed parts as U+FFFD)."""
    flags = _invalid_flags(invalid, "confusable", allow_keep=False)
    ia, ib = _In(a, "a"), _In(b, "b")
    res = c_uint(0)
    rc = lib.unspoof_confusable(ia.b, len(ia.b), ib.b, len(ib.b), flags, byref(res))
    if rc == _E_UTF8:
        for inp, name in ((ia, "a"), (ib, "b")):
            try:
                inp.b.decode("utf-8")
            except UnicodeDecodeError as e:
                raise _utf8_error(inp, e.start, f"confusable: {name}") from None
    if rc:
        _raise(rc, "confusable")
    v = res.value
    return Confusability(confusable=v != 0, single_script=bool(v & 1), mixed_script=bool(v & 2),
                         whole_script=bool(v & 4),
                         skeleton_a=ia.out(_skeleton_bytes(ia, flags, None, "confusable")),
                         skeleton_b=ib.out(_skeleton_bytes(ib, flags, None, "confusable")))


# --------------------------------------------------------------- check

@dataclass(frozen=True)
class CheckResult:
    """UTS #39 checks of an identifier: its restriction level, resolved
    scripts (ISO 15924 codes, or 'all' for only Common/Inherited characters;
    empty means mixed-script), decimal digit systems (their zeros), identifier
    status, and the checks that failed (``ok`` when none did)."""
    identifier: TextOut
    level: str
    scripts: Union[str, List[str]]
    mixed_script: bool
    digit_systems: List[int]
    mixed_numbers: bool
    identifier_allowed: bool
    first_restricted_offset: Optional[int]
    first_restricted_index: Optional[int]
    failed: List[str]
    ok: bool

    def to_json(self) -> str:
        """The line `unspoof check --json` prints for this identifier."""
        ident = self.identifier
        ib = ident.encode("utf-8", "surrogateescape") if isinstance(ident, str) else ident
        scripts = ('"all"' if self.scripts == "all" else
                   "[%s]" % ",".join('"%s"' % s for s in self.scripts))
        s = '{%s,"level":"%s","scripts":%s,"mixed_script":%s,"digit_systems":[%s],' \
            '"mixed_numbers":%s,"identifier_allowed":%s' % (
                J.text_field("identifier", ib), self.level, scripts, J.boolean(self.mixed_script),
                ",".join(J.cp(z) for z in self.digit_systems), J.boolean(self.mixed_numbers),
                J.boolean(self.identifier_allowed))
        if not self.identifier_allowed:
            s += ',"first_restricted_offset":%d' % (self.first_restricted_offset or 0)
        return s + ',"failed":[%s],"ok":%s}\n' % (
            ",".join('"%s"' % f for f in self.failed), J.boolean(self.ok))


_checkers: Dict[Tuple[int, int], int] = {}
_checkers_lock = threading.Lock()


def _checker(level: int, allow: int) -> int:
    # A checker is only read while checking, so one per setting serves every thread.
    key = (level, allow)
    with _checkers_lock:
        ck = _checkers.get(key)
        if ck is None:
            ck = lib.unspoof_checker_new()
            if not ck:
                raise MemoryError("check: out of memory")
            rc = lib.unspoof_checker_set_level(ck, level) or \
                lib.unspoof_checker_set_allowed(ck, allow, None)
            if rc:
                lib.unspoof_checker_free(ck)
                _raise(rc, "check")
            _checkers[key] = ck
        return ck


def check(identifier: Text, *, level: str = "highly", profile: str = "identifier",
          invalid: str = "error") -> CheckResult:
    """Checks an identifier with UTS #39 as `unspoof check` does.

    level: the most permissive restriction level accepted (one of LEVELS, or
        'highly', 'moderately', 'minimally').
    profile: 'identifier' (only Identifier_Status=Allowed characters pass) or
        'any' (every character, as ICU by default).
    invalid: 'error' (InvalidUTF8Error) or 'replace' (analyse as U+FFFD)."""
    if not isinstance(level, str):
        raise TypeError(f"check: level: expected a str, not {type(level).__name__}")
    lv = lib.unspoof_level_from_name(level.encode("ascii", "replace"))
    if lv < 0:
        raise ValueError(f"check: unknown level {level!r} (expected one of {', '.join(LEVELS)})")
    if profile not in ("identifier", "any"):
        raise ValueError(f"check: profile: expected 'identifier' or 'any', not {profile!r}")
    flags = _invalid_flags(invalid, "check", allow_keep=False)
    inp = _In(identifier, "identifier")
    ck = _checker(lv, _ALLOW_IDENTIFIER if profile == "identifier" else _ALLOW_ANY)
    r = _lib.CheckResult()
    rc = lib.unspoof_checker_check(ck, inp.b, len(inp.b), flags, byref(r))
    allowed, bad = c_int(0), c_size_t(0)
    if rc == 0:
        rc = lib.unspoof_identifier_check(inp.b, len(inp.b), flags, byref(allowed), byref(bad))
    if rc == _E_UTF8:
        raise _utf8_error(inp, r.first_failure, "check")
    if rc:
        _raise(rc, "check")
    if lib.unspoof_script_set_is_all(byref(r.scripts)):
        scripts: Union[str, List[str]] = "all"
    else:
        scripts = [cstr(lib.unspoof_script_code(i)) or "?"
                   for i in range(lib.unspoof_script_count())
                   if lib.unspoof_script_set_has(byref(r.scripts), i)]
    failed = []
    bit = 1
    while bit < (1 << 31):
        if r.failed & bit:
            n = lib.unspoof_check_name(bit)
            if n:
                failed.append(n.decode("ascii"))
        bit <<= 1
    ok_allowed = bool(allowed.value)
    off = None if ok_allowed else bad.value
    return CheckResult(
        identifier=inp.s if inp.is_str else inp.b, level=cstr(lib.unspoof_level_name(r.level)) or "",
        scripts=scripts, mixed_script=bool(lib.unspoof_script_set_is_empty(byref(r.scripts))),
        digit_systems=list(r.digit_zeros[:min(r.digit_systems, 8)]),
        mixed_numbers=r.digit_systems > 1, identifier_allowed=ok_allowed,
        first_restricted_offset=off,
        first_restricted_index=None if off is None else _index_map(inp.b, [off], inp.is_str)[off],
        failed=failed, ok=r.failed == 0)
