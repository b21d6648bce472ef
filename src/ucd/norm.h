/* Normalization internals (UAX #15): combining classes, quick checks,
 * decomposition/composition of single characters, and normalization of
 * UTF-8 text or code-point arrays for other modules (e.g. the UTS #39
 * skeleton, which needs NFD before and after mapping confusables).
 *
 * Tables: src/data/norm.gen.[ch] from gen/gen_norm.py. One lookup,
 * us_norm_get(cp), gives the combining class, all four quick-check values,
 * an "NFKC_Casefold changes it" bit and the index of the decomposition /
 * composition record, so the hot loop does one lookup per code point.
 *
 * Everything here is thread-safe and keeps no global state.
 */
#ifndef US_UCD_NORM_H
#define US_UCD_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "unspoof.h"
#include "data/norm.gen.h"

/* Canonical_Combining_Class of cp; 0 for cp > 0x10FFFF. */
static inline uint8_t us_ccc(uint32_t cp)
{
	return cp > 0x10FFFFu ? 0 : (uint8_t)(us_norm_get(cp) & US_NORM_CCC_MASK);
}

/* Quick-check values (UAX #15 §9). */
enum us_qc { US_QC_YES = 0, US_QC_NO = 1, US_QC_MAYBE = 2 };

/* The <form>_Quick_Check value of cp (for UNSPOOF_NFKC_CF: NO if
 * NFKC_Casefold changes cp, else NFKC_Quick_Check). cp > 0x10FFFF or an
 * unknown form gives US_QC_YES. */
enum us_qc us_norm_qc(unspoof_form form, uint32_t cp);

/* The full (recursively expanded) decomposition of cp: canonical if compat
 * is 0, compatibility otherwise; Hangul syllables are decomposed
 * algorithmically. Writes 1..US_NORM_MAX_DECOMP code points to out (just cp
 * itself if it does not decompose) and returns how many. The result is not
 * canonically reordered across characters; within it, it is already in
 * canonical order. */
size_t us_decompose(uint32_t cp, int compat, uint32_t out[US_NORM_MAX_DECOMP]);

/* The primary composite of the pair (a, b) (Hangul included), or 0 if the
 * pair does not compose. Blocking is the caller's business. */
uint32_t us_compose_pair(uint32_t a, uint32_t b);

/* Normalizes UTF-8; the engine behind unspoof_normalize(), with the same
 * contract (output sizing, flags, errors, allocation), except that on
 * UNSPOOF_E_UTF8 the offset of the first ill-formed byte goes to *err_off
 * (which may be NULL) and *out_len is the output length so far. */
int us_normalize_utf8(unspoof_form form, const unsigned char *src, size_t len,
                      unsigned char *dst, size_t cap, size_t *out_len,
                      unsigned flags, size_t *err_off);

/* Normalizes a code-point array src[0..n) into dst[0..cap) (counts in code
 * points). *out_n always receives the full result length; returns
 * UNSPOOF_E_BUFFER_TOO_SMALL if cap is short (nothing written past cap),
 * UNSPOOF_E_INVALID_ARG for an unknown form or a value above 0x10FFFF in
 * src (surrogate code points pass through as starters), UNSPOOF_E_NULL,
 * UNSPOOF_E_NOMEM. src and dst must not overlap. Same allocation rule as
 * unspoof_normalize(). */
int us_normalize_cps(unspoof_form form, const uint32_t *src, size_t n,
                     uint32_t *dst, size_t cap, size_t *out_n);

/* UNSPOOF_INVALID_KEEP in the forms that delete characters (NFKC_CF and
 * the skeletons remove Default_Ignorable_Code_Points): when everything
 * between two ill-formed subparts a and b is deleted, writing b right after
 * a can make the bytes decode differently (D0 + 80 is U+0400; E2 + 80 is one
 * subpart E2 80). Returns 1 if so: a[0..alen) followed directly by
 * b[0..blen) would not decode as a alone at a's position. a is one maximal
 * subpart (1..3 bytes), blen > 0. The writer then puts US_KEEP_SEPARATOR
 * between them. */
int us_keep_would_join(const unsigned char *a, size_t alen, const unsigned char *b,
                       size_t blen);

/* U+034F COMBINING GRAPHEME JOINER: default-ignorable, ccc 0, invariant
 * under every normalization form, its own confusables prototype. */
#define US_KEEP_SEPARATOR 0x034Fu
#define US_KEEP_SEPARATOR_UTF8 "\xCD\x8F"

/* Work counters for tests (deterministic complexity checks, not timing):
 * 'steps' counts element moves of canonical reordering, composition table
 * probes and code points emitted; 'allocs' counts scratch (re)allocations. */
struct us_norm_stats {
	uint64_t steps;
	uint64_t allocs;
	uint64_t max_segment; /* longest segment (code points) buffered at once */
};

/* us_normalize_utf8() that also adds its work to *stats (may be NULL). */
int us_normalize_utf8_stats(unspoof_form form, const unsigned char *src, size_t len,
                            unsigned char *dst, size_t cap, size_t *out_len,
                            unsigned flags, size_t *err_off,
                            struct us_norm_stats *stats);

#endif
