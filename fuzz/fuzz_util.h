/* Shared helpers of the fuzz targets (fuzz/fuzz_*.c).
 *
 * Every target checks properties, not only "no crash". A violated property
 * calls fuzz_fail(), which prints what went wrong and aborts (so libFuzzer
 * saves the input). The regression driver (tests/unit/test_regressions.c)
 * compiles every target into one program; it sets fuzz_jmp_active so that a
 * failure jumps back to the driver, which counts it and goes on.
 *
 * All helpers are static: this header is included by each target, and by
 * the regression driver once for all of them (include guard). */
#ifndef UNSPOOF_FUZZ_UTIL_H
#define UNSPOOF_FUZZ_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jmp_buf fuzz_jmp;
static int fuzz_jmp_active;
static unsigned long fuzz_failures;

__attribute__((format(printf, 3, 4), unused)) static void
fuzz_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "PROPERTY FAILED %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
	fuzz_failures++;
	if (fuzz_jmp_active)
		longjmp(fuzz_jmp, 1);
	abort();
}

#define FUZZ_CHECK(cond, ...)                                        \
	do {                                                         \
		if (!(cond))                                         \
			fuzz_fail(__FILE__, __LINE__, __VA_ARGS__);  \
	} while (0)

/* Prints bytes as hex to stderr (for failure messages). */
__attribute__((unused)) static void fuzz_dump(const char *what, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;
	fprintf(stderr, "  %s (%zu bytes):", what, n);
	for (i = 0; i < n && i < 256; i++)
		fprintf(stderr, " %02x", b[i]);
	if (n > 256)
		fprintf(stderr, " ...");
	fputc('\n', stderr);
}

/* Checks two byte strings are equal, dumping both otherwise. */
#define FUZZ_CHECK_BYTES(what, a, alen, b, blen)                                         \
	do {                                                                             \
		size_t fz_al_ = (alen), fz_bl_ = (blen);                                 \
		if (fz_al_ != fz_bl_ || (fz_al_ && memcmp((a), (b), fz_al_) != 0)) {     \
			fuzz_dump("expected", (a), fz_al_);                              \
			fuzz_dump("actual", (b), fz_bl_);                                \
			fuzz_fail(__FILE__, __LINE__, "%s", what);                       \
		}                                                                        \
	} while (0)

__attribute__((unused)) static void *fuzz_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		abort();
	return p;
}

/* A copy of data in a heap block of exactly size bytes (so that ASan sees
 * any read past the end), or NULL for size 0 — the API's empty string. */
__attribute__((unused)) static char *fuzz_copy(const void *data, size_t size)
{
	char *p;
	if (!size)
		return NULL;
	p = fuzz_xmalloc(size);
	memcpy(p, data, size);
	return p;
}

/* An independent UTF-8 decoder (Unicode §3.9, Table 3-7 and D93b maximal
 * subparts), written from the standard, to check the library against.
 * Returns the bytes consumed (0 only for len 0) and *cp, or
 * UNSPOOF_CP_INVALID and the length of the maximal subpart. */
__attribute__((unused)) static size_t fuzz_ref_decode(const unsigned char *s, size_t len,
                                                      uint32_t *cp)
{
	unsigned char b0;
	size_t need, i;
	uint32_t c;
	unsigned char lo = 0x80, hi = 0xBF;
	*cp = UNSPOOF_CP_INVALID;
	if (!len)
		return 0;
	b0 = s[0];
	if (b0 < 0x80) {
		*cp = b0;
		return 1;
	}
	if (b0 >= 0xC2 && b0 <= 0xDF) {
		need = 1;
		c = b0 & 0x1F;
	} else if (b0 >= 0xE0 && b0 <= 0xEF) {
		need = 2;
		c = b0 & 0x0F;
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
	} else if (b0 >= 0xF0 && b0 <= 0xF4) {
		need = 3;
		c = b0 & 0x07;
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
	} else {
		return 1;
	}
	for (i = 1; i <= need; i++) {
		unsigned char b;
		if (i >= len)
			return i;
		b = s[i];
		if (b < lo || b > hi)
			return i;
		lo = 0x80;
		hi = 0xBF;
		c = (c << 6) | (b & 0x3F);
	}
	*cp = c;
	return need + 1;
}

/* The ill-formed subparts of s[0..len) (per fuzz_ref_decode()), each
 * followed by '|', concatenated; *n gets the length. For the KEEP checks:
 * the output's list must equal the input's. Free the result. */
__attribute__((unused)) static char *fuzz_invalid_parts(const void *p, size_t len, size_t *n)
{
	const unsigned char *s = p;
	char *o = fuzz_xmalloc(2 * len + 1);
	size_t i = 0, k = 0;
	while (i < len) {
		uint32_t cp;
		size_t m = fuzz_ref_decode(s + i, len - i, &cp);
		if (cp == UNSPOOF_CP_INVALID) {
			memcpy(o + k, s + i, m);
			k += m;
			o[k++] = '|'; /* keep subpart boundaries apart */
		}
		i += m;
	}
	*n = k;
	return o;
}

/* 1 if s[0..len) is well-formed UTF-8 per fuzz_ref_decode(). */
__attribute__((unused)) static int fuzz_ref_valid(const void *p, size_t len)
{
	const unsigned char *s = p;
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = fuzz_ref_decode(s + i, len - i, &cp);
		if (cp == UNSPOOF_CP_INVALID)
			return 0;
		i += n;
	}
	return 1;
}

/* s with each ill-formed maximal subpart replaced by U+FFFD, into a new
 * block; *out_len gets its length. */
__attribute__((unused)) static char *fuzz_ref_replace(const void *p, size_t len,
                                                      size_t *out_len)
{
	const unsigned char *s = p;
	char *o = fuzz_xmalloc(len * 3 + 1);
	size_t i = 0, k = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = fuzz_ref_decode(s + i, len - i, &cp);
		if (cp == UNSPOOF_CP_INVALID) {
			memcpy(o + k, "\xEF\xBF\xBD", 3);
			k += 3;
		} else {
			memcpy(o + k, s + i, n);
			k += n;
		}
		i += n;
	}
	*out_len = k;
	return o;
}

/* 1 if the environment variable UNSPOOF_FUZZ_KNOWN (a comma-separated
 * list) names the known, reported, not yet fixed bug `id`: the targets then
 * steer around it so that fuzzing can look for other bugs meanwhile. The
 * IDs are listed in tests/FUZZING.md. Never set in make check. */
__attribute__((unused)) static int fuzz_known(const char *id)
{
	const char *e = getenv("UNSPOOF_FUZZ_KNOWN"), *p;
	size_t n = strlen(id);
	if (!e)
		return 0;
	for (p = strstr(e, id); p; p = strstr(p + 1, id))
		if ((p == e || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/* A small deterministic generator for choices taken from the input. */
struct fuzz_rng {
	uint64_t x;
};
__attribute__((unused)) static uint32_t fuzz_rng_next(struct fuzz_rng *r)
{
	uint64_t x = r->x ? r->x : 0x9E3779B97F4A7C15ull;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	r->x = x;
	return (uint32_t)(x >> 32);
}

#endif
