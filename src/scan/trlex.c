/* Turkish word filter: see trlex.h; the table and its hashing are described
 * in gen/gen_trlex.py. */
#include "scan/trlex.h"

#include "ucd/props.h"

#define TRLEX_MAX 64 /* letters of a word looked at */

static uint64_t fnv(unsigned kind, const uint32_t *cps, size_t n)
{
	uint64_t h = (0xcbf29ce484222325ull ^ kind) * 0x100000001B3ull;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ cps[i]) * 0x100000001B3ull;
	return h;
}

static int has(unsigned kind, const uint32_t *cps, size_t n)
{
	uint64_t h = fnv(kind, cps, n), h1 = h & 0xFFFFFFFFu, h2 = (h >> 32) | 1u;
	unsigned j;
	for (j = 0; j < US_TRLEX_HASHES; j++) {
		uint64_t b = (h1 + j * h2) % US_TRLEX_BITS;
		if (!(us_trlex_bits[b >> 3] & (1u << (b & 7))))
			return 0;
	}
	return 1;
}

/* Vowel harmony: 1 front (e i ö ü î), 2 back (a ı o u â û), 0 no vowel. */
static int vclass(uint32_t c)
{
	switch (c) {
	case 'e': case 'i': case 0xF6: case 0xFC: case 0xEE:
		return 1;
	case 'a': case 0x0131: case 'o': case 'u': case 0xE2: case 0xFB:
		return 2;
	}
	return 0;
}

static int last_vowel(const uint32_t *cps, size_t n, int before)
{
	while (n--)
		if (vclass(cps[n]))
			return vclass(cps[n]);
	return before;
}

/* Is suffix cps[0..n) one of the affix file's, and does its first vowel, if
 * i or ı, agree with the vowel before it (last: 0 none, 1 front, 2 back;
 * free: the stem takes suffixes against harmony)? */
static int suffix_at(const uint32_t *cps, size_t n, int last, int free)
{
	size_t i;
	if (!has(US_TRLEX_KIND_SUFFIX, cps, n))
		return 0;
	if (free || !last)
		return 1;
	for (i = 0; i < n && !vclass(cps[i]); i++)
		;
	if (i == n || (cps[i] != 'i' && cps[i] != 0x0131))
		return 1;
	return vclass(cps[i]) == last;
}

/* One suffix or two after a vowel of class last (n > 0), or nothing
 * (n == 0, when empty is 1). */
static int suffixes(const uint32_t *cps, size_t n, int empty, int last, int free)
{
	size_t j;
	if (n == 0)
		return empty;
	if (suffix_at(cps, n, last, free))
		return 1;
	for (j = 1; j < n; j++)
		if (suffix_at(cps, j, last, free) &&
		    suffix_at(cps + j, n - j, last_vowel(cps, j, last), 0))
			return 1;
	return 0;
}

static size_t lower_tr(const uint32_t *cps, size_t n, uint32_t *out)
{
	size_t i;
	if (n > TRLEX_MAX)
		n = TRLEX_MAX;
	for (i = 0; i < n; i++)
		out[i] = cps[i] == 'I' ? 0x0131 : cps[i] == 0x0130 ? 'i' : us_simple_lower(cps[i]);
	return n;
}

int us_trlex_word(const uint32_t *cps, size_t n)
{
	uint32_t w[TRLEX_MAX];
	size_t k, max;
	n = lower_tr(cps, n, w);
	max = n < US_TRLEX_MAX_STEM ? n : US_TRLEX_MAX_STEM;
	for (k = US_TRLEX_MIN_STEM; k <= max; k++) {
		int last;
		if (!has(US_TRLEX_KIND_STEM, w, k))
			continue;
		if (k == n)
			return 1;
		last = last_vowel(w, k, 0);
		if (suffixes(w + k, n - k, 0, last, 0) ||
		    (has(US_TRLEX_KIND_DISHARMONIC, w, k) && suffixes(w + k, n - k, 0, last, 1)))
			return 1;
	}
	return 0;
}

int us_trlex_suffixes(const uint32_t *cps, size_t n, int last)
{
	uint32_t w[TRLEX_MAX];
	n = lower_tr(cps, n, w);
	return suffixes(w, n, 0, last, 0);
}

int us_trlex_harmony(const uint32_t *cps, size_t n)
{
	uint32_t w[TRLEX_MAX];
	n = lower_tr(cps, n, w);
	return last_vowel(w, n, 0);
}
