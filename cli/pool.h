/* Parallel processing of inputs with output in input order.
 *
 * pool_run() runs job(ctx, i, out) for i = 0..njobs-1 on N threads. Each job
 * writes its output into per-job streams (jout_file(out, channel)), which
 * the pool writes to the channel's target in job order: the job that comes
 * first (the "head") writes through as it goes, so the output of a huge
 * file or an endless pipe starts at once; the others are buffered up to
 * JOUT_CAP bytes each and then wait until they are the head. At most
 * POOL_WINDOW(N) jobs are started beyond the head, so memory stays bounded
 * whatever the number and size of the inputs.
 *
 * Writes to a closed pipe (EPIPE, e.g. `unspoof scan big | head`) stop
 * every job quietly: pool_broken_pipe() tells. Other write errors are
 * reported once and stop every job too.
 *
 * While it runs, if stderr is a terminal and the run lasts more than two
 * seconds, the pool shows a progress line on stderr (files done, bytes,
 * bytes per second), cleared at the end. */
#ifndef UNSPOOF_CLI_POOL_H
#define UNSPOOF_CLI_POOL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define JOUT_CHANNELS 2
#define JOUT_CAP (1u << 20)       /* a waiting job's buffer, per channel */
#define JOUT_FLUSH (64u * 1024u)  /* the head writes through past this */
#define POOL_WINDOW(n) (4 * (size_t)(n) + 4)

struct jout;

struct pool_cfg {
	size_t njobs;
	int threads;                   /* 0: the number of online processors */
	int (*job)(void *ctx, size_t index, struct jout *out);
	void *ctx;
	FILE *targets[JOUT_CHANNELS];  /* NULL: channel unused */
	const char *target_names[JOUT_CHANNELS]; /* for error messages */
	int progress;                  /* allow the progress line */
};

/* Runs the jobs. Returns 0, or -1 if writing output failed (reported,
 * unless it was a broken pipe). Job return values are the caller's
 * business (keep them in ctx). */
int pool_run(const struct pool_cfg *cfg);

/* The stream a job writes channel ch into. */
FILE *jout_file(struct jout *o, int ch);
/* Lets the pool write out what the job buffered, or makes the job wait for
 * its turn if its buffer is full. Call it often (after each chunk of
 * input). Returns -1 if the job should stop (output failed or pool_stop()). */
int jout_check(struct jout *o);
/* As jout_check(), and if the job is the head, writes everything buffered
 * and flushes the target now (for interactive input). */
int jout_sync(struct jout *o);

/* Waits until the job is the head: every job before it has finished and
 * its output is written. A job that combines what earlier jobs left in ctx
 * (the blocks of one file) calls it before reading it; the pool's lock
 * makes what they stored visible. Returns 0, or -1 if the run is stopping
 * (then the earlier jobs may not have finished). */
int jout_wait_head(struct jout *o);

/* Stops the run: jobs not yet started are skipped; running jobs see
 * pool_stopping() (and jout_check() returns -1). */
void pool_stop(void);
int pool_stopping(void);
/* 1 if output went to a closed pipe. */
int pool_broken_pipe(void);
/* Counts input bytes for the progress line (any thread). */
void pool_progress_bytes(uint64_t n);
/* Number of processors online (at least 1). */
int pool_cpus(void);
/* Prints "unspoof: <message>" on stderr, first clearing the progress line. */
void pool_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
