"""The Dask runner on a real LocalCluster (2 workers, loopback) gives exactly
the single-process CLI's output, byte for byte; a failed partition is retried."""
import glob
import json
import os
import random
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed")

from conftest import ROOT, run_cli  # noqa: E402

SUBST = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "n": "п",
         "u": "υ", "i": "і"}
FANCY = {c: chr(0x1D41A + ord(c) - ord("a")) for c in "abcdefghijklmnopqrstuvwxyz"}


def make_corpus(d):
    """~120 files in nested directories: genuine text in 18 languages and
    obfuscated copies (lookalikes, fancy letters, invisibles, invalid bytes),
    plus a binary file the CLI skips."""
    rng = random.Random(9)
    texts = [open(p, encoding="utf-8").read()
             for p in sorted(glob.glob(os.path.join(ROOT, "eval", "sample", "*.txt")))]
    texts.append(open(os.path.join(ROOT, "examples", "obfuscated-news.txt"), encoding="utf-8").read())
    n = 0
    for i in range(120):
        t = texts[i % len(texts)]
        t = t[rng.randrange(len(t) // 2):]
        style = i % 4
        if style == 1:
            t = "".join(SUBST.get(c, c) if rng.random() < 0.3 else c for c in t)
        elif style == 2:
            t = "".join(FANCY.get(c, c) if rng.random() < 0.1 else c for c in t)
            t = t.replace(" th", " t\u200bh")
        data = t.encode("utf-8")
        if style == 3:
            k = rng.randrange(len(data))
            data = data[:k] + b"\xff\xf0\x9f\x98 \xc0" + data[k:]
        sub = os.path.join(d, "set%d" % (i % 3), "sub%d" % (i % 5))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "doc%03d.txt" % i), "wb") as f:
            f.write(data)
        n += 1
    with open(os.path.join(d, "set0", "blob.bin"), "wb") as f:
        f.write(b"\x00\x01binary")
    return n


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = str(tmp_path_factory.mktemp("corpus"))
    make_corpus(d)
    return d


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster
    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address=None)
    yield c
    c.close()


def runner(*args):
    p = subprocess.run([sys.executable, "-m", "unspoof.dask", *args], capture_output=True,
                       cwd=os.path.dirname(os.path.abspath(__file__)))
    assert p.returncode == 0, p.stderr.decode()
    return p.stderr.decode()


def test_scan_equals_cli(cluster, corpus, tmp_path):
    from unspoof.dask import expand
    out = str(tmp_path / "out")
    log = runner("scan", corpus, "--scheduler", cluster.scheduler_address, "--out", out,
                 "--partition-files", "9", "--fail-first-attempt", "2")
    assert "partition 2 failed" in log and "retrying" in log
    files = expand([corpus])
    expect = run_cli("scan", "--json", "-j1", *files)
    with open(os.path.join(out, "report.jsonl"), "rb") as f:
        got = f.read()
    assert got == expect
    s = json.load(open(os.path.join(out, "summary.json")))
    assert s["docs"] == 120 and s["skipped"] == 1 and s["partitions"] == 14
    assert s["retries"] == 1 and len(s["failed_attempts"]) == 1
    assert s["verdicts"]["obfuscated"] >= 30 and sum(s["verdicts"].values()) == 120
    assert s["bytes"] == sum(os.path.getsize(p) for p in files) - os.path.getsize(
        os.path.join(corpus, "set0", "blob.bin"))


def test_clean_equals_cli(cluster, corpus, tmp_path):
    from unspoof.dask import expand
    out = str(tmp_path / "out")
    runner("clean", corpus, "--scheduler", cluster.scheduler_address, "--out", out, "-q",
           "--partition-bytes", "100000")
    files = expand([corpus])
    mapf = str(tmp_path / "cli-map.jsonl")
    run_cli("clean", "-j1", "--map", mapf, *files, ok=(0,))
    assert open(os.path.join(out, "map.jsonl"), "rb").read() == open(mapf, "rb").read()
    changed = 0
    for p in files:
        if p.endswith(".bin"):
            assert not os.path.exists(os.path.join(out, "cleaned", p.lstrip("/")))
            continue
        want = run_cli("clean", p, ok=(0,))
        got = open(os.path.join(out, "cleaned", p.lstrip("/")), "rb").read()
        assert got == want, p
        changed += got != open(p, "rb").read()
    assert changed >= 60


def test_csv_column_local(tmp_path):
    import csv
    import unspoof
    rows = [("1", "Robert Plaпt qυietly"), ("2", 'hello, "world"'), ("3", ""),
            ("4", "𝐛𝐛 аpple")] * 25
    src = tmp_path / "d.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "body"])
        w.writerows(rows)
    out = str(tmp_path / "out")
    runner("scan", str(src), "--column", "body", "--local", "2", "--out", out, "-q")
    got = open(os.path.join(out, "report.jsonl"), encoding="utf-8").read()
    want = "".join(unspoof.scan(b).to_json("body[%d]" % i) for i, (_, b) in enumerate(rows))
    assert got == want
