/* Unit tests of the UTS #39 section of unspoof.h: skeletons (and the bidi
 * skeleton), confusable classes with the examples of UTS #39 itself,
 * resolved script sets, each restriction level, mixed numbers, identifier
 * status/type, the checker (including use from several threads at once),
 * and the argument / buffer / UTF-8 error conventions. */
#include "util.h"
#include "unspoof.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void skel_is(const char *in, const char *want)
{
	char buf[256];
	size_t n = 0;
	int rc = unspoof_skeleton(in, strlen(in), buf, sizeof buf, &n, 0);
	CHECK(rc == UNSPOOF_OK, "skeleton rc %d", rc);
	if (rc == 0)
		CHECK_STR("skeleton", in, want, buf, n);
}

static void bidi_skel_is(int dir, const char *in, const char *want)
{
	char buf[256];
	size_t n = 0;
	int rc = unspoof_bidi_skeleton(dir, in, strlen(in), buf, sizeof buf, &n, 0);
	CHECK(rc == UNSPOOF_OK, "bidi skeleton rc %d", rc);
	if (rc == 0)
		CHECK_STR(dir ? "bidi skeleton RTL" : "bidi skeleton LTR", in, want, buf, n);
}

static unsigned conf(const char *a, const char *b)
{
	unsigned r = 99;
	int rc = unspoof_confusable(a, strlen(a), b, strlen(b), 0, &r);
	CHECK(rc == 0, "confusable rc %d", rc);
	return r;
}

static int level(const char *s, unsigned flags)
{
	int l = -1;
	int rc = unspoof_restriction_level(s, strlen(s), flags, &l);
	CHECK(rc == 0, "restriction level rc %d", rc);
	return l;
}

static void test_skeleton(void)
{
	char buf[8];
	size_t n = 0;
	/* Examples of UTS #39 §4 and confusables.txt. */
	skel_is("paypal", "paypal");
	skel_is("p\xD0\xB0ypal", "paypal");                     /* Cyrillic a */
	skel_is("\xD1\x95\xD1\x81\xD0\xBE\xD1\x80\xD0\xB5", "scope"); /* Cyrillic */
	skel_is("1", "l");
	skel_is("m", "rn");
	skel_is("\xC7\x89" "eto", "ljeto");                     /* U+01C9 lj */
	skel_is("", "");
	/* Default ignorables vanish (UTS #39 15.1+). */
	skel_is("a\xC2\xAD" "b\xE2\x80\x8B", "ab");
	/* NFD first: precomposed and decomposed agree. */
	skel_is("\xC3\xA9", "e\xCC\x81");
	skel_is("e\xCC\x81", "e\xCC\x81");
	/* Buffer sizing. */
	CHECK(unspoof_skeleton("scope", 5, NULL, 0, &n, 0) == UNSPOOF_E_BUFFER_TOO_SMALL && n == 5,
	      "size query gives 5 (got %zu)", n);
	CHECK(unspoof_skeleton("m", 1, buf, 1, &n, 0) == UNSPOOF_E_BUFFER_TOO_SMALL && n == 2,
	      "short buffer");
	/* Errors and ill-formed input. */
	CHECK(unspoof_skeleton(NULL, 1, buf, 8, &n, 0) == UNSPOOF_E_NULL, "NULL src");
	CHECK(unspoof_skeleton("a", 1, buf, 8, NULL, 0) == UNSPOOF_E_NULL, "NULL out_len");
	CHECK(unspoof_skeleton("a", 1, buf, 8, &n, 0x80) == UNSPOOF_E_INVALID_ARG, "bad flag");
	CHECK(unspoof_skeleton("a", 1, buf, 8, &n, 3) == UNSPOOF_E_INVALID_ARG, "both flags");
	CHECK(unspoof_skeleton("ab\x80", 3, buf, 8, &n, 0) == UNSPOOF_E_UTF8 && n == 2,
	      "strict UTF-8 error at offset 2 (got %zu)", n);
	CHECK(unspoof_skeleton("1\x80m", 3, buf, 8, &n, UNSPOOF_INVALID_KEEP) == 0 &&
	              n == 4 && !memcmp(buf, "l\x80rn", 4),
	      "KEEP copies the ill-formed byte");
	CHECK(unspoof_skeleton("1\x80", 2, buf, 8, &n, UNSPOOF_INVALID_REPLACE) == 0 && n == 4 &&
	              !memcmp(buf, "l\xEF\xBF\xBD", 4),
	      "REPLACE gives U+FFFD");
}

static void test_bidi_skeleton(void)
{
	size_t n;
	char buf[8];
	/* "A1<\u05E9" and "\u05E9>1A" look the same in an LTR paragraph? No:
	 * in RTL, A1< shows as \u05E9>A1 (the < mirrored). */
	bidi_skel_is(UNSPOOF_DIR_RTL, "A1<\xD7\xA9", "\xD7\xA9>Al");
	bidi_skel_is(UNSPOOF_DIR_LTR, "\xD7\xA9>1A", "l<\xD7\xA9" "A");
	bidi_skel_is(UNSPOOF_DIR_LTR, "abc", "abc");
	bidi_skel_is(UNSPOOF_DIR_RTL, "abc", "abc");
	/* Hebrew is reversed in LTR; a mark stays after its base (L3). */
	bidi_skel_is(UNSPOOF_DIR_LTR, "\xD7\x90\xD7\x91", "\xD7\x91\xD7\x90");
	bidi_skel_is(UNSPOOF_DIR_LTR, "\xD7\x90\xD6\xB4\xD7\x91", "\xD7\x91\xD7\x90\xCC\xA3"); /* U+05B4 -> U+0323 */
	/* Brackets pair up (N0) and are mirrored at odd levels (L4). */
	bidi_skel_is(UNSPOOF_DIR_RTL, "(\xD7\x90)", "(\xD7\x90)");
	bidi_skel_is(UNSPOOF_DIR_LTR, "\xD7\x90(\xD7\x91)", "(\xD7\x91)\xD7\x90");
	/* X10: sos/eos come from the embedding levels, not from the resolved
	 * levels of a sequence resolved before. "LRE a LRE \u0627 PDF - \u05D1":
	 * the "-" follows a level-4 run whose \u0627 resolves to level 5, yet
	 * its sos is L (max(4, 2) even), so "-" stays at level 2, left of the
	 * \u05D1 (as ICU has it), not reversed with it. */
	{
		static const char in[] = "\xE2\x80\xAA" "a" "\xE2\x80\xAA" "\xD8\xA7"
		                         "\xE2\x80\xAC" "-" "\xD7\x91";
		char a[64], b[64];
		size_t na = 0, nb = 0;
		unspoof_bidi_skeleton(UNSPOOF_DIR_LTR, in, sizeof in - 1, a, 64, &na, 0);
		unspoof_skeleton("a\xD8\xA7-\xD7\x91", 6, b, 64, &nb, 0);
		CHECK_BYTES("bidi skeleton LTR, sos after a deeper run", in, sizeof in - 1, b, nb, a,
		            na);
	}
	/* BD13: an isolate initiator that overflowed (X5c, past level 125)
	 * leaves its content in its own level run; the content is not a
	 * separate isolating run sequence. 62 LREs reach level 124, then
	 * "\u05D0 LRI \u05D1 PDI": the LRI is an NI between two R, so all three
	 * are at level 125 and come out reversed (as in ICU). */
	{
		char in[62 * 3 + 12], a[64], b[64];
		size_t k, len = 0, na = 0, nb = 0;
		for (k = 0; k < 62; k++) {
			memcpy(in + len, "\xE2\x80\xAA", 3);
			len += 3;
		}
		memcpy(in + len, "\xD7\x90\xE2\x81\xA6\xD7\x91\xE2\x81\xA9", 10);
		len += 10;
		unspoof_bidi_skeleton(UNSPOOF_DIR_LTR, in, len, a, 64, &na, 0);
		unspoof_skeleton("\xD7\x91\xD7\x90", 4, b, 64, &nb, 0);
		CHECK_BYTES("bidi skeleton LTR, overflowed isolate", in, len, b, nb, a, na);
	}
	/* Two strings with equal bidi skeletons but different skeletons. */
	{
		char a[64], b[64];
		size_t na, nb;
		unspoof_bidi_skeleton(UNSPOOF_DIR_LTR, "\xD7\x90\xD7\x91", 4, a, 64, &na, 0);
		unspoof_bidi_skeleton(UNSPOOF_DIR_LTR, "\xD7\x91\xD7\x90", 4, b, 64, &nb, 0);
		CHECK(na != nb || memcmp(a, b, na), "reversed Hebrew differs visually");
	}
	CHECK(unspoof_bidi_skeleton(2, "a", 1, buf, 8, &n, 0) == UNSPOOF_E_INVALID_ARG,
	      "bad direction");
}

static void test_confusable(void)
{
	/* UTS #39 §4: single-script, mixed-script and whole-script examples. */
	CHECK(conf("l", "1") == UNSPOOF_CONFUSABLE_SINGLE_SCRIPT, "l/1 single-script");
	CHECK(conf("rn", "m") == UNSPOOF_CONFUSABLE_SINGLE_SCRIPT, "rn/m single-script");
	CHECK(conf("\xC7\x89" "eto", "ljeto") == UNSPOOF_CONFUSABLE_SINGLE_SCRIPT,
	      "U+01C9 eto / ljeto single-script");
	CHECK(conf("paypal", "p\xD0\xB0ypal") == UNSPOOF_CONFUSABLE_MIXED_SCRIPT,
	      "paypal with Cyrillic a: mixed-script");
	CHECK(conf("scope", "\xD1\x95\xD1\x81\xD0\xBE\xD1\x80\xD0\xB5") ==
	              (UNSPOOF_CONFUSABLE_MIXED_SCRIPT | UNSPOOF_CONFUSABLE_WHOLE_SCRIPT),
	      "scope Latin/Cyrillic: whole-script");
	CHECK(conf("abc", "abd") == 0, "not confusable");
	CHECK(conf("abc", "abc") == UNSPOOF_CONFUSABLE_SINGLE_SCRIPT, "identical");
	CHECK(conf("", "") == UNSPOOF_CONFUSABLE_SINGLE_SCRIPT, "empty strings");
	{
		unsigned r = 5;
		CHECK(unspoof_confusable("a\x80", 2, "a", 1, 0, &r) == UNSPOOF_E_UTF8 && r == 0,
		      "strict UTF-8");
		CHECK(unspoof_confusable("a", 1, "a", 1, 0, NULL) == UNSPOOF_E_NULL, "NULL result");
	}
}

static void test_scripts_and_levels(void)
{
	unspoof_script_set s;
	int latn = unspoof_script_from_name("Latn"), cyrl = unspoof_script_from_name("Cyrl");
	int jpan = unspoof_script_from_name("Jpan"), hani = unspoof_script_from_name("Hani");
	int mixed = -1;

	CHECK(unspoof_resolved_scripts("abc", 3, 0, &s) == 0 && unspoof_script_set_has(&s, latn) &&
	              !unspoof_script_set_has(&s, cyrl),
	      "abc resolves to Latin");
	CHECK(unspoof_resolved_scripts("123-", 4, 0, &s) == 0 && unspoof_script_set_is_all(&s),
	      "Common only resolves to ALL");
	CHECK(unspoof_resolved_scripts("", 0, 0, &s) == 0 && unspoof_script_set_is_all(&s),
	      "empty resolves to ALL");
	/* Katakana + Han: Jpan via the augmented sets; U+30FC has scx {Hira, Kana}. */
	CHECK(unspoof_resolved_scripts("\xE6\x9D\xB1\xE3\x82\xBF\xE3\x83\xBC", 9, 0, &s) == 0 &&
	              unspoof_script_set_has(&s, jpan) && !unspoof_script_set_has(&s, hani),
	      "Han + Katakana resolves to {Jpan}");
	CHECK(unspoof_is_mixed_script("p\xD0\xB0ypal", 7, 0, &mixed) == 0 && mixed == 1,
	      "Latin + Cyrillic is mixed-script");
	CHECK(unspoof_is_mixed_script("\xCE\xB1\xCE\xB2", 4, 0, &mixed) == 0 && mixed == 0,
	      "Greek alone is not");

	/* §5.2, one example per level. */
	CHECK(level("paypal", 0) == UNSPOOF_LEVEL_ASCII, "ASCII-only");
	CHECK(level("", 0) == UNSPOOF_LEVEL_ASCII, "empty is ASCII-only");
	CHECK(level("\xCE\xB1\xCE\xB2\xCE\xB3", 0) == UNSPOOF_LEVEL_SINGLE_SCRIPT,
	      "Greek: single script");
	CHECK(level("caf\xC3\xA9", 0) == UNSPOOF_LEVEL_SINGLE_SCRIPT, "cafe: single script");
	CHECK(level("\xE6\x9D\xB1\xE3\x82\xBF" "abc", 0) == UNSPOOF_LEVEL_HIGHLY,
	      "Latin + Han + Katakana: highly restrictive");
	CHECK(level("abc\xE3\x84\x85\xE6\x9D\xB1", UNSPOOF_LEVEL_ANY_CHARS) == UNSPOOF_LEVEL_HIGHLY,
	      "Latin + Bopomofo + Han: highly restrictive (Bopomofo is not Allowed)");
	CHECK(level("abc\xEA\xB0\x80\xE6\x9D\xB1", 0) == UNSPOOF_LEVEL_HIGHLY,
	      "Latin + Hangul + Han: highly restrictive");
	CHECK(level("abc\xD7\x90", 0) == UNSPOOF_LEVEL_MODERATELY,
	      "Latin + Hebrew: moderately restrictive");
	CHECK(level("p\xD0\xB0ypal", 0) == UNSPOOF_LEVEL_MINIMALLY,
	      "Latin + Cyrillic: minimally restrictive");
	CHECK(level("abc\xCE\xB1", 0) == UNSPOOF_LEVEL_MINIMALLY,
	      "Latin + Greek: minimally restrictive");
	CHECK(level("\xCE\xB1\xD0\xB0", 0) == UNSPOOF_LEVEL_MINIMALLY,
	      "Greek + Cyrillic: minimally restrictive");
	CHECK(level("a\xC2\xAD" "b", 0) == UNSPOOF_LEVEL_UNRESTRICTED,
	      "soft hyphen is not Allowed: unrestricted");
	CHECK(level("a b", 0) == UNSPOOF_LEVEL_UNRESTRICTED, "space: unrestricted");
	CHECK(level("a b", UNSPOOF_LEVEL_ANY_CHARS) == UNSPOOF_LEVEL_ASCII, "ANY_CHARS: ASCII");
	CHECK(!strcmp(unspoof_level_name(UNSPOOF_LEVEL_HIGHLY), "highly-restrictive"), "name");
	CHECK(unspoof_level_from_name("moderately") == UNSPOOF_LEVEL_MODERATELY, "from name");
	CHECK(unspoof_level_from_name("bogus") == -1 && unspoof_level_name(9) == NULL,
	      "unknown level");
}

static void test_numbers_and_ids(void)
{
	uint32_t z[4];
	size_t n = 0;
	int ok = -1;
	size_t bad = 0;
	CHECK(unspoof_digit_systems("a1\xD9\xA1", 4, 0, z, 4, &n) == 0 && n == 2 && z[0] == '0' &&
	              z[1] == 0x660,
	      "1 and U+0661: two systems");
	CHECK(unspoof_digit_systems("123", 3, 0, z, 4, &n) == 0 && n == 1, "one system");
	CHECK(unspoof_digit_systems("abc", 3, 0, NULL, 0, &n) == 0 && n == 0, "no digits");
	CHECK(unspoof_identifier_allowed('a') && !unspoof_identifier_allowed(' ') &&
	              !unspoof_identifier_allowed(0x110000),
	      "Identifier_Status");
	CHECK(unspoof_identifier_type('a') == UNSPOOF_IDTYPE_RECOMMENDED, "a is Recommended");
	CHECK(unspoof_identifier_type(0xAD) & UNSPOOF_IDTYPE_DEFAULT_IGNORABLE,
	      "soft hyphen is Default_Ignorable");
	CHECK(!strcmp(unspoof_identifier_type_name(UNSPOOF_IDTYPE_NOT_XID), "Not_XID") &&
	              unspoof_identifier_type_name(3) == NULL,
	      "type names");
	CHECK(unspoof_identifier_check("ab c", 4, 0, &ok, &bad) == 0 && ok == 0 && bad == 2,
	      "first restricted char at 2");
	CHECK(unspoof_identifier_check("abc", 3, 0, &ok, &bad) == 0 && ok == 1 && bad == 3,
	      "allowed identifier");
}

static unsigned check_bits(const unspoof_checker *c, const char *s)
{
	unspoof_check_result r;
	int rc = unspoof_checker_check(c, s, strlen(s), 0, &r);
	CHECK(rc == 0, "check rc %d", rc);
	return r.failed;
}

struct thread_arg {
	const unspoof_checker *c;
	unsigned long bad;
};

static const char *const thread_inputs[] = {
	"paypal", "p\xD0\xB0ypal", "a1\xD9\xA1", "i\xCC\x87\xCC\x87", "\xE6\x9D\xB1\xE3\x82\xBF",
};

static void *thread_main(void *p)
{
	struct thread_arg *a = p;
	unsigned long i;
	unsigned want[5];
	size_t k;
	for (k = 0; k < 5; k++) {
		unspoof_check_result r;
		unspoof_checker_check(a->c, thread_inputs[k], strlen(thread_inputs[k]), 0, &r);
		want[k] = r.failed;
	}
	for (i = 0; i < 20000; i++) {
		unspoof_check_result r;
		k = i % 5;
		if (unspoof_checker_check(a->c, thread_inputs[k], strlen(thread_inputs[k]), 0, &r) ||
		    r.failed != want[k])
			a->bad++;
	}
	return NULL;
}

static void test_checker(void)
{
	unspoof_checker *c = unspoof_checker_new();
	unspoof_check_result r;
	pthread_t th[4];
	struct thread_arg args[4];
	int i;

	CHECK(c != NULL, "checker created");
	if (!c)
		return;
	CHECK(unspoof_checker_checks(c) == UNSPOOF_CHECK_ALL, "all checks by default");
	CHECK(check_bits(c, "paypal") == 0, "paypal passes");
	CHECK(check_bits(c, "p\xD0\xB0ypal") == UNSPOOF_CHECK_RESTRICTION_LEVEL,
	      "mixed Latin/Cyrillic fails the level");
	CHECK(check_bits(c, "a1\xD9\xA1") ==
	              (UNSPOOF_CHECK_MIXED_NUMBERS | UNSPOOF_CHECK_RESTRICTION_LEVEL),
	      "mixed numbers");
	CHECK(check_bits(c, "abc1\xD9\xA1") & UNSPOOF_CHECK_MIXED_NUMBERS, "mixed numbers 2");
	CHECK(check_bits(c, "i\xCC\x87\xCC\x87") ==
	              (UNSPOOF_CHECK_INVISIBLE | UNSPOOF_CHECK_HIDDEN_OVERLAY),
	      "repeated mark: invisible; dot on i: hidden overlay");
	CHECK(check_bits(c, "a\xCC\x81\xCC\x82\xCC\x83\xCC\x84\xCC\x86") & UNSPOOF_CHECK_MANY_MARKS,
	      "five marks");
	CHECK(!(check_bits(c, "a\xCC\x81\xCC\x82\xCC\x83\xCC\x84") & UNSPOOF_CHECK_MANY_MARKS),
	      "four marks are fine");
	CHECK(check_bits(c, "a\xE2\x80\x8B" "b") & UNSPOOF_CHECK_DEFAULT_IGNORABLE,
	      "zero width space");
	CHECK(check_bits(c, "a b") == UNSPOOF_CHECK_IDENTIFIER_STATUS,
	      "space: identifier status only (ANY profile)");
	CHECK(unspoof_checker_set_allowed(c, UNSPOOF_ALLOW_IDENTIFIER, NULL) == 0, "profile");
	unspoof_checker_check(c, "a b", 3, 0, &r);
	CHECK(r.level == UNSPOOF_LEVEL_UNRESTRICTED && (r.failed & UNSPOOF_CHECK_CHAR_LIMIT) &&
	              r.first_failure == 1,
	      "identifier profile: unrestricted, char limit at 1");
	CHECK(unspoof_checker_set_level(c, UNSPOOF_LEVEL_MINIMALLY) == 0, "set level");
	CHECK(check_bits(c, "p\xD0\xB0ypal") == 0, "minimally accepts Latin/Cyrillic");
	{
		unspoof_script_set only_latin;
		memset(&only_latin, 0, sizeof only_latin);
		i = unspoof_script_from_name("Latn");
		only_latin.bits[i >> 6] |= (uint64_t)1 << (i & 63);
		unspoof_checker_set_allowed(c, UNSPOOF_ALLOW_ANY, &only_latin);
		CHECK(check_bits(c, "p\xD0\xB0ypal") & UNSPOOF_CHECK_CHAR_LIMIT,
		      "Cyrillic outside the allowed scripts");
		CHECK(!(check_bits(c, "pay-pal1") & UNSPOOF_CHECK_CHAR_LIMIT),
		      "Common characters are allowed");
		unspoof_checker_set_allowed(c, UNSPOOF_ALLOW_ANY, NULL);
	}
	CHECK(unspoof_checker_set_checks(c, 0x1) == UNSPOOF_E_INVALID_ARG, "unknown check");
	CHECK(unspoof_checker_set_level(c, 0) == UNSPOOF_E_INVALID_ARG, "unknown level");
	CHECK(unspoof_checker_check(c, "a\xFF", 2, 0, &r) == UNSPOOF_E_UTF8 &&
	              r.first_failure == 1,
	      "strict UTF-8 in the checker");
	CHECK(unspoof_checker_check(c, "a\xFF", 2, UNSPOOF_INVALID_REPLACE, &r) == 0,
	      "REPLACE in the checker");
	CHECK(!strcmp(unspoof_check_name(UNSPOOF_CHECK_MIXED_NUMBERS), "mixed-numbers") &&
	              unspoof_check_name(3) == NULL,
	      "check names");

	/* One checker, four threads. */
	unspoof_checker_set_checks(c, UNSPOOF_CHECK_ALL);
	for (i = 0; i < 4; i++) {
		args[i].c = c;
		args[i].bad = 0;
		pthread_create(&th[i], NULL, thread_main, &args[i]);
	}
	for (i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		CHECK(args[i].bad == 0, "thread %d saw %lu wrong results", i, args[i].bad);
	}
	unspoof_checker_free(c);
	unspoof_checker_free(NULL);
}

int main(void)
{
	test_skeleton();
	test_bidi_skeleton();
	test_confusable();
	test_scripts_and_levels();
	test_numbers_and_ids();
	test_checker();
	return test_finish("test_uts39");
}
