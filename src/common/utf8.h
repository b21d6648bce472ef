/* Strict UTF-8 decoding, encoding and validation (internal).
 *
 * "Strict" means exactly the well-formed byte sequences of Unicode §3.9,
 * Table 3-7: no overlongs, no surrogates (so no CESU-8), nothing above
 * U+10FFFF, no bytes C0, C1, F5..FF.
 *
 * Ill-formed input is reported one "maximal subpart" at a time (Unicode
 * §3.9, D93b and Table 3-8): the longest prefix of the bytes at the current
 * position that is a prefix of some well-formed sequence, or a single byte
 * if that prefix is empty. This is the U+FFFD substitution practice the W3C
 * Encoding Standard requires, so counts and offsets here match what browsers
 * and most modern decoders produce.
 *
 * Everything here is hidden (not part of the library ABI). The public
 * wrappers unspoof_utf8_*() live in utf8.c.
 */
#ifndef US_COMMON_UTF8_H
#define US_COMMON_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Stored in *cp by us_utf8_decode() for an ill-formed sequence. It is not a
 * code point (it is above U+10FFFF), so it never collides with real text. */
#define US_CP_INVALID 0xFFFFFFFFu

/* Decodes one code point at s[0..len); len must be > 0.
 *
 * Well-formed: stores the code point in *cp and returns its length, 1..4.
 * Ill-formed: stores US_CP_INVALID in *cp and returns the length of the
 * maximal subpart, 1..3, so that the caller resumes at the first byte that
 * could not belong to the sequence. Examples: E0 80 gives two errors (E0,
 * then 80, since E0 needs A0..BF next); F0 9F 98 41 gives one error of
 * length 3, then 'A'; F0 9F 98 at the end of input is one error of length 3.
 *
 * Never reads past s[len-1] and never reads beyond the bytes it consumes
 * plus one. */
static inline size_t us_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	unsigned c = s[0];
	unsigned lo = 0x80, hi = 0xBF; /* range allowed for the second byte */
	size_t need, i;
	uint32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2) {
		goto bad; /* continuation byte, or C0/C1 (always overlong) */
	} else if (c < 0xE0) {
		need = 2;
		v = c & 0x1Fu;
	} else if (c < 0xF0) {
		need = 3;
		v = c & 0x0Fu;
		if (c == 0xE0)
			lo = 0xA0; /* below: overlong */
		else if (c == 0xED)
			hi = 0x9F; /* above: surrogates D800..DFFF */
	} else if (c < 0xF5) {
		need = 4;
		v = c & 0x07u;
		if (c == 0xF0)
			lo = 0x90; /* below: overlong */
		else if (c == 0xF4)
			hi = 0x8F; /* above: > U+10FFFF */
	} else {
		goto bad; /* F5..FF never occur */
	}
	if (len < 2 || s[1] < lo || s[1] > hi)
		goto bad;
	v = (v << 6) | (s[1] & 0x3Fu);
	for (i = 2; i < need; i++) {
		if (i >= len || (s[i] & 0xC0u) != 0x80u) {
			*cp = US_CP_INVALID;
			return i; /* the maximal subpart is s[0..i) */
		}
		v = (v << 6) | (s[i] & 0x3Fu);
	}
	*cp = v;
	return need;
bad:
	*cp = US_CP_INVALID;
	return 1;
}

/* Encodes cp as UTF-8 into out. Returns 1..4, or 0 (writing nothing) if cp
 * is above U+10FFFF or a surrogate (U+D800..U+DFFF). */
size_t us_utf8_encode(uint32_t cp, unsigned char out[4]);

/* Length in bytes of the longest well-formed prefix of s[0..len) that ends
 * on a code point boundary: len if all of s is well-formed, else the offset
 * of the first ill-formed maximal subpart. s may be NULL if len is 0.
 *
 * Uses the fastest kernel this CPU supports (an ASCII fast path with AVX2,
 * SSE2 or NEON, or 8 bytes at a time), chosen per call, so it is
 * thread-safe and needs no initialisation. All kernels return exactly what
 * us_utf8_valid_prefix_scalar() returns, and none reads outside s[0..len). */
size_t us_utf8_valid_prefix(const unsigned char *s, size_t len);

/* The reference implementation: a plain loop over us_utf8_decode(). */
size_t us_utf8_valid_prefix_scalar(const unsigned char *s, size_t len);

/* Kernels of us_utf8_valid_prefix(), for tests and benchmarks. */
enum us_utf8_impl {
	US_UTF8_IMPL_AUTO = 0,   /* the best available (the default) */
	US_UTF8_IMPL_SCALAR = 1, /* us_utf8_valid_prefix_scalar() */
	US_UTF8_IMPL_WORD = 2,   /* portable, 8 bytes at a time */
	US_UTF8_IMPL_SSE2 = 3,   /* x86 with SSE2, 16 bytes at a time */
	US_UTF8_IMPL_AVX2 = 4,   /* x86-64 with AVX2 at run time, 32 at a time */
	US_UTF8_IMPL_NEON = 5,   /* AArch64 Advanced SIMD, 16 at a time */
	US_UTF8_IMPL_COUNT = 6
};

/* 1 if kernel `which` is compiled in and this CPU can run it, else 0. */
int us_utf8_impl_available(int which);

/* Short name of kernel `which` ("auto", "scalar", "word", "sse2", "avx2",
 * "neon"), or "?" for an unknown value. */
const char *us_utf8_impl_name(int which);

/* Makes us_utf8_valid_prefix() (and everything built on it) use kernel
 * `which` from now on, process-wide. Returns 0, or -1 (changing nothing) if
 * the kernel is unknown or unavailable. FOR TESTS AND BENCHMARKS ONLY: the
 * library never calls it. It is atomic, but other threads running at the
 * same time may use either kernel for a while (they all give the same
 * results, so only timings can tell). */
int us_utf8_force_impl(int which);

/* The kernel in use now: the forced one, else the best this CPU runs. Other
 * vector code (the scanner's ASCII runs) follows the same choice, so forcing
 * a kernel in a test exercises its fallbacks too. */
int us_utf8_impl_effective(void);

#endif /* US_COMMON_UTF8_H */
