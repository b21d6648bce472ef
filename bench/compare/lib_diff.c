/* Differential driver for performance work that must not change any output.
 *
 * For each file named on stdin (one per line), six option sets (defaults;
 * leet; target script Latin; keep invisible + replace invalid; Cyrillic
 * forbidden; undo lookalikes only), the AVX2, SSE2 and scalar kernels and
 * four chunkings (whole, 1 MiB, 4093 bytes, random sizes), prints one line:
 * a hash of every output callback (bytes and call boundaries), finding,
 * edit, the return code and summary, and the scanner's per-segment digest
 * (us_scan_digest()). Build it twice, against a reference library and the
 * changed one, and compare the two outputs byte for byte:
 *
 *   cc -O2 -Iinclude -Isrc bench/compare/lib_diff.c REF/libunspoof.a -lpthread -lm -o ref
 *   cc -O2 -Iinclude -Isrc bench/compare/lib_diff.c NEW/libunspoof.a -lpthread -lm -o new
 *   ls DIR/x.txt ... | ./ref > a; (same list) | ./new > b; cmp a b
 *
 * (gen_texts.py writes random texts biased to plain prose; cli_diff.sh does
 * the same through two CLIs.) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "common/utf8.h"
#include "scan/fast.h"

static uint64_t hash;

static void hash_bytes(const void *p, size_t n)
{
	const unsigned char *c = p;
	size_t i;
	for (i = 0; i < n; i++)
		hash = (hash ^ c[i]) * 0x100000001B3ull;
}

static int on_output(void *ctx, const char *d, size_t n)
{
	(void)ctx;
	hash_bytes(d, n);
	hash_bytes("|", 1); /* call boundaries count too */
	return 0;
}

static int on_finding(void *ctx, const unspoof_finding *f)
{
	unspoof_finding g;
	(void)ctx;
	memset(&g, 0, sizeof g); /* no padding bytes in the hash */
	g.offset = f->offset;
	g.line = f->line;
	g.column = f->column;
	g.length = f->length;
	g.cp = f->cp;
	g.kind = f->kind;
	g.script = f->script;
	memcpy(g.imitates, f->imitates, sizeof g.imitates);
	g.imitates_len = f->imitates_len;
	g.imitates_script = f->imitates_script;
	g.confidence = f->confidence;
	g.undone = f->undone;
	hash_bytes(&g, sizeof g);
	return 0;
}

static int on_edit(void *ctx, const unspoof_edit *e)
{
	unspoof_edit g;
	(void)ctx;
	memset(&g, 0, sizeof g);
	g.in_offset = e->in_offset;
	g.in_length = e->in_length;
	g.out_offset = e->out_offset;
	g.out_length = e->out_length;
	g.kind = e->kind;
	hash_bytes(&g, sizeof g);
	return 0;
}

static uint64_t rng;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void options(int set, unspoof_options *o)
{
	unspoof_options_init(o);
	if (set == 1) {
		o->leet = 1;
		o->undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
	} else if (set == 2) {
		o->target_script = unspoof_script_from_name("Latin");
	} else if (set == 3) {
		o->keep_invisible = 1;
		o->invalid = UNSPOOF_INVALID_REPLACE;
	} else if (set == 4) {
		int c = unspoof_script_from_name("Cyrillic");
		o->forbid.bits[c / 64] |= 1ull << (c % 64);
	} else if (set == 5) {
		o->undo = UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE);
	}
}

/* One run: text t[0..n) fed in pieces given by chunking ch. */
static void run(const char *t, size_t n, const unspoof_options *o, int ch, uint64_t *digest)
{
	unspoof_callbacks cb = {on_output, on_finding, on_edit, NULL};
	unspoof_stream *st;
	unspoof_summary sm;
	size_t off = 0;
	int rc = unspoof_stream_new(o, &cb, &st);
	hash = 1469598103934665603ull;
	memset(&sm, 0, sizeof sm);
	rng = 88172645463325252ull ^ (uint64_t)n;
	while (!rc && off < n) {
		size_t c = ch == 0 ? n : ch == 1 ? (size_t)1 << 20 : ch == 2 ? 4093
		         : 1 + (size_t)(rnd() % (rnd() % 3 == 0 ? 70 : 9000));
		if (c > n - off)
			c = n - off;
		rc = unspoof_stream_feed(st, t + off, c);
		off += c;
	}
	if (!rc)
		rc = unspoof_stream_finish(st, &sm);
	*digest = us_scan_digest(st);
	unspoof_stream_free(st);
	hash_bytes(&rc, sizeof rc);
	hash_bytes(&sm.verdict, sizeof sm.verdict);
	hash_bytes(&sm.score, sizeof sm.score);
	hash_bytes(sm.counts, sizeof sm.counts);
	hash_bytes(&sm.bytes, sizeof sm.bytes);
	hash_bytes(&sm.words, sizeof sm.words);
	hash_bytes(&sm.letters, sizeof sm.letters);
	hash_bytes(&sm.edits, sizeof sm.edits);
}

int main(void)
{
	static const int kernels[] = {US_UTF8_IMPL_AVX2, US_UTF8_IMPL_SSE2, US_UTF8_IMPL_SCALAR};
	char path[4096];
	while (fgets(path, sizeof path, stdin)) {
		FILE *fp;
		char *t;
		long n;
		int set;
		path[strcspn(path, "\n")] = 0;
		fp = fopen(path, "rb");
		if (!fp) {
			printf("%s: cannot open\n", path);
			continue;
		}
		fseek(fp, 0, SEEK_END);
		n = ftell(fp);
		rewind(fp);
		t = malloc((size_t)n + 1);
		if (!t || fread(t, 1, (size_t)n, fp) != (size_t)n) {
			printf("%s: cannot read\n", path);
			fclose(fp);
			free(t);
			continue;
		}
		fclose(fp);
		for (set = 0; set < 6; set++) {
			unspoof_options o;
			size_t k;
			options(set, &o);
			for (k = 0; k < sizeof kernels / sizeof kernels[0]; k++) {
				int ch;
				if (us_utf8_force_impl(kernels[k]))
					continue; /* not on this CPU */
				for (ch = 0; ch < 4; ch++) {
					uint64_t digest;
					if (k > 0 && ch == 1)
						continue;
					run(t, (size_t)n, &o, ch, &digest);
					printf("%s set%d %s ch%d %016llx %016llx\n", path, set,
					       us_utf8_impl_name(kernels[k]), ch, (unsigned long long)hash,
					       (unsigned long long)digest);
				}
			}
			us_utf8_force_impl(US_UTF8_IMPL_AUTO);
		}
		free(t);
	}
	return 0;
}
