"""Python results equal the CLI's --json output, byte for byte, on the
examples, the committed multilingual sample and hand-made hard cases."""
import glob
import json
import os

import pytest

import unspoof

from conftest import ROOT

HARD = {
    # astral characters (4 bytes, 1 str index) before findings
    "astral": "𝐛𝐞𝐥𝐥 𝐟𝐫𝐞𝐞 😀 and Plaпt qυietly\n𝒻𝓇ℯℯ 𝐛 ѕсоре\n".encode(),
    # ill-formed UTF-8 of every shape, between and inside words
    "invalid": b"a\xf1\x80\x80b \xe1\x80\xc2b\x80c\x80\xbfd \xff\xfe pa\xd0\xb5ypal \xed\xa0\x80 "
               b"\xf0\x9f\x98 \xe0\x80 caf\xc3\xa9\n\xc0\xaf w\xe2\x80\x8bord \xf4\x90\x80\x80\n",
    "invalid-end": "𝐛аd ".encode() + b"\xf0\x9f\x98",
    # controls, quotes, bidi, zalgo, NUL, CRLF, U+2028
    "controls": "q\u202euote\" back\\slash\ttab\x01\x1b[0m\u2028 ze\u200dro\r\nz\u0301\u0302\u0303\u0304\u0305\u0306alg\u0307\u0308\u0309\u030a\u030bo \x00 nul\n".encode(),
    "leet": "h3ll0 w0rld, fr33 m0n3y @ p4yp4l\n".encode(),
    "empty": b"",
    "long-marks": ("e" + "\u0301" * 40 + " word\n").encode(),
}

# `unspoof scan --leet` reports leet findings without counting them as undone
# (its undo set stays the default), while `clean --leet` undoes them; Python's
# leet=True does the latter for both, so the scan comparison spells undo out.
NO_LEET = "lookalike,fancy,invisible,bidi,marks,invalid-utf8"
OPTION_SETS = [
    ([], {}),
    (["--leet"], {"leet": True, "undo": NO_LEET}),
    (["--script", "Latin"], {"script": "Latin"}),
]
CLEAN_OPTION_SETS = OPTION_SETS[:1] + OPTION_SETS[2:] + [
    (["--leet"], {"leet": True}),
    (["--keep-invisible"], {"keep_invisible": True}),
    (["--replace-invalid"], {"invalid": "replace"}),
    (["--undo", "lookalike,invalid-utf8"], {"undo": ["lookalike", "invalid-utf8"]}),
    (["--undo", "all"], {"undo": "all"}),
]


def _inputs(tmp_path_factory):
    files = sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt")) +
                   glob.glob(os.path.join(ROOT, "eval", "sample", "*.txt")))
    d = tmp_path_factory.mktemp("hard")
    for name, data in HARD.items():
        p = d / (name + ".txt")
        p.write_bytes(data)
        files.append(str(p))
    return files


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return _inputs(tmp_path_factory)


def _check_indices(data, text, findings_b, findings_s):
    for fb, fs in zip(findings_b, findings_s):
        assert (fb.offset, fb.length, fb.kind) == (fs.offset, fs.length, fs.kind)
        assert fb.start == fb.offset and fb.end == fb.offset + fb.length
        assert fb.text == data[fb.offset:fb.offset + fb.length]
        # str indices select exactly the finding's bytes
        assert fs.text == text[fs.start:fs.end]
        assert text[fs.start:fs.end].encode("utf-8", "surrogateescape") == fb.text
        assert len(text[:fs.start].encode("utf-8", "surrogateescape")) == fs.offset


@pytest.mark.parametrize("args,kw", OPTION_SETS, ids=lambda x: str(x))
def test_scan_json_equals_cli(cli, inputs, args, kw):
    n = 0
    for path in inputs:
        with open(path, "rb") as f:
            data = f.read()
        expect = cli("scan", "--json", "-a", *args, path).decode("utf-8")
        rb = unspoof.scan(data, **kw)
        assert rb.to_json(path) == expect, path
        assert unspoof.scan_json(data, path, **kw) == expect, path
        text = data.decode("utf-8", "surrogateescape")
        rs = unspoof.scan(text, **kw)
        assert rs.to_json(path) == expect, path
        _check_indices(data, text, rb.findings, rs.findings)
        # the parsed fields agree with the CLI's too
        j = json.loads(expect)
        assert j["verdict"] == rb.verdict and j["counts"] == rb.counts
        for jf, f in zip(j["findings"], rb.findings):
            assert jf["line"] == f.line and jf["column"] == f.column
            assert jf["imitates"] == f.imitates and jf["script"] == f.script
        n += len(rb.findings)
    assert n > 100


@pytest.mark.parametrize("args,kw", CLEAN_OPTION_SETS, ids=lambda x: str(x))
def test_clean_equals_cli(cli, inputs, tmp_path, args, kw):
    for path in inputs:
        with open(path, "rb") as f:
            data = f.read()
        mapf = tmp_path / "map.jsonl"
        expect = cli("clean", "-a", "--map", str(mapf), *args, path)
        cb = unspoof.clean(data, **kw)
        assert cb.text == expect, path
        assert cb.to_map_json(path) == mapf.read_text(encoding="utf-8"), path
        text = data.decode("utf-8", "surrogateescape")
        cs = unspoof.clean(text, **kw)
        assert cs.text.encode("utf-8", "surrogateescape") == expect
        assert cs.to_map_json(path) == cb.to_map_json(path)
        # edits in both index kinds describe the same change
        for eb, es in zip(cb.edit_map, cs.edit_map):
            assert data[eb.in_offset:eb.in_offset + eb.in_length] == \
                text[es.in_start:es.in_end].encode("utf-8", "surrogateescape")
            assert cb.text[eb.out_start:eb.out_end] == \
                cs.text[es.out_start:es.out_end].encode("utf-8", "surrogateescape")
        # copying the text between edits rebuilds the output
        out, at = [], 0
        for e in cs.edit_map:
            out.append(text[at:e.in_start])
            out.append(cs.text[e.out_start:e.out_end])
            at = e.in_end
        out.append(text[at:])
        assert "".join(out) == cs.text


IDENTS = ["paypal", "pаypal", "ѕсоре", "scope", "Ωmega", "l1ll", "ab١2", "café", "x\u200by",
          "i\u0307\u0307", "𝐛ank", "日本語カタカナ", "aΩ", "ab\U0001F600"]


@pytest.mark.parametrize("level", ["highly", "single-script", "minimally"])
def test_check_equals_cli(cli, level):
    for ident in IDENTS:
        for profile in ("identifier", "any"):
            expect = cli("check", "--json", f"--level={level}", f"--profile={profile}", "--", ident)
            got = unspoof.check(ident, level=level, profile=profile).to_json()
            assert got == expect.decode(), ident
            assert unspoof.check(ident.encode(), level=level, profile=profile).to_json() == got


def test_confusable_and_skeleton_equal_cli(cli):
    for a in IDENTS:
        for b in ("paypal", "scope", "ll1l", a.upper()):
            j = json.loads(cli("confusable", "--json", "--", a, b))
            r = unspoof.confusable(a, b)
            assert (j["confusable"], j["single_script"], j["mixed_script"], j["whole_script"]) == \
                (r.confusable, r.single_script, r.mixed_script, r.whole_script)
            assert (j["skeleton_a"], j["skeleton_b"]) == (r.skeleton_a, r.skeleton_b)
        assert cli("skeleton", "--", a).decode() == unspoof.skeleton(a) + "\n"
        assert cli("skeleton", "--bidi=rtl", "--", a).decode() == unspoof.skeleton(a, bidi="rtl") + "\n"
    bad = b"p\xd0\xb0y\xffpal"
    for mode in ("keep", "replace"):
        assert cli("skeleton", f"--invalid={mode}", "--", bad) == unspoof.skeleton(bad, invalid=mode) + b"\n"
