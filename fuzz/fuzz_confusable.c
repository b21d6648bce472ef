/* Fuzz target: confusability, scripts, restriction levels, mixed numbers,
 * identifier status and the checker (UTS #39 §3-§5).
 *
 * Input: byte 0 = flags choice, byte 1 = checker settings, byte 2 = where
 * to split the rest into two strings a and b.
 *
 * Properties:
 *  - confusable(a, b) is symmetric, non-zero exactly when the skeletons are
 *    equal, has only the documented bits, and MIXED/WHOLE follow the
 *    resolved script sets as documented; confusable(a, a) and
 *    confusable(a, NFC(a)) are non-zero;
 *  - strict mode fails with UNSPOOF_E_UTF8 on ill-formed text (result 0);
 *  - resolved_scripts and is_mixed_script agree; the empty / Common-only
 *    string gives the set of all scripts;
 *  - the restriction level is 1..6, never UNRESTRICTED with ANY_CHARS, is
 *    ASCII exactly for ASCII text (with ANY_CHARS), is SINGLE_SCRIPT or less
 *    when the resolved set is non-empty, and UNRESTRICTED without ANY_CHARS
 *    exactly when identifier_check says some character is not allowed;
 *  - identifier_check agrees with unspoof_identifier_allowed() per
 *    character and reports the first bad offset;
 *  - digit_systems lists distinct zeros of Nd characters, in order, and a
 *    short cap gives a prefix;
 *  - the checker (shared settings from byte 1) returns a result consistent
 *    with the functions above: level (ANY_CHARS level when every character
 *    is allowed), scripts, digit systems, MIXED_NUMBERS, the check bits only
 *    among the enabled ones, first_failure <= len. */
#include "fuzz_util.h"

static const char *cf_s;
static size_t cf_len;

static int cf_skel(const char *s, size_t len, unsigned flags, char **out, size_t *n)
{
	size_t need = 0;
	int rc = unspoof_skeleton(s, len, NULL, 0, &need, flags);
	if (rc == UNSPOOF_E_UTF8)
		return rc;
	*out = fuzz_xmalloc(need);
	rc = unspoof_skeleton(s, len, need ? *out : NULL, need, n, flags);
	FUZZ_CHECK(rc == UNSPOOF_OK, "skeleton: %d", rc);
	return rc;
}

static int cf_sets_intersect(const unspoof_script_set *a, const unspoof_script_set *b)
{
	int i;
	for (i = 0; i < 4; i++)
		if (a->bits[i] & b->bits[i])
			return 1;
	return 0;
}

static void cf_fail_input(const char *what, const char *a, size_t al, const char *b, size_t bl)
{
	fuzz_dump("a", a, al);
	fuzz_dump("b", b, bl);
	fuzz_fail(__FILE__, __LINE__, "%s", what);
}

static void cf_pair(const char *a, size_t al, const char *b, size_t bl, unsigned flags)
{
	unsigned r1 = 99, r2 = 99;
	int rc1 = unspoof_confusable(a, al, b, bl, flags, &r1);
	int rc2 = unspoof_confusable(b, bl, a, al, flags, &r2);
	char *sa = NULL, *sb = NULL;
	size_t sal = 0, sbl = 0;
	unspoof_script_set ra, rb;
	int strict_bad = !flags && (!fuzz_ref_valid(a, al) || !fuzz_ref_valid(b, bl));

	if (strict_bad) {
		if (rc1 != UNSPOOF_E_UTF8 || r1 != 0 || rc2 != UNSPOOF_E_UTF8 || r2 != 0)
			cf_fail_input("strict confusable on ill-formed text", a, al, b, bl);
		return;
	}
	if (rc1 != UNSPOOF_OK || rc2 != UNSPOOF_OK)
		cf_fail_input("confusable failed", a, al, b, bl);
	if (r1 != r2)
		cf_fail_input("confusable is not symmetric", a, al, b, bl);
	if (r1 & ~7u)
		cf_fail_input("confusable: unknown result bits", a, al, b, bl);
	/* Skeletons with REPLACE when flags is KEEP: confusable() compares
	 * ill-formed parts as U+FFFD. */
	cf_skel(a, al, flags ? UNSPOOF_INVALID_REPLACE : 0, &sa, &sal);
	cf_skel(b, bl, flags ? UNSPOOF_INVALID_REPLACE : 0, &sb, &sbl);
	if ((r1 != 0) != (sal == sbl && (!sal || !memcmp(sa, sb, sal))))
		cf_fail_input("confusable disagrees with the skeletons", a, al, b, bl);
	free(sa);
	free(sb);
	if (!r1)
		return;
	FUZZ_CHECK(unspoof_resolved_scripts(a, al, flags, &ra) == UNSPOOF_OK &&
	                   unspoof_resolved_scripts(b, bl, flags, &rb) == UNSPOOF_OK,
	           "resolved_scripts failed");
	if (cf_sets_intersect(&ra, &rb)) {
		if (r1 != UNSPOOF_CONFUSABLE_SINGLE_SCRIPT)
			cf_fail_input("intersecting script sets but not SINGLE_SCRIPT", a, al, b, bl);
	} else {
		unsigned want = UNSPOOF_CONFUSABLE_MIXED_SCRIPT;
		if (!unspoof_script_set_is_empty(&ra) && !unspoof_script_set_is_empty(&rb))
			want |= UNSPOOF_CONFUSABLE_WHOLE_SCRIPT;
		if (r1 != want)
			cf_fail_input("MIXED/WHOLE bits do not follow the script sets", a, al, b, bl);
	}
}

static void cf_single(const char *s, size_t len, unsigned flags, const unspoof_checker *ck,
                      int ck_any)
{
	unspoof_script_set rs;
	int rc, mixed = -1, lvl = -1, lvl_any = -1, idres = -1, ascii = 1;
	size_t i, bad = 12345, ndig = 0, ndig2 = 0;
	uint32_t zeros[64], zeros2[2];
	int valid = fuzz_ref_valid(s, len);
	unspoof_check_result cr;

	rc = unspoof_resolved_scripts(s, len, flags, &rs);
	if (!valid && !flags) {
		FUZZ_CHECK(rc == UNSPOOF_E_UTF8, "strict resolved_scripts: %d", rc);
		FUZZ_CHECK(unspoof_restriction_level(s, len, flags, &lvl) == UNSPOOF_E_UTF8,
		           "strict restriction_level");
		FUZZ_CHECK(unspoof_is_mixed_script(s, len, flags, &mixed) == UNSPOOF_E_UTF8,
		           "strict is_mixed_script");
		FUZZ_CHECK(unspoof_identifier_check(s, len, flags, &idres, &bad) == UNSPOOF_E_UTF8,
		           "strict identifier_check");
		FUZZ_CHECK(unspoof_digit_systems(s, len, flags, zeros, 64, &ndig) == UNSPOOF_E_UTF8,
		           "strict digit_systems");
		rc = unspoof_checker_check(ck, s, len, flags, &cr);
		FUZZ_CHECK(rc == UNSPOOF_E_UTF8, "strict checker: %d", rc);
		{
			size_t eoff = 0;
			unspoof_utf8_validate(s, len, &eoff);
			FUZZ_CHECK(cr.first_failure == eoff, "strict checker: first_failure %zu != %zu",
			           cr.first_failure, eoff);
		}
		return;
	}
	FUZZ_CHECK(rc == UNSPOOF_OK, "resolved_scripts: %d", rc);
	FUZZ_CHECK(unspoof_is_mixed_script(s, len, flags, &mixed) == UNSPOOF_OK &&
	                   mixed == unspoof_script_set_is_empty(&rs),
	           "is_mixed_script %d disagrees with the resolved set", mixed);
	if (!len)
		FUZZ_CHECK(unspoof_script_set_is_all(&rs), "empty string: resolved set is not ALL");

	FUZZ_CHECK(unspoof_restriction_level(s, len, flags, &lvl) == UNSPOOF_OK &&
	                   lvl >= UNSPOOF_LEVEL_ASCII && lvl <= UNSPOOF_LEVEL_UNRESTRICTED,
	           "restriction_level: %d", lvl);
	FUZZ_CHECK(unspoof_restriction_level(s, len, flags | UNSPOOF_LEVEL_ANY_CHARS, &lvl_any) ==
	                   UNSPOOF_OK &&
	                   lvl_any >= UNSPOOF_LEVEL_ASCII && lvl_any < UNSPOOF_LEVEL_UNRESTRICTED,
	           "restriction_level with ANY_CHARS: %d", lvl_any);
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			ascii = 0;
	FUZZ_CHECK((lvl_any == UNSPOOF_LEVEL_ASCII) == ascii,
	           "ANY_CHARS level %d but the text is %sASCII", lvl_any, ascii ? "" : "not ");
	if (!unspoof_script_set_is_empty(&rs))
		FUZZ_CHECK(lvl_any <= UNSPOOF_LEVEL_SINGLE_SCRIPT,
		           "non-empty resolved set but level %d", lvl_any);
	else
		FUZZ_CHECK(lvl_any >= UNSPOOF_LEVEL_HIGHLY, "mixed-script text at level %d", lvl_any);

	/* Identifier status, per character. */
	FUZZ_CHECK(unspoof_identifier_check(s, len, flags, &idres, &bad) == UNSPOOF_OK,
	           "identifier_check failed");
	{
		size_t first = len;
		for (i = 0; i < len;) {
			uint32_t cp;
			size_t n = unspoof_utf8_decode(s + i, len - i, &cp);
			if (cp == UNSPOOF_CP_INVALID || !unspoof_identifier_allowed(cp)) {
				first = i;
				break;
			}
			i += n;
		}
		FUZZ_CHECK(idres == (first == len) && bad == first,
		           "identifier_check: result %d bad %zu, expected first bad at %zu", idres, bad,
		           first);
		FUZZ_CHECK((lvl == UNSPOOF_LEVEL_UNRESTRICTED) == (first < len) &&
		                   (first < len || lvl == lvl_any),
		           "level %d (ANY_CHARS %d) but first non-allowed character at %zu", lvl,
		           lvl_any, first);
	}

	/* Digit systems. */
	FUZZ_CHECK(unspoof_digit_systems(s, len, flags, zeros, 64, &ndig) == UNSPOOF_OK,
	           "digit_systems failed");
	{
		size_t nz = 0, k;
		uint32_t ref[64];
		for (i = 0; i < len;) {
			uint32_t cp;
			unspoof_char_info ci;
			size_t n = unspoof_utf8_decode(s + i, len - i, &cp);
			i += n;
			if (cp == UNSPOOF_CP_INVALID || unspoof_char_info_get(cp, &ci) ||
			    ci.general_category != UNSPOOF_GC_Nd)
				continue;
			FUZZ_CHECK(ci.decimal_digit >= 0 && ci.decimal_digit <= 9,
			           "U+%04X is Nd with digit value %d", (unsigned)cp, ci.decimal_digit);
			for (k = 0; k < nz; k++)
				if (ref[k] == cp - (uint32_t)ci.decimal_digit)
					break;
			if (k == nz && nz < 64)
				ref[nz++] = cp - (uint32_t)ci.decimal_digit;
		}
		FUZZ_CHECK(ndig == nz, "digit_systems counts %zu, expected %zu", ndig, nz);
		for (k = 0; k < nz && k < ndig; k++)
			FUZZ_CHECK(zeros[k] == ref[k], "digit system %zu: U+%04X, expected U+%04X", k,
			           (unsigned)zeros[k], (unsigned)ref[k]);
		FUZZ_CHECK(unspoof_digit_systems(s, len, flags, zeros2, 1, &ndig2) == UNSPOOF_OK &&
		                   ndig2 == ndig && (!ndig || zeros2[0] == ref[0]),
		           "digit_systems with cap 1");
		FUZZ_CHECK(unspoof_digit_systems(s, len, flags, NULL, 0, &ndig2) == UNSPOOF_OK &&
		                   ndig2 == ndig,
		           "digit_systems counting only");
	}

	/* The checker. */
	memset(&cr, 0xA5, sizeof cr);
	rc = unspoof_checker_check(ck, s, len, flags, &cr);
	FUZZ_CHECK(rc == UNSPOOF_OK, "checker_check: %d", rc);
	FUZZ_CHECK(!(cr.failed & ~unspoof_checker_checks(ck)),
	           "checker failed checks %X that are not enabled (%X)", cr.failed,
	           unspoof_checker_checks(ck));
	FUZZ_CHECK(cr.first_failure <= len, "first_failure %zu > len %zu", cr.first_failure, len);
	FUZZ_CHECK(!memcmp(&cr.scripts, &rs, sizeof rs), "checker scripts differ");
	FUZZ_CHECK(cr.digit_systems == ndig, "checker digit systems %zu != %zu", cr.digit_systems,
	           ndig);
	FUZZ_CHECK(!(unspoof_checker_checks(ck) & UNSPOOF_CHECK_MIXED_NUMBERS) ||
	                   !!(cr.failed & UNSPOOF_CHECK_MIXED_NUMBERS) == (ndig > 1),
	           "MIXED_NUMBERS with %zu digit systems", ndig);
	FUZZ_CHECK(!(unspoof_checker_checks(ck) & UNSPOOF_CHECK_IDENTIFIER_STATUS) ||
	                   !!(cr.failed & UNSPOOF_CHECK_IDENTIFIER_STATUS) == (idres == 0),
	           "IDENTIFIER_STATUS disagrees with identifier_check");
	if (ck_any)
		FUZZ_CHECK(cr.level == lvl_any, "checker level %d, restriction_level(ANY_CHARS) %d",
		           cr.level, lvl_any);
	else
		FUZZ_CHECK(cr.level == lvl_any || cr.level == UNSPOOF_LEVEL_UNRESTRICTED,
		           "checker level %d, expected %d or UNRESTRICTED", cr.level, lvl_any);
	(void)cf_s;
	(void)cf_len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned modes[3] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unsigned flags, cfg;
	size_t len, split;
	char *s, *a, *b;
	unspoof_checker *ck;
	int ck_any = 1;

	if (size < 3)
		return 0;
	flags = modes[data[0] % 3];
	cfg = data[1];
	len = size - 3;
	split = len ? data[2] % (len + 1) : 0;
	s = fuzz_copy(data + 3, len);
	a = fuzz_copy(data + 3, split);
	b = fuzz_copy(data + 3 + split, len - split);
	cf_s = s;
	cf_len = len;

	ck = unspoof_checker_new();
	FUZZ_CHECK(ck != NULL, "checker_new");
	if (cfg & 1)
		FUZZ_CHECK(unspoof_checker_set_checks(ck, (cfg * 0x110u) & UNSPOOF_CHECK_ALL) ==
		                   UNSPOOF_OK,
		           "set_checks");
	if (cfg & 2)
		FUZZ_CHECK(unspoof_checker_set_level(ck, 1 + (int)((cfg >> 2) % 6)) == UNSPOOF_OK,
		           "set_level");
	if (cfg & 0x20) {
		FUZZ_CHECK(unspoof_checker_set_allowed(ck, UNSPOOF_ALLOW_IDENTIFIER, NULL) == UNSPOOF_OK,
		           "set_allowed");
		ck_any = 0;
	}
	if (cfg & 0x40) {
		unspoof_script_set only;
		memset(&only, 0, sizeof only);
		only.bits[0] = (uint64_t)1 << (cfg >> 7 ? 3 : 5);
		only.bits[(cfg >> 3) & 3] |= (uint64_t)1 << (cfg & 63);
		FUZZ_CHECK(unspoof_checker_set_allowed(ck, ck_any ? UNSPOOF_ALLOW_ANY
		                                                  : UNSPOOF_ALLOW_IDENTIFIER,
		                                       &only) == UNSPOOF_OK,
		           "set_allowed with scripts");
		ck_any = 0;
	}
	FUZZ_CHECK(unspoof_checker_set_checks(ck, 0x1000) == UNSPOOF_E_INVALID_ARG,
	           "set_checks with an unknown bit");
	FUZZ_CHECK(unspoof_checker_set_level(ck, 7) == UNSPOOF_E_INVALID_ARG, "set_level 7");

	cf_pair(a, split, b, len - split, flags);
	cf_pair(s, len, s, len, flags);
	if (fuzz_ref_valid(s, len) || flags) {
		unsigned r = 0;
		/* Not always SINGLE_SCRIPT: a mixed-script string (empty
		 * resolved set) is MIXED_SCRIPT-confusable with itself; cf_pair()
		 * checked the bits against the script sets. */
		FUZZ_CHECK(unspoof_confusable(s, len, s, len, flags, &r) == UNSPOOF_OK && r != 0,
		           "confusable(x, x) = %u", r);
		{
			size_t need = 0, n = 0;
			char *nfc;
			unspoof_normalize(UNSPOOF_NFC, s, len, NULL, 0, &need, flags);
			nfc = fuzz_xmalloc(need);
			FUZZ_CHECK(unspoof_normalize(UNSPOOF_NFC, s, len, need ? nfc : NULL, need, &n,
			                             flags) == UNSPOOF_OK,
			           "NFC");
			r = 0;
			FUZZ_CHECK(unspoof_confusable(s, len, nfc, n, flags, &r) == UNSPOOF_OK && r != 0,
			           "confusable(x, NFC(x)) = %u", r);
			free(nfc);
		}
	}
	cf_single(s, len, flags, ck, ck_any);
	cf_single(a, split, flags, ck, ck_any);

	unspoof_checker_free(ck);
	free(s);
	free(a);
	free(b);
	return 0;
}
