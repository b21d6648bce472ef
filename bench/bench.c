/* make bench: speed of unspoof against its peers and the physical limits.
 *
 *   bench [--mb N] [--line-mb N] [--runs N] [--samples DIR] [--dir DIR]
 *         [--cli PATH] [--node PATH] [--commit ID] [--cflags FLAGS]
 *
 * Generates the four corpora of corpus.h (N MB each, default 100), writes
 * them to DIR (default build/bench) and prints MB/s (10^6 bytes per second,
 * one thread, the median of --runs runs, default 5) of every operation on
 * each, the ratios, the targets of issue 6 with PASS/MISS, and the CLI's
 * -j1/-j2 scaling. Per-line operations (skeleton, checker, and the peers,
 * whose cost is per call) run on the corpus's first --line-mb MB of lines
 * (default 16), the same lines for every contender. Exits 0 whatever the
 * speeds, 2 if something is broken (a call fails, a corpus is not valid
 * UTF-8, ICU is unusable). Results and how to read them: bench/RESULTS.md. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"
#include "corpus.h"
#include "icu_peer.h"
#include "unspoof.h"

/* ------------------------------------------------------------ rows */

enum row {
	R_MEMCHR, R_VALIDATE, R_SCAN, R_CLEAN, R_SKEL, R_CLEAN_LINE, R_CHECK,
	R_ICU_SKEL, R_ICU_CHECK, R_DECANCER, R_COUNT
};
static const char *const row_name[R_COUNT] = {
	"memchr, absent byte (baseline)",
	"unspoof_utf8_validate (baseline)",
	"scan: stream API, 1 MiB feeds",
	"clean: unspoof_clean_buffer",
	"skeleton per line",
	"clean per line (clean_buffer)",
	"checker per line",
	"ICU getSkeletonUTF8 per line",
	"ICU check2UTF8 per line",
	"decancer cure() per line (node)",
};

static double mbs[R_COUNT][CORPUS_COUNT];
static uint64_t findings[CORPUS_COUNT];
static int verdict[CORPUS_COUNT];
static size_t corpus_bytes[CORPUS_COUNT], line_bytes[CORPUS_COUNT], line_count[CORPUS_COUNT];
static char decancer_note[256] = "not run";

/* ------------------------------------------------------- operations */

struct job {
	const char *p;
	size_t n;
	struct line *lines;
	size_t nlines;
	char *dst, *ldst;
	size_t dst_cap, ldst_cap;
	unspoof_checker *checker;
	enum corpus_kind k;
};

static volatile size_t sink;

static int count_finding(void *ctx, const unspoof_finding *f)
{
	(void)f;
	++*(uint64_t *)ctx;
	return 0;
}

static int op_memchr(struct job *j)
{
	return memchr(j->p, 0x01, j->n) ? -1 : 0;
}

static int op_validate(struct job *j)
{
	return unspoof_utf8_validate(j->p, j->n, NULL) ? -1 : 0;
}

static int op_scan(struct job *j)
{
	uint64_t nf = 0;
	unspoof_callbacks cb = {NULL, count_finding, NULL, &nf};
	unspoof_summary sum;
	unspoof_stream *st;
	size_t k;
	int rc = unspoof_stream_new(NULL, &cb, &st);
	for (k = 0; !rc && k < j->n; k += 1 << 20)
		rc = unspoof_stream_feed(st, j->p + k, j->n - k < 1 << 20 ? j->n - k : 1 << 20);
	if (!rc)
		rc = unspoof_stream_finish(st, &sum);
	unspoof_stream_free(st);
	if (rc)
		return -1;
	findings[j->k] = nf;
	verdict[j->k] = sum.verdict;
	return 0;
}

static int op_clean(struct job *j)
{
	size_t got;
	int rc = unspoof_clean_buffer(NULL, j->p, j->n, j->dst, j->dst_cap, &got);
	sink += got;
	return rc ? -1 : 0;
}

static int op_skeleton(struct job *j)
{
	size_t i, got;
	for (i = 0; i < j->nlines; i++) {
		if (unspoof_skeleton(j->lines[i].p, j->lines[i].n, j->ldst, j->ldst_cap, &got,
		                     UNSPOOF_INVALID_REPLACE))
			return -1;
		sink += got;
	}
	return 0;
}

static int op_clean_line(struct job *j)
{
	size_t i, got;
	for (i = 0; i < j->nlines; i++) {
		if (unspoof_clean_buffer(NULL, j->lines[i].p, j->lines[i].n, j->ldst, j->ldst_cap,
		                         &got))
			return -1;
		sink += got;
	}
	return 0;
}

static int op_check(struct job *j)
{
	unspoof_check_result r;
	size_t i;
	for (i = 0; i < j->nlines; i++) {
		if (unspoof_checker_check(j->checker, j->lines[i].p, j->lines[i].n,
		                          UNSPOOF_INVALID_REPLACE, &r))
			return -1;
		sink += r.failed;
	}
	return 0;
}

static int op_icu_skeleton(struct job *j)
{
	size_t i;
	for (i = 0; i < j->nlines; i++) {
		long got = icu_peer_skeleton(j->lines[i].p, j->lines[i].n, j->ldst, j->ldst_cap);
		if (got < 0)
			return -1;
		sink += (size_t)got;
	}
	return 0;
}

static int op_icu_check(struct job *j)
{
	size_t i;
	for (i = 0; i < j->nlines; i++) {
		long r = icu_peer_check(j->lines[i].p, j->lines[i].n);
		if (r < 0)
			return -1;
		sink += (size_t)r;
	}
	return 0;
}

/* ----------------------------------------------------------- timing */

double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

double bench_median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return v[n / 2];
}

/* Runs op once to warm up, then `runs` times; stores the median MB/s. */
static void measure(enum row r, int (*op)(struct job *), struct job *j, size_t bytes, int runs)
{
	double t[64];
	int i;
	if (runs > 64)
		runs = 64;
	if (op(j))
		bench_die("%s on %s failed", row_name[r], corpus_name(j->k));
	for (i = 0; i < runs; i++) {
		double t0 = bench_now();
		if (op(j))
			bench_die("%s on %s failed", row_name[r], corpus_name(j->k));
		t[i] = bench_now() - t0;
	}
	mbs[r][j->k] = (double)bytes / 1e6 / bench_median(t, runs);
	fprintf(stderr, "bench: %-9s %-34s %10.1f MB/s\n", corpus_name(j->k), row_name[r],
	        mbs[r][j->k]);
}

/* ------------------------------------------------------------- main */

static void run_corpus(const struct bench_cfg *cfg, enum corpus_kind k)
{
	struct corpus c;
	struct job j = {0};
	char path[4096];
	size_t lb = 0, maxlen = 0, want = (size_t)(cfg->line_mb * 1e6);
	double t0 = bench_now();

	if (corpus_make(k, (size_t)(cfg->mb * 1e6), cfg->samples, &c))
		bench_die("cannot generate %s", corpus_name(k));
	fprintf(stderr, "bench: %s: %zu bytes generated in %.1f s\n", corpus_name(k), c.n,
	        bench_now() - t0);
	snprintf(path, sizeof path, "%s/%s.txt", cfg->dir, corpus_name(k));
	bench_write_file(path, c.p, c.n);
	corpus_bytes[k] = c.n;
	j.p = c.p;
	j.n = c.n;
	j.k = k;
	j.lines = bench_lines(c.p, c.n, want, &j.nlines, &lb, &maxlen);
	line_bytes[k] = lb;
	line_count[k] = j.nlines;
	j.dst_cap = UNSPOOF_CLEAN_BOUND(c.n);
	j.ldst_cap = maxlen * 72 + 64;
	j.dst = malloc(j.dst_cap);
	j.ldst = malloc(j.ldst_cap);
	j.checker = unspoof_checker_new();
	if (!j.dst || !j.ldst || !j.checker)
		bench_die("out of memory");
	if (memchr(c.p, 0x01, c.n))
		bench_die("%s contains the byte 0x01 that memchr looks for", corpus_name(k));
	if (unspoof_utf8_validate(c.p, c.n, NULL))
		bench_die("%s is not valid UTF-8", corpus_name(k));

	measure(R_MEMCHR, op_memchr, &j, c.n, cfg->runs);
	measure(R_VALIDATE, op_validate, &j, c.n, cfg->runs);
	measure(R_SCAN, op_scan, &j, c.n, cfg->runs);
	measure(R_CLEAN, op_clean, &j, c.n, cfg->runs);
	measure(R_SKEL, op_skeleton, &j, lb, cfg->runs);
	measure(R_CLEAN_LINE, op_clean_line, &j, lb, cfg->runs);
	measure(R_CHECK, op_check, &j, lb, cfg->runs);
	measure(R_ICU_SKEL, op_icu_skeleton, &j, lb, cfg->runs);
	measure(R_ICU_CHECK, op_icu_check, &j, lb, cfg->runs);
	free(j.dst);
	free(j.ldst);
	free(j.lines);
	unspoof_checker_free(j.checker);
	free(c.p);
	mbs[R_DECANCER][k] = bench_decancer(cfg, path, lb, decancer_note, sizeof decancer_note);
	if (!isnan(mbs[R_DECANCER][k]))
		fprintf(stderr, "bench: %-9s %-34s %10.1f MB/s\n", corpus_name(k),
		        row_name[R_DECANCER], mbs[R_DECANCER][k]);
}

static void print_table(const struct bench_cfg *cfg)
{
	int r, k;
	printf("\n## MB/s (10^6 bytes/s, one thread, median of %d runs)\n\n", cfg->runs);
	printf("| operation | %s | %s | %s | %s |\n|---|--:|--:|--:|--:|\n",
	       corpus_name(0), corpus_name(1), corpus_name(2), corpus_name(3));
	printf("| corpus MB (whole-buffer rows) |");
	for (k = 0; k < CORPUS_COUNT; k++)
		printf(" %.1f |", (double)corpus_bytes[k] / 1e6);
	printf("\n| lines (per-line rows): count / MB |");
	for (k = 0; k < CORPUS_COUNT; k++)
		printf(" %zu / %.1f |", line_count[k], (double)line_bytes[k] / 1e6);
	printf("\n");
	for (r = 0; r < R_COUNT; r++) {
		printf("| %s |", row_name[r]);
		for (k = 0; k < CORPUS_COUNT; k++)
			printf(isnan(mbs[r][k]) ? " skipped |" : " %.1f |", mbs[r][k]);
		printf("\n");
	}
	printf("| scan: findings, verdict |");
	for (k = 0; k < CORPUS_COUNT; k++)
		printf(" %llu, %s |", (unsigned long long)findings[k], unspoof_verdict_name(verdict[k]));
	printf("\n\ndecancer: %s\n", decancer_note);
}

static void print_ratio(const char *what, enum row a, enum row b)
{
	int k;
	printf("| %s |", what);
	for (k = 0; k < CORPUS_COUNT; k++) {
		double x = mbs[a][k] / mbs[b][k];
		printf(isnan(x) ? " n/a |" : x >= 10 ? " %.0f× |" : " %.2g× |", x);
	}
	printf("\n");
}

static void print_ratios(void)
{
	printf("\n## Ratios (ours ÷ theirs; > 1 means unspoof is faster)\n\n");
	printf("| ratio | %s | %s | %s | %s |\n|---|--:|--:|--:|--:|\n",
	       corpus_name(0), corpus_name(1), corpus_name(2), corpus_name(3));
	print_ratio("scan ÷ memchr", R_SCAN, R_MEMCHR);
	print_ratio("scan ÷ validate", R_SCAN, R_VALIDATE);
	print_ratio("clean ÷ memchr", R_CLEAN, R_MEMCHR);
	print_ratio("clean ÷ validate", R_CLEAN, R_VALIDATE);
	print_ratio("skeleton ÷ ICU getSkeleton", R_SKEL, R_ICU_SKEL);
	print_ratio("checker ÷ ICU check2", R_CHECK, R_ICU_CHECK);
	print_ratio("scan ÷ ICU check2", R_SCAN, R_ICU_CHECK);
	print_ratio("clean per line ÷ decancer", R_CLEAN_LINE, R_DECANCER);
	print_ratio("clean (buffer) ÷ decancer", R_CLEAN, R_DECANCER);
	print_ratio("skeleton ÷ decancer", R_SKEL, R_DECANCER);
}

/* A target of issue 6: PASS if every listed corpus meets it. */
static void target(const char *what, enum row a, enum row b, double want, unsigned corpora)
{
	double worst = INFINITY;
	int k;
	for (k = 0; k < CORPUS_COUNT; k++) {
		double v;
		if (!(corpora >> k & 1))
			continue;
		v = b == R_COUNT ? mbs[a][k] : mbs[a][k] / mbs[b][k];
		if (isnan(v)) {
			worst = NAN;
			break;
		}
		if (v < worst)
			worst = v;
	}
	if (isnan(worst))
		printf("| %s | n/a | SKIPPED |\n", what);
	else if (b == R_COUNT)
		printf("| %s | %.1f MB/s | %s |\n", what, worst, worst >= want ? "PASS" : "MISS");
	else
		printf("| %s | %.2f× | %s |\n", what, worst, worst >= want ? "PASS" : "MISS");
}

static void print_targets(void)
{
	const unsigned all = (1u << CORPUS_COUNT) - 1;
	printf("\n## Targets of issue 6 (worst corpus where several apply)\n\n");
	printf("| target | measured | |\n|---|--:|---|\n");
	target("scan plain-en ≥ 3000 MB/s", R_SCAN, R_COUNT, 3000, 1u << CORPUS_PLAIN);
	target("scan plain-en ≥ 0.5× validate", R_SCAN, R_VALIDATE, 0.5, 1u << CORPUS_PLAIN);
	target("scan obfusc-en ≥ 500 MB/s", R_SCAN, R_COUNT, 500, 1u << CORPUS_OBFUSCATED);
	target("scan russian ≥ 500 MB/s", R_SCAN, R_COUNT, 500, 1u << CORPUS_RUSSIAN);
	target("clean plain-en ≥ 2000 MB/s", R_CLEAN, R_COUNT, 2000, 1u << CORPUS_PLAIN);
	target("clean obfusc-en ≥ 300 MB/s", R_CLEAN, R_COUNT, 300, 1u << CORPUS_OBFUSCATED);
	target("skeleton ≥ 20× ICU getSkeleton, all corpora", R_SKEL, R_ICU_SKEL, 20, all);
	target("clean per line ≥ 10× decancer, all corpora", R_CLEAN_LINE, R_DECANCER, 10, all);
	target("(clean buffer ≥ 10× decancer per line, all corpora)", R_CLEAN, R_DECANCER, 10, all);
}

int main(int argc, char **argv)
{
	struct bench_cfg cfg;
	char load[128];
	int r, k;
	bench_parse_args(&cfg, argc, argv);
	bench_loadavg(load, sizeof load);
	for (r = 0; r < R_COUNT; r++)
		for (k = 0; k < CORPUS_COUNT; k++)
			mbs[r][k] = NAN;
	if (icu_peer_open())
		bench_die("ICU's spoof checker is unusable");
	bench_mkdir(cfg.dir);
	for (k = 0; k < CORPUS_COUNT; k++)
		run_corpus(&cfg, (enum corpus_kind)k);
	icu_peer_close();

	bench_print_header(&cfg, icu_peer_version(), load);
	print_table(&cfg);
	print_ratios();
	print_targets();
	bench_cli_scaling(&cfg);
	return 0;
}
