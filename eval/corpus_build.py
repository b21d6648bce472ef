#!/usr/bin/python3
"""Build the evaluation corpus of genuine prose from Debian packages.

Called by eval/fetch-corpus.sh (see there and eval/README.md).  Standard
library only.  Everything it writes stays under eval/:

  eval/.cache/debs/      downloaded .deb files (apt-get download)
  eval/.cache/x/<pkg>/   their extracted contents (dpkg-deb -x)
  eval/corpus/<lang>/    NNNN.txt documents + SOURCES.tsv   (default mode)
  eval/sample/<lang>.txt small committed sample + SOURCES.md (--sample)

The output is a pure function of the package versions that apt-get downloads:
files are read in sorted order, paragraphs are de-duplicated first-seen, and
documents are interleaved round-robin across source packages.
"""
import argparse
import glob
import gzip
import hashlib
import html
import html.parser
import os
import re
import shutil
import struct
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

EVAL = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(EVAL, ".cache")
DEBS = os.path.join(CACHE, "debs")
XDIR = os.path.join(CACHE, "x")

MAX_DOCS = 400          # per language
MAX_BYTES = 900_000     # per language
DOC_MIN, DOC_MAX = 300, 3000
SAMPLE_BYTES = 6000     # per language in --sample mode
SAMPLE_PARA_MAX = 1400  # chars

# --------------------------------------------------------------------------
# Sources.  Per language: list of (package, kind, selector).
#   instguide: installation-guide HTML, selector = language dir
#   mallard:   /usr/share/help/<sel>/**/*.page  (GNOME help, Mallard XML)
#   man:       /usr/share/man/<sel>/man*/*      (sel "" = English pages)
#   mo:        /usr/share/locale/<sel>/LC_MESSAGES/*.mo msgstr
#   mo-en:     msgid of the .mo catalogs of language <sel> (English originals)
#   squid:     /usr/share/squid-langpack/<sel>/ERR_*  HTML error pages
#   doku:      /usr/share/dokuwiki/inc/lang/<sel>/*.txt wiki text
# --------------------------------------------------------------------------
MO_PKGS = ["vlc-l10n", "tuxpaint-data", "gimp-data", "inkscape", "coreutils",
           "bash", "synaptic", "tasksel-data", "libgtk-3-common", "rednotebook",
           "plasma-workspace-data", "cinnamon-l10n", "evolution-common",
           "gnome-terminal-data", "evince-common", "orca", "gedit-common"]


def mo(lang_dir, pkgs=MO_PKGS):
    return [(p, "mo", lang_dir) for p in pkgs]


SOURCES = {
    "en": [("installation-guide-amd64", "instguide", "en"),
           ("gnome-user-docs", "mallard", "C"),
           ("manpages", "man", ""),
           ("vlc-l10n", "mo-en", "de"), ("coreutils", "mo-en", "de"),
           ("tuxpaint-data", "mo-en", "de")],
    "de": [("installation-guide-amd64", "instguide", "de"),
           ("manpages-de", "man", "de"), ("gnome-user-docs", "mallard", "de")],
    "fr": [("installation-guide-amd64", "instguide", "fr"),
           ("manpages-fr", "man", "fr"), ("gnome-user-docs", "mallard", "fr")],
    "ru": [("installation-guide-amd64", "instguide", "ru"),
           ("manpages-ru", "man", "ru"), ("gnome-user-docs", "mallard", "ru")],
    "el": [("installation-guide-amd64", "instguide", "el"),
           ("gnome-user-docs", "mallard", "el"), ("manpages-el", "man", "el")]
          + mo("el"),
    "vi": [("installation-guide-amd64", "instguide", "vi"),
           ("manpages-vi", "man", "vi"), ("gnome-user-docs", "mallard", "vi")]
          + mo("vi"),
    "uk": [("gnome-user-docs", "mallard", "uk"), ("manpages-uk", "man", "uk"),
           ("evolution-common", "mallard", "uk")],
    "tr": [("gnome-user-docs", "mallard", "tr"), ("manpages-tr", "man", "tr"),
           ("evince-common", "mallard", "tr")] + mo("tr"),
    "sr": [("gnome-user-docs", "mallard", "sr"), ("manpages-sr", "man", "sr"),
           ("evince-common", "mallard", "sr")] + mo("sr"),
    "sr-Latn": [("gnome-user-docs", "mallard", "sr@latin")] + mo("sr@latin"),
    "bg": [("evince-common", "mallard", "bg"), ("orca", "mallard", "bg"),
           ("gedit-common", "mallard", "bg")] + mo("bg"),
    "mk": [("evolution-common", "mallard", "mk"), ("manpages-mk", "man", "mk")]
          + mo("mk"),
    "be": mo("be") + [("squid-langpack", "squid", "be"),
                      ("dokuwiki", "doku", "be")],
    "kk": mo("kk") + [("squid-langpack", "squid", "kk"),
                      ("dokuwiki", "doku", "kk")],
    "hy": mo("hy") + [("squid-langpack", "squid", "hy"),
                      ("dokuwiki", "doku", "hy")],
    "ka": [("gnome-terminal-data", "mallard", "ka")] + mo("ka")
          + [("squid-langpack", "squid", "ka"), ("dokuwiki", "doku", "ka")],
    "fa": [("gnome-user-docs", "mallard", "fa")] + mo("fa")
          + [("squid-langpack", "squid", "fa"), ("dokuwiki", "doku", "fa")],
    "hi": [("gnome-user-docs", "mallard", "hi")] + mo("hi")
          + [("dokuwiki", "doku", "hi")],
}

SCRIPT = {  # expected script of the letters of each language
    "ru": "Cyrl", "uk": "Cyrl", "bg": "Cyrl", "sr": "Cyrl", "mk": "Cyrl",
    "be": "Cyrl", "kk": "Cyrl", "el": "Grek", "hy": "Armn", "ka": "Geor",
    "fa": "Arab", "hi": "Deva",
    "en": "Latn", "fr": "Latn", "de": "Latn", "tr": "Latn", "vi": "Latn",
    "sr-Latn": "Latn",
}

STOP = {
    "en": "the and of to is in that for it with as be on are this by you or "
          "can not from if an will which your have at",
    "de": "der die das und ist nicht mit ein eine zu den von sie auf für "
          "werden wird es sich auch wenn oder dem des im kann diese",
    "fr": "le la les de des et est un une pour dans que qui pas sur vous par "
          "ce sont avec au du peut si cette être",
    "tr": "bir ve bu için ile da de olarak daha gibi olan veya çok ne kadar "
          "değil sonra her ancak göre eğer sizin ya bilgisayarınızı",
    "vi": "và của là các có được cho một không trong này với những để khi "
          "người bạn thì đã từ sẽ cài đặt hệ thống",
    "sr-Latn": "je i u se da na za od su ili ne koji kao sa će ako biti "
               "možete vaš to iz da li koje može",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}


def script_of(ch):
    o = ord(ch)
    if 0x0400 <= o <= 0x052F or 0x1C80 <= o <= 0x1C8F or 0x2DE0 <= o <= 0x2DFF \
            or 0xA640 <= o <= 0xA69F:
        return "Cyrl"
    if 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF:
        return "Grek"
    if 0x0530 <= o <= 0x058F or 0xFB13 <= o <= 0xFB17:
        return "Armn"
    if 0x10A0 <= o <= 0x10FF or 0x1C90 <= o <= 0x1CBF or 0x2D00 <= o <= 0x2D2F:
        return "Geor"
    if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "Arab"
    if 0x0900 <= o <= 0x097F:
        return "Deva"
    if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    return "Other"


WORD_RE = re.compile(r"\w+", re.UNICODE)


def stop_score(text, lang):
    words = [w.lower() for w in WORD_RE.findall(text)]
    if not words:
        return 0.0
    return sum(1 for w in words if w in STOP[lang]) / len(words)


def lang_ok(p, lang, relaxed=False):
    letters = [c for c in p if c.isalpha()]
    if len(letters) < 30:
        return False
    want = SCRIPT[lang]
    scripts = [script_of(c) for c in letters]
    frac = scripts.count(want) / len(letters)
    if want != "Latn":
        return frac >= (0.6 if relaxed else 0.75)
    if frac < 0.97:
        return False
    if lang == "sr-Latn" and any(script_of(c) == "Cyrl" for c in letters):
        return False
    s = stop_score(p, lang)
    if lang == "en":
        return s >= 0.12 and all(stop_score(p, o) < s for o in STOP if o != "en")
    if lang == "vi":
        marks = sum(1 for c in letters if ord(c) > 0x7F)
        if marks / len(letters) < 0.15:
            return False
    return s >= 0.08 and s > stop_score(p, "en")


END_PUNCT = set(".!?:;…)»\"”’։।؟")
BAD_SUBSTR = ("%s", "%d", "%u", "%l", "%1", "%2", "%(", "{", "}", "<", ">",
              "\\", "[[", "**", "{{", "://", "@", "__", "&", "|", "$",
              "=", "\t", "\x00")


def is_prose(p, relaxed=False):
    """relaxed: for UI catalogs (msgstr), accept shorter strings without a
    final full stop (tooltips, descriptions)."""
    if len(p) < (40 if relaxed else 60) or len(p) > 2900:
        return False
    if len(p.split()) < (6 if relaxed else 8):
        return False
    if any(b in p for b in BAD_SUBSTR):
        return False
    if re.search(r"%[a-zA-Z0-9]", p):
        return False
    if p[0] in "-–—*•#+/" or (p[-1] not in END_PUNCT and not relaxed):
        return False
    nonspace = [c for c in p if not c.isspace()]
    letters = sum(1 for c in nonspace if c.isalpha()
                  or unicodedata.category(c) in ("Mn", "Mc"))
    if letters / len(nonspace) < 0.80:
        return False
    if re.search(r"\s{3,}", p):
        return False
    return True


def clean_ws(s):
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------- extractors
def read_mo(path):
    """Return [(msgid, msgstr)] of a GNU .mo file (first plural form)."""
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    e = "<" if magic == 0x950412de else ">"
    _, n, oo, to = struct.unpack(e + "4I", data[4:20])
    out = []
    for i in range(n):
        ol, oof = struct.unpack(e + "2I", data[oo + 8 * i: oo + 8 * i + 8])
        tl, tof = struct.unpack(e + "2I", data[to + 8 * i: to + 8 * i + 8])
        mid = data[oof: oof + ol]
        mstr = data[tof: tof + tl]
        if not mid:
            continue  # header
        if b"\x04" in mid:  # msgctxt
            mid = mid.split(b"\x04", 1)[1]
        try:
            out.append((mid.split(b"\x00")[0].decode("utf-8"),
                        mstr.split(b"\x00")[0].decode("utf-8")))
        except UnicodeDecodeError:
            pass
    return out


def paras_from_msg(s):
    res = []
    if "<" in s:  # rich-text strings (e.g. VLC help): drop the markup
        s = re.sub(r"<br\s*/?>|</p>|</h\d>|</li>", "\n\n", s)
        s = html.unescape(re.sub(r"<[^>]*>", "", s))
    for block in re.split(r"\n\s*\n", s):
        lines = block.split("\n")
        if any(re.match(r"\s*[-*+]", ln) for ln in lines[1:]):
            continue
        res.append(clean_ws(block))
    return res


def extract_mo(root, sel, want_id=False):
    files = sorted(glob.glob(os.path.join(root, "usr/share/locale", sel,
                                          "LC_MESSAGES", "*.mo")))
    for f in files:
        paras = []
        for mid, mstr in read_mo(f):
            s = mid if want_id else mstr
            if not mstr:
                continue
            paras.extend(paras_from_msg(s))
        yield os.path.relpath(f, root), paras


class _TextHTML(html.parser.HTMLParser):
    """Collect text of <p> elements (not inside <pre>)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.depth, self.pre = [], None, 0, 0

    def handle_starttag(self, tag, attrs):
        if tag == "pre":
            self.pre += 1
        if tag == "p":
            self._flush()
            self.cur = []
        elif tag in ("div", "table", "ul", "ol", "dl", "li", "h1", "h2", "h3",
                     "blockquote") and self.cur is not None:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "pre":
            self.pre -= 1
        if tag == "p":
            self._flush()

    def handle_data(self, d):
        if self.cur is not None and not self.pre:
            self.cur.append(d)

    def _flush(self):
        if self.cur:
            self.paras.append(clean_ws("".join(self.cur)))
        self.cur = None


def html_paras(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        p = _TextHTML()
        p.feed(f.read())
        p.close()
        p._flush()
    return p.paras


def extract_instguide(root, sel):
    d = os.path.join(root, "usr/share/doc/installation-guide-amd64", sel)
    for f in sorted(glob.glob(os.path.join(d, "*.html"))):
        yield os.path.relpath(f, root), html_paras(f)


def extract_squid(root, sel):
    d = os.path.join(root, "usr/share/squid-langpack", sel)
    for f in sorted(glob.glob(os.path.join(d, "ERR_*"))):
        yield os.path.relpath(f, root), html_paras(f)


def extract_doku(root, sel):
    d = os.path.join(root, "usr/share/dokuwiki/inc/lang", sel)
    for f in sorted(glob.glob(os.path.join(d, "*.txt"))):
        with open(f, encoding="utf-8", errors="replace") as fh:
            t = fh.read()
        paras = []
        for block in re.split(r"\n\s*\n", t):
            if block.lstrip().startswith("=="):
                continue
            paras.append(clean_ws(block))
        yield os.path.relpath(f, root), paras


MAL = "{http://projectmallard.org/1.0/}"
SKIP_TAGS = {"code", "screen", "cmd", "sys", "file", "input", "output", "var",
             "keyseq", "key", "app", "gui", "guiseq"}


def extract_mallard(root, sel):
    d = os.path.join(root, "usr/share/help", sel)
    for f in sorted(glob.glob(os.path.join(d, "**", "*.page"), recursive=True)):
        try:
            tree = ET.parse(f)
        except ET.ParseError:
            continue
        paras = []
        for el in tree.iter(MAL + "p"):
            paras.append(clean_ws("".join(el.itertext())))
        yield os.path.relpath(f, root), paras


def render_man(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    if raw.startswith(b".so "):
        return ""
    try:
        r = subprocess.run(["groff", "-k", "-t", "-mandoc", "-Tutf8",
                            "-rLL=5000n", "-P-cbou"], input=raw,
                           capture_output=True, timeout=60,
                           env=dict(os.environ, LC_ALL="C.UTF-8"))
    except (OSError, subprocess.TimeoutExpired):
        return ""
    t = r.stdout.decode("utf-8", errors="replace")
    # groff's utf8 device turns '-' into U+2010 and \- into U+2212:
    # undo that so the text is what the translator typed.
    return t.replace("\u2010", "-").replace("\u2212", "-")


def extract_man(root, sel):
    base = os.path.join(root, "usr/share/man", sel) if sel else \
        os.path.join(root, "usr/share/man")
    files = sorted(glob.glob(os.path.join(base, "man[1-8]", "*")))
    for f in files:
        if os.path.islink(f):
            continue
        t = render_man(f)
        paras = []
        for line in t.split("\n"):
            if not line.startswith(" ") or re.search(r"\S {4,}\S", line):
                continue  # headers / footers / section names / tables
            paras.append(clean_ws(line))
        yield os.path.relpath(f, root), paras


EXTRACT = {
    "instguide": extract_instguide, "mallard": extract_mallard,
    "man": extract_man, "squid": extract_squid, "doku": extract_doku,
    "mo": lambda r, s: extract_mo(r, s), "mo-en": lambda r, s: extract_mo(r, s, True),
}


# ----------------------------------------------------------- package cache
def pkg_root(pkg):
    return os.path.join(XDIR, pkg)


def deb_path(pkg):
    c = sorted(glob.glob(os.path.join(DEBS, pkg + "_*.deb")))
    return c[-1] if c else None


def fetch(pkgs):
    os.makedirs(DEBS, exist_ok=True)
    missing = [p for p in pkgs if deb_path(p) is None]
    if missing:
        print("fetch-corpus: apt-get download " + " ".join(missing), file=sys.stderr)
        r = subprocess.run(["apt-get", "download"] + missing, cwd=DEBS)
        if r.returncode != 0:
            # one at a time, to keep going past a missing package
            for p in missing:
                subprocess.run(["apt-get", "download", p], cwd=DEBS)
    for p in pkgs:
        d = deb_path(p)
        if d is None:
            print(f"fetch-corpus: WARNING: could not download {p} "
                  "(run `apt-get update`?)", file=sys.stderr)
            continue
        stamp = os.path.join(pkg_root(p), ".from")
        if os.path.exists(stamp) and open(stamp).read() == os.path.basename(d):
            continue
        shutil.rmtree(pkg_root(p), ignore_errors=True)
        os.makedirs(pkg_root(p))
        subprocess.run(["dpkg-deb", "-x", d, pkg_root(p)], check=True)
        with open(stamp, "w") as f:
            f.write(os.path.basename(d))


def pkg_version(pkg):
    d = deb_path(pkg)
    if not d:
        return "?"
    return os.path.basename(d)[:-4].split("_")[1].replace("%3a", ":")


# Checked by hand against each package's /usr/share/doc/<pkg>/copyright
# (the licence of the translated text we take; all are free licences).
LICENSES = {
    "installation-guide-amd64": "GPL-2",
    "gnome-user-docs": "CC-BY-SA-3.0",
    "manpages": "Linux man-pages licences (GPL-2+, BSD, Linux-man-pages-copyleft)",
    "coreutils": "GPL-3+", "bash": "GPL-3+",
    "tuxpaint-data": "GPL-2+", "vlc-l10n": "GPL-2+",
    "gimp-data": "GPL-3+ (translations)", "inkscape": "GPL-2+",
    "synaptic": "GPL-2+", "tasksel-data": "GPL-2+",
    "libgtk-3-common": "LGPL-2+", "rednotebook": "GPL-2+",
    "plasma-workspace-data": "GPL-2.0-or-later", "cinnamon-l10n": "GPL-2+",
    "evolution-common": "LGPL-2 or LGPL-3 (help: CC-BY-SA-3.0 per page)",
    "evince-common": "GPL-2+", "orca": "LGPL-2.1+", "gedit-common": "GPL-2+",
    "gnome-terminal-data": "GPL-3+ (help: GFDL-1.3 or GPL-3+)",
    "squid-langpack": "GPL-2+", "dokuwiki": "GPL-2",
    "manpages-tr": "GPL (translations), originals under their own free licences",
}
for _l in ("de", "fr", "ru", "uk", "el", "mk", "sr", "vi"):
    LICENSES["manpages-" + _l] = "GPL-3+ (manpages-l10n translations)"


def pkg_license(pkg):
    if pkg in LICENSES:
        return LICENSES[pkg]
    root = pkg_root(pkg)
    c = os.path.join(root, "usr/share/doc", pkg, "copyright")
    if not os.path.exists(c):
        c2 = glob.glob(os.path.join(root, "usr/share/doc/*/copyright"))
        if not c2:
            return "?"
        c = c2[0]
    t = open(c, encoding="utf-8", errors="replace").read()
    lic = []
    for m in re.finditer(r"^License:\s*(\S.*)$", t, re.M):
        v = m.group(1).strip()
        if v not in lic:
            lic.append(v)
    if lic:
        return ", ".join(lic[:6])
    for k in ("GPL-3", "GPL-2", "version 3", "version 2", "LGPL", "BSD", "MIT"):
        if k in t:
            return "see copyright (mentions %s)" % k
    return "see copyright"


# ----------------------------------------------------------- documents
def stable_hash(*parts):
    return int(hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:8], 16)


def split_long(p):
    if len(p) <= 1800:
        return [p]
    sents = re.split(r"(?<=[.!?։।])\s+", p)
    out, cur = [], ""
    for s in sents:
        if cur and len(cur) + 1 + len(s) > 1500:
            out.append(cur)
            cur = s
        else:
            cur = (cur + " " + s) if cur else s
    if cur:
        out.append(cur)
    return [x for x in out if len(x) <= 2900]


def build_lang(lang, limit_per_pkg=MAX_DOCS):
    """Return list of (doc_text, pkg, relpath, [paras])."""
    per_pkg = []
    seen = set()
    for pkg, kind, sel in SOURCES[lang]:
        root = pkg_root(pkg)
        if not os.path.isdir(root):
            continue
        docs = []
        relaxed = kind in ("mo", "mo-en", "squid", "doku")
        for rel, paras in EXTRACT[kind](root, sel):
            if len(docs) >= limit_per_pkg + 5:
                break
            good = []
            for p in paras:
                for q in split_long(p):
                    if not is_prose(q, relaxed) or not lang_ok(q, lang, relaxed):
                        continue
                    key = q.casefold()
                    if key in seen:
                        continue
                    seen.add(key)
                    good.append(q)
            # group the file's paragraphs into documents
            target = 400 + stable_hash(lang, pkg, rel) % 1800
            cur = []
            for q in good:
                if cur and sum(len(x) + 2 for x in cur) + len(q) > min(DOC_MAX, target):
                    docs.append(("\n\n".join(cur), pkg, rel, cur))
                    cur = []
                    target = 400 + stable_hash(lang, pkg, rel, q) % 1800
                cur.append(q)
            if cur:
                docs.append(("\n\n".join(cur), pkg, rel, cur))
        # merge too-short documents of this package with their successor
        merged, acc = [], None
        for d in docs:
            if acc is None:
                acc = d
            elif len(acc[0]) < DOC_MIN and len(acc[0]) + len(d[0]) + 2 <= DOC_MAX:
                acc = (acc[0] + "\n\n" + d[0], acc[1], acc[2], acc[3] + d[3])
            else:
                merged.append(acc)
                acc = d
        if acc is not None:
            merged.append(acc)
        per_pkg.append([d for d in merged if DOC_MIN <= len(d[0]) <= DOC_MAX])
    # round-robin across packages so every language mixes its sources
    out, nbytes, i = [], 0, 0
    while any(i < len(l) for l in per_pkg):
        for l in per_pkg:
            if i < len(l):
                out.append(l[i])
        i += 1
    res = []
    for d in out:
        if len(res) >= MAX_DOCS or nbytes >= MAX_BYTES:
            break
        res.append(d)
        nbytes += len(d[0].encode())
    return res


def write_corpus(langs):
    outdir = os.path.join(EVAL, "corpus")
    summary = []
    for lang in langs:
        docs = build_lang(lang)
        d = os.path.join(outdir, lang)
        if os.path.isdir(d):
            for f in glob.glob(os.path.join(d, "*.txt")):
                os.remove(f)
        os.makedirs(d, exist_ok=True)
        rows = ["file\tpackage\tversion\tpath_in_package"]
        for i, (text, pkg, rel, _) in enumerate(docs, 1):
            name = "%04d.txt" % i
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            rows.append(f"{name}\t{pkg}\t{pkg_version(pkg)}\t{rel}")
        with open(os.path.join(d, "SOURCES.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        kb = sum(len(t.encode()) for t, *_ in docs) / 1024
        pk = sorted({p for _, p, _, _ in docs})
        summary.append((lang, len(docs), kb, pk))
        print(f"{lang:8s} {len(docs):4d} docs {kb:8.1f} KB  {', '.join(pk)}")
    return summary


def write_sample(langs):
    outdir = os.path.join(EVAL, "sample")
    os.makedirs(outdir, exist_ok=True)
    md = ["# Sample corpus: sources", "",
          "Generated by `eval/fetch-corpus.sh --sample` from Debian 12 (bookworm) "
          "packages. Each `<lang>.txt` holds paragraphs (separated by blank "
          "lines) of genuine translated documentation; the quick evaluation "
          "groups them into documents of 300-1500 characters.", "",
          "| lang | package | version | license (from the package's copyright file) | paragraphs |",
          "| --- | --- | --- | --- | --- |"]
    for lang in langs:
        docs = build_lang(lang, limit_per_pkg=4)
        paras, used, nbytes = [], {}, 0
        # take whole documents round-robin, keeping paragraphs of sane size
        for text, pkg, rel, ps in docs:
            if nbytes >= SAMPLE_BYTES:
                break
            for p in ps:
                if len(p) > SAMPLE_PARA_MAX or nbytes >= SAMPLE_BYTES:
                    continue
                paras.append(p)
                used[pkg] = used.get(pkg, 0) + 1
                nbytes += len(p.encode()) + 2
        with open(os.path.join(outdir, lang + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")
        for pkg in sorted(used):
            md.append(f"| {lang} | {pkg} | {pkg_version(pkg)} | {pkg_license(pkg)} | {used[pkg]} |")
        print(f"{lang:8s} {len(paras):3d} paragraphs {nbytes/1024:6.1f} KB  {', '.join(sorted(used))}")
    with open(os.path.join(outdir, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", action="store_true",
                    help="write the small committed eval/sample/ instead of eval/corpus/")
    ap.add_argument("--langs", default=",".join(SOURCES),
                    help="comma-separated subset (default: all)")
    ap.add_argument("--no-fetch", action="store_true",
                    help="use only what is already in eval/.cache")
    a = ap.parse_args()
    langs = [l for l in a.langs.split(",") if l]
    for l in langs:
        if l not in SOURCES:
            sys.exit(f"fetch-corpus: unknown language {l}; known: {' '.join(SOURCES)}")
    pkgs = sorted({p for l in langs for p, _, _ in SOURCES[l]})
    if not a.no_fetch:
        fetch(pkgs)
    if a.sample:
        write_sample(langs)
    else:
        write_corpus(langs)


if __name__ == "__main__":
    main()
