/* UTS #39 §4: skeleton(X), bidiSkeleton(α, X). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "uts39/uts39.h"
#include "common/utf8.h"
#include "ucd/norm.h"
#include "ucd/props.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define SK_SSE2 1
#else
#define SK_SSE2 0
#endif

int us_skeleton_cps(const uint32_t *in, size_t n, us_cpvec *out)
{
	uint32_t st1[256], st2[256];
	us_cpvec nfd, mapped;
	size_t i;
	int rc;

	us_cpvec_init(&nfd, st1, 256);
	us_cpvec_init(&mapped, st2, 256);
	rc = us_nfd_cps(in, n, &nfd);
	if (rc)
		goto done;
	rc = us_cpvec_reserve(&mapped, nfd.n);
	if (rc)
		goto done;
	for (i = 0; i < nfd.n; i++) {
		uint32_t cp = nfd.p[i];
		const uint32_t *seq;
		unsigned k;
		if (us_props(cp)->flags & US_F_DEFAULT_IGNORABLE)
			continue;
		k = us_confusable(cp, &seq);
		if (k == 0) {
			seq = &cp;
			k = 1;
		}
		rc = us_cpvec_reserve(&mapped, mapped.n + k);
		if (rc)
			goto done;
		memcpy(mapped.p + mapped.n, seq, k * sizeof *seq);
		mapped.n += k;
	}
	rc = us_nfd_cps(mapped.p, mapped.n, out);
done:
	us_cpvec_free(&nfd);
	us_cpvec_free(&mapped);
	return rc;
}

/* Output bytes: counts everything, writes what fits. */
struct sink {
	unsigned char *dst;
	size_t cap, len;
	size_t bad; /* strict mode: where the first ill-formed byte is */
};

static void sink_bytes(struct sink *o, const unsigned char *b, size_t k)
{
	if (o->len <= o->cap && k <= o->cap - o->len)
		memcpy(o->dst + o->len, b, k);
	o->len += k;
}

/* us_utf8_encode(), inline. */
static inline size_t sk_encode(uint32_t cp, unsigned char b[4])
{
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | cp >> 6);
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			return 0;
		b[0] = (unsigned char)(0xE0 | cp >> 12);
		b[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp > 0x10FFFF)
		return 0;
	b[0] = (unsigned char)(0xF0 | cp >> 18);
	b[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
	b[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
	b[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

static void sink_cps(struct sink *o, const uint32_t *cps, size_t n)
{
	size_t i, j;
	for (i = 0; i < n; i++) {
		unsigned char b[4];
		size_t k = sk_encode(cps[i], b);
		if (o->len <= o->cap && k <= o->cap - o->len)
			for (j = 0; j < k; j++)
				o->dst[o->len + j] = b[j];
		o->len += k;
	}
}

/* Skeleton (direction < 0) or bidi skeleton of one well-formed run. */
static int run_skeleton(int direction, const uint32_t *cps, size_t n, struct sink *o)
{
	uint32_t st[256], stv[256];
	us_cpvec sk, vis;
	int rc;
	us_cpvec_init(&sk, st, 256);
	us_cpvec_init(&vis, stv, 256);
	if (direction >= 0) {
		rc = us_bidi_visual(cps, n, direction, &vis);
		if (rc)
			goto done;
		cps = vis.p;
		n = vis.n;
	}
	rc = us_skeleton_cps(cps, n, &sk);
	if (rc == 0)
		sink_cps(o, sk.p, sk.n);
done:
	us_cpvec_free(&sk);
	us_cpvec_free(&vis);
	return rc;
}

/* Checks the arguments and the UTF-8 (strict mode, unless the caller
 * finds ill-formed bytes itself: !validate) and sets up the sink; returns
 * non-zero (with *out_len set) when there is nothing more to do. */
static int skeleton_start(const char *src, size_t len, char *dst, size_t dst_cap,
                          size_t *out_len, unsigned flags, int validate, struct sink *o)
{
	int rc;
	if (!out_len)
		return UNSPOOF_E_NULL;
	*out_len = 0;
	if ((!src && len) || (!dst && dst_cap))
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE);
	if (rc)
		return rc;
	if (validate && !(flags & (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE))) {
		size_t ok = us_utf8_valid_prefix((const unsigned char *)src, len);
		if (ok < len) {
			*out_len = ok;
			return UNSPOOF_E_UTF8;
		}
	}
	o->dst = (unsigned char *)dst;
	o->cap = dst_cap;
	o->len = 0;
	o->bad = 0;
	return UNSPOOF_OK;
}

static int skeleton_end(int rc, const struct sink *o, size_t *out_len)
{
	if (rc == UNSPOOF_E_UTF8)
		*out_len = o->bad;
	if (rc)
		return rc;
	*out_len = o->len;
	return o->len > o->cap ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK;
}

/* KEEP: the ill-formed subpart p[i..i+k) goes out unchanged and is a
 * boundary (the caller has written the skeleton of the text before it). If
 * the text since the previous subpart had a skeleton of nothing
 * (default-ignorables only) and the two subparts would run together into
 * other bytes (D0 80 is U+0400), U+034F keeps them apart. */
struct kept {
	size_t at, len, out; /* last subpart (len 0: none) and o->len after it */
};

static void keep_subpart(const unsigned char *p, size_t len, size_t i, size_t k,
                         struct sink *o, struct kept *kp)
{
	if (kp->len && o->len == kp->out && us_keep_would_join(p + kp->at, kp->len, p + i, len - i))
		sink_bytes(o, (const unsigned char *)US_KEEP_SEPARATOR_UTF8, 2);
	sink_bytes(o, p + i, k);
	kp->at = i;
	kp->len = k;
	kp->out = o->len;
}

/* The definition applied to the whole text at once (between KEEP
 * subparts): skeleton (direction < 0) or bidi skeleton. */
static int skeleton_general(int direction, const unsigned char *p, size_t len, struct sink *o,
                            unsigned flags)
{
	uint32_t st[256];
	us_cpvec run;
	struct kept kp = {0, 0, 0};
	size_t i = 0;
	int rc = UNSPOOF_OK;

	us_cpvec_init(&run, st, 256);
	while (i < len && rc == 0) {
		uint32_t cp;
		size_t k = us_utf8_decode(p + i, len - i, &cp);
		if (cp == US_CP_INVALID) {
			if (flags & UNSPOOF_INVALID_REPLACE) {
				cp = 0xFFFD;
			} else {
				rc = run_skeleton(direction, run.p, run.n, o);
				run.n = 0;
				if (rc)
					break;
				keep_subpart(p, len, i, k, o, &kp);
				i += k;
				continue;
			}
		}
		rc = us_cpvec_push(&run, cp);
		i += k;
	}
	if (rc == 0 && (run.n || len == 0))
		rc = run_skeleton(direction, run.p, run.n, o);
	us_cpvec_free(&run);
	return rc;
}

/* The fast path cuts the text into segments whose skeletons are
 * independent: skeleton(XY) = skeleton(X) skeleton(Y) whenever the
 * character c that ends X or the character d that starts Y seals the cut.
 * d seals it ("lead" flag) when the first code point f of NFD(d) has
 * canonical combining class 0 and is not default-ignorable, and NFD of the
 * prototype of f starts with class 0: then no canonical reordering of
 * either NFD crosses f, nor does removing the ignorables bring marks
 * together across it. c seals it ("tail" flag) when the same holds for the
 * last code point of NFD(c) and the end of NFD of its prototype. A segment
 * of one character has the skeleton of that character, which the tables
 * below hold; longer segments (a letter with combining marks after it,
 * joiners between marks) go through us_skeleton_cps().
 *
 * The tables are made on first use, 256 code points at a time, from
 * us_skeleton_cps() itself, so that they cannot disagree with it. */
#define SK_LEAD 1u
#define SK_TAIL 2u
#define SK_SLOW 4u /* no skeleton stored: always goes through the general path */
#define SK_FAST 8u /* both flags, not SLOW, skeleton inline: copied by sk_sealed_run() */
#define SK_MARK 16u /* NFD of marks only (class > 0), not ignorable: see sk_marks() */
#define SK_DECOMP 32u /* SK_MARK, but NFD is not the code point itself */
#define SK_ID 64u /* the skeleton is the code point itself */
#define SK_MRUN 128u /* SK_MARK, skeleton inline, and the keys u.k: see sk_mark_run() */
#define SK_INLINE 8u

struct sk_ent {
	unsigned char b[SK_INLINE]; /* the skeleton's UTF-8 if len <= SK_INLINE */
	union {
		uint16_t off; /* len > SK_INLINE: its offset in the block's pool */
		/* SK_MRUN: every code point of NFD(c) has the class k[0], every
		 * one of its skeleton the class k[1] (both > 0) */
		uint8_t k[2];
		/* len 0: 1 if NFD(c) is default-ignorables of class 0 only (its
		 * skeleton is empty, and it keeps the marks on either side apart
		 * in the first NFD): see sk_empty0() */
		uint8_t empty0;
	} u;
	uint8_t len, fl;
};

static inline int sk_empty0(const struct sk_ent *e)
{
	return e->len == 0 && e->u.empty0;
}

struct sk_blk {
	struct sk_ent e[256];
};

/* Blocks 0..7 (U+0000..U+07FF, the two-byte range) are made together, in
 * one array, so that sk_sealed_run() indexes them by code point. */
#define SK_NBLK (0x110000u >> 8)
#define SK_NLOW 8u
static _Atomic(struct sk_blk *) sk_blocks[SK_NBLK];
static unsigned char *sk_pools[SK_NBLK]; /* set before the block is published */
/* The entries of U+0800..U+FFFF by 64: row r holds those of r << 6..,
 * published with the block (NULL: not made yet, or below U+0800, or
 * surrogates, which are never made). Indexed by the low bits of the first
 * two bytes of a three-byte character. */
static _Atomic(const struct sk_ent *) sk_row3[1024];
/* The one-byte skeleton of a sealed ASCII character, or 0xFF (as for the
 * bytes 0x80..0xFF). */
static unsigned char sk_one[256];
#if SK_SSE2
/* sk_one[] for 16 ASCII bytes at once: the bytes c with a one-byte
 * skeleton sk_one[c] != c (sk_rm, each in all 16 lanes) get the difference
 * (sk_rd) added; a byte that is not its own sealed character and has no
 * one-byte skeleton (sk_st) stops the copy, as does a byte >= 0x80. Unused
 * lanes hold 0x80 (and add 0). sk_vec_ok: the ASCII table fits in these. */
#define SK_NRM 6
#define SK_NST 4
static __m128i sk_rm[SK_NRM], sk_rd[SK_NRM], sk_st[SK_NST];
static int sk_vec_ok;
#endif
static pthread_mutex_t sk_lock = PTHREAD_MUTEX_INITIALIZER;
static const struct sk_ent sk_slow_ent = {{0}, {0}, 0, SK_SLOW};

/* Does the skeleton of the (NFD, class 0, not ignorable) code point cp
 * start (end: at_end) with a code point of class 0? known: its skeleton if
 * already made, else NULL. Sets *fail if out of memory. */
static int sealed_by(uint32_t cp, int at_end, const us_cpvec *known, int *fail)
{
	uint32_t st[64];
	us_cpvec sk;
	int ok, rc;
	if (us_ccc(cp) != 0 || (us_props(cp)->flags & US_F_DEFAULT_IGNORABLE))
		return 0;
	if (known) /* the skeleton of cp, already made */
		return known->n > 0 && us_ccc(known->p[at_end ? known->n - 1 : 0]) == 0;
	us_cpvec_init(&sk, st, 64);
	rc = us_skeleton_cps(&cp, 1, &sk);
	ok = rc == 0 && sk.n > 0 && us_ccc(sk.p[at_end ? sk.n - 1 : 0]) == 0;
	if (rc)
		*fail = 1;
	us_cpvec_free(&sk);
	return ok;
}

/* The entry of cp; a long skeleton is appended to pool[*used..) (pool has
 * 65535 bytes). Sets *fail if out of memory. */
static struct sk_ent sk_make(uint32_t cp, unsigned char *pool, size_t *used, int *fail)
{
	struct sk_ent e = {{0}, {0}, 0, SK_SLOW};
	uint32_t st1[64], st2[64];
	us_cpvec nfd, sk;
	unsigned char b[256];
	size_t i, n = 0;
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return e; /* never decoded */
	us_cpvec_init(&nfd, st1, 64);
	us_cpvec_init(&sk, st2, 64);
	if (us_nfd_cps(&cp, 1, &nfd) || us_skeleton_cps(&cp, 1, &sk)) {
		*fail = 1;
		goto done;
	}
	for (i = 0; i < sk.n; i++) {
		if (n + 4 > sizeof b)
			goto done; /* stays SK_SLOW */
		n += us_utf8_encode(sk.p[i], b + n);
	}
	if (nfd.n == 0 || n > 255 || (n > SK_INLINE && *used + n > 65535))
		goto done;
	e.fl = 0;
	if (sealed_by(nfd.p[0], 0, nfd.p[0] == cp ? &sk : NULL, fail))
		e.fl |= SK_LEAD;
	if (sealed_by(nfd.p[nfd.n - 1], 1, nfd.p[nfd.n - 1] == cp ? &sk : NULL, fail))
		e.fl |= SK_TAIL;
	for (i = 0; i < nfd.n; i++)
		if (us_ccc(nfd.p[i]) == 0 || (us_props(nfd.p[i])->flags & US_F_DEFAULT_IGNORABLE))
			break;
	if (i == nfd.n && !(us_props(cp)->flags & US_F_DEFAULT_IGNORABLE))
		e.fl |= nfd.n == 1 && nfd.p[0] == cp ? SK_MARK : SK_MARK | SK_DECOMP;
	if (sk.n == 1 && sk.p[0] == cp)
		e.fl |= SK_ID;
	for (i = 0; i < nfd.n; i++)
		if (us_ccc(nfd.p[i]) != 0 || !(us_props(nfd.p[i])->flags & US_F_DEFAULT_IGNORABLE))
			break;
	if (i == nfd.n && sk.n == 0)
		e.u.empty0 = 1;
	if ((e.fl & SK_MARK) && n <= SK_INLINE && sk.n > 0) {
		uint8_t k1 = us_ccc(nfd.p[0]), k2 = us_ccc(sk.p[0]);
		int same = k1 > 0 && k2 > 0;
		for (i = 1; i < nfd.n; i++)
			same &= us_ccc(nfd.p[i]) == k1;
		for (i = 1; i < sk.n; i++)
			same &= us_ccc(sk.p[i]) == k2;
		if (same) {
			e.fl |= SK_MRUN;
			e.u.k[0] = k1;
			e.u.k[1] = k2;
		}
	}
	e.len = (uint8_t)n;
	if (n <= SK_INLINE) {
		memcpy(e.b, b, n);
		if ((e.fl & (SK_LEAD | SK_TAIL)) == (SK_LEAD | SK_TAIL))
			e.fl |= SK_FAST;
	} else {
		memcpy(pool + *used, b, n);
		e.u.off = (uint16_t)*used;
		*used += n;
	}
done:
	us_cpvec_free(&nfd);
	us_cpvec_free(&sk);
	return e;
}

/* Fills b->e and returns the pool of the long skeletons (NULL if none, or
 * with *fail set if out of memory). */
static unsigned char *sk_fill(uint32_t hi, struct sk_blk *b, int *fail)
{
	unsigned char *tmp = malloc(65535), *pool = NULL;
	size_t used = 0;
	unsigned lo;
	if (!tmp) {
		*fail = 1;
		return NULL;
	}
	for (lo = 0; lo < 256 && !*fail; lo++)
		b->e[lo] = sk_make(hi << 8 | lo, tmp, &used, fail);
	if (used && !*fail) {
		pool = malloc(used);
		if (pool)
			memcpy(pool, tmp, used);
		else
			*fail = 1;
	}
	free(tmp);
	return pool;
}

static struct sk_blk *sk_build(uint32_t hi)
{
	struct sk_blk *b;
	uint32_t first = hi < SK_NLOW ? 0 : hi, n = hi < SK_NLOW ? SK_NLOW : 1, k;
	unsigned char *pools[SK_NLOW] = {NULL};
	int fail = 0;
	/* A cache, not part of the call: the allocation-failure tests do not
	 * count its allocations (if it cannot be made, the general path runs). */
	unsigned long countdown = us_uts39_fail_countdown;
	us_uts39_fail_countdown = 0;
	pthread_mutex_lock(&sk_lock);
	b = atomic_load_explicit(&sk_blocks[hi], memory_order_acquire);
	if (b)
		goto out;
	b = malloc(n * sizeof *b);
	for (k = 0; b && k < n && !fail; k++)
		pools[k] = sk_fill(first + k, b + k, &fail);
	if (!b || fail) {
		for (k = 0; k < n; k++)
			free(pools[k]);
		free(b);
		b = NULL;
		goto out;
	}
	if (first == 0) {
		for (k = 0; k < 256; k++) {
			const struct sk_ent *e = &b->e[k];
			sk_one[k] = k < 0x80 && (e->fl & SK_FAST) && e->len == 1 && e->b[0] < 0x80
			                ? e->b[0]
			                : 0xFF;
		}
#if SK_SSE2
		{
			unsigned nrm = 0, nst = 0;
			for (k = 0; k < SK_NRM; k++)
				sk_rd[k] = _mm_setzero_si128();
			for (k = 0; k < SK_NRM; k++)
				sk_rm[k] = _mm_set1_epi8((char)0x80);
			for (k = 0; k < SK_NST; k++)
				sk_st[k] = _mm_set1_epi8((char)0x80);
			for (k = 0; k < 0x80; k++) {
				if (sk_one[k] == 0xFF) {
					if (nst < SK_NST)
						sk_st[nst] = _mm_set1_epi8((char)k);
					nst++;
				} else if (sk_one[k] != k) {
					if (nrm < SK_NRM) {
						sk_rm[nrm] = _mm_set1_epi8((char)k);
						sk_rd[nrm] = _mm_set1_epi8((char)(sk_one[k] - k));
					}
					nrm++;
				}
			}
			sk_vec_ok = nrm <= SK_NRM && nst <= SK_NST;
		}
#endif
	}
	for (k = 0; k < n; k++) {
		uint32_t h = first + k, r;
		sk_pools[h] = pools[k];
		atomic_store_explicit(&sk_blocks[h], b + k, memory_order_release);
		if (h >= 8 && h < 0x100 && !(h >= 0xD8 && h < 0xE0))
			for (r = 0; r < 4; r++)
				atomic_store_explicit(&sk_row3[h << 2 | r], &b[k].e[r << 6],
				                      memory_order_release);
	}
	b += hi - first;
out:
	pthread_mutex_unlock(&sk_lock);
	us_uts39_fail_countdown = countdown;
	return b;
}

static inline const struct sk_blk *sk_block(uint32_t hi)
{
	struct sk_blk *b = atomic_load_explicit(&sk_blocks[hi], memory_order_acquire);
	return b ? b : sk_build(hi);
}

static inline const struct sk_ent *sk_entry(uint32_t cp)
{
	const struct sk_blk *b = sk_block(cp >> 8);
	return b ? &b->e[cp & 0xFF] : &sk_slow_ent;
}

/* Appends the stored skeleton of cp (entry e). */
static inline void sk_emit(struct sink *o, uint32_t cp, const struct sk_ent *e)
{
	size_t n = e->len, ol = o->len;
	const unsigned char *s = n <= SK_INLINE ? e->b : sk_pools[cp >> 8] + e->u.off;
	if (n && ol <= o->cap && n <= o->cap - ol) {
		unsigned char *d = o->dst + ol;
		size_t j;
		for (j = 0; j < n; j++)
			d[j] = s[j];
	}
	o->len = ol + n;
}

/* The skeleton of the segment p[0..n) (several characters, or one without
 * a stored skeleton). */
static int sk_segment(const unsigned char *p, size_t n, struct sink *o)
{
	uint32_t st1[64], st2[64];
	us_cpvec in, sk;
	size_t i = 0;
	int rc = UNSPOOF_OK;
	us_cpvec_init(&in, st1, 64);
	us_cpvec_init(&sk, st2, 64);
	while (i < n && rc == 0) {
		uint32_t cp;
		i += us_utf8_decode(p + i, n - i, &cp);
		rc = us_cpvec_push(&in, cp == US_CP_INVALID ? 0xFFFDu : cp);
	}
	if (rc == 0)
		rc = us_skeleton_cps(in.p, in.n, &sk);
	if (rc == 0)
		sink_cps(o, sk.p, sk.n);
	us_cpvec_free(&in);
	us_cpvec_free(&sk);
	return rc;
}

/* Writes the inline skeleton of e at d[ol..) and returns the new length.
 * With room for SK_INLINE bytes it writes all SK_INLINE (the ones past the
 * skeleton are scratch that later output overwrites), else what fits. */
static inline size_t sk_put(unsigned char *d, size_t ol, size_t cap, const struct sk_ent *e)
{
	size_t n = e->len;
	if (ol + SK_INLINE <= cap) {
		memcpy(d + ol, e->b, SK_INLINE);
	} else {
		size_t j;
		for (j = 0; j < n && ol + j < cap; j++)
			d[ol + j] = e->b[j];
	}
	return ol + n;
}

/* Stable sort of cps[0..n) by canonical combining class (all > 0). */
static void sk_sort_marks(uint32_t *cps, uint8_t *cc, size_t n)
{
	size_t i, j;
	for (i = 1; i < n; i++) {
		uint32_t cp = cps[i];
		uint8_t c = cc[i];
		for (j = i; j > 0 && cc[j - 1] > c; j--) {
			cps[j] = cps[j - 1];
			cc[j] = cc[j - 1];
		}
		cps[j] = cp;
		cc[j] = c;
	}
}

/* The skeleton of a segment whose NFD is the marks in[0..m) (sorted):
 * each replaced by its stored skeleton (in NFD), then the runs of marks of
 * the result sorted (the final NFD). Returns 0 without writing anything if
 * a skeleton is not stored or the result is too long, else 1. */
static int sk_map_marks(const uint32_t *in, size_t m, struct sink *o)
{
	uint32_t out[256];
	uint8_t cc[256];
	size_t i, j, k = 0;
	for (i = 0; i < m; i++) {
		const struct sk_ent *e = sk_entry(in[i]);
		const unsigned char *s = e->len <= SK_INLINE ? e->b : sk_pools[in[i] >> 8] + e->u.off;
		size_t sn = e->len;
		if (e->fl & SK_SLOW)
			return 0;
		for (j = 0; j < sn;) {
			if (k == 256)
				return 0;
			j += us_utf8_decode(s + j, sn - j, &out[k++]);
		}
	}
	for (i = 0; i < k; i++)
		cc[i] = us_ccc(out[i]);
	for (i = 0; i < k;) { /* sort each run of marks */
		if (cc[i] == 0) {
			i++;
			continue;
		}
		for (j = i; j < k && cc[j] != 0; j++)
			;
		sk_sort_marks(out + i, cc + i, j - i);
		i = j;
	}
	sink_cps(o, out, k);
	return 1;
}

/* A segment of marks only, each SK_MARK (its NFD made of marks of class >
 * 0, not default-ignorable), as zalgo text stacks them. Its NFD is the
 * marks' decompositions stably sorted by class; each code point of that is
 * replaced by its stored skeleton (already in NFD), and the final NFD only
 * reorders the runs of marks in the result. Returns 0 if the segment is
 * not such a run (or too long), else writes its skeleton and returns 1. */
static int sk_marks(const unsigned char *p, size_t n, struct sink *o)
{
	uint32_t in[32];
	uint8_t cc[32];
	size_t i = 0, m = 0, j;
	unsigned all = SK_ID;
	while (i < n) {
		const struct sk_ent *e;
		uint32_t cp;
		i += us_utf8_decode(p + i, n - i, &cp);
		if (m == 32 || cp == US_CP_INVALID || !((e = sk_entry(cp))->fl & SK_MARK))
			return 0;
		all &= e->fl;
		if (e->fl & SK_DECOMP) {
			uint32_t st[16];
			us_cpvec nfd;
			int ok;
			us_cpvec_init(&nfd, st, 16);
			ok = us_nfd_cps(&cp, 1, &nfd) == 0 && nfd.n <= 32 - m;
			for (j = 0; ok && j < nfd.n; j++) {
				in[m] = nfd.p[j];
				cc[m++] = us_ccc(nfd.p[j]);
			}
			us_cpvec_free(&nfd);
			if (!ok)
				return 0;
			continue;
		}
		in[m] = cp;
		cc[m++] = us_ccc(cp);
	}
	sk_sort_marks(in, cc, m);
	if (all & SK_ID) { /* each is its own skeleton: the sorted marks are the result */
		sink_cps(o, in, m);
		return 1;
	}
	return sk_map_marks(in, m, o);
}

/* sk_at() for a lead byte c >= 0xE0 (three or four bytes). */
static inline const struct sk_ent *sk_at_hi(const unsigned char *p, size_t len, size_t i,
                                            unsigned c, size_t *k, uint32_t *cpp)
{
	const struct sk_blk *b;
	unsigned c1, c2, c3;
	uint32_t cp;
	if (c < 0xF0) {
		if (len - i < 3)
			return NULL;
		c1 = p[i + 1] ^ 0x80u;
		c2 = p[i + 2] ^ 0x80u;
		if ((c1 | c2) > 0x3F)
			return NULL;
		cp = (c & 0x0Fu) << 12 | c1 << 6 | c2;
		if (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))
			return NULL;
		*k = 3;
	} else {
		if (c > 0xF4 || len - i < 4)
			return NULL;
		c1 = p[i + 1] ^ 0x80u;
		c2 = p[i + 2] ^ 0x80u;
		c3 = p[i + 3] ^ 0x80u;
		if ((c1 | c2 | c3) > 0x3F)
			return NULL;
		cp = (c & 0x07u) << 18 | c1 << 12 | c2 << 6 | c3;
		if (cp < 0x10000 || cp > 0x10FFFF)
			return NULL;
		*k = 4;
	}
	*cpp = cp;
	b = atomic_load_explicit(&sk_blocks[cp >> 8], memory_order_acquire);
	return b ? &b->e[cp & 0xFF] : NULL;
}

/* The entry of the four-byte character at p[i] (lead byte c; p[i..i+4)
 * may be read), or NULL if it is ill-formed or its table is not made. */
static inline const struct sk_ent *sk_at4(const unsigned char *p, size_t i, unsigned c)
{
	const struct sk_blk *b;
	unsigned c1 = p[i + 1] ^ 0x80u, c2 = p[i + 2] ^ 0x80u, c3 = p[i + 3] ^ 0x80u;
	uint32_t cp = (c & 0x07u) << 18 | c1 << 12 | c2 << 6 | c3;
	if (c - 0xF0u > 4u || (c1 | c2 | c3) > 0x3F || cp < 0x10000 || cp > 0x10FFFF)
		return NULL;
	b = atomic_load_explicit(&sk_blocks[cp >> 8], memory_order_acquire);
	return b ? &b->e[cp & 0xFF] : NULL;
}

/* p[0..4) as a little-endian number. */
static inline uint32_t sk_ld32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The entry of the well-formed character at p[i] (i < len) and its length
 * *k and code point *cpp, or NULL if it is ill-formed or its table is not
 * made yet. two: the entries of U+0000..U+07FF. */
static inline const struct sk_ent *sk_at(const unsigned char *p, size_t len, size_t i,
                                         const struct sk_ent *two, size_t *k, uint32_t *cpp)
{
	unsigned c = p[i], c1;
	if (c < 0x80) {
		*k = 1;
		*cpp = c;
		return &two[c];
	}
	if (c >= 0xE0)
		return sk_at_hi(p, len, i, c, k, cpp);
	if (c < 0xC2 || len - i < 2 || (c1 = p[i + 1] ^ 0x80u) > 0x3F)
		return NULL;
	*k = 2;
	*cpp = (c & 0x1Fu) << 6 | c1;
	return &two[*cpp];
}

/* At a cut, a character with entry e that is not SK_FAST, ending at p[j]:
 * can its inline skeleton be copied, i.e. is there also a cut after it? */
static inline int sk_alone(const unsigned char *p, size_t len, size_t j,
                           const struct sk_ent *two, const struct sk_ent *e)
{
	const struct sk_ent *next;
	size_t k;
	uint32_t cp;
	if ((e->fl & SK_SLOW) || e->len > SK_INLINE)
		return 0;
	if ((e->fl & SK_TAIL) || j == len)
		return 1;
	if (p[j] < 0x80)
		return two[p[j]].fl & SK_LEAD;
	next = sk_at(p, len, j, two, &k, &cp);
	return next && (next->fl & SK_LEAD);
}

/* At a cut, p[i] starts a run of SK_MARK and sk_empty0() characters
 * (zalgo, perhaps with U+034F between marks; U+FE0F U+200D in an emoji
 * sequence): if a cut follows the run (the end, or a character with
 * SK_LEAD) and each of its marks is SK_MRUN, writes the run's skeleton and
 * returns where it ends; else returns i (the caller takes the general
 * path).
 *
 * The skeleton is NFD(map(NFD(run))) without the ignorables of NFD(run).
 * NFD(run) is the decompositions, stably sorted by class between the
 * characters of class 0 (the sk_empty0() ones, which split the run into
 * groups): all of a mark c's have the class k1 = u.k[0], so they stay
 * together, in the order of the keys (group, k1, position). Then the
 * ignorables go, map replaces each code point by its prototype, and the
 * final NFD stably sorts the result (all marks, of class > 0: one run) by
 * class: the code points of c's skeleton all have the class k2 = u.k[1],
 * so they stay together too, in the order of (k2, group, k1, position).
 * So each mark's stored skeleton goes out, in a stable sort of the marks
 * by k2 << 16 | group << 8 | k1. */
static size_t sk_mark_run(const unsigned char *p, size_t len, size_t i,
                          const struct sk_ent *two, struct sink *o)
{
	const struct sk_ent *run[32], *e = NULL;
	uint32_t key[32], group = 0;
	size_t m = 0, j = i, k, a, ol, cap = o->cap;
	while (j < len) {
		uint32_t cp, x;
		unsigned c = p[j] - 0xC2u, c1;
		if (c < 0xE0u - 0xC2u && len - j >= 2 && (c1 = p[j + 1] ^ 0x80u) <= 0x3F) {
			e = &two[(c + 2) << 6 | c1]; /* two bytes (U+0300..U+036F) */
			k = 2;
		} else {
			e = sk_at(p, len, j, two, &k, &cp);
			if (!e)
				break;
		}
		if (!(e->fl & SK_MARK)) {
			if (!sk_empty0(e))
				break;
			if (group == 32)
				return i;
			group++;
			j += k;
			continue;
		}
		if (m == 32 || !(e->fl & SK_MRUN))
			return i;
		x = (uint32_t)e->u.k[1] << 16 | group << 8 | e->u.k[0];
		for (a = m; a > 0 && key[a - 1] > x; a--) { /* insertion: stable */
			key[a] = key[a - 1];
			run[a] = run[a - 1];
		}
		key[a] = x;
		run[a] = e;
		m++;
		j += k;
	}
	if (j < len && !(e && (e->fl & SK_LEAD)))
		return i;
	ol = o->len;
	for (a = 0; a < m; a++)
		ol = sk_put(o->dst, ol, cap, run[a]);
	o->len = ol;
	return j;
}

#if defined(__GNUC__)
#define SK_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define SK_ALWAYS_INLINE inline
#endif

/* sk_put(), or with roomy (room for SK_INLINE bytes known) just the copy. */
static SK_ALWAYS_INLINE size_t sk_put_r(unsigned char *d, size_t ol, size_t cap,
                                        const struct sk_ent *e, const int roomy)
{
	if (roomy) {
		memcpy(d + ol, e->b, SK_INLINE);
		return ol + e->len;
	}
	return sk_put(d, ol, cap, e);
}

/* sk_sealed_run(); roomy: there are at least 8 bytes of room out for each
 * byte in (cap - ol >= 8 * (len - i)), so that no write needs a check.
 * That stays true on the way: no character has an inline skeleton of more
 * than 8 bytes, a character writes at most SK_INLINE bytes (skeleton and
 * scratch) where at least one byte is left to read, and the 16-byte copy
 * runs only where 16 are left. */
static SK_ALWAYS_INLINE size_t sk_run(const unsigned char *p, size_t len, size_t i,
                                      const struct sk_ent *two, struct sink *o, const int roomy)
{
	unsigned char *d = o->dst;
	size_t ol = o->len, cap = o->cap, end4 = len > 3 ? len - 3 : 0;
	while (i < len) {
		const struct sk_ent *e;
		unsigned c = p[i], v;
		uint32_t cp;
		size_t k;
		if (c < 0x80) {
			const unsigned char *r = p + i;
#if SK_SSE2
			if (len - i >= 16 && r[1] < 0x80 && sk_vec_ok && (roomy || ol + 16 <= cap)) {
				/* 16 at a time, as the 8 below */
				__m128i x = _mm_loadu_si128((const __m128i *)(const void *)r), y, s;
				unsigned m, j;
#define SK_RM(t) _mm_and_si128(_mm_cmpeq_epi8(x, sk_rm[t]), sk_rd[t])
				y = _mm_add_epi8(_mm_add_epi8(_mm_add_epi8(x, SK_RM(0)), _mm_add_epi8(SK_RM(1), SK_RM(2))),
				                 _mm_add_epi8(_mm_add_epi8(SK_RM(3), SK_RM(4)), SK_RM(5)));
#undef SK_RM
				s = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, sk_st[0]), _mm_cmpeq_epi8(x, sk_st[1])),
				                 _mm_or_si128(_mm_cmpeq_epi8(x, sk_st[2]), _mm_cmpeq_epi8(x, sk_st[3])));
				m = (unsigned)_mm_movemask_epi8(_mm_or_si128(x, s));
				_mm_storeu_si128((__m128i *)(void *)(d + ol), y);
				if (!m) {
					i += 16;
					ol += 16;
					continue;
				}
				j = (unsigned)__builtin_ctz(m);
				i += j;
				ol += j;
				c = r[j];
				if (c >= 0x80)
					continue;
				/* ASCII without a one-byte skeleton ('m': "rn") */
			} else
#endif
			if (len - i >= 8 && r[1] < 0x80 && (roomy || ol + 8 <= cap)) {
				/* 8 at a time; 0xFF marks the first byte that is not a
				 * one-byte sealed character (or not ASCII) */
				unsigned char *q = d + ol;
				unsigned j;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				uint64_t x = (uint64_t)sk_one[r[0]] | (uint64_t)sk_one[r[1]] << 8 |
				             (uint64_t)sk_one[r[2]] << 16 | (uint64_t)sk_one[r[3]] << 24 |
				             (uint64_t)sk_one[r[4]] << 32 | (uint64_t)sk_one[r[5]] << 40 |
				             (uint64_t)sk_one[r[6]] << 48 | (uint64_t)sk_one[r[7]] << 56;
				memcpy(q, &x, 8);
				x &= 0x8080808080808080u;
				if (!x) {
					i += 8;
					ol += 8;
					continue;
				}
				j = (unsigned)__builtin_ctzll(x) >> 3;
#else
				unsigned acc;
				acc = q[0] = sk_one[r[0]];
				acc |= q[1] = sk_one[r[1]];
				acc |= q[2] = sk_one[r[2]];
				acc |= q[3] = sk_one[r[3]];
				acc |= q[4] = sk_one[r[4]];
				acc |= q[5] = sk_one[r[5]];
				acc |= q[6] = sk_one[r[6]];
				acc |= q[7] = sk_one[r[7]];
				if (!(acc & 0x80)) {
					i += 8;
					ol += 8;
					continue;
				}
				for (j = 0; q[j] != 0xFF; j++)
					;
#endif
				i += j;
				ol += j;
				c = r[j];
				if (c >= 0x80)
					continue;
				/* ASCII without a one-byte skeleton ('m': "rn") */
			} else {
				v = sk_one[c];
				if (v != 0xFF) {
					if (roomy || ol < cap)
						d[ol] = (unsigned char)v;
					ol++;
					i++;
					continue;
				}
			}
			e = &two[c];
			k = 1;
		} else if (i >= end4) { /* the last three bytes */
			e = sk_at(p, len, i, two, &k, &cp);
			if (!e)
				break;
		} else {
			/* Other characters come several in a row, often with a
			 * single ASCII character (a space) between them. Here
			 * i < end4: p[i..i+4) may be read. */
			for (;;) {
				if (c - 0xC2u < 0xE0u - 0xC2u) { /* two bytes */
					unsigned c1 = p[i + 1] ^ 0x80u;
					if (c1 > 0x3F)
						goto out;
					e = &two[(c - 0xC0u) << 6 | c1];
					k = 2;
					if (!(e->fl & SK_FAST) && !sk_alone(p, len, i + 2, two, e))
						goto marks;
					ol = sk_put_r(d, ol, cap, e, roomy);
					i += 2;
				} else {
					uint32_t w = sk_ld32(p + i);
					if ((w & 0xC0C0F0u) == 0x8080E0u) { /* three */
						const struct sk_ent *row = atomic_load_explicit(
							&sk_row3[(w & 0x0Fu) << 6 | (w >> 8 & 0x3Fu)],
							memory_order_acquire);
						if (!row)
							goto out;
						e = row + (w >> 16 & 0x3Fu);
						k = 3;
					} else {
						e = sk_at4(p, i, c);
						if (!e)
							goto out;
						k = 4;
					}
					if (!(e->fl & SK_FAST) && !sk_alone(p, len, i + k, two, e))
						goto marks;
					ol = sk_put_r(d, ol, cap, e, roomy);
					i += k;
				}
				if (i >= end4)
					goto next;
				c = p[i];
				if (c < 0x80) {
					if (p[i + 1] < 0x80 || (v = sk_one[c]) == 0xFF)
						goto next;
					if (roomy || ol < cap)
						d[ol] = (unsigned char)v;
					ol++;
					if (++i >= end4)
						goto next;
					c = p[i];
				}
			}
		}
		if (!(e->fl & SK_FAST) && !sk_alone(p, len, i + k, two, e)) {
			size_t end;
		marks: /* e at p[i] (a cut) is not a segment by itself */
			if (!(e->fl & SK_MARK) && !sk_empty0(e))
				break;
			o->len = ol;
			end = sk_mark_run(p, len, i, two, o);
			if (end == i)
				break;
			ol = o->len;
			i = end;
			continue;
		}
		ol = sk_put_r(d, ol, cap, e, roomy);
		i += k;
	next:;
	}
out:
	o->len = ol;
	return i;
}

/* Copies the skeletons of the characters from p[i] (a cut) on while each
 * is a segment by itself with an inline skeleton (all SK_FAST characters,
 * and others between cuts) and its table exists; returns where they end.
 * ASCII goes 16 (SSE2) or 8 bytes at a time where there is room for as
 * many out; as in sk_put(), dst bytes past the final length may change
 * (never past dst_cap). low: blocks 0..7. */
static size_t sk_sealed_run(const unsigned char *p, size_t len, size_t i,
                            const struct sk_blk *low, struct sink *o)
{
	if (o->len <= o->cap && (o->cap - o->len) / 8 >= len - i)
		return sk_run(p, len, i, low->e, o, 1);
	return sk_run(p, len, i, low->e, o, 0);
}

/* Flushes the pending segment p[seg..end) of nseg characters, the first
 * with code point cp0 and entry e0. */
static int sk_flush(const unsigned char *p, size_t seg, size_t end, size_t nseg, uint32_t cp0,
                    const struct sk_ent *e0, struct sink *o)
{
	if (nseg == 1 && !(e0->fl & SK_SLOW)) {
		sk_emit(o, cp0, e0);
		return UNSPOOF_OK;
	}
	if ((e0->fl & SK_MARK) && sk_marks(p + seg, end - seg, o))
		return UNSPOOF_OK;
	return sk_segment(p + seg, end - seg, o);
}

static int skeleton_fast(const unsigned char *p, size_t len, struct sink *o, unsigned flags)
{
	const struct sk_blk *low = sk_block(0);
	const struct sk_ent *pe = NULL;
	struct kept kp = {0, 0, 0};
	size_t i = 0, seg = 0; /* pending segment: p[seg..i), nseg characters */
	size_t nseg = 0;
	uint32_t pcp = 0;
	unsigned prev_tail = 0;
	int rc;

	if (!low) {
		if (!(flags & (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE))) {
			o->bad = us_utf8_valid_prefix(p, len);
			if (o->bad < len)
				return UNSPOOF_E_UTF8;
		}
		return skeleton_general(-1, p, len, o, flags);
	}
	while (i < len) {
		const struct sk_ent *e;
		uint32_t cp;
		size_t k;
		if (nseg == 0) { /* sealed characters, the common case */
			i = sk_sealed_run(p, len, i, low, o);
			if (i == len)
				break;
		}
		k = us_utf8_decode(p + i, len - i, &cp);
		if (cp == US_CP_INVALID) {
			if (flags & UNSPOOF_INVALID_REPLACE) {
				cp = 0xFFFD;
			} else if (!(flags & UNSPOOF_INVALID_KEEP)) {
				/* Strict: every byte before p[i] was decoded on
				 * the way here (by this loop, sk_sealed_run() or
				 * sk_mark_run()), so this is the first ill-formed
				 * one; what was written is left unspecified. */
				o->bad = i;
				return UNSPOOF_E_UTF8;
			} else {
				if (nseg) {
					rc = sk_flush(p, seg, i, nseg, pcp, pe, o);
					if (rc)
						return rc;
					nseg = 0;
				}
				keep_subpart(p, len, i, k, o, &kp);
				i += k;
				continue;
			}
		}
		e = sk_entry(cp);
		if (nseg == 0 || prev_tail || (e->fl & SK_LEAD)) {
			if (nseg) {
				rc = sk_flush(p, seg, i, nseg, pcp, pe, o);
				if (rc)
					return rc;
				nseg = 0;
			}
			if ((e->fl & (SK_TAIL | SK_SLOW)) == SK_TAIL) {
				sk_emit(o, cp, e);
				i += k;
				continue;
			}
			seg = i;
			pe = e;
			pcp = cp;
		}
		nseg++;
		prev_tail = e->fl & SK_TAIL;
		i += k;
	}
	return nseg ? sk_flush(p, seg, i, nseg, pcp, pe, o) : UNSPOOF_OK;
}

int us_skeleton_general(const char *src, size_t len, char *dst, size_t dst_cap,
                        size_t *out_len, unsigned flags)
{
	struct sink o;
	int rc = skeleton_start(src, len, dst, dst_cap, out_len, flags, 1, &o);
	if (rc)
		return rc;
	return skeleton_end(skeleton_general(-1, (const unsigned char *)src, len, &o, flags), &o,
	                    out_len);
}

UNSPOOF_API int unspoof_skeleton(const char *src, size_t len, char *dst, size_t dst_cap,
                                 size_t *out_len, unsigned flags)
{
	struct sink o;
	/* skeleton_fast() finds ill-formed bytes as it goes (one pass, not a
	 * validation first: 15% of the instructions per line) */
	int rc = skeleton_start(src, len, dst, dst_cap, out_len, flags, 0, &o);
	if (rc)
		return rc;
	return skeleton_end(skeleton_fast((const unsigned char *)src, len, &o, flags), &o, out_len);
}

UNSPOOF_API int unspoof_bidi_skeleton(int direction, const char *src, size_t len, char *dst,
                                      size_t dst_cap, size_t *out_len, unsigned flags)
{
	struct sink o;
	int rc;
	if (direction != UNSPOOF_DIR_LTR && direction != UNSPOOF_DIR_RTL) {
		if (out_len)
			*out_len = 0;
		return UNSPOOF_E_INVALID_ARG;
	}
	rc = skeleton_start(src, len, dst, dst_cap, out_len, flags, 1, &o);
	if (rc)
		return rc;
	return skeleton_end(skeleton_general(direction, (const unsigned char *)src, len, &o, flags),
	                    &o, out_len);
}
