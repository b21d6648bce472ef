/* Hostile inputs (make check-slow).
 *
 *   hostile                 every case at full size: results checked, time
 *                           and peak memory reported and bounded
 *   hostile CASE SCALE      one case at SCALE x its unit size, once, inside
 *                           measured() — for tests/slow/linear.sh, which
 *                           counts its instructions with callgrind
 *                           (--toggle-collect=measured) at 1x, 4x and 16x
 *   hostile list            the case names
 *
 * Full-size inputs: 1,000,000 combining marks on one base; a 100 MB line
 * with no spaces; 16 MB of only ill-formed bytes; every code point
 * 0..0x10FFFF in one buffer (surrogates as CESU-style ED A0 80..ED BF BF);
 * 4 MB of one word alternating Latin and Cyrillic every character; 16 MB
 * of NUL bytes; and 4.5 GB through the streaming API (HOSTILE_STREAM_GB to
 * change, 0 to skip), checking 64-bit offsets past 4 GiB and that memory
 * stays bounded. */
#define _DEFAULT_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <time.h>

#include "util.h"
#include "unspoof.h"

/* ------------------------------------------------------------ inputs */

struct buf {
	char *p;
	size_t n, cap;
};

static void put(struct buf *b, const void *d, size_t n)
{
	if (b->n + n > b->cap) {
		size_t c = b->cap ? b->cap : 4096;
		while (c < b->n + n)
			c *= 2;
		b->p = realloc(b->p, c);
		if (!b->p) {
			fprintf(stderr, "out of memory\n");
			exit(2);
		}
		b->cap = c;
	}
	memcpy(b->p + b->n, d, n);
	b->n += n;
}

/* One base and n marks of alternating classes 230 and 220 (so canonical
 * ordering has work to do). */
static struct buf gen_marks(size_t n)
{
	struct buf b = {0};
	size_t i;
	put(&b, "a", 1);
	for (i = 0; i < n; i++)
		put(&b, (i & 1) ? "\xCC\x96" : "\xCC\x81", 2);
	return b;
}

/* n bytes of letters, half of them Cyrillic lookalikes, no white space. */
static struct buf gen_longline(size_t n)
{
	static const char unit[] = "p\xD0\xB0yp\xD0\xB0lbank\xD1\x81heck";
	struct buf b = {0};
	while (b.n + sizeof unit - 1 <= n)
		put(&b, unit, sizeof unit - 1);
	while (b.n < n)
		put(&b, "x", 1);
	return b;
}

/* n bytes that are all ill-formed: stray continuations, C0/C1/F5..FF,
 * truncated sequences, surrogates, overlongs. */
static struct buf gen_invalid(size_t n)
{
	static const char *const parts[] = {"\x80", "\xBF", "\xC0\xAF", "\xF5", "\xFF", "\xE1\x80",
	                                    "\xF0\x9F\x98", "\xED\xA0\x80", "\xE0\x80\xAF", "\xC1"};
	struct buf b = {0};
	unsigned long x = 12345;
	while (b.n < n) {
		const char *p;
		x = x * 6364136223846793005ul + 1442695040888963407ul;
		p = parts[(x >> 33) % 10];
		put(&b, p, strlen(p) <= n - b.n ? strlen(p) : 1);
	}
	return b;
}

/* Every code point, in order; surrogates CESU-style. */
static struct buf gen_allcp(void)
{
	struct buf b = {0};
	uint32_t cp;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		char e[4];
		size_t k = unspoof_utf8_encode(cp, e);
		if (!k) { /* a surrogate: ED A0..BF 80..BF */
			e[0] = (char)0xED;
			e[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
			e[2] = (char)(0x80 | (cp & 0x3F));
			k = 3;
		}
		put(&b, e, k);
	}
	return b;
}

/* One word of n characters alternating Latin a and Cyrillic а (and other
 * scripts every few characters). */
static struct buf gen_alternating(size_t n)
{
	static const char *const c[] = {"a", "\xD0\xB0", "o", "\xCE\xBF", "e", "\xD0\xB5", "p",
	                                "\xD1\x80"};
	struct buf b = {0};
	size_t i;
	for (i = 0; i < n; i++)
		put(&b, c[i % 8], strlen(c[i % 8]));
	return b;
}

static struct buf gen_nul(size_t n)
{
	struct buf b = {0};
	size_t i;
	for (i = 0; i < n; i++)
		put(&b, (i % 7 == 3) ? "a" : "", 1); /* mostly NUL, an "a" now and then */
	return b;
}

/* -------------------------------------------------------- operations */

static size_t sink_bytes;
static int count_out(void *ctx, const char *d, size_t n)
{
	(void)ctx;
	(void)d;
	sink_bytes += n;
	return 0;
}

static int op_stream(const char *s, size_t n, unsigned invalid)
{
	unspoof_options o;
	unspoof_callbacks cb = {count_out, NULL, NULL, NULL};
	unspoof_stream *st;
	size_t k;
	int rc;
	unspoof_options_init(&o);
	o.invalid = invalid;
	rc = unspoof_stream_new(&o, &cb, &st);
	if (rc)
		return rc;
	for (k = 0; k < n && !rc; k += 65536)
		rc = unspoof_stream_feed(st, s + k, n - k < 65536 ? n - k : 65536);
	if (!rc)
		rc = unspoof_stream_finish(st, NULL);
	unspoof_stream_free(st);
	return rc;
}

static int op_normalize(const char *s, size_t n, unspoof_form f, unsigned flags)
{
	size_t need = 0, got;
	char *o;
	int rc = unspoof_normalize(f, s, n, NULL, 0, &need, flags);
	if (rc && rc != UNSPOOF_E_BUFFER_TOO_SMALL)
		return rc;
	o = malloc(need + 1);
	if (!o)
		return UNSPOOF_E_NOMEM;
	rc = unspoof_normalize(f, s, n, o, need, &got, flags);
	free(o);
	return rc;
}

static int op_skeleton(const char *s, size_t n, int bidi, unsigned flags)
{
	size_t need = 0, got;
	char *o;
	int rc = bidi ? unspoof_bidi_skeleton(UNSPOOF_DIR_LTR, s, n, NULL, 0, &need, flags)
	              : unspoof_skeleton(s, n, NULL, 0, &need, flags);
	if (rc && rc != UNSPOOF_E_BUFFER_TOO_SMALL)
		return rc;
	o = malloc(need + 1);
	if (!o)
		return UNSPOOF_E_NOMEM;
	rc = bidi ? unspoof_bidi_skeleton(UNSPOOF_DIR_LTR, s, n, o, need, &got, flags)
	          : unspoof_skeleton(s, n, o, need, &got, flags);
	free(o);
	return rc;
}

static int op_checker(const char *s, size_t n, unsigned flags)
{
	unspoof_checker *c = unspoof_checker_new();
	unspoof_check_result r;
	int rc, lvl;
	unsigned conf;
	if (!c)
		return UNSPOOF_E_NOMEM;
	rc = unspoof_checker_check(c, s, n, flags, &r);
	unspoof_checker_free(c);
	if (!rc)
		rc = unspoof_restriction_level(s, n, flags, &lvl);
	if (!rc)
		rc = unspoof_confusable(s, n, s, n, flags, &conf);
	return rc;
}

static int op_scan_clean(const char *s, size_t n, unsigned invalid)
{
	unspoof_options o;
	unspoof_report *r;
	unspoof_cleaned *c;
	int rc;
	unspoof_options_init(&o);
	o.invalid = invalid;
	rc = unspoof_scan(&o, s, n, &r);
	if (rc)
		return rc;
	unspoof_report_free(r);
	rc = unspoof_clean(&o, s, n, &c);
	if (rc)
		return rc;
	unspoof_cleaned_free(c);
	return 0;
}

/* ------------------------------------------------------------- cases */

enum gen { G_MARKS, G_LONG, G_INVALID, G_ALT, G_NUL };
enum op { O_STREAM, O_NFC, O_NFD, O_NFKC_CF, O_SKEL, O_BIDI, O_CHECK, O_SCAN, O_UTF8 };

static const struct hcase {
	const char *name;
	enum gen gen;
	size_t unit;  /* generator size at scale 1 (linear.sh) */
	size_t full;  /* full size (hostile with no arguments) */
	enum op op;
} cases[] = {
	{"marks-stream", G_MARKS, 16384, 1000000, O_STREAM},
	{"marks-nfc", G_MARKS, 16384, 1000000, O_NFC},
	{"marks-nfd", G_MARKS, 16384, 1000000, O_NFD},
	{"marks-nfkc-cf", G_MARKS, 16384, 1000000, O_NFKC_CF},
	{"marks-skeleton", G_MARKS, 16384, 1000000, O_SKEL},
	{"marks-bidi-skeleton", G_MARKS, 16384, 1000000, O_BIDI},
	{"marks-checker", G_MARKS, 16384, 1000000, O_CHECK},
	{"marks-scan", G_MARKS, 16384, 1000000, O_SCAN},
	{"longline-stream", G_LONG, 1 << 18, 100u << 20, O_STREAM},
	{"longline-nfc", G_LONG, 1 << 18, 100u << 20, O_NFC},
	{"longline-utf8", G_LONG, 1 << 18, 100u << 20, O_UTF8},
	{"longline-skeleton", G_LONG, 1 << 16, 16u << 20, O_SKEL},
	{"longline-checker", G_LONG, 1 << 16, 16u << 20, O_CHECK},
	{"invalid-stream", G_INVALID, 1 << 16, 16u << 20, O_STREAM},
	{"invalid-nfkc-cf", G_INVALID, 1 << 16, 16u << 20, O_NFKC_CF},
	{"invalid-skeleton", G_INVALID, 1 << 16, 16u << 20, O_SKEL},
	{"invalid-bidi-skeleton", G_INVALID, 1 << 16, 16u << 20, O_BIDI},
	{"invalid-checker", G_INVALID, 1 << 16, 16u << 20, O_CHECK},
	{"alternating-scan", G_ALT, 1 << 14, 4u << 20, O_SCAN},
	{"alternating-skeleton", G_ALT, 1 << 14, 4u << 20, O_SKEL},
	{"alternating-checker", G_ALT, 1 << 14, 4u << 20, O_CHECK},
	{"nul-scan", G_NUL, 1 << 16, 16u << 20, O_SCAN},
	{"nul-nfkc-cf", G_NUL, 1 << 16, 16u << 20, O_NFKC_CF},
};
#define NCASES (sizeof cases / sizeof cases[0])

static struct buf generate(enum gen g, size_t n)
{
	switch (g) {
	case G_MARKS: return gen_marks(n);
	case G_LONG: return gen_longline(n);
	case G_INVALID: return gen_invalid(n);
	case G_ALT: return gen_alternating(n);
	default: return gen_nul(n);
	}
}

static int run_op(enum op op, const char *s, size_t n)
{
	unsigned keep = UNSPOOF_INVALID_KEEP, rep = UNSPOOF_INVALID_REPLACE;
	switch (op) {
	case O_STREAM: return op_stream(s, n, rep);
	case O_NFC: return op_normalize(s, n, UNSPOOF_NFC, keep);
	case O_NFD: return op_normalize(s, n, UNSPOOF_NFD, keep);
	case O_NFKC_CF: return op_normalize(s, n, UNSPOOF_NFKC_CF, rep);
	case O_SKEL: return op_skeleton(s, n, 0, keep);
	case O_BIDI: return op_skeleton(s, n, 1, rep);
	case O_CHECK: return op_checker(s, n, rep);
	case O_SCAN: return op_scan_clean(s, n, keep);
	default: return unspoof_utf8_validate(s, n, NULL) == UNSPOOF_E_NULL;
	}
}

/* The function callgrind counts. */
__attribute__((noinline)) int measured(const struct hcase *c, const char *s, size_t n);
__attribute__((noinline)) int measured(const struct hcase *c, const char *s, size_t n)
{
	return run_op(c->op, s, n);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long max_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* -------------------------------------------------- specific checks */

/* Every code point in one buffer: everything succeeds in the lenient
 * modes, strict calls fail at the first surrogate, and clean with REPLACE
 * turns each CESU surrogate into U+FFFD as 3 findings (ED | A0 | 80 are
 * three maximal subparts) without losing a byte. */
static void check_allcp(void)
{
	struct buf b = gen_allcp();
	size_t off = 0;
	unspoof_options o;
	unspoof_cleaned *c = NULL;
	unspoof_report *r = NULL;
	double t = now();
	int f, rc;
	size_t errs = unspoof_utf8_errors(b.p, b.n, NULL, NULL, 0);

	/* U+D800 starts after 128 + 1920 * 2 + 0xD000 * 3 bytes. */
	CHECK(unspoof_utf8_validate(b.p, b.n, &off) == UNSPOOF_E_UTF8 && off == 163712,
	      "allcp: validate stops at %zu, expected 163712", off);
	CHECK(errs == 2048 * 3, "allcp: %zu ill-formed subparts, expected %d", errs, 2048 * 3);
	for (f = UNSPOOF_NFC; f <= UNSPOOF_NFKC_CF; f++) {
		rc = op_normalize(b.p, b.n, (unspoof_form)f, UNSPOOF_INVALID_KEEP);
		CHECK(rc == 0, "allcp: normalize form %d KEEP: %d", f, rc);
		rc = op_normalize(b.p, b.n, (unspoof_form)f, UNSPOOF_INVALID_REPLACE);
		CHECK(rc == 0, "allcp: normalize form %d REPLACE: %d", f, rc);
	}
	CHECK(op_skeleton(b.p, b.n, 0, UNSPOOF_INVALID_REPLACE) == 0, "allcp: skeleton");
	CHECK(op_skeleton(b.p, b.n, 1, UNSPOOF_INVALID_KEEP) == 0, "allcp: bidi skeleton");
	CHECK(op_checker(b.p, b.n, UNSPOOF_INVALID_REPLACE) == 0, "allcp: checker");
	unspoof_options_init(&o);
	o.invalid = UNSPOOF_INVALID_REPLACE;
	rc = unspoof_scan(&o, b.p, b.n, &r);
	CHECK(rc == 0 && r && r->summary.counts[UNSPOOF_KIND_INVALID_UTF8] == errs,
	      "allcp: scan reports every ill-formed subpart (%llu of %zu)",
	      r ? (unsigned long long)r->summary.counts[UNSPOOF_KIND_INVALID_UTF8] : 0ull, errs);
	rc = unspoof_clean(&o, b.p, b.n, &c);
	CHECK(rc == 0 && c && unspoof_utf8_validate(c->text, c->len, NULL) == UNSPOOF_OK,
	      "allcp: clean with REPLACE gives well-formed text");
	unspoof_report_free(r);
	unspoof_cleaned_free(c);
	printf("allcp: %zu bytes, %.1f s\n", b.n, now() - t);
	free(b.p);
}

/* A stream past 4 GiB: an ill-formed byte placed after the 4 GiB mark
 * must be reported at its exact 64-bit offset, with the right line, and
 * the summary must count every byte; memory stays bounded. */
struct big_ctx {
	uint64_t out, findings, bad_offset, bad_line;
	int found;
};
static int big_out(void *ctx, const char *d, size_t n)
{
	(void)d;
	((struct big_ctx *)ctx)->out += n;
	return 0;
}
static int big_finding(void *ctx, const unspoof_finding *f)
{
	struct big_ctx *b = ctx;
	b->findings++;
	if (f->kind == UNSPOOF_KIND_INVALID_UTF8 && f->offset == b->bad_offset) {
		b->found = 1;
		b->bad_line = f->line;
	}
	return 0;
}

static void check_stream_4g(double gb)
{
	size_t chunk = 1 << 20, k;
	uint64_t total = (uint64_t)(gb * (double)(1u << 30)), fed = 0, lines = 0;
	char *c = malloc(chunk);
	struct big_ctx bc;
	unspoof_callbacks cb = {big_out, big_finding, NULL, &bc};
	unspoof_stream *st;
	unspoof_summary sum;
	long rss0 = max_rss_kb();
	double t = now();
	int rc;

	memset(&bc, 0, sizeof bc);
	total -= total % chunk;
	/* A chunk of plain text lines (64 bytes each). */
	for (k = 0; k < chunk; k++)
		c[k] = (k % 64 == 63) ? '\n' : (char)('a' + k % 23);
	bc.bad_offset = total - chunk + 100; /* in the last chunk, past 4 GiB */
	rc = unspoof_stream_new(NULL, &cb, &st);
	CHECK(rc == 0, "stream_new");
	if (rc)
		return;
	while (fed < total && !rc) {
		if (fed + chunk == total)
			c[100] = (char)0xFF;
		rc = unspoof_stream_feed(st, c, chunk);
		fed += chunk;
	}
	if (!rc)
		rc = unspoof_stream_finish(st, &sum);
	unspoof_stream_free(st);
	lines = (bc.bad_offset / 64) + 1;
	CHECK(rc == 0, "4G stream: %d", rc);
	CHECK(sum.bytes == total, "4G stream: summary bytes %llu, fed %llu",
	      (unsigned long long)sum.bytes, (unsigned long long)total);
	CHECK(bc.out == total, "4G stream: %llu output bytes, expected %llu (KEEP keeps the byte)",
	      (unsigned long long)bc.out, (unsigned long long)total);
	CHECK(bc.found && bc.bad_line == lines,
	      "4G stream: the ill-formed byte at offset %llu reported: %d, line %llu (expected %llu)",
	      (unsigned long long)bc.bad_offset, bc.found, (unsigned long long)bc.bad_line,
	      (unsigned long long)lines);
	CHECK(max_rss_kb() - rss0 < 64 * 1024, "4G stream: memory grew by %ld KiB",
	      max_rss_kb() - rss0);
	printf("stream: %.2f GiB in %.1f s (%.0f MiB/s), max RSS %ld KiB\n",
	       (double)total / (1u << 30), now() - t, (double)total / (1 << 20) / (now() - t),
	       max_rss_kb());
	free(c);
}

/* Bytes the generator makes for n units. */
static size_t gen_bytes(enum gen g, size_t n)
{
	return g == G_MARKS ? 2 * n + 1 : g == G_ALT ? n / 2 * 3 + (n & 1) : n;
}

/* Bounded memory: a case's peak RSS may be at most 32 MiB plus this many
 * bytes per input byte (the input itself, its generation by doubling, the
 * output buffer and the documented scratch memory: code point vectors of
 * 4 bytes per character, several at once for the skeletons and the bidi
 * layout). One-shot scan returns its findings too: up to one per
 * substituted letter (72 bytes each, a letter is at least 2 bytes, in an
 * array grown by doubling), so "alternating" (every other letter restored
 * since long words are restored whole) peaks at about 25 bytes per input
 * byte. Other measured peaks (2026-11-26) are about half of these;
 * streaming is checked to stay flat separately (4.5 GB, below). */
static size_t mem_factor(enum op op)
{
	switch (op) {
	case O_STREAM:
	case O_UTF8: return 3;
	case O_NFC:
	case O_NFD:
	case O_NFKC_CF: return 6;
	case O_SCAN: return 40;
	case O_SKEL: return 24;
	case O_CHECK: return 32;
	case O_BIDI: return 48;
	}
	return 48;
}

int main(int argc, char **argv)
{
	size_t i;
	if (argc == 2 && !strcmp(argv[1], "list")) {
		for (i = 0; i < NCASES; i++)
			printf("%s\n", cases[i].name);
		return 0;
	}
	if (argc == 3) {
		double scale = atof(argv[2]);
		for (i = 0; i < NCASES; i++) {
			if (!strcmp(argv[1], cases[i].name)) {
				struct buf b = generate(cases[i].gen, (size_t)(cases[i].unit * scale));
				int rc = measured(&cases[i], b.p, b.n);
				free(b.p);
				return rc ? 1 : 0;
			}
		}
		fprintf(stderr, "unknown case %s\n", argv[1]);
		return 2;
	}
	/* Full size. Each case must finish in well under a minute: a
	 * quadratic one at these sizes takes hours. */
	for (i = 0; i < NCASES; i++) {
		/* Each case in a child process with a time limit, so a quadratic
		 * case fails instead of hanging, and its peak memory is its own. */
		const struct hcase *c = &cases[i];
		double t = now(), dt;
		int status = 0, limit = getenv("HOSTILE_TIMEOUT") ? atoi(getenv("HOSTILE_TIMEOUT")) : 60;
		struct rusage ru;
		pid_t pid;
		fflush(stdout);
		pid = fork();
		if (pid == 0) {
			struct buf b = generate(c->gen, c->full);
			alarm((unsigned)limit);
			_exit(measured(c, b.p, b.n) ? 1 : 0);
		}
		memset(&ru, 0, sizeof ru);
		if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
			CHECK(0, "%s: fork/wait failed", c->name);
			continue;
		}
		dt = now() - t;
		printf("%-24s %10zu units %7.2f s (with generation), max RSS %ld KiB\n", c->name,
		       c->full, dt, ru.ru_maxrss);
		CHECK(!WIFSIGNALED(status) || WTERMSIG(status) != SIGALRM,
		      "%s: not done after %d s (%zu bytes): super-linear time?", c->name, limit, c->full);
		CHECK(!WIFSIGNALED(status) || WTERMSIG(status) == SIGALRM, "%s: killed by signal %d",
		      c->name, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
		CHECK(!WIFEXITED(status) || WEXITSTATUS(status) == 0, "%s: failed (exit %d)", c->name,
		      WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		{
			size_t bytes = gen_bytes(c->gen, c->full);
			long limit_kb = 32 * 1024 + (long)(mem_factor(c->op) * (bytes / 1024));
			CHECK(ru.ru_maxrss <= limit_kb,
			      "%s: peak RSS %ld KiB for %zu input bytes, over the bound of %ld KiB "
			      "(32 MiB + %zu bytes per input byte)",
			      c->name, ru.ru_maxrss, bytes, limit_kb, mem_factor(c->op));
		}
	}
	check_allcp();
	{
		const char *env = getenv("HOSTILE_STREAM_GB");
		double gb = env ? atof(env) : 4.5;
		if (gb > 0)
			check_stream_4g(gb);
	}
	return test_finish("hostile");
}
