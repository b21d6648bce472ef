/* Options, files, lines, the machine header and decancer: see bench.h. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench.h"
#include "unspoof.h"

void bench_die(const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fprintf(stderr, "bench: BROKEN SETUP: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	exit(2);
}

static double number(const char *opt, const char *v, double lo, double hi)
{
	char *end;
	double x;
	if (!v)
		bench_die("%s needs a value", opt);
	x = strtod(v, &end);
	if (*end || !(x >= lo && x <= hi))
		bench_die("%s %s: want a number in [%g, %g]", opt, v, lo, hi);
	return x;
}

void bench_parse_args(struct bench_cfg *c, int argc, char **argv)
{
	int i;
	c->mb = 100;
	c->line_mb = 16;
	c->runs = 5;
	c->samples = "eval/sample";
	c->dir = "build/bench";
	c->cli = "build/unspoof";
	c->node = "node";
	c->script = "bench/decancer.js";
	c->commit = "unknown";
	c->cflags = "?";
	for (i = 1; i < argc; i += 2) {
		const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(o, "--mb"))
			c->mb = number(o, v, 0.01, 100000);
		else if (!strcmp(o, "--line-mb"))
			c->line_mb = number(o, v, 0.01, 100000);
		else if (!strcmp(o, "--runs"))
			c->runs = (int)number(o, v, 1, 64);
		else if (!strcmp(o, "--samples"))
			c->samples = v;
		else if (!strcmp(o, "--dir"))
			c->dir = v;
		else if (!strcmp(o, "--cli"))
			c->cli = v;
		else if (!strcmp(o, "--node"))
			c->node = v;
		else if (!strcmp(o, "--script"))
			c->script = v;
		else if (!strcmp(o, "--commit"))
			c->commit = v;
		else if (!strcmp(o, "--cflags"))
			c->cflags = v;
		else
			bench_die("unknown option %s (see the comment at the top of bench/bench.c)", o);
		if (!v)
			bench_die("%s needs a value", o);
	}
	if (c->line_mb > c->mb)
		c->line_mb = c->mb;
}

void bench_mkdir(const char *dir)
{
	if (mkdir(dir, 0777) && errno != EEXIST)
		bench_die("mkdir %s: %s", dir, strerror(errno));
}

void bench_write_file(const char *path, const char *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f))
		bench_die("cannot write %s", path);
}

struct line *bench_lines(const char *p, size_t n, size_t want, size_t *count, size_t *bytes,
                         size_t *maxlen)
{
	struct line *v = NULL;
	size_t cap = 0, k = 0, b = 0, mx = 0;
	const char *e = p + n;
	while (p < e && b < want) {
		const char *nl = memchr(p, '\n', (size_t)(e - p));
		size_t len = (size_t)((nl ? nl : e) - p);
		if (len) {
			if (k == cap) {
				cap = cap ? cap * 2 : 4096;
				v = realloc(v, cap * sizeof *v);
				if (!v)
					bench_die("out of memory");
			}
			v[k].p = p;
			v[k++].n = len;
			b += len;
			if (len > mx)
				mx = len;
		}
		p += len + 1;
	}
	*count = k;
	*bytes = b;
	*maxlen = mx;
	return v;
}

double bench_decancer(const struct bench_cfg *cfg, const char *path, size_t bytes, char *note,
                      size_t note_cap)
{
	char cmd[8192], out[512] = "", ver[64];
	double rate;
	size_t lines, got, errors;
	FILE *f;
	int st;
	if (!strcmp(cfg->node, "none")) {
		snprintf(note, note_cap, "skipped (node disabled: BENCH_NODE=none)");
		return NAN;
	}
	snprintf(cmd, sizeof cmd, "'%s' '%s' '%s' %zu %d 2>&1", cfg->node, cfg->script, path, bytes,
	         cfg->runs);
	f = popen(cmd, "r");
	if (!f || !fgets(out, sizeof out, f))
		out[0] = 0;
	st = f ? pclose(f) : -1;
	out[strcspn(out, "\n")] = 0;
	if (st != 0 || sscanf(out, "decancer %63s MB/s %lf lines %zu bytes %zu errors %zu", ver,
	                      &rate, &lines, &got, &errors) != 5) {
		snprintf(note, note_cap,
		         "SKIPPED: node or decancer missing (%.200s); run `npm install` in bench/",
		         out[0] ? out : "no output");
		fprintf(stderr, "bench: decancer column %s\n", note);
		return NAN;
	}
	if (got != bytes)
		bench_die("decancer.js took %zu bytes of lines, bench.c %zu", got, bytes);
	snprintf(note, note_cap, "decancer %s (npm), cure(line).toString() per line in node %s"
	         "; %zu lines threw", ver, "(start-up excluded)", errors);
	return rate;
}

static void cpu_model(char *dst, size_t cap)
{
	char l[512];
	FILE *f = fopen("/proc/cpuinfo", "r");
	snprintf(dst, cap, "unknown");
	while (f && fgets(l, sizeof l, f)) {
		char *c = strchr(l, ':');
		if (!strncmp(l, "model name", 10) && c) {
			c[strcspn(c, "\n")] = 0;
			snprintf(dst, cap, "%s", c + 2);
			break;
		}
	}
	if (f)
		fclose(f);
}

void bench_loadavg(char *dst, size_t cap)
{
	FILE *f = fopen("/proc/loadavg", "r");
	if (!f || !fgets(dst, (int)cap, f))
		snprintf(dst, cap, "unknown");
	dst[strcspn(dst, "\n")] = 0;
	if (f)
		fclose(f);
}

void bench_print_header(const struct bench_cfg *cfg, const char *icu_version,
                        const char *load_start)
{
	char cpu[256], load[128];
	cpu_model(cpu, sizeof cpu);
	bench_loadavg(load, sizeof load);
	printf("# unspoof bench\n\n");
	printf("- commit: %s; unspoof %s, Unicode %s\n", cfg->commit, unspoof_version(),
	       unspoof_unicode_version());
	printf("- machine: %s, %ld online CPUs; one thread per measurement\n", cpu,
	       sysconf(_SC_NPROCESSORS_ONLN));
	printf("- compiler: %s; CFLAGS %s\n", __VERSION__, cfg->cflags);
	printf("- corpora: %.0f MB each (generated, bench/corpus.c); per-line rows on the first "
	       "%.0f MB of lines of each; %d timed runs after one warm-up, median\n",
	       cfg->mb, cfg->line_mb, cfg->runs);
	printf("- peers: %s (uspoof, default checks); decancer via node\n", icu_version);
	printf("- /proc/loadavg at start: %s; before the CLI runs: %s (the machine is shared)\n",
	       load_start, load);
}
