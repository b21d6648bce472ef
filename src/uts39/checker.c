/* The checker object: a configured bundle of UTS #39 checks (like ICU's
 * USpoofChecker). It is only read while checking, so one checker can serve
 * many threads at once. */
#include <stdlib.h>
#include <string.h>

#include "uts39/uts39.h"
#include "common/utf8.h"
#include "ucd/props.h"

struct unspoof_checker {
	unsigned checks;
	int level;
	int allow;
	int has_scripts;
	unspoof_script_set scripts;
};

UNSPOOF_API unspoof_checker *unspoof_checker_new(void)
{
	unspoof_checker *c = us_uts39_calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->checks = UNSPOOF_CHECK_ALL;
	c->level = UNSPOOF_LEVEL_HIGHLY;
	c->allow = UNSPOOF_ALLOW_ANY;
	return c;
}

UNSPOOF_API void unspoof_checker_free(unspoof_checker *checker)
{
	free(checker);
}

UNSPOOF_API int unspoof_checker_set_checks(unspoof_checker *checker, unsigned checks)
{
	if (!checker)
		return UNSPOOF_E_NULL;
	if (checks & ~UNSPOOF_CHECK_ALL)
		return UNSPOOF_E_INVALID_ARG;
	checker->checks = checks;
	return UNSPOOF_OK;
}

UNSPOOF_API unsigned unspoof_checker_checks(const unspoof_checker *checker)
{
	return checker ? checker->checks : 0;
}

UNSPOOF_API int unspoof_checker_set_level(unspoof_checker *checker, int level)
{
	if (!checker)
		return UNSPOOF_E_NULL;
	if (level < UNSPOOF_LEVEL_ASCII || level > UNSPOOF_LEVEL_UNRESTRICTED)
		return UNSPOOF_E_INVALID_ARG;
	checker->level = level;
	checker->checks |= UNSPOOF_CHECK_RESTRICTION_LEVEL;
	return UNSPOOF_OK;
}

UNSPOOF_API int unspoof_checker_set_allowed(unspoof_checker *checker, int allow,
                                            const unspoof_script_set *scripts)
{
	if (!checker)
		return UNSPOOF_E_NULL;
	if (allow != UNSPOOF_ALLOW_ANY && allow != UNSPOOF_ALLOW_IDENTIFIER)
		return UNSPOOF_E_INVALID_ARG;
	checker->allow = allow;
	checker->has_scripts = scripts != NULL;
	if (scripts)
		checker->scripts = *scripts;
	return UNSPOOF_OK;
}

static int char_allowed(const unspoof_checker *c, uint32_t cp)
{
	if (c->allow == UNSPOOF_ALLOW_IDENTIFIER && !us_props(cp)->idstatus)
		return 0;
	if (c->has_scripts) {
		unspoof_script_set aug;
		int i;
		us_augmented_scripts(cp, &aug);
		for (i = 0; i < 4; i++)
			if (aug.bits[i] & c->scripts.bits[i])
				return 1;
		return 0;
	}
	return 1;
}

/* The checks on the NFD form: repeated non-spacing marks (ICU's INVISIBLE)
 * and more than four marks in a row. */
static int nfd_checks(const char *s, size_t len, unsigned flags, unsigned which,
                      unsigned *failed)
{
	uint32_t st[256], stn[256];
	us_cpvec in, nfd;
	size_t i, run_start = 0, nmarks = 0;
	int rc;

	us_cpvec_init(&in, st, 256);
	us_cpvec_init(&nfd, stn, 256);
	rc = us_decode_all(s, len, flags, &in, NULL);
	if (rc == 0)
		rc = us_nfd_cps(in.p, in.n, &nfd);
	if (rc)
		goto done;
	for (i = 0; i < nfd.n; i++) {
		uint8_t gc = us_props(nfd.p[i])->gc;
		if (gc == US_GC_Mn && (which & UNSPOOF_CHECK_INVISIBLE) && !(*failed & UNSPOOF_CHECK_INVISIBLE)) {
			size_t j;
			if (nmarks == 0)
				run_start = i;
			for (j = run_start; j < i; j++)
				if (nfd.p[j] == nfd.p[i])
					*failed |= UNSPOOF_CHECK_INVISIBLE & which;
		}
		if (gc == US_GC_Mn || gc == US_GC_Me) {
			if (++nmarks > 4)
				*failed |= UNSPOOF_CHECK_MANY_MARKS & which;
		} else {
			nmarks = 0;
		}
		if (gc != US_GC_Mn)
			run_start = i + 1;
	}
done:
	us_cpvec_free(&in);
	us_cpvec_free(&nfd);
	return rc;
}

UNSPOOF_API int unspoof_checker_check(const unspoof_checker *checker, const char *s,
                                      size_t len, unsigned flags,
                                      unspoof_check_result *result)
{
	const unsigned char *p = (const unsigned char *)s;
	struct us_analysis a;
	unsigned ck, failed = 0;
	size_t i, first_bad = len, err = 0;
	int rc, all_ok = 1;

	if (!checker || !result || (!s && len))
		return UNSPOOF_E_NULL;
	memset(result, 0, sizeof *result);
	result->first_failure = len;
	rc = us_check_flags(flags, UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE);
	if (rc)
		return rc;
	rc = us_analyze(s, len, flags, &a, &err);
	if (rc) {
		if (rc == UNSPOOF_E_UTF8)
			result->first_failure = err;
		return rc;
	}
	ck = checker->checks;
	/* The allowed characters (CHAR_LIMIT, and step 1 of §5.2). */
	if (checker->allow != UNSPOOF_ALLOW_ANY || checker->has_scripts) {
		for (i = 0; i < len;) {
			uint32_t cp;
			size_t k = us_utf8_decode(p + i, len - i, &cp);
			if (cp == US_CP_INVALID)
				cp = 0xFFFD;
			if (!char_allowed(checker, cp)) {
				all_ok = 0;
				if ((ck & UNSPOOF_CHECK_CHAR_LIMIT) && i < first_bad)
					first_bad = i;
				break;
			}
			i += k;
		}
	}
	result->level = all_ok ? us_level_of(&a, 1) : UNSPOOF_LEVEL_UNRESTRICTED;
	result->scripts = a.resolved;
	result->digit_systems = a.ndigit_systems;
	for (i = 0; i < a.ndigit_systems && i < UNSPOOF_MAX_DIGIT_SYSTEMS; i++)
		result->digit_zeros[i] = a.digit_zeros[i];

	if ((ck & UNSPOOF_CHECK_RESTRICTION_LEVEL) && result->level > checker->level)
		failed |= UNSPOOF_CHECK_RESTRICTION_LEVEL;
	if ((ck & UNSPOOF_CHECK_MIXED_NUMBERS) && a.ndigit_systems > 1)
		failed |= UNSPOOF_CHECK_MIXED_NUMBERS;
	if ((ck & UNSPOOF_CHECK_HIDDEN_OVERLAY) && a.hidden_overlay)
		failed |= UNSPOOF_CHECK_HIDDEN_OVERLAY;
	if ((ck & UNSPOOF_CHECK_CHAR_LIMIT) && !all_ok)
		failed |= UNSPOOF_CHECK_CHAR_LIMIT;
	if ((ck & UNSPOOF_CHECK_IDENTIFIER_STATUS) && !a.all_allowed) {
		failed |= UNSPOOF_CHECK_IDENTIFIER_STATUS;
		if (a.first_not_allowed < first_bad)
			first_bad = a.first_not_allowed;
	}
	if ((ck & UNSPOOF_CHECK_DEFAULT_IGNORABLE) && a.first_ignorable < len) {
		failed |= UNSPOOF_CHECK_DEFAULT_IGNORABLE;
		if (a.first_ignorable < first_bad)
			first_bad = a.first_ignorable;
	}
	if (ck & (UNSPOOF_CHECK_INVISIBLE | UNSPOOF_CHECK_MANY_MARKS)) {
		rc = nfd_checks(s, len, flags, ck, &failed);
		if (rc)
			return rc;
	}
	result->failed = failed;
	result->first_failure = first_bad;
	return UNSPOOF_OK;
}

UNSPOOF_API const char *unspoof_check_name(unsigned check)
{
	switch (check) {
	case UNSPOOF_CHECK_RESTRICTION_LEVEL: return "restriction-level";
	case UNSPOOF_CHECK_INVISIBLE: return "invisible";
	case UNSPOOF_CHECK_CHAR_LIMIT: return "char-limit";
	case UNSPOOF_CHECK_MIXED_NUMBERS: return "mixed-numbers";
	case UNSPOOF_CHECK_HIDDEN_OVERLAY: return "hidden-overlay";
	case UNSPOOF_CHECK_IDENTIFIER_STATUS: return "identifier-status";
	case UNSPOOF_CHECK_MANY_MARKS: return "many-marks";
	case UNSPOOF_CHECK_DEFAULT_IGNORABLE: return "default-ignorable";
	default: return NULL;
	}
}
