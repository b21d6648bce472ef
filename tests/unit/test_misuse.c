/* API misuse: every public function called with NULL pointers, zero-length
 * and too-small buffers and out-of-range arguments must return the error
 * code its comment in unspoof.h documents, never crash, never write past a
 * buffer. Output buffers here are followed by guard bytes that must stay
 * untouched. */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "unspoof.h"
#include "uts39/uts39.h" /* us_uts39_fail_countdown: allocation failure injection */

#define GUARD 0xA5
#define GUARD_LEN 32

/* A buffer of cap bytes followed by GUARD_LEN guard bytes. */
static char *guarded(size_t cap)
{
	char *p = malloc(cap + GUARD_LEN);
	if (!p)
		abort();
	memset(p, GUARD, cap + GUARD_LEN);
	return p;
}

static int guard_ok(const char *p, size_t cap)
{
	size_t i;
	for (i = cap; i < cap + GUARD_LEN; i++)
		if ((unsigned char)p[i] != GUARD)
			return 0;
	return 1;
}

static int untouched(const char *p, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if ((unsigned char)p[i] != GUARD)
			return 0;
	return 1;
}

static void test_basics(void)
{
	int k;
	CHECK(unspoof_version() && !strcmp(unspoof_version(), UNSPOOF_VERSION_STRING), "version");
	CHECK(unspoof_version_number() == UNSPOOF_VERSION_NUMBER, "version number");
	CHECK(unspoof_unicode_version() != NULL, "unicode version");
	for (k = -20; k <= 20; k++)
		CHECK(unspoof_strerror(k) != NULL, "strerror(%d) is NULL", k);
	CHECK(!strcmp(unspoof_strerror(12345), "unknown error"), "strerror(12345)");
	CHECK(!strcmp(unspoof_strerror(-12345), "unknown error"), "strerror(-12345)");
	CHECK(strcmp(unspoof_strerror(UNSPOOF_E_NULL), "unknown error") != 0, "strerror(E_NULL)");
}

static void test_utf8(void)
{
	uint32_t cp = 0;
	size_t off = 99, o[2], l[2];
	char buf[4];
	CHECK(unspoof_utf8_decode(NULL, 5, &cp) == 0 && cp == UNSPOOF_CP_INVALID, "decode(NULL, 5)");
	cp = 0;
	CHECK(unspoof_utf8_decode("a", 0, &cp) == 0 && cp == UNSPOOF_CP_INVALID, "decode(len 0)");
	CHECK(unspoof_utf8_decode("a", 1, NULL) == 0, "decode(cp NULL)");
	CHECK(unspoof_utf8_encode(0x110000, buf) == 0, "encode(0x110000)");
	CHECK(unspoof_utf8_encode(0xFFFFFFFFu, buf) == 0, "encode(0xFFFFFFFF)");
	CHECK(unspoof_utf8_encode(0xD800, buf) == 0 && unspoof_utf8_encode(0xDFFF, NULL) == 0,
	      "encode(surrogate)");
	CHECK(unspoof_utf8_encode(0x10FFFF, NULL) == 4, "encode(0x10FFFF, NULL)");
	CHECK(unspoof_utf8_validate(NULL, 1, &off) == UNSPOOF_E_NULL && off == 99,
	      "validate(NULL, 1) leaves the offset alone");
	CHECK(unspoof_utf8_validate(NULL, 0, &off) == UNSPOOF_OK && off == 0, "validate(NULL, 0)");
	CHECK(unspoof_utf8_validate("\x80", 1, NULL) == UNSPOOF_E_UTF8, "validate, offset NULL");
	CHECK(unspoof_utf8_errors(NULL, 5, o, l, 2) == 0, "errors(NULL, 5)");
	CHECK(unspoof_utf8_errors("\x80\x80\x80", 3, NULL, NULL, 0) == 3, "errors, count only");
	CHECK(unspoof_utf8_errors("\x80\x80\x80", 3, o, NULL, 2) == 3 && o[1] == 1,
	      "errors, lengths NULL");
	CHECK(unspoof_utf8_count(NULL, 5) == 0, "count(NULL, 5)");
	CHECK(unspoof_utf8_count("", 0) == 0, "count(empty)");
}

static void test_props(void)
{
	unspoof_char_info ci;
	unspoof_script_set ss;
	uint32_t proto[UNSPOOF_PROTOTYPE_MAX];
	size_t n = 77;
	int rc;
	CHECK(unspoof_char_info_get(0x41, NULL) == UNSPOOF_E_NULL, "char_info_get(NULL)");
	CHECK(unspoof_char_info_get(0x110000, &ci) == UNSPOOF_E_INVALID_ARG, "char_info_get(0x110000)");
	CHECK(unspoof_char_info_get(0xFFFFFFFFu, &ci) == UNSPOOF_E_INVALID_ARG, "char_info_get(~0)");
	CHECK(unspoof_script_count() > 0 && unspoof_script_count() <= 256, "script_count");
	CHECK(unspoof_script_code(-1) == NULL && unspoof_script_code(unspoof_script_count()) == NULL &&
	              unspoof_script_code(100000) == NULL,
	      "script_code out of range");
	CHECK(unspoof_script_name(-1) == NULL && unspoof_script_name(unspoof_script_count()) == NULL,
	      "script_name out of range");
	CHECK(unspoof_script_from_name(NULL) == -1, "script_from_name(NULL)");
	CHECK(unspoof_script_from_name("") == -1, "script_from_name(\"\")");
	CHECK(unspoof_script_from_name("Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") == -1,
	      "script_from_name(long junk)");
	CHECK(unspoof_script_from_name("lATN") >= 0, "script_from_name is case-insensitive");
	CHECK(unspoof_script_extensions(0x41, NULL) == UNSPOOF_E_NULL, "script_extensions(NULL)");
	CHECK(unspoof_script_extensions(0x110000, &ss) == UNSPOOF_E_INVALID_ARG,
	      "script_extensions(0x110000)");
	CHECK(unspoof_gc_code(-1) == NULL && unspoof_gc_code(30) == NULL && unspoof_gc_code(1000) == NULL,
	      "gc_code out of range");
	CHECK(unspoof_ccc(0x110000) == 0 && unspoof_ccc(0xFFFFFFFFu) == 0, "ccc above U+10FFFF");
	CHECK(unspoof_identifier_allowed(0x110000) == 0, "identifier_allowed(0x110000)");
	CHECK(unspoof_identifier_type(0x110000) == 0, "identifier_type(0x110000)");
	CHECK(unspoof_identifier_type_name(0) == NULL && unspoof_identifier_type_name(3) == NULL &&
	              unspoof_identifier_type_name(0x1000) == NULL,
	      "identifier_type_name of a non-bit");

	rc = unspoof_confusable_prototype(0x41, proto, UNSPOOF_PROTOTYPE_MAX, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "confusable_prototype(out_len NULL): %d", rc);
	rc = unspoof_confusable_prototype(0x110000, proto, UNSPOOF_PROTOTYPE_MAX, &n);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "confusable_prototype(0x110000): %d", rc);
	rc = unspoof_confusable_prototype(0x41, NULL, 5, &n);
	CHECK(rc == UNSPOOF_E_NULL, "confusable_prototype(dst NULL, cap 5): %d", rc);
	n = 0;
	rc = unspoof_confusable_prototype(0x41, NULL, 0, &n);
	CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && n == 1, "confusable_prototype size query: %d %zu",
	      rc, n);
	/* U+FDFA has a long prototype; a cap of 1 must not be overrun. */
	{
		uint32_t small[2] = {0xA5A5A5A5u, 0xA5A5A5A5u};
		n = 0;
		rc = unspoof_confusable_prototype(0x01C5, small, 1, &n);
		CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && n > 1 && small[0] == 0xA5A5A5A5u &&
		              small[1] == 0xA5A5A5A5u,
		      "confusable_prototype into a short array: rc %d n %zu", rc, n);
	}
}

static void test_names(void)
{
	char *buf = guarded(UNSPOOF_NAME_MAX);
	size_t n = 5;
	int rc;
	rc = unspoof_char_name(0x41, 0, buf, UNSPOOF_NAME_MAX, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "char_name(out_len NULL): %d", rc);
	rc = unspoof_char_name(0x41, 0, NULL, 10, &n);
	CHECK(rc == UNSPOOF_E_NULL, "char_name(dst NULL, cap 10): %d", rc);
	n = 5;
	rc = unspoof_char_name(0x110000, 0, buf, UNSPOOF_NAME_MAX, &n);
	CHECK(rc == UNSPOOF_E_INVALID_ARG && n == 0 && untouched(buf, UNSPOOF_NAME_MAX),
	      "char_name(0x110000): rc %d n %zu", rc, n);
	n = 5;
	rc = unspoof_char_name(0x41, 0x2, buf, UNSPOOF_NAME_MAX, &n);
	CHECK(rc == UNSPOOF_E_INVALID_ARG && n == 0, "char_name(unknown flag): rc %d n %zu", rc, n);
	n = 0;
	rc = unspoof_char_name(0x41, 0, NULL, 0, &n);
	CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && n == strlen("LATIN CAPITAL LETTER A"),
	      "char_name size query: rc %d n %zu", rc, n);
	rc = unspoof_char_name(0x41, 0, buf, 5, &n);
	CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && untouched(buf, UNSPOOF_NAME_MAX),
	      "char_name into 5 bytes: rc %d, dst must stay untouched", rc);
	rc = unspoof_char_name(0x1FBA8, 0, buf, UNSPOOF_NAME_MAX, &n);
	CHECK(rc == UNSPOOF_OK && n <= UNSPOOF_NAME_MAX && guard_ok(buf, UNSPOOF_NAME_MAX),
	      "char_name(U+1FBA8) into UNSPOOF_NAME_MAX: rc %d n %zu", rc, n);
	rc = unspoof_char_name(0x0378, 0, NULL, 0, &n);
	CHECK(rc == UNSPOOF_OK && n == 0, "char_name(unassigned) without LABEL: rc %d n %zu", rc, n);
	free(buf);
}

typedef int (*text_fn)(const char *src, size_t len, char *dst, size_t cap, size_t *out,
                       unsigned flags);

static unspoof_form cur_form;
static int cur_dir;
static int fn_norm(const char *s, size_t l, char *d, size_t c, size_t *o, unsigned f)
{
	return unspoof_normalize(cur_form, s, l, d, c, o, f);
}
static int fn_skel(const char *s, size_t l, char *d, size_t c, size_t *o, unsigned f)
{
	return unspoof_skeleton(s, l, d, c, o, f);
}
static int fn_bidi(const char *s, size_t l, char *d, size_t c, size_t *o, unsigned f)
{
	return unspoof_bidi_skeleton(cur_dir, s, l, d, c, o, f);
}

/* The buffer convention of every text-writing function. */
static void check_text_fn(const char *name, text_fn fn)
{
	static const char in[] = "\xEF\xB7\xBA A\xCC\x8A \xD0\xB0 x";
	size_t len = sizeof in - 1, need = 0, n, cap;
	char *buf;
	int rc;

	rc = fn(in, len, NULL, 0, NULL, 0);
	CHECK(rc == UNSPOOF_E_NULL, "%s(out_len NULL): %d", name, rc);
	rc = fn(NULL, 3, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_NULL, "%s(src NULL, len 3): %d", name, rc);
	rc = fn(in, len, NULL, 10, &n, 0);
	CHECK(rc == UNSPOOF_E_NULL, "%s(dst NULL, cap 10): %d", name, rc);
	n = 99;
	rc = fn(NULL, 0, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_OK && n == 0, "%s(NULL, 0): rc %d n %zu", name, rc, n);
	rc = fn(in, len, NULL, 0, &n, 0x4);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "%s(unknown flag): %d", name, rc);
	rc = fn(in, len, NULL, 0, &n, UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "%s(KEEP|REPLACE): %d", name, rc);
	rc = fn(in, len, NULL, 0, &need, 0);
	CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && need > 0, "%s size query: rc %d need %zu", name,
	      rc, need);
	for (cap = 1; cap < need; cap += (cap < 8 ? 1 : 5)) {
		buf = guarded(cap);
		n = 0;
		rc = fn(in, len, buf, cap, &n, 0);
		CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && n == need && guard_ok(buf, cap),
		      "%s into %zu of %zu bytes: rc %d n %zu, guard %s", name, cap, need, rc, n,
		      guard_ok(buf, cap) ? "intact" : "OVERWRITTEN");
		free(buf);
	}
	buf = guarded(need);
	rc = fn(in, len, buf, need, &n, 0);
	CHECK(rc == UNSPOOF_OK && n == need && guard_ok(buf, need), "%s into an exact buffer: %d",
	      name, rc);
	free(buf);
	/* Strict mode: E_UTF8 with the error offset in out_len. */
	n = 0;
	rc = fn("ab\xC0", 3, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_UTF8 && n == 2, "%s strict on ill-formed text: rc %d offset %zu", name,
	      rc, n);
}

static void test_text_functions(void)
{
	int rc, res = 7;
	size_t n;
	for (cur_form = UNSPOOF_NFC; cur_form <= UNSPOOF_NFKC_CF; cur_form++) {
		char name[32];
		snprintf(name, sizeof name, "normalize(form %d)", (int)cur_form);
		check_text_fn(name, fn_norm);
	}
	rc = unspoof_normalize((unspoof_form)0, "a", 1, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "normalize(form 0): %d", rc);
	rc = unspoof_normalize((unspoof_form)6, "a", 1, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "normalize(form 6): %d", rc);
	rc = unspoof_normalize((unspoof_form)-1, "a", 1, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "normalize(form -1): %d", rc);
	rc = unspoof_is_normalized(UNSPOOF_NFC, "a", 1, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "is_normalized(result NULL): %d", rc);
	rc = unspoof_is_normalized(UNSPOOF_NFC, NULL, 1, &res);
	CHECK(rc == UNSPOOF_E_NULL, "is_normalized(src NULL, len 1): %d", rc);
	rc = unspoof_is_normalized((unspoof_form)9, "a", 1, &res);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "is_normalized(form 9): %d", rc);
	rc = unspoof_is_normalized(UNSPOOF_NFC, NULL, 0, &res);
	CHECK(rc == UNSPOOF_OK && res == 1, "is_normalized(empty): rc %d res %d", rc, res);
	rc = unspoof_is_normalized(UNSPOOF_NFC, "\xFF", 1, &res);
	CHECK(rc == UNSPOOF_E_UTF8 && res == 0, "is_normalized(ill-formed): rc %d res %d", rc, res);
	/* Strict even when the quick check already said "no" (U+212B is
	 * NFC_QC=No) before the ill-formed byte. */
	res = 7;
	rc = unspoof_is_normalized(UNSPOOF_NFC, "\xE2\x84\xAB\x85", 4, &res);
	CHECK(rc == UNSPOOF_E_UTF8 && res == 0, "is_normalized(U+212B <85>): rc %d res %d", rc, res);
	res = 7;
	rc = unspoof_is_normalized(UNSPOOF_NFKC_CF, "A\xFF", 2, &res);
	CHECK(rc == UNSPOOF_E_UTF8 && res == 0, "is_normalized(NFKC_CF, A <FF>): rc %d res %d", rc, res);

	check_text_fn("skeleton", fn_skel);
	for (cur_dir = 0; cur_dir < 2; cur_dir++)
		check_text_fn(cur_dir ? "bidi_skeleton(RTL)" : "bidi_skeleton(LTR)", fn_bidi);
	rc = unspoof_bidi_skeleton(2, "a", 1, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "bidi_skeleton(direction 2): %d", rc);
	rc = unspoof_bidi_skeleton(-1, "a", 1, NULL, 0, &n, 0);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "bidi_skeleton(direction -1): %d", rc);
}

static void test_uts39(void)
{
	unsigned r = 9;
	int rc, res, lvl;
	size_t n, off;
	unspoof_script_set ss;
	uint32_t zeros[4];

	rc = unspoof_confusable("a", 1, "b", 1, 0, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "confusable(result NULL): %d", rc);
	rc = unspoof_confusable(NULL, 1, "b", 1, 0, &r);
	CHECK(rc == UNSPOOF_E_NULL, "confusable(a NULL): %d", rc);
	rc = unspoof_confusable("a", 1, NULL, 1, 0, &r);
	CHECK(rc == UNSPOOF_E_NULL, "confusable(b NULL): %d", rc);
	rc = unspoof_confusable("a", 1, "b", 1, 0x4, &r);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "confusable(unknown flag): %d", rc);
	rc = unspoof_confusable("a", 1, "b", 1, 3, &r);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "confusable(KEEP|REPLACE): %d", rc);
	r = 9;
	rc = unspoof_confusable("a\xFF", 2, "b", 1, 0, &r);
	CHECK(rc == UNSPOOF_E_UTF8 && r == 0, "confusable(ill-formed): rc %d result %u", rc, r);
	rc = unspoof_confusable(NULL, 0, NULL, 0, 0, &r);
	CHECK(rc == UNSPOOF_OK && r != 0, "confusable(empty, empty): rc %d result %u", rc, r);

	rc = unspoof_resolved_scripts("a", 1, 0, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "resolved_scripts(out NULL): %d", rc);
	rc = unspoof_resolved_scripts(NULL, 2, 0, &ss);
	CHECK(rc == UNSPOOF_E_NULL, "resolved_scripts(s NULL): %d", rc);
	rc = unspoof_resolved_scripts("a", 1, 0x8, &ss);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "resolved_scripts(unknown flag): %d", rc);
	CHECK(!unspoof_script_set_is_all(NULL) && !unspoof_script_set_is_empty(NULL) &&
	              !unspoof_script_set_has(NULL, 0),
	      "script_set_* (NULL)");
	memset(&ss, 0xFF, sizeof ss);
	CHECK(!unspoof_script_set_has(&ss, -1) && !unspoof_script_set_has(&ss, 256) &&
	              !unspoof_script_set_has(&ss, 1 << 30),
	      "script_set_has out of range");
	rc = unspoof_is_mixed_script("a", 1, 0, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "is_mixed_script(result NULL): %d", rc);
	rc = unspoof_is_mixed_script(NULL, 1, 0, &res);
	CHECK(rc == UNSPOOF_E_NULL, "is_mixed_script(s NULL): %d", rc);

	CHECK(unspoof_level_name(0) == NULL && unspoof_level_name(7) == NULL &&
	              unspoof_level_name(-1) == NULL,
	      "level_name out of range");
	CHECK(unspoof_level_from_name(NULL) == -1 && unspoof_level_from_name("") == -1 &&
	              unspoof_level_from_name("bogus") == -1,
	      "level_from_name of junk");
	CHECK(unspoof_level_from_name("HIGHLY") == UNSPOOF_LEVEL_HIGHLY, "level_from_name(HIGHLY)");
	rc = unspoof_restriction_level("a", 1, 0, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "restriction_level(level NULL): %d", rc);
	rc = unspoof_restriction_level(NULL, 1, 0, &lvl);
	CHECK(rc == UNSPOOF_E_NULL, "restriction_level(s NULL): %d", rc);
	rc = unspoof_restriction_level("a", 1, 0x200, &lvl);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "restriction_level(unknown flag): %d", rc);
	rc = unspoof_restriction_level(NULL, 0, 0, &lvl);
	CHECK(rc == UNSPOOF_OK && lvl == UNSPOOF_LEVEL_ASCII, "restriction_level(empty): %d %d", rc,
	      lvl);

	rc = unspoof_digit_systems("1", 1, 0, zeros, 4, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "digit_systems(count NULL): %d", rc);
	rc = unspoof_digit_systems(NULL, 1, 0, zeros, 4, &n);
	CHECK(rc == UNSPOOF_E_NULL, "digit_systems(s NULL): %d", rc);
	rc = unspoof_digit_systems("1", 1, 0, NULL, 4, &n);
	CHECK(rc == UNSPOOF_E_NULL, "digit_systems(zeros NULL, cap 4): %d", rc);
	rc = unspoof_digit_systems("1", 1, 0x10, zeros, 4, &n);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "digit_systems(unknown flag): %d", rc);
	rc = unspoof_digit_systems("1\xD9\xA1", 3, 0, NULL, 0, &n);
	CHECK(rc == UNSPOOF_OK && n == 2, "digit_systems counting only: %d %zu", rc, n);

	rc = unspoof_identifier_check("a", 1, 0, NULL, &off);
	CHECK(rc == UNSPOOF_E_NULL, "identifier_check(result NULL): %d", rc);
	rc = unspoof_identifier_check(NULL, 1, 0, &res, &off);
	CHECK(rc == UNSPOOF_E_NULL, "identifier_check(s NULL): %d", rc);
	rc = unspoof_identifier_check("a", 1, 0x4, &res, &off);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "identifier_check(unknown flag): %d", rc);
	rc = unspoof_identifier_check("a b", 3, 0, &res, NULL);
	CHECK(rc == UNSPOOF_OK && res == 0, "identifier_check(bad_offset NULL): %d %d", rc, res);
	rc = unspoof_identifier_check(NULL, 0, 0, &res, &off);
	CHECK(rc == UNSPOOF_OK && res == 1 && off == 0, "identifier_check(empty): %d", rc);
}

static void test_checker(void)
{
	unspoof_checker *c = unspoof_checker_new();
	unspoof_check_result r;
	unspoof_script_set ss;
	int rc;
	unsigned before;

	CHECK(c != NULL, "checker_new");
	if (!c)
		return;
	unspoof_checker_free(NULL);
	CHECK(unspoof_checker_set_checks(NULL, 0) == UNSPOOF_E_NULL, "set_checks(NULL)");
	before = unspoof_checker_checks(c);
	CHECK(unspoof_checker_set_checks(c, 0x1000) == UNSPOOF_E_INVALID_ARG &&
	              unspoof_checker_checks(c) == before,
	      "set_checks(unknown bit) changes nothing");
	CHECK(unspoof_checker_set_checks(c, 0x1) == UNSPOOF_E_INVALID_ARG, "set_checks(0x1)");
	CHECK(unspoof_checker_checks(NULL) == 0, "checks(NULL)");
	CHECK(unspoof_checker_set_level(NULL, UNSPOOF_LEVEL_HIGHLY) == UNSPOOF_E_NULL,
	      "set_level(NULL)");
	CHECK(unspoof_checker_set_level(c, 0) == UNSPOOF_E_INVALID_ARG &&
	              unspoof_checker_set_level(c, 7) == UNSPOOF_E_INVALID_ARG &&
	              unspoof_checker_set_level(c, -1) == UNSPOOF_E_INVALID_ARG,
	      "set_level out of range");
	CHECK(unspoof_checker_set_allowed(NULL, UNSPOOF_ALLOW_ANY, NULL) == UNSPOOF_E_NULL,
	      "set_allowed(NULL)");
	CHECK(unspoof_checker_set_allowed(c, 2, NULL) == UNSPOOF_E_INVALID_ARG &&
	              unspoof_checker_set_allowed(c, -1, NULL) == UNSPOOF_E_INVALID_ARG,
	      "set_allowed(unknown allow)");
	memset(&ss, 0, sizeof ss);
	CHECK(unspoof_checker_set_allowed(c, UNSPOOF_ALLOW_ANY, &ss) == UNSPOOF_OK,
	      "set_allowed(empty script set)");
	rc = unspoof_checker_check(c, "a", 1, 0, &r);
	CHECK(rc == UNSPOOF_OK && (r.failed & UNSPOOF_CHECK_CHAR_LIMIT) && r.first_failure == 0,
	      "nothing allowed: rc %d failed %X", rc, r.failed);
	CHECK(unspoof_checker_set_allowed(c, UNSPOOF_ALLOW_ANY, NULL) == UNSPOOF_OK, "reset allowed");

	rc = unspoof_checker_check(NULL, "a", 1, 0, &r);
	CHECK(rc == UNSPOOF_E_NULL, "check(checker NULL): %d", rc);
	rc = unspoof_checker_check(c, "a", 1, 0, NULL);
	CHECK(rc == UNSPOOF_E_NULL, "check(result NULL): %d", rc);
	rc = unspoof_checker_check(c, NULL, 1, 0, &r);
	CHECK(rc == UNSPOOF_E_NULL, "check(s NULL, len 1): %d", rc);
	rc = unspoof_checker_check(c, NULL, 0, 0, &r);
	CHECK(rc == UNSPOOF_OK && r.failed == 0 && r.first_failure == 0, "check(empty): %d", rc);
	rc = unspoof_checker_check(c, "a", 1, 0x40, &r);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "check(unknown flag): %d", rc);
	rc = unspoof_checker_check(c, "ab\xE0\x80", 4, 0, &r);
	CHECK(rc == UNSPOOF_E_UTF8 && r.first_failure == 2, "check(ill-formed): %d at %zu", rc,
	      r.first_failure);
	CHECK(unspoof_check_name(0) == NULL && unspoof_check_name(0x30) == NULL &&
	              unspoof_check_name(0x1000) == NULL,
	      "check_name of a non-check");
	CHECK(unspoof_check_name(UNSPOOF_CHECK_INVISIBLE) != NULL, "check_name(INVISIBLE)");
	unspoof_checker_free(c);
}

static int stop_output(void *ctx, const char *d, size_t n)
{
	(void)d;
	(void)n;
	++*(int *)ctx;
	return 1;
}

static void test_scan(void)
{
	unspoof_options o, bad;
	unspoof_stream *s = (unspoof_stream *)&o;
	unspoof_report *rep = (unspoof_report *)&o;
	unspoof_cleaned *cl = (unspoof_cleaned *)&o;
	unspoof_summary sum;
	char *buf;
	size_t n, need;
	int rc, k, calls = 0;
	static const char text[] = "p\xD0\xB0ypal \xE2\x80\x8B login\n";
	size_t tlen = sizeof text - 1;

	CHECK(unspoof_kind_name(-1) == NULL && unspoof_kind_name(UNSPOOF_KIND_COUNT) == NULL,
	      "kind_name out of range");
	CHECK(unspoof_verdict_name(-1) == NULL && unspoof_verdict_name(3) == NULL,
	      "verdict_name out of range");
	unspoof_options_init(NULL);
	unspoof_options_init(&o);
	unspoof_stream_free(NULL);
	unspoof_report_free(NULL);
	unspoof_cleaned_free(NULL);

	/* Invalid options, everywhere options are taken. */
	for (k = 0; k < 5; k++) {
		bad = o;
		switch (k) {
		case 0: bad.undo = 0x80; break;
		case 1: bad.target_script = -2; break;
		case 2: bad.target_script = unspoof_script_count() + 1000; break;
		case 3: bad.invalid = 0; break;
		default: bad.invalid = UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE; break;
		}
		s = (unspoof_stream *)&o;
		rc = unspoof_stream_new(&bad, NULL, &s);
		CHECK(rc == UNSPOOF_E_INVALID_ARG && s == NULL, "stream_new(bad options %d): %d", k, rc);
		rep = (unspoof_report *)&o;
		rc = unspoof_scan(&bad, text, tlen, &rep);
		CHECK(rc == UNSPOOF_E_INVALID_ARG && rep == NULL, "scan(bad options %d): %d", k, rc);
		cl = (unspoof_cleaned *)&o;
		rc = unspoof_clean(&bad, text, tlen, &cl);
		CHECK(rc == UNSPOOF_E_INVALID_ARG && cl == NULL, "clean(bad options %d): %d", k, rc);
		rc = unspoof_clean_buffer(&bad, text, tlen, NULL, 0, &n);
		CHECK(rc == UNSPOOF_E_INVALID_ARG, "clean_buffer(bad options %d): %d", k, rc);
	}

	/* Streams. */
	CHECK(unspoof_stream_new(NULL, NULL, NULL) == UNSPOOF_E_NULL, "stream_new(out NULL)");
	rc = unspoof_stream_new(NULL, NULL, &s);
	CHECK(rc == UNSPOOF_OK && s, "stream_new(NULL, NULL)");
	if (rc == UNSPOOF_OK) {
		CHECK(unspoof_stream_feed(NULL, "a", 1) == UNSPOOF_E_NULL, "feed(NULL stream)");
		CHECK(unspoof_stream_feed(s, NULL, 1) == UNSPOOF_E_NULL, "feed(data NULL, len 1)");
		CHECK(unspoof_stream_feed(s, NULL, 0) == UNSPOOF_OK, "feed(NULL, 0)");
		CHECK(unspoof_stream_feed(s, text, 0) == UNSPOOF_OK, "feed(text, 0)");
		CHECK(unspoof_stream_feed(s, text, tlen) == UNSPOOF_OK, "feed");
		CHECK(unspoof_stream_finish(NULL, &sum) == UNSPOOF_E_NULL, "finish(NULL)");
		CHECK(unspoof_stream_finish(s, NULL) == UNSPOOF_OK, "finish(summary NULL)");
		CHECK(unspoof_stream_feed(s, "a", 1) == UNSPOOF_E_STATE, "feed after finish");
		CHECK(unspoof_stream_feed(s, NULL, 0) == UNSPOOF_E_STATE ||
		              unspoof_stream_feed(s, NULL, 0) == UNSPOOF_OK,
		      "empty feed after finish");
		CHECK(unspoof_stream_finish(s, &sum) == UNSPOOF_E_STATE, "finish twice");
		unspoof_stream_free(s);
	}
	/* A callback that stops the stream. */
	{
		unspoof_callbacks cb = {stop_output, NULL, NULL, &calls};
		rc = unspoof_stream_new(NULL, &cb, &s);
		CHECK(rc == UNSPOOF_OK, "stream_new with callbacks");
		if (rc == UNSPOOF_OK) {
			rc = unspoof_stream_feed(s, text, tlen);
			if (rc == UNSPOOF_OK)
				rc = unspoof_stream_finish(s, &sum);
			CHECK(rc == UNSPOOF_E_ABORTED && calls == 1,
			      "stopping callback: rc %d after %d calls", rc, calls);
			rc = unspoof_stream_feed(s, text, tlen);
			CHECK(rc == UNSPOOF_E_ABORTED || rc == UNSPOOF_E_STATE,
			      "feed after a stop: %d", rc);
			CHECK(calls == 1, "callbacks after a stop: %d", calls);
			unspoof_stream_free(s);
		}
	}

	/* One-shot. */
	CHECK(unspoof_scan(NULL, text, tlen, NULL) == UNSPOOF_E_NULL, "scan(out NULL)");
	rep = (unspoof_report *)&o;
	CHECK(unspoof_scan(NULL, NULL, 3, &rep) == UNSPOOF_E_NULL && rep == NULL,
	      "scan(text NULL, len 3)");
	rc = unspoof_scan(NULL, NULL, 0, &rep);
	CHECK(rc == UNSPOOF_OK && rep && rep->nfindings == 0 && rep->summary.bytes == 0,
	      "scan(empty): %d", rc);
	unspoof_report_free(rep);
	CHECK(unspoof_clean(NULL, text, tlen, NULL) == UNSPOOF_E_NULL, "clean(out NULL)");
	cl = (unspoof_cleaned *)&o;
	CHECK(unspoof_clean(NULL, NULL, 3, &cl) == UNSPOOF_E_NULL && cl == NULL,
	      "clean(text NULL, len 3)");
	rc = unspoof_clean(NULL, NULL, 0, &cl);
	CHECK(rc == UNSPOOF_OK && cl && cl->text && cl->len == 0 && cl->text[0] == '\0' &&
	              cl->nedits == 0,
	      "clean(empty): %d", rc);
	unspoof_cleaned_free(cl);

	/* clean_buffer follows the buffer convention. */
	CHECK(unspoof_clean_buffer(NULL, text, tlen, NULL, 0, NULL) == UNSPOOF_E_NULL,
	      "clean_buffer(out_len NULL)");
	CHECK(unspoof_clean_buffer(NULL, text, tlen, NULL, 5, &n) == UNSPOOF_E_NULL,
	      "clean_buffer(dst NULL, cap 5)");
	CHECK(unspoof_clean_buffer(NULL, NULL, 5, NULL, 0, &n) == UNSPOOF_E_NULL,
	      "clean_buffer(text NULL, len 5)");
	n = 99;
	CHECK(unspoof_clean_buffer(NULL, NULL, 0, NULL, 0, &n) == UNSPOOF_OK && n == 0,
	      "clean_buffer(empty)");
	rc = unspoof_clean_buffer(NULL, text, tlen, NULL, 0, &need);
	CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && need > 0 && need <= UNSPOOF_CLEAN_BOUND(tlen),
	      "clean_buffer size query: %d %zu", rc, need);
	for (n = 1; n < need; n++) {
		size_t got = 0;
		buf = guarded(n);
		rc = unspoof_clean_buffer(NULL, text, tlen, buf, n, &got);
		CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && got == need && guard_ok(buf, n),
		      "clean_buffer into %zu of %zu: rc %d got %zu", n, need, rc, got);
		free(buf);
	}
	buf = guarded(need);
	rc = unspoof_clean_buffer(NULL, text, tlen, buf, need, &n);
	CHECK(rc == UNSPOOF_OK && n == need && guard_ok(buf, need), "clean_buffer exact: %d", rc);
	free(buf);
}

/* Out of memory: every allocation of the UTS #39 module is made to fail in
 * turn (us_uts39_fail_countdown = k fails the k-th one of the next call).
 * Each failing call must return UNSPOOF_E_NOMEM (never OK with a degraded
 * result, never a crash or a leak: ASan and valgrind run this too), and
 * once k exceeds the number of allocations the call must give the normal
 * result. The texts are long enough to move every scratch vector to the
 * heap and hold brackets and right-to-left text, so the bidi skeleton's
 * bracket pairing (N0) allocates and fails too. */
enum { NM_SKEL, NM_BIDI_LTR, NM_BIDI_RTL, NM_CONF, NM_CHECK, NM_NEW, NM_COUNT };
static const char *const nm_names[NM_COUNT] = {"skeleton", "bidi skeleton LTR",
                                                "bidi skeleton RTL", "confusable",
                                                "checker_check", "checker_new"};

/* Runs one operation; its result goes to out[0..*olen) (at most cap). */
static int nm_run(int op, const char *s, size_t len, char *out, size_t cap, size_t *olen)
{
	int rc = UNSPOOF_OK;
	*olen = 0;
	switch (op) {
	case NM_SKEL:
		return unspoof_skeleton(s, len, out, cap, olen, UNSPOOF_INVALID_REPLACE);
	case NM_BIDI_LTR:
	case NM_BIDI_RTL:
		return unspoof_bidi_skeleton(op == NM_BIDI_RTL ? UNSPOOF_DIR_RTL : UNSPOOF_DIR_LTR, s,
		                             len, out, cap, olen, UNSPOOF_INVALID_KEEP);
	case NM_CONF: {
		unsigned r = 0;
		rc = unspoof_confusable(s, len, s + len / 2, len - len / 2, UNSPOOF_INVALID_REPLACE, &r);
		memcpy(out, &r, sizeof r);
		*olen = sizeof r;
		return rc;
	}
	case NM_CHECK: {
		unspoof_checker *c;
		unspoof_check_result r;
		unsigned long saved = us_uts39_fail_countdown;
		us_uts39_fail_countdown = 0; /* only the check itself may fail */
		c = unspoof_checker_new();
		us_uts39_fail_countdown = saved;
		if (!c)
			abort();
		memset(&r, 0, sizeof r);
		rc = unspoof_checker_check(c, s, len, UNSPOOF_INVALID_REPLACE, &r);
		unspoof_checker_free(c);
		memcpy(out, &r.failed, sizeof r.failed);
		memcpy(out + sizeof r.failed, &r.level, sizeof r.level);
		*olen = sizeof r.failed + sizeof r.level;
		return rc;
	}
	case NM_NEW: {
		unspoof_checker *c = unspoof_checker_new();
		(void)s;
		(void)len;
		if (!c)
			return UNSPOOF_E_NOMEM; /* documented: NULL when out of memory */
		unspoof_checker_free(c);
		return UNSPOOF_OK;
	}
	}
	return UNSPOOF_E_INVALID_ARG;
}

static void test_nomem(void)
{
	/* Latin, Hebrew, Arabic digits, brackets, marks, an ill-formed byte,
	 * isolates: repeated past every 256-entry stack buffer. */
	static const char unit[] = "(a\xD7\xA9[1\xD9\xA3]) \xE2\x81\xA7" "b\xCC\x81{\xD7\x90}\xE2\x81\xA9"
	                           "\x80 pa\xD1\x83l " "\xD7\x91(\xD7\x92) ";
	char *text, *ref, *out;
	size_t reps[2] = {1, 60}, r, len, cap, rl, ol, i;
	int op;

	for (r = 0; r < 2; r++) {
		/* The long text ends with 300 ideographs, then a letter with 150
		 * combining marks: one segment the skeleton's fast path leaves to
		 * its general path, which outgrows its stack buffers. */
		size_t tail = r ? 300 * 3 + 1 + 150 * 2 : 0;
		len = reps[r] * (sizeof unit - 1) + tail;
		cap = 80 * len + 64;
		text = malloc(len);
		ref = malloc(cap);
		out = malloc(cap);
		if (!text || !ref || !out)
			abort();
		for (i = 0; i < reps[r]; i++)
			memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
		for (i = 0; i < 300 * 3 && i < tail; i += 3)
			memcpy(text + reps[r] * (sizeof unit - 1) + i, "\xE4\xB8\x80", 3); /* U+4E00 */
		if (tail) {
			char *m = text + reps[r] * (sizeof unit - 1) + 300 * 3;
			*m++ = 'a';
			for (i = 0; i < 150; i++, m += 2)
				memcpy(m, i % 2 ? "\xCC\x81" : "\xCC\xA3", 2); /* U+0301, U+0323 */
		}
		for (op = 0; op < NM_COUNT; op++) {
			unsigned long k, fails = 0;
			int rc;
			us_uts39_fail_countdown = 0;
			rc = nm_run(op, text, len, ref, cap, &rl);
			CHECK(rc == UNSPOOF_OK, "%s x%zu: %d", nm_names[op], reps[r], rc);
			for (k = 1; k < 100000; k++) {
				us_uts39_fail_countdown = k;
				rc = nm_run(op, text, len, out, cap, &ol);
				if (us_uts39_fail_countdown != 0) {
					/* fewer than k allocations: nothing failed */
					us_uts39_fail_countdown = 0;
					CHECK(rc == UNSPOOF_OK && ol == rl && !memcmp(out, ref, rl),
					      "%s x%zu: normal result after %lu allocations (rc %d)",
					      nm_names[op], reps[r], k - 1, rc);
					break;
				}
				fails++;
				CHECK(rc == UNSPOOF_E_NOMEM,
				      "%s x%zu: allocation %lu fails, but the call returned %d", nm_names[op],
				      reps[r], k, rc);
			}
			us_uts39_fail_countdown = 0;
			CHECK(fails > 0 || r == 0,
			      "%s x%zu allocates nothing: the injection is not reached", nm_names[op],
			      reps[r]);
			if (getenv("UNSPOOF_TEST_VERBOSE"))
				printf("nomem: %s x%zu: %lu allocation points, each gives E_NOMEM\n",
				       nm_names[op], reps[r], fails);
		}
		free(text);
		free(ref);
		free(out);
	}
}

int main(void)
{
	test_basics();
	test_utf8();
	test_props();
	test_names();
	test_text_functions();
	test_uts39();
	test_checker();
	test_nomem();
	test_scan();
	return test_finish("misuse");
}
