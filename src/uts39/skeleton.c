/* UTS #39 §4: skeleton(X), bidiSkeleton(α, X). */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "uts39/uts39.h"
#include "common/utf8.h"
#include "ucd/norm.h"
#include "ucd/props.h"

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

/* "Simple" characters: their own NFD, canonical combining class 0, and a
 * non-empty skeleton made only of characters of class 0. Nothing reorders
 * across such a skeleton, so the skeleton of a string is the skeleton of
 * each run of other characters with the simple characters' skeletons in
 * between: those are made once (for U+0000..U+07FF and General Punctuation)
 * and copied. Default-ignorables are never simple (their skeleton is
 * empty, and removing them can bring marks on either side together). */
#define LOW_END 0x800u
#define PUNCT_START 0x2000u
#define PUNCT_END 0x2070u
#define NSIMPLE (LOW_END + (PUNCT_END - PUNCT_START))
static uint16_t simple_off[NSIMPLE];
static uint8_t simple_len[NSIMPLE]; /* 0: not simple */
static unsigned char simple_pool[16384];
static pthread_once_t simple_once = PTHREAD_ONCE_INIT;
static atomic_int simple_ready;

static int simple_index(uint32_t cp)
{
	if (cp < LOW_END)
		return (int)cp;
	if (cp >= PUNCT_START && cp < PUNCT_END)
		return (int)(LOW_END + cp - PUNCT_START);
	return -1;
}

static void make_simple(void)
{
	size_t used = 0;
	unsigned k;
	for (k = 0; k < NSIMPLE; k++) {
		uint32_t cp = k < LOW_END ? k : PUNCT_START + (k - LOW_END);
		uint32_t st1[16], st2[64];
		us_cpvec nfd, sk;
		size_t i, n = 0;
		unsigned char b[64 * 4];
		int ok;
		us_cpvec_init(&nfd, st1, 16);
		us_cpvec_init(&sk, st2, 64);
		ok = us_ccc(cp) == 0 && us_nfd_cps(&cp, 1, &nfd) == 0 && nfd.n == 1 &&
		     nfd.p[0] == cp && us_skeleton_cps(&cp, 1, &sk) == 0 && sk.n > 0 && sk.n <= 64;
		for (i = 0; ok && i < sk.n; i++) {
			ok = us_ccc(sk.p[i]) == 0;
			n += us_utf8_encode(sk.p[i], b + n);
		}
		if (ok && n <= 255 && used + n <= sizeof simple_pool) {
			memcpy(simple_pool + used, b, n);
			simple_off[k] = (uint16_t)used;
			simple_len[k] = (uint8_t)n;
			used += n;
		}
		us_cpvec_free(&nfd);
		us_cpvec_free(&sk);
	}
	atomic_store_explicit(&simple_ready, 1, memory_order_release);
}

/* Output bytes: counts everything, writes what fits. */
struct sink {
	unsigned char *dst;
	size_t cap, len;
};

static void sink_bytes(struct sink *o, const unsigned char *b, size_t k)
{
	if (o->len <= o->cap && k <= o->cap - o->len)
		memcpy(o->dst + o->len, b, k);
	o->len += k;
}

static void sink_cps(struct sink *o, const uint32_t *cps, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char b[4];
		size_t k = us_utf8_encode(cps[i], b);
		sink_bytes(o, b, k);
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

/* The simple character at p[i] (ASCII or two bytes), or -1. */
static inline int simple_at(const unsigned char *p, size_t len, size_t i)
{
	unsigned c = p[i];
	if (c < 0x80)
		return simple_len[c] ? (int)c : -1;
	if (c >= 0xC2 && c < 0xE0 && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
		unsigned cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
		return simple_len[cp] ? (int)cp : -1;
	}
	return -1;
}

/* If simple characters start at p[i]: writes the skeleton of the pending
 * run, then theirs, and returns where they end; else returns i. */
static size_t simple_run(const unsigned char *p, size_t len, size_t i, struct sink *o,
                         us_cpvec *run, int *rc)
{
	unsigned char *d = o->dst;
	size_t ol, cap = o->cap;
	if (simple_at(p, len, i) < 0)
		return i;
	if (run->n) {
		*rc = run_skeleton(-1, run->p, run->n, o);
		run->n = 0;
		if (*rc)
			return i;
	}
	ol = o->len;
	while (i < len) {
		unsigned c = p[i], x, n, j;
		const unsigned char *b;
		if (c < 0x80) {
			n = simple_len[c];
			if (n == 1) { /* most ASCII: one byte out */
				if (ol < cap)
					d[ol] = simple_pool[simple_off[c]];
				ol++;
				i++;
				continue;
			}
			x = c;
		} else if (c >= 0xC2 && c < 0xE0 && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
			x = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
			n = simple_len[x];
		} else {
			break;
		}
		if (!n)
			break;
		b = simple_pool + simple_off[x];
		if (ol <= cap && n <= cap - ol)
			for (j = 0; j < n; j++)
				d[ol + j] = b[j];
		ol += n;
		i += c < 0x80 ? 1 : 2;
	}
	o->len = ol;
	return i;
}

static int skeleton_common(int direction, const char *src, size_t len, char *dst,
                           size_t dst_cap, size_t *out_len, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)src;
	struct sink o;
	uint32_t st[256];
	us_cpvec run;
	size_t i = 0;
	size_t kept = 0, kept_len = 0, kept_out = 0; /* last KEEP subpart (kept_len 0: none) */
	int rc;

	if (!out_len)
		return UNSPOOF_E_NULL;
	*out_len = 0;
	if ((!src && len) || (!dst && dst_cap))
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE);
	if (rc)
		return rc;
	if (!(flags & (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE))) {
		size_t ok = us_utf8_valid_prefix(p, len);
		if (ok < len) {
			*out_len = ok;
			return UNSPOOF_E_UTF8;
		}
	}
	o.dst = (unsigned char *)dst;
	o.cap = dst_cap;
	o.len = 0;
	us_cpvec_init(&run, st, 256);
	if (direction < 0 && !atomic_load_explicit(&simple_ready, memory_order_acquire))
		pthread_once(&simple_once, make_simple);
	while (i < len && rc == 0) {
		uint32_t cp;
		size_t k;
		if (direction < 0 && (k = simple_run(p, len, i, &o, &run, &rc)) > i) {
			i = k;
			continue;
		}
		if (rc)
			break;
		k = us_utf8_decode(p + i, len - i, &cp);
		if (cp == US_CP_INVALID) {
			if (flags & UNSPOOF_INVALID_REPLACE) {
				cp = 0xFFFD;
			} else {
				/* KEEP: a boundary; the bytes go out unchanged. If
				 * the text since the previous subpart had a skeleton of
				 * nothing (default-ignorables only) and the two
				 * subparts would run together into other bytes (D0 80
				 * is U+0400), U+034F keeps them apart. */
				rc = run_skeleton(direction, run.p, run.n, &o);
				run.n = 0;
				if (rc)
					break;
				if (kept_len && o.len == kept_out &&
				    us_keep_would_join(p + kept, kept_len, p + i, len - i))
					sink_bytes(&o, (const unsigned char *)US_KEEP_SEPARATOR_UTF8, 2);
				sink_bytes(&o, p + i, k);
				kept = i;
				kept_len = k;
				kept_out = o.len;
				i += k;
				continue;
			}
		}
		if (direction < 0) {
			int x = simple_index(cp);
			if (x >= 0 && simple_len[x]) {
				if (run.n) {
					rc = run_skeleton(direction, run.p, run.n, &o);
					run.n = 0;
				}
				if (simple_len[x] == 1 && o.len < o.cap)
					o.dst[o.len++] = simple_pool[simple_off[x]];
				else
					sink_bytes(&o, simple_pool + simple_off[x], simple_len[x]);
				i += k;
				continue;
			}
		}
		rc = us_cpvec_push(&run, cp);
		i += k;
	}
	if (rc == 0 && (run.n || len == 0))
		rc = run_skeleton(direction, run.p, run.n, &o);
	us_cpvec_free(&run);
	if (rc)
		return rc;
	*out_len = o.len;
	return o.len > dst_cap ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK;
}

UNSPOOF_API int unspoof_skeleton(const char *src, size_t len, char *dst, size_t dst_cap,
                                 size_t *out_len, unsigned flags)
{
	return skeleton_common(-1, src, len, dst, dst_cap, out_len, flags);
}

UNSPOOF_API int unspoof_bidi_skeleton(int direction, const char *src, size_t len, char *dst,
                                      size_t dst_cap, size_t *out_len, unsigned flags)
{
	if (direction != UNSPOOF_DIR_LTR && direction != UNSPOOF_DIR_RTL) {
		if (out_len)
			*out_len = 0;
		return UNSPOOF_E_INVALID_ARG;
	}
	return skeleton_common(direction, src, len, dst, dst_cap, out_len, flags);
}
