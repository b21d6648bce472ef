/* Shared helpers of the UTS #39 module: code point vectors, flag checks,
 * decoding, NFD on code point arrays. */
#include <stdlib.h>
#include <string.h>

#include "uts39/uts39.h"
#include "common/utf8.h"
#include "ucd/norm.h"

_Thread_local unsigned long us_uts39_fail_countdown;

static int fail_now(void)
{
	return us_uts39_fail_countdown && --us_uts39_fail_countdown == 0;
}

void *us_uts39_malloc(size_t size)
{
	return fail_now() ? NULL : malloc(size);
}

void *us_uts39_calloc(size_t n, size_t size)
{
	return fail_now() ? NULL : calloc(n, size);
}

void *us_uts39_realloc(void *p, size_t size)
{
	return fail_now() ? NULL : realloc(p, size);
}

void us_cpvec_init(us_cpvec *v, uint32_t *stack, size_t stack_cap)
{
	v->p = stack;
	v->n = 0;
	v->cap = stack_cap;
	v->heap = 0;
}

int us_cpvec_reserve(us_cpvec *v, size_t need)
{
	size_t cap;
	uint32_t *p;
	if (need <= v->cap)
		return UNSPOOF_OK;
	cap = v->cap ? v->cap : 16;
	while (cap < need) {
		if (cap > SIZE_MAX / 2 / sizeof(uint32_t))
			return UNSPOOF_E_OVERFLOW;
		cap *= 2;
	}
	if (v->heap) {
		p = us_uts39_realloc(v->p, cap * sizeof *p);
		if (!p)
			return UNSPOOF_E_NOMEM;
	} else {
		p = us_uts39_malloc(cap * sizeof *p);
		if (!p)
			return UNSPOOF_E_NOMEM;
		if (v->n)
			memcpy(p, v->p, v->n * sizeof *p);
	}
	v->p = p;
	v->cap = cap;
	v->heap = 1;
	return UNSPOOF_OK;
}

int us_cpvec_push(us_cpvec *v, uint32_t cp)
{
	if (v->n == v->cap) {
		int rc = us_cpvec_reserve(v, v->n + 1);
		if (rc)
			return rc;
	}
	v->p[v->n++] = cp;
	return UNSPOOF_OK;
}

void us_cpvec_free(us_cpvec *v)
{
	if (v->heap)
		free(v->p);
	v->p = NULL;
	v->n = v->cap = 0;
	v->heap = 0;
}

int us_check_flags(unsigned flags, unsigned allowed)
{
	if (flags & ~allowed)
		return UNSPOOF_E_INVALID_ARG;
	if ((flags & UNSPOOF_INVALID_KEEP) && (flags & UNSPOOF_INVALID_REPLACE))
		return UNSPOOF_E_INVALID_ARG;
	return UNSPOOF_OK;
}

int us_decode_all(const char *s, size_t len, unsigned flags, us_cpvec *v, size_t *err_off)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int rc = us_cpvec_reserve(v, v->n + len);
	if (rc)
		return rc;
	while (i < len) {
		uint32_t cp;
		size_t k = us_utf8_decode(p + i, len - i, &cp);
		if (cp == US_CP_INVALID) {
			if (!(flags & (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE))) {
				if (err_off)
					*err_off = i;
				return UNSPOOF_E_UTF8;
			}
			cp = 0xFFFD;
		}
		v->p[v->n++] = cp; /* room reserved: one code point per byte at most */
		i += k;
	}
	return UNSPOOF_OK;
}

int us_nfd_cps(const uint32_t *in, size_t n, us_cpvec *out)
{
	size_t need = 0;
	int rc;
	/* Canonical decompositions expand at most 4 times (UAX #15). */
	rc = us_cpvec_reserve(out, n * 4 + 4);
	if (rc)
		return rc;
	rc = us_normalize_cps(UNSPOOF_NFD, in, n, out->p, out->cap, &need);
	if (rc == UNSPOOF_E_BUFFER_TOO_SMALL) {
		rc = us_cpvec_reserve(out, need);
		if (rc)
			return rc;
		rc = us_normalize_cps(UNSPOOF_NFD, in, n, out->p, out->cap, &need);
	}
	out->n = rc ? 0 : need;
	return rc;
}
