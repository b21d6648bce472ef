/* The CLI's -j scaling: `unspoof scan -c -jN` on the plain corpus, as one
 * file and split at line boundaries into eight (the CLI runs one file per
 * thread), and `unspoof clean --lines -jN` on the one file (blocks of lines
 * run on the threads). See bench.h. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"
#include "corpus.h"

#define PARTS 8

/* Runs argv with stdout on /dev/null; dies unless it exits 0 or 1. */
static double run(char **argv)
{
	double t0 = bench_now();
	int st;
	pid_t pid = fork();
	if (pid < 0)
		bench_die("fork failed");
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0)
			dup2(fd, 1);
		execv(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) > 1)
		bench_die("%s %s %s ... failed (status %d)", argv[0], argv[1], argv[3], st);
	return bench_now() - t0;
}

static double median_run(char **argv, int runs)
{
	double t[64];
	int i;
	run(argv); /* warm-up: page cache */
	for (i = 0; i < runs && i < 64; i++)
		t[i] = run(argv);
	return bench_median(t, i);
}

/* Splits path into PARTS files at line boundaries; names go to part[]. */
static void split(const char *path, const char *dir, char part[PARTS][4096], size_t *total)
{
	FILE *f = fopen(path, "rb");
	char *p;
	long n;
	size_t at = 0;
	int i;
	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET))
		bench_die("cannot read %s", path);
	p = malloc((size_t)n);
	if (!p || fread(p, 1, (size_t)n, f) != (size_t)n)
		bench_die("cannot read %s", path);
	fclose(f);
	for (i = 0; i < PARTS; i++) {
		size_t end = i == PARTS - 1 ? (size_t)n : (size_t)n / PARTS * (size_t)(i + 1);
		const char *nl = memchr(p + end, '\n', (size_t)n - end);
		if (i < PARTS - 1)
			end = nl ? (size_t)(nl - p) + 1 : (size_t)n;
		snprintf(part[i], sizeof part[i], "%s/part%d.txt", dir, i);
		bench_write_file(part[i], p + at, end - at);
		at = end;
	}
	free(p);
	*total = (size_t)n;
}

void bench_cli_scaling(const struct bench_cfg *cfg)
{
	static const char *const rows[3] = {"1 file", "8 files (split at lines)",
	                                    "1 file, `clean --lines` (blocks of lines)"};
	char path[4096], part[PARTS][4096], j1[] = "-j1", j2[] = "-j2", scan[] = "scan",
	     clean[] = "clean", c[] = "-c", lines[] = "--lines";
	char *argv[PARTS + 5];
	size_t total;
	double t[3][2];
	int row, j, i;
	if (!strcmp(cfg->cli, "none") || access(cfg->cli, X_OK)) {
		printf("\n## CLI -j scaling: skipped (%s not built)\n", cfg->cli);
		return;
	}
	snprintf(path, sizeof path, "%s/%s.txt", cfg->dir, corpus_name(CORPUS_PLAIN));
	split(path, cfg->dir, part, &total);
	for (row = 0; row < 3; row++) {
		for (j = 0; j < 2; j++) {
			argv[0] = (char *)cfg->cli;
			argv[1] = row == 2 ? clean : scan;
			argv[2] = row == 2 ? lines : c;
			argv[3] = j ? j2 : j1;
			for (i = 0; i < (row == 1 ? PARTS : 1); i++)
				argv[4 + i] = row == 1 ? part[i] : path;
			argv[4 + i] = NULL;
			t[row][j] = median_run(argv, cfg->runs);
			fprintf(stderr, "bench: CLI %s %s %s on %d file(s): %.1f MB/s\n", argv[1],
			        argv[2], argv[3], row == 1 ? PARTS : 1,
			        (double)total / 1e6 / t[row][j]);
		}
	}
	printf("\n## CLI -j scaling: `%s scan -c -jN` on plain-en (%.1f MB), and `clean --lines "
	       "-jN` (each line a document), wall time, median of %d\n\n",
	       cfg->cli, (double)total / 1e6, cfg->runs);
	printf("| input | -j1 MB/s | -j2 MB/s | -j2 ÷ -j1 |\n|---|--:|--:|--:|\n");
	for (row = 0; row < 3; row++)
		printf("| %s | %.1f | %.1f | %.2f× |\n", rows[row], (double)total / 1e6 / t[row][0],
		       (double)total / 1e6 / t[row][1], t[row][0] / t[row][1]);
	for (i = 0; i < PARTS; i++)
		unlink(part[i]);
}
