/* Slow test (make check-slow, via tests/slow/sequence.sh): documents in
 * sequence. Each file named on the command line is many documents of
 * several languages, genuine and obfuscated, one after another in one text
 * (as a stream of posts or a mailbox is fed). For each, the one-shot
 * results (unspoof_scan, unspoof_clean) must be what a stream gives fed one
 * byte at a time, 0-7 bytes at a time, 1-300 bytes at a time and at once,
 * and what the full pass alone gives (us_scan_force_full()): the output,
 * every finding and the summary; and clean must be idempotent. fuzz_scan
 * checks the same properties on short inputs; here paragraphs of real text
 * carry their evidence, labels and dominant scripts into the next ones and
 * cross the opening of the text where ahead() looks ahead, which the fuzzer
 * reaches seldom (it found none of the two bugs this test found in
 * session 20, tests/FUZZING.md).
 *
 *   sequence FILE...     exit 0 if every file passes, 1 otherwise
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"

#include "scan/fast.h" /* us_scan_force_full() */

struct got {
	char *out;
	size_t n, cap;
	unspoof_finding *f;
	size_t nf, fcap;
};

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "sequence: out of memory\n");
		exit(2);
	}
	return p;
}

static int on_output(void *ctx, const char *d, size_t n)
{
	struct got *g = ctx;
	if (g->n + n > g->cap) {
		g->cap = (g->n + n) * 2;
		g->out = xrealloc(g->out, g->cap);
	}
	memcpy(g->out + g->n, d, n);
	g->n += n;
	return 0;
}

static int on_finding(void *ctx, const unspoof_finding *f)
{
	struct got *g = ctx;
	if (g->nf == g->fcap) {
		g->fcap = g->fcap * 2 + 64;
		g->f = xrealloc(g->f, g->fcap * sizeof *g->f);
	}
	g->f[g->nf++] = *f;
	return 0;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)rng;
}

static int same_finding(const unspoof_finding *a, const unspoof_finding *b)
{
	return a->offset == b->offset && a->length == b->length && a->cp == b->cp &&
	       a->kind == b->kind && a->script == b->script && a->confidence == b->confidence &&
	       a->undone == b->undone && a->imitates_len == b->imitates_len &&
	       !memcmp(a->imitates, b->imitates, sizeof a->imitates);
}

static int same_summary(const unspoof_summary *a, const unspoof_summary *b)
{
	return a->verdict == b->verdict && a->score == b->score && a->bytes == b->bytes &&
	       a->words == b->words && a->letters == b->letters && a->edits == b->edits &&
	       !memcmp(a->counts, b->counts, sizeof a->counts);
}

static const char *const mode_name[] = {"fed 1 byte at a time", "fed 0-7 bytes at a time",
                                        "fed 1-300 bytes at a time", "fed at once",
                                        "with the full pass forced"};

/* Streams text as mode says and compares with the one-shot results;
 * returns 1 if they agree. */
static int check_mode(const char *name, const char *text, size_t len, int mode,
                      const unspoof_report *rep, const unspoof_cleaned *cl)
{
	struct got g = {0};
	unspoof_callbacks cb = {on_output, on_finding, NULL, &g};
	unspoof_options o;
	unspoof_stream *st = NULL;
	unspoof_summary sum;
	size_t p = 0, k;
	int ok = 1;
	unspoof_options_init(&o);
	if (mode == 4)
		us_scan_force_full(1);
	if (unspoof_stream_new(&o, &cb, &st) != UNSPOOF_OK) {
		fprintf(stderr, "sequence: stream_new failed\n");
		exit(2);
	}
	while (p < len) {
		size_t n = mode == 0 ? 1 : mode == 1 ? next() % 8 : mode == 2 ? next() % 300 + 1 : len;
		if (n > len - p)
			n = len - p;
		if (unspoof_stream_feed(st, n ? text + p : NULL, n) != UNSPOOF_OK) {
			fprintf(stderr, "FAIL %s: feed failed %s\n", name, mode_name[mode]);
			ok = 0;
			break;
		}
		p += n;
	}
	if (ok && unspoof_stream_finish(st, &sum) != UNSPOOF_OK) {
		fprintf(stderr, "FAIL %s: finish failed %s\n", name, mode_name[mode]);
		ok = 0;
	}
	unspoof_stream_free(st);
	us_scan_force_full(0);
	if (ok && (g.n != cl->len || memcmp(g.out, cl->text, g.n))) {
		for (k = 0; k < g.n && k < cl->len && g.out[k] == cl->text[k]; k++)
			;
		fprintf(stderr, "FAIL %s: output %s differs from clean() at output byte %zu (%zu vs %zu bytes)\n",
		        name, mode_name[mode], k, g.n, cl->len);
		ok = 0;
	}
	if (ok) {
		for (k = 0; k < g.nf && k < rep->nfindings && same_finding(&g.f[k], &rep->findings[k]); k++)
			;
		if (k < g.nf || k < rep->nfindings) {
			fprintf(stderr, "FAIL %s: findings %s differ from scan()'s from finding %zu (%zu vs %zu)",
			        name, mode_name[mode], k, g.nf, rep->nfindings);
			if (k < g.nf && k < rep->nfindings)
				fprintf(stderr, ": at byte %llu U+%04X confidence %.2f vs at byte %llu U+%04X confidence %.2f",
				        (unsigned long long)g.f[k].offset, (unsigned)g.f[k].cp,
				        (double)g.f[k].confidence,
				        (unsigned long long)rep->findings[k].offset,
				        (unsigned)rep->findings[k].cp, (double)rep->findings[k].confidence);
			fprintf(stderr, "\n");
			ok = 0;
		}
	}
	if (ok && !same_summary(&sum, &rep->summary)) {
		fprintf(stderr, "FAIL %s: summary %s differs from scan()'s (score %.6f vs %.6f)\n", name,
		        mode_name[mode], sum.score, rep->summary.score);
		ok = 0;
	}
	free(g.out);
	free(g.f);
	return ok;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *t = NULL;
	size_t cap = 0, n = 0, r;
	if (!f)
		return NULL;
	do {
		if (n == cap) {
			cap = cap * 2 + 65536;
			t = xrealloc(t, cap);
		}
		r = fread(t + n, 1, cap - n, f);
		n += r;
	} while (r);
	fclose(f);
	*len = n;
	return t;
}

int main(int argc, char **argv)
{
	unspoof_options o;
	int i, failed = 0, files = 0;
	size_t bytes = 0;
	unspoof_options_init(&o);
	for (i = 1; i < argc; i++) {
		size_t len, k;
		char *text = slurp(argv[i], &len);
		unspoof_report *rep = NULL;
		unspoof_cleaned *cl = NULL, *cl2 = NULL;
		int ok = 1, mode;
		if (!text) {
			fprintf(stderr, "FAIL %s: cannot read\n", argv[i]);
			failed++;
			continue;
		}
		if (unspoof_scan(&o, text, len, &rep) != UNSPOOF_OK ||
		    unspoof_clean(&o, text, len, &cl) != UNSPOOF_OK ||
		    unspoof_clean(&o, cl->text, cl->len, &cl2) != UNSPOOF_OK) {
			fprintf(stderr, "FAIL %s: scan or clean failed\n", argv[i]);
			exit(2);
		}
		for (mode = 0; mode < 5; mode++)
			ok &= check_mode(argv[i], text, len, mode, rep, cl);
		if (cl2->len != cl->len || memcmp(cl2->text, cl->text, cl->len)) {
			for (k = 0; k < cl->len && k < cl2->len && cl->text[k] == cl2->text[k]; k++)
				;
			fprintf(stderr, "FAIL %s: clean is not idempotent: a second clean changes output byte %zu\n",
			        argv[i], k);
			ok = 0;
		}
		failed += !ok;
		files++;
		bytes += len;
		unspoof_cleaned_free(cl2);
		unspoof_cleaned_free(cl);
		unspoof_report_free(rep);
		free(text);
	}
	printf("sequence: %d of %d texts (%zu bytes) failed\n", failed, files, bytes);
	return failed != 0;
}
