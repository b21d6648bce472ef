#!/bin/sh
# Tests the unspoof PostgreSQL extension on a throwaway cluster:
# builds and installs it (PGXS; installing needs root, as in CI), runs initdb
# and pg_ctl on a Unix socket in a temporary directory (as user "nobody" when
# run as root, since initdb refuses root), CREATE EXTENSION unspoof, checks
# every function, then the impersonation recipe on 100,000 generated
# usernames: an expression index on unspoof_skeleton(name), EXPLAIN showing
# it is used, and the right matches. Removes the cluster at the end.
# Usage: sh bindings/postgresql/test.sh   (from the top of the checkout)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$($PG_CONFIG --bindir)
passed=0 failed=0

make -s -C "$top" lib
make -s -C "$here" PG_CONFIG="$PG_CONFIG"
if [ -w "$($PG_CONFIG --pkglibdir)" ]; then
	make -s -C "$here" PG_CONFIG="$PG_CONFIG" install
elif [ ! -f "$($PG_CONFIG --sharedir)/extension/unspoof.control" ]; then
	echo "test.sh: cannot install the extension (run as root, or 'make install' it first)"
	exit 2
fi

tmp=$(mktemp -d /tmp/unspoof-pg.XXXXXX)
chmod 755 "$tmp"
as=""
if [ "$(id -u)" = 0 ]; then
	chown nobody "$tmp"
	as="runuser -u nobody --"
fi
cd "$tmp" # a directory the cluster's user can read
cleanup() {
	$as "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

$as "$bindir/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
$as "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w \
	-o "-k $tmp -c listen_addresses= -F -c max_parallel_workers_per_gather=2" start >/dev/null
psql() { $as "$bindir/psql" -X -q -h "$tmp" -U postgres -v ON_ERROR_STOP=1 "$@"; }
q() { psql -d postgres -tA -c "$1"; }

# expect NAME SQL WANT: the single value SQL returns is WANT
expect() {
	got=$(q "$2" 2>&1) || true
	if [ "$got" = "$3" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s\n  sql:  %s\n  want: %s\n  got:  %s\n' "$1" "$2" "$3" "$got"
	fi
}

q "CREATE EXTENSION unspoof" >/dev/null

# ---- the functions
news="Robert Plaпt stepped qυietly throυgh the door, 𝐟𝐫𝐞𝐞 tick​ets"
expect clean "SELECT unspoof_clean('$news')" "Robert Plant stepped quietly through the door, free tickets"
expect verdict "SELECT unspoof_verdict('$news')" "obfuscated"
expect verdict-clean "SELECT unspoof_verdict('hello world, Привет мир')" "clean"
expect scan-count "SELECT jsonb_array_length(unspoof_scan('$news')->'findings')" "8"
expect scan-first "SELECT f->>'imitates' || ' ' || (f->>'offset') || ' ' || (f->>'position') || ' ' || (f->>'name')
	FROM (SELECT unspoof_scan('$news')->'findings'->0 AS f) s" "n 10 11 CYRILLIC SMALL LETTER PE"
# character positions past astral characters select the finding with substr()
expect scan-position "SELECT string_agg(substr(t, (f->>'position')::int, 1), '' ORDER BY (f->>'offset')::int)
	FROM (SELECT '𝐛𝐛 Plaпt 😀 qυietly'::text AS t) s,
	     jsonb_array_elements(unspoof_scan(t)->'findings') f" "𝐛𝐛пυ"
expect scan-summary "SELECT s->>'verdict' || ' ' || (s->'counts'->>'lookalike') || ' ' || (s->'counts'->>'fancy') || ' ' || (s->>'bytes')
	FROM (SELECT unspoof_scan('$news') AS s) x" "obfuscated 3 4 $(printf '%s' "$news" | wc -c)"
expect skeleton "SELECT unspoof_skeleton('pаypal')" "paypal"
expect skeleton-long "SELECT length(unspoof_skeleton(repeat('ѕсоре ', 1000)))" "6000"
expect confusable "SELECT unspoof_confusable('scope', 'ѕсоре')" "t"
expect not-confusable "SELECT unspoof_confusable('scope', 'scape')" "f"
expect check "SELECT (c->>'ok') || ' ' || (c->>'level') || ' ' || (c->'failed')::text
	FROM (SELECT unspoof_check('pаypal') AS c) s" 'false minimally-restrictive ["restriction-level"]'
expect strict-null "SELECT coalesce(unspoof_clean(NULL), 'null') || coalesce(unspoof_verdict(NULL), 'null')" "nullnull"
expect volatility "SELECT string_agg(DISTINCT provolatile::text || proparallel::text || proisstrict::text, ',')
	FROM pg_proc WHERE proname LIKE 'unspoof\_%'" "istrue"
expect empty "SELECT unspoof_clean('') || unspoof_verdict('') || unspoof_skeleton('')" "clean"

# ---- the same JSON as the CLI (check; scan apart from the path and positions)
cli=$top/build/unspoof
if [ -x "$cli" ]; then
	for id in paypal pаypal ѕсоре 'ab1١' '𝐛ank' 'x​y' 日本語カタカナ; do
		want=$("$cli" check --json -- "$id" || true)
		expect "check-json $id" "SELECT unspoof_check('$id') = '$want'::jsonb" "t"
	done
	for f in "$top"/examples/obfuscated-news.txt "$top"/eval/sample/ru.txt "$top"/eval/sample/el.txt; do
		want=$("$cli" scan --json "$f" | sed 's/^{"path":"[^"]*",/{/' || true)
		lit=$(printf '%s' "$want" | sed "s/'/''/g")
		body=$(sed "s/'/''/g" "$f")
		expect "scan-json $(basename "$f")" "SELECT (SELECT jsonb_object_agg(k, CASE WHEN k = 'findings' THEN
			(SELECT coalesce(jsonb_agg(e - 'position' ORDER BY (e->>'offset')::int), '[]') FROM jsonb_array_elements(v) e) ELSE v END)
			FROM jsonb_each(unspoof_scan('$body' || E'\\n')) AS x(k, v)) = ('$lit'::jsonb - 'truncated')" "t"
		expect "clean $(basename "$f")" "SELECT md5(unspoof_clean('$body') || E'\\n')" \
			"$("$cli" clean "$f" | md5sum | cut -d' ' -f1)"
	done
fi

# ---- errors are ERRORs, not crashes: a database that is not UTF8
q "CREATE DATABASE latin1 TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C'" >/dev/null
psql -d latin1 -c "CREATE EXTENSION unspoof" >/dev/null
err=$(psql -d latin1 -tA -c "SELECT unspoof_clean('abc')" 2>&1 || true)
case $err in
*"unspoof needs a UTF8 database, not LATIN1"*) passed=$((passed + 1)) ;;
*) failed=$((failed + 1)); echo "FAIL latin1 error: $err" ;;
esac
expect alive "SELECT 1" "1"

# ---- impersonating usernames: 100,000 names, an index on the skeleton
psql -d postgres <<'EOF' >/dev/null
CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
INSERT INTO users (name)
	SELECT (ARRAY['alex','maria','john','olga','li','nora','sam','ivan','eva','omar'])[1 + g % 10]
	       || '_' || substr(md5(g::text), 1, 6) || (g % 97)
	FROM generate_series(1, 99990) g;
-- the account to protect, its impersonators and near misses
INSERT INTO users (name) VALUES
	('paypal'), ('pаypal'), ('paypa1'), ('рaypal'), ('payраl'), ('pay​pal'), ('paypaI'),
	('paypals'), ('PAYPAL'), ('paypa');
CREATE INDEX users_name_skeleton ON users (unspoof_skeleton(name));
ANALYZE users;
EOF
expect users "SELECT count(*) FROM users" "100000"
new="pаypаl"
query="SELECT name FROM users WHERE unspoof_skeleton(name) = unspoof_skeleton('$new')"
plan=$(q "EXPLAIN (COSTS OFF) $query")
case $plan in
*"Index Scan using users_name_skeleton"* | *"Bitmap Index Scan on users_name_skeleton"*)
	passed=$((passed + 1)) ;;
*) failed=$((failed + 1)); printf 'FAIL index not used:\n%s\n' "$plan" ;;
esac
expect impersonators "SELECT string_agg(name, ',' ORDER BY name) FROM ($query) s" \
	"$(printf '%s\n' paypal pаypal paypa1 рaypal payраl pay​pal paypaI | LC_ALL=C sort | paste -sd, -)"
expect impersonators-confusable "SELECT bool_and(unspoof_confusable(name, '$new')) FROM ($query) s" "t"
# the same answer as comparing every row, without the index
expect seqscan-agrees "SELECT count(*) FROM users WHERE unspoof_confusable(name, '$new')" "7"
# parallel workers run the functions too (PARALLEL SAFE)
expect parallel "SET force_parallel_mode = on; SET parallel_setup_cost = 0; SET min_parallel_table_scan_size = 0;
	SELECT count(*) FROM users WHERE unspoof_verdict(name) <> 'clean'" "4"

echo "$plan" | sed 's/^/  /'
echo "postgresql: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
