/* Thread safety: 8 threads run scan, clean (one-shot and streaming),
 * skeleton, confusable, normalize and unspoof_checker_check at the same
 * time on one shared unspoof_checker and one shared unspoof_options, and
 * each result must equal the one computed beforehand on one thread.
 *
 * make check runs it normally (wrong results under contention fail it);
 * make check-tsan builds it with -fsanitize=thread, which reports any data
 * race in the library even when the results happen to come out right. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "unspoof.h"

#define NTHREADS 8

static const char *const inputs[] = {
	"The q\xD1\x83ick br\xD0\xBEwn f\xD0\xBEx jumps \xD0\xBEver the lazy d\xD0\xBEg.\n\n",
	"p\xD0\xB0yp\xD0\xB0l.com log\xE2\x80\x8Bin \xE2\x80\xAEtxt.exe \xF0\x9D\x90\x87\xF0\x9D\x90\x9E",
	"he\xCC\x81\xCC\x82\xCC\x83\xCC\x84\xCC\x85\xCC\x86 \x80\xFF bad \xED\xA0\x80 \xEF\xB7\xBA",
	("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xCE\xB1\xCE\xB2\xCE\xB3 \xE6\xBC\xA2\xE5\xAD\x97 "
	 "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D 1\xD9\xA1 h3ll0"),
	"",
};
#define NINPUTS (sizeof inputs / sizeof inputs[0])

struct expect {
	char *clean;
	size_t clean_len, nedits, nfindings;
	char *skel;
	size_t skel_len;
	char *nfkc;
	size_t nfkc_len;
	unspoof_check_result check;
	unsigned conf;
};

static struct expect expected[NINPUTS];
static unspoof_checker *shared_checker;
static unspoof_options shared_opts;
static int iterations = 1000;

struct tresult {
	unsigned long mismatches, errors;
};

static char *do_skel(const char *s, size_t len, size_t *n)
{
	size_t need = 0;
	char *o;
	unspoof_skeleton(s, len, NULL, 0, &need, UNSPOOF_INVALID_REPLACE);
	o = malloc(need + 1);
	if (!o || unspoof_skeleton(s, len, o, need, n, UNSPOOF_INVALID_REPLACE) != UNSPOOF_OK) {
		free(o);
		return NULL;
	}
	return o;
}

static char *do_nfkc(const char *s, size_t len, size_t *n)
{
	size_t need = 0;
	char *o;
	unspoof_normalize(UNSPOOF_NFKC_CF, s, len, NULL, 0, &need, UNSPOOF_INVALID_KEEP);
	o = malloc(need + 1);
	if (!o ||
	    unspoof_normalize(UNSPOOF_NFKC_CF, s, len, o, need, n, UNSPOOF_INVALID_KEEP) != UNSPOOF_OK) {
		free(o);
		return NULL;
	}
	return o;
}

struct sink {
	char *p;
	size_t n, cap;
};

static int sink_out(void *ctx, const char *d, size_t n)
{
	struct sink *s = ctx;
	if (s->n + n > s->cap) {
		char *q = realloc(s->p, (s->n + n) * 2 + 16);
		if (!q)
			return 1;
		s->p = q;
		s->cap = (s->n + n) * 2 + 16;
	}
	memcpy(s->p + s->n, d, n);
	s->n += n;
	return 0;
}

static int same_check(const unspoof_check_result *a, const unspoof_check_result *b)
{
	return a->failed == b->failed && a->level == b->level &&
	       !memcmp(&a->scripts, &b->scripts, sizeof a->scripts) &&
	       a->digit_systems == b->digit_systems && a->first_failure == b->first_failure;
}

static void *worker(void *arg)
{
	struct tresult *res = arg;
	int it;
	for (it = 0; it < iterations; it++) {
		size_t i = (size_t)it % NINPUTS;
		const char *s = inputs[i];
		size_t len = strlen(s);
		const struct expect *e = &expected[i];
		unspoof_cleaned *c = NULL;
		unspoof_report *r = NULL;
		unspoof_check_result cr;
		unsigned conf = 0;
		size_t n = 0;
		char *p;

		if (unspoof_clean(&shared_opts, s, len, &c) != UNSPOOF_OK) {
			res->errors++;
		} else {
			if (c->len != e->clean_len || memcmp(c->text, e->clean, c->len) ||
			    c->nedits != e->nedits)
				res->mismatches++;
			unspoof_cleaned_free(c);
		}
		if (unspoof_scan(&shared_opts, s, len, &r) != UNSPOOF_OK) {
			res->errors++;
		} else {
			if (r->nfindings != e->nfindings)
				res->mismatches++;
			unspoof_report_free(r);
		}
		{
			struct sink sk = {NULL, 0, 0};
			unspoof_callbacks cb = {sink_out, NULL, NULL, &sk};
			unspoof_stream *st;
			size_t k;
			if (unspoof_stream_new(&shared_opts, &cb, &st) != UNSPOOF_OK) {
				res->errors++;
			} else {
				for (k = 0; k < len; k += 3)
					unspoof_stream_feed(st, s + k, len - k < 3 ? len - k : 3);
				if (unspoof_stream_finish(st, NULL) != UNSPOOF_OK)
					res->errors++;
				else if (sk.n != e->clean_len || (sk.n && memcmp(sk.p, e->clean, sk.n)))
					res->mismatches++;
				unspoof_stream_free(st);
			}
			free(sk.p);
		}
		p = do_skel(s, len, &n);
		if (!p || n != e->skel_len || memcmp(p, e->skel, n))
			res->mismatches++;
		free(p);
		p = do_nfkc(s, len, &n);
		if (!p || n != e->nfkc_len || memcmp(p, e->nfkc, n))
			res->mismatches++;
		free(p);
		if (unspoof_checker_check(shared_checker, s, len, UNSPOOF_INVALID_REPLACE, &cr) !=
		            UNSPOOF_OK ||
		    !same_check(&cr, &e->check))
			res->mismatches++;
		if (unspoof_confusable(s, len, inputs[(i + 1) % NINPUTS],
		                       strlen(inputs[(i + 1) % NINPUTS]), UNSPOOF_INVALID_REPLACE,
		                       &conf) != UNSPOOF_OK ||
		    conf != e->conf)
			res->mismatches++;
	}
	return NULL;
}

int main(void)
{
	pthread_t th[NTHREADS];
	struct tresult res[NTHREADS];
	size_t i;
	int t;
	const char *env = getenv("UNSPOOF_THREAD_ITERATIONS");

	if (getenv("UNSPOOF_VALGRIND")) /* make check-valgrind: 50x slower */
		iterations = 40;
	if (env && atoi(env) > 0)
		iterations = atoi(env);
	shared_checker = unspoof_checker_new();
	CHECK(shared_checker != NULL, "checker_new");
	if (!shared_checker)
		return test_finish("threads");
	CHECK(unspoof_checker_set_level(shared_checker, UNSPOOF_LEVEL_MODERATELY) == UNSPOOF_OK,
	      "set_level");
	unspoof_options_init(&shared_opts);
	shared_opts.invalid = UNSPOOF_INVALID_REPLACE;

	for (i = 0; i < NINPUTS; i++) {
		const char *s = inputs[i];
		size_t len = strlen(s);
		unspoof_cleaned *c = NULL;
		unspoof_report *r = NULL;
		struct expect *e = &expected[i];
		CHECK(unspoof_clean(&shared_opts, s, len, &c) == UNSPOOF_OK, "clean input %zu", i);
		CHECK(unspoof_scan(&shared_opts, s, len, &r) == UNSPOOF_OK, "scan input %zu", i);
		if (!c || !r)
			return test_finish("threads");
		e->clean = malloc(c->len + 1);
		memcpy(e->clean, c->text, c->len + 1);
		e->clean_len = c->len;
		e->nedits = c->nedits;
		e->nfindings = r->nfindings;
		unspoof_cleaned_free(c);
		unspoof_report_free(r);
		e->skel = do_skel(s, len, &e->skel_len);
		e->nfkc = do_nfkc(s, len, &e->nfkc_len);
		CHECK(e->skel && e->nfkc, "skeleton/NFKC_CF of input %zu", i);
		CHECK(unspoof_checker_check(shared_checker, s, len, UNSPOOF_INVALID_REPLACE,
		                            &e->check) == UNSPOOF_OK,
		      "checker on input %zu", i);
		CHECK(unspoof_confusable(s, len, inputs[(i + 1) % NINPUTS],
		                         strlen(inputs[(i + 1) % NINPUTS]), UNSPOOF_INVALID_REPLACE,
		                         &e->conf) == UNSPOOF_OK,
		      "confusable on input %zu", i);
	}

	memset(res, 0, sizeof res);
	for (t = 0; t < NTHREADS; t++)
		CHECK(pthread_create(&th[t], NULL, worker, &res[t]) == 0, "pthread_create %d", t);
	for (t = 0; t < NTHREADS; t++) {
		pthread_join(th[t], NULL);
		CHECK(res[t].mismatches == 0 && res[t].errors == 0,
		      "thread %d: %lu results differ from the single-threaded ones, %lu errors", t,
		      res[t].mismatches, res[t].errors);
	}
	for (i = 0; i < NINPUTS; i++) {
		free(expected[i].clean);
		free(expected[i].skel);
		free(expected[i].nfkc);
	}
	unspoof_checker_free(shared_checker);
	return test_finish("threads");
}
