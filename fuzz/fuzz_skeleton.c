/* Fuzz target: unspoof_skeleton() and unspoof_bidi_skeleton().
 *
 * Input: byte 0 chooses the ill-formed-input mode (strict, KEEP, REPLACE);
 * the rest is the text.
 *
 * Properties:
 *  - size query exact, one-byte-short buffer refused without overflow, a
 *    roomy buffer (8 bytes per input byte) gives the same skeleton,
 *    size within the documented 72 bytes per input byte;
 *  - strict mode: UNSPOOF_E_UTF8 at the first ill-formed byte (out_len);
 *  - skeleton(x) = skeleton(NFD(x)) = skeleton(NFC(x)) (the first step of
 *    skeleton is NFD) and the skeleton is in NFD;
 *  - (not checked: skeleton(skeleton(x)) = skeleton(x), which the data
 *    does not give, see below);
 *  - well-formed input gives a well-formed skeleton; REPLACE always does;
 *    KEEP gives exactly the input's ill-formed subparts, in order (for
 *    the skeleton and both bidi skeletons);
 *  - the skeleton equals us_skeleton_general(), the definition applied to
 *    the whole text without the fast path's tables and segments;
 *  - the bidi skeletons of both directions follow the same buffer rules,
 *    and for text without any right-to-left or bidi-control character the
 *    LTR bidi skeleton equals the plain skeleton. */
#include "fuzz_util.h"
#include "uts39/uts39.h"

typedef int (*sk_fn)(int dir, const char *s, size_t len, char *dst, size_t cap, size_t *out,
                     unsigned flags);

static int sk_plain(int dir, const char *s, size_t len, char *dst, size_t cap, size_t *out,
                    unsigned flags)
{
	(void)dir;
	return unspoof_skeleton(s, len, dst, cap, out, flags);
}

static int sk_run(sk_fn fn, int dir, const char *s, size_t len, unsigned flags, char **res,
                  size_t *res_len)
{
	size_t need = 0xDEAD, got = 0;
	int rc = fn(dir, s, len, NULL, 0, &need, flags);
	char *dst;
	*res = NULL;
	*res_len = 0;
	if (rc == UNSPOOF_E_UTF8)
		return rc;
	FUZZ_CHECK(rc == (need ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK),
	           "skeleton size query (dir %d): rc %d, size %zu", dir, rc, need);
	FUZZ_CHECK(need <= 72 * len, "skeleton of %zu bytes is %zu bytes", len, need);
	if (need) {
		char *small = fuzz_xmalloc(need - 1);
		size_t n2 = 0;
		int rc2 = fn(dir, s, len, need > 1 ? small : NULL, need - 1, &n2, flags);
		FUZZ_CHECK(rc2 == UNSPOOF_E_BUFFER_TOO_SMALL && n2 == need,
		           "skeleton (dir %d) one byte short: rc %d out_len %zu need %zu", dir, rc2, n2,
		           need);
		free(small);
	}
	dst = fuzz_xmalloc(need);
	rc = fn(dir, s, len, need ? dst : NULL, need, &got, flags);
	FUZZ_CHECK(rc == UNSPOOF_OK && got == need, "skeleton (dir %d) exact buffer: rc %d %zu/%zu",
	           dir, rc, got, need);
	{
		/* A roomy buffer (8 bytes per input byte and more: the fast
		 * path then writes without checking each write) gives the same
		 * skeleton; a write past it is the sanitizer's to catch. */
		size_t cap = need + 8 * len + 8, n3 = 0;
		char *big = fuzz_xmalloc(cap);
		int rc3 = fn(dir, s, len, big, cap, &n3, flags);
		FUZZ_CHECK(rc3 == UNSPOOF_OK && n3 == need && (need == 0 || !memcmp(big, dst, need)),
		           "skeleton (dir %d) roomy buffer: rc %d %zu/%zu, or other bytes", dir, rc3,
		           n3, need);
		free(big);
	}
	*res = dst;
	*res_len = got;
	return rc;
}

static char *sk_norm(unspoof_form form, const char *s, size_t len, unsigned flags, size_t *n)
{
	size_t need = 0;
	char *o;
	int rc = unspoof_normalize(form, s, len, NULL, 0, &need, flags);
	FUZZ_CHECK(rc == UNSPOOF_OK || rc == UNSPOOF_E_BUFFER_TOO_SMALL, "normalize: %d", rc);
	o = fuzz_xmalloc(need);
	rc = unspoof_normalize(form, s, len, need ? o : NULL, need, n, flags);
	FUZZ_CHECK(rc == UNSPOOF_OK, "normalize: %d", rc);
	return o;
}

/* 1 if the text has a character that could make the bidi layout differ
 * from the logical order: strong RTL, Arabic numbers, bidi controls,
 * mirrored brackets aside (they only mirror at odd levels). */
static int sk_has_bidi(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = unspoof_utf8_decode(s + i, len - i, &cp);
		unspoof_char_info ci;
		if (cp != UNSPOOF_CP_INVALID && unspoof_char_info_get(cp, &ci) == UNSPOOF_OK) {
			switch (ci.bidi_class) {
			case UNSPOOF_BC_L: case UNSPOOF_BC_EN: case UNSPOOF_BC_ES: case UNSPOOF_BC_ET:
			case UNSPOOF_BC_CS: case UNSPOOF_BC_NSM: case UNSPOOF_BC_BN: case UNSPOOF_BC_WS:
			case UNSPOOF_BC_ON:
				break;
			default:
				return 1;
			}
		}
		i += n;
	}
	return 0;
}

/* KEEP: the output has exactly the input's ill-formed subparts, in order. */
static void sk_check_keep(const char *what, const char *s, size_t len, const char *o,
                          size_t olen)
{
	size_t a, b;
	char *pa = fuzz_invalid_parts(s, len, &a), *pb = fuzz_invalid_parts(o, olen, &b);
	if (a != b || (a && memcmp(pa, pb, a))) {
		fuzz_dump("input", s, len);
		fuzz_dump(what, o, olen);
		fuzz_fail(__FILE__, __LINE__, "KEEP: the ill-formed subparts of the %s are not the input's",
		          what);
	}
	free(pa);
	free(pb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned modes[3] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unsigned flags;
	char *s, *sk, *sk2, *b[2];
	size_t len, skl, sk2l, bl[2];
	int rc, valid, dir;

	if (size < 1)
		return 0;
	flags = modes[data[0] % 3];
	len = size - 1;
	s = fuzz_copy(data + 1, len);
	valid = fuzz_ref_valid(s, len);

	rc = sk_run(sk_plain, 0, s, len, flags, &sk, &skl);
	if (!valid && !flags) {
		size_t off = 0, eoff = 0;
		FUZZ_CHECK(rc == UNSPOOF_E_UTF8, "strict skeleton of ill-formed text: %d", rc);
		unspoof_utf8_validate(s, len, &eoff);
		unspoof_skeleton(s, len, NULL, 0, &off, 0);
		FUZZ_CHECK(off == eoff, "strict skeleton error offset %zu, expected %zu", off, eoff);
		for (dir = 0; dir < 2; dir++) {
			off = 0;
			rc = unspoof_bidi_skeleton(dir, s, len, NULL, 0, &off, 0);
			FUZZ_CHECK(rc == UNSPOOF_E_UTF8 && off == eoff,
			           "strict bidi skeleton: rc %d offset %zu expected %zu", rc, off, eoff);
		}
		free(s);
		return 0;
	}
	FUZZ_CHECK(rc == UNSPOOF_OK, "skeleton: %d", rc);
	if (valid || flags == UNSPOOF_INVALID_REPLACE)
		FUZZ_CHECK(fuzz_ref_valid(sk, skl), "skeleton is ill-formed UTF-8");
	if (flags == UNSPOOF_INVALID_KEEP)
		sk_check_keep("skeleton", s, len, sk, skl);

	/* The fast path gives what the definition gives. */
	{
		size_t need = 0, gl = 0;
		char *g;
		us_skeleton_general(s, len, NULL, 0, &need, flags);
		g = fuzz_xmalloc(need);
		rc = us_skeleton_general(s, len, need ? g : NULL, need, &gl, flags);
		FUZZ_CHECK(rc == UNSPOOF_OK, "general skeleton: %d", rc);
		if (gl != skl || (gl && memcmp(g, sk, gl))) {
			fuzz_dump("input", s, len);
			fuzz_dump("skeleton (fast path)", sk, skl);
			fuzz_dump("skeleton (general path)", g, gl);
			fuzz_fail(__FILE__, __LINE__, "fast and general skeletons differ, flags %u",
			          flags);
		}
		free(g);
	}

	/* skeleton(NFD(x)) = skeleton(NFC(x)) = skeleton(x); it is in NFD. */
	{
		static const unspoof_form forms[2] = {UNSPOOF_NFD, UNSPOOF_NFC};
		int k;
		for (k = 0; k < 2; k++) {
			size_t nl, xl;
			char *n = sk_norm(forms[k], s, len, flags, &nl), *x;
			rc = sk_run(sk_plain, 0, n, nl, flags, &x, &xl);
			FUZZ_CHECK(rc == UNSPOOF_OK, "skeleton of normalized text: %d", rc);
			if (xl != skl || (xl && memcmp(x, sk, xl))) {
				fuzz_dump("input", s, len);
				fuzz_dump("skeleton(x)", sk, skl);
				fuzz_dump("skeleton(NFx(x))", x, xl);
				fuzz_fail(__FILE__, __LINE__, "skeleton(%s(x)) != skeleton(x), flags %u",
				          k ? "NFC" : "NFD", flags);
			}
			free(n);
			free(x);
		}
		{
			size_t nl;
			char *n = sk_norm(UNSPOOF_NFD, sk, skl, flags, &nl);
			FUZZ_CHECK_BYTES("skeleton is in NFD", sk, skl, n, nl);
			free(n);
		}
	}

	/* No idempotence check: skeleton(skeleton(x)) != skeleton(x) is allowed
	 * by the data. U+01C5 maps to "D" U+017E, whose NFD has U+030C, which
	 * itself maps to U+0306 (confusables.txt 17.0), so the skeleton of
	 * the skeleton differs. ICU behaves the same. */
	(void)sk2;
	(void)sk2l;

	/* Bidi skeletons. */
	for (dir = 0; dir < 2; dir++) {
		rc = sk_run(unspoof_bidi_skeleton, dir, s, len, flags, &b[dir], &bl[dir]);
		FUZZ_CHECK(rc == UNSPOOF_OK, "bidi skeleton (dir %d): %d", dir, rc);
		if (valid || flags == UNSPOOF_INVALID_REPLACE)
			FUZZ_CHECK(fuzz_ref_valid(b[dir], bl[dir]), "bidi skeleton is ill-formed");
		if (flags == UNSPOOF_INVALID_KEEP)
			sk_check_keep(dir ? "bidi skeleton RTL" : "bidi skeleton LTR", s, len, b[dir],
			              bl[dir]);
	}
	if (valid && !sk_has_bidi(s, len)) {
		if (bl[0] != skl || (skl && memcmp(b[0], sk, skl))) {
			fuzz_dump("input", s, len);
			fuzz_dump("skeleton", sk, skl);
			fuzz_dump("bidi skeleton LTR", b[0], bl[0]);
			fuzz_fail(__FILE__, __LINE__, "LTR bidi skeleton of left-to-right text differs");
		}
	}
	{
		size_t o = 0;
		FUZZ_CHECK(unspoof_bidi_skeleton(2, s, len, NULL, 0, &o, flags) == UNSPOOF_E_INVALID_ARG,
		           "bidi skeleton with direction 2");
	}
	free(b[0]);
	free(b[1]);
	free(sk);
	free(s);
	return 0;
}
