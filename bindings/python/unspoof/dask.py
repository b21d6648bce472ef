"""Scan or clean many documents on a Dask cluster.

    python3 -m unspoof.dask scan  SRC... (--scheduler ADDRESS | --local N) --out DIR
    python3 -m unspoof.dask clean SRC... (--scheduler ADDRESS | --local N) --out DIR
    python3 -m unspoof.dask scan  DATA.csv... --column text --local 4 --out DIR

SRC are files or directories (read recursively, in sorted order). The files are
grouped into partitions of about --partition-bytes and processed as a Dask bag;
with --column, SRC are CSV (or Parquet, if pandas has an engine for it) files
read as a Dask dataframe and each value of that column is a document.

Output in DIR:
  report.jsonl       scan: one line per document, exactly what
                     `unspoof scan --json FILE...` prints for the same files
  map.jsonl          clean: the offset maps, as `unspoof clean --map`
  cleaned/PATH       clean: each file restored (PATH is SRC's path without a
                     leading /), byte for byte what `unspoof clean FILE` writes;
                     with --column: cleaned/part-NNNNN.csv with the column cleaned
  summary.json       documents, bytes, verdict counts, seconds, throughput,
                     failed partition attempts and retries

Like the CLI, files with a NUL byte in their first 32 KiB are skipped as
binary (counted in the summary), and an unreadable file is reported and
skipped. A partition that fails (a worker dies, an I/O error) is retried up
to --retries times. Workers must see SRC and DIR at the same paths (a shared
file system) and have this package importable (pip install it on each one).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

BINARY_PROBE = 32 * 1024
NO_LEET = "lookalike,fancy,invisible,bidi,marks,invalid-utf8"


# ------------------------------------------------------------ on workers

def _options(mode: str, o: Dict[str, Any]) -> Dict[str, Any]:
    """The unspoof.scan()/clean() keywords that match the CLI's flags."""
    kw: Dict[str, Any] = {}
    if o.get("script"):
        kw["script"] = o["script"]
    if o.get("leet"):
        kw["leet"] = True
        if mode == "scan" and not o.get("undo"):
            kw["undo"] = NO_LEET  # `unspoof scan --leet` keeps the default undo set
    if o.get("undo"):
        kw["undo"] = o["undo"]
    if mode == "clean":
        kw["keep_invisible"] = bool(o.get("keep_invisible"))
        kw["invalid"] = "replace" if o.get("replace_invalid") else "keep"
    return kw


def _empty_stats() -> Dict[str, Any]:
    return {"docs": 0, "bytes": 0, "skipped": 0, "errors": [], "edits": 0, "cpu_seconds": 0.0,
            "verdicts": {"clean": 0, "suspicious": 0, "obfuscated": 0}}


def _atomic_write(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = "%s.tmp-%d" % (path, os.getpid())
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _cleaned_path(out: str, path: str) -> str:
    return os.path.join(out, "cleaned", os.path.normpath(path).lstrip(os.sep))


def _maybe_fail(part: int, job: Dict[str, Any]) -> None:
    # Testing aid (--fail-first-attempt K): partition K fails on its first try.
    if job.get("fail_first_attempt") == part:
        marker = os.path.join(job["out"], "parts", "failed-once-%05d" % part)
        if not os.path.exists(marker):
            _atomic_write(marker, b"")
            raise RuntimeError("injected failure of partition %d (first attempt)" % part)


def process_files(part: int, paths: List[str], job: Dict[str, Any]) -> Dict[str, Any]:
    """Scans or cleans the files of one partition; writes its part of the
    report (or map) to DIR/parts and the cleaned files to DIR/cleaned."""
    import unspoof

    _maybe_fail(part, job)
    cpu0 = time.thread_time()
    mode, out = job["mode"], job["out"]
    kw = _options(mode, job["options"])
    st = _empty_stats()
    lines: List[bytes] = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            st["errors"].append("%s: %s" % (path, e.strerror or e))
            continue
        if b"\0" in data[:BINARY_PROBE]:
            st["skipped"] += 1
            if mode == "clean":  # what `unspoof clean --map` writes for a skipped file
                lines.append(b'{%s,"edits":[]}\n' % unspoof._json.text_field(
                    "path", unspoof._path_bytes(path)).encode("utf-8"))
            continue
        st["docs"] += 1
        st["bytes"] += len(data)
        if mode == "scan":
            line = unspoof.scan_json(data, path, **kw)
            lines.append(line.encode("utf-8"))
            st["verdicts"][line[line.rindex('"verdict":"') + 11:].split('"', 1)[0]] += 1
        else:
            c = unspoof.clean(data, **kw)
            _atomic_write(_cleaned_path(out, path), c.text)  # type: ignore[arg-type]
            lines.append(c.to_map_json(path).encode("utf-8"))
            st["verdicts"][c.verdict] += 1
            st["edits"] += c.edits
    _atomic_write(os.path.join(out, "parts", "part-%05d.jsonl" % part), b"".join(lines))
    st["cpu_seconds"] = time.thread_time() - cpu0
    return st


def process_rows(part: int, df: Any, start: int, job: Dict[str, Any]) -> Dict[str, Any]:
    """Scans or cleans the text column of one dataframe partition; document
    labels are COLUMN[ROW] with ROW counted over all inputs from 0."""
    import unspoof

    _maybe_fail(part, job)
    cpu0 = time.thread_time()
    mode, out, col = job["mode"], job["out"], job["column"]
    kw = _options(mode, job["options"])
    st = _empty_stats()
    lines: List[bytes] = []
    cleaned: List[Optional[str]] = []
    for i, value in enumerate(df[col].tolist()):
        label = "%s[%d]" % (col, start + i)
        if not isinstance(value, str):  # a missing value
            cleaned.append(value)
            continue
        st["docs"] += 1
        st["bytes"] += len(value.encode("utf-8", "surrogateescape"))
        if mode == "scan":
            r = unspoof.scan(value, **kw)
            lines.append(r.to_json(label).encode("utf-8"))
            st["verdicts"][r.verdict] += 1
        else:
            c = unspoof.clean(value, **kw)
            cleaned.append(c.text)  # type: ignore[arg-type]
            lines.append(c.to_map_json(label).encode("utf-8"))
            st["verdicts"][c.verdict] += 1
            st["edits"] += c.edits
    if mode == "clean":
        df = df.copy()
        df[col] = cleaned
        os.makedirs(os.path.join(out, "cleaned"), exist_ok=True)
        path = os.path.join(out, "cleaned", "part-%05d.csv" % part)
        df.to_csv(path + ".tmp", index=False)
        os.replace(path + ".tmp", path)
    _atomic_write(os.path.join(out, "parts", "part-%05d.jsonl" % part), b"".join(lines))
    st["cpu_seconds"] = time.thread_time() - cpu0
    return st


# ------------------------------------------------------------ on the client

def expand(srcs: Sequence[str]) -> List[str]:
    """Files of SRC, directories walked recursively in sorted order."""
    files: List[str] = []
    for s in srcs:
        if os.path.isdir(s):
            for d, dirs, names in os.walk(s):
                dirs.sort()
                for n in sorted(names):
                    p = os.path.join(d, n)
                    if os.path.isfile(p):
                        files.append(p)
        else:
            files.append(s)
    return files


def partition_files(files: List[str], target: int, max_files: int) -> List[List[str]]:
    parts: List[List[str]] = []
    cur: List[str] = []
    size = 0
    for p in files:
        try:
            n = os.path.getsize(p)
        except OSError:
            n = 0
        if cur and (size + n > target or len(cur) >= max_files):
            parts.append(cur)
            cur, size = [], 0
        cur.append(p)
        size += n
    if cur:
        parts.append(cur)
    return parts


class Progress:
    def __init__(self, total: int, quiet: bool):
        self.total, self.quiet = total, quiet
        self.done = self.docs = self.bytes = 0
        self.t0 = self.last = time.monotonic()
        self.tty = sys.stderr.isatty()

    def update(self, st: Dict[str, Any], final: bool = False) -> None:
        if st:
            self.done += 1
            self.docs += st["docs"]
            self.bytes += st["bytes"]
        now = time.monotonic()
        if self.quiet or (not final and now - self.last < (0.2 if self.tty else 2.0)):
            return
        self.last = now
        rate = self.bytes / max(now - self.t0, 1e-9) / 1e6
        msg = "unspoof.dask: %d/%d partitions, %d documents, %.1f MB, %.1f MB/s" % (
            self.done, self.total, self.docs, self.bytes / 1e6, rate)
        sys.stderr.write(("\r" + msg + ("\n" if final else "")) if self.tty else msg + "\n")
        sys.stderr.flush()


def run(args: argparse.Namespace) -> Dict[str, Any]:
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    out = os.path.abspath(args.out)
    os.makedirs(os.path.join(out, "parts"), exist_ok=True)
    options = {k: getattr(args, k) for k in
               ("script", "leet", "undo", "keep_invisible", "replace_invalid")}
    job = {"mode": args.mode, "out": out, "options": options, "column": args.column,
           "fail_first_attempt": args.fail_first_attempt}
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        import dask
        # the statistical profiler of each worker costs CPU for nothing here
        dask.config.set({"distributed.worker.profile.enabled": False})
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    t0 = time.monotonic()
    try:
        if args.column:
            tasks = _dataframe_tasks(args, job)
            nparts = len(tasks)
        else:
            parts = partition_files(expand(args.src), args.partition_bytes, args.partition_files)
            nparts = len(parts)
            bag = db.from_sequence(list(enumerate(parts)), npartitions=max(1, nparts))
            tasks = bag.map_partitions(
                lambda items: [process_files(i, paths, job) for i, paths in items]).to_delayed()
        progress = Progress(nparts, args.quiet)
        futures = client.compute(tasks)
        index = {f.key: i for i, f in enumerate(futures)}
        attempts = [1] * len(futures)
        results: List[List[Dict[str, Any]]] = [[] for _ in futures]
        failures: List[str] = []
        ac = as_completed(futures)
        for fut in ac:
            i = index[fut.key]
            if fut.status == "finished":
                st = fut.result()
                results[i] = st if isinstance(st, list) else [st]
                for one in results[i]:
                    progress.update(one)
                continue
            err = fut.exception()
            failures.append("partition %d attempt %d: %s" % (i, attempts[i], err))
            if attempts[i] > args.retries:
                raise RuntimeError("partition %d failed %d times, last: %s" %
                                   (i, attempts[i], err))
            if not args.quiet:
                sys.stderr.write("unspoof.dask: partition %d failed (%s), retrying\n" % (i, err))
            attempts[i] += 1
            fut.retry()
            ac.add(fut)
        progress.update({}, final=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.monotonic() - t0
    # the parts, in input order, make the report (or map)
    name = "report.jsonl" if args.mode == "scan" else "map.jsonl"
    with open(os.path.join(out, name + ".tmp"), "wb") as dst:
        for i in range(nparts):
            p = os.path.join(out, "parts", "part-%05d.jsonl" % i)
            with open(p, "rb") as f:
                dst.write(f.read())
    os.replace(os.path.join(out, name + ".tmp"), os.path.join(out, name))
    for n in os.listdir(os.path.join(out, "parts")):
        os.unlink(os.path.join(out, "parts", n))
    os.rmdir(os.path.join(out, "parts"))
    total = _empty_stats()
    for st in (one for r in results for one in r):
        for k in ("docs", "bytes", "skipped", "edits", "cpu_seconds"):
            total[k] += st[k]
        total["errors"] += st["errors"]
        for v, n in st["verdicts"].items():
            total["verdicts"][v] += n
    total.update({
        "mode": args.mode, "partitions": nparts, "seconds": round(seconds, 3),
        "mb_per_s": round(total["bytes"] / max(seconds, 1e-9) / 1e6, 2),
        "docs_per_s": round(total["docs"] / max(seconds, 1e-9), 1),
        "cpu_seconds": round(total["cpu_seconds"], 3),
        "failed_attempts": failures, "retries": sum(a - 1 for a in attempts),
        "workers": args.local if not args.scheduler else args.scheduler,
    })
    if args.mode == "scan":
        del total["edits"]
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(total, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return total


def _dataframe_tasks(args: argparse.Namespace, job: Dict[str, Any]) -> List[Any]:
    import dask
    import dask.dataframe as dd

    col = args.column
    if all(s.endswith(".parquet") or os.path.isdir(s) for s in args.src):
        try:
            df = dd.read_parquet(list(args.src), columns=[col])
        except (ImportError, ValueError) as e:
            raise SystemExit("unspoof.dask: cannot read Parquet (%s); Debian 12 has no pyarrow "
                             "or fastparquet package: convert to CSV, or install one" % e)
    else:
        df = dd.read_csv(list(args.src), dtype=str, keep_default_na=False,
                         blocksize=args.partition_bytes)
        if col not in df.columns:
            raise SystemExit("unspoof.dask: no column %r in %s (columns: %s)" % (
                col, args.src[0], ", ".join(df.columns)))
    lengths = df.map_partitions(len).compute()
    starts, at = [], 0
    for n in lengths:
        starts.append(at)
        at += int(n)
    parts = df.to_delayed()
    return [dask.delayed(process_rows)(i, p, starts[i], job) for i, p in enumerate(parts)]


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python3 -m unspoof.dask",
        description="Scan or clean many documents with unspoof on a Dask cluster.",
        epilog="Outputs in DIR: report.jsonl (scan) or map.jsonl and cleaned/ (clean), and "
               "summary.json. Workers must see SRC and DIR at the same paths.")
    ap.add_argument("mode", choices=("scan", "clean"))
    ap.add_argument("src", nargs="+", metavar="SRC", help="files or directories (or CSV/Parquet "
                    "files with --column)")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="an existing cluster's scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N "
                       "worker processes on 127.0.0.1")
    ap.add_argument("--out", required=True, metavar="DIR", help="where the outputs go")
    ap.add_argument("--column", metavar="NAME", help="SRC are CSV/Parquet files: the text column")
    ap.add_argument("--partition-bytes", type=int, default=32 << 20, metavar="N",
                    help="about N input bytes per partition (default 32 MiB)")
    ap.add_argument("--partition-files", type=int, default=2000, metavar="N",
                    help="at most N files per partition (default 2000)")
    ap.add_argument("--retries", type=int, default=3, metavar="N",
                    help="retry a failed partition up to N times (default 3)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    ap.add_argument("--script", metavar="NAME", help="as the CLI's --script")
    ap.add_argument("--leet", action="store_true", help="as the CLI's --leet")
    ap.add_argument("--undo", metavar="KINDS", help="clean: as the CLI's --undo")
    ap.add_argument("--keep-invisible", action="store_true", help="clean: keep invisibles")
    ap.add_argument("--replace-invalid", action="store_true", help="clean: U+FFFD for "
                    "invalid UTF-8")
    ap.add_argument("--fail-first-attempt", type=int, metavar="K", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.local is not None and args.local < 1:
        ap.error("--local: at least 1 worker")
    import unspoof
    try:  # check the options here rather than on every worker
        unspoof.clean("", **_options("clean", vars(args)))
    except ValueError as e:
        ap.error(str(e))
    total = run(args)
    if not args.quiet:
        v = total["verdicts"]
        sys.stderr.write(
            "unspoof.dask: %d documents (%d skipped as binary, %d errors), %.1f MB in %.2f s "
            "(%.1f MB/s, %.0f docs/s): %d clean, %d suspicious, %d obfuscated; %d retries\n" % (
                total["docs"], total["skipped"], len(total["errors"]), total["bytes"] / 1e6,
                total["seconds"], total["mb_per_s"], total["docs_per_s"], v["clean"],
                v["suspicious"], v["obfuscated"], total["retries"]))
        for e in total["errors"]:
            sys.stderr.write("unspoof.dask: %s\n" % e)
    return 2 if total["errors"] else 0


if __name__ == "__main__":
    from unspoof.dask import main as _main  # so that workers unpickle unspoof.dask.*

    sys.exit(_main())
