/* Ordinary text for tests/slow/linear.sh (make check-linear-text).
 *
 *   linear list            the case names
 *   linear CASE SCALE      one operation on SCALE x 128 KiB of the plain or
 *                          obfuscated English corpus (bench/corpus.c), once,
 *                          inside measured(), which linear.sh counts with
 *                          callgrind at 1x, 4x and 16x; CASE may also
 *                          name the russian or multi corpus, or text-LANG
 *                          (lines of one sample language: en ru el hy vi tr
 *                          hi fa ka), for profiles (valgrind --tool=callgrind
 *                          --toggle-collect=measured)
 *
 * tests/slow/hostile.c covers adversarial inputs (marks, long lines,
 * invalid bytes); these cases cover the text the library meets every day:
 * scan (one-shot and streaming), clean (one-shot, buffer and streaming),
 * skeleton per line, NFC and NFKC_Casefold. The sample words are read from
 * eval/sample (or $BENCH_SAMPLES). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "unspoof.h"

enum op { O_SCAN, O_SCAN_STREAM, O_CLEAN, O_CLEAN_BUFFER, O_CLEAN_STREAM, O_SKELETON, O_NFC,
          O_NFKC_CF, O_LISTED, O_CLEAN_LINES = O_LISTED, O_VALIDATE, O_COUNT };
/* The first O_LISTED are the cases linear.sh checks; the others are for
 * profiles (clean_buffer per line, as make bench's "clean per line" row;
 * the UTF-8 validation baseline). */
static const char *const op_name[O_COUNT] = {"scan",       "scan-stream",    "clean",
                                             "clean-buffer", "clean-stream", "skeleton-lines",
                                             "nfc",        "nfkc-cf",        "clean-lines",
                                             "validate"};
#define UNIT (128u << 10)

static size_t sink;

static int out_cb(void *ctx, const char *d, size_t n)
{
	(void)ctx;
	(void)d;
	sink += n;
	return 0;
}

static int finding_cb(void *ctx, const unspoof_finding *f)
{
	(void)ctx;
	sink += f->length;
	return 0;
}

static int stream(const char *s, size_t n, int output)
{
	unspoof_callbacks cb = {output ? out_cb : NULL, finding_cb, NULL, NULL};
	unspoof_stream *st;
	size_t k;
	int rc = unspoof_stream_new(NULL, &cb, &st);
	for (k = 0; !rc && k < n; k += 65536)
		rc = unspoof_stream_feed(st, s + k, n - k < 65536 ? n - k : 65536);
	if (!rc)
		rc = unspoof_stream_finish(st, NULL);
	unspoof_stream_free(st);
	return rc;
}

/* One call per line (as make bench's per-line rows): fn writes the line's
 * result into a buffer. */
typedef int (*line_fn)(const char *s, size_t len, char *dst, size_t cap, size_t *got);

static int skeleton_line(const char *s, size_t len, char *dst, size_t cap, size_t *got)
{
	return unspoof_skeleton(s, len, dst, cap, got, UNSPOOF_INVALID_REPLACE);
}

static int clean_line(const char *s, size_t len, char *dst, size_t cap, size_t *got)
{
	return unspoof_clean_buffer(NULL, s, len, dst, cap, got);
}

static int per_line(const char *s, size_t n, line_fn fn)
{
	static char dst[1 << 16];
	const char *e = s + n;
	size_t got;
	while (s < e) {
		const char *nl = memchr(s, '\n', (size_t)(e - s));
		size_t len = (size_t)((nl ? nl : e) - s);
		int rc = fn(s, len, dst, sizeof dst, &got);
		if (rc)
			return rc;
		sink += got;
		s += len + 1;
	}
	return 0;
}

static int normalize(unspoof_form f, const char *s, size_t n)
{
	size_t cap = n * 3 + 16, got;
	char *o = malloc(cap);
	int rc = o ? unspoof_normalize(f, s, n, o, cap, &got, UNSPOOF_INVALID_REPLACE)
	           : UNSPOOF_E_NOMEM;
	free(o);
	return rc;
}

static int run(enum op op, const char *s, size_t n)
{
	unspoof_report *r = NULL;
	unspoof_cleaned *c = NULL;
	char *o;
	size_t got;
	int rc;
	switch (op) {
	case O_SCAN:
		rc = unspoof_scan(NULL, s, n, &r);
		unspoof_report_free(r);
		return rc;
	case O_SCAN_STREAM: return stream(s, n, 0);
	case O_CLEAN:
		rc = unspoof_clean(NULL, s, n, &c);
		unspoof_cleaned_free(c);
		return rc;
	case O_CLEAN_BUFFER:
		o = malloc(UNSPOOF_CLEAN_BOUND(n));
		rc = o ? unspoof_clean_buffer(NULL, s, n, o, UNSPOOF_CLEAN_BOUND(n), &got)
		       : UNSPOOF_E_NOMEM;
		free(o);
		return rc;
	case O_CLEAN_STREAM: return stream(s, n, 1);
	case O_SKELETON: return per_line(s, n, skeleton_line);
	case O_CLEAN_LINES: return per_line(s, n, clean_line);
	case O_VALIDATE: return unspoof_utf8_validate(s, n, NULL);
	case O_NFC: return normalize(UNSPOOF_NFC, s, n);
	case O_NFKC_CF: return normalize(UNSPOOF_NFKC_CF, s, n);
	default: return 1;
	}
}

/* The function callgrind counts. */
__attribute__((noinline)) int measured(enum op op, const char *s, size_t n);
__attribute__((noinline)) int measured(enum op op, const char *s, size_t n)
{
	return run(op, s, n);
}

/* Runs case name on corpus c (made = corpus_make*()'s return value), cut
 * to exactly n bytes at a line end. Returns main()'s status. */
static int run_case(const char *name, enum op op, int made, struct corpus *c, size_t n)
{
	if (made)
		return 2;
	c->n = n;
	while (c->n && c->p[c->n - 1] != '\n')
		c->n--;
	if (measured(op, c->p, c->n)) {
		fprintf(stderr, "linear: %s failed\n", name);
		return 1;
	}
	free(c->p);
	return 0;
}

int main(int argc, char **argv)
{
	/* listed: plain and obfuscated; russian-* and multi-* also run (profiling) */
	static const enum corpus_kind kinds[] = {CORPUS_PLAIN, CORPUS_OBFUSCATED, CORPUS_RUSSIAN,
	                                         CORPUS_MULTI};
	const char *samples = getenv("BENCH_SAMPLES") ? getenv("BENCH_SAMPLES") : "eval/sample";
	struct corpus c;
	char name[64];
	unsigned k, op;
	long scale;
	if (argc == 2 && !strcmp(argv[1], "list")) {
		for (k = 0; k < 2; k++)
			for (op = 0; op < O_LISTED; op++)
				printf("%s-%s\n", corpus_name(kinds[k]), op_name[op]);
		return 0;
	}
	if (argc != 3 || (scale = atol(argv[2])) < 1 || scale > 1024) {
		fprintf(stderr, "usage: linear list | linear CASE SCALE\n");
		return 2;
	}
	for (k = 0; k < 4; k++)
		for (op = 0; op < O_COUNT; op++) {
			snprintf(name, sizeof name, "%s-%s", corpus_name(kinds[k]), op_name[op]);
			if (!strcmp(name, argv[1]))
				return run_case(name, (enum op)op,
				                corpus_make(kinds[k], (size_t)scale * UNIT, samples, &c),
				                &c, (size_t)scale * UNIT);
		}
	/* text-LANG-OP: lines of one language of the samples (genuine text) */
	for (k = 0; corpus_lang((int)k); k++)
		for (op = 0; op < O_COUNT; op++) {
			snprintf(name, sizeof name, "text-%s-%s", corpus_lang((int)k), op_name[op]);
			if (!strcmp(name, argv[1]))
				return run_case(name, (enum op)op,
				                corpus_make_lang(corpus_lang((int)k), (size_t)scale * UNIT,
				                                 samples, &c),
				                &c, (size_t)scale * UNIT);
		}
	fprintf(stderr, "linear: no case %s\n", argv[1]);
	return 2;
}
