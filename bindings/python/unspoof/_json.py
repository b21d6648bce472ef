"""JSON text exactly as the unspoof CLI writes it (cli/json.c), so that Python
results can be written out byte for byte like ``unspoof scan --json`` and
``unspoof clean --map``: compact, UTF-8, ill-formed UTF-8 as ``\\uFFFD`` plus a
``NAME_bytes`` hex field, control characters as ``\\u00XX`` (upper case)."""
from __future__ import annotations

import codecs

_MARK = "\ud800"  # never produced by decoding well-formed UTF-8


def _mark_invalid(err: UnicodeError):
    assert isinstance(err, UnicodeDecodeError)
    return (_MARK, err.end)  # one mark per maximal subpart, as the C decoder


codecs.register_error("unspoof-json", _mark_invalid)

_ESC = {c: "\\u%04X" % c for c in range(0x20)}
_ESC.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t", ord("\b"): "\\b",
             ord("\f"): "\\f", ord('"'): '\\"', ord("\\"): "\\\\", 0x2028: "\\u2028",
             0x2029: "\\u2029", ord(_MARK): "\\uFFFD"})


def string(b: bytes) -> str:
    """A JSON string literal for the UTF-8 bytes b."""
    return '"' + b.decode("utf-8", "unspoof-json").translate(_ESC) + '"'


def valid(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def text_field(name: str, b: bytes) -> str:
    s = '"%s":%s' % (name, string(b))
    if not valid(b):
        s += ',"%s_bytes":"%s"' % (name, b.hex())
    return s


def cp(c: int) -> str:
    return '"U+%04X"' % c


def boolean(v: bool) -> str:
    return "true" if v else "false"
