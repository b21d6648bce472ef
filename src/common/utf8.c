/* Strict UTF-8: encoding, validation kernels and the public unspoof_utf8_*()
 * functions. Decoding itself is the inline us_utf8_decode() in utf8.h.
 *
 * Validation kernels. Every kernel alternates between two loops:
 *  - an ASCII run: the first 8 or 16 bytes one at a time, then if it goes
 *    on, 8 (word), 16 (SSE2) or 32/64 (AVX2) bytes at a time, with the tail
 *    done one at a time, so no kernel ever reads outside s[0..len);
 *  - a non-ASCII run, decoded code point by code point with
 *    us_utf8_decode() until the next ASCII byte, the end, or an error.
 * A non-ASCII run stops at an ill-formed sequence exactly where the scalar
 * reference stops, because it is the same decoder started at the same code
 * point boundary; the ASCII loops only skip bytes < 0x80, which are always
 * complete code points. So all kernels agree with the scalar reference by
 * construction (and the unit test checks it on every error position).
 *
 * The AVX2 kernel first validates whole 64-byte blocks with vector table
 * lookups (prefix_avx2()), which only tell whether a block holds an error;
 * from the last code point boundary before the first such block (or before
 * the last, short block) the two loops above go on and find the place. */
#include "unspoof.h"
#include "common/utf8.h"

#include <stdatomic.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#define US_HAVE_SSE2 1
#else
#define US_HAVE_SSE2 0
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define US_HAVE_AVX2 1
#else
#define US_HAVE_AVX2 0
#endif

/* Advanced SIMD is part of every AArch64 CPU: no run-time test. */
#if defined(__aarch64__) && defined(__ARM_NEON)
#include <arm_neon.h>
#define US_HAVE_NEON 1
#else
#define US_HAVE_NEON 0
#endif

size_t us_utf8_encode(uint32_t cp, unsigned char out[4])
{
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | (cp >> 6));
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			return 0;
		out[0] = (unsigned char)(0xE0 | (cp >> 12));
		out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp <= 0x10FFFF) {
		out[0] = (unsigned char)(0xF0 | (cp >> 18));
		out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (unsigned char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

/* ------------------------------------------------------------------------ */
/* Validation kernels                                                        */
/* ------------------------------------------------------------------------ */

size_t us_utf8_valid_prefix_scalar(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = us_utf8_decode(s + i, len - i, &cp);
		if (cp == US_CP_INVALID)
			return i;
		i += n;
	}
	return len;
}

/* Decodes from s[i], a byte >= 0x80 at a code point boundary, until an ASCII
 * byte, the end, or an ill-formed sequence. Returns the position reached;
 * the caller tells an error by s[pos] >= 0x80 (pos < len), because every
 * ill-formed maximal subpart starts with a byte >= 0x80. */
static inline size_t skip_non_ascii(const unsigned char *s, size_t len, size_t i)
{
	while (i < len && s[i] >= 0x80) {
		uint32_t cp;
		size_t n = us_utf8_decode(s + i, len - i, &cp);
		if (cp == US_CP_INVALID)
			break;
		i += n;
	}
	return i;
}

/* Steps over at most `max` ASCII bytes one at a time. Short ASCII runs
 * (spaces and punctuation between the words of non-Latin text) are common,
 * and cheaper to step over than to load a vector for; only a run longer than
 * this goes to a kernel's wide loop. */
static inline size_t skip_ascii_short(const unsigned char *s, size_t len, size_t i, size_t max)
{
	size_t stop = len - i > max ? i + max : len;
	while (i < stop && s[i] < 0x80)
		i++;
	return i;
}

/* The loop of every ASCII-run kernel below: short ASCII runs one byte at
 * a time (short_max), a longer one through ascii_span(s, len, i), which
 * steps over whole ASCII blocks from s[i] and returns where it stopped
 * (the bytes after are stepped over one at a time), then the non-ASCII
 * characters that follow. Inlined into each kernel with its own span
 * function (a constant), so nothing is called through the pointer. */
typedef size_t (*ascii_span_fn)(const unsigned char *s, size_t len, size_t i);

static inline __attribute__((always_inline)) size_t
prefix_runs(const unsigned char *s, size_t len, size_t short_max, ascii_span_fn ascii_span)
{
	size_t i = 0;
	while (i < len) {
		i = skip_ascii_short(s, len, i, short_max);
		if (i < len && s[i] < 0x80) {
			i = ascii_span(s, len, i);
			while (i < len && s[i] < 0x80)
				i++;
		}
		i = skip_non_ascii(s, len, i);
		if (i < len && s[i] >= 0x80)
			return i;
	}
	return len;
}

static inline size_t span_word(const unsigned char *s, size_t len, size_t i)
{
	while (len - i >= 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			break;
		i += 8;
	}
	return i;
}

static size_t prefix_word(const unsigned char *s, size_t len)
{
	return prefix_runs(s, len, 8, span_word);
}

#if US_HAVE_SSE2
static inline size_t span_sse2(const unsigned char *s, size_t len, size_t i)
{
	while (len - i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		unsigned m = (unsigned)_mm_movemask_epi8(v);
		if (m)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
	return i;
}

static size_t prefix_sse2(const unsigned char *s, size_t len)
{
	return prefix_runs(s, len, 16, span_sse2);
}
#endif

/* Where the block validators go on after their last valid block, which
 * ends at s[i]: the bytes before s[i] are valid but may end inside a
 * sequence, so from its lead byte (or from s[i]). */
static inline size_t block_restart(const unsigned char *s, size_t i)
{
	size_t j = i;
	while (j > 0 && i - j < 3 && (s[j - 1] & 0xC0) == 0x80)
		j--;
	if (j > 0 && s[j - 1] >= 0xC0)
		j--;
	return j;
}

/* Ways a pair of bytes can be ill-formed (the block validators below). */
#define E_SHORT 0x01u   /* a lead byte, then no continuation */
#define E_LONG 0x02u    /* ASCII, then a continuation */
#define E_OVER3 0x04u   /* E0 80..9F */
#define E_LARGE 0x08u   /* F4 90..BF, F5..FF then a continuation */
#define E_SURR 0x10u    /* ED A0..BF */
#define E_OVER2 0x20u   /* C0, C1 then a continuation */
#define E_L1000 0x40u   /* F5..FF 80..8F (and, shared, F0 80..8F: E_OVER4) */
#define E_OVER4 0x40u
#define E_CONTS 0x80u   /* a continuation, then a continuation */
#define E_CARRY (E_SHORT | E_LONG | E_CONTS) /* decided by the high nibbles */

#if US_HAVE_AVX2
/* The ASCII-run kernel above, with 32 and 64-byte ASCII loops: finishes
 * the block validator's work from a code point boundary (and finds the
 * exact place of an error). */
__attribute__((target("avx2"), always_inline)) static inline size_t
span_avx2(const unsigned char *s, size_t len, size_t i)
{
	while (len - i >= 64) {
		__m256i a = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
		__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 32));
		if (_mm256_movemask_epi8(_mm256_or_si256(a, b)))
			break;
		i += 64;
	}
	while (len - i >= 32) {
		__m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
		unsigned m = (unsigned)_mm256_movemask_epi8(v);
		if (m)
			return i + (size_t)__builtin_ctz(m);
		i += 32;
	}
	return i;
}

__attribute__((target("avx2")))
static size_t prefix_avx2_runs(const unsigned char *s, size_t len)
{
	return prefix_runs(s, len, 16, span_avx2);
}

/* Block validation (text with many non-ASCII characters). Each byte is
 * judged with the byte before it by three 16-entry tables, indexed by the
 * high and low nibbles of the byte before and the high nibble of the
 * byte: each entry is a set of the ways a pair can be wrong, and a pair is
 * wrong when all three sets share one. The pairs cover a missing or an
 * unexpected continuation byte, overlong forms, surrogates and code points
 * above U+10FFFF (the first two bytes tell); the third and fourth bytes of
 * a sequence are checked by requiring a continuation after a lead byte
 * E0..FF two bytes back or F0..FF three bytes back, which is exactly when
 * a continuation after a continuation is allowed. (This is the published
 * "lookup" method of Keiser and Lemire, 2020.) A block only says whether
 * it holds an error; the place is then found by the kernel above, from
 * the last code point boundary before the block. */

__attribute__((target("avx2"), always_inline)) static inline __m256i
utf8_block_errors(__m256i cur, __m256i prev)
{
	const __m256i lo4 = _mm256_set1_epi8(0x0F);
	/* by the high nibble of the byte before */
	const __m256i t1 = _mm256_setr_epi8(
		E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, (char)E_CONTS,
		(char)E_CONTS, (char)E_CONTS, (char)E_CONTS, E_SHORT | E_OVER2, E_SHORT,
		E_SHORT | E_OVER3 | E_SURR, E_SHORT | E_LARGE | E_L1000 | E_OVER4, E_LONG, E_LONG,
		E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, (char)E_CONTS, (char)E_CONTS,
		(char)E_CONTS, (char)E_CONTS, E_SHORT | E_OVER2, E_SHORT, E_SHORT | E_OVER3 | E_SURR,
		E_SHORT | E_LARGE | E_L1000 | E_OVER4);
	/* by its low nibble */
	const __m256i t2 = _mm256_setr_epi8(
		(char)(E_CARRY | E_OVER3 | E_OVER2 | E_OVER4), (char)(E_CARRY | E_OVER2),
		(char)E_CARRY, (char)E_CARRY, (char)(E_CARRY | E_LARGE),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000 | E_SURR), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_OVER3 | E_OVER2 | E_OVER4),
		(char)(E_CARRY | E_OVER2), (char)E_CARRY, (char)E_CARRY, (char)(E_CARRY | E_LARGE),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000 | E_SURR), (char)(E_CARRY | E_LARGE | E_L1000),
		(char)(E_CARRY | E_LARGE | E_L1000));
	/* by the high nibble of the byte itself */
	const __m256i t3 = _mm256_setr_epi8(
		E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT,
		(char)(E_LONG | E_OVER2 | E_CONTS | E_OVER3 | E_L1000 | E_OVER4),
		(char)(E_LONG | E_OVER2 | E_CONTS | E_OVER3 | E_LARGE),
		(char)(E_LONG | E_OVER2 | E_CONTS | E_SURR | E_LARGE),
		(char)(E_LONG | E_OVER2 | E_CONTS | E_SURR | E_LARGE), E_SHORT, E_SHORT, E_SHORT,
		E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT,
		(char)(E_LONG | E_OVER2 | E_CONTS | E_OVER3 | E_L1000 | E_OVER4),
		(char)(E_LONG | E_OVER2 | E_CONTS | E_OVER3 | E_LARGE),
		(char)(E_LONG | E_OVER2 | E_CONTS | E_SURR | E_LARGE),
		(char)(E_LONG | E_OVER2 | E_CONTS | E_SURR | E_LARGE), E_SHORT, E_SHORT, E_SHORT,
		E_SHORT);
	/* The 32 bytes before each byte's position: prev's second lane and
	 * cur's first, so that alignr can reach across the lanes. */
	__m256i across = _mm256_permute2x128_si256(prev, cur, 0x21);
	__m256i p1 = _mm256_alignr_epi8(cur, across, 15);
	__m256i p2 = _mm256_alignr_epi8(cur, across, 14);
	__m256i p3 = _mm256_alignr_epi8(cur, across, 13);
	__m256i pair = _mm256_and_si256(
		_mm256_and_si256(_mm256_shuffle_epi8(t1, _mm256_and_si256(_mm256_srli_epi16(p1, 4), lo4)),
		                 _mm256_shuffle_epi8(t2, _mm256_and_si256(p1, lo4))),
		_mm256_shuffle_epi8(t3, _mm256_and_si256(_mm256_srli_epi16(cur, 4), lo4)));
	/* 0x80 where a continuation must come (third or fourth byte) */
	__m256i must = _mm256_or_si256(_mm256_subs_epu8(p2, _mm256_set1_epi8((char)(0xE0 - 1))),
	                               _mm256_subs_epu8(p3, _mm256_set1_epi8((char)(0xF0 - 1))));
	must = _mm256_and_si256(_mm256_cmpgt_epi8(must, _mm256_setzero_si256()),
	                        _mm256_set1_epi8((char)0x80));
	return _mm256_xor_si256(must, pair);
}

/* Non-zero where the block ends inside a sequence: a lead of two or more
 * bytes in its last byte, of three or four in the one before, of four in
 * the one before that. */
__attribute__((target("avx2"), always_inline)) static inline __m256i
utf8_block_open(__m256i v)
{
	const __m256i max = _mm256_setr_epi8(
		-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
		-1, -1, -1, -1, -1, -1, -1, (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
	return _mm256_subs_epu8(v, max);
}

__attribute__((target("avx2")))
static size_t prefix_avx2(const unsigned char *s, size_t len)
{
	size_t i = 0, j;
	__m256i prev = _mm256_setzero_si256(), err = _mm256_setzero_si256(), open = err;
	/* 256 bytes at a time: the ASCII test on each 64 would mispredict on
	 * text whose non-ASCII characters are sparse (English with curly
	 * quotes and dashes: 8.3 GB/s against 14.5 on Russian); on 256 bytes
	 * it mostly goes one way, and all-ASCII text still skips the tables. */
	while (len - i >= 256) {
		const __m256i *v = (const __m256i *)(const void *)(s + i);
		__m256i any = _mm256_or_si256(
			_mm256_or_si256(_mm256_or_si256(_mm256_loadu_si256(v), _mm256_loadu_si256(v + 1)),
			                _mm256_or_si256(_mm256_loadu_si256(v + 2), _mm256_loadu_si256(v + 3))),
			_mm256_or_si256(_mm256_or_si256(_mm256_loadu_si256(v + 4), _mm256_loadu_si256(v + 5)),
			                _mm256_or_si256(_mm256_loadu_si256(v + 6), _mm256_loadu_si256(v + 7))));
		if (!_mm256_movemask_epi8(any)) {
			err = open;
			open = _mm256_setzero_si256();
			prev = _mm256_loadu_si256(v + 7);
		} else {
			int k;
			err = _mm256_setzero_si256();
			for (k = 0; k < 8; k++) {
				__m256i cur = _mm256_loadu_si256(v + k);
				err = _mm256_or_si256(err, utf8_block_errors(cur, prev));
				prev = cur;
			}
			open = utf8_block_open(prev);
		}
		if (!_mm256_testz_si256(err, err)) {
			j = block_restart(s, i);
			return j + prefix_avx2_runs(s + j, len - j);
		}
		i += 256;
	}
	while (len - i >= 64) {
		__m256i a = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
		__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 32));
		if (!_mm256_movemask_epi8(_mm256_or_si256(a, b))) {
			/* ASCII: wrong only if the block before ended inside a
			 * sequence. */
			err = open;
			open = _mm256_setzero_si256();
		} else {
			err = _mm256_or_si256(utf8_block_errors(a, prev), utf8_block_errors(b, a));
			open = utf8_block_open(b);
		}
		if (!_mm256_testz_si256(err, err))
			break;
		prev = b;
		i += 64;
	}
	j = block_restart(s, i);
	return j + prefix_avx2_runs(s + j, len - j);
}

static int cpu_has_avx2(void)
{
	return __builtin_cpu_supports("avx2") ? 1 : 0;
}
#endif

#if US_HAVE_NEON
/* The first byte >= 0x80 of the 16 at s, or 16: one bit of each byte's
 * comparison kept as four bits of a 64-bit word (there is no movemask). */
static inline unsigned neon_first_high(uint8x16_t v)
{
	uint8x16_t hi = vcltq_s8(vreinterpretq_s8_u8(v), vdupq_n_s8(0));
	uint64_t m = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(hi), 4)), 0);
	return m ? (unsigned)__builtin_ctzll(m) >> 2 : 16;
}

/* The ASCII-run kernel with 16 and 64-byte ASCII loops, as prefix_sse2()
 * and prefix_avx2_runs(). */
static inline size_t span_neon(const unsigned char *s, size_t len, size_t i)
{
	while (len - i >= 64) {
		uint8x16_t a = vld1q_u8(s + i), b = vld1q_u8(s + i + 16);
		uint8x16_t c = vld1q_u8(s + i + 32), d = vld1q_u8(s + i + 48);
		if (vmaxvq_u8(vorrq_u8(vorrq_u8(a, b), vorrq_u8(c, d))) >= 0x80)
			break;
		i += 64;
	}
	while (len - i >= 16) {
		unsigned k = neon_first_high(vld1q_u8(s + i));
		if (k < 16)
			return i + k;
		i += 16;
	}
	return i;
}

static size_t prefix_neon_runs(const unsigned char *s, size_t len)
{
	return prefix_runs(s, len, 16, span_neon);
}

/* The block validation of utf8_block_errors() on 16 bytes, with the same
 * three tables (one 16-byte table lookup each). */
static inline uint8x16_t neon_block_errors(uint8x16_t cur, uint8x16_t prev)
{
	static const uint8_t t1[16] = {
		E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_LONG, E_CONTS, E_CONTS,
		E_CONTS, E_CONTS, E_SHORT | E_OVER2, E_SHORT, E_SHORT | E_OVER3 | E_SURR,
		E_SHORT | E_LARGE | E_L1000 | E_OVER4};
	static const uint8_t t2[16] = {
		E_CARRY | E_OVER3 | E_OVER2 | E_OVER4, E_CARRY | E_OVER2, E_CARRY, E_CARRY,
		E_CARRY | E_LARGE, E_CARRY | E_LARGE | E_L1000, E_CARRY | E_LARGE | E_L1000,
		E_CARRY | E_LARGE | E_L1000, E_CARRY | E_LARGE | E_L1000, E_CARRY | E_LARGE | E_L1000,
		E_CARRY | E_LARGE | E_L1000, E_CARRY | E_LARGE | E_L1000, E_CARRY | E_LARGE | E_L1000,
		E_CARRY | E_LARGE | E_L1000 | E_SURR, E_CARRY | E_LARGE | E_L1000,
		E_CARRY | E_LARGE | E_L1000};
	static const uint8_t t3[16] = {
		E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT, E_SHORT,
		E_LONG | E_OVER2 | E_CONTS | E_OVER3 | E_L1000 | E_OVER4,
		E_LONG | E_OVER2 | E_CONTS | E_OVER3 | E_LARGE,
		E_LONG | E_OVER2 | E_CONTS | E_SURR | E_LARGE,
		E_LONG | E_OVER2 | E_CONTS | E_SURR | E_LARGE, E_SHORT, E_SHORT, E_SHORT, E_SHORT};
	uint8x16_t p1 = vextq_u8(prev, cur, 15), p2 = vextq_u8(prev, cur, 14);
	uint8x16_t p3 = vextq_u8(prev, cur, 13);
	uint8x16_t pair = vandq_u8(vandq_u8(vqtbl1q_u8(vld1q_u8(t1), vshrq_n_u8(p1, 4)),
	                                    vqtbl1q_u8(vld1q_u8(t2), vandq_u8(p1, vdupq_n_u8(0x0F)))),
	                           vqtbl1q_u8(vld1q_u8(t3), vshrq_n_u8(cur, 4)));
	/* 0x80 where a continuation must come (third or fourth byte) */
	uint8x16_t must = vorrq_u8(vcgeq_u8(p2, vdupq_n_u8(0xE0)), vcgeq_u8(p3, vdupq_n_u8(0xF0)));
	return veorq_u8(vandq_u8(must, vdupq_n_u8(0x80)), pair);
}

/* Block validation as prefix_avx2(), 64 bytes at a time. */
static size_t prefix_neon(const unsigned char *s, size_t len)
{
	static const uint8_t open_max[16] = {255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
	                                     255, 255, 255, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1};
	size_t i = 0, j;
	uint8x16_t prev = vdupq_n_u8(0), open = prev, err;
	while (len - i >= 64) {
		uint8x16_t a = vld1q_u8(s + i), b = vld1q_u8(s + i + 16);
		uint8x16_t c = vld1q_u8(s + i + 32), d = vld1q_u8(s + i + 48);
		if (vmaxvq_u8(vorrq_u8(vorrq_u8(a, b), vorrq_u8(c, d))) < 0x80) {
			/* ASCII: wrong only if the block before ended inside a
			 * sequence. */
			err = open;
			open = vdupq_n_u8(0);
		} else {
			err = vorrq_u8(vorrq_u8(neon_block_errors(a, prev), neon_block_errors(b, a)),
			               vorrq_u8(neon_block_errors(c, b), neon_block_errors(d, c)));
			/* a lead of two or more bytes in the last byte, of three
			 * or four in the one before, of four in the one before
			 * that */
			open = vqsubq_u8(d, vld1q_u8(open_max));
		}
		if (vmaxvq_u8(err))
			break;
		prev = d;
		i += 64;
	}
	j = block_restart(s, i);
	return j + prefix_neon_runs(s + j, len - j);
}
#endif


/* 0 = auto; otherwise a US_UTF8_IMPL_* value set by us_utf8_force_impl(). */
static atomic_int forced_impl;

int us_utf8_impl_available(int which)
{
	switch (which) {
	case US_UTF8_IMPL_AUTO:
	case US_UTF8_IMPL_SCALAR:
	case US_UTF8_IMPL_WORD:
		return 1;
	case US_UTF8_IMPL_SSE2:
		return US_HAVE_SSE2;
	case US_UTF8_IMPL_AVX2:
#if US_HAVE_AVX2
		return cpu_has_avx2();
#else
		return 0;
#endif
	case US_UTF8_IMPL_NEON:
		return US_HAVE_NEON;
	}
	return 0;
}

const char *us_utf8_impl_name(int which)
{
	switch (which) {
	case US_UTF8_IMPL_AUTO: return "auto";
	case US_UTF8_IMPL_SCALAR: return "scalar";
	case US_UTF8_IMPL_WORD: return "word";
	case US_UTF8_IMPL_SSE2: return "sse2";
	case US_UTF8_IMPL_AVX2: return "avx2";
	case US_UTF8_IMPL_NEON: return "neon";
	}
	return "?";
}

int us_utf8_force_impl(int which)
{
	if (!us_utf8_impl_available(which))
		return -1;
	atomic_store_explicit(&forced_impl, which, memory_order_relaxed);
	return 0;
}

int us_utf8_impl_effective(void)
{
	int f = atomic_load_explicit(&forced_impl, memory_order_relaxed);
	if (f != US_UTF8_IMPL_AUTO)
		return f;
#if US_HAVE_AVX2
	if (cpu_has_avx2())
		return US_UTF8_IMPL_AVX2;
#endif
	if (US_HAVE_NEON)
		return US_UTF8_IMPL_NEON;
	return US_HAVE_SSE2 ? US_UTF8_IMPL_SSE2 : US_UTF8_IMPL_WORD;
}

size_t us_utf8_valid_prefix(const unsigned char *s, size_t len)
{
	if (len == 0)
		return 0;
	switch (atomic_load_explicit(&forced_impl, memory_order_relaxed)) {
	case US_UTF8_IMPL_SCALAR:
		return us_utf8_valid_prefix_scalar(s, len);
	case US_UTF8_IMPL_WORD:
		return prefix_word(s, len);
#if US_HAVE_SSE2
	case US_UTF8_IMPL_SSE2:
		return prefix_sse2(s, len);
#endif
#if US_HAVE_AVX2
	case US_UTF8_IMPL_AVX2:
		return prefix_avx2(s, len);
#endif
#if US_HAVE_NEON
	case US_UTF8_IMPL_NEON:
		return prefix_neon(s, len);
#endif
	default:
		break;
	}
	/* Auto. Below 16 bytes the vector loops would never run. */
#if US_HAVE_AVX2
	if (len >= 32 && cpu_has_avx2())
		return prefix_avx2(s, len);
#endif
#if US_HAVE_SSE2
	if (len >= 16)
		return prefix_sse2(s, len);
#endif
#if US_HAVE_NEON
	if (len >= 16)
		return prefix_neon(s, len);
#endif
	return prefix_word(s, len);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

size_t unspoof_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	if (s == NULL || cp == NULL || len == 0) {
		if (cp != NULL)
			*cp = UNSPOOF_CP_INVALID;
		return 0;
	}
	return us_utf8_decode((const unsigned char *)s, len, cp);
}

size_t unspoof_utf8_encode(uint32_t cp, char out[4])
{
	unsigned char tmp[4];
	size_t n = us_utf8_encode(cp, tmp);
	if (out != NULL && n != 0)
		memcpy(out, tmp, n);
	return n;
}

int unspoof_utf8_validate(const char *s, size_t len, size_t *error_offset)
{
	size_t ok;
	if (s == NULL && len != 0)
		return UNSPOOF_E_NULL;
	ok = us_utf8_valid_prefix((const unsigned char *)s, len);
	if (error_offset != NULL)
		*error_offset = ok;
	return ok == len ? UNSPOOF_OK : UNSPOOF_E_UTF8;
}

size_t unspoof_utf8_errors(const char *s, size_t len, size_t *offsets,
                           size_t *lengths, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, total = 0;
	if (p == NULL)
		return 0;
	while (i < len) {
		uint32_t cp;
		size_t n;
		i += us_utf8_valid_prefix(p + i, len - i);
		if (i == len)
			break;
		n = us_utf8_decode(p + i, len - i, &cp); /* ill-formed: cp is invalid */
		if (total < cap) {
			if (offsets != NULL)
				offsets[total] = i;
			if (lengths != NULL)
				lengths[total] = n;
		}
		total++;
		i += n;
	}
	return total;
}

size_t unspoof_utf8_count(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, count = 0;
	if (p == NULL)
		return 0;
	while (i < len) {
		uint32_t cp;
		size_t ok = us_utf8_valid_prefix(p + i, len - i), j;
		/* In well-formed text every code point has exactly one byte
		 * that is not a continuation byte (80..BF). */
		for (j = i; j < i + ok; j++)
			count += (p[j] & 0xC0u) != 0x80u;
		i += ok;
		if (i == len)
			break;
		i += us_utf8_decode(p + i, len - i, &cp); /* one maximal subpart */
		count++;
	}
	return count;
}
