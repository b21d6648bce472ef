/* Internal access to the per-code-point property tables (src/data/props.gen.*). */
#ifndef US_PROPS_H
#define US_PROPS_H

#include <stddef.h>
#include <stdint.h>

#include "data/props.gen.h"

/* The index of cp in the ascending array keys[0..n), or -1 (the generated
 * tables' sorted lists: full case folds, mirrors, brackets, ...). */
static inline long us_find_sorted(const uint32_t *keys, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (keys[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && keys[lo] == cp ? (long)lo : -1;
}

/* The property record of cp; cp must be <= 0x10FFFF. */
static inline const us_props_rec *us_props(uint32_t cp)
{
	return &us_props_records[us_props_get(cp)];
}

/* Script_Extensions of cp as a count and a pointer to script indices. */
static inline const uint8_t *us_scx(const us_props_rec *r, unsigned *count)
{
	const uint8_t *p = &us_scx_pool[us_scx_offsets[r->scx]];
	*count = p[0];
	return p + 1;
}

static inline uint32_t us_simple_lower(uint32_t cp)
{
	return (uint32_t)((int32_t)cp + us_case_records[us_props(cp)->cases].lower);
}
static inline uint32_t us_simple_upper(uint32_t cp)
{
	return (uint32_t)((int32_t)cp + us_case_records[us_props(cp)->cases].upper);
}
static inline uint32_t us_simple_title(uint32_t cp)
{
	return (uint32_t)((int32_t)cp + us_case_records[us_props(cp)->cases].title);
}
static inline uint32_t us_simple_fold(uint32_t cp)
{
	return (uint32_t)((int32_t)cp + us_case_records[us_props(cp)->cases].fold);
}

/* The confusables.txt prototype of cp: returns its length (0 if cp maps to
 * itself) and sets *seq to the code points. */
static inline unsigned us_confusable(uint32_t cp, const uint32_t **seq)
{
	unsigned i = us_confusable_get(cp);
	if (i == 0)
		return 0;
	*seq = &us_confusable_pool[i + 1];
	return (unsigned)us_confusable_pool[i];
}

/* Full case folding of cp into out[3]; returns the number of code points. */
unsigned us_full_fold(uint32_t cp, uint32_t out[3]);

#endif
