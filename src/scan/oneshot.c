/* One-shot scan and clean, built on the stream (src/scan/scan.c). */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "scan/fast.h"

struct collect {
	char *text;
	size_t len, cap;
	unspoof_finding *f;
	size_t nf, fcap;
	unspoof_edit *e;
	size_t ne, ecap;
	/* Caller buffer mode (clean_buffer). */
	char *dst;
	size_t dst_cap;
	int fixed;
};

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t c = *cap ? *cap : 64;
	void *q;
	if (need <= *cap)
		return 0;
	while (c < need) {
		if (c > ((size_t)-1) / 2 / elem)
			return -1;
		c *= 2;
	}
	q = realloc(*p, c * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

static int on_output(void *ctx, const char *data, size_t len)
{
	struct collect *c = ctx;
	if (c->fixed) {
		if (c->len < c->dst_cap) {
			size_t n = c->dst_cap - c->len < len ? c->dst_cap - c->len : len;
			memcpy(c->dst + c->len, data, n);
		}
		c->len += len;
		return 0;
	}
	if (grow((void **)&c->text, &c->cap, c->len + len + 1, 1))
		return 1;
	memcpy(c->text + c->len, data, len);
	c->len += len;
	c->text[c->len] = '\0';
	return 0;
}

static int on_finding(void *ctx, const unspoof_finding *f)
{
	struct collect *c = ctx;
	if (grow((void **)&c->f, &c->fcap, c->nf + 1, sizeof *f))
		return 1;
	c->f[c->nf++] = *f;
	return 0;
}

static int on_edit(void *ctx, const unspoof_edit *e)
{
	struct collect *c = ctx;
	if (grow((void **)&c->e, &c->ecap, c->ne + 1, sizeof *e))
		return 1;
	c->e[c->ne++] = *e;
	return 0;
}

/* Streams kept for the next one-shot call: a stream costs a 4 KB zeroed
 * structure and a 68 KB buffer, several times the work of scanning a short
 * line (unspoof_clean_buffer() per line of text). A call takes any kept
 * stream and resets it (us_stream_reset(): the state of a new one, but for
 * the n-gram score cache, which lines of one text share); after a short
 * text it keeps it in a free slot, so each slot holds at most ~250 KB (the
 * buffer, the 64 KB cache, units and words of up to SHORT bytes). Slots
 * are taken and filled by atomic exchange, so threads never share one. */
#define SLOTS 4
#define SHORT 4096u
static _Atomic(unspoof_stream *) slot[SLOTS];

static int get_stream(const unspoof_options *opts, const unspoof_callbacks *cb,
                      unspoof_stream **out)
{
	unsigned k;
	for (k = 0; k < SLOTS; k++) {
		unspoof_stream *s;
		if (!atomic_load_explicit(&slot[k], memory_order_relaxed))
			continue;
		s = atomic_exchange_explicit(&slot[k], NULL, memory_order_acquire);
		if (s) {
			int rc = us_stream_reset(s, opts, cb);
			if (rc)
				unspoof_stream_free(s);
			*out = rc ? NULL : s;
			return rc;
		}
	}
	return unspoof_stream_new(opts, cb, out);
}

static void put_stream(unspoof_stream *s, size_t len)
{
	unsigned k;
	if (len <= SHORT)
		for (k = 0; k < SLOTS; k++) {
			unspoof_stream *none = NULL;
			if (atomic_compare_exchange_strong_explicit(&slot[k], &none, s, memory_order_release,
			                                            memory_order_relaxed))
				return;
		}
	unspoof_stream_free(s);
}

#if defined(__GNUC__)
/* The kept streams go when the library is unloaded (or at exit). */
__attribute__((destructor)) static void free_slots(void)
{
	unsigned k;
	for (k = 0; k < SLOTS; k++)
		unspoof_stream_free(atomic_exchange(&slot[k], NULL));
}
#endif

/* Runs a stream over text; a callback failing means out of memory. */
static int run_all(const unspoof_options *opts, const unspoof_callbacks *cb, const char *text,
                   size_t len, unspoof_summary *sum, int merge)
{
	unspoof_stream *s;
	int rc = get_stream(opts, cb, &s);
	if (rc)
		return rc;
	if (merge)
		us_stream_merge_output(s);
	rc = us_stream_oneshot(s, text, len, sum);
	put_stream(s, len);
	return rc == UNSPOOF_E_ABORTED ? UNSPOOF_E_NOMEM : rc;
}

int unspoof_scan(const unspoof_options *opts, const char *text, size_t len, unspoof_report **out)
{
	struct collect c;
	unspoof_callbacks cb = {NULL, on_finding, NULL, &c};
	unspoof_report *r;
	int rc;
	if (!out)
		return UNSPOOF_E_NULL;
	*out = NULL;
	if (!text && len)
		return UNSPOOF_E_NULL;
	memset(&c, 0, sizeof c);
	r = calloc(1, sizeof *r);
	if (!r)
		return UNSPOOF_E_NOMEM;
	rc = run_all(opts, &cb, text, len, &r->summary, 0);
	if (rc) {
		free(c.f);
		free(r);
		return rc;
	}
	r->findings = c.f;
	r->nfindings = c.nf;
	*out = r;
	return UNSPOOF_OK;
}

void unspoof_report_free(unspoof_report *r)
{
	if (!r)
		return;
	free(r->findings);
	free(r);
}

int unspoof_clean(const unspoof_options *opts, const char *text, size_t len,
                  unspoof_cleaned **out)
{
	struct collect c;
	unspoof_callbacks cb = {on_output, NULL, on_edit, &c};
	unspoof_cleaned *r;
	int rc;
	if (!out)
		return UNSPOOF_E_NULL;
	*out = NULL;
	if (!text && len)
		return UNSPOOF_E_NULL;
	memset(&c, 0, sizeof c);
	r = calloc(1, sizeof *r);
	if (!r)
		return UNSPOOF_E_NOMEM;
	rc = run_all(opts, &cb, text, len, &r->summary, 0);
	if (rc == UNSPOOF_OK && !c.text) {
		c.text = malloc(1);
		if (c.text)
			c.text[0] = '\0';
		else
			rc = UNSPOOF_E_NOMEM;
	}
	if (rc) {
		free(c.text);
		free(c.e);
		free(r);
		return rc;
	}
	r->text = c.text;
	r->len = c.len;
	r->edits = c.e;
	r->nedits = c.ne;
	*out = r;
	return UNSPOOF_OK;
}

void unspoof_cleaned_free(unspoof_cleaned *c)
{
	if (!c)
		return;
	free(c->text);
	free(c->edits);
	free(c);
}

int unspoof_clean_buffer(const unspoof_options *opts, const char *text, size_t len, char *dst,
                         size_t dst_cap, size_t *out_len)
{
	struct collect c;
	unspoof_callbacks cb = {on_output, NULL, NULL, &c};
	int rc;
	if (!out_len || (!text && len) || (!dst && dst_cap))
		return UNSPOOF_E_NULL;
	memset(&c, 0, sizeof c);
	c.fixed = 1;
	c.dst = dst;
	c.dst_cap = dst_cap;
	rc = run_all(opts, &cb, text, len, NULL, 1); /* on_output never fails here */
	*out_len = c.len;
	if (rc)
		return rc;
	return c.len > dst_cap ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK;
}
