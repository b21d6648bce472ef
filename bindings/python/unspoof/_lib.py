"""Loading libunspoof.so and declaring its C types (ctypes, standard library).

The library is looked for, in order:

1. the path in the environment variable ``UNSPOOF_LIBRARY``;
2. the ``build/`` directory of the checkout this package sits in (when it is
   imported from ``bindings/python`` of a source tree), then the build
   directory recorded when the package was installed from a checkout;
3. the system loader (``libunspoof.so.0``, as installed by ``make install``).

Foreign calls through a ``ctypes.CDLL`` release the GIL for their duration,
so threads calling into the library run in parallel (see tests/test_threads.py).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from ctypes import (POINTER, Structure, c_char_p, c_double, c_float, c_int, c_size_t,
                    c_uint, c_uint32, c_uint64, c_void_p)
from typing import List, Optional

SONAME = "libunspoof.so.0"
KIND_COUNT = 7


class ScriptSet(Structure):
    _fields_ = [("bits", c_uint64 * 4)]


class Finding(Structure):
    _fields_ = [
        ("offset", c_uint64), ("line", c_uint64), ("column", c_uint64),
        ("length", c_uint32), ("cp", c_uint32), ("kind", c_int), ("script", c_int),
        ("imitates", c_uint32 * 4), ("imitates_len", c_uint), ("imitates_script", c_int),
        ("confidence", c_float), ("undone", c_int),
    ]


class Edit(Structure):
    _fields_ = [
        ("in_offset", c_uint64), ("in_length", c_uint64),
        ("out_offset", c_uint64), ("out_length", c_uint64), ("kind", c_int),
    ]


class Summary(Structure):
    _fields_ = [
        ("verdict", c_int), ("score", c_double), ("counts", c_uint64 * KIND_COUNT),
        ("bytes", c_uint64), ("words", c_uint64), ("letters", c_uint64), ("edits", c_uint64),
    ]


class Options(Structure):
    _fields_ = [
        ("undo", c_uint), ("target_script", c_int), ("forbid", ScriptSet),
        ("keep_invisible", c_int), ("invalid", c_uint), ("leet", c_int),
    ]


class Report(Structure):
    _fields_ = [("summary", Summary), ("nfindings", c_size_t), ("findings", POINTER(Finding))]


class Cleaned(Structure):
    _fields_ = [
        ("text", c_void_p), ("len", c_size_t), ("nedits", c_size_t), ("edits", POINTER(Edit)),
        ("summary", Summary),
    ]


class CheckResult(Structure):
    _fields_ = [
        ("failed", c_uint), ("level", c_int), ("scripts", ScriptSet),
        ("digit_systems", c_size_t), ("digit_zeros", c_uint32 * 8), ("first_failure", c_size_t),
    ]


def _candidates() -> List[str]:
    out: List[str] = []
    env = os.environ.get("UNSPOOF_LIBRARY")
    if env:
        return [env]  # an explicit choice: no silent fallback
    here = os.path.dirname(os.path.abspath(__file__))
    # bindings/python/unspoof -> the checkout's build/
    tree = os.path.normpath(os.path.join(here, "..", "..", "..", "build"))
    out.append(os.path.join(tree, SONAME))
    try:
        from . import _build  # written by setup.py when installed from a checkout
        out.append(os.path.join(_build.BUILD_DIR, SONAME))
    except ImportError:
        pass
    out.append(SONAME)
    found = ctypes.util.find_library("unspoof")
    if found:
        out.append(found)
    return out


def _load() -> ctypes.CDLL:
    errors = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            errors.append(f"{path}: not found")
            continue
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            errors.append(str(e))
    raise ImportError(
        "unspoof: cannot load libunspoof (set UNSPOOF_LIBRARY to its path, build it with "
        "'make' in the checkout, or 'make install' it): " + "; ".join(errors))


lib = _load()


def _fn(name: str, res, *args) -> None:
    f = getattr(lib, name)
    f.restype = res
    f.argtypes = list(args)


_fn("unspoof_version", c_char_p)
_fn("unspoof_unicode_version", c_char_p)
_fn("unspoof_strerror", c_char_p, c_int)
_fn("unspoof_script_count", c_int)
_fn("unspoof_script_code", c_char_p, c_int)
_fn("unspoof_script_name", c_char_p, c_int)
_fn("unspoof_script_from_name", c_int, c_char_p)
_fn("unspoof_kind_name", c_char_p, c_int)
_fn("unspoof_verdict_name", c_char_p, c_int)
_fn("unspoof_level_name", c_char_p, c_int)
_fn("unspoof_level_from_name", c_int, c_char_p)
_fn("unspoof_check_name", c_char_p, c_uint)
_fn("unspoof_char_name", c_int, c_uint32, c_uint, c_char_p, c_size_t, POINTER(c_size_t))
_fn("unspoof_options_init", None, POINTER(Options))
_fn("unspoof_scan", c_int, POINTER(Options), c_char_p, c_size_t, POINTER(POINTER(Report)))
_fn("unspoof_report_free", None, POINTER(Report))
_fn("unspoof_clean", c_int, POINTER(Options), c_char_p, c_size_t, POINTER(POINTER(Cleaned)))
_fn("unspoof_cleaned_free", None, POINTER(Cleaned))
_fn("unspoof_clean_buffer", c_int, POINTER(Options), c_char_p, c_size_t, c_char_p, c_size_t,
    POINTER(c_size_t))
_fn("unspoof_skeleton", c_int, c_char_p, c_size_t, c_char_p, c_size_t, POINTER(c_size_t), c_uint)
_fn("unspoof_bidi_skeleton", c_int, c_int, c_char_p, c_size_t, c_char_p, c_size_t,
    POINTER(c_size_t), c_uint)
_fn("unspoof_confusable", c_int, c_char_p, c_size_t, c_char_p, c_size_t, c_uint, POINTER(c_uint))
_fn("unspoof_checker_new", c_void_p)
_fn("unspoof_checker_free", None, c_void_p)
_fn("unspoof_checker_set_level", c_int, c_void_p, c_int)
_fn("unspoof_checker_set_allowed", c_int, c_void_p, c_int, POINTER(ScriptSet))
_fn("unspoof_checker_check", c_int, c_void_p, c_char_p, c_size_t, c_uint, POINTER(CheckResult))
_fn("unspoof_identifier_check", c_int, c_char_p, c_size_t, c_uint, POINTER(c_int),
    POINTER(c_size_t))
_fn("unspoof_script_set_is_all", c_int, POINTER(ScriptSet))
_fn("unspoof_script_set_is_empty", c_int, POINTER(ScriptSet))
_fn("unspoof_script_set_has", c_int, POINTER(ScriptSet), c_int)


def cstr(p: Optional[bytes]) -> Optional[str]:
    return None if p is None else p.decode("ascii")
