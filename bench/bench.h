/* Shared pieces of the benchmark program (bench.c, util.c, cli.c). */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>

struct bench_cfg {
	double mb;            /* corpus size, 10^6 bytes */
	double line_mb;       /* bytes of lines for the per-line rows */
	int runs;             /* timed runs per measurement (median) */
	const char *samples;  /* eval/sample */
	const char *dir;      /* where corpora are written */
	const char *cli;      /* build/unspoof, or "none" */
	const char *node;     /* node, or "none" */
	const char *script;   /* bench/decancer.js */
	const char *commit;   /* shown in the header */
	const char *cflags;   /* shown in the header */
};

struct line {
	const char *p;
	size_t n;
};

void bench_parse_args(struct bench_cfg *cfg, int argc, char **argv);
/* Prints "bench: BROKEN SETUP: ..." and exits 2. */
void bench_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
double bench_now(void);
/* Sorts v and returns its median (the upper one for even n). */
double bench_median(double *v, int n);
void bench_mkdir(const char *dir);
void bench_write_file(const char *path, const char *p, size_t n);
/* The non-empty lines of p[0..n) from the start until they hold `want`
 * bytes (without their newlines): *bytes gets their total, *maxlen the
 * longest. decancer.js picks the same lines. */
struct line *bench_lines(const char *p, size_t n, size_t want, size_t *count, size_t *bytes,
                         size_t *maxlen);
/* Runs decancer.js on the lines of `path`; returns the median MB/s, or NaN
 * with the reason in note when node or decancer is missing. */
double bench_decancer(const struct bench_cfg *cfg, const char *path, size_t bytes, char *note,
                      size_t note_cap);
/* The first fields of /proc/loadavg. */
void bench_loadavg(char *dst, size_t cap);
void bench_print_header(const struct bench_cfg *cfg, const char *icu_version,
                        const char *load_start);
/* Times `unspoof scan -c -j1/-j2` on the plain corpus, as one file and as
 * eight, and prints the table. */
void bench_cli_scaling(const struct bench_cfg *cfg);

#endif
