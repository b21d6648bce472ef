/* Library side of compare.sh: linked against one build's libunspoof.a,
 * streams each FILE with options, chunking and paragraph sizes drawn from
 * (SEED, file index) and prints every callback (findings, edits, a running
 * hash of the output) and the summary. Two builds print the same bytes iff
 * they behave the same on these inputs.
 *
 *   drv SEED FILE...    SEED 0: default options, 64 KiB feeds; others: random
 *                       leet, target script, undo kinds, keep_invisible,
 *                       invalid, forbidden script, feeds of 1..5000 bytes,
 *                       small paragraph cuts, the forced full pass
 *
 * Then, line by line (the per-line rows of make bench; the one-shot calls
 * reuse streams between calls): unspoof_clean_buffer() (with the file's
 * options and NULL, at full and at a third of the capacity), unspoof_scan()
 * and unspoof_clean() (findings, edits, text, summaries), and
 * unspoof_skeleton() in its three modes; a hash of all of it per file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"

/* Test hooks of src/scan (see src/scan/fast.h). */
void us_scan_force_full(int on);
void us_scan_segment_sizes(size_t soft, size_t hard);

#define MAX_INPUT (16u << 20)

static uint64_t rs, oh;

static uint64_t rnd(void)
{
	rs ^= rs >> 12;
	rs ^= rs << 25;
	rs ^= rs >> 27;
	return rs * 2685821657736338717ULL;
}

static uint64_t lh;

static void hb(const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;
	for (i = 0; i < n; i++)
		lh = (lh ^ b[i]) * 0x100000001B3ull;
}

static void hu(uint64_t v)
{
	hb(&v, sizeof v);
}

static void hsum(const unspoof_summary *m)
{
	int i;
	hu((uint64_t)m->verdict);
	hu((uint64_t)(m->score * 1e9));
	for (i = 0; i < UNSPOOF_KIND_COUNT; i++)
		hu(m->counts[i]);
	hu(m->bytes);
	hu(m->words);
	hu(m->letters);
	hu(m->edits);
}

/* The per-line calls on s[0..n), hashed into lh. */
static void per_line(const unspoof_options *o, const char *s, size_t n)
{
	static char dst[1 << 20];
	static const unsigned modes[3] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unspoof_report *r;
	unspoof_cleaned *c;
	size_t got, i, cap;
	int rc, m;
	for (m = 0; m < 2; m++) {
		cap = UNSPOOF_CLEAN_BOUND(n);
		got = 0;
		rc = unspoof_clean_buffer(m ? NULL : o, s, n, dst, cap, &got);
		hu((uint64_t)rc);
		hu(got);
		hb(dst, got);
		cap = n / 3;
		rc = unspoof_clean_buffer(m ? NULL : o, s, n, dst, cap, &got);
		hu((uint64_t)rc);
		hu(got);
	}
	rc = unspoof_scan(o, s, n, &r);
	hu((uint64_t)rc);
	if (!rc) {
		hsum(&r->summary);
		for (i = 0; i < r->nfindings; i++) {
			const unspoof_finding *f = &r->findings[i];
			hu(f->offset);
			hu(f->line);
			hu(f->column);
			hu(f->length);
			hu(f->cp);
			hu((uint64_t)f->kind);
			hu((uint64_t)(f->confidence * 1e6));
			hu((uint64_t)f->undone);
		}
		unspoof_report_free(r);
	}
	rc = unspoof_clean(o, s, n, &c);
	hu((uint64_t)rc);
	if (!rc) {
		hsum(&c->summary);
		hu(c->len);
		hb(c->text, c->len);
		for (i = 0; i < c->nedits; i++) {
			hu(c->edits[i].in_offset);
			hu(c->edits[i].in_length);
			hu(c->edits[i].out_offset);
			hu(c->edits[i].out_length);
			hu((uint64_t)c->edits[i].kind);
		}
		unspoof_cleaned_free(c);
	}
	for (m = 0; m < 3; m++) {
		rc = unspoof_skeleton(s, n, dst, sizeof dst, &got, modes[m]);
		hu((uint64_t)rc);
		hu(got);
		if (!rc)
			hb(dst, got);
	}
}

static int on_output(void *c, const char *d, size_t n)
{
	size_t i;
	(void)c;
	for (i = 0; i < n; i++)
		oh = (oh ^ (unsigned char)d[i]) * 0x100000001B3ull;
	printf("O %zu %016llx\n", n, (unsigned long long)oh);
	return 0;
}

static int on_finding(void *c, const unspoof_finding *f)
{
	(void)c;
	printf("F %llu %llu %llu %u %x %d %d %u %x %d %.6f %d\n", (unsigned long long)f->offset,
	       (unsigned long long)f->line, (unsigned long long)f->column, f->length, f->cp, f->kind,
	       f->script, f->imitates_len, f->imitates[0], f->imitates_script, f->confidence,
	       f->undone);
	return 0;
}

static int on_edit(void *c, const unspoof_edit *e)
{
	(void)c;
	printf("E %llu %llu %llu %llu %d\n", (unsigned long long)e->in_offset,
	       (unsigned long long)e->in_length, (unsigned long long)e->out_offset,
	       (unsigned long long)e->out_length, e->kind);
	return 0;
}

int main(int argc, char **argv)
{
	static char buf[MAX_INPUT];
	uint64_t seed;
	int a;
	if (argc < 2) {
		fprintf(stderr, "usage: drv SEED FILE...\n");
		return 2;
	}
	seed = strtoull(argv[1], NULL, 0);
	for (a = 2; a < argc; a++) {
		FILE *f = fopen(argv[a], "rb");
		unspoof_options o;
		unspoof_callbacks cb = {on_output, on_finding, on_edit, NULL};
		unspoof_stream *st;
		unspoof_summary sum;
		size_t n, k = 0, soft = 0, hard = 0;
		int i, rc = 0, force = 0;
		if (!f) {
			fprintf(stderr, "drv: cannot read %s\n", argv[a]);
			return 2;
		}
		n = fread(buf, 1, sizeof buf, f);
		if (n == sizeof buf) {
			fprintf(stderr, "drv: %s is larger than %u bytes\n", argv[a], MAX_INPUT - 1);
			return 2;
		}
		fclose(f);
		rs = (seed * 0x9E3779B97F4A7C15ull) ^ (uint64_t)a * 0x100000001B3ull ^ 0x1234567;
		for (i = 0; i < 4; i++)
			rnd();
		unspoof_options_init(&o);
		rnd();
		if (seed) {
			static const char *const target[4] = {"Latn", "Cyrl", "Grek", "Armn"};
			static const char *const forbid[3] = {"Latn", "Cyrl", "Grek"};
			unsigned t;
			o.leet = rnd() % 3 == 0;
			t = (unsigned)(rnd() % 8);
			o.target_script = t < 4 ? unspoof_script_from_name(target[t]) : -1;
			if (rnd() % 4 == 0)
				o.undo = (unsigned)(rnd() & 0x7F);
			o.keep_invisible = rnd() % 4 == 0;
			o.invalid = rnd() % 3 == 0 ? UNSPOOF_INVALID_REPLACE : UNSPOOF_INVALID_KEEP;
			if (rnd() % 4 == 0) {
				int sc = unspoof_script_from_name(forbid[rnd() % 3]);
				o.forbid.bits[sc >> 6] |= 1ull << (sc & 63);
			}
			force = rnd() % 3 == 0;
			if (rnd() % 3 == 0) {
				soft = 64 + rnd() % 2000;
				hard = soft + 64 + rnd() % 500;
			}
		}
		us_scan_force_full(force);
		us_scan_segment_sizes(soft, hard);
		oh = 0xcbf29ce484222325ull;
		printf("FILE %s leet %d target %d undo %x keep_invisible %d invalid %u force %d soft %zu\n",
		       argv[a], o.leet, o.target_script, o.undo, o.keep_invisible, o.invalid, force,
		       soft);
		if (unspoof_stream_new(&o, &cb, &st)) {
			printf("stream_new failed\n");
			continue;
		}
		while (!rc && k < n) {
			size_t c = seed == 0 ? 65536 : 1 + rnd() % (rnd() % 2 ? 16 : 5000);
			if (c > n - k)
				c = n - k;
			rc = unspoof_stream_feed(st, buf + k, c);
			k += c;
		}
		memset(&sum, 0, sizeof sum);
		if (!rc)
			rc = unspoof_stream_finish(st, &sum);
		printf("RC %d verdict %d score %.9f counts", rc, sum.verdict, sum.score);
		for (i = 0; i < UNSPOOF_KIND_COUNT; i++)
			printf(" %llu", (unsigned long long)sum.counts[i]);
		printf(" bytes %llu words %llu letters %llu edits %llu\n", (unsigned long long)sum.bytes,
		       (unsigned long long)sum.words, (unsigned long long)sum.letters,
		       (unsigned long long)sum.edits);
		unspoof_stream_free(st);
		/* line by line, with the forced full pass and paragraph sizes
		 * left as drawn */
		lh = 0xcbf29ce484222325ull;
		for (k = 0; k < n;) {
			const char *e = memchr(buf + k, '\n', n - k);
			size_t len = e ? (size_t)(e - (buf + k)) : n - k;
			per_line(&o, buf + k, len);
			k += len + 1;
		}
		printf("LINES %016llx\n", (unsigned long long)lh);
	}
	return 0;
}
