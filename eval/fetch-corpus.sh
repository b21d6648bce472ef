#!/bin/sh
# Fetch real prose in ~18 languages from Debian packages (translated
# documentation, man pages, gettext catalogs) into eval/corpus/<lang>/.
#
#   eval/fetch-corpus.sh                 full corpus -> eval/corpus/ (not committed)
#   eval/fetch-corpus.sh --sample        small sample -> eval/sample/ (committed)
#   eval/fetch-corpus.sh --langs ru,el   a subset
#   eval/fetch-corpus.sh --no-fetch      reuse eval/.cache only (offline)
#
# Needs: apt-get (after `apt-get update`), dpkg-deb, groff; python3 stdlib.
# Downloads are cached in eval/.cache/; nothing is written outside eval/.
# Deterministic for given package versions; safe to re-run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON3:-/usr/bin/python3}
[ -x "$PY" ] || PY=python3
for t in apt-get dpkg-deb groff; do
	command -v "$t" >/dev/null 2>&1 || { echo "fetch-corpus: $t is required" >&2; exit 2; }
done
exec "$PY" "$here/corpus_build.py" "$@"
