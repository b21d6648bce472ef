/* Fuzz target: unspoof_normalize() in every form, and unspoof_is_normalized().
 *
 * Input: byte 0 chooses the ill-formed-input mode (strict, KEEP, REPLACE);
 * the rest is the text.
 *
 * Properties:
 *  - the size query (dst NULL, cap 0) gives the exact size; a buffer one
 *    byte short gives UNSPOOF_E_BUFFER_TOO_SMALL, the same *out_len, and no
 *    write past it (exact-size heap blocks, ASan); the size is within the
 *    documented bounds (3x for NFC/NFD, 11x for the K forms);
 *  - strict mode on ill-formed text: UNSPOOF_E_UTF8 with *out_len = the
 *    offset of the first ill-formed byte;
 *  - REPLACE output is well-formed; KEEP output has exactly the input's
 *    ill-formed subparts (same bytes, same order); well-formed input gives
 *    well-formed output;
 *  - every form is idempotent, and the forms agree: NFC(NFD(x)) = NFC(x),
 *    NFD(NFC(x)) = NFD(x), NFKC(NFKD(x)) = NFKC(x), NFKD(NFKC(x)) = NFKD(x),
 *    NFKD(NFD(x)) = NFKD(x), NFKC(NFC(x)) = NFKC(x), NFKC_CF(NFKC_CF(x)) =
 *    NFKC_CF(x), NFC(NFKC_CF(x)) = NFKC_CF(x), NFKC_CF(NFD(x)) = NFKC_CF(x)
 *    (the last only without U+0345, see below);
 *  - is_normalized(F, x) is 1 exactly when NF(x) == x (well-formed x), and
 *    1 on every output. */
#include "fuzz_util.h"

struct nz_buf {
	char *p;
	size_t len;
};

static const char *const nz_names[] = {"?", "NFC", "NFD", "NFKC", "NFKD", "NFKC_CF"};

/* Normalizes with the size-query protocol and checks it; returns the
 * status; on success *out holds a malloc'd exact-size result. */
static int nz_norm(unspoof_form form, const char *s, size_t len, unsigned flags,
                   struct nz_buf *out)
{
	size_t need = 0xDEAD, got = 0xBEEF;
	int rc = unspoof_normalize(form, s, len, NULL, 0, &need, flags);
	char *dst;
	out->p = NULL;
	out->len = 0;
	if (rc == UNSPOOF_E_UTF8 || rc == UNSPOOF_E_NOMEM)
		return rc;
	FUZZ_CHECK(rc == UNSPOOF_OK || rc == UNSPOOF_E_BUFFER_TOO_SMALL,
	           "%s size query returned %d", nz_names[form], rc);
	FUZZ_CHECK(rc == (need ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK),
	           "%s size query: rc %d with size %zu", nz_names[form], rc, need);
	FUZZ_CHECK(need <= len * (form == UNSPOOF_NFC || form == UNSPOOF_NFD ? 3 : 11),
	           "%s of %zu bytes needs %zu bytes, above the documented bound", nz_names[form],
	           len, need);
	if (need) {
		/* One byte short: must fail without writing past the block. */
		char *small = fuzz_xmalloc(need - 1);
		size_t n2 = 0;
		int rc2 = unspoof_normalize(form, s, len, need - 1 ? small : NULL, need - 1, &n2, flags);
		FUZZ_CHECK(rc2 == UNSPOOF_E_BUFFER_TOO_SMALL && n2 == need,
		           "%s with a buffer one byte short: rc %d, out_len %zu (need %zu)",
		           nz_names[form], rc2, n2, need);
		free(small);
	}
	dst = fuzz_xmalloc(need);
	rc = unspoof_normalize(form, s, len, need ? dst : NULL, need, &got, flags);
	FUZZ_CHECK(rc == UNSPOOF_OK && got == need, "%s into an exact buffer: rc %d, %zu != %zu",
	           nz_names[form], rc, got, need);
	out->p = dst;
	out->len = got;
	return rc;
}

/* Normalizes a previous output (flags as given) and returns the result. */
static struct nz_buf nz_again(unspoof_form form, const struct nz_buf *in, unsigned flags)
{
	struct nz_buf r;
	int rc = nz_norm(form, in->p, in->len, flags, &r);
	FUZZ_CHECK(rc == UNSPOOF_OK, "%s of a normalizer output failed: %d", nz_names[form], rc);
	return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned modes[3] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unsigned flags;
	char *s;
	size_t len;
	int valid, f;
	struct nz_buf r[6];

	if (size < 1)
		return 0;
	flags = modes[data[0] % 3];
	s = fuzz_copy(data + 1, size - 1);
	len = size - 1;
	valid = fuzz_ref_valid(s, len);

	for (f = UNSPOOF_NFC; f <= UNSPOOF_NFKC_CF; f++) {
		int rc = nz_norm((unspoof_form)f, s, len, flags, &r[f]);
		if (rc == UNSPOOF_E_NOMEM) {
			fuzz_fail(__FILE__, __LINE__, "%s: E_NOMEM on a %zu-byte input", nz_names[f], len);
		}
		if (!valid && !flags) {
			size_t off = 0, eoff = 0;
			FUZZ_CHECK(rc == UNSPOOF_E_UTF8, "strict %s of ill-formed text returned %d",
			           nz_names[f], rc);
			unspoof_utf8_validate(s, len, &eoff);
			unspoof_normalize((unspoof_form)f, s, len, NULL, 0, &off, 0);
			FUZZ_CHECK(off == eoff, "strict %s: error offset %zu, expected %zu", nz_names[f],
			           off, eoff);
			continue;
		}
		FUZZ_CHECK(rc == UNSPOOF_OK, "%s returned %d", nz_names[f], rc);
	}
	if (!valid && !flags) {
		int res = 5;
		FUZZ_CHECK(unspoof_is_normalized(UNSPOOF_NFC, s, len, &res) == UNSPOOF_E_UTF8 && res == 0,
		           "is_normalized of ill-formed text");
		free(s);
		return 0;
	}

	for (f = UNSPOOF_NFC; f <= UNSPOOF_NFKC_CF; f++) {
		struct nz_buf again;
		int ovalid = fuzz_ref_valid(r[f].p, r[f].len);
		if (valid || flags == UNSPOOF_INVALID_REPLACE)
			FUZZ_CHECK(ovalid, "%s output is ill-formed UTF-8", nz_names[f]);
		if (flags == UNSPOOF_INVALID_KEEP) {
			size_t a, b;
			char *pa = fuzz_invalid_parts(s, len, &a), *pb = fuzz_invalid_parts(r[f].p, r[f].len, &b);
			FUZZ_CHECK_BYTES("KEEP: the ill-formed subparts of the output are the input's", pa,
			                 a, pb, b);
			free(pa);
			free(pb);
		}
		/* Idempotence. */
		again = nz_again((unspoof_form)f, &r[f], flags);
		FUZZ_CHECK_BYTES(nz_names[f], r[f].p, r[f].len, again.p, again.len);
		free(again.p);
		/* is_normalized agrees (it is strict, so only on well-formed text). */
		if (ovalid) {
			int res = -1;
			FUZZ_CHECK(unspoof_is_normalized((unspoof_form)f, r[f].p, r[f].len, &res) ==
			                   UNSPOOF_OK && res == 1,
			           "is_normalized(%s, %s(x)) = %d", nz_names[f], nz_names[f], res);
		}
		if (valid) {
			int res = -1, same = r[f].len == len && (!len || !memcmp(r[f].p, s, len));
			FUZZ_CHECK(unspoof_is_normalized((unspoof_form)f, s, len, &res) == UNSPOOF_OK &&
			                   res == same,
			           "is_normalized(%s, x) = %d but NF(x) %s x", nz_names[f], res,
			           same ? "==" : "!=");
		}
	}

	/* The forms agree with each other. */
	{
		static const struct {
			unspoof_form outer, inner, expect;
		} rel[] = {
			{UNSPOOF_NFC, UNSPOOF_NFD, UNSPOOF_NFC},
			{UNSPOOF_NFD, UNSPOOF_NFC, UNSPOOF_NFD},
			{UNSPOOF_NFKC, UNSPOOF_NFKD, UNSPOOF_NFKC},
			{UNSPOOF_NFKD, UNSPOOF_NFKC, UNSPOOF_NFKD},
			{UNSPOOF_NFKD, UNSPOOF_NFD, UNSPOOF_NFKD},
			{UNSPOOF_NFKD, UNSPOOF_NFC, UNSPOOF_NFKD},
			{UNSPOOF_NFKC, UNSPOOF_NFC, UNSPOOF_NFKC},
			{UNSPOOF_NFKC, UNSPOOF_NFD, UNSPOOF_NFKC},
			{UNSPOOF_NFC, UNSPOOF_NFKC, UNSPOOF_NFKC},
			{UNSPOOF_NFD, UNSPOOF_NFKD, UNSPOOF_NFKD},
			{UNSPOOF_NFKC_CF, UNSPOOF_NFD, UNSPOOF_NFKC_CF},
			{UNSPOOF_NFKC_CF, UNSPOOF_NFC, UNSPOOF_NFKC_CF},
			{UNSPOOF_NFC, UNSPOOF_NFKC_CF, UNSPOOF_NFKC_CF},
		};
		size_t k;
		/* U+0345 (ccc 240) case-folds to U+03B9 (a starter), so
		 * NFKC_CF is not invariant under canonical reordering of a text
		 * holding it: NFKC_CF(NFD(x)) may differ from NFKC_CF(x), in ICU
		 * too. Those relations are checked only without U+0345 in NFD(x)
		 * (it also comes from decompositions: U+1F84 = U+1F04 U+0345). */
		int ypogegrammeni = 0;
		const char *d = r[UNSPOOF_NFD].p;
		for (k = 0; k + 1 < r[UNSPOOF_NFD].len; k++)
			if ((unsigned char)d[k] == 0xCD && (unsigned char)d[k + 1] == 0x85)
				ypogegrammeni = 1;
		for (k = 0; k < sizeof rel / sizeof rel[0]; k++) {
			struct nz_buf x;
			if (ypogegrammeni && rel[k].outer == UNSPOOF_NFKC_CF && rel[k].inner != UNSPOOF_NFKC_CF)
				continue;
			x = nz_again(rel[k].outer, &r[rel[k].inner], flags);
			if (x.len != r[rel[k].expect].len ||
			    (x.len && memcmp(x.p, r[rel[k].expect].p, x.len))) {
				fuzz_dump("input", s, len);
				fuzz_dump("expected", r[rel[k].expect].p, r[rel[k].expect].len);
				fuzz_dump("actual", x.p, x.len);
				fuzz_fail(__FILE__, __LINE__, "%s(%s(x)) != %s(x) (flags %u)",
				          nz_names[rel[k].outer], nz_names[rel[k].inner],
				          nz_names[rel[k].expect], flags);
			}
			free(x.p);
		}
	}
	for (f = UNSPOOF_NFC; f <= UNSPOOF_NFKC_CF; f++)
		free(r[f].p);
	free(s);
	return 0;
}
