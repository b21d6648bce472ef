#!/usr/bin/python3
"""unspoof evaluation: restoration, detection and damage to genuine text.

Runs the unspoof CLI over genuine documents (eval/corpus/<lang>/*.txt, or the
committed eval/sample/<lang>.txt) and over obfuscated copies of them made by
eval/obfuscate.py, and prints tables plus an acceptance summary.  Exit status:
0 all acceptance lines PASS, 1 some FAIL, 2 harness/setup error.

CLI contract used:
  $UNSPOOF clean FILE            restored text on stdout, exit 0
  $UNSPOOF scan --json FILE...   one JSON object per line and file:
                                 {"path", "verdict": clean|suspicious|obfuscated,
                                  "score", "counts": {...}}
See eval/README.md for what every number means.
"""
import argparse
import difflib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

EVAL = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(EVAL)
sys.path.insert(0, EVAL)
import obfuscate as ob  # noqa: E402
import causes as ca  # noqa: E402

DEFAULT_RATES = [0.02, 0.05, 0.1, 0.3, 0.6, 1.0]
QUICK_RATES = [0.05, 0.3, 1.0]
TARGET_RESTORE = 0.995      # of substituted characters, per family
TARGET_EXACT = 0.98         # whole documents byte-exact, per family
TARGET_DETECT = 0.99        # verdict != clean at rates >= DETECT_MIN_RATE
DETECT_MIN_RATE = 0.05
TARGET_GENUINE_PER_100K = 1.0
CLEAN_TIMEOUT = 60
SCAN_BATCH = 100


# ------------------------------------------------------------------ corpus
def split_sample(text, lo=300, hi=1500):
    """Group the blank-line separated paragraphs of a sample file into
    documents of lo..hi characters (a longer single paragraph stays whole)."""
    paras = [p.strip("\n") for p in text.split("\n\n") if p.strip()]
    docs, cur = [], []
    for p in paras:
        if cur and len("\n\n".join(cur + [p])) > hi:
            docs.append(cur)
            cur = []
        cur.append(p)
    if cur:
        docs.append(cur)
    out = []
    for d in docs:  # merge a too-short document into the previous one
        if out and len("\n\n".join(d)) < lo:
            out[-1] = out[-1] + d
        else:
            out.append(d)
    return ["\n\n".join(d) + "\n" for d in out]


def load_docs(corpus, langs, max_docs):
    """[(lang, doc_id, text)] from a corpus (<lang>/*.txt) or sample (<lang>.txt) dir."""
    docs = []
    entries = sorted(os.listdir(corpus))
    dirs = [e for e in entries if os.path.isdir(os.path.join(corpus, e))]
    files = [e[:-4] for e in entries if e.endswith(".txt")]
    if dirs:
        for lang in dirs:
            if langs and lang not in langs:
                continue
            names = sorted(f for f in os.listdir(os.path.join(corpus, lang))
                           if f.endswith(".txt"))
            if max_docs:
                names = names[:max_docs]
            for n in names:
                with open(os.path.join(corpus, lang, n), encoding="utf-8") as f:
                    docs.append((lang, f"{lang}/{n[:-4]}", f.read()))
    else:
        for lang in files:
            if langs and lang not in langs:
                continue
            with open(os.path.join(corpus, lang + ".txt"), encoding="utf-8") as f:
                parts = split_sample(f.read())
            if max_docs:
                parts = parts[:max_docs]
            for i, t in enumerate(parts, 1):
                docs.append((lang, f"{lang}/s{i:03d}", t))
    return docs


# ----------------------------------------------------------------- metrics
TOKEN_RE = re.compile(r"\s+|\S+")


def _char_ops(a, b, ao, bo):
    """Code point opcodes between two short strings, offset by ao/bo."""
    if a == b:
        return [("equal", ao, ao + len(a), bo, bo + len(b))] if a else []
    if len(a) == len(b):  # positional: substitutions only
        ops, i = [], 0
        while i < len(a):
            j = i
            same = a[i] == b[i]
            while j < len(a) and (a[j] == b[j]) == same:
                j += 1
            ops.append(("equal" if same else "replace", ao + i, ao + j, bo + i, bo + j))
            i = j
        return ops
    if len(a) * len(b) <= 40000:
        return _lev_ops(a, b, ao, bo)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(t, ao + i1, ao + i2, bo + j1, bo + j2) for t, i1, i2, j1, j2 in sm.get_opcodes()]


INS_CATS = ("Cf", "Mn", "Me")


def _lev_ops(a, b, ao, bo):
    """Minimal (Levenshtein) alignment of two short strings as opcodes."""
    n, m = len(a), len(b)
    # a letter replaced by an invisible/combining character costs as much as
    # a deletion plus an insertion: such characters align as insertions
    ka = [unicodedata.category(c) in INS_CATS for c in a]
    kb = [unicodedata.category(c) in INS_CATS for c in b]

    def cost(i, j):
        return 0 if a[i] == b[j] else (1 if ka[i] == kb[j] else 2)

    D = [list(range(m + 1))]
    for i in range(1, n + 1):
        prev, row = D[-1], [i] + [0] * m
        for j in range(1, m + 1):
            row[j] = min(prev[j - 1] + cost(i - 1, j - 1), prev[j] + 1, row[j - 1] + 1)
        D.append(row)
    steps, i, j = [], n, m   # backtrack: per-position steps, then runs
    while i or j:
        if i and j and D[i][j] == D[i - 1][j - 1] + cost(i - 1, j - 1):
            steps.append("equal" if a[i - 1] == b[j - 1] else "replace")
            i, j = i - 1, j - 1
        elif j and D[i][j] == D[i][j - 1] + 1:
            steps.append("insert")
            j -= 1
        else:
            steps.append("delete")
            i -= 1
    steps.reverse()
    ops, i, j, k = [], 0, 0, 0
    while k < len(steps):   # one opcode per run of identical steps
        t = steps[k]
        i0, j0 = i, j
        while k < len(steps) and steps[k] == t:
            i += t != "insert"
            j += t != "delete"
            k += 1
        ops.append((t, ao + i0, ao + i, bo + j0, bo + j))
    return ops


def opcodes(orig, cleaned):
    """Alignment of two texts as difflib-style opcodes on code points.
    Two levels, which is fast and robust for texts that differ in many small
    places: whitespace-separated tokens first, then code points inside the
    tokens that differ (obfuscation never touches whitespace)."""
    if orig == cleaned:
        return [("equal", 0, len(orig), 0, len(cleaned))]
    ta, tb = TOKEN_RE.findall(orig), TOKEN_RE.findall(cleaned)
    offa, offb = [0], [0]
    for t in ta:
        offa.append(offa[-1] + len(t))
    for t in tb:
        offb.append(offb[-1] + len(t))
    ops = []
    if len(ta) == len(tb) and all(x[0].isspace() == y[0].isspace() for x, y in zip(ta, tb)):
        blocks = [("replace", 0, len(ta), 0, len(tb))]
    else:
        blocks = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal":
            ops.append(("equal", offa[i1], offa[i2], offb[j1], offb[j2]))
        elif tag == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                ops.extend(_char_ops(ta[i1 + k], tb[j1 + k], offa[i1 + k], offb[j1 + k]))
        else:
            ops.extend(_char_ops(orig[offa[i1]:offa[i2]], cleaned[offb[j1]:offb[j2]],
                                 offa[i1], offb[j1]))
    return ops


def align(orig, cleaned, ops=None):
    """Map each code point index of orig to its index in cleaned, or -1 when
    it was changed/deleted."""
    omap = [-1] * len(orig)
    for tag, i1, i2, j1, j2 in ops if ops is not None else opcodes(orig, cleaned):
        if tag == "equal":
            for k in range(i2 - i1):
                omap[i1 + k] = j1 + k
    return omap


def changed_chars(orig, cleaned, with_tolerated=False):
    """Code points changed between two texts (each differing run counted on
    its longer side).  with_tolerated: return (damage, tolerated) where
    tolerated counts changes of stray letters (see stray_positions)."""
    if orig == cleaned:
        return (0, 0) if with_tolerated else 0
    ops = [op for op in opcodes(orig, cleaned) if op[0] != "equal"]
    if not with_tolerated:
        return sum(max(i2 - i1, j2 - j1) for t, i1, i2, j1, j2 in ops)
    stray = stray_positions(orig)
    dmg = tol = 0
    for op in ops:
        n = max(op[2] - op[1], op[4] - op[3])
        if tolerated(op, stray):
            tol += n
        else:
            dmg += n
    return dmg, tol


WORD_RE = re.compile(r"\w+")
LCG = ("Latn", "Cyrl", "Grek")


def stray_positions(text):
    """Code point indices of 'stray' letters already present in the genuine
    text: a run of at most 2 letters of one of Latin/Cyrillic/Greek inside a
    word whose main script is another of these (its majority, or on a tie
    the document's main script),
    e.g. Belarusian "цi" typed with a Latin i, Bulgarian "двe", "VLС" with a
    Cyrillic С.  Translators really leave these behind.  Changing such a
    letter to the word's script is tolerated: it is neither damage to genuine
    text nor collateral, and does not make a document inexact.  Everything
    else (e.g. "OrcaИнтервал", "SuperПробел") must stay untouched."""
    out = set()
    doc_main = ob.main_script(text)
    for m in WORD_RE.finditer(text):
        w = m.group()
        scr = [ob.script_of(c) if c.isalpha() else None for c in w]
        cnt = {x: scr.count(x) for x in LCG}
        present = [x for x in LCG if cnt[x]]
        if len(present) < 2:
            continue
        top = sorted(present, key=lambda x: -cnt[x])
        if cnt[top[0]] > cnt[top[1]]:
            main = top[0]           # the word's clear majority script
        elif doc_main in present:
            main = doc_main         # a tie ("цi"): the document's script
        else:
            continue
        i = 0
        while i < len(w):
            if scr[i] in LCG and scr[i] != main:
                j = i
                while j < len(w) and scr[j] == scr[i]:
                    j += 1
                if j - i <= 2:
                    out.update(range(m.start() + i, m.start() + j))
                i = j
            else:
                i += 1
    return out


def tolerated(op, stray):
    t, i1, i2, j1, j2 = op
    return t == "replace" and i2 - i1 == j2 - j1 and all(i in stray for i in range(i1, i2))


def score_obfuscated(orig, cleaned, edits):
    """-> (units, restored, collateral, exact).  A unit is one edit: a substituted
    code point (restored iff the cleaned text has the original code point
    there, case included), or one insertion (invisible char / zalgo marks;
    restored iff nothing is left between its neighbours).  collateral counts
    code points changed at positions the obfuscator never touched; exact:
    cleaned == orig up to tolerated stray letters (see stray_positions)."""
    units = len(edits)
    if cleaned == orig:
        return units, units, 0, True
    ops = opcodes(orig, cleaned)
    stray = stray_positions(orig)
    sub_pos = {i for i, o, _ in edits if o}
    stray -= sub_pos
    omap = align(orig, cleaned, ops)
    # pmap: like omap, but also through 1:1 replacements (where a substituted
    # letter was left as is), to judge insertions next to such letters
    pmap = list(omap)
    for tag, i1, i2, j1, j2 in ops:
        if tag == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                pmap[i1 + k] = j1 + k
    n = len(orig)
    restored = 0
    sub_at, ins_len = set(), {}
    for i, o, r in edits:
        if o:
            sub_at.add(i)
            if omap[i] != -1:
                restored += 1
            continue
        ins_len[i] = ins_len.get(i, 0) + len(r)
        left_ok = i == 0 or pmap[i - 1] != -1
        right_ok = i == n or pmap[i] != -1
        adj = True
        if 0 < i < n and left_ok and right_ok:
            adj = pmap[i] == pmap[i - 1] + 1
        elif i == 0 and right_ok:
            adj = pmap[0] == 0
        elif i == n and left_ok:
            adj = pmap[n - 1] == len(cleaned) - 1
        if left_ok and right_ok and adj:
            restored += 1
    # collateral: the part of each differing run not explained by the edits
    # that fall inside it (substituted code points, inserted code points)
    collateral = 0
    exact = True
    for op in ops:
        tag, i1, i2, j1, j2 = op
        if tag == "equal" or tolerated(op, stray):
            continue
        exact = False
        explained = sum(1 for i in range(i1, i2) if i in sub_at) + \
            sum(ins_len.get(i, 0) for i in range(i1, i2 + 1))
        collateral += max(0, max(i2 - i1, j2 - j1) - explained)
    return units, restored, collateral, exact


# ----------------------------------------------------------------- workers
def run_clean(job):
    """Worker: (obfuscate and write the file,) clean it and score it."""
    unspoof, path, orig = job["unspoof"], job["path"], job["orig"]
    edits = None
    given = orig
    if job["family"] is not None:
        obf, edits = ob.obfuscate(orig, job["family"], job["rate"], seed=job["seed"])
        with open(path, "w", encoding="utf-8") as f:
            f.write(obf)
        given = obf
    out = b""
    try:
        r = subprocess.run([unspoof, "clean", path], capture_output=True,
                           timeout=CLEAN_TIMEOUT)
        err = None if r.returncode == 0 else f"exit {r.returncode}: " + \
            r.stderr.decode("utf-8", "replace").strip()[:200]
        out = r.stdout
        cleaned = out.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        err, cleaned = "timeout", ""
    except OSError as e:
        err, cleaned = str(e), ""
    res = {"key": job["key"], "error": err, "chars": len(orig), "idem": True}
    # clean(clean(x)) == clean(x), byte for byte, wherever clean changed x
    if err is None and out != given.encode("utf-8"):
        again = path + ".again"
        with open(again, "wb") as f:
            f.write(out)
        try:
            r2 = subprocess.run([unspoof, "clean", again], capture_output=True,
                                timeout=CLEAN_TIMEOUT)
            res["idem"] = r2.returncode == 0 and r2.stdout == out
        except (subprocess.TimeoutExpired, OSError):
            res["idem"] = False
        os.unlink(again)
    if edits is None:
        if err is None:
            res["changed"], res["tolerated"] = changed_chars(orig, cleaned, True)
        else:
            res["changed"], res["tolerated"] = len(orig), 0
        res["exact"] = err is None and res["changed"] == 0
    else:
        if err is not None:
            res.update(units=len(edits), restored=0, collateral=0, exact=False)
        else:
            u, rs, col, ex = score_obfuscated(orig, cleaned, edits)
            res.update(units=u, restored=rs, collateral=col, exact=ex)
            if job.get("causes") and not ex:
                stray = stray_positions(orig) - {i for i, o, _ in edits if o}
                res["causes"] = ca.diff_causes(orig, cleaned, edits, opcodes, stray,
                                               tolerated)
    if cleaned != orig:
        res["cleaned"] = cleaned  # kept for --show-failures
    return res


def run_scan(job):
    unspoof, paths = job
    # "--max-findings 1" keeps the JSON small (the verdict and counts are
    # still for the whole file); without that option, retry the plain form
    for extra in (["--max-findings", "1"], []):
        try:
            r = subprocess.run([unspoof, "scan", "--json"] + extra + paths,
                               capture_output=True, timeout=CLEAN_TIMEOUT * 4)
            out = r.stdout.decode("utf-8", "replace")
            err = r.stderr.decode("utf-8", "replace").strip()[:300]
        except (subprocess.TimeoutExpired, OSError) as e:
            return {p: {"verdict": "error", "error": str(e)} for p in paths}
        if out.strip():
            break
    recs = []
    for line in out.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            recs.append(json.loads(line))
        except ValueError:
            pass
    del out
    # keep only what is used: per-finding details can be megabytes per file
    recs = [{k: r.get(k) for k in ("path", "verdict", "score", "counts")}
            if isinstance(r, dict) else None for r in recs]
    res = {}
    want = set(paths)
    for rec in recs:
        if rec and rec.get("path") in want:
            res[rec["path"]] = rec
    if len(res) < len(paths) and len(recs) == len(paths):
        # paths spelled differently: fall back to order
        res = {p: rec for p, rec in zip(paths, recs) if rec}
    for p in paths:
        if p not in res:
            res[p] = {"verdict": "error", "error": err or "no JSON line for file"}
    return res


# ------------------------------------------------------------------ output
def esc(s, keep_visible=True):
    out = []
    for c in s:
        o = ord(c)
        if 0x20 <= o < 0x7F:
            out.append(c)
        elif c == "\n":
            out.append("⏎")
        else:
            cat = unicodedata.category(c)
            if keep_visible and cat[0] in "LNPS" and o < 0x10000 and c.isprintable():
                out.append(c + "<U+%04X>" % o)
            else:
                out.append("<U+%04X>" % o)
    return "".join(out)


def ctx(s):
    return "".join("⏎" if c == "\n" else c if c.isprintable() and
                   unicodedata.category(c)[0] not in "CM" else "<U+%04X>" % ord(c) for c in s)


def cut(s, n=80):
    return s if len(s) <= n else s[:n] + "…(%d more)" % (len(s) - n)


def show_diff(title, orig, cleaned, limit=12, error=None):
    print(title)
    if error:
        return
    n = 0
    for tag, i1, i2, j1, j2 in opcodes(orig, cleaned):
        if tag == "equal":
            continue
        n += 1
        if n > limit:
            print("    ... more differences")
            break
        print("    @%d  want \"%s\"  got \"%s\"   in: …%s[%s]%s…" % (
            i1, cut(esc(orig[i1:i2])), cut(esc(cleaned[j1:j2])),
            ctx(orig[max(0, i1 - 25):i1]), cut(ctx(orig[i1:i2])), ctx(orig[i2:i2 + 25])))


def pct(a, b):
    return "%6.2f%%" % (100.0 * a / b) if b else "    n/a"


def table(title, header, rows):
    print()
    print(title)
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else \
        [len(h) for h in header]
    fmt = "  ".join("%%%ds" % w if i else "%%-%ds" % w for i, w in enumerate(widths))
    print("  " + fmt % tuple(header))
    for r in rows:
        print("  " + fmt % tuple(r))


def print_causes(results, fams, path):
    """Table of the causes of inexact documents (eval/causes.py), per family:
    differences of each cause, and documents that have at least one; then
    the most frequent (cause, want, got) patterns. Every difference is
    written to path as a JSON line."""
    per, docs, pat = {}, {}, {}
    with open(path, "w", encoding="utf-8") as f:
        for key, r in sorted(results.items(), key=lambda kv: (kv[0][2] or "", kv[0][3] or 0,
                                                             kv[0][0], kv[0][1])):
            if key[2] is None or not r.get("causes"):
                continue
            seen = set()
            for d in r["causes"]:
                c = d["cause"] + (":short" if d["short"] else "")
                per[(key[2], c)] = per.get((key[2], c), 0) + 1
                seen.add(c)
                p = (d["cause"], d["want"], d["got"])
                pat[p] = pat.get(p, 0) + 1
                f.write(json.dumps(dict(lang=key[0], doc=key[1], family=key[2],
                                        rate=key[3], **d), ensure_ascii=False) + "\n")
            for c in seen:
                docs[(key[2], c)] = docs.get((key[2], c), 0) + 1
    cs = sorted({c for _, c in per})
    table("Causes of inexact documents (differences / documents with one)",
          ["family"] + cs,
          [[fam] + ["%d/%d" % (per.get((fam, c), 0), docs.get((fam, c), 0)) for c in cs]
           for fam in fams])
    print("\n  most frequent differences (cause, want -> got: count):")
    for (c, w, g), n in sorted(pat.items(), key=lambda kv: -kv[1])[:40]:
        print("    %-16s %s -> %s: %d" % (c, esc(w), esc(g), n))


# -------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description="unspoof evaluation harness")
    ap.add_argument("--corpus", help="corpus dir (default eval/corpus, else eval/sample)")
    ap.add_argument("--quick", action="store_true",
                    help="sample corpus, rates 0.05/0.3/1.0, 3 docs per language")
    ap.add_argument("--families", help="comma list (default: all that apply)")
    ap.add_argument("--rates", help="comma list of substitution rates")
    ap.add_argument("--langs", help="comma list of languages")
    ap.add_argument("--max-docs", type=int, default=None,
                    help="documents per language (default 100; --quick 3; 0 = all)")
    ap.add_argument("--unspoof", help="CLI path (default $UNSPOOF or build/unspoof)")
    ap.add_argument("--json-out", help="write all results as JSON to this file")
    ap.add_argument("--show-failures", type=int, default=0, metavar="N",
                    help="print the first N failing documents (genuine and obfuscated) as diffs")
    ap.add_argument("--causes", metavar="FILE",
                    help="classify why obfuscated documents are not exact: print a "
                    "table of causes and write every difference as JSON lines to FILE")
    ap.add_argument("--jobs", type=int, default=2, help="parallel workers (default 2)")
    ap.add_argument("--report-only", action="store_true",
                    help="exit 0 even when acceptance lines FAIL")
    a = ap.parse_args()

    unspoof = a.unspoof or os.environ.get("UNSPOOF") or os.path.join(ROOT, "build", "unspoof")
    if not (os.path.isfile(unspoof) and os.access(unspoof, os.X_OK)):
        print(f"eval: unspoof CLI not found at {unspoof} (build it with `make cli`, "
              "or pass --unspoof / set UNSPOOF)", file=sys.stderr)
        return 2
    unspoof = os.path.abspath(unspoof)

    corpus = a.corpus
    if a.quick and not corpus:
        corpus = os.path.join(EVAL, "sample")
    if not corpus:
        corpus = os.path.join(EVAL, "corpus")
        if not os.path.isdir(corpus) or not os.listdir(corpus):
            print("eval: no eval/corpus (run eval/fetch-corpus.sh); using the small "
                  "committed eval/sample instead", file=sys.stderr)
            corpus = os.path.join(EVAL, "sample")
    if not os.path.isdir(corpus):
        print(f"eval: corpus {corpus} not found", file=sys.stderr)
        return 2
    rates = [float(x) for x in a.rates.split(",")] if a.rates else \
        (QUICK_RATES if a.quick else DEFAULT_RATES)
    fam_filter = set(a.families.split(",")) if a.families else None
    if fam_filter and fam_filter - set(ob.FAMILIES):
        print("eval: unknown families: %s (known: %s)" % (
            ",".join(sorted(fam_filter - set(ob.FAMILIES))), ",".join(ob.FAMILIES)),
            file=sys.stderr)
        return 2
    langs = set(a.langs.split(",")) if a.langs else None
    max_docs = a.max_docs if a.max_docs is not None else (3 if a.quick else 100)

    t0 = time.time()
    docs = load_docs(corpus, langs, max_docs)
    if not docs:
        print(f"eval: no documents in {corpus}", file=sys.stderr)
        return 2

    tmp = tempfile.mkdtemp(prefix="unspoof-eval-")
    try:
        return evaluate(a, unspoof, corpus, docs, rates, fam_filter, tmp, t0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def evaluate(a, unspoof, corpus, docs, rates, fam_filter, tmp, t0):
    jobs, meta = [], {}
    for di, (lang, doc_id, text) in enumerate(docs):
        p = os.path.join(tmp, "g%05d.txt" % di)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        key = (lang, doc_id, None, None)
        meta[key] = {"path": p, "orig": text}
        jobs.append({"unspoof": unspoof, "path": p, "orig": text, "family": None,
                     "rate": None, "seed": doc_id, "key": key, "causes": a.causes})
        for fam in ob.families_for(text):
            if fam_filter and fam not in fam_filter:
                continue
            for rate in rates:
                p = os.path.join(tmp, "o%05d_%s_%g.txt" % (di, fam, rate))
                key = (lang, doc_id, fam, rate)
                meta[key] = {"path": p, "orig": text}
                jobs.append({"unspoof": unspoof, "path": p, "orig": text, "family": fam,
                             "rate": rate, "seed": doc_id, "key": key,
                             "causes": a.causes})
    print(f"eval: {len(docs)} documents from {os.path.relpath(corpus, ROOT)}, "
          f"{len(jobs) - len(docs)} obfuscated variants, rates {rates}; "
          f"unspoof = {unspoof}", file=sys.stderr)

    results, verdicts = {}, {}
    with multiprocessing.Pool(a.jobs) as pool:
        done = 0
        for r in pool.imap_unordered(run_clean, jobs, chunksize=8):
            results[r["key"]] = r
            done += 1
            if done % 5000 == 0:
                print(f"eval: {done}/{len(jobs)} cleaned ({time.time() - t0:.0f}s)",
                      file=sys.stderr)
        # the obfuscated files exist now: scan them all, many per call
        paths = [m["path"] for m in meta.values()]
        batches = [(unspoof, paths[i:i + SCAN_BATCH])
                   for i in range(0, len(paths), SCAN_BATCH)]
        for v in pool.imap_unordered(run_scan, batches):
            verdicts.update(v)
    for key, m in meta.items():
        v = verdicts.get(m["path"], {"verdict": "error"})
        results[key]["verdict"] = v.get("verdict", "error")
        results[key]["score"] = v.get("score")

    # -------------------------------------------------------- aggregate
    def agg():
        return {"docs": 0, "units": 0, "restored": 0, "exact": 0, "detect": 0,
                "obf": 0, "collateral": 0, "chars": 0, "errors": 0, "not_idem": 0}

    not_idem = []  # documents (genuine or obfuscated) whose clean clean changes again

    by_fr, by_fl, by_f, by_f_det = {}, {}, {}, {}
    genuine = {}
    fails_gen, fails_obf = [], []
    for key in sorted(results, key=lambda k: (k[2] or "", k[3] or 0, k[0], k[1])):
        r = results[key]
        lang, doc_id, fam, rate = key
        if not r["idem"]:
            not_idem.append(key)
        if fam is None:
            g = genuine.setdefault(lang, {"docs": 0, "chars": 0, "obfuscated": 0,
                                          "suspicious": 0, "changed": 0,
                                          "docs_changed": 0, "tolerated": 0,
                                          "errors": 0})
            g["docs"] += 1
            g["chars"] += r["chars"]
            g["obfuscated"] += r["verdict"] == "obfuscated"
            g["suspicious"] += r["verdict"] == "suspicious"
            g["changed"] += r["changed"]
            g["tolerated"] += r["tolerated"]
            g["docs_changed"] += r["changed"] > 0
            g["errors"] += (r["error"] is not None) or (r["verdict"] not in
                                                        ("clean", "suspicious", "obfuscated"))
            if r["changed"] or r["verdict"] == "obfuscated" or r["error"]:
                fails_gen.append(key)
            continue
        for d, k in ((by_fr, (fam, rate)), (by_fl, (fam, lang)), (by_f, fam)):
            s = d.setdefault(k, agg())
            s["docs"] += 1
            s["units"] += r["units"]
            s["restored"] += r["restored"]
            s["exact"] += r["exact"]
            s["detect"] += r["verdict"] in ("suspicious", "obfuscated")
            s["obf"] += r["verdict"] == "obfuscated"
            s["collateral"] += r["collateral"]
            s["chars"] += r["chars"]
            s["errors"] += (r["error"] is not None) or (r["verdict"] not in
                                                        ("clean", "suspicious", "obfuscated"))
            s["not_idem"] += not r["idem"]
        if rate >= DETECT_MIN_RATE - 1e-9:
            s = by_f_det.setdefault(fam, {"docs": 0, "detect": 0})
            s["docs"] += 1
            s["detect"] += r["verdict"] in ("suspicious", "obfuscated")
        if not r["exact"] or r["verdict"] == "clean":
            fails_obf.append(key)

    hdr = ["", "docs", "subst", "restored", "exact docs", "detected", "=obfusc.",
           "collat./100k", "errors", "not idem."]

    def row(name, s):
        return [name, s["docs"], s["units"], pct(s["restored"], s["units"]),
                pct(s["exact"], s["docs"]), pct(s["detect"], s["docs"]),
                pct(s["obf"], s["docs"]),
                "%.1f" % (1e5 * s["collateral"] / s["chars"]) if s["chars"] else "n/a",
                s["errors"], s["not_idem"]]

    fams = [f for f in ob.FAMILIES if f in by_f]
    table("Restoration and detection by family x rate",
          ["family / rate"] + hdr[1:],
          [row(f"{f} {r:g}", by_fr[(f, r)]) for f in fams for r in rates if (f, r) in by_fr]
          + [row(f"{f} ALL", by_f[f]) for f in fams])
    lang_order = sorted({k[0] for k in results})
    table("Restoration and detection by family x language (all rates)",
          ["family / lang"] + hdr[1:],
          [row(f"{f} {l}", by_fl[(f, l)]) for f in fams for l in lang_order
           if (f, l) in by_fl])
    tot = {"docs": 0, "chars": 0, "obfuscated": 0, "suspicious": 0, "changed": 0,
           "docs_changed": 0, "tolerated": 0, "errors": 0}
    grows = []
    for l in lang_order:
        g = genuine.get(l)
        if not g:
            continue
        for k in tot:
            tot[k] += g[k]
        grows.append([l, g["docs"], g["chars"], g["obfuscated"], g["suspicious"],
                      g["docs_changed"], g["changed"],
                      "%.2f" % (1e5 * g["changed"] / g["chars"]), g["tolerated"], g["errors"]])
    grows.append(["ALL", tot["docs"], tot["chars"], tot["obfuscated"], tot["suspicious"],
                  tot["docs_changed"], tot["changed"],
                  "%.2f" % (1e5 * tot["changed"] / tot["chars"]) if tot["chars"] else "n/a",
                  tot["tolerated"], tot["errors"]])
    table("Genuine text (original documents, not obfuscated)",
          ["lang", "docs", "chars", "verdict=obfusc.", "suspicious", "docs changed",
           "chars changed", "changed/100k", "stray fixed", "errors"], grows)

    if a.causes:
        print_causes(results, fams, a.causes)

    # -------------------------------------------------------- acceptance
    accept = []

    def line(ok, what):
        accept.append({"pass": bool(ok), "what": what})

    for f in fams:
        s = by_f[f]
        line(s["units"] and s["restored"] / s["units"] >= TARGET_RESTORE,
             f"restoration {f}: {pct(s['restored'], s['units']).strip()} of "
             f"{s['units']} substitutions (target >= {100 * TARGET_RESTORE:g}%)")
    for f in fams:
        s = by_f[f]
        line(s["docs"] and s["exact"] / s["docs"] >= TARGET_EXACT,
             f"exact documents {f}: {pct(s['exact'], s['docs']).strip()} of {s['docs']} "
             f"(target >= {100 * TARGET_EXACT:g}%)")
    for f in fams:
        s = by_f_det.get(f)
        if s:
            line(s["detect"] / s["docs"] >= TARGET_DETECT,
                 f"detection {f} at rates >= {DETECT_MIN_RATE:g}: "
                 f"{pct(s['detect'], s['docs']).strip()} of {s['docs']} "
                 f"(target >= {100 * TARGET_DETECT:g}%)")
    for l in lang_order:
        g = genuine.get(l)
        if not g:
            continue
        per = 1e5 * g["changed"] / g["chars"] if g["chars"] else 0
        line(g["obfuscated"] == 0 and per <= TARGET_GENUINE_PER_100K and not g["errors"],
             f"genuine {l}: {g['obfuscated']} of {g['docs']} docs flagged obfuscated, "
             f"{g['changed']} chars changed = {per:.2f}/100k"
             + (f", {g['errors']} errors" if g["errors"] else "")
             + f" (target 0 and <= {TARGET_GENUINE_PER_100K:g})")
    line(not not_idem,
         f"clean is idempotent: clean(clean(x)) != clean(x) for {len(not_idem)} of "
         f"{len(results)} documents (target 0)")
    print()
    print("Acceptance")
    for x in accept:
        print("  %s  %s" % ("PASS" if x["pass"] else "FAIL", x["what"]))
    nfail = sum(not x["pass"] for x in accept)
    print(f"\neval: {len(accept) - nfail} passed, {nfail} failed "
          f"({time.time() - t0:.1f}s)")

    # -------------------------------------------------------- failures
    if a.show_failures:
        print(f"\nFirst failures on genuine text (of {len(fails_gen)}):")
        for key in fails_gen[:a.show_failures]:
            r, m = results[key], meta[key]
            show_diff(f"  {key[1]} [genuine] verdict={r['verdict']} score={r['score']} "
                      f"changed={r['changed']}" + (f" ERROR {r['error']}" if r["error"] else ""),
                      m["orig"], r.get("cleaned", m["orig"]), error=r["error"])
        print(f"\nFirst failures on obfuscated text (of {len(fails_obf)}):")
        for key in fails_obf[:a.show_failures]:
            r, m = results[key], meta[key]
            show_diff(f"  {key[1]} [{key[2]} r={key[3]:g}] verdict={r['verdict']} "
                      f"restored {r['restored']}/{r['units']} collateral={r['collateral']}"
                      + (f" ERROR {r['error']}" if r["error"] else ""),
                      m["orig"], r.get("cleaned", m["orig"]), error=r["error"])
        if not_idem:
            print(f"\nDocuments whose clean changes when cleaned again (of {len(not_idem)}; "
                  "the obfuscation is deterministic: --families and --langs give it again):")
            for key in not_idem[:a.show_failures]:
                print(f"  {key[1]} [{key[2] or 'genuine'}"
                      + (f" r={key[3]:g}" if key[3] is not None else "") + "]")

    if a.json_out:
        out = {
            "corpus": os.path.relpath(corpus, ROOT), "unspoof": unspoof, "rates": rates,
            "documents": len(docs), "variants": len(results) - len(docs),
            "by_family_rate": [dict(family=f, rate=r, **by_fr[(f, r)])
                               for f in fams for r in rates if (f, r) in by_fr],
            "by_family_lang": [dict(family=f, lang=l, **by_fl[(f, l)])
                               for f in fams for l in lang_order if (f, l) in by_fl],
            "by_family": [dict(family=f, **by_f[f]) for f in fams],
            "genuine": [dict(lang=l, **genuine[l]) for l in lang_order if l in genuine],
            "acceptance": accept,
            "failing_genuine": [k[1] for k in fails_gen],
            "not_idempotent": [dict(doc=k[1], family=k[2], rate=k[3]) for k in not_idem],
            "failing_obfuscated": [dict(doc=k[1], family=k[2], rate=k[3])
                                   for k in fails_obf][:5000],
            "seconds": round(time.time() - t0, 1),
        }
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(f"eval: results written to {a.json_out}", file=sys.stderr)
    return 1 if nfail and not a.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
