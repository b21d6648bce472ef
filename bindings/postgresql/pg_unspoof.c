/* pg_unspoof.c — the unspoof PostgreSQL extension: SQL functions over
 * libunspoof (linked statically). See unspoof--0.1.0.sql for the SQL side.
 *
 * Rules kept here: every library return code is checked and turned into an
 * ereport(ERROR); memory the library allocates (reports, cleaned text) is
 * freed on every path, including when an ERROR unwinds (PG_FINALLY); what
 * goes back to PostgreSQL is palloc'd. The database encoding must be UTF8
 * (then text is always well-formed UTF-8 without NUL bytes). */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "unspoof.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(pg_unspoof_clean);
PG_FUNCTION_INFO_V1(pg_unspoof_scan);
PG_FUNCTION_INFO_V1(pg_unspoof_verdict);
PG_FUNCTION_INFO_V1(pg_unspoof_skeleton);
PG_FUNCTION_INFO_V1(pg_unspoof_confusable);
PG_FUNCTION_INFO_V1(pg_unspoof_check);

static void require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("unspoof needs a UTF8 database, not %s",
		                       GetDatabaseEncodingName())));
}

static void lib_error(const char *what, int rc)
{
	ereport(ERROR, (errcode(rc == UNSPOOF_E_NOMEM ? ERRCODE_OUT_OF_MEMORY
	                        : rc == UNSPOOF_E_UTF8 ? ERRCODE_CHARACTER_NOT_IN_REPERTOIRE
	                                               : ERRCODE_INTERNAL_ERROR),
	                errmsg("%s: %s", what, unspoof_strerror(rc))));
}

/* A text argument as (pointer, length) in UTF-8. */
static const char *arg_text(FunctionCallInfo fcinfo, int i, size_t *len)
{
	text *t = PG_GETARG_TEXT_PP(i);
	require_utf8();
	*len = (size_t)VARSIZE_ANY_EXHDR(t);
	return VARDATA_ANY(t);
}

static Datum jsonb_from(StringInfo s)
{
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(s->data));
}

/* ------------------------------------------------------------- clean */

Datum pg_unspoof_clean(PG_FUNCTION_ARGS)
{
	size_t len;
	const char *s = arg_text(fcinfo, 0, &len);
	unspoof_cleaned *volatile c = NULL;
	text *volatile out = NULL;
	int rc = unspoof_clean(NULL, s, len, (unspoof_cleaned **)&c);
	if (rc != UNSPOOF_OK)
		lib_error("unspoof_clean", rc);
	PG_TRY();
	{
		if (c->len > MaxAllocSize - VARHDRSZ)
			ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			                errmsg("unspoof_clean: result too long")));
		out = cstring_to_text_with_len(c->text, (int)c->len);
	}
	PG_FINALLY();
	{
		unspoof_cleaned_free(c);
	}
	PG_END_TRY();
	PG_RETURN_TEXT_P(out);
}

/* -------------------------------------------------------------- scan */

static void json_cp(StringInfo s, uint32_t cp)
{
	appendStringInfo(s, "\"U+%04X\"", (unsigned)cp);
}

static void json_text(StringInfo s, const char *p, size_t n)
{
	char *z = pnstrdup(p, n);
	escape_json(s, z);
	pfree(z);
}

static const char *script_name(int sc)
{
	const char *n = sc >= 0 ? unspoof_script_name(sc) : NULL;
	return n ? n : "?";
}

static void json_summary(StringInfo s, const unspoof_summary *sum)
{
	int k;
	appendStringInfo(s, "\"verdict\":\"%s\",\"score\":%.4f,\"counts\":{",
	                 unspoof_verdict_name(sum->verdict), sum->score);
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		appendStringInfo(s, "%s\"%s\":%llu", k ? "," : "", unspoof_kind_name(k),
		                 (unsigned long long)sum->counts[k]);
	appendStringInfo(s, "},\"bytes\":%llu,\"words\":%llu,\"letters\":%llu,\"edits\":%llu",
	                 (unsigned long long)sum->bytes, (unsigned long long)sum->words,
	                 (unsigned long long)sum->letters, (unsigned long long)sum->edits);
}

static void json_finding(StringInfo s, const unspoof_finding *f, const char *text,
                         uint64_t position)
{
	char name[UNSPOOF_NAME_MAX + 1], im[16];
	size_t nl = 0, il = 0;
	unsigned k;
	int rc;
	appendStringInfo(s,
	                 "{\"offset\":%llu,\"length\":%u,\"position\":%llu,\"line\":%llu,"
	                 "\"column\":%llu,\"kind\":\"%s\",\"cp\":",
	                 (unsigned long long)f->offset, (unsigned)f->length,
	                 (unsigned long long)position, (unsigned long long)f->line,
	                 (unsigned long long)f->column, unspoof_kind_name(f->kind));
	json_cp(s, f->cp);
	appendStringInfoString(s, ",\"text\":");
	json_text(s, text + f->offset, f->length);
	rc = unspoof_char_name(f->cp, UNSPOOF_NAME_LABEL, name, sizeof name - 1, &nl);
	if (rc != UNSPOOF_OK)
		nl = 0;
	name[nl] = '\0';
	appendStringInfoString(s, ",\"name\":");
	escape_json(s, name);
	appendStringInfo(s, ",\"script\":\"%s\",\"imitates\":", script_name(f->script));
	for (k = 0; k < f->imitates_len && k < 4; k++)
		il += unspoof_utf8_encode(f->imitates[k], im + il);
	json_text(s, im, il);
	appendStringInfoString(s, ",\"imitates_cp\":[");
	for (k = 0; k < f->imitates_len && k < 4; k++) {
		if (k)
			appendStringInfoChar(s, ',');
		json_cp(s, f->imitates[k]);
	}
	appendStringInfoString(s, "],\"imitates_script\":");
	if (f->imitates_len && f->imitates_script >= 0)
		appendStringInfo(s, "\"%s\"", script_name(f->imitates_script));
	else
		appendStringInfoString(s, "null");
	appendStringInfo(s, ",\"confidence\":%.2f,\"undone\":%s}", (double)f->confidence,
	                 f->undone ? "true" : "false");
}

Datum pg_unspoof_scan(PG_FUNCTION_ARGS)
{
	size_t len;
	const char *t = arg_text(fcinfo, 0, &len);
	unspoof_report *volatile r = NULL;
	StringInfoData s;
	int rc = unspoof_scan(NULL, t, len, (unspoof_report **)&r);
	if (rc != UNSPOOF_OK)
		lib_error("unspoof_scan", rc);
	PG_TRY();
	{
		size_t i;
		uint64_t at = 0, position = 1;
		initStringInfo(&s);
		appendStringInfoChar(&s, '{');
		json_summary(&s, &r->summary);
		appendStringInfoString(&s, ",\"findings\":[");
		for (i = 0; i < r->nfindings; i++) {
			const unspoof_finding *f = &r->findings[i];
			if (f->offset < at || f->offset + f->length > len)
				ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
				                errmsg("unspoof_scan: finding out of order")));
			/* 1-based character position, for substr() */
			position += (uint64_t)pg_mbstrlen_with_len(t + at, (int)(f->offset - at));
			at = f->offset;
			if (i)
				appendStringInfoChar(&s, ',');
			json_finding(&s, f, t, position);
		}
		appendStringInfoString(&s, "]}");
	}
	PG_FINALLY();
	{
		unspoof_report_free(r);
	}
	PG_END_TRY();
	PG_RETURN_DATUM(jsonb_from(&s));
}

Datum pg_unspoof_verdict(PG_FUNCTION_ARGS)
{
	size_t len;
	const char *t = arg_text(fcinfo, 0, &len);
	unspoof_report *r = NULL;
	int verdict, rc = unspoof_scan(NULL, t, len, &r);
	if (rc != UNSPOOF_OK)
		lib_error("unspoof_scan", rc);
	verdict = r->summary.verdict;
	unspoof_report_free(r);
	PG_RETURN_TEXT_P(cstring_to_text(unspoof_verdict_name(verdict)));
}

/* ---------------------------------------------------------- skeleton */

Datum pg_unspoof_skeleton(PG_FUNCTION_ARGS)
{
	size_t len, need = 0, got = 0;
	const char *t = arg_text(fcinfo, 0, &len);
	char stack[256], *buf = stack;
	text *out;
	int rc = unspoof_skeleton(t, len, stack, sizeof stack, &need, 0);
	if (rc == UNSPOOF_E_BUFFER_TOO_SMALL) {
		if (need > MaxAllocSize - VARHDRSZ)
			ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			                errmsg("unspoof_skeleton: result too long")));
		buf = palloc(need);
		rc = unspoof_skeleton(t, len, buf, need, &got, 0);
		if (rc == UNSPOOF_OK && got != need)
			rc = UNSPOOF_E_BUFFER_TOO_SMALL;
	}
	if (rc != UNSPOOF_OK)
		lib_error("unspoof_skeleton", rc);
	out = cstring_to_text_with_len(buf, (int)need);
	if (buf != stack)
		pfree(buf);
	PG_RETURN_TEXT_P(out);
}

Datum pg_unspoof_confusable(PG_FUNCTION_ARGS)
{
	size_t alen, blen;
	const char *a = arg_text(fcinfo, 0, &alen);
	const char *b = arg_text(fcinfo, 1, &blen);
	unsigned res = 0;
	int rc = unspoof_confusable(a, alen, b, blen, 0, &res);
	if (rc != UNSPOOF_OK)
		lib_error("unspoof_confusable", rc);
	PG_RETURN_BOOL(res != 0);
}

/* ------------------------------------------------------------- check */

/* One checker per backend, made on first use and only read afterwards. */
static unspoof_checker *checker(void)
{
	static unspoof_checker *ck;
	if (!ck) {
		unspoof_checker *c = unspoof_checker_new();
		int rc;
		if (!c)
			lib_error("unspoof_check", UNSPOOF_E_NOMEM);
		rc = unspoof_checker_set_level(c, UNSPOOF_LEVEL_HIGHLY);
		if (rc == UNSPOOF_OK)
			rc = unspoof_checker_set_allowed(c, UNSPOOF_ALLOW_IDENTIFIER, NULL);
		if (rc != UNSPOOF_OK) {
			unspoof_checker_free(c);
			lib_error("unspoof_check", rc);
		}
		ck = c;
	}
	return ck;
}

Datum pg_unspoof_check(PG_FUNCTION_ARGS)
{
	size_t len, bad = 0, i;
	const char *t = arg_text(fcinfo, 0, &len);
	unspoof_check_result r;
	StringInfoData s;
	int allowed = 0, rc, n, any = 0;
	unsigned bit;
	rc = unspoof_checker_check(checker(), t, len, 0, &r);
	if (rc == UNSPOOF_OK)
		rc = unspoof_identifier_check(t, len, 0, &allowed, &bad);
	if (rc != UNSPOOF_OK)
		lib_error("unspoof_check", rc);
	initStringInfo(&s);
	appendStringInfoString(&s, "{\"identifier\":");
	json_text(&s, t, len);
	appendStringInfo(&s, ",\"level\":\"%s\",\"scripts\":", unspoof_level_name(r.level));
	if (unspoof_script_set_is_all(&r.scripts)) {
		appendStringInfoString(&s, "\"all\"");
	} else {
		appendStringInfoChar(&s, '[');
		n = unspoof_script_count();
		for (i = 0; i < (size_t)n; i++)
			if (unspoof_script_set_has(&r.scripts, (int)i)) {
				appendStringInfo(&s, "%s\"%s\"", any ? "," : "", unspoof_script_code((int)i));
				any = 1;
			}
		appendStringInfoChar(&s, ']');
	}
	appendStringInfo(&s, ",\"mixed_script\":%s,\"digit_systems\":[",
	                 unspoof_script_set_is_empty(&r.scripts) ? "true" : "false");
	for (i = 0; i < r.digit_systems && i < UNSPOOF_MAX_DIGIT_SYSTEMS; i++) {
		if (i)
			appendStringInfoChar(&s, ',');
		json_cp(&s, r.digit_zeros[i]);
	}
	appendStringInfo(&s, "],\"mixed_numbers\":%s,\"identifier_allowed\":%s",
	                 r.digit_systems > 1 ? "true" : "false", allowed ? "true" : "false");
	if (!allowed)
		appendStringInfo(&s, ",\"first_restricted_offset\":%zu", bad);
	appendStringInfoString(&s, ",\"failed\":[");
	for (bit = 1, any = 0; bit; bit <<= 1)
		if ((r.failed & bit) && unspoof_check_name(bit)) {
			appendStringInfo(&s, "%s\"%s\"", any ? "," : "", unspoof_check_name(bit));
			any = 1;
		}
	appendStringInfo(&s, "],\"ok\":%s}", r.failed ? "false" : "true");
	PG_RETURN_DATUM(jsonb_from(&s));
}
