/* Unit tests for normalization: unspoof_normalize(), unspoof_is_normalized(),
 * unspoof_ccc() and the internal entries of src/ucd/norm.h. No data files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unspoof.h"
#include "ucd/norm.h"
#include "util.h"

static const char *const fname[6] = { "?", "NFC", "NFD", "NFKC", "NFKD", "NFKC_CF" };

/* ---------------------------------------------------------------- tables */

struct ncase {
	const char *desc;
	unspoof_form form;
	const char *in;
	const char *out;
};

static const struct ncase cases[] = {
	{ "empty input", UNSPOOF_NFC, "", "" },
	{ "empty input NFKC_CF", UNSPOOF_NFKC_CF, "", "" },
	{ "ASCII unchanged", UNSPOOF_NFC, "hello, world", "hello, world" },
	{ "ASCII unchanged NFKD", UNSPOOF_NFKD, "hello", "hello" },
	{ "NFC composes e + acute", UNSPOOF_NFC, "e\xCC\x81", "\xC3\xA9" },
	{ "NFD decomposes e-acute", UNSPOOF_NFD, "\xC3\xA9", "e\xCC\x81" },
	{ "NFC reorders: e + acute(230) + dot below(220)", UNSPOOF_NFC,
	  "e\xCC\x81\xCC\xA3", "\xE1\xBA\xB9\xCC\x81" },
	{ "NFC: precomposed e-acute + dot below recomposes differently", UNSPOOF_NFC,
	  "\xC3\xA9\xCC\xA3", "\xE1\xBA\xB9\xCC\x81" },
	{ "NFD orders marks by ccc", UNSPOOF_NFD, "a\xCC\x81\xCC\xA3", "a\xCC\xA3\xCC\x81" },
	{ "NFC: Angstrom sign is a singleton", UNSPOOF_NFC, "\xE2\x84\xAB", "\xC3\x85" },
	{ "NFC: ohm sign", UNSPOOF_NFC, "\xE2\x84\xA6", "\xCE\xA9" },
	{ "NFKC: fi ligature", UNSPOOF_NFKC, "\xEF\xAC\x81", "fi" },
	{ "NFC keeps fi ligature", UNSPOOF_NFC, "\xEF\xAC\x81", "\xEF\xAC\x81" },
	{ "NFKC: fullwidth A", UNSPOOF_NFKC, "\xEF\xBC\xA1", "A" },
	{ "NFKD: U+FDFA (18 code points)", UNSPOOF_NFKD, "\xEF\xB7\xBA",
	  "\xD8\xB5\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD9\x84\xD9\x87 \xD8\xB9\xD9\x84\xD9\x8A"
	  "\xD9\x87 \xD9\x88\xD8\xB3\xD9\x84\xD9\x85" },
	{ "NFC: composition exclusion U+0958 stays decomposed", UNSPOOF_NFC,
	  "\xE0\xA5\x98", "\xE0\xA4\x95\xE0\xA4\xBC" },
	{ "NFC: blocked by same ccc (a + grave + acute)", UNSPOOF_NFC,
	  "a\xCC\x80\xCC\x81", "\xC3\xA0\xCC\x81" },
	{ "NFC: starter + starter (U+0B47 U+0B3E)", UNSPOOF_NFC,
	  "\xE0\xAD\x87\xE0\xAC\xBE", "\xE0\xAD\x8B" },
	{ "NFC: supplementary pair (U+11099 U+110BA)", UNSPOOF_NFC,
	  "\xF0\x91\x82\x99\xF0\x91\x82\xBA", "\xF0\x91\x82\x9A" },
	/* Hangul */
	{ "Hangul LV decomposes", UNSPOOF_NFD, "\xEA\xB0\x80", "\xE1\x84\x80\xE1\x85\xA1" },
	{ "Hangul LVT decomposes", UNSPOOF_NFD, "\xEA\xB0\x81",
	  "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8" },
	{ "Hangul L+V composes", UNSPOOF_NFC, "\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80" },
	{ "Hangul L+V+T composes", UNSPOOF_NFC, "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8",
	  "\xEA\xB0\x81" },
	{ "Hangul LV+T composes", UNSPOOF_NFC, "\xEA\xB0\x80\xE1\x86\xA8", "\xEA\xB0\x81" },
	{ "Hangul LVT+T does not compose", UNSPOOF_NFC, "\xEA\xB0\x81\xE1\x86\xA8",
	  "\xEA\xB0\x81\xE1\x86\xA8" },
	{ "Hangul LV + U+11A7 (not a T) does not compose", UNSPOOF_NFC,
	  "\xEA\xB0\x80\xE1\x86\xA7", "\xEA\xB0\x80\xE1\x86\xA7" },
	{ "Hangul syllable NFKD", UNSPOOF_NFKD, "\xED\x9E\xA3",
	  "\xE1\x84\x92\xE1\x85\xB5\xE1\x87\x82" },
	/* NFKC_Casefold */
	{ "NFKC_CF: capital sharp s", UNSPOOF_NFKC_CF, "\xE1\xBA\x9E", "ss" },
	{ "NFKC_CF: Strasse", UNSPOOF_NFKC_CF, "Stra\xC3\x9F" "e", "strasse" },
	{ "NFKC_CF: fullwidth HELLO", UNSPOOF_NFKC_CF, "\xEF\xBC\xA8\xEF\xBC\xA5\xEF\xBC\xAC"
	  "\xEF\xBC\xAC\xEF\xBC\xAF", "hello" },
	{ "NFKC_CF: ligature ffi", UNSPOOF_NFKC_CF, "\xEF\xAC\x83", "ffi" },
	{ "NFKC_CF: soft hyphen removed", UNSPOOF_NFKC_CF, "ab\xC2\xAD" "cd", "abcd" },
	{ "NFKC_CF: ZWJ removed", UNSPOOF_NFKC_CF, "a\xE2\x80\x8D" "b", "ab" },
	{ "NFKC_CF: Angstrom sign", UNSPOOF_NFKC_CF, "\xE2\x84\xAB", "\xC3\xA5" },
	{ "NFKC_CF: square MHz", UNSPOOF_NFKC_CF, "\xE3\x8E\x92", "mhz" },
	{ "NFKC_CF: dotted capital I", UNSPOOF_NFKC_CF, "\xC4\xB0", "i\xCC\x87" },
	{ "NFKC_CF: E + acute composes after folding", UNSPOOF_NFKC_CF, "E\xCC\x81",
	  "\xC3\xA9" },
	{ "NFKC_CF: uppercase E-acute", UNSPOOF_NFKC_CF, "\xC3\x89", "\xC3\xA9" },
	{ "NFKC_CF: Greek final sigma", UNSPOOF_NFKC_CF, "\xCE\xA3\xCF\x82", "\xCF\x83\xCF\x83" },
	{ "NFKC_CF: math bold A", UNSPOOF_NFKC_CF, "\xF0\x9D\x90\x80", "a" },
	{ "NFKC_CF: mixed ASCII", UNSPOOF_NFKC_CF, "PayPal.COM", "paypal.com" },
};

/* ----------------------------------------------------------- helpers */

static char *norm_alloc(unspoof_form f, const char *in, size_t len, size_t *out_len,
                        unsigned flags, int *rc)
{
	char *buf;
	size_t need = 0;
	*rc = unspoof_normalize(f, in, len, NULL, 0, &need, flags);
	if (*rc != UNSPOOF_OK && *rc != UNSPOOF_E_BUFFER_TOO_SMALL)
		return NULL;
	buf = malloc(need + 1);
	if (!buf) {
		*rc = UNSPOOF_E_NOMEM;
		return NULL;
	}
	*rc = unspoof_normalize(f, in, len, buf, need, out_len, flags);
	if (*rc != UNSPOOF_OK) {
		free(buf);
		return NULL;
	}
	return buf;
}

static void test_cases(void)
{
	size_t i;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct ncase *c = &cases[i];
		char out[256];
		size_t n = 12345;
		int rc = unspoof_normalize(c->form, c->in, strlen(c->in), out, sizeof out, &n, 0);
		if (CHECK(rc == UNSPOOF_OK, "%s: rc %d", c->desc, rc))
			CHECK_STR(c->desc, c->in, c->out, out, n);
		/* The expected output is normalized, and normalizing it is a no-op. */
		{
			int isn = -1;
			rc = unspoof_is_normalized(c->form, c->out, strlen(c->out), &isn);
			CHECK(rc == UNSPOOF_OK && isn == 1, "%s: is_normalized(expected) = %d",
			      c->desc, isn);
			rc = unspoof_is_normalized(c->form, c->in, strlen(c->in), &isn);
			CHECK(rc == UNSPOOF_OK && isn == (strcmp(c->in, c->out) == 0),
			      "%s: is_normalized(input) = %d", c->desc, isn);
		}
	}
}

static void test_args(void)
{
	char out[16];
	size_t n = 99;
	int r = -1;

	CHECK(unspoof_normalize(UNSPOOF_NFC, NULL, 0, out, sizeof out, &n, 0) == UNSPOOF_OK &&
	      n == 0, "NULL with length 0 is the empty string");
	CHECK(unspoof_normalize(UNSPOOF_NFC, NULL, 0, NULL, 0, &n, 0) == UNSPOOF_OK && n == 0,
	      "NULL in, NULL out, size 0");
	CHECK(unspoof_normalize(UNSPOOF_NFC, NULL, 3, out, sizeof out, &n, 0) == UNSPOOF_E_NULL,
	      "NULL with length 3 is UNSPOOF_E_NULL");
	CHECK(unspoof_normalize(UNSPOOF_NFC, "a", 1, out, sizeof out, NULL, 0) == UNSPOOF_E_NULL,
	      "out_len NULL is UNSPOOF_E_NULL");
	CHECK(unspoof_normalize(UNSPOOF_NFC, "a", 1, NULL, 4, &n, 0) == UNSPOOF_E_NULL,
	      "dst NULL with dst_cap 4 is UNSPOOF_E_NULL");
	CHECK(unspoof_normalize((unspoof_form)0, "a", 1, out, sizeof out, &n, 0) ==
	      UNSPOOF_E_INVALID_ARG, "form 0 is invalid");
	CHECK(unspoof_normalize((unspoof_form)6, "a", 1, out, sizeof out, &n, 0) ==
	      UNSPOOF_E_INVALID_ARG, "form 6 is invalid");
	CHECK(unspoof_normalize(UNSPOOF_NFC, "a", 1, out, sizeof out, &n,
	                        UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE) ==
	      UNSPOOF_E_INVALID_ARG, "KEEP|REPLACE is invalid");
	CHECK(unspoof_normalize(UNSPOOF_NFC, "a", 1, out, sizeof out, &n, 0x80u) ==
	      UNSPOOF_E_INVALID_ARG, "unknown flag bit is invalid");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, NULL, 0, &r) == UNSPOOF_OK && r == 1,
	      "is_normalized(empty) = 1");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, "a", 1, NULL) == UNSPOOF_E_NULL,
	      "is_normalized result NULL");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, NULL, 2, &r) == UNSPOOF_E_NULL,
	      "is_normalized NULL with length");
	CHECK(unspoof_is_normalized((unspoof_form)9, "a", 1, &r) == UNSPOOF_E_INVALID_ARG,
	      "is_normalized unknown form");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, "a\x80", 2, &r) == UNSPOOF_E_UTF8 && r == 0,
	      "is_normalized ill-formed is UNSPOOF_E_UTF8");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, "\xCC\x81", 2, &r) == UNSPOOF_OK && r == 1,
	      "is_normalized NFC: lone acute (MAYBE, then yes)");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, "q\xCC\x81", 3, &r) == UNSPOOF_OK && r == 1,
	      "is_normalized NFC: q + acute (MAYBE, then yes)");
	CHECK(unspoof_is_normalized(UNSPOOF_NFC, "x\xCC\x88", 3, &r) == UNSPOOF_OK && r == 0,
	      "is_normalized NFC: x + diaeresis (MAYBE, then no)");
	CHECK(unspoof_is_normalized(UNSPOOF_NFD, "a\xCC\x81\xCC\xA3", 5, &r) == UNSPOOF_OK &&
	      r == 0, "is_normalized NFD: marks out of order");
	CHECK(unspoof_ccc(0x0301) == 230 && unspoof_ccc(0x0316) == 220 && unspoof_ccc('a') == 0 &&
	      unspoof_ccc(0x05B0) == 10 && unspoof_ccc(0x1D165) == 216 &&
	      unspoof_ccc(0x110000) == 0 && unspoof_ccc(0xFFFFFFFFu) == 0,
	      "unspoof_ccc values");
}

/* Buffer too small: exact size reported, nothing written past dst_cap. */
static void test_buffer(void)
{
	static const struct {
		const char *desc;
		unspoof_form form;
		const char *in;
		const char *out;
	} bc[] = {
		{ "ASCII fast path", UNSPOOF_NFC, "abcdefgh", "abcdefgh" },
		{ "decomposition", UNSPOOF_NFD, "\xC3\xA9\xC3\xA9x", "e\xCC\x81" "e\xCC\x81x" },
		{ "expansion", UNSPOOF_NFKD, "\xEF\xB7\xBA", NULL },
		{ "casefold", UNSPOOF_NFKC_CF, "\xE1\xBA\x9E\xE1\xBA\x9E", "ssss" },
	};
	size_t i, cap;
	for (i = 0; i < sizeof bc / sizeof bc[0]; i++) {
		size_t need = 0, n;
		int rc = unspoof_normalize(bc[i].form, bc[i].in, strlen(bc[i].in), NULL, 0, &need, 0);
		CHECK(rc == (need ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK),
		      "%s: size query rc %d", bc[i].desc, rc);
		if (bc[i].out)
			CHECK(need == strlen(bc[i].out), "%s: size query %zu, expected %zu",
			      bc[i].desc, need, strlen(bc[i].out));
		for (cap = 0; cap <= need; cap++) {
			char buf[128];
			memset(buf, 0xA5, sizeof buf);
			n = 0;
			rc = unspoof_normalize(bc[i].form, bc[i].in, strlen(bc[i].in), buf, cap, &n, 0);
			CHECK(n == need, "%s: cap %zu: *out_len %zu, expected %zu", bc[i].desc, cap,
			      n, need);
			CHECK(rc == (cap < need ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK),
			      "%s: cap %zu: rc %d", bc[i].desc, cap, rc);
			{
				size_t k;
				int intact = 1;
				for (k = cap; k < sizeof buf; k++)
					intact &= (unsigned char)buf[k] == 0xA5;
				CHECK(intact, "%s: cap %zu: canary after the buffer overwritten",
				      bc[i].desc, cap);
			}
			if (cap == need && bc[i].out)
				CHECK_STR(bc[i].desc, bc[i].in, bc[i].out, buf, n);
		}
	}
}

/* Invalid UTF-8 in each mode. */
static void test_invalid(void)
{
	static const struct {
		const char *desc;
		unspoof_form form;
		const char *in;
		size_t in_len;
		size_t bad_off;
		const char *keep;
		const char *repl;
	} ic[] = {
		{ "lone continuation byte", UNSPOOF_NFC, "a\x80" "b", 3, 1, "a\x80" "b",
		  "a\xEF\xBF\xBD" "b" },
		{ "invalid byte blocks composition", UNSPOOF_NFC, "e\x80\xCC\x81", 4, 1,
		  "e\x80\xCC\x81", "e\xEF\xBF\xBD\xCC\x81" },
		{ "invalid byte blocks reordering", UNSPOOF_NFD, "a\xCC\x81\xFF\xCC\xA3", 6, 3,
		  "a\xCC\x81\xFF\xCC\xA3", "a\xCC\x81\xEF\xBF\xBD\xCC\xA3" },
		{ "truncated 4-byte sequence is one subpart", UNSPOOF_NFC, "\xF0\x9F\x98" "A", 4, 0,
		  "\xF0\x9F\x98" "A", "\xEF\xBF\xBD" "A" },
		{ "surrogate encoding is three subparts", UNSPOOF_NFKC, "x\xED\xA0\x80", 4, 1,
		  "x\xED\xA0\x80", "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" },
		{ "after decomposable text", UNSPOOF_NFKC_CF, "\xC3\x89\xC0", 3, 2, "\xC3\xA9\xC0",
		  "\xC3\xA9\xEF\xBF\xBD" },
		{ "truncated at end", UNSPOOF_NFD, "\xC3\xA9\xE2\x82", 4, 2, "e\xCC\x81\xE2\x82",
		  "e\xCC\x81\xEF\xBF\xBD" },
	};
	size_t i;
	for (i = 0; i < sizeof ic / sizeof ic[0]; i++) {
		char out[64];
		size_t n = 0;
		int rc = unspoof_normalize(ic[i].form, ic[i].in, ic[i].in_len, out, sizeof out, &n, 0);
		CHECK(rc == UNSPOOF_E_UTF8 && n == ic[i].bad_off,
		      "%s: strict: rc %d, offset %zu (expected %d, %zu)", ic[i].desc, rc, n,
		      UNSPOOF_E_UTF8, ic[i].bad_off);
		rc = unspoof_normalize(ic[i].form, ic[i].in, ic[i].in_len, out, sizeof out, &n,
		                       UNSPOOF_INVALID_KEEP);
		if (CHECK(rc == UNSPOOF_OK, "%s: keep: rc %d", ic[i].desc, rc))
			CHECK_BYTES(ic[i].desc, ic[i].in, ic[i].in_len, ic[i].keep, strlen(ic[i].keep),
			            out, n);
		rc = unspoof_normalize(ic[i].form, ic[i].in, ic[i].in_len, out, sizeof out, &n,
		                       UNSPOOF_INVALID_REPLACE);
		if (CHECK(rc == UNSPOOF_OK, "%s: replace: rc %d", ic[i].desc, rc))
			CHECK_BYTES(ic[i].desc, ic[i].in, ic[i].in_len, ic[i].repl, strlen(ic[i].repl),
			            out, n);
	}
}

/* NFC(NFD(x)) == NFC(x), NFD(NFC(x)) == NFD(x), NFKC(NFKD(x)) == NFKC(x). */
static void test_roundtrips(void)
{
	static const char *const strs[] = {
		"Cr\xC3\xA8me br\xC3\xBBl\303\251e",
		"\xE1\xB9\xA9\xE1\xB8\x8B\xCC\xA3",            /* s-dot-dot, d-dot + dot below */
		"\xEA\xB0\x81\xEA\xB0\x80\xE1\x86\xA8",         /* Hangul */
		"\xE0\xA5\x98\xE0\xA4\x95\xE0\xA4\xBC",         /* excluded U+0958 */
		"\xC7\x85\xEF\xAC\x81\xE2\x84\xAB\xE2\x91\xA0", /* Dž fi Å ① */
		"\xCF\x93\xCF\x94\xE1\xBE\x87\xE1\xBE\x80",     /* Greek with ypogegrammeni */
		"a\xCC\x95\xCC\x81\xCC\x9B\xCC\x80\xD6\xB0",   /* mixed ccc marks */
	};
	size_t i;
	for (i = 0; i < sizeof strs / sizeof strs[0]; i++) {
		const char *x = strs[i];
		size_t xl = strlen(x), l1 = 0, l2 = 0, l3 = 0;
		int rc1, rc2, rc3;
		char *d = norm_alloc(UNSPOOF_NFD, x, xl, &l1, 0, &rc1);
		char *cd = d ? norm_alloc(UNSPOOF_NFC, d, l1, &l2, 0, &rc2) : NULL;
		char *c = norm_alloc(UNSPOOF_NFC, x, xl, &l3, 0, &rc3);
		if (CHECK(cd && c, "round trip %zu: allocation/normalization failed", i))
			CHECK_BYTES("NFC(NFD(x)) == NFC(x)", x, xl, c, l3, cd, l2);
		free(cd);
		if (c) {
			char *dc = norm_alloc(UNSPOOF_NFD, c, l3, &l2, 0, &rc2);
			if (CHECK(dc != NULL, "round trip %zu: NFD(NFC(x)) failed", i) && d)
				CHECK_BYTES("NFD(NFC(x)) == NFD(x)", x, xl, d, l1, dc, l2);
			free(dc);
		}
		free(d);
		free(c);
		{
			char *kd = norm_alloc(UNSPOOF_NFKD, x, xl, &l1, 0, &rc1);
			char *kckd = kd ? norm_alloc(UNSPOOF_NFKC, kd, l1, &l2, 0, &rc2) : NULL;
			char *kc = norm_alloc(UNSPOOF_NFKC, x, xl, &l3, 0, &rc3);
			if (CHECK(kckd && kc, "round trip %zu: NFKC failed", i))
				CHECK_BYTES("NFKC(NFKD(x)) == NFKC(x)", x, xl, kc, l3, kckd, l2);
			free(kd);
			free(kckd);
			free(kc);
		}
	}
}

/* Code-point and per-character internal entries. */
static void test_internal(void)
{
	uint32_t in[] = { 'E', 0x0301, 0x0323, 0xAC00, 0x11A8, 0x1E9E };
	uint32_t exp_nfc[] = { 0x1EB8, 0x0301, 0xAC01, 0x1E9E };
	uint32_t exp_cf[] = { 0x1EB9, 0x0301, 0xAC01, 's', 's' };
	uint32_t out[16], d[US_NORM_MAX_DECOMP];
	uint32_t bad[] = { 'a', 0x110000 };
	size_t n = 0;
	int rc = us_normalize_cps(UNSPOOF_NFC, in, 6, out, 16, &n);
	CHECK(rc == UNSPOOF_OK && n == 4 && memcmp(out, exp_nfc, sizeof exp_nfc) == 0,
	      "us_normalize_cps NFC (rc %d, n %zu)", rc, n);
	rc = us_normalize_cps(UNSPOOF_NFKC_CF, in, 6, out, 16, &n);
	CHECK(rc == UNSPOOF_OK && n == 5 && memcmp(out, exp_cf, sizeof exp_cf) == 0,
	      "us_normalize_cps NFKC_CF (rc %d, n %zu)", rc, n);
	rc = us_normalize_cps(UNSPOOF_NFC, in, 6, out, 2, &n);
	CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && n == 4, "us_normalize_cps too small");
	rc = us_normalize_cps(UNSPOOF_NFC, bad, 2, out, 16, &n);
	CHECK(rc == UNSPOOF_E_INVALID_ARG, "us_normalize_cps value above U+10FFFF");
	CHECK(us_decompose(0x1E69, 0, d) == 3 && d[0] == 's' && d[1] == 0x0323 && d[2] == 0x0307,
	      "us_decompose U+1E69");
	CHECK(us_decompose(0xFB01, 0, d) == 1 && d[0] == 0xFB01, "us_decompose canonical fi");
	CHECK(us_decompose(0xFB01, 1, d) == 2 && d[0] == 'f' && d[1] == 'i',
	      "us_decompose compat fi");
	CHECK(us_decompose(0xD7A3, 0, d) == 3 && d[2] == 0x11C2, "us_decompose Hangul");
	CHECK(us_compose_pair('e', 0x0301) == 0xE9 && us_compose_pair('q', 0x0301) == 0 &&
	      us_compose_pair(0x0915, 0x093C) == 0 && us_compose_pair(0x1100, 0x1161) == 0xAC00 &&
	      us_compose_pair(0xAC00, 0x11A8) == 0xAC01 && us_compose_pair(0xAC01, 0x11A8) == 0,
	      "us_compose_pair");
	CHECK(us_norm_qc(UNSPOOF_NFC, 0x0301) == US_QC_MAYBE &&
	      us_norm_qc(UNSPOOF_NFC, 0x0958) == US_QC_NO && us_norm_qc(UNSPOOF_NFD, 0xE9) == US_QC_NO &&
	      us_norm_qc(UNSPOOF_NFKC, 0xFB01) == US_QC_NO && us_norm_qc(UNSPOOF_NFC, 0xFB01) == US_QC_YES &&
	      us_norm_qc(UNSPOOF_NFKC_CF, 'A') == US_QC_NO && us_norm_qc(UNSPOOF_NFKC_CF, 'a') == US_QC_YES,
	      "us_norm_qc");
	CHECK(us_ccc(0x0301) == 230 && us_ccc(0x110000) == 0, "us_ccc");
}

/* ----------------------------------------------- long runs of marks */

/* Marks with distinct ccc values, in an order that is not sorted. */
static const struct { uint32_t cp; unsigned ccc; } marks[] = {
	{ 0x0301, 230 }, { 0x0316, 220 }, { 0x05B0, 10 }, { 0x0345, 240 },
	{ 0x0327, 202 }, { 0x0300, 230 }, { 0x0323, 220 }, { 0x05B1, 11 },
	{ 0x0334, 1 },   { 0x0E38, 103 }, { 0x0315, 232 }, { 0x031B, 216 },
};
#define NMARKS (sizeof marks / sizeof marks[0])

static size_t put2(uint32_t c, unsigned char *o)
{
	if (c < 0x800) {
		o[0] = (unsigned char)(0xC0 | (c >> 6));
		o[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	o[0] = (unsigned char)(0xE0 | (c >> 12));
	o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	o[2] = (unsigned char)(0x80 | (c & 0x3F));
	return 3;
}

/* base + n marks (pseudo-random pattern); returns the UTF-8 length. Also
 * builds the expected NFD (stable sort by ccc) if exp is not NULL. */
static size_t build_marks(unsigned char *buf, unsigned char *exp, size_t *exp_len, size_t n)
{
	size_t len = 0, i, e = 0;
	uint32_t x = 12345;
	unsigned char *which = malloc(n ? n : 1);
	buf[len++] = 'q';
	for (i = 0; i < n; i++) {
		x = x * 1103515245u + 12345u;
		which[i] = (unsigned char)((x >> 16) % NMARKS);
		len += put2(marks[which[i]].cp, buf + len);
	}
	if (exp) {
		unsigned c;
		exp[e++] = 'q';
		for (c = 1; c < 256; c++)
			for (i = 0; i < n; i++)
				if (marks[which[i]].ccc == c)
					e += put2(marks[which[i]].cp, exp + e);
		*exp_len = e;
	}
	free(which);
	return len;
}

static void test_long_runs(void)
{
	size_t n = 100000, len, elen = 0, ol = 0, ol2 = 0;
	unsigned char *in = malloc(3 * n + 8), *exp = malloc(3 * n + 8);
	unsigned char *out = malloc(3 * n + 8), *out2 = malloc(3 * n + 8);
	int rc, isn = -1;
	if (!CHECK(in && exp && out && out2, "allocation"))
		goto done;
	len = build_marks(in, exp, &elen, n);
	rc = us_normalize_utf8(UNSPOOF_NFD, in, len, out, 3 * n + 8, &ol, 0, NULL);
	CHECK(rc == UNSPOOF_OK, "NFD of base + 100000 marks: rc %d", rc);
	CHECK(ol == elen && memcmp(out, exp, elen) == 0,
	      "NFD of base + 100000 marks is the stable sort by ccc");
	rc = us_normalize_utf8(UNSPOOF_NFD, out, ol, out2, 3 * n + 8, &ol2, 0, NULL);
	CHECK(rc == UNSPOOF_OK && ol2 == ol && memcmp(out, out2, ol) == 0,
	      "NFD of 100000 marks is idempotent");
	rc = unspoof_is_normalized(UNSPOOF_NFD, (char *)out, ol, &isn);
	CHECK(rc == UNSPOOF_OK && isn == 1, "is_normalized(NFD, sorted marks)");
	rc = unspoof_is_normalized(UNSPOOF_NFD, (char *)in, len, &isn);
	CHECK(rc == UNSPOOF_OK && isn == 0, "is_normalized(NFD, unsorted marks)");
	/* NFC: the same order, and q + marks has no composition. */
	rc = us_normalize_utf8(UNSPOOF_NFC, in, len, out2, 3 * n + 8, &ol2, 0, NULL);
	CHECK(rc == UNSPOOF_OK && ol2 == elen && memcmp(out2, exp, elen) == 0,
	      "NFC of q + 100000 marks is the stable sort by ccc");
	rc = unspoof_is_normalized(UNSPOOF_NFC, (char *)out2, ol2, &isn);
	CHECK(rc == UNSPOOF_OK && isn == 1, "is_normalized(NFC, sorted marks) (full check)");
	/* With an 'a' base, one acute composes: NFC is idempotent and equals
	 * NFC(NFD(x)). */
	in[0] = 'a';
	exp[0] = 'a'; /* exp is now NFD(in) */
	rc = us_normalize_utf8(UNSPOOF_NFC, in, len, out, 3 * n + 8, &ol, 0, NULL);
	CHECK(rc == UNSPOOF_OK, "NFC of a + 100000 marks: rc %d", rc);
	rc = us_normalize_utf8(UNSPOOF_NFC, exp, elen, out2, 3 * n + 8, &ol2, 0, NULL);
	CHECK(rc == UNSPOOF_OK && ol2 == ol && memcmp(out, out2, ol) == 0,
	      "NFC(NFD(x)) == NFC(x) for a + 100000 marks");
	rc = us_normalize_utf8(UNSPOOF_NFC, out, ol, out2, 3 * n + 8, &ol2, 0, NULL);
	CHECK(rc == UNSPOOF_OK && ol2 == ol && memcmp(out, out2, ol) == 0,
	      "NFC of a + 100000 marks is idempotent");
done:
	free(in);
	free(exp);
	free(out);
	free(out2);
}

/* Work (not wall time) must grow linearly with the number of marks. */
static void test_complexity(void)
{
	static const size_t sizes[] = { 1000, 10000, 100000, 1000000 };
	double per[4];
	size_t k;
	for (k = 0; k < 4; k++) {
		size_t n = sizes[k], len, ol = 0;
		unsigned char *in = malloc(3 * n + 8), *out = malloc(3 * n + 8);
		struct us_norm_stats st;
		int f, rc;
		clock_t t0;
		if (!CHECK(in && out, "allocation")) {
			free(in);
			free(out);
			return;
		}
		len = build_marks(in, NULL, NULL, n);
		memset(&st, 0, sizeof st);
		t0 = clock();
		for (f = UNSPOOF_NFC; f <= UNSPOOF_NFKC_CF; f++) {
			rc = us_normalize_utf8_stats((unspoof_form)f, in, len, out, 3 * n + 8, &ol, 0,
			                             NULL, &st);
			CHECK(rc == UNSPOOF_OK, "%s of %zu marks: rc %d", fname[f], n, rc);
		}
		per[k] = (double)st.steps / (double)n;
		CHECK(st.allocs <= 5 * 2 * 20, "%zu marks: %llu allocations (expected O(log n))", n,
		      (unsigned long long)st.allocs);
		if (n == 1000000)
			printf("test_norm: 1,000,000 combining marks, all 5 forms: %.3f s CPU "
			       "(%.1f steps per mark, %llu allocations)\n",
			       (double)(clock() - t0) / CLOCKS_PER_SEC, per[k],
			       (unsigned long long)st.allocs);
		free(in);
		free(out);
	}
	CHECK(per[3] <= per[0] * 1.5 + 1, "work per mark grows: %.2f at 1000, %.2f at 1000000",
	      per[0], per[3]);
}

int main(void)
{
	test_cases();
	test_args();
	test_buffer();
	test_invalid();
	test_roundtrips();
	test_internal();
	test_long_runs();
	test_complexity();
	return test_finish("test_norm");
}
