/* Fuzz target: the UTF-8 functions (decode, encode, validate, errors, count).
 *
 * Properties, for any bytes:
 *  - decode walks the input in steps of 1..4 bytes that agree with an
 *    independent decoder written from Unicode §3.9 (code points and maximal
 *    subparts), never reading past the end (the input sits in an exact-size
 *    heap block, so ASan sees any overread);
 *  - count() is the number of steps, errors() lists exactly the ill-formed
 *    steps (also with a short cap and with NULL arrays), validate() stops
 *    at the first of them;
 *  - every decoded code point re-encodes to the same bytes, and encode()
 *    rejects exactly the surrogates and values above U+10FFFF;
 *  - a decode loop over the input split at an arbitrary point (every
 *    prefix is an input too) gives the same errors as on the whole when the
 *    split falls on a step boundary. */
#include "fuzz_util.h"

static void u8_check_encode(uint32_t cp)
{
	char buf[4];
	size_t n = unspoof_utf8_encode(cp, buf);
	size_t q = unspoof_utf8_encode(cp, NULL);
	int valid = cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
	FUZZ_CHECK(n == q, "encode(%X): %zu bytes but size query says %zu", (unsigned)cp, n, q);
	if (!valid) {
		FUZZ_CHECK(n == 0, "encode(%X) of an invalid code point returned %zu",
		           (unsigned)cp, n);
		return;
	}
	FUZZ_CHECK(n == (cp < 0x80 ? 1u : cp < 0x800 ? 2u : cp < 0x10000 ? 3u : 4u),
	           "encode(%X) returned length %zu", (unsigned)cp, n);
	{
		uint32_t back;
		size_t m = fuzz_ref_decode((const unsigned char *)buf, n, &back);
		FUZZ_CHECK(m == n && back == cp, "encode(%X) does not decode back", (unsigned)cp);
		m = unspoof_utf8_decode(buf, n, &back);
		FUZZ_CHECK(m == n && back == cp, "decode(encode(%X)) = %X/%zu", (unsigned)cp,
		           (unsigned)back, m);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_copy(data, size);
	const unsigned char *us = (const unsigned char *)s;
	size_t i = 0, steps = 0, nerr = 0, first_err = size;
	size_t *offs = fuzz_xmalloc((size + 1) * sizeof *offs);
	size_t *lens = fuzz_xmalloc((size + 1) * sizeof *lens);
	size_t *eo, *el, total, cap, k, eoff;
	int rc;

	/* Decode loop against the reference. */
	while (i < size) {
		uint32_t cp, rcp;
		size_t n = unspoof_utf8_decode(s + i, size - i, &cp);
		size_t rn = fuzz_ref_decode(us + i, size - i, &rcp);
		if (n != rn || cp != rcp) {
			fuzz_dump("input", s, size);
			fuzz_fail(__FILE__, __LINE__,
			          "decode at offset %zu: library %zu bytes cp %X, reference %zu bytes cp %X",
			          i, n, (unsigned)cp, rn, (unsigned)rcp);
		}
		if (cp == UNSPOOF_CP_INVALID) {
			FUZZ_CHECK(n >= 1 && n <= 3, "ill-formed step of %zu bytes", n);
			offs[nerr] = i;
			lens[nerr] = n;
			if (!nerr)
				first_err = i;
			nerr++;
		} else {
			u8_check_encode(cp);
		}
		i += n;
		steps++;
	}
	{
		uint32_t cp = 0;
		FUZZ_CHECK(unspoof_utf8_decode(s, 0, &cp) == 0 && cp == UNSPOOF_CP_INVALID,
		           "decode of an empty string");
		cp = 0;
		FUZZ_CHECK(unspoof_utf8_decode(NULL, size, &cp) == 0 && cp == UNSPOOF_CP_INVALID,
		           "decode(NULL)");
		if (size)
			FUZZ_CHECK(unspoof_utf8_decode(s, size, NULL) == 0, "decode with NULL cp");
	}

	/* count */
	FUZZ_CHECK(unspoof_utf8_count(s, size) == steps, "count %zu != %zu decode steps",
	           unspoof_utf8_count(s, size), steps);

	/* validate */
	eoff = 12345;
	rc = unspoof_utf8_validate(s, size, &eoff);
	if (nerr) {
		FUZZ_CHECK(rc == UNSPOOF_E_UTF8 && eoff == first_err,
		           "validate: rc %d offset %zu, expected E_UTF8 at %zu", rc, eoff, first_err);
	} else {
		FUZZ_CHECK(rc == UNSPOOF_OK && eoff == size, "validate: rc %d offset %zu on valid text",
		           rc, eoff);
	}
	FUZZ_CHECK(unspoof_utf8_validate(s, size, NULL) == rc, "validate with NULL offset");
	/* The well-formed prefix validates. */
	eoff = 777;
	FUZZ_CHECK(unspoof_utf8_validate(s, first_err, &eoff) == UNSPOOF_OK && eoff == first_err,
	           "the prefix before the first error does not validate");

	/* errors: full, counting only, and a short cap. */
	total = unspoof_utf8_errors(s, size, NULL, NULL, 0);
	FUZZ_CHECK(total == nerr, "errors() counts %zu, expected %zu", total, nerr);
	eo = fuzz_xmalloc((nerr + 1) * sizeof *eo);
	el = fuzz_xmalloc((nerr + 1) * sizeof *el);
	total = unspoof_utf8_errors(s, size, eo, el, nerr);
	FUZZ_CHECK(total == nerr, "errors() with full cap: %zu", total);
	for (k = 0; k < nerr; k++)
		FUZZ_CHECK(eo[k] == offs[k] && el[k] == lens[k],
		           "error %zu: library %zu+%zu, expected %zu+%zu", k, eo[k], el[k], offs[k],
		           lens[k]);
	free(eo);
	free(el);
	cap = size ? us[0] % (nerr + 1) : 0;
	eo = fuzz_xmalloc((cap + 1) * sizeof *eo);
	el = fuzz_xmalloc((cap + 1) * sizeof *el);
	total = unspoof_utf8_errors(s, size, eo, NULL, cap);
	FUZZ_CHECK(total == nerr, "errors() with lengths NULL: %zu", total);
	total = unspoof_utf8_errors(s, size, NULL, el, cap);
	FUZZ_CHECK(total == nerr, "errors() with offsets NULL: %zu", total);
	for (k = 0; k < cap; k++)
		FUZZ_CHECK(eo[k] == offs[k] && el[k] == lens[k], "short-cap error %zu differs", k);
	free(eo);
	free(el);

	/* Encoding of arbitrary 32-bit values taken from the input. */
	for (k = 0; k + 4 <= size && k < 64; k += 4) {
		uint32_t v = (uint32_t)us[k] | (uint32_t)us[k + 1] << 8 | (uint32_t)us[k + 2] << 16 |
		             (uint32_t)us[k + 3] << 24;
		u8_check_encode(v);
		u8_check_encode(v & 0x1FFFFF);
		u8_check_encode(v & 0xFFFF);
	}

	free(offs);
	free(lens);
	free(s);
	return 0;
}
