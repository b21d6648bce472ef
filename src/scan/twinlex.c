/* Twin-word filter: see twinlex.h; the table and its hashing are described
 * in gen/gen_twinlex.py. */
#include "scan/twinlex.h"

#include "ucd/props.h"

#define FNV_PRIME 0x100000001B3ull

static const uint32_t cyr_letters[] = {US_TWINLEX_CYR_LETTERS};
static const uint32_t lat_letters[] = {US_TWINLEX_LAT_LETTERS};
static const uint32_t grk_letters[] = {US_TWINLEX_GRK_LETTERS};

/* Greek small letter c without its accents (tonos, dialytika), as the
 * filter stores the words of kind US_TWINLEX_KIND_GRK. */
static uint32_t unaccented(uint32_t c)
{
	switch (c) {
	case 0x3AC: return 0x3B1; /* ά */
	case 0x3AD: return 0x3B5; /* έ */
	case 0x3AE: return 0x3B7; /* ή */
	case 0x3AF: case 0x3CA: case 0x390: return 0x3B9; /* ί ϊ ΐ */
	case 0x3CC: return 0x3BF; /* ό */
	case 0x3CD: case 0x3CB: case 0x3B0: return 0x3C5; /* ύ ϋ ΰ */
	case 0x3CE: return 0x3C9; /* ώ */
	default: return c;
	}
}

static int in_set(const uint32_t *set, size_t n, uint32_t c)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (set[i] == c)
			return 1;
	return 0;
}

int us_twinlex_word(unsigned kind, const uint32_t *cps, size_t n)
{
	const uint32_t *set = kind == US_TWINLEX_KIND_CYR   ? cyr_letters
	                      : kind == US_TWINLEX_KIND_GRK ? grk_letters
	                                                    : lat_letters;
	size_t nset = kind == US_TWINLEX_KIND_CYR   ? sizeof cyr_letters / sizeof *cyr_letters
	              : kind == US_TWINLEX_KIND_GRK ? sizeof grk_letters / sizeof *grk_letters
	                                            : sizeof lat_letters / sizeof *lat_letters;
	uint64_t h = (0xcbf29ce484222325ull ^ kind) * FNV_PRIME;
	uint32_t h1, h2;
	size_t i;
	unsigned j;
	if ((kind != US_TWINLEX_KIND_CYR && kind != US_TWINLEX_KIND_LAT &&
	     kind != US_TWINLEX_KIND_LAT_NAME && kind != US_TWINLEX_KIND_GRK) ||
	    n < US_TWINLEX_MIN_LEN || n > US_TWINLEX_MAX_LEN)
		return -1;
	for (i = 0; i < n; i++) {
		uint32_t c = us_simple_lower(cps[i]);
		if (kind == US_TWINLEX_KIND_GRK)
			c = unaccented(c);
		if (!in_set(set, nset, c))
			return -1;
		h = (h ^ c) * FNV_PRIME;
	}
	h1 = (uint32_t)h;
	h2 = (uint32_t)(h >> 32) | 1u;
	for (j = 0; j < US_TWINLEX_HASHES; j++, h1 += h2) {
		uint32_t b = (uint32_t)(((uint64_t)h1 * US_TWINLEX_BITS) >> 32);
		if (!(us_twinlex_bits[b >> 3] & (1u << (b & 7))))
			return 0;
	}
	return 1;
}
