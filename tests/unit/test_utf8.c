/* Unit tests for the strict UTF-8 layer: src/common/utf8.[ch] and the public
 * unspoof_utf8_*() functions.
 *
 * The oracle is ref_decode() below, written directly from the ranges of
 * Unicode §3.9 Table 3-7 (data-driven, unlike the library's decoder), and
 * itself checked against the hand-written cases (which include the
 * standard's own Table 3-8 example) and against the number of well-formed
 * sequences of each length that the code space implies. */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS */

#include "util.h"
#include "unspoof.h"
#include "common/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ------------------------------------------------------------------------ */
/* Reference decoder (Table 3-7)                                             */
/* ------------------------------------------------------------------------ */

static const struct {
	unsigned lead_lo, lead_hi; /* first byte */
	unsigned b2_lo, b2_hi;     /* second byte; later bytes are 80..BF */
	unsigned n;                /* sequence length */
} table37[] = {
	{ 0x00, 0x7F, 0x00, 0x00, 1 },
	{ 0xC2, 0xDF, 0x80, 0xBF, 2 },
	{ 0xE0, 0xE0, 0xA0, 0xBF, 3 },
	{ 0xE1, 0xEC, 0x80, 0xBF, 3 },
	{ 0xED, 0xED, 0x80, 0x9F, 3 },
	{ 0xEE, 0xEF, 0x80, 0xBF, 3 },
	{ 0xF0, 0xF0, 0x90, 0xBF, 4 },
	{ 0xF1, 0xF3, 0x80, 0xBF, 4 },
	{ 0xF4, 0xF4, 0x80, 0x8F, 4 },
};

/* Same contract as us_utf8_decode(). */
static size_t ref_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t r, k, n;
	uint32_t v;
	for (r = 0; r < sizeof table37 / sizeof table37[0]; r++)
		if (s[0] >= table37[r].lead_lo && s[0] <= table37[r].lead_hi)
			break;
	if (r == sizeof table37 / sizeof table37[0]) {
		*cp = US_CP_INVALID; /* 80..C1, F5..FF: never a first byte */
		return 1;
	}
	n = table37[r].n;
	for (k = 1; k < n; k++) {
		unsigned lo = k == 1 ? table37[r].b2_lo : 0x80;
		unsigned hi = k == 1 ? table37[r].b2_hi : 0xBF;
		if (k >= len || s[k] < lo || s[k] > hi) {
			*cp = US_CP_INVALID; /* s[0..k) is the maximal subpart */
			return k;
		}
	}
	v = s[0] & (0xFFu >> (n == 1 ? 1 : n + 1));
	for (k = 1; k < n; k++)
		v = (v << 6) | (s[k] & 0x3Fu);
	*cp = v;
	return n;
}

/* Segments s with ref_decode(): stores up to cap errors, returns how many
 * there are; *count gets the number of decode steps, *prefix the offset of
 * the first error (or len). */
static size_t ref_segment(const unsigned char *s, size_t len, size_t *offs, size_t *lens,
                          size_t cap, size_t *count, size_t *prefix)
{
	size_t i = 0, nerr = 0, steps = 0;
	*prefix = len;
	while (i < len) {
		uint32_t cp;
		size_t n = ref_decode(s + i, len - i, &cp);
		if (cp == US_CP_INVALID) {
			if (nerr == 0)
				*prefix = i;
			if (nerr < cap) {
				offs[nerr] = i;
				lens[nerr] = n;
			}
			nerr++;
		}
		steps++;
		i += n;
	}
	*count = steps;
	return nerr;
}

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

static void hex(const unsigned char *s, size_t len, char *out, size_t cap)
{
	size_t i, o = 0;
	out[0] = '\0';
	for (i = 0; i < len && o + 8 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%02X", i ? " " : "", s[i]);
	if (i < len)
		snprintf(out + o, cap - o, " ...");
	if (len == 0)
		snprintf(out, cap, "(empty)");
}

static void errlist(const size_t *offs, const size_t *lens, size_t n, char *out, size_t cap)
{
	size_t i, o = 0;
	o += (size_t)snprintf(out, cap, "%zu error(s):", n);
	for (i = 0; i < n && i < 16 && o + 24 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, " @%zu+%zu", offs[i], lens[i]);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Dull;
}

static const int kernels[] = {
	US_UTF8_IMPL_AUTO, US_UTF8_IMPL_SCALAR, US_UTF8_IMPL_WORD,
	US_UTF8_IMPL_SSE2, US_UTF8_IMPL_AVX2, US_UTF8_IMPL_NEON,
};
#define NKERNELS (sizeof kernels / sizeof kernels[0])

/* Compares every public function's view of s with the reference
 * segmentation; `what` names the input in failure messages. Returns 1 if all
 * agree. Does not count a check (callers aggregate). */
static int agrees_with_reference(const char *what, const unsigned char *s, size_t len,
                                 int verbose)
{
	size_t roffs[64], rlens[64], offs[64], lens[64], rcount, rprefix, i, eoff = 12345;
	size_t rn = ref_segment(s, len, roffs, rlens, 64, &rcount, &rprefix);
	size_t n = unspoof_utf8_errors((const char *)s, len, offs, lens, 64);
	size_t count = unspoof_utf8_count((const char *)s, len);
	int st = unspoof_utf8_validate((const char *)s, len, &eoff);
	int ok = n == rn && count == rcount && eoff == rprefix &&
	         st == (rn ? UNSPOOF_E_UTF8 : UNSPOOF_OK) &&
	         us_utf8_valid_prefix_scalar(s, len) == rprefix &&
	         us_utf8_valid_prefix(s, len) == rprefix;
	for (i = 0; ok && i < n && i < 64; i++)
		ok = offs[i] == roffs[i] && lens[i] == rlens[i];
	if (!ok && verbose) {
		char h[256], e[256], a[256];
		hex(s, len, h, sizeof h);
		errlist(roffs, rlens, rn < 64 ? rn : 64, e, sizeof e);
		errlist(offs, lens, n < 64 ? n : 64, a, sizeof a);
		fprintf(stderr,
		        "MISMATCH %s\n  input:    %s\n  expected: %s count=%zu valid_prefix=%zu\n"
		        "  actual:   %s count=%zu validate=%d error_offset=%zu\n",
		        what, h, e, rcount, rprefix, a, count, st, eoff);
	}
	return ok;
}

/* ------------------------------------------------------------------------ */
/* Hand-written cases                                                        */
/* ------------------------------------------------------------------------ */

struct span {
	size_t off, len;
};

struct ucase {
	const char *desc;
	const char *in;
	size_t len;
	size_t count;      /* code points, each error counting as one */
	size_t nerr;
	struct span err[8];
};

#define IN(lit) lit, sizeof(lit) - 1

static const struct ucase cases[] = {
	/* well-formed */
	{ "empty input", IN(""), 0, 0, { { 0, 0 } } },
	{ "ASCII", IN("abc"), 3, 0, { { 0, 0 } } },
	{ "NUL bytes are ordinary characters", IN("a\0b\0"), 4, 0, { { 0, 0 } } },
	{ "a single NUL", IN("\0"), 1, 0, { { 0, 0 } } },
	{ "Cyrillic a in 'Paypal'", IN("P\xD0\xB0ypal"), 6, 0, { { 0, 0 } } },
	{ "boundary U+007F", IN("\x7F"), 1, 0, { { 0, 0 } } },
	{ "boundary U+0080", IN("\xC2\x80"), 1, 0, { { 0, 0 } } },
	{ "boundary U+07FF", IN("\xDF\xBF"), 1, 0, { { 0, 0 } } },
	{ "boundary U+0800", IN("\xE0\xA0\x80"), 1, 0, { { 0, 0 } } },
	{ "boundary U+D7FF (last before surrogates)", IN("\xED\x9F\xBF"), 1, 0, { { 0, 0 } } },
	{ "boundary U+E000 (first after surrogates)", IN("\xEE\x80\x80"), 1, 0, { { 0, 0 } } },
	{ "boundary U+FFFF", IN("\xEF\xBF\xBF"), 1, 0, { { 0, 0 } } },
	{ "boundary U+10000", IN("\xF0\x90\x80\x80"), 1, 0, { { 0, 0 } } },
	{ "boundary U+10FFFF", IN("\xF4\x8F\xBF\xBF"), 1, 0, { { 0, 0 } } },
	{ "U+FEFF BOM is an ordinary character", IN("\xEF\xBB\xBFx"), 2, 0, { { 0, 0 } } },
	{ "noncharacter U+FFFE is well-formed", IN("\xEF\xBF\xBE"), 1, 0, { { 0, 0 } } },
	{ "all boundaries in a row",
	  IN("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF"
	     "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"), 9, 0, { { 0, 0 } } },
	{ "emoji U+1F600 between ASCII", IN("a\xF0\x9F\x98\x80z"), 3, 0, { { 0, 0 } } },

	/* lone continuation bytes */
	{ "lone continuation 80", IN("\x80"), 1, 1, { { 0, 1 } } },
	{ "lone continuation BF", IN("\xBF"), 1, 1, { { 0, 1 } } },
	{ "two lone continuations between ASCII", IN("a\x80\x80z"), 4, 2, { { 1, 1 }, { 2, 1 } } },
	{ "extra continuation after U+00E9", IN("\xC3\xA9\x80"), 2, 1, { { 2, 1 } } },
	{ "extra continuation after U+20AC", IN("\xE2\x82\xAC\xBF"), 2, 1, { { 3, 1 } } },
	{ "extra continuation after U+1F600", IN("\xF0\x9F\x98\x80\x80"), 2, 1, { { 4, 1 } } },

	/* C0, C1, F5..FF */
	{ "C0 alone", IN("\xC0"), 1, 1, { { 0, 1 } } },
	{ "C1 alone", IN("\xC1"), 1, 1, { { 0, 1 } } },
	{ "C0 80: overlong NUL (modified UTF-8) is two errors", IN("\xC0\x80"), 2, 2,
	  { { 0, 1 }, { 1, 1 } } },
	{ "C0 AF: overlong '/'", IN("\xC0\xAF"), 2, 2, { { 0, 1 }, { 1, 1 } } },
	{ "C1 BF: overlong U+007F", IN("\xC1\xBF"), 2, 2, { { 0, 1 }, { 1, 1 } } },
	{ "F5 80 80 80: lead beyond U+10FFFF", IN("\xF5\x80\x80\x80"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },
	{ "F6 80 80 80", IN("\xF6\x80\x80\x80"), 4, 4, { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },
	{ "F7 BF BF BF (old U+1FFFFF)", IN("\xF7\xBF\xBF\xBF"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },
	{ "F8 88 80 80 80: old 5-byte form", IN("\xF8\x88\x80\x80\x80"), 5, 5,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 }, { 4, 1 } } },
	{ "FC 84 80 80 80 80: old 6-byte form", IN("\xFC\x84\x80\x80\x80\x80"), 6, 6,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 }, { 4, 1 }, { 5, 1 } } },
	{ "FE and FF", IN("a\xFE\xFFz"), 4, 2, { { 1, 1 }, { 2, 1 } } },

	/* overlongs */
	{ "E0 80 80: overlong NUL", IN("\xE0\x80\x80"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "E0 80 AF: overlong '/'", IN("\xE0\x80\xAF"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "E0 9F BF: overlong U+07FF", IN("\xE0\x9F\xBF"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "E0 80 alone: two errors, not one", IN("\xE0\x80"), 2, 2, { { 0, 1 }, { 1, 1 } } },
	{ "F0 80 80 80: overlong NUL", IN("\xF0\x80\x80\x80"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },
	{ "F0 80 80 AF: overlong '/'", IN("\xF0\x80\x80\xAF"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },
	{ "F0 8F BF BF: overlong U+FFFF", IN("\xF0\x8F\xBF\xBF"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },

	/* surrogates */
	{ "ED A0 80: U+D800", IN("\xED\xA0\x80"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "ED AF BF: U+DBFF", IN("\xED\xAF\xBF"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "ED B0 80: U+DC00", IN("\xED\xB0\x80"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "ED BF BF: U+DFFF", IN("\xED\xBF\xBF"), 3, 3, { { 0, 1 }, { 1, 1 }, { 2, 1 } } },
	{ "CESU-8 pair ED A0 BD ED B2 A9 (U+1F4A9)", IN("\xED\xA0\xBD\xED\xB2\xA9"), 6, 6,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 }, { 4, 1 }, { 5, 1 } } },
	{ "ED alone then ASCII", IN("\xED" "a"), 2, 1, { { 0, 1 } } },
	{ "ED 9F then end: truncated U+D7FF", IN("\xED\x9F"), 1, 1, { { 0, 2 } } },

	/* above U+10FFFF */
	{ "F4 90 80 80: U+110000", IN("\xF4\x90\x80\x80"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },
	{ "F4 BF BF BF: U+13FFFF", IN("\xF4\xBF\xBF\xBF"), 4, 4,
	  { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 } } },

	/* truncated at end of input */
	{ "truncated 2-byte at end", IN("a\xC3"), 2, 1, { { 1, 1 } } },
	{ "truncated 3-byte (1 of 3) at end", IN("a\xE2"), 2, 1, { { 1, 1 } } },
	{ "truncated 3-byte (2 of 3) at end", IN("a\xE2\x82"), 2, 1, { { 1, 2 } } },
	{ "truncated E0 A0 at end", IN("\xE0\xA0"), 1, 1, { { 0, 2 } } },
	{ "truncated 4-byte (1 of 4) at end", IN("a\xF0"), 2, 1, { { 1, 1 } } },
	{ "truncated 4-byte (2 of 4) at end", IN("a\xF0\x9F"), 2, 1, { { 1, 2 } } },
	{ "truncated 4-byte (3 of 4) at end", IN("a\xF0\x9F\x98"), 2, 1, { { 1, 3 } } },
	{ "truncated F4 8F BF at end", IN("\xF4\x8F\xBF"), 1, 1, { { 0, 3 } } },

	/* truncated, followed by ASCII */
	{ "truncated 2-byte then ASCII", IN("\xC3" "A"), 2, 1, { { 0, 1 } } },
	{ "truncated 3-byte (2 of 3) then ASCII", IN("\xE2\x82" "A"), 2, 1, { { 0, 2 } } },
	{ "truncated 4-byte (3 of 4) then ASCII", IN("\xF0\x9F\x98" "A"), 2, 1, { { 0, 3 } } },
	{ "truncated 4-byte (2 of 4) then NUL", IN("\xF1\x80\0"), 2, 1, { { 0, 2 } } },

	/* truncated, followed by another lead byte */
	{ "truncated 2-byte then U+20AC", IN("\xC3\xE2\x82\xAC"), 2, 1, { { 0, 1 } } },
	{ "truncated 3-byte then U+00E9", IN("\xE2\x82\xC3\xA9"), 2, 1, { { 0, 2 } } },
	{ "truncated 4-byte then U+1F600", IN("\xF0\x9F\x98\xF0\x9F\x98\x80"), 2, 1, { { 0, 3 } } },
	{ "truncated 4-byte (2 of 4) then U+20AC", IN("\xF0\x9F\xE2\x82\xAC"), 2, 1, { { 0, 2 } } },
	{ "truncated then truncated", IN("\xE2\x82\xF0\x9F\x98"), 2, 2, { { 0, 2 }, { 2, 3 } } },
	{ "truncated 3-byte then C0", IN("\xE0\xA0\xC0"), 2, 2, { { 0, 2 }, { 2, 1 } } },
	{ "truncated then F5", IN("\xF1\x80\x80\xF5"), 2, 2, { { 0, 3 }, { 3, 1 } } },

	/* Unicode §3.9 Table 3-8 */
	{ "Unicode Table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64",
	  IN("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64"), 10, 6,
	  { { 1, 3 }, { 4, 2 }, { 6, 1 }, { 8, 1 }, { 10, 1 }, { 11, 1 } } },

	/* errors after long runs, for the vector kernels */
	{ "error after 36 ASCII bytes",
	  IN("0123456789abcdef0123456789abcdef0123\x80"), 37, 1, { { 36, 1 } } },
	{ "truncated 4-byte after 63 ASCII bytes",
	  IN("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\xF0\x9F\x98"),
	  64, 1, { { 63, 3 } } },
	{ "surrogate at offset 32 after ASCII then more ASCII",
	  IN("0123456789abcdef0123456789abcdef\xED\xA0\x80xyz"), 38, 3,
	  { { 32, 1 }, { 33, 1 }, { 34, 1 } } },
};

static void test_cases(void)
{
	size_t c, k;
	for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		const struct ucase *t = &cases[c];
		const unsigned char *s = (const unsigned char *)t->in;
		size_t offs[16], lens[16], roffs[16], rlens[16], n, rn, rcount, rprefix;
		size_t eoff = 999, count, i, steps, nbad, want_prefix;
		char h[256], e[256], a[256];
		int st, ok;

		want_prefix = t->nerr ? t->err[0].off : t->len;
		hex(s, t->len, h, sizeof h);
		for (i = 0; i < t->nerr; i++) {
			roffs[i] = t->err[i].off;
			rlens[i] = t->err[i].len;
		}
		errlist(roffs, rlens, t->nerr, e, sizeof e);

		/* unspoof_utf8_errors() */
		n = unspoof_utf8_errors(t->in, t->len, offs, lens, 16);
		ok = n == t->nerr;
		for (i = 0; ok && i < n; i++)
			ok = offs[i] == t->err[i].off && lens[i] == t->err[i].len;
		errlist(offs, lens, n < 16 ? n : 16, a, sizeof a);
		CHECK(ok, "%s: unspoof_utf8_errors\n  input:    %s\n  expected: %s\n  actual:   %s",
		      t->desc, h, e, a);

		/* the reference decoder agrees with the hand-written expectation */
		rn = ref_segment(s, t->len, roffs, rlens, 16, &rcount, &rprefix);
		ok = rn == t->nerr && rcount == t->count;
		for (i = 0; ok && i < rn; i++)
			ok = roffs[i] == t->err[i].off && rlens[i] == t->err[i].len;
		errlist(roffs, rlens, rn < 16 ? rn : 16, a, sizeof a);
		CHECK(ok, "%s: reference decoder (test bug)\n  input:    %s\n  expected: %s count=%zu\n"
		      "  actual:   %s count=%zu", t->desc, h, e, t->count, a, rcount);

		/* unspoof_utf8_count() */
		count = unspoof_utf8_count(t->in, t->len);
		CHECK(count == t->count, "%s: unspoof_utf8_count\n  input:    %s\n"
		      "  expected: %zu\n  actual:   %zu", t->desc, h, t->count, count);

		/* unspoof_utf8_validate() */
		st = unspoof_utf8_validate(t->in, t->len, &eoff);
		CHECK(st == (t->nerr ? UNSPOOF_E_UTF8 : UNSPOOF_OK) && eoff == want_prefix,
		      "%s: unspoof_utf8_validate\n  input:    %s\n  expected: status %d offset %zu\n"
		      "  actual:   status %d offset %zu", t->desc, h,
		      t->nerr ? UNSPOOF_E_UTF8 : UNSPOOF_OK, want_prefix, st, eoff);
		st = unspoof_utf8_validate(t->in, t->len, NULL);
		CHECK(st == (t->nerr ? UNSPOOF_E_UTF8 : UNSPOOF_OK),
		      "%s: unspoof_utf8_validate with NULL error_offset: status %d", t->desc, st);

		/* walking with unspoof_utf8_decode() meets the same errors */
		i = 0;
		steps = 0;
		nbad = 0;
		ok = 1;
		while (i < t->len) {
			uint32_t cp = 0;
			size_t m = unspoof_utf8_decode(t->in + i, t->len - i, &cp);
			if (m == 0 || m > 4 || i + m > t->len) {
				ok = 0;
				break;
			}
			if (cp == UNSPOOF_CP_INVALID) {
				if (nbad >= t->nerr || t->err[nbad].off != i || t->err[nbad].len != m)
					ok = 0;
				nbad++;
			} else {
				unsigned char enc[4];
				/* a decoded code point re-encodes to the same bytes */
				if (us_utf8_encode(cp, enc) != m || memcmp(enc, t->in + i, m) != 0)
					ok = 0;
			}
			steps++;
			i += m;
		}
		CHECK(ok && nbad == t->nerr && steps == t->count,
		      "%s: decode walk\n  input:    %s\n  expected: %s, %zu steps\n"
		      "  actual:   %zu errors, %zu steps%s", t->desc, h, e, t->count, nbad, steps,
		      ok ? "" : " (an error or code point differs)");

		/* every kernel finds the same valid prefix */
		for (k = 0; k < NKERNELS; k++) {
			size_t p;
			if (us_utf8_force_impl(kernels[k]) != 0)
				continue;
			p = us_utf8_valid_prefix(s, t->len);
			CHECK(p == want_prefix, "%s: us_utf8_valid_prefix [%s]\n  input:    %s\n"
			      "  expected: %zu\n  actual:   %zu", t->desc, us_utf8_impl_name(kernels[k]),
			      h, want_prefix, p);
		}
		us_utf8_force_impl(US_UTF8_IMPL_AUTO);
	}
}

/* ------------------------------------------------------------------------ */
/* Exhaustive and random sweeps                                              */
/* ------------------------------------------------------------------------ */

/* Decodes s[0..len) once with the library and the reference; prints the
 * first few mismatches. Returns 1 on agreement. */
static int decode_agrees(const unsigned char *s, size_t len, unsigned long *shown)
{
	uint32_t cp1, cp2, cp3;
	size_t n1 = us_utf8_decode(s, len, &cp1);
	size_t n2 = ref_decode(s, len, &cp2);
	size_t n3 = unspoof_utf8_decode((const char *)s, len, &cp3);
	if (n1 == n2 && cp1 == cp2 && n3 == n2 && cp3 == cp2)
		return 1;
	if ((*shown)++ < 10) {
		char h[64];
		hex(s, len, h, sizeof h);
		fprintf(stderr, "MISMATCH decode %s: reference %zu bytes cp %08X, "
		        "us_utf8_decode %zu bytes cp %08X, unspoof_utf8_decode %zu bytes cp %08X\n",
		        h, n2, (unsigned)cp2, n1, (unsigned)cp1, n3, (unsigned)cp3);
	}
	return 0;
}

static void test_exhaustive_short(void)
{
	unsigned long bad = 0, shown = 0, seg_bad = 0, valid[4] = { 0, 0, 0, 0 };
	unsigned char b[3];
	uint32_t x, cp;

	/* every 1-byte sequence */
	for (x = 0; x < 0x100; x++) {
		b[0] = (unsigned char)x;
		bad += !decode_agrees(b, 1, &shown);
		seg_bad += !agrees_with_reference("1-byte sweep", b, 1, seg_bad < 5);
		if (ref_decode(b, 1, &cp) == 1 && cp != US_CP_INVALID)
			valid[1]++;
	}
	CHECK(bad == 0 && seg_bad == 0, "all 256 1-byte sequences decode as the reference says "
	      "(%lu decode, %lu segmentation mismatches)", bad, seg_bad);
	CHECK(valid[1] == 0x80, "128 well-formed 1-byte sequences, got %lu", valid[1]);

	/* every 2-byte sequence, also decoded from a 1-byte length */
	bad = seg_bad = 0;
	for (x = 0; x < 0x10000; x++) {
		b[0] = (unsigned char)(x >> 8);
		b[1] = (unsigned char)x;
		bad += !decode_agrees(b, 2, &shown);
		bad += !decode_agrees(b, 1, &shown);
		seg_bad += !agrees_with_reference("2-byte sweep", b, 2, seg_bad < 5);
		if (ref_decode(b, 2, &cp) == 2 && cp != US_CP_INVALID)
			valid[2]++;
	}
	CHECK(bad == 0 && seg_bad == 0, "all 65536 2-byte sequences decode as the reference says "
	      "(%lu decode, %lu segmentation mismatches)", bad, seg_bad);
	CHECK(valid[2] == 0x800 - 0x80, "1920 well-formed 2-byte sequences (U+0080..U+07FF), got %lu",
	      valid[2]);

	/* every 3-byte sequence, decoded with lengths 3 and 2, plus the full
	 * segmentation through the public functions */
	bad = seg_bad = 0;
	for (x = 0; x < 0x1000000; x++) {
		b[0] = (unsigned char)(x >> 16);
		b[1] = (unsigned char)(x >> 8);
		b[2] = (unsigned char)x;
		bad += !decode_agrees(b, 3, &shown);
		bad += !decode_agrees(b, 2, &shown);
		seg_bad += !agrees_with_reference("3-byte sweep", b, 3, seg_bad < 5);
		if (ref_decode(b, 3, &cp) == 3 && cp != US_CP_INVALID)
			valid[3]++;
	}
	CHECK(bad == 0 && seg_bad == 0, "all 16777216 3-byte sequences decode as the reference says "
	      "(%lu decode, %lu segmentation mismatches)", bad, seg_bad);
	CHECK(valid[3] == 0x10000 - 0x800 - 0x800,
	      "61440 well-formed 3-byte sequences (U+0800..U+FFFF minus surrogates), got %lu",
	      valid[3]);
}

static void test_four_byte(void)
{
	unsigned long bad = 0, shown = 0, seg_bad = 0, valid = 0, i;
	unsigned char b[4];
	uint32_t x, lead, cp;

	/* exhaustive for the leads that start 4-byte sequences, plus the
	 * neighbours F5 (never valid) and EF (3 bytes, must not eat the 4th) */
	for (lead = 0xEF; lead <= 0xF5; lead++) {
		for (x = 0; x < 0x1000000; x++) {
			b[0] = (unsigned char)lead;
			b[1] = (unsigned char)(x >> 16);
			b[2] = (unsigned char)(x >> 8);
			b[3] = (unsigned char)x;
			bad += !decode_agrees(b, 4, &shown);
			if (ref_decode(b, 4, &cp) == 4 && cp != US_CP_INVALID)
				valid++;
		}
	}
	CHECK(bad == 0, "all 4-byte sequences with leads EF..F5 decode as the reference says "
	      "(%lu mismatches)", bad);
	CHECK(valid == 0x100000, "1048576 well-formed 4-byte sequences (U+10000..U+10FFFF), got %lu",
	      valid);

	/* random 4-byte sequences over the whole space, biased towards
	 * continuation bytes so that long maximal subparts are common */
	bad = 0;
	for (i = 0; i < 4000000; i++) {
		uint64_t r = rnd();
		int k;
		for (k = 0; k < 4; k++) {
			unsigned v = (unsigned)(r >> (16 * k)) & 0xFFFF;
			b[k] = (unsigned char)((v >> 8) < 0x60 ? 0x80 | (v & 0x3F) : (v & 0xFF));
		}
		if (i & 1)
			b[0] = (unsigned char)(0xF0 | (b[0] & 0x07)); /* half with F0..F7 */
		bad += !decode_agrees(b, 4, &shown);
		bad += !decode_agrees(b, 3, &shown);
		seg_bad += !agrees_with_reference("random 4-byte", b, 4, seg_bad < 5);
	}
	CHECK(bad == 0 && seg_bad == 0, "4000000 random 4-byte sequences decode as the reference "
	      "says (%lu decode, %lu segmentation mismatches)", bad, seg_bad);
}

static void test_round_trip(void)
{
	unsigned long bad = 0, shown = 0;
	uint32_t cp;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		unsigned char out[4] = { 0xAA, 0xAA, 0xAA, 0xAA };
		char pout[4] = { 0, 0, 0, 0 };
		int surrogate = cp >= 0xD800 && cp <= 0xDFFF;
		size_t want = surrogate ? 0 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		size_t n = us_utf8_encode(cp, out), pn = unspoof_utf8_encode(cp, pout);
		size_t qn = unspoof_utf8_encode(cp, NULL);
		uint32_t back = 0, rback = 0;
		size_t dn = 0, rn = 0;
		int ok = n == want && pn == want && qn == want;
		if (ok && want) {
			dn = us_utf8_decode(out, n, &back);
			rn = ref_decode(out, n, &rback);
			ok = dn == n && back == cp && rn == n && rback == cp &&
			     memcmp(out, pout, n) == 0;
		} else if (ok) {
			ok = out[0] == 0xAA; /* nothing written for a surrogate */
		}
		if (!ok) {
			bad++;
			if (shown++ < 10)
				fprintf(stderr, "MISMATCH round trip U+%04X: encode %zu (public %zu, size "
				        "%zu) bytes, expected %zu; decode back %zu bytes U+%04X, "
				        "reference %zu bytes U+%04X\n", (unsigned)cp, n, pn, qn, want,
				        dn, (unsigned)back, rn, (unsigned)rback);
		}
	}
	CHECK(bad == 0, "every code point 0..10FFFF round-trips through encode/decode "
	      "(surrogates encode to nothing): %lu mismatches", bad);

	{
		static const uint32_t invalid[] = { 0x110000, 0x1FFFFF, 0x7FFFFFFF, 0x80000000,
			                            0xFFFFFFFE, 0xFFFFFFFF };
		size_t i;
		for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
			unsigned char out[4] = { 0xAA, 0xAA, 0xAA, 0xAA };
			char pout[4] = { 'x', 'x', 'x', 'x' };
			size_t n = us_utf8_encode(invalid[i], out);
			size_t pn = unspoof_utf8_encode(invalid[i], pout);
			CHECK(n == 0 && pn == 0 && out[0] == 0xAA && pout[0] == 'x' &&
			      unspoof_utf8_encode(invalid[i], NULL) == 0,
			      "encoding 0x%08X (not a code point) writes nothing and returns 0, got %zu/%zu",
			      (unsigned)invalid[i], n, pn);
		}
	}
}

/* ------------------------------------------------------------------------ */
/* Validation kernels                                                        */
/* ------------------------------------------------------------------------ */

/* Appends one random well-formed character to b at *n (room permitting),
 * from a mix that is mostly ASCII when ascii_heavy, else mostly not. */
static void put_random_char(unsigned char *b, size_t *n, size_t cap, int ascii_heavy)
{
	uint64_t r = rnd();
	unsigned kind = (unsigned)(r % 100);
	uint32_t cp;
	unsigned char enc[4];
	size_t m;
	r >>= 8;
	if (ascii_heavy ? kind < 85 : kind < 25)
		cp = (uint32_t)(r % 0x80);
	else if (kind < (ascii_heavy ? 92u : 60u))
		cp = 0x80 + (uint32_t)(r % (0x800 - 0x80));
	else if (kind < (ascii_heavy ? 97u : 85u))
		cp = 0x800 + (uint32_t)(r % (0x10000 - 0x800));
	else
		cp = 0x10000 + (uint32_t)(r % 0x100000);
	if (cp >= 0xD800 && cp <= 0xDFFF)
		cp = 0xFFFD;
	m = us_utf8_encode(cp, enc);
	if (*n + m > cap) {
		b[(*n)++] = 'x'; /* fill the tail with ASCII */
		return;
	}
	memcpy(b + *n, enc, m);
	*n += m;
}

/* Ill-formed byte strings injected into otherwise valid buffers. */
static const struct {
	const char *bytes;
	size_t len;
} injections[] = {
	{ IN("\x80") }, { IN("\xBF") }, { IN("\xC0") }, { IN("\xC1\xBF") }, { IN("\xFF") },
	{ IN("\xF5") }, { IN("\xE0\x80\x80") }, { IN("\xED\xA0\x80") }, { IN("\xF4\x90\x80\x80") },
	{ IN("\xF0\x8F\xBF\xBF") }, { IN("\xC3") }, { IN("\xE2\x82") }, { IN("\xF0\x9F\x98") },
	{ IN("\xE2\x82" "a") }, { IN("\xF0\x9F\x98" "a") }, { IN("\xC3\xE2\x82\xAC") },
};

#define KBUF 256
#define KLEN 160

static unsigned long kernel_bad[NKERNELS], kernel_runs[NKERNELS];

/* Runs every kernel on s[0..len) and compares with the scalar reference
 * (which is itself compared with the reference decoder). */
static void compare_kernels(const char *what, const unsigned char *s, size_t len,
                            size_t align, size_t pos)
{
	size_t want = us_utf8_valid_prefix_scalar(s, len), k, rcount, rprefix;
	ref_segment(s, len, NULL, NULL, 0, &rcount, &rprefix);
	if (rprefix != want) {
		if (kernel_bad[0]++ < 5)
			fprintf(stderr, "MISMATCH %s: scalar prefix %zu, reference prefix %zu\n",
			        what, want, rprefix);
		return;
	}
	for (k = 0; k < NKERNELS; k++) {
		size_t got;
		if (us_utf8_force_impl(kernels[k]) != 0)
			continue;
		got = us_utf8_valid_prefix(s, len);
		kernel_runs[k]++;
		if (got != want) {
			if (kernel_bad[k]++ < 5) {
				char h[512];
				hex(s, len, h, sizeof h);
				fprintf(stderr, "MISMATCH valid_prefix [%s] %s, alignment %zu, len %zu, "
				        "injected at %zu: expected %zu, got %zu\n  input: %s\n",
				        us_utf8_impl_name(kernels[k]), what, align, len, pos, want,
				        got, h);
			}
		}
	}
	us_utf8_force_impl(US_UTF8_IMPL_AUTO);
}

static void test_kernels(void)
{
	static _Alignas(64) unsigned char base[KBUF + 64];
	unsigned char valid[KLEN];
	size_t align, pos, j, k, n;
	int heavy;

	for (k = 0; k < NKERNELS; k++) {
		if (!us_utf8_impl_available(kernels[k]))
			printf("utf8: kernel %s not available on this machine/build, skipped\n",
			       us_utf8_impl_name(kernels[k]));
	}
	CHECK(us_utf8_force_impl(99) == -1 && us_utf8_force_impl(-1) == -1,
	      "us_utf8_force_impl rejects unknown kernels");
	CHECK(us_utf8_impl_available(US_UTF8_IMPL_SCALAR) &&
	      us_utf8_impl_available(US_UTF8_IMPL_WORD), "scalar and word kernels always available");

	/* For every alignment relative to a 64-byte boundary (so every
	 * position relative to the 16- and 32-byte lanes), every injection
	 * position and every kind of error: the full buffer, and the buffer
	 * cut just after the error, and cut inside it. Three backgrounds: mostly
	 * non-ASCII, mostly ASCII, pure ASCII. */
	for (heavy = 0; heavy < 3; heavy++) {
		for (align = 0; align < 64; align++) {
			unsigned char *s = base + align;
			n = 0;
			while (n < KLEN) {
				if (heavy == 2) {
					valid[n] = (unsigned char)('a' + n % 26);
					n++;
				} else {
					put_random_char(valid, &n, KLEN, heavy);
				}
			}
			memcpy(s, valid, KLEN);
			compare_kernels("valid buffer", s, KLEN, align, KLEN);
			for (pos = 0; pos < KLEN; pos++) {
				for (j = 0; j < sizeof injections / sizeof injections[0]; j++) {
					size_t il = injections[j].len, cut;
					memcpy(s, valid, KLEN);
					if (pos + il > KLEN)
						continue;
					memcpy(s + pos, injections[j].bytes, il);
					compare_kernels("error injected", s, KLEN, align, pos);
					cut = pos + il;
					compare_kernels("cut after the error", s, cut, align, pos);
					if (cut > 1)
						compare_kernels("cut inside the error", s, cut - 1, align, pos);
				}
				/* a valid non-ASCII character at pos on an ASCII background */
				if (heavy == 2 && pos + 4 <= KLEN) {
					memcpy(s, valid, KLEN);
					memcpy(s + pos, "\xF0\x9F\x98\x80", 4);
					compare_kernels("emoji in ASCII", s, KLEN, align, pos);
				}
			}
		}
	}

	/* random buffers of random length with a few random bytes flipped */
	for (j = 0; j < 20000; j++) {
		size_t len = (size_t)(rnd() % KLEN), flips = (size_t)(rnd() % 3);
		unsigned char *s = base + rnd() % 64;
		n = 0;
		while (n < len)
			put_random_char(s, &n, len, (int)(j & 1));
		while (flips--)
			if (len)
				s[rnd() % len] = (unsigned char)rnd();
		compare_kernels("random buffer", s, len, (size_t)(s - base), 0);
	}

	for (k = 0; k < NKERNELS; k++) {
		if (!us_utf8_impl_available(kernels[k]))
			continue;
		CHECK(kernel_bad[k] == 0 && kernel_runs[k] > 0,
		      "us_utf8_valid_prefix kernel [%s] agrees with the scalar reference on %lu "
		      "buffers (%lu mismatches)", us_utf8_impl_name(kernels[k]), kernel_runs[k],
		      kernel_bad[k]);
	}
}

/* Buffers that end right before an unreadable page: a kernel or decoder
 * reading past len would crash the test. */
static void test_no_overread(void)
{
#ifdef MAP_ANONYMOUS
	long pg = sysconf(_SC_PAGESIZE);
	unsigned char *map;
	size_t len, k, variant, crashes_would_show = 0;
	if (pg <= 0)
		pg = 4096;
	map = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED || mprotect(map + pg, (size_t)pg, PROT_NONE) != 0) {
		printf("utf8: mmap/mprotect unavailable, over-read test skipped\n");
		return;
	}
	for (variant = 0; variant < 4; variant++) {
		for (len = 0; len <= 200; len++) {
			unsigned char *s = map + pg - len;
			size_t i, want, offs[4], lens[4], eo;
			uint32_t cp;
			for (i = 0; i < len; i++)
				s[i] = (unsigned char)('A' + i % 26);
			if (variant == 1 && len >= 3)
				memcpy(s + len - 3, "\xF0\x9F\x98", 3); /* truncated at the end */
			if (variant == 2 && len >= 1)
				s[len - 1] = 0xE2;
			if (variant == 3 && len >= 4)
				memcpy(s + len - 4, "\xF0\x9F\x98\x80", 4); /* valid at the end */
			want = us_utf8_valid_prefix_scalar(s, len);
			for (k = 0; k < NKERNELS; k++) {
				if (us_utf8_force_impl(kernels[k]) != 0)
					continue;
				crashes_would_show += us_utf8_valid_prefix(s, len) == want;
				(void)unspoof_utf8_errors((const char *)s, len, offs, lens, 4);
				(void)unspoof_utf8_count((const char *)s, len);
				(void)unspoof_utf8_validate((const char *)s, len, &eo);
			}
			us_utf8_force_impl(US_UTF8_IMPL_AUTO);
			for (i = 0; i < len; i++)
				(void)us_utf8_decode(s + i, len - i, &cp);
		}
	}
	CHECK(crashes_would_show > 0, "no kernel reads past the end of the buffer (guard page)");
	munmap(map, (size_t)pg * 2);
#else
	printf("utf8: no MAP_ANONYMOUS, over-read test skipped\n");
#endif
}

/* ------------------------------------------------------------------------ */
/* Public API edges                                                          */
/* ------------------------------------------------------------------------ */

static void test_api_edges(void)
{
	uint32_t cp = 0;
	size_t offs[8], lens[8], eoff, n, i;
	char out[4];
	static const char t38[] = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";

	CHECK(unspoof_utf8_decode(NULL, 0, &cp) == 0 && cp == UNSPOOF_CP_INVALID,
	      "decode(NULL, 0) returns 0 and sets *cp to UNSPOOF_CP_INVALID");
	cp = 0;
	CHECK(unspoof_utf8_decode(NULL, 5, &cp) == 0 && cp == UNSPOOF_CP_INVALID,
	      "decode(NULL, 5) returns 0");
	cp = 0;
	CHECK(unspoof_utf8_decode("a", 0, &cp) == 0 && cp == UNSPOOF_CP_INVALID,
	      "decode with len 0 returns 0");
	CHECK(unspoof_utf8_decode("a", 1, NULL) == 0, "decode with cp NULL returns 0");
	CHECK(unspoof_utf8_decode("\xC3\xA9", 2, &cp) == 2 && cp == 0xE9, "decode U+00E9");
	CHECK(UNSPOOF_CP_INVALID == US_CP_INVALID, "public and internal invalid markers agree");

	CHECK(unspoof_utf8_encode(0x20AC, out) == 3 && memcmp(out, "\xE2\x82\xAC", 3) == 0,
	      "encode U+20AC");
	CHECK(unspoof_utf8_encode(0x1F600, NULL) == 4, "encode with out NULL returns the size");

	eoff = 77;
	CHECK(unspoof_utf8_validate(NULL, 0, &eoff) == UNSPOOF_OK && eoff == 0,
	      "validate(NULL, 0) is OK with offset 0");
	eoff = 77;
	CHECK(unspoof_utf8_validate(NULL, 3, &eoff) == UNSPOOF_E_NULL && eoff == 77,
	      "validate(NULL, 3) is UNSPOOF_E_NULL and leaves the offset alone");
	CHECK(unspoof_utf8_validate("abc", 3, &eoff) == UNSPOOF_OK && eoff == 3,
	      "validate of valid text sets the offset to len");
	CHECK(unspoof_utf8_validate(t38, sizeof t38 - 1, &eoff) == UNSPOOF_E_UTF8 && eoff == 1,
	      "validate of the Table 3-8 example fails at offset 1, got %zu", eoff);

	CHECK(unspoof_utf8_errors(NULL, 0, NULL, NULL, 0) == 0, "errors(NULL, 0) is 0");
	CHECK(unspoof_utf8_errors(NULL, 9, NULL, NULL, 0) == 0, "errors(NULL, 9) is 0");
	CHECK(unspoof_utf8_errors(t38, sizeof t38 - 1, NULL, NULL, 0) == 6,
	      "errors with cap 0 counts all 6");
	for (i = 0; i < 8; i++)
		offs[i] = lens[i] = 999;
	n = unspoof_utf8_errors(t38, sizeof t38 - 1, offs, lens, 2);
	CHECK(n == 6 && offs[0] == 1 && lens[0] == 3 && offs[1] == 4 && lens[1] == 2 &&
	      offs[2] == 999 && lens[2] == 999,
	      "errors with cap 2 returns 6 and writes exactly 2 (got %zu: @%zu+%zu @%zu+%zu, "
	      "[2]=%zu)", n, offs[0], lens[0], offs[1], lens[1], offs[2]);
	for (i = 0; i < 8; i++)
		lens[i] = 999;
	n = unspoof_utf8_errors(t38, sizeof t38 - 1, NULL, lens, 8);
	CHECK(n == 6 && lens[0] == 3 && lens[1] == 2 && lens[2] == 1 && lens[5] == 1 &&
	      lens[6] == 999, "errors with offsets NULL fills lengths only");
	for (i = 0; i < 8; i++)
		offs[i] = 999;
	n = unspoof_utf8_errors(t38, sizeof t38 - 1, offs, NULL, 8);
	CHECK(n == 6 && offs[0] == 1 && offs[5] == 11 && offs[6] == 999,
	      "errors with lengths NULL fills offsets only");

	CHECK(unspoof_utf8_count(NULL, 0) == 0 && unspoof_utf8_count(NULL, 4) == 0,
	      "count(NULL) is 0");
	CHECK(unspoof_utf8_count("\xE2\x82\xAC\xE2\x82", 5) == 2, "count of U+20AC + truncation");
}

/* Large inputs: linear time (a quadratic implementation would not finish
 * in reasonable time), and kernels agree on a long mixed text. */
static void test_large(void)
{
	size_t len = (size_t)1 << 24, n = 0, k, want;
	unsigned char *buf = malloc(len);
	if (!CHECK(buf != NULL, "malloc %zu bytes", len))
		return;
	memset(buf, 0x80, len);
	CHECK(unspoof_utf8_errors((const char *)buf, len, NULL, NULL, 0) == len,
	      "16 MiB of continuation bytes is 16777216 errors");
	CHECK(unspoof_utf8_count((const char *)buf, len) == len,
	      "16 MiB of continuation bytes counts 16777216 code points");
	memset(buf, 'a', len);
	CHECK(unspoof_utf8_count((const char *)buf, len) == len, "16 MiB of ASCII");
	while (n < len)
		put_random_char(buf, &n, len, (int)((n >> 12) & 1));
	want = us_utf8_valid_prefix_scalar(buf, len);
	CHECK(want == len, "16 MiB of random well-formed text is valid (prefix %zu)", want);
	buf[len - 1] = 0xC0;
	want = us_utf8_valid_prefix_scalar(buf, len);
	for (k = 0; k < NKERNELS; k++) {
		size_t got;
		if (us_utf8_force_impl(kernels[k]) != 0)
			continue;
		got = us_utf8_valid_prefix(buf, len);
		CHECK(got == want, "[%s] 16 MiB mixed text with an error at the end: expected %zu, "
		      "got %zu", us_utf8_impl_name(kernels[k]), want, got);
	}
	us_utf8_force_impl(US_UTF8_IMPL_AUTO);
	free(buf);
}

/* The AVX2 kernel validates 256-byte chunks (all-ASCII ones skipped),
 * then 64-byte blocks, each byte against the three before it, across block
 * and lane boundaries: every two-byte value, and every lead of three or
 * four bytes with every second byte and a set of third and fourth bytes
 * (each class of byte, and the edges of the continuation range), placed
 * on an ASCII background so that the sequence starts before, on and after
 * the 32- and 64-byte boundaries of a 128-byte buffer (the 64-byte loop
 * alone) and of a 320-byte one (a chunk, then blocks), and the 256-byte
 * one. Each kernel must give the scalar reference's prefix. */
static void test_blocks(void)
{
	static const unsigned char tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
	                                      0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xFF};
	static const struct {
		size_t off, len;
	} at[] = {{0, 128},   {29, 128},  {30, 128},  {31, 128},  {32, 128},  {61, 128},
	          {62, 128},  {63, 128},  {64, 128},  {95, 128},  {125, 128}, {0, 320},
	          {30, 320},  {63, 320},  {125, 320}, {190, 320}, {223, 320}, {253, 320},
	          {254, 320}, {255, 320}, {256, 320}, {287, 320}};
	unsigned char b[320];
	unsigned long runs = 0, bad = 0;
	size_t o, k, t, u, want;
	unsigned x, y;
	for (o = 0; o < sizeof at / sizeof at[0]; o++) {
		size_t off = at[o].off, n = at[o].len;
		for (x = 0; x < 0x10000; x++) {
			memset(b, 'a', sizeof b);
			b[off] = (unsigned char)(x >> 8);
			b[off + 1] = (unsigned char)x;
			want = us_utf8_valid_prefix_scalar(b, n);
			for (k = 0; k < NKERNELS; k++) {
				if (us_utf8_force_impl(kernels[k]) != 0)
					continue;
				runs++;
				bad += us_utf8_valid_prefix(b, n) != want;
			}
		}
		for (x = 0xE0; x <= 0xF7; x++) {
			for (y = 0; y < 0x100; y++) {
				for (t = 0; t < sizeof tails; t++) {
					for (u = 0; u < (x >= 0xF0 ? sizeof tails : 1); u++) {
						memset(b, 'a', sizeof b);
						b[off] = (unsigned char)x;
						b[off + 1] = (unsigned char)y;
						b[off + 2] = tails[t];
						if (x >= 0xF0)
							b[off + 3] = tails[u];
						want = us_utf8_valid_prefix_scalar(b, n);
						for (k = 0; k < NKERNELS; k++) {
							if (us_utf8_force_impl(kernels[k]) != 0)
								continue;
							runs++;
							bad += us_utf8_valid_prefix(b, n) != want;
						}
					}
				}
			}
		}
	}
	us_utf8_force_impl(US_UTF8_IMPL_AUTO);
	CHECK(bad == 0, "every kernel agrees with the scalar reference on sequences placed across "
	                "block and lane boundaries (%lu of %lu runs differ)",
	      bad, runs);
}

/* Chunks of 256 bytes in a row, each all ASCII or holding one sequence of
 * one to four bytes of the classes test_blocks() uses, placed at a chunk's
 * first or last bytes or anywhere: a chunk that is skipped as ASCII must
 * still catch a sequence left open by the one before, and pass on its
 * last bytes as the context of the one after. Each kernel must give the
 * scalar reference's prefix on the whole buffer and on random lengths. */
static void test_chunks(void)
{
	static const unsigned char bytes[] = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
	                                      0xC0, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xFF};
	unsigned char b[1024];
	unsigned long runs = 0, bad = 0, i;
	size_t c, j, k, n;
	for (i = 0; i < 60000; i++) {
		memset(b, 'a', sizeof b);
		for (c = 0; c < sizeof b / 256; c++) {
			size_t m = 1 + rnd() % 4, where;
			if (rnd() % 3 == 0)
				continue; /* all ASCII */
			where = rnd() % 3 == 0 ? c * 256 + rnd() % 256
			      : rnd() % 2    ? c * 256 + 256 - 1 - rnd() % 4
			                     : c * 256 + rnd() % 4;
			if (where + m > sizeof b)
				where = sizeof b - m;
			for (j = 0; j < m; j++)
				b[where + j] = bytes[rnd() % sizeof bytes];
		}
		for (n = sizeof b; n > 0; n = rnd() % 2 ? 0 : rnd() % n) {
			size_t want = us_utf8_valid_prefix_scalar(b, n);
			for (k = 0; k < NKERNELS; k++) {
				size_t got;
				if (us_utf8_force_impl(kernels[k]) != 0)
					continue;
				runs++;
				got = us_utf8_valid_prefix(b, n);
				if (got != want && bad++ < 5)
					fprintf(stderr, "MISMATCH valid_prefix [%s] chunked buffer, len %zu: "
					        "expected %zu, got %zu\n", us_utf8_impl_name(kernels[k]),
					        n, want, got);
			}
		}
	}
	us_utf8_force_impl(US_UTF8_IMPL_AUTO);
	CHECK(bad == 0, "every kernel agrees with the scalar reference on runs of 256-byte chunks, "
	                "ASCII or not (%lu of %lu runs differ)",
	      bad, runs);
}

int main(void)
{
	test_cases();
	test_api_edges();
	test_round_trip();
	test_exhaustive_short();
	test_four_byte();
	test_kernels();
	test_blocks();
	test_chunks();
	test_no_overread();
	test_large();
	return test_finish("utf8");
}
