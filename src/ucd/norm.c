/* Normalization (UAX #15): NFC, NFD, NFKC, NFKD and toNFKC_Casefold.
 *
 * Design
 * ------
 * Text is processed left to right. Every code point is looked up once in
 * the combined trie (ccc, quick checks, record index). Characters that are
 * "fast" for the form (ccc 0 and quick check Yes, plus "NFKC_CF maps it to
 * itself" for NFKC_CF) are normalization boundaries that stay unchanged;
 * runs of them (and of plain ASCII) are copied from the input verbatim.
 * For the composing forms the last character of such a run is held back,
 * because a following combining mark may still compose with it.
 *
 * Any other character is decomposed (fully; Hangul algorithmically) into
 * the segment buffer as entries `cp | ccc << 24`. Before an entry that is a
 * boundary (ccc 0 and, for the composing forms, not able to combine with a
 * preceding character: NFC_QC != Maybe) the buffered segment is flushed:
 *
 *  1. canonical ordering: every run of non-starters is sorted stably by
 *     ccc — insertion sort for runs of up to SMALL_RUN entries, a counting
 *     sort (256 buckets) for longer ones, so a base with a million marks is
 *     linear;
 *  2. canonical composition (composing forms), in place in one pass that
 *     tracks the last starter and the ccc of the last kept character, so
 *     nothing is rescanned;
 *  3. the entries are encoded to the output sink.
 *
 * Ill-formed UTF-8 (KEEP/REPLACE) ends the segment: it is flushed, then the
 * raw bytes or U+FFFD are written. NFKC_CF deletes default-ignorables, so
 * with KEEP the text between two ill-formed subparts can vanish; if the two
 * would then run together into other bytes (D0 <U+00AD> 80 -> D0 80, which
 * is U+0400), U+034F is written between them (us_keep_would_join()).
 *
 * The segment starts in a stack array; longer segments move to the heap,
 * growing by doubling. The counting sort's scratch array is allocated on
 * demand the same way. Both are freed before returning.
 *
 * The output sink either writes UTF-8 (counting past the capacity so the
 * full size is known), writes code points, or compares with a reference
 * text (unspoof_is_normalized()'s full check, no buffer needed).
 */
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "common/utf8.h"
#include "ucd/norm.h"

#define SBASE 0xAC00u
#define LBASE 0x1100u
#define VBASE 0x1161u
#define TBASE 0x11A7u
#define LCOUNT 19u
#define VCOUNT 21u
#define TCOUNT 28u
#define NCOUNT (VCOUNT * TCOUNT)
#define SCOUNT (LCOUNT * NCOUNT)

#define STACK_SEG 64
#define SMALL_RUN 16
#define CP_MASK 0x1FFFFFu
#define NONE ((size_t)-1)

enum sink_mode { SINK_UTF8, SINK_CPS, SINK_CMP };

struct sink {
	enum sink_mode mode;
	unsigned char *dst;       /* SINK_UTF8 */
	uint32_t *cdst;           /* SINK_CPS */
	const unsigned char *ref; /* SINK_CMP */
	size_t cap;               /* bytes, code points, or length of ref */
	size_t len;               /* full length so far */
	int differs;              /* SINK_CMP: output != ref */
};

struct norm {
	int compose, compat, casefold;
	uint32_t fastmask; /* value bits that must be clear for a fast char */
	uint32_t *seg;
	size_t n, cap;
	uint32_t *tmp;
	size_t tmp_cap;
	int err;
	struct sink out;
	struct us_norm_stats st;
	uint32_t stack_seg[STACK_SEG];
};

/* ------------------------------------------------------------------ */
/* Character-level helpers                                             */
/* ------------------------------------------------------------------ */

static inline unsigned qc_field(uint32_t v, unsigned shift)
{
	return (v >> shift) & 3u;
}

/* Pointer to the decomposition units of a record and their count (0: none). */
static inline const uint16_t *rec_decomp(uint32_t v, int compat, unsigned *units)
{
	unsigned rec = v >> US_NORM_REC_SHIFT;
	unsigned h, cl, kl;
	*units = 0;
	if (rec == 0)
		return NULL;
	h = us_norm_pool[rec];
	cl = US_NORM_REC_CANON(h);
	kl = US_NORM_REC_COMPAT(h);
	if (compat && kl) {
		*units = kl;
		return &us_norm_pool[rec + 1 + cl];
	}
	*units = cl;
	return &us_norm_pool[rec + 1];
}

static inline uint32_t utf16_next(const uint16_t *u, unsigned *i)
{
	uint32_t c = u[(*i)++];
	if (c >= 0xD800u && c < 0xDC00u) {
		c = 0x10000u + ((c - 0xD800u) << 10) + (u[(*i)++] - 0xDC00u);
	}
	return c;
}

uint32_t us_compose_pair(uint32_t a, uint32_t b)
{
	uint32_t v;
	unsigned rec, h, np, k;
	const uint32_t *p;

	if (a - LBASE < LCOUNT) {
		if (b - VBASE < VCOUNT)
			return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
		return 0;
	}
	if (a - SBASE < SCOUNT) {
		if ((a - SBASE) % TCOUNT == 0 && b - TBASE - 1 < TCOUNT - 1)
			return a + (b - TBASE);
		return 0;
	}
	if (a > 0x10FFFFu)
		return 0;
	v = us_norm_get(a);
	rec = v >> US_NORM_REC_SHIFT;
	if (rec == 0)
		return 0;
	h = us_norm_pool[rec];
	np = US_NORM_REC_NPAIRS(h);
	if (np == 0)
		return 0;
	p = &us_norm_comp[2u * us_norm_pool[rec + 1 + US_NORM_REC_CANON(h) + US_NORM_REC_COMPAT(h)]];
	for (k = 0; k < np; k++, p += 2) {
		if (p[0] >= b)
			return p[0] == b ? p[1] : 0;
	}
	return 0;
}

size_t us_decompose(uint32_t cp, int compat, uint32_t out[US_NORM_MAX_DECOMP])
{
	const uint16_t *u;
	unsigned units, i = 0;
	size_t n = 0;

	if (cp - SBASE < SCOUNT) {
		uint32_t s = cp - SBASE;
		out[n++] = LBASE + s / NCOUNT;
		out[n++] = VBASE + (s % NCOUNT) / TCOUNT;
		if (s % TCOUNT)
			out[n++] = TBASE + s % TCOUNT;
		return n;
	}
	if (cp > 0x10FFFFu) {
		out[0] = cp;
		return 1;
	}
	u = rec_decomp(us_norm_get(cp), compat, &units);
	if (units == 0) {
		out[0] = cp;
		return 1;
	}
	while (i < units)
		out[n++] = utf16_next(u, &i);
	return n;
}

enum us_qc us_norm_qc(unspoof_form form, uint32_t cp)
{
	uint32_t v;
	if (cp > 0x10FFFFu)
		return US_QC_YES;
	v = us_norm_get(cp);
	switch (form) {
	case UNSPOOF_NFD:
		return (v & US_NORM_NFD_NO) ? US_QC_NO : US_QC_YES;
	case UNSPOOF_NFKD:
		return (v & US_NORM_NFKD_NO) ? US_QC_NO : US_QC_YES;
	case UNSPOOF_NFC:
		return (enum us_qc)qc_field(v, US_NORM_NFC_SHIFT);
	case UNSPOOF_NFKC:
		return (enum us_qc)qc_field(v, US_NORM_NFKC_SHIFT);
	case UNSPOOF_NFKC_CF:
		if (v & US_NORM_CF_CHANGES)
			return US_QC_NO;
		return (enum us_qc)qc_field(v, US_NORM_NFKC_SHIFT);
	}
	return US_QC_YES;
}

UNSPOOF_API uint8_t unspoof_ccc(uint32_t cp)
{
	return us_ccc(cp);
}

/* ------------------------------------------------------------------ */
/* Output sink                                                         */
/* ------------------------------------------------------------------ */

static inline size_t enc_utf8(uint32_t c, unsigned char b[4])
{
	if (c < 0x80u) {
		b[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800u) {
		b[0] = (unsigned char)(0xC0u | (c >> 6));
		b[1] = (unsigned char)(0x80u | (c & 0x3Fu));
		return 2;
	}
	if (c < 0x10000u) {
		b[0] = (unsigned char)(0xE0u | (c >> 12));
		b[1] = (unsigned char)(0x80u | ((c >> 6) & 0x3Fu));
		b[2] = (unsigned char)(0x80u | (c & 0x3Fu));
		return 3;
	}
	b[0] = (unsigned char)(0xF0u | (c >> 18));
	b[1] = (unsigned char)(0x80u | ((c >> 12) & 0x3Fu));
	b[2] = (unsigned char)(0x80u | ((c >> 6) & 0x3Fu));
	b[3] = (unsigned char)(0x80u | (c & 0x3Fu));
	return 4;
}

/* Appends raw bytes (UTF-8 and compare sinks only). */
static void sink_bytes(struct sink *s, const unsigned char *p, size_t n)
{
	if (n == 0)
		return;
	if (s->mode == SINK_UTF8) {
		if (s->len <= s->cap && n <= s->cap - s->len)
			memcpy(s->dst + s->len, p, n);
	} else if (!s->differs) {
		if (s->len > s->cap || n > s->cap - s->len || memcmp(s->ref + s->len, p, n) != 0)
			s->differs = 1;
	}
	s->len += n;
}

static inline void sink_cp(struct sink *s, uint32_t c)
{
	unsigned char b[4];
	size_t k;
	if (s->mode == SINK_CPS) {
		if (s->len < s->cap)
			s->cdst[s->len] = c;
		s->len++;
		return;
	}
	k = enc_utf8(c, b);
	if (s->mode == SINK_UTF8 && s->len <= s->cap && k <= s->cap - s->len) {
		memcpy(s->dst + s->len, b, k);
		s->len += k;
		return;
	}
	sink_bytes(s, b, k);
}

/* ------------------------------------------------------------------ */
/* Segment buffer                                                      */
/* ------------------------------------------------------------------ */

/* Grows *buf (holding `used` entries, capacity *cap) to at least `need`.
 * on_stack: *buf is not heap memory and must be copied. */
static int grow(struct norm *N, uint32_t **buf, size_t *cap, size_t used, size_t need,
                int on_stack)
{
	size_t nc = *cap ? *cap : 64;
	uint32_t *p;
	while (nc < need) {
		if (nc > ((size_t)-1) / (2 * sizeof(uint32_t))) {
			N->err = UNSPOOF_E_NOMEM;
			return -1;
		}
		nc *= 2;
	}
	if (on_stack) {
		p = malloc(nc * sizeof(uint32_t));
		if (p && used)
			memcpy(p, *buf, used * sizeof(uint32_t));
	} else {
		p = realloc(*buf, nc * sizeof(uint32_t));
	}
	if (!p) {
		N->err = UNSPOOF_E_NOMEM;
		return -1;
	}
	N->st.allocs++;
	*buf = p;
	*cap = nc;
	return 0;
}

/* Sorts e[0..m) (all non-starters) stably by ccc. */
static int sort_run(struct norm *N, uint32_t *e, size_t m)
{
	if (m <= SMALL_RUN) {
		size_t i, j;
		for (i = 1; i < m; i++) {
			uint32_t x = e[i];
			uint32_t k = x >> 24;
			for (j = i; j > 0 && (e[j - 1] >> 24) > k; j--) {
				e[j] = e[j - 1];
				N->st.steps++;
			}
			e[j] = x;
		}
		return 0;
	} else {
		size_t count[256];
		size_t i, sum = 0;
		if (m > N->tmp_cap && grow(N, &N->tmp, &N->tmp_cap, 0, m, 0) != 0)
			return -1;
		memset(count, 0, sizeof count);
		for (i = 0; i < m; i++)
			count[e[i] >> 24]++;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < m; i++)
			N->tmp[count[e[i] >> 24]++] = e[i];
		memcpy(e, N->tmp, m * sizeof(uint32_t));
		N->st.steps += 2 * m;
		return 0;
	}
}

/* Canonical ordering, composition and output of the buffered segment. */
static int flush(struct norm *N)
{
	uint32_t *e = N->seg;
	size_t n = N->n, i, j;

	if (n == 0)
		return 0;
	if (n > N->st.max_segment)
		N->st.max_segment = n;
	/* 1. canonical ordering of every run of non-starters */
	for (i = 0; i < n;) {
		if ((e[i] >> 24) == 0) {
			i++;
			continue;
		}
		for (j = i + 1; j < n && (e[j] >> 24) != 0; j++)
			;
		if (j - i > 1 && sort_run(N, e + i, j - i) != 0)
			return -1;
		i = j;
	}
	/* 2. canonical composition */
	if (N->compose) {
		size_t starter = NONE, out = 0;
		unsigned last_ccc = 0;
		for (i = 0; i < n; i++) {
			uint32_t x = e[i];
			unsigned c = x >> 24;
			if (starter != NONE && (out == starter + 1 || (last_ccc != 0 && last_ccc < c))) {
				uint32_t comp = us_compose_pair(e[starter] & CP_MASK, x & CP_MASK);
				N->st.steps++;
				if (comp) {
					/* primary composites are starters */
					e[starter] = comp;
					continue;
				}
			}
			if (c == 0)
				starter = out;
			last_ccc = c;
			e[out++] = x;
		}
		n = out;
	}
	/* 3. output */
	for (i = 0; i < n; i++)
		sink_cp(&N->out, e[i] & CP_MASK);
	N->st.steps += n;
	N->n = 0;
	return 0;
}

/* Appends one fully decomposed code point with trie value v. */
static inline int append(struct norm *N, uint32_t cp, uint32_t v)
{
	uint32_t c = v & US_NORM_CCC_MASK;
	if (c == 0 && (!N->compose || qc_field(v, US_NORM_NFC_SHIFT) != US_NORM_QC_MAYBE)) {
		if (N->n && flush(N) != 0)
			return -1;
	}
	if (N->n == N->cap &&
	    grow(N, &N->seg, &N->cap, N->n, N->n + 1, N->seg == N->stack_seg) != 0)
		return -1;
	N->seg[N->n++] = cp | (c << 24);
	return 0;
}

/* Decomposes cp (trie value v) for the form and appends the result. */
static int push_decomposed(struct norm *N, uint32_t cp, uint32_t v, int compat)
{
	const uint16_t *u;
	unsigned units, i = 0;

	if (cp - SBASE < SCOUNT) {
		uint32_t s = cp - SBASE;
		uint32_t l = LBASE + s / NCOUNT, vv = VBASE + (s % NCOUNT) / TCOUNT;
		if (append(N, l, us_norm_get(l)) != 0 || append(N, vv, us_norm_get(vv)) != 0)
			return -1;
		if (s % TCOUNT) {
			uint32_t t = TBASE + s % TCOUNT;
			return append(N, t, us_norm_get(t));
		}
		return 0;
	}
	u = rec_decomp(v, compat, &units);
	if (units == 0)
		return append(N, cp, v);
	while (i < units) {
		uint32_t d = utf16_next(u, &i);
		if (append(N, d, us_norm_get(d)) != 0)
			return -1;
	}
	return 0;
}

/* Processes one (non-fast or fast) code point. */
static int push_cp(struct norm *N, uint32_t cp, uint32_t v)
{
	/* A fast character is a boundary; it can still have a canonical
	 * decomposition (NFC: U+00E9), which must be buffered decomposed so
	 * that a following mark is ordered and composed correctly. */
	if (!(v & N->fastmask) && (v >> US_NORM_REC_SHIFT) == 0)
		return append(N, cp, v);
	if (N->casefold && (v & US_NORM_CF_CHANGES)) {
		unsigned idx = us_nfkccf_get(cp);
		unsigned len = us_norm_cf_pool[idx], i = 0;
		const uint16_t *u = &us_norm_cf_pool[idx + 1];
		while (i < len) {
			uint32_t m = utf16_next(u, &i);
			if (push_decomposed(N, m, us_norm_get(m), 0) != 0)
				return -1;
		}
		return 0;
	}
	return push_decomposed(N, cp, v, N->compat);
}

/* ------------------------------------------------------------------ */
/* Drivers                                                             */
/* ------------------------------------------------------------------ */

int us_keep_would_join(const unsigned char *a, size_t alen, const unsigned char *b,
                       size_t blen)
{
	unsigned char buf[8];
	size_t k = blen < 4 ? blen : 4;
	uint32_t cp;
	if (alen == 0 || alen > 4 || blen == 0)
		return 0;
	memcpy(buf, a, alen);
	memcpy(buf + alen, b, k);
	return us_utf8_decode(buf, alen + k, &cp) != alen || cp != US_CP_INVALID;
}

static int norm_init(struct norm *N, unspoof_form form)
{
	N->seg = N->stack_seg;
	N->cap = STACK_SEG;
	N->n = 0;
	N->tmp = NULL;
	N->tmp_cap = 0;
	N->err = 0;
	N->casefold = 0;
	memset(&N->st, 0, sizeof N->st);
	switch (form) {
	case UNSPOOF_NFD:
		N->compose = 0, N->compat = 0;
		N->fastmask = US_NORM_CCC_MASK | US_NORM_NFD_NO;
		break;
	case UNSPOOF_NFKD:
		N->compose = 0, N->compat = 1;
		N->fastmask = US_NORM_CCC_MASK | US_NORM_NFKD_NO;
		break;
	case UNSPOOF_NFC:
		N->compose = 1, N->compat = 0;
		N->fastmask = US_NORM_CCC_MASK | (3u << US_NORM_NFC_SHIFT);
		break;
	case UNSPOOF_NFKC:
		N->compose = 1, N->compat = 1;
		N->fastmask = US_NORM_CCC_MASK | (3u << US_NORM_NFKC_SHIFT);
		break;
	case UNSPOOF_NFKC_CF:
		N->compose = 1, N->compat = 0, N->casefold = 1;
		N->fastmask = US_NORM_CCC_MASK | (3u << US_NORM_NFKC_SHIFT) | US_NORM_CF_CHANGES;
		break;
	default:
		return UNSPOOF_E_INVALID_ARG;
	}
	return 0;
}

static void norm_free(struct norm *N)
{
	if (N->seg != N->stack_seg)
		free(N->seg);
	free(N->tmp);
	N->seg = N->stack_seg;
	N->tmp = NULL;
}

/* Ends a run of fast characters s[span..end) whose last character starts at
 * `last`: copies it, holding back the last character for composing forms. */
static int end_span(struct norm *N, const unsigned char *s, size_t span, size_t last,
                    size_t end)
{
	uint32_t cp;
	if (!N->compose) {
		sink_bytes(&N->out, s + span, end - span);
		return 0;
	}
	sink_bytes(&N->out, s + span, last - span);
	us_utf8_decode(s + last, end - last, &cp);
	return push_cp(N, cp, us_norm_get(cp));
}

static int run_utf8(struct norm *N, const unsigned char *s, size_t len, unsigned flags,
                    size_t *err_off)
{
	static const unsigned char fffd[3] = { 0xEF, 0xBF, 0xBD };
	size_t i = 0, span = NONE, last = 0;
	size_t kept = NONE, kept_len = 0, kept_out = 0; /* last KEEP subpart, output length after it */
	int cf = N->casefold;

	while (i < len) {
		unsigned b = s[i];
		uint32_t cp, v;
		size_t n;
		if (b < 0x80u) {
			if (!cf || b - 'A' >= 26u) {
				if (span == NONE) {
					if (N->n && flush(N) != 0)
						return N->err;
					span = i;
				}
				/* the rest of the ASCII run */
				for (i++; i < len && s[i] < 0x80u && (!cf || (unsigned)(s[i] - 'A') >= 26u); i++)
					;
				last = i - 1;
				continue;
			}
			/* NFKC_CF of A..Z */
			if (span != NONE) {
				if (end_span(N, s, span, last, i) != 0)
					return N->err;
				span = NONE;
			}
			if (append(N, b + 32u, us_norm_get(b + 32u)) != 0)
				return N->err;
			i++;
			continue;
		}
		n = us_utf8_decode(s + i, len - i, &cp);
		if (cp == US_CP_INVALID) {
			if (span != NONE) {
				sink_bytes(&N->out, s + span, i - span);
				span = NONE;
			}
			if (N->n && flush(N) != 0)
				return N->err;
			if (flags & UNSPOOF_INVALID_KEEP) {
				if (kept != NONE && N->out.len == kept_out &&
				    us_keep_would_join(s + kept, kept_len, s + i, len - i))
					sink_bytes(&N->out, (const unsigned char *)US_KEEP_SEPARATOR_UTF8, 2);
				sink_bytes(&N->out, s + i, n);
				kept = i;
				kept_len = n;
				kept_out = N->out.len;
			} else if (flags & UNSPOOF_INVALID_REPLACE) {
				if (N->out.mode == SINK_CPS)
					sink_cp(&N->out, 0xFFFDu);
				else
					sink_bytes(&N->out, fffd, 3);
			} else {
				if (err_off)
					*err_off = i;
				return UNSPOOF_E_UTF8;
			}
			i += n;
			continue;
		}
		v = us_norm_get(cp);
		if (!(v & N->fastmask)) {
			if (span == NONE) {
				if (N->n && flush(N) != 0)
					return N->err;
				span = i;
			}
			last = i;
			i += n;
			continue;
		}
		if (span != NONE) {
			if (end_span(N, s, span, last, i) != 0)
				return N->err;
			span = NONE;
		}
		if (push_cp(N, cp, v) != 0)
			return N->err;
		i += n;
		if (N->out.differs)
			return 0; /* compare sink: the answer is known */
	}
	if (span != NONE)
		sink_bytes(&N->out, s + span, len - span);
	if (flush(N) != 0)
		return N->err;
	return 0;
}

int us_normalize_utf8_stats(unspoof_form form, const unsigned char *src, size_t len,
                            unsigned char *dst, size_t cap, size_t *out_len,
                            unsigned flags, size_t *err_off,
                            struct us_norm_stats *stats)
{
	struct norm N;
	int rc;

	if (!out_len)
		return UNSPOOF_E_NULL;
	*out_len = 0;
	if ((!src && len) || (!dst && cap))
		return UNSPOOF_E_NULL;
	if ((flags & ~(UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE)) ||
	    flags == (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE))
		return UNSPOOF_E_INVALID_ARG;
	rc = norm_init(&N, form);
	if (rc)
		return rc;
	memset(&N.out, 0, sizeof N.out);
	N.out.mode = SINK_UTF8;
	N.out.dst = dst;
	N.out.cap = cap;
	rc = run_utf8(&N, src, len, flags, err_off);
	norm_free(&N);
	if (stats) {
		stats->steps += N.st.steps;
		stats->allocs += N.st.allocs;
		if (N.st.max_segment > stats->max_segment)
			stats->max_segment = N.st.max_segment;
	}
	*out_len = N.out.len;
	if (rc)
		return rc;
	return N.out.len > cap ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK;
}

int us_normalize_utf8(unspoof_form form, const unsigned char *src, size_t len,
                      unsigned char *dst, size_t cap, size_t *out_len,
                      unsigned flags, size_t *err_off)
{
	return us_normalize_utf8_stats(form, src, len, dst, cap, out_len, flags, err_off, NULL);
}

int us_normalize_cps(unspoof_form form, const uint32_t *src, size_t n,
                     uint32_t *dst, size_t cap, size_t *out_n)
{
	struct norm N;
	size_t i;
	int rc = 0;

	if (!out_n)
		return UNSPOOF_E_NULL;
	*out_n = 0;
	if ((!src && n) || (!dst && cap))
		return UNSPOOF_E_NULL;
	for (i = 0; i < n; i++)
		if (src[i] > 0x10FFFFu)
			return UNSPOOF_E_INVALID_ARG;
	rc = norm_init(&N, form);
	if (rc)
		return rc;
	memset(&N.out, 0, sizeof N.out);
	N.out.mode = SINK_CPS;
	N.out.cdst = dst;
	N.out.cap = cap;
	for (i = 0; i < n && rc == 0; i++) {
		if (push_cp(&N, src[i], us_norm_get(src[i])) != 0)
			rc = N.err;
	}
	if (rc == 0 && flush(&N) != 0)
		rc = N.err;
	norm_free(&N);
	*out_n = N.out.len;
	if (rc)
		return rc;
	return N.out.len > cap ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

UNSPOOF_API int unspoof_normalize(unspoof_form form, const char *src, size_t src_len,
                                  char *dst, size_t dst_cap, size_t *out_len,
                                  unsigned flags)
{
	size_t off = 0;
	int rc = us_normalize_utf8(form, (const unsigned char *)src, src_len,
	                           (unsigned char *)dst, dst_cap, out_len, flags, &off);
	if (rc == UNSPOOF_E_UTF8)
		*out_len = off;
	return rc;
}

UNSPOOF_API int unspoof_is_normalized(unspoof_form form, const char *src, size_t len,
                                      int *result)
{
	const unsigned char *s = (const unsigned char *)src;
	struct norm N;
	size_t i = 0;
	unsigned last_ccc = 0;
	int maybe = 0, rc;

	if (!result)
		return UNSPOOF_E_NULL;
	*result = 0;
	if (!src && len)
		return UNSPOOF_E_NULL;
	if (form < UNSPOOF_NFC || form > UNSPOOF_NFKC_CF)
		return UNSPOOF_E_INVALID_ARG;
	if (unspoof_utf8_validate(src, len, NULL) != UNSPOOF_OK)
		return UNSPOOF_E_UTF8; /* strict even when the quick check stops early */

	/* Quick check (UAX #15 §9.1). */
	while (i < len) {
		uint32_t cp, v;
		unsigned c;
		enum us_qc q;
		if (s[i] < 0x80u) {
			if (form == UNSPOOF_NFKC_CF && (unsigned)(s[i] - 'A') < 26u)
				return UNSPOOF_OK; /* *result = 0 */
			last_ccc = 0;
			i++;
			continue;
		}
		i += us_utf8_decode(s + i, len - i, &cp);
		if (cp == US_CP_INVALID)
			return UNSPOOF_E_UTF8;
		v = us_norm_get(cp);
		c = v & US_NORM_CCC_MASK;
		if (c != 0 && last_ccc > c)
			return UNSPOOF_OK;
		q = us_norm_qc(form, cp);
		if (q == US_QC_NO)
			return UNSPOOF_OK;
		if (q == US_QC_MAYBE)
			maybe = 1;
		last_ccc = c;
	}
	if (!maybe) {
		*result = 1;
		return UNSPOOF_OK;
	}

	/* Full check: normalize, comparing with the input as we go. */
	rc = norm_init(&N, form);
	if (rc)
		return rc;
	memset(&N.out, 0, sizeof N.out);
	N.out.mode = SINK_CMP;
	N.out.ref = s;
	N.out.cap = len;
	rc = run_utf8(&N, s, len, 0, NULL);
	norm_free(&N);
	if (rc)
		return rc;
	*result = !N.out.differs && N.out.len == len;
	return UNSPOOF_OK;
}
