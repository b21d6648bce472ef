/* UTS #39 §4: skeleton(X), bidiSkeleton(α, X). */
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
	while (i < len && rc == 0) {
		uint32_t cp;
		size_t k = us_utf8_decode(p + i, len - i, &cp);
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
