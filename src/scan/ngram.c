/* Character-trigram plausibility of words; see ngram.h for the contract and
 * gen/gen_ngram.py for how the tables are built.
 *
 * Lookup of one transition (a, b) -> c, all symbols of one group (0 = word
 * boundary, 1..N letters, SYM_UNKNOWN for anything else):
 *
 *   c unknown                      -> US_NGRAM_UNKNOWN_BITS
 *   trigram abc stored             -> its cost
 *   else (history ab stored: + its backoff cost g3(ab))
 *        bigram bc stored          -> + its cost
 *        else                      -> + g2(b) + unigram cost of c
 *
 * The bigram table serves both as P2(c|b) and as the index of trigram
 * histories: bigram ab points at the run of its trigram continuations. */
#include "scan/ngram.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "data/props.gen.h"
#include "ucd/norm.h"
#include "ucd/props.h"

#define SYM_BOUND 0u
#define SYM_UNKNOWN 255u
#define GREEK_FINAL_SIGMA 0x03C2u
#define GREEK_SIGMA 0x03C3u

int us_ngram_group(unsigned script)
{
	switch (script) {
	case US_SC_Latn:
		return US_NGRAM_LATIN;
	case US_SC_Cyrl:
		return US_NGRAM_CYRILLIC;
	case US_SC_Grek:
		return US_NGRAM_GREEK;
	case US_SC_Armn:
		return US_NGRAM_ARMENIAN;
	default:
		return -1;
	}
}

/* Lookup tables made on first use: the symbol of every code point below
 * LOW_END, and the bigram index of every symbol pair (NO_BIGRAM if absent),
 * for models whose alphabet fits SIDE - 1 letters; the others, and code
 * points above, use the binary searches. */
#define LOW_END 0x800u
#define SIDE 128u
#define NO_BIGRAM 0xFFFFu
static uint8_t sym_low[US_NGRAM_GROUP_COUNT][LOW_END];
/* What us_ngram_score() makes of a code point below LOW_END that no mark
 * follows: its symbol after lowercasing (final sigma read as sigma), or
 * SYM_MARK for a combining mark (skipped). */
#define SYM_MARK 254u
static uint8_t sym_read[US_NGRAM_GROUP_COUNT][LOW_END];
static int has_read[US_NGRAM_GROUP_COUNT]; /* sym_read[g] is filled */
/* Bit cp of the code points below LOW_END that are combining marks. */
static uint64_t mark_low[LOW_END / 64];
static uint16_t bi_pair[US_NGRAM_GROUP_COUNT][SIDE * SIDE];
static int has_pairs[US_NGRAM_GROUP_COUNT];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;
static atomic_int tables_ready;

static unsigned sym_search(const us_ngram_model *m, uint32_t cp);
static long bigram_search(const us_ngram_model *m, unsigned b, unsigned c);
static int is_mark(uint32_t cp);
static unsigned sym_of(const us_ngram_model *m, uint32_t cp);

static void make_tables(void)
{
	unsigned g;
	memset(sym_low, SYM_UNKNOWN, sizeof sym_low);
	memset(bi_pair, 0xFF, sizeof bi_pair);
	for (g = 0; g < LOW_END; g++)
		if (is_mark(g))
			mark_low[g / 64] |= 1ull << (g % 64);
	for (g = 0; g < US_NGRAM_GROUP_COUNT; g++) {
		const us_ngram_model *m = &us_ngram_models[g];
		const uint16_t *key = us_ngram_bi_key + m->bi;
		uint32_t i;
		for (i = 0; i < m->nalpha; i++)
			if (us_ngram_alpha[m->alpha + i] < LOW_END)
				sym_low[g][us_ngram_alpha[m->alpha + i]] = (uint8_t)(i + 1);
		for (i = 0; i < LOW_END && m->nalpha < SYM_MARK; i++) {
			uint32_t c = us_simple_lower(i);
			if (c == GREEK_FINAL_SIGMA)
				c = GREEK_SIGMA;
			/* sym_low of this group is complete: sym_of() may use it. */
			sym_read[g][i] = is_mark(i) ? SYM_MARK : (uint8_t)sym_of(m, c);
			has_read[g] = 1;
		}
		if (m->nalpha + 1 > SIDE || m->nbi >= NO_BIGRAM)
			continue;
		for (i = 0; i < m->nbi; i++)
			bi_pair[g][(key[i] >> 8) * SIDE + (key[i] & 0xFF)] = (uint16_t)i;
		has_pairs[g] = 1;
	}
	atomic_store_explicit(&tables_ready, 1, memory_order_release);
}

static unsigned sym_of(const us_ngram_model *m, uint32_t cp)
{
	if (cp < LOW_END)
		return sym_low[m - us_ngram_models][cp];
	return sym_search(m, cp);
}

/* Index (within the group) of bigram (b, c), or -1. */
static inline long find_bigram(const us_ngram_model *m, unsigned b, unsigned c)
{
	size_t g = (size_t)(m - us_ngram_models);
	if (has_pairs[g] && b < SIDE && c < SIDE) {
		uint16_t j = bi_pair[g][b * SIDE + c];
		return j == NO_BIGRAM ? -1 : (long)j;
	}
	return bigram_search(m, b, c);
}

/* The first index of sorted a[0..n) whose value is not below key (n if
 * none). */
static size_t lower_bound32(const uint32_t *a, size_t n, uint32_t key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The symbol of (lowercased) cp in model m: 1..nalpha, or SYM_UNKNOWN. */
static unsigned sym_search(const us_ngram_model *m, uint32_t cp)
{
	const uint32_t *a = us_ngram_alpha + m->alpha;
	size_t lo = lower_bound32(a, m->nalpha, cp);
	return lo < m->nalpha && a[lo] == cp ? (unsigned)lo + 1 : SYM_UNKNOWN;
}

static long bigram_search(const us_ngram_model *m, unsigned b, unsigned c)
{
	const uint16_t *k = us_ngram_bi_key + m->bi;
	uint16_t key = (uint16_t)(b << 8 | c);
	size_t lo = 0, hi = m->nbi;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < m->nbi && k[lo] == key ? (long)lo : -1;
}

/* Cost (in 1/US_NGRAM_COST_SCALE bits) of c after history (a, b). */
static unsigned cost(const us_ngram_model *m, unsigned a, unsigned b, unsigned c)
{
	unsigned total = 0;
	long j;

	if (c == SYM_UNKNOWN)
		return US_NGRAM_UNKNOWN_BITS * US_NGRAM_COST_SCALE;
	if (a != SYM_UNKNOWN && b != SYM_UNKNOWN) {
		long h = find_bigram(m, a, b);
		if (h >= 0) {
			size_t lo = us_ngram_bi_start[m->bi + (size_t)h];
			size_t end = (size_t)h + 1 < m->nbi ? us_ngram_bi_start[m->bi + (size_t)h + 1]
			                                    : m->ntri;
			size_t hi = end;
			const uint8_t *tc = us_ngram_tri_c + m->tri;
			/* Binary search down to a few entries, then a linear one
			 * (the same answer: the first entry >= c). */
			while (hi - lo > 8) {
				size_t mid = lo + (hi - lo) / 2;
				if (tc[mid] < c)
					lo = mid + 1;
				else
					hi = mid;
			}
			while (lo < hi && tc[lo] < c)
				lo++;
			if (lo < end && tc[lo] == c)
				return us_ngram_tri_cost[m->tri + lo];
			total += us_ngram_bi_bow[m->bi + (size_t)h];
		}
	}
	if (b != SYM_UNKNOWN) {
		j = find_bigram(m, b, c);
		if (j >= 0)
			return total + us_ngram_bi_cost[m->bi + (size_t)j];
		total += us_ngram_uni_bow[m->uni + b];
	}
	return total + us_ngram_uni_cost[m->uni + c];
}

static int is_mark(uint32_t cp)
{
	unsigned gc;
	if (cp > 0x10FFFFu)
		return 0;
	gc = us_props(cp)->gc;
	return gc == US_GC_Mn || gc == US_GC_Mc || gc == US_GC_Me;
}

int us_ngram_score(int g, const uint32_t *cps, size_t n)
{
	const us_ngram_model *m;
	unsigned a = SYM_BOUND, b = SYM_BOUND;
	uint64_t sum = 0, count = 0;
	size_t i = 0;

	if (g < 0 || g >= US_NGRAM_GROUP_COUNT)
		return US_NGRAM_BAD_GROUP;
	m = &us_ngram_models[g];
	if (!atomic_load_explicit(&tables_ready, memory_order_acquire))
		pthread_once(&tables_once, make_tables);
	while (i < n) {
		uint32_t cp = cps[i++];
		unsigned s;
		if (cp < LOW_END && has_read[g] &&
		    (i == n ||
		     (cps[i] < LOW_END && !((mark_low[cps[i] / 64] >> (cps[i] % 64)) & 1)))) {
			/* The common case: no mark follows to compose with. */
			s = sym_read[g][cp];
			if (s == SYM_MARK)
				continue;
		} else if (cp > 0x10FFFFu) {
			s = SYM_UNKNOWN;
		} else if (is_mark(cp)) {
			continue; /* a mark that no letter before it composes with */
		} else {
			cp = us_simple_lower(cp);
			while (i < n && is_mark(cps[i])) {
				uint32_t c2 = us_compose_pair(cp, cps[i]);
				if (c2 == 0)
					break;
				cp = c2;
				i++;
			}
			if (cp == GREEK_FINAL_SIGMA)
				cp = GREEK_SIGMA;
			s = sym_of(m, cp);
		}
		sum += cost(m, a, b, s);
		count++;
		a = b;
		b = s;
	}
	sum += cost(m, a, b, SYM_BOUND);
	count++;
	/* cost units are 1/8 bit; the score unit is 1/256 bit. */
	return -(int)((sum * (US_NGRAM_ONE_BIT / US_NGRAM_COST_SCALE) + count / 2) / count);
}

int us_ngram_tr_vowels(const uint32_t *cps, size_t n)
{
	unsigned u = 0, v, k;
	uint32_t sum = 0;
	size_t i = 0;
	while (i < n) {
		uint32_t cp = cps[i++];
		if (cp > 0x10FFFFu)
			continue;
		cp = us_simple_lower(cp);
		while (i < n && cps[i] <= 0x10FFFFu && is_mark(cps[i])) {
			uint32_t c2 = us_compose_pair(cp, cps[i]);
			if (c2 == 0)
				break;
			cp = c2;
			i++;
		}
		for (v = 0, k = 0; k < US_NGRAM_TR_NVOWEL && !v; k++)
			if (us_ngram_tr_vowel[k] == cp)
				v = k + 1;
		if (!v)
			continue;
		sum += us_ngram_tr_vcost[u * (US_NGRAM_TR_NVOWEL + 1) + v];
		u = v;
	}
	sum += us_ngram_tr_vcost[u * (US_NGRAM_TR_NVOWEL + 1)];
	return -(int)(sum * (US_NGRAM_ONE_BIT / US_NGRAM_COST_SCALE));
}

int us_ngram_one_letter_word(int g, uint32_t cp)
{
	uint32_t key;
	size_t lo;
	if (g < 0 || g >= US_NGRAM_GROUP_COUNT || cp > 0x10FFFF)
		return 0;
	key = (uint32_t)g << 21 | us_simple_lower(cp);
	lo = lower_bound32(us_ngram_one, US_NGRAM_ONE_COUNT, key);
	return lo < US_NGRAM_ONE_COUNT && us_ngram_one[lo] == key;
}
