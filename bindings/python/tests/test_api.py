"""The Python API itself: types, bytes vs str, errors, edge cases."""
import dataclasses

import pytest

import unspoof

NEWS = "Robert Plaпt stepped qυietly throυgh the door oп Friday пight, aпd 𝐟𝐫𝐞𝐞 tick\u200bets.\n"


def test_scan_report_fields():
    r = unspoof.scan(NEWS)
    assert isinstance(r, unspoof.Report) and dataclasses.is_dataclass(r)
    assert r.verdict in unspoof.VERDICTS and 0 <= r.score <= 1
    assert set(r.counts) == set(unspoof.KINDS)
    assert sum(r.counts.values()) == len(r.findings)
    assert r.bytes == len(NEWS.encode())
    f = r.findings[0]
    assert (f.kind, f.cp, f.text, f.imitates, f.script, f.imitates_script) == \
        ("lookalike", 0x43F, "п", "n", "Cyrillic", "Latin")
    assert f.name == "CYRILLIC SMALL LETTER PE" and f.line == 1 and f.column == 11
    assert NEWS[f.start:f.end] == "п" and f.length == 2
    fancy = [x for x in r.findings if x.kind == "fancy"]
    assert [x.imitates for x in fancy] == list("free")
    # after astral characters, indices and byte offsets part ways
    z = [x for x in r.findings if x.kind == "invisible"][0]
    assert NEWS[z.start] == "\u200b" and z.offset == len(NEWS[:z.start].encode())
    assert z.offset > z.start


def test_clean_text_and_map():
    c = unspoof.clean(NEWS)
    assert c.text == ("Robert Plant stepped quietly through the door on Friday night, and free "
                      "tickets.\n")
    assert c.edits == len(c.edit_map) and all(isinstance(e, unspoof.Edit) for e in c.edit_map)
    e = c.edit_map[0]
    assert NEWS[e.in_start:e.in_end] == "п" and c.text[e.out_start:e.out_end] == "n"
    assert (e.in_length, e.out_length, e.kind) == (2, 1, "lookalike")


def test_clean_options():
    assert unspoof.clean("tick\u200bets", keep_invisible=True).text == "tick\u200bets"
    assert unspoof.clean("Plaпt", undo=["fancy"]).text == "Plaпt"
    assert unspoof.clean("Plaпt", undo="lookalike,fancy").text == "Plant"
    assert unspoof.clean("h3ll0 w0rld", leet=True).text == "hello world"
    assert unspoof.clean("h3ll0 w0rld").text == "h3ll0 w0rld"
    assert unspoof.clean(b"a\xffb", invalid="replace").text == "a\ufffdb".encode()
    assert unspoof.clean(b"a\xffb").text == b"a\xffb"
    # forcing and forbidding a target script
    assert unspoof.clean("Plaпt", forbid=["Latin"]).text != "Plant"
    assert unspoof.clean("Plaпt", script="Latn").text == "Plant"


def test_bytes_in_bytes_out():
    data = "пay 𝐛ill ".encode() + b"\xc3\x28\xff"
    r = unspoof.scan(data)
    assert all(isinstance(f.text, bytes) for f in r.findings)
    inv = [f for f in r.findings if f.kind == "invalid-utf8"]
    assert [(f.offset, f.length, f.cp, f.text) for f in inv] == \
        [(len(data) - 3, 1, None, b"\xc3"), (len(data) - 1, 1, None, b"\xff")]
    c = unspoof.clean(data)
    assert isinstance(c.text, bytes) and c.text.endswith(b"\xc3\x28\xff")
    assert isinstance(unspoof.skeleton(b"abc"), bytes)
    assert isinstance(unspoof.check(b"abc").identifier, bytes)


def test_surrogate_escapes_round_trip():
    data = b"pa\xd0\xb5ypal \xf0\x9f\x98 x\xff\n"
    s = data.decode("utf-8", "surrogateescape")
    c = unspoof.clean(s)
    assert c.text.encode("utf-8", "surrogateescape") == unspoof.clean(data).text
    inv = [f for f in unspoof.scan(s).findings if f.kind == "invalid-utf8"]
    assert [f.text for f in inv] == ["\udcf0\udc9f\udc98", "\udcff"]
    assert [f.end - f.start for f in inv] == [3, 1]


def test_bad_input_types_and_values():
    with pytest.raises(TypeError, match="expected str or bytes"):
        unspoof.scan(42)
    with pytest.raises(TypeError):
        unspoof.clean("x", colour=True)  # unknown option
    with pytest.raises(ValueError, match="unknown script 'Klingon'"):
        unspoof.clean("x", script="Klingon")
    with pytest.raises(ValueError, match="unknown kind 'lookalikes'"):
        unspoof.clean("x", undo=["lookalikes"])
    with pytest.raises(ValueError, match="invalid: expected 'keep' or 'replace'"):
        unspoof.clean("x", invalid="drop")
    with pytest.raises(ValueError, match="unknown level"):
        unspoof.check("x", level="paranoid")
    with pytest.raises(ValueError, match="profile"):
        unspoof.check("x", profile="strict")
    with pytest.raises(ValueError, match="bidi"):
        unspoof.skeleton("x", bidi="up")
    with pytest.raises(ValueError, match="lone surrogate U\\+D800 at index 1"):
        unspoof.scan("a\ud800")
    with pytest.raises(ValueError, match="surrogate escapes form well-formed UTF-8"):
        unspoof.scan("\udcc3\udca9")


def test_strict_utf8_errors():
    with pytest.raises(unspoof.InvalidUTF8Error) as e:
        unspoof.skeleton("𝐛a\udcff")
    assert (e.value.offset, e.value.index) == (5, 2) and isinstance(e.value, ValueError)
    with pytest.raises(unspoof.InvalidUTF8Error) as e:
        unspoof.check(b"ab\xff")
    assert e.value.offset == 2
    with pytest.raises(unspoof.InvalidUTF8Error, match="confusable: b"):
        unspoof.confusable("ab", b"a\xffb")
    assert unspoof.skeleton(b"a\xffb", invalid="keep") == b"a\xffb"
    assert unspoof.skeleton(b"a\xffb", invalid="replace") == "a\ufffdb".encode()
    assert unspoof.check(b"a\xff", invalid="replace").identifier_allowed is False


def test_confusable_and_check():
    r = unspoof.confusable("scope", "ѕсоре")
    assert r and r.whole_script and r.mixed_script and not r.single_script
    assert not unspoof.confusable("scope", "scape")
    assert unspoof.confusable("l1", "ll").single_script
    c = unspoof.check("pаypal")
    assert not c.ok and c.mixed_script and c.failed == ["restriction-level"]
    assert c.level == "minimally-restrictive" and c.scripts == []
    c = unspoof.check("𝐛x")
    assert not c.identifier_allowed and c.first_restricted_offset == 0
    c = unspoof.check("ab1١")
    assert c.mixed_numbers and c.digit_systems == [0x30, 0x660]
    assert unspoof.check("123").scripts == "all"
    assert unspoof.check("paypal").ok


def test_versions():
    assert unspoof.version() == unspoof.__version__
    assert unspoof.unicode_version().count(".") == 2


def test_empty():
    assert unspoof.scan("").findings == [] and unspoof.scan(b"").verdict == "clean"
    assert unspoof.clean("").text == "" and unspoof.clean(b"").text == b""
    assert unspoof.skeleton("") == ""
