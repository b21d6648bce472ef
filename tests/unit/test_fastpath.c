/* The scanner's fast path (src/scan/fast.c) must never change a result: for
 * every input, the output, findings, edits and summary with the fast path
 * (each SIMD kernel and the scalar fallback) equal those of the full pass
 * alone. Inputs: the committed multilingual sample (eval/sample/), and
 * generated paragraphs mixing genuine text of many scripts with every kind
 * of obfuscation, blank lines and long lines, so that plain and obfuscated
 * segments alternate and context carries between them. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "common/utf8.h"
#include "data/props.gen.h"
#include "scan/fast.h"
#include "util.h"

struct result {
	char *out;
	size_t len, cap;
	unspoof_finding *f;
	size_t nf, fcap;
	unspoof_edit *e;
	size_t ne, ecap;
	unspoof_summary sum;
	uint64_t digest; /* the scanner's per-segment counts and context */
	int rc;
};

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	*cap = need * 2 + 16;
	p = realloc(p, *cap * size);
	if (!p) {
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
	return p;
}

static int on_out(void *ctx, const char *d, size_t n)
{
	struct result *r = ctx;
	r->out = grow(r->out, &r->cap, r->len + n, 1);
	memcpy(r->out + r->len, d, n);
	r->len += n;
	return 0;
}

static int on_find(void *ctx, const unspoof_finding *f)
{
	struct result *r = ctx;
	r->f = grow(r->f, &r->fcap, r->nf + 1, sizeof *r->f);
	memcpy(&r->f[r->nf++], f, sizeof *f);
	return 0;
}

static int on_edit(void *ctx, const unspoof_edit *e)
{
	struct result *r = ctx;
	r->e = grow(r->e, &r->ecap, r->ne + 1, sizeof *r->e);
	memset(&r->e[r->ne], 0, sizeof *e);
	r->e[r->ne].in_offset = e->in_offset;
	r->e[r->ne].in_length = e->in_length;
	r->e[r->ne].out_offset = e->out_offset;
	r->e[r->ne].out_length = e->out_length;
	r->e[r->ne].kind = e->kind;
	r->ne++;
	return 0;
}

/* Runs the stream over text in chunks of `chunk` bytes (0: all at once). */
static void run(const unspoof_options *o, const char *text, size_t len, size_t chunk,
                struct result *r)
{
	unspoof_callbacks cb = {on_out, on_find, on_edit, r};
	unspoof_stream *s;
	size_t off = 0;
	memset(r, 0, sizeof *r);
	r->rc = unspoof_stream_new(o, &cb, &s);
	if (r->rc)
		return;
	if (!chunk)
		chunk = len ? len : 1;
	while (off < len && !r->rc) {
		size_t n = len - off < chunk ? len - off : chunk;
		r->rc = unspoof_stream_feed(s, text + off, n);
		off += n;
	}
	if (!r->rc)
		r->rc = unspoof_stream_finish(s, &r->sum);
	r->digest = us_scan_digest(s);
	unspoof_stream_free(s);
}

static void release(struct result *r)
{
	free(r->out);
	free(r->f);
	free(r->e);
}

static int same_summary(const unspoof_summary *a, const unspoof_summary *b)
{
	int k;
	if (a->bytes != b->bytes || a->letters != b->letters || a->words != b->words ||
	    a->edits != b->edits || a->verdict != b->verdict || a->score != b->score)
		return 0;
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		if (a->counts[k] != b->counts[k])
			return 0;
	return 1;
}

static unsigned long inputs;

/* Compares every fast-path variant with the full pass on one input. */
static void compare(const char *what, const char *text, size_t len, const unspoof_options *o)
{
	static const int kernels[] = {US_UTF8_IMPL_AVX2, US_UTF8_IMPL_SSE2, US_UTF8_IMPL_NEON,
	                              US_UTF8_IMPL_SCALAR};
	static const size_t chunks[] = {0, 0, 1021, 4093};
	struct result full, fast;
	size_t k;
	inputs++;
	us_scan_force_full(1);
	run(o, text, len, 0, &full);
	us_scan_force_full(0);
	for (k = 0; k < sizeof kernels / sizeof kernels[0]; k++) {
		size_t i;
		char name[256];
		if (us_utf8_force_impl(kernels[k]) != 0)
			continue;
		run(o, text, len, chunks[k], &fast);
		snprintf(name, sizeof name, "%s: fast path (%s) output equals the full pass", what,
		         us_utf8_impl_name(kernels[k]));
		CHECK(fast.rc == full.rc, "%s: return code %d, full pass %d", what, fast.rc, full.rc);
		CHECK_BYTES(name, text, len < 200 ? len : 200, full.out, full.len, fast.out, fast.len);
		CHECK(fast.digest == full.digest,
		      "%s (%s): per-segment counts (letters, anchors per script, lines) differ", what,
		      us_utf8_impl_name(kernels[k]));
		CHECK(same_summary(&fast.sum, &full.sum),
		      "%s (%s): summary differs: words %llu/%llu letters %llu/%llu verdict %d/%d", what,
		      us_utf8_impl_name(kernels[k]), (unsigned long long)fast.sum.words,
		      (unsigned long long)full.sum.words, (unsigned long long)fast.sum.letters,
		      (unsigned long long)full.sum.letters, fast.sum.verdict, full.sum.verdict);
		if (CHECK(fast.nf == full.nf, "%s (%s): %zu findings, full pass %zu", what,
		          us_utf8_impl_name(kernels[k]), fast.nf, full.nf))
			for (i = 0; i < fast.nf; i++)
				if (!CHECK(!memcmp(&fast.f[i], &full.f[i], sizeof fast.f[i]),
				           "%s (%s): finding %zu (offset %llu, U+%04X) differs from the full "
				           "pass (offset %llu line %llu col %llu)",
				           what, us_utf8_impl_name(kernels[k]), i,
				           (unsigned long long)fast.f[i].offset, (unsigned)fast.f[i].cp,
				           (unsigned long long)full.f[i].offset,
				           (unsigned long long)full.f[i].line,
				           (unsigned long long)full.f[i].column))
					break;
		if (CHECK(fast.ne == full.ne, "%s: %zu edits, full pass %zu", what, fast.ne, full.ne))
			CHECK(!fast.ne || !memcmp(fast.e, full.e, fast.ne * sizeof *fast.e),
			      "%s: edits differ from the full pass", what);
		release(&fast);
	}
	us_utf8_force_impl(US_UTF8_IMPL_AUTO);
	release(&full);
}

/* ------------------------------------------------------------ generator */

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* Fragments: genuine words of many scripts, and every kind of obfuscation. */
static const char *const frags[] = {
	"the", "quietly", "through", "door", "Robert", "Plant", "rock", "roll", "copy", "pope",
	"\xE2\x80\x98n\xE2\x80\x99", "caf\xC3\xA9", "na\xC3\xAFve", "Stra\xC3\x9F" "e",
	"\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", "\xD1\x81\xD0\xBE\xD1\x81\xD0\xBE",
	"\xD0\xB0\xD0\xBF\xD0\xBF\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82",
	"\xCE\xB1\xCE\xBB\xCF\x86\xCE\xB1", "\xCF\x80 r\xC2\xB2",
	"\xD5\xA2\xD5\xA1\xD6\x80\xD6\x87",
	"Vi\xE1\xBB\x87t", "T\xC3\xBCrk\xC3\xA7" "e", "\xC4\xB1s\xC4\xB1k",
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80",
	"\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\xD9\x85",
	"\xE4\xB8\xAD\xE6\x96\x87", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
	"Pla\xD0\xBFt", "q\xCF\x85ietly", "\xD0\xB0nd", "\xD0\x90nd", "p\xD0\xB0ss",
	"\xD0\xBF\xD1\x80\x69\xD0\xB2\x65\xD1\x82", /* Latin inside Russian */
	"\xF0\x9D\x90\x9B\xF0\x9D\x90\xA8\xF0\x9D\x90\xA5\xF0\x9D\x90\x9D", /* bold */
	"\xEF\xBD\x86\xEF\xBD\x95\xEF\xBD\x8C\xEF\xBD\x8C", /* fullwidth */
	"in\xE2\x80\x8Bvisible", "so\xC2\xAD" "ft", "wo\xE2\x81\xA0rd", "ab\xE2\x80\xAE" "cd",
	"\xE2\x80\xAE", "z\xCD\x96\xCC\xBA\xCD\x87\xCC\xBB" "algo", "e\xCC\x81", "\xC9\x91pple",
	"a\xCC\x96\xCC\x97\xCC\x98", "o\xCC\x81\xCC\x82", "\xCC\x81\xCC\x82\xCC\x83\xCC\x84",
	"\xC3\x28", "\xFF", "\xF0\x9F\x98", "\xE2\x80\x94", "\xE2\x80\x9C", "1337", "h3ll0",
	"\xE1\x8E\xAA", "\xEA\x93\xB2", "\xCA\x8B",
	"\xC3\xA9l\xC3\xA8v\xC4\xB1", /* French letters and a dotless i: no Turkish */
};
#define NFRAGS (sizeof frags / sizeof frags[0])
#define NGENUINE 27 /* the first ones */

static const char *const seps[] = {" ", " ", " ", ", ", ". ", "\n", "\n\n", "\t", " \xE2\x80\x94 "};
#define NSEPS (sizeof seps / sizeof seps[0])

/* A document of paragraphs, each plain (only genuine fragments) or mixed. */
static size_t generate(char *buf, size_t cap, size_t target)
{
	size_t len = 0;
	while (len < target) {
		int plain = rnd(3) != 0;
		unsigned words = 1 + rnd(60), w;
		for (w = 0; w < words; w++) {
			/* Mixed paragraphs: mostly genuine words and a few tricky ones,
			 * so each trick is often the only thing in its paragraph. */
			unsigned f = plain || rnd(8) ? rnd(NGENUINE) : NGENUINE + rnd(NFRAGS - NGENUINE);
			const char *a = frags[f], *b = seps[rnd(NSEPS)];
			size_t la = strlen(a), lb = strlen(b);
			if (len + la + lb + 2 >= cap)
				return len;
			memcpy(buf + len, a, la);
			len += la;
			memcpy(buf + len, b, lb);
			len += lb;
		}
		if (len + 2 < cap) {
			memcpy(buf + len, "\n\n", 2);
			len += 2;
		}
	}
	/* Often no line feed at the end: the column after the last one counts. */
	return rnd(2) && len >= 2 ? len - 2 : len;
}

/* Cyrillic prose, for the 32-byte Cyrillic kernel: long runs of words with
 * line feeds inside paragraphs, and now and then a word the kernel must
 * leave to the scalar loop (Greek or Latin glued to Cyrillic, a historic
 * letter, a stress mark, Latin inside a word). */
static const char *const cyr[] = {
	"\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", /* привет */
	"\xD0\xB4\xD0\xBE\xD0\xBC", "\xD0\xB8", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
	"\xD1\x91\xD0\xB6", "\xD1\x89\xD1\x8E", "\xD1\x97\xD1\x96", "\xD1\x9F\xD0\xB0\xD0\xBC",
	"\xD1\x81\xD0\xBE\xD1\x81\xD0\xBD\xD0\xB0",
	"\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB",
};
static const char *const cyr_tricky[] = {
	"\xCE\xB1\xCE\xB2\xD0\xB0\xD0\xB1", /* Greek glued to Cyrillic */
	"\xD0\xB0\xD0\xB1\xCE\xB1\xCE\xB2", "abc\xD0\xB4\xD0\xBE\xD0\xBC",
	"\xD0\xB4\xD0\xBE\xD0\xBC" "abc", "\xD0\xB4" "o\xD0\xBC", "\xD1\xA1\xD0\xB0", /* historic ѡ */
	"\xD0\xB4\xD0\xBE\xCC\x81\xD0\xBC", /* stress mark */
	"\xD0\xB0\xCC\x81\xCC\x82\xCC\x83", "\xD0\xB4\xD0\xBE\xE2\x80\x8B\xD0\xBC", "2024",
	"\xC2\xAB\xD0\xB4\xD0\xBE\xD0\xBC\xC2\xBB", /* guillemets */
	"\xD2\x91\xD0\xB0", "\xD0\xB0\xD3\x99", /* letters of U+0480..U+04FF */
	"y", "o", "x", "n", /* a Latin letter alone (sole_letter() takes y o a e) */
	/* ill-formed: a lead without its continuation, a continuation alone */
	"\xD0\xB4\xD0", "\xD1" "a", "\xD0\xD0\xB0", "\xB0\xD0\xB4",
};

/* Kazakh prose, for the Cyrillic kernel with four leads (D0..D3,
 * U+0400..U+04FF), which takes over at a letter of D2 D3: words the kernel
 * must leave to the scalar loop (a titlo and enclosing marks, the thousands
 * sign, Latin ı or h glued on, the palochka, ill-formed bytes). */
static const char *const kaz[] = {
	"\xD2\x9B\xD0\xB0\xD0\xB7\xD0\xB0\xD2\x9B", /* қазақ */
	"\xD1\x82\xD1\x96\xD0\xBB\xD1\x96", "\xD3\x99\xD0\xB4\xD0\xB5\xD0\xB1\xD0\xB8\xD0\xB5\xD1\x82",
	"\xD2\x93\xD1\x8B\xD0\xBB\xD1\x8B\xD0\xBC", "\xD3\xA9\xD0\xBD\xD0\xB5\xD1\x80",
	"\xD2\xB1\xD0\xBB\xD1\x82", "\xD2\xAF\xD0\xB9", "\xD2\xBB\xD3\x99\xD0\xBC",
	"\xD0\xB6\xD0\xB0\xD2\xA3\xD0\xB0", "\xD0\xB6\xD3\x99\xD0\xBD\xD0\xB5",
	"\xD0\x9A\xD3\xA9\xD0\xBF", "\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBA",
};
static const char *const kaz_tricky[] = {
	"\xD2\x9B\xD0\xB0\xD0\xB7\xD2\x83", "\xD2\x82\xD2\x9B", "\xD0\xB0\xD2\x88\xD2\x88",
	"\xD0\xB6\xD0\xB0\xD2\xA3\xD0\xB0\xC4\xB1", "h\xD3\x99\xD0\xBC", "\xD3\x80\xD0\xB0",
	"\xD2\xA3\xCC\x81\xCC\x81\xCC\x81", "\xD3\x99\xD2\x83\xD2\x83\xD2\x83",
	"\xD2", "\xD3\xD3\x99", "\xD2\x9B\x61\x62\x63",
};

/* Greek prose, for the same kernel with the Greek tables (U+0380..U+03FF):
 * tonos, final sigma, and Greek words the kernel must leave to the scalar
 * loop (Latin or Cyrillic glued on, letters of U+0370..U+037F, a stacked
 * or lone mark, a Greek word of lookalikes only). */
static const char *const grk[] = {
	"\xCE\xBA\xCE\xB1\xCE\xB9", /* και */
	"\xCF\x84\xCE\xBF", "\xCE\xB1\xCF\x81\xCF\x87\xCE\xB5\xCE\xAF\xCE\xBF", /* αρχείο */
	"\xCE\xA4\xCE\xBF", "\xCE\xBB\xCF\x8C\xCE\xB3\xCE\xBF\xCF\x82", /* λόγος */
	"\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", /* Αθήνα */
	"\xCF\x88\xCF\x85\xCF\x87\xCE\xAE",
	"\xCE\x86\xCE\xBD\xCE\xB8\xCF\x81\xCF\x89\xCF\x80\xCE\xBF\xCF\x82",
	"\xCE\xB6\xCF\x89\xCE\xAE", "\xCE\xBE\xCE\xAD\xCE\xBD\xCE\xBF\xCF\x82",
};
static const char *const grk_tricky[] = {
	"\xCE\xB1\xCE\xB2\xD0\xB0\xD0\xB1", "\xCE\xBB\xCF\x8C\x61\x62\x63", "abc\xCE\xBB\xCF\x8C",
	"\xCD\xB1\xCE\xB1", /* U+0371 */ "\xCE\xB1\xCC\x81\xCC\x82\xCC\x83",
	"\xCE\xBF\xCE\xBA", /* lookalikes only */ "\xCE\x84", /* tonos alone */
	"\xCE\xBB\xE2\x80\x8B\xCF\x8C", "2024", "\xCE\xBB\xCE", "\xCF\xCE\xB1",
};

static size_t generate_two(char *buf, size_t cap, size_t target, const char *const *w, size_t nw,
                           const char *const *tricky, size_t nt)
{
	static const char *const sep[] = {" ", " ", " ", ", ", ". ", "\n", " \xE2\x80\x94 "};
	size_t len = 0;
	while (len + 64 < cap && len < target) {
		unsigned words = 1 + rnd(80), k;
		for (k = 0; k < words && len + 64 < cap; k++) {
			const char *a = rnd(40) ? w[rnd((unsigned)nw)] : tricky[rnd((unsigned)nt)];
			const char *b = sep[rnd(sizeof sep / sizeof sep[0])];
			memcpy(buf + len, a, strlen(a));
			len += strlen(a);
			memcpy(buf + len, b, strlen(b));
			len += strlen(b);
		}
		memcpy(buf + len, "\n\n", 2);
		len += 2;
	}
	/* Often no line feed at the end: the column after the last one counts. */
	return rnd(2) ? len - 2 : len;
}

/* Persian and Arabic prose, for the kernel with four lead bytes (D8..DB,
 * U+0600..U+06FF): joiners, and words the kernel must leave to the scalar
 * loop (harakat, digits, Arabic punctuation, Latin glued on, RLM and ALM,
 * a number sign, a tatweel run, a presentation form, ill-formed bytes). */
static const char *const ara[] = {
	"\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\xD9\x85",
	"\xDA\xA9\xD8\xAA\xD8\xA7\xD8\xA8\xE2\x80\x8C\xD9\x87\xD8\xA7",
	"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", "\xD8\xAF\xD9\x86\xDB\x8C\xD8\xA7", "\xD9\x88",
	"\xD8\xAF\xD8\xB1", "\xD8\xA7\xDB\x8C\xD9\x86", "\xD8\xA8\xD8\xB1\xD8\xA7\xDB\x8C",
	"\xD9\x81\xD8\xA7\xD8\xB1\xD8\xB3\xDB\x8C",
	"\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9",
	"\xD9\x85\xD8\xAF\xD8\xB1\xD8\xB3\xD8\xA9", "\xD9\xBE\xD9\x86\xD8\xAC\xD8\xB1\xD9\x87",
	"\xDA\x98\xD8\xA7\xD9\x84\xD9\x87", "\xDA\xAF\xD9\x81\xD8\xAA",
	"\xDA\x86\xDB\x8C\xD8\xB2",
};
static const char *const ara_tricky[] = {
	"\xDA\xA9\xD8\xAA\xD8\xA7\xD8\xA8\xE2\x80\x8C", "\xD8\xA1\xE2\x80\x8C\xD8\xA8",
	"\xD9\x85\xD9\x8E\xD8\xAF\xD8\xB1\xD8\xB3\xD8\xA9",
	"\xD9\x85\xD9\x8F\xD8\xAD\xD9\x8E\xD9\x85\xD9\x8E\xD9\x91\xD8\xAF",
	"\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2", "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA4", "\xD8\x8C",
	"\xD8\x9F", "\x61\x62\x63\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85",
	"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\x61\x62\x63",
	"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xE2\x80\x8F\x61\x62\x63",
	"\xD8\x9C\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", "\xD8\x80\xD9\xA1",
	"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xD9\x91\xD9\x8B\xD9\x90", "\xDB\x96\xDB\x97\xDB\x98",
	"\xD9\x80\xD9\x80\xD9\x80", "\xEF\xBB\xBB", "\xD8", "\xD9\xD9\x85",
	/* marks the kernel takes after a letter (the hamza above, two
	 * harakat), not after a space or a joiner, and stacked ones it must
	 * leave to the scalar loop (five, six: a run may straddle blocks) */
	"\xD8\xAE\xD8\xA7\xD9\x86\xD9\x87\xD9\x94",
	"\xD9\x85\xD9\x8E\xD9\x91\xD8\xAF", "\xD9\x8E\xD8\xA8",
	"\xD9\x85\xDB\x8C\xE2\x80\x8C\xD9\x8E\xD8\xAE",
	"\xD8\xB3\xD9\x8E\xD9\x8E\xD9\x8E\xD9\x8E\xD9\x8E",
	"\xD8\xB3\xD9\x8E\xD9\x8F\xD9\x90\xD9\x91\xD9\x92\xD9\x8B\xD8\xB3",
	/* inert characters: Arabic comma, semicolon, question mark, the
	 * Arabic-Indic digits, inside and after words */
	"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xD8\x8C\xD8\xA8",
	"\xDA\x86\xD8\xB1\xD8\xA7\xD8\x9F", "\xD8\xAF\xD8\xB1\xD8\x9B",
	"\xDB\xB2\xDB\xB0\xD8\xB3\xD8\xA7\xD9\x84",
};

static size_t generate_arabic(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, ara, sizeof ara / sizeof ara[0], ara_tricky,
	                    sizeof ara_tricky / sizeof ara_tricky[0]);
}

/* Armenian prose, for the kernel with four lead bytes D4..D7
 * (U+0500..U+05FF, whose letters of script Armenian it takes): words the
 * kernel must leave to the scalar loop (Armenian punctuation inside and
 * after words, lookalikes only, Latin glued on, an invisible character, a
 * mark, stacked marks, Hebrew and Cyrillic Supplement letters of the same
 * lead bytes, the ligature and a joiner, guillemets, ill-formed bytes). */
static const char *const arm[] = {
	"\xD4\xB1\xD5\xBE\xD5\xA5\xD5\xAC\xD5\xA1\xD6\x81\xD5\xB6\xD5\xA5\xD5\xAC",
	"\xD5\xB8\xD6\x82\xD5\xB2\xD5\xB8\xD6\x82\xD5\xA9\xD5\xB5\xD5\xB8\xD6\x82\xD5\xB6",
	"\xD5\xA8\xD5\xBD\xD5\xBF", "\xD5\xB1\xD5\xA5\xD5\xA6",
	"\xD5\xA1\xD5\xB6\xD5\xB0\xD6\x80\xD5\xA1\xD5\xAA\xD5\xA5\xD5\xB7\xD5\xBF",
	"\xD5\xB4\xD5\xA5\xD5\xA9\xD5\xB8\xD5\xA4\xD5\xAB",
	"\xD5\x80\xD5\xA1\xD5\xB4\xD5\xB8\xD5\xA6\xD5\xBE\xD5\xA5\xD6\x84", "\xD5\xB8\xD6\x80",
	"\xD5\xA7", "\xD5\xB0\xD5\xA5\xD5\xBF", "\xD4\xB9\xD5\xB8\xD6\x82\xD5\xB5\xD5\xAC",
	"\xD5\xBF\xD5\xA1\xD5\xAC\xD5\xAB\xD5\xBD",
	"\xD5\xB6\xD5\xA5\xD6\x80\xD5\xB4\xD5\xB8\xD6\x82\xD5\xAE\xD5\xA5\xD5\xAC",
	"\xD5\xB4\xD5\xB8\xD6\x82\xD5\xBF\xD6\x84\xD5\xAB", "\xD5\xB0\xD5\xA1\xD5\xB4\xD5\xA1\xD6\x80",
	"\xD6\x87", "\xD4\xB5\xD6\x80\xD6\x87\xD5\xA1\xD5\xB6",
	"\xD5\x80\xD4\xB1\xD5\x85\xD4\xB1\xD5\x8D\xD5\x8F\xD4\xB1\xD5\x86",
	"\xD6\x85\xD5\xA3\xD5\xBF\xD5\xA1\xD5\xA3\xD5\xB8\xD6\x80\xD5\xAE\xD5\xA5\xD5\xAC",
	"\xD6\x86\xD5\xA1\xD5\xB5\xD5\xAC",
};
static const char *const arm_tricky[] = {
	"\xD5\xA2\xD5\xA1\xD5\xBC\xD6\x89", "\xD5\xA2\xD5\xA1\xD5\xBC\xD5\x9D",
	"\xD5\xAB\xD5\xB6\xD5\xB9\xD5\xB8\xD5\x9E\xD6\x82", "\xD6\x85\xD6\x85\xD6\x85",
	"\xD5\xBD\xD5\xBD",
	"\xD4\xB1\xD5\xBE\xD5\xA5\xD5\xAC\xD5\xA1\xD6\x81\xD5\xB6\xD5\xA5\xD5\xAC\x61\x62\x63",
	"\x61\x62\x63\xD5\x80\xD5\xA5\xD5\xBF", "\xD5\xA2\xD5\xA1\xE2\x80\x8B\xD5\xBC",
	"\xD5\xA2\xD5\xA1\xCC\x81\xD5\xBC", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\xD4\x80\xD4\x81",
	"\xD6\x87\xE2\x80\x8D\xD5\xA1", "\xC2\xAB\xD5\xA2\xD5\xA1\xD5\xBC\xC2\xBB", "\x31\x39\x39\x39",
	"\xD5\x80\xD5\xA1\xD5\xB5\xCC\x81\xCC\x81\xCC\x81",
	"\xD4", "\xD5\xD5", "\xD5\xA2\x80",
};

static size_t generate_armenian(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, arm, sizeof arm / sizeof arm[0], arm_tricky,
	                    sizeof arm_tricky / sizeof arm_tricky[0]);
}

/* Latin prose with accents (Vietnamese, German, French, Serbian), for
 * latin_avx2(): letters of two and three bytes, dense and sparse, and
 * words it must leave to the scalar loop (Turkish ı ş İ, combining marks,
 * the soft hyphen and zero-width space inside words, signs of C3 xx,
 * letters of other scripts glued on, exotic and fancy letters, the
 * compatibility letters, ill-formed and cut sequences). */
static const char *const lat[] = {
	"\x63\xC3\xA1\x63", "\x62\xE1\xBA\xA1\x6E", "\x63\xE1\xBB\xA7\x61",
	"\xC4\x91\xC6\xB0\xE1\xBB\xA3\x63", "\x6E\x68\xE1\xBB\xAF\x6E\x67",
	"\x6E\x67\xC6\xB0\xE1\xBB\x9D\x69", "\x6B\x68\xC3\xB4\x6E\x67",
	"\x74\x72\xC6\xB0\xE1\xBB\x9D\x6E\x67", "\x56\x69\xE1\xBB\x87\x74", "\x4E\x61\x6D",
	"\x74\x69\xE1\xBA\xBF\x6E\x67", "\xC4\x91\xC3\xA2\x79", "\xC4\x91\xC3\xB3", "\x76\xC3\xA0",
	"\x6C\xC3\xA0", "\x6D\xE1\xBB\x99\x74", "\x48\xC3\xA0", "\x4E\xE1\xBB\x99\x69",
	"\xC4\x90\xE1\xBB\x92\x4E\x47", "\xC3\x9D", "\x66\xC3\xBC\x72", "\x47\x72\xC3\xB6\xC3\x9F\x65",
	"\x53\x74\x72\x61\xC3\x9F\x65", "\x73\x63\x68\xC3\xB6\x6E", "\xC3\x84\x52\x47\x45\x52",
	"\x64\xC3\xA9\x6A\xC3\xA0", "\xC3\xA9\x6C\xC3\xA8\x76\x65", "\x67\x61\x72\xC3\xA7\x6F\x6E",
	"\x6F\xC3\xB9", "\x4E\x6F\xC3\xAB\x6C", "\xC5\x93\x75\x76\x72\x65", "\xC3\xA7\x61",
	"\x6B\x72\x61\x6A", "\xC4\x8D\x61\x73", "\xC4\x87\x65\x72\x6B\x61", "\xC5\xA1\x75\x6D\x61",
	"\xC5\xBE\x65\x6E\x61", "\xC4\x90\x6F\x72\xC4\x91\x65", "\xC4\x91\x61\x6B", "\x74\x68\x65",
	"\x61\x6E\x64", "\x69\x6E\x66\x6F\x72\x6D\x61\x74\x69\x6F\x6E", "\x61", "\x49",
};
static const char *const lat_tricky[] = {
	"\xC4\xB1", "\x6B\x61\x70\xC4\xB1", "\xC5\x9F\x75", "\xC4\xB0\x73\x74\x61\x6E\x62\x75\x6C",
	"\x65\xCC\x81\x74\x65", "\x62\xE1\xBA\xA1\xCC\x81\x6E", "\x61\xC2\xA0\x62",
	"\xC2\xAB\x6D\x6F\x74\xC2\xBB", "\x32\xC3\x97\x33", "\x36\xC3\xB7\x32", "\xC2\xAA\xC2\xBA",
	"\xC2\xB5\x6D", "\xE1\xBA\x9E", "\xC7\x85", "\xC4\xB3", "\xC5\x80", "\x64\xCC\xA3",
	"\xE1\xB8\x8D", "\xE1\xB9\xAD\x68\xE1\xBA\xB9",
	"\x56\x69\xE1\xBB\x87\x74\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82",
	"\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\x56\x69\xE1\xBB\x87\x74",
	"\xCE\xB1\xCE\xB2\xCE\xB3\xC4\x91", "\xCA\x8B\x75", "\xC9\x91\x70\x70\x6C\x65", "\xC4\xB8",
	"\xC5\xBF", "\xC2\xAD\x73\x6F\x66\x74", "\x73\x6F\xC2\xAD\x66\x74",
	"\x7A\x65\x72\x6F\xE2\x80\x8B\x77\x69\x64\x74\x68",
	"\xE2\x80\x9C\x71\x75\x6F\x74\x65\x64\xE2\x80\x9D", "\x65\x6D\xE2\x80\x94\x64\x61\x73\x68",
	"\x78\xC2\xA0", "\xC2\xA0", "\xC7\x80", "\xE2\x84\x8C", "\xF0\x9F\x99\x82", "\xEF\xAC\x81",
	"\xE2\x85\xAB", "\xC4\xB8\xC4\xB8", "\xC3\x85", "\xCE\xA9", "\x4B",
	"\xC3", "\xE1\xBA", "\xC1\x81", "\xE1\xBA\xA1\xBA", "\xC3\xC3\xA9",
};

static size_t generate_latin(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, lat, sizeof lat / sizeof lat[0], lat_tricky,
	                    sizeof lat_tricky / sizeof lat_tricky[0]);
}

/* Prose of three-byte letters (Devanagari, Georgian, Han, kana, Thai,
 * Hangul, Cherokee, Ethiopic), for the loop over a word's three-byte
 * letters and marks in one block: runs of marks (three in a row go to the
 * full pass), joiners, letters of another script in the same block
 * (Bengali after Devanagari), ill-formed sequences after E0 and ED, a
 * sequence cut at the end, wide spaces and dashes, Latin glued on. */
static const char *const three[] = {
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80",
	"\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87",
	"\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\xBE\xE0\xA4\xAC",
	"\xE0\xA4\xAD\xE0\xA4\xBE\xE0\xA4\xB0\xE0\xA4\xA4", "\xE0\xA4\x94\xE0\xA4\xB0",
	"\xE1\x83\x9B\xE1\x83\xA8\xE1\x83\x95\xE1\x83\x98"
	"\xE1\x83\x93\xE1\x83\x9D\xE1\x83\x91\xE1\x83\x90",
	"\xE1\x83\xA1\xE1\x83\x90\xE1\x83\xA5\xE1\x83\x90\xE1\x83\xA0"
	"\xE1\x83\x97\xE1\x83\x95\xE1\x83\x94\xE1\x83\x9A\xE1\x83\x9D",
	"\xE1\x83\x93\xE1\x83\x90", "\xE4\xB8\xAD\xE6\x96\x87", "\xE6\xB1\x89\xE5\xAD\x97",
	"\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E",
	"\xE3\x81\xB2\xE3\x82\x89\xE3\x81\x8C\xE3\x81\xAA",
	"\xE3\x82\xAB\xE3\x82\xBF\xE3\x82\xAB\xE3\x83\x8A",
	"\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB2\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2",
	"\xE0\xB8\xAA\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\x94\xE0\xB8\xB5",
	"\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4",
	"\xEC\x95\x88\xEB\x85\x95\xED\x95\x98\xEC\x84\xB8\xEC\x9A\x94",
	"\xE1\x8F\xA3\xE1\x8E\xB3\xE1\x8E\xA9",
	"\xE1\x89\xB5\xE1\x8C\x8D\xE1\x88\xAD\xE1\x8A\x9B",
};
static const char *const three_tricky[] = {
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xBF\xE0\xA4\xBF\xE0\xA4\xBF",
	"\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\x82\xE0\xA4\x81\xE0\xA4\x83"
	"\xE0\xA4\xBE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87",
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80\xE0\xA6\x85",
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80\xE2\x80\x8D\xE0\xA4\x95",
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80\xE2\x80\x8B",
	"\xE4\xB8\xAD\xE2\x80\x8B\xE6\x96\x87", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
	"\xE4\xB8\xAD\xE6\x96\x87\x61\x62\x63", "\x61\x62\x63\xE4\xB8\xAD\xE6\x96\x87",
	"\xE4\xB8\xAD\xE6\x96\x87\xE2\x80\x94\xE4\xB8\xAD\xE6\x96\x87",
	"\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x80\xE4\xB8\xAD\xE6\x96\x87",
	"\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80\xE0\xA5\xA4",
	"\xE0\xA4\xAE\xE0\xA5\x8B\xE0\xA4\x81\xE0\xA4\x81",
	"\xE1\x83\xA5\xE1\x83\x90\xE1\x83\xA0\xE1\x83"
	"\x97\xCC\x81\xE1\x83\xA3\xE1\x83\x9A\xE1\x83\x98",
	"\xE1\x83", "\xE0\xA4", "\x56\x69\xE1\xBB\x87\x74", "\xC7\x85\xE4\xB8\xAD",
	"\xF0\x9F\x98\x80\xE4\xB8\xAD",
	/* for the kernel of Devanagari and Georgian: a mark after a space or
	 * the danda, the danda, digits, Latin glued on, a Vedic mark, a
	 * conjunct with a joiner, Georgian capitals of both blocks */
	" \xE0\xA4\xBF", "\xE0\xA5\xA4\xE0\xA4\xBF", "\xE0\xA5\xA4", "\xE0\xA5\xA6\xE0\xA5\xA7",
	"\xE1\x83\x90\x61", "\xE0\xA4\x95\xE1\xB3\x90",
	"\xE0\xA4\x95\xE0\xA5\x8D\xE2\x80\x8D\xE0\xA4\xB7", "\xE1\x82\xA0\xE1\x83\x90",
	"\xE1\xB2\x90\xE1\x83\x90",
};

static size_t generate_three(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, three, sizeof three / sizeof three[0], three_tricky,
	                    sizeof three_tricky / sizeof three_tricky[0]);
}

static size_t generate_cyrillic(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, cyr, sizeof cyr / sizeof cyr[0], cyr_tricky,
	                    sizeof cyr_tricky / sizeof cyr_tricky[0]);
}

static size_t generate_kazakh(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, kaz, sizeof kaz / sizeof kaz[0], kaz_tricky,
	                    sizeof kaz_tricky / sizeof kaz_tricky[0]);
}

static size_t generate_greek(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, grk, sizeof grk / sizeof grk[0], grk_tricky,
	                    sizeof grk_tricky / sizeof grk_tricky[0]);
}

/* Turkish prose, for the dotless ı the fast path takes where the full pass
 * leaves it (a paragraph writing ş, ğ, İ or ə, or following one, and no
 * sign of obfuscation): words with and without those letters, so that
 * paragraphs with ı alone come before and after them, and words the full
 * pass must judge (an obfuscated word, English and French with ı, Serbian
 * letters, the African reference alphabet's ʋ and ɛ, exotic ɑ, an
 * invisible character, Azerbaijani ə, Kazakh Cyrillic). */
static const char *const trk[] = {
	"kap\xC4\xB1", "alt\xC4\xB1", "b\xC4\xB1rakt\xC4\xB1", "bir", "ve", "bu", "i\xC3\xA7in",
	"kullan\xC4\xB1\x63\xC4\xB1", "dosya", "de\xC4\x9Fil", "\xC5\x9Fu", "ba\xC5\x9Fka",
	"\xC4\xB0stanbul", "\xC3\xB6nce", "g\xC3\xBC\x6E", "yan\xC4\xB1t", "a\xC3\xA7\xC4\xB1k",
	"\xC4\xB1\xC5\x9F\xC4\xB1k", "KAPI", "Ayarlar", "s\xC4\xB1n\xC4\xB1r", "program\xC4\xB1",
};
static const char *const trk_tricky[] = {
	"\xC4\xB1\xC3\xA7in", "b\xC4\xB1lg\xD0\xB5", /* ı for i; Cyrillic е */
	"th\xC4\xB1s", "ordinat\xC4\xB1on", "caf\xC3\xA9", "\xC4\x8D\x61\xC4\x8D",
	"\xCA\x8Bu", "\xC9\x9B\x65", "\xC9\x91pple", "ka\xE2\x80\x8Bp\xC4\xB1",
	"\xC9\x99l\xC9\x99", "\xC6\x8F", "\xD2\x9B\xD0\xB0\xD0\xB7\xD0\xB0\xD2\x9B",
	"S\xC4\xB1rr\xC4\xB1", "\xC4\xB1\xD0\xB0", "\xC4\xB1\xCC\x87",
};

static size_t generate_turkish(char *buf, size_t cap, size_t target)
{
	return generate_two(buf, cap, target, trk, sizeof trk / sizeof trk[0], trk_tricky,
	                    sizeof trk_tricky / sizeof trk_tricky[0]);
}

/* Plain English prose as the paragraph kernel meets it (us_fast_paragraphs):
 * ASCII words with quotes and dashes, paragraphs of one to a few lines
 * ended by blank lines of every kind (LF LF, CR LF CR LF, white space
 * between, several in a row), so that cuts, quotes and line feeds fall at
 * every offset of the 64-byte blocks; now and then a paragraph longer than
 * the blank-line rule covers, or one character the kernel must leave to
 * the segment-by-segment path (a lookalike, an invisible or bidi control,
 * a space of U+2000..U+200A, a mark in a blank line, an ill-formed
 * byte). */
static size_t generate_prose(char *buf, size_t cap, size_t target, unsigned odd)
{
	static const char *const words[] = {
		"the", "of", "and", "Dodge", "Frank", "Glenn", "fizz", "Rwanda", "a", "I",
		"\xE2\x80\x9Cquoted\xE2\x80\x9D", "\xE2\x80\x98single\xE2\x80\x99",
		"it\xE2\x80\x99s", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "x", "1999,",
		"(ok)", "well-known",
	};
	static const char *const wsep[] = {" ", " ", " ", ", ", ". ", "\t", "  "};
	static const char *const lsep[] = {"\n", "\r\n", " \n"};
	static const char *const psep[] = {"\n\n", "\r\n\r\n", "\n \n", "\n\t\r\n", "\n\n\n",
	                                   " \n\n", "\n\xCC\x81\n", "\n\xE2\x80\x8B\n"};
	static const char *const odd_ones[] = {
		"\xD0\xB0", "\xCE\xBF", "\xE2\x80\x8B", "\xE2\x80\xAA", "\xE2\x80\x83",
		"\xE2\x80\x8E", "\xCC\x81", "\xFF", "\xE2\x80", "\xC3\xA9", "\xE2\x81\xA0",
		"\xF0\x9D\x90\x9A",
	};
	size_t len = 0;
#define PUT(str)                                                                               \
	do {                                                                                   \
		const char *s_ = (str);                                                        \
		size_t l_ = strlen(s_);                                                        \
		if (len + l_ >= cap)                                                           \
			return len;                                                            \
		memcpy(buf + len, s_, l_);                                                     \
		len += l_;                                                                     \
	} while (0)
	while (len < target) {
		unsigned lines = 1 + rnd(rnd(12) ? 4 : 60), l;
		for (l = 0; l < lines; l++) {
			unsigned words_ = 1 + rnd(18), w;
			for (w = 0; w < words_; w++) {
				PUT(words[rnd(sizeof words / sizeof words[0])]);
				if (odd && !rnd(odd))
					PUT(odd_ones[rnd(sizeof odd_ones / sizeof odd_ones[0])]);
				PUT(wsep[rnd(sizeof wsep / sizeof wsep[0])]);
			}
			if (l + 1 < lines)
				PUT(lsep[rnd(sizeof lsep / sizeof lsep[0])]);
		}
		PUT(psep[rnd(rnd(4) ? 2 : sizeof psep / sizeof psep[0])]);
	}
#undef PUT
	return rnd(2) && len >= 2 ? len - 1 - rnd(2) : len;
}

static void test_prose(void)
{
	static char buf[200000];
	unsigned i;
	for (i = 0; i < 240; i++) {
		size_t len = generate_prose(buf, sizeof buf, i < 230 ? 20 + rnd(6000) : 100000,
		                            i % 3 == 0 ? 0 : 200 + rnd(2000));
		char what[64];
		if (i % 4 == 3) /* the blank-line rule up to 32..512 bytes */
			us_scan_segment_sizes(1024u << (i / 4 % 5), (1024u << (i / 4 % 5)) + 4096);
		snprintf(what, sizeof what, "generated prose %u (%zu bytes)", i, len);
		compare(what, buf, len, NULL);
		us_scan_segment_sizes(0, 0);
	}
}

static void test_generated(void)
{
	static char buf[300000];
	unspoof_options o;
	unsigned i;
	for (i = 0; i < 300; i++) {
		size_t target = i < 290 ? 10 + rnd(3000) : 70000 + rnd(200000);
		size_t len = generate(buf, sizeof buf, target);
		char what[64];
		unspoof_options_init(&o);
		if (i % 5 == 1)
			o.keep_invisible = 1;
		if (i % 5 == 2)
			o.undo = UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE);
		if (i % 5 == 3)
			o.invalid = UNSPOOF_INVALID_REPLACE;
		snprintf(what, sizeof what, "generated document %u (%zu bytes)", i, len);
		compare(what, buf, len, &o);
	}
	/* Prose of the scripts the fast path has kernels and loops for. */
	{
		static const struct {
			const char *name;
			size_t (*gen)(char *, size_t, size_t);
		} prose[] = {{"Cyrillic", generate_cyrillic},
		             {"Kazakh", generate_kazakh},
		             {"Greek", generate_greek},
		             {"Arabic", generate_arabic},
		             {"Armenian", generate_armenian},
		             {"accented Latin", generate_latin},
		             {"three-byte", generate_three},
		             {"Turkish", generate_turkish}};
		size_t g;
		for (g = 0; g < sizeof prose / sizeof prose[0]; g++)
			for (i = 0; i < 150; i++) {
				size_t len = prose[g].gen(buf, sizeof buf, 100 + rnd(4000));
				char what[64];
				snprintf(what, sizeof what, "generated %s document %u (%zu bytes)",
				         prose[g].name, i, len);
				compare(what, buf, len, NULL);
			}
	}
	/* Long paragraphs without blank lines, so that they are cut by counting
	 * units (find_cut(): the vector and scalar counting loops, the soft and
	 * the hard rule), also with cuts shrunk to a few hundred bytes; and
	 * clean is idempotent across those cuts. */
	for (i = 0; i < 16; i++) {
		size_t len = generate(buf, sizeof buf, 20000 + rnd(150000)), j;
		char what[96];
		unspoof_cleaned *c1 = NULL, *c2 = NULL;
		for (j = 0; j + 1 < len; j++)
			if (buf[j] == '\n' && buf[j + 1] == '\n')
				buf[j + 1] = '.';
		unspoof_options_init(&o);
		if (i % 4 == 1)
			o.invalid = UNSPOOF_INVALID_REPLACE;
		if (i % 4 == 2)
			o.leet = 1, o.undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
		if (i >= 8)
			us_scan_segment_sizes(64 + 40 * i, 64 + 40 * i + 64 + 16 * i);
		snprintf(what, sizeof what, "long paragraphs %u (%zu bytes%s)", i, len,
		         i >= 8 ? ", small cuts" : "");
		compare(what, buf, len, &o);
		if (CHECK(unspoof_clean(&o, buf, len, &c1) == UNSPOOF_OK, "%s: clean", what) &&
		    CHECK(unspoof_clean(&o, c1->text, c1->len, &c2) == UNSPOOF_OK, "%s: clean again",
		          what)) {
			char name[128];
			snprintf(name, sizeof name, "%s: clean(clean(x)) == clean(x)", what);
			CHECK_BYTES(name, buf, 200, c1->text, c1->len, c2->text, c2->len);
		}
		unspoof_cleaned_free(c1);
		unspoof_cleaned_free(c2);
		us_scan_segment_sizes(0, 0);
	}
	/* A very long line without spaces, then plain text: hard cuts. */
	{
		size_t len = 0;
		while (len + 2 < 150000) {
			memcpy(buf + len, "\xD0\xB0", 2); /* а */
			len += 2;
		}
		len += generate(buf + len, sizeof buf - len, 20000);
		compare("150 KB without spaces, then text", buf, len, NULL);
	}
}

static void test_sample(void)
{
	const char *dir = getenv("UNSPOOF_SAMPLE_DIR");
	DIR *d;
	struct dirent *e;
	if (!dir)
		dir = "eval/sample";
	d = opendir(dir);
	if (!CHECK(d != NULL, "cannot open %s (run from the source tree)", dir))
		return;
	while ((e = readdir(d))) {
		char path[4096];
		FILE *f;
		char *text;
		long n;
		if (!strstr(e->d_name, ".txt"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		f = fopen(path, "rb");
		if (!f)
			continue;
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		rewind(f);
		text = malloc((size_t)n + 1);
		if (text && fread(text, 1, (size_t)n, f) == (size_t)n)
			compare(path, text, (size_t)n, NULL);
		free(text);
		fclose(f);
	}
	closedir(d);
}

/* us_fast_segment() on a whole text, with counts of its own. */
static int fast_segment_of(const char *text, struct us_fast *f)
{
	static uint32_t letters[US_SCRIPT_COUNT], anchors[US_SCRIPT_COUNT];
	static uint8_t seen[US_SCRIPT_COUNT];
	static unsigned nseen;
	memset(letters, 0, sizeof letters);
	memset(anchors, 0, sizeof anchors);
	nseen = 0;
	memset(f, 0, sizeof *f);
	f->letters = letters;
	f->anchors = anchors;
	f->seen = seen;
	f->nseen = &nseen;
	return us_fast_segment((const unsigned char *)text, strlen(text), f);
}

/* Zero width non-joiners: the fast path takes a paragraph with one between
 * two joining letters of a script that writes it (Persian "می‌خواهم",
 * "کتاب‌ها" after a right-joining letter) and leaves every other case to the
 * full pass; both give the same results either way. */
static void test_joiners(void)
{
	static const struct {
		const char *text, *what;
		int fast;
	} cases[] = {
		{"\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\xD9\x85 "
		 "\xDA\xA9\xD8\xAA\xD8\xA7\xD8\xA8\xE2\x80\x8C\xD9\x87\xD8\xA7\n",
		 "U+0645 U+06CC U+200C U+062E..., U+06A9 U+062A U+0627 U+0628 U+200C U+0647 U+0627", 1},
		{"\xD8\xA1\xE2\x80\x8C\xD8\xA8\n", "U+0621 U+200C U+0628 (hamza joins no side)",
		 0},
		{"\xD9\x85\xE2\x80\x8C \xD9\x87\n", "U+0645 U+200C U+0020 U+0647 (end of word)", 0},
		{"\xD9\x85\xD9\x8E\xE2\x80\x8C\xD9\x87\n", "U+0645 U+064E U+200C U+0647 (a mark before)",
		 0},
		{"\xD9\x85\xE2\x80\x8C\xD9\x8E\xD9\x87\n", "U+0645 U+200C U+064E U+0647 (a mark after)",
		 0},
		{"ab\xE2\x80\x8C" "cd\n", "a b U+200C c d (Latin)", 0},
		{"\xD9\x85\xE2\x80\x8C\xE2\x80\x8C\xD9\x87\n", "U+0645 U+200C U+200C U+0647", 0},
		{"\xD9\x85\xE2\x80\x8Cx\n", "U+0645 U+200C x", 0},
		{"\xD9\x85\xE2\x80\x8C\xDC\x90\n", "U+0645 U+200C U+0710 (Syriac: two scripts)", 0},
		{"\xE0\xA4\x95\xE0\xA5\x8D\xE2\x80\x8D\xE0\xA4\xB7\n",
		 "U+0915 U+094D U+200D U+0937 (a joiner after a virama: the full pass)", 0},
	};
	size_t k;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct us_fast f;
		size_t len = strlen(cases[k].text);
		CHECK(fast_segment_of(cases[k].text, &f) == cases[k].fast,
		      "%s: fast path %s, expected %s", cases[k].what,
		      cases[k].fast ? "declined" : "accepted", cases[k].fast ? "accepted" : "declined");
		compare(cases[k].what, cases[k].text, len, NULL);
	}
}

/* Bytes of text that took the fast path (one stream, all at once). */
static uint64_t fast_bytes(const char *text)
{
	unspoof_stream *s;
	uint64_t n;
	if (unspoof_stream_new(NULL, NULL, &s) != UNSPOOF_OK)
		return UINT64_MAX;
	if (unspoof_stream_feed(s, text, strlen(text)) != UNSPOOF_OK ||
	    unspoof_stream_finish(s, NULL) != UNSPOOF_OK)
		n = UINT64_MAX;
	else
		n = us_scan_fast_bytes(s);
	unspoof_stream_free(s);
	return n;
}

/* Turkish: a paragraph with dotless ı takes the fast path where ş, ğ, İ or
 * ə are in it or in one of the eight before it, and nothing shows
 * obfuscation; the letters are counted; ʋ and ɛ stay with the full pass. */
static void test_turkic(void)
{
	static const struct {
		const char *text, *what;
		int fast; /* us_fast_segment() accepts it */
		unsigned dotless, turkic;
	} seg_cases[] = {
		{"kap\xC4\xB1 \xC5\x9Fu \xC4\x9F \xC4\xB0z \xC9\x99 \xC6\x8F\n",
		 "k a p U+0131, U+015F u, U+011F, U+0130 z, U+0259, U+018F", 1, 1, 5},
		{"\xCA\x8Bu\n", "U+028B u (African reference alphabet)", 0, 0, 0},
		{"\xC9\x9B\n", "U+025B (shows the African reference alphabet)", 0, 0, 0},
	};
	static const struct {
		const char *text, *what;
		size_t fast; /* bytes through the fast path; SIZE_MAX: all */
	} stream_cases[] = {
		{"Kap\xC4\xB1y\xC4\xB1 a\xC5\x9Ft\xC4\xB1.\n", "K a p U+0131 y U+0131 a U+015F t U+0131",
		 SIZE_MAX},
		{"Kap\xC4\xB1y\xC4\xB1 a\xC3\xA7t\xC4\xB1.\n",
		 "K a p U+0131 y U+0131 a U+00E7 t U+0131 (no U+015F U+011F U+0130 U+0259)", 0},
		{"\xC5\x9Eu.\n\nKap\xC4\xB1y\xC4\xB1 a\xC3\xA7t\xC4\xB1.\n",
		 "U+015E u, then a paragraph with U+0131 only", SIZE_MAX},
		{"\xC5\x9Eu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\n"
		 "Kap\xC4\xB1y\xC4\xB1 a\xC3\xA7t\xC4\xB1.\n",
		 "U+015E u, seven paragraphs, then U+0131 (carried eight paragraphs)", SIZE_MAX},
		{"\xC5\x9Eu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\nBu.\n\n"
		 "Kap\xC4\xB1y\xC4\xB1 a\xC3\xA7t\xC4\xB1.\n",
		 "U+015E u, nine paragraphs, then U+0131 (no longer carried)", 51},
		{"Th\xC4\xB1s \xC4\xB1s.\n", "T h U+0131 s U+0131 s", 0},
		/* Exotic letters restored (U+0251 for a) tell decide_orth() for
		 * eight paragraphs that ı may stand for i ("bılgisayar"), which
		 * the full pass judges. Until the stream's carries match a second
		 * clean's, a paragraph is judged twice (settle_output()) unless
		 * it is plain to both: the last three "x" once no evidence is
		 * carried (fast_both()). */
		{"The \xC9\x91pple \xC9\x91nd the c\xC9\x91t.\n\nx\n\nx\n\nx\n\nx\n\nx\n\n"
		 "Bu b\xC4\xB1lgisayar \xC5\x9Fu g\xC4\xB1\x62\xC4\xB1.\n",
		 "U+0251 p p l e, five paragraphs, then b U+0131 l g i s a y a r U+015F u", 9},
	};
	size_t k;
	for (k = 0; k < sizeof seg_cases / sizeof seg_cases[0]; k++) {
		struct us_fast f;
		size_t len = strlen(seg_cases[k].text);
		int got = fast_segment_of(seg_cases[k].text, &f);
		CHECK(got == seg_cases[k].fast, "%s: fast path %s, expected %s", seg_cases[k].what,
		      got ? "accepted" : "declined", seg_cases[k].fast ? "accepted" : "declined");
		if (got)
			CHECK(f.dotless == seg_cases[k].dotless && f.turkic == seg_cases[k].turkic,
			      "%s: counted %u dotless and %u Turkic letters, expected %u and %u",
			      seg_cases[k].what, f.dotless, f.turkic, seg_cases[k].dotless,
			      seg_cases[k].turkic);
		compare(seg_cases[k].what, seg_cases[k].text, len, NULL);
	}
	/* Obfuscation carried forward is forgotten: a stream whose first
	 * paragraph shows substitutions takes the fast path again after some
	 * paragraphs (its judging state and a second clean's become the same
	 * again); a fact kept for good would keep every paragraph after it
	 * on the full pass, judged twice. Greek, where the article rule keeps
	 * the longest memory (SHOWN_SEGMENTS). While the two differ, a
	 * paragraph plain to both takes it too (fast_both()): all but the
	 * first few, long before they become the same. */
	{
		static char doc[16384];
		size_t len = 0, tail = 0, most = 0, p;
		const char *first = "\xCE\xA4o \xCE\xB1\xCF\x81\xCF\x87\xCE\xB5\xCE\xAF\xCE\xBF "
		                    "\xCE\xB4\xCE\xB5\xCE\xBD \xCE\xB2\xCF\x81\xCE\xAD\xCE\xB8\xCE\xB7\xCE\xBA\xCE\xB5.\n\n";
		const char *para = "\xCE\xA4\xCE\xBF \xCF\x80\xCF\x81\xCF\x8C\xCE\xB3\xCF\x81\xCE\xB1"
		                   "\xCE\xBC\xCE\xBC\xCE\xB1 \xCF\x84\xCE\xB5\xCF\x81\xCE\xBC\xCE\xB1\xCF\x84"
		                   "\xCE\xAF\xCF\x83\xCF\x84\xCE\xB7\xCE\xBA\xCE\xB5.\n\n";
		uint64_t got;
		memcpy(doc, first, strlen(first));
		len = strlen(first);
		for (p = 0; p < 120; p++) {
			memcpy(doc + len, para, strlen(para));
			len += strlen(para);
			if (p >= 100)
				tail += strlen(para);
			if (p >= 8)
				most += strlen(para);
		}
		doc[len] = 0;
		got = fast_bytes(doc);
		CHECK(got >= tail,
		      "T U+006F (Latin o in a Greek word), then 120 plain Greek paragraphs: %llu bytes "
		      "took the fast path, expected at least the last 20 paragraphs' %zu",
		      (unsigned long long)got, tail);
		CHECK(got >= most,
		      "T U+006F (Latin o in a Greek word), then 120 plain Greek paragraphs: %llu bytes "
		      "took the fast path, expected at least all but the first 8 paragraphs' %zu",
		      (unsigned long long)got, most);
		compare("an obfuscated Greek paragraph, then 120 plain ones", doc, len, NULL);
	}
	/* A paragraph of Greek text whose only Latin letter is an o takes
	 * the full pass in the opening of a text (sole_article()), and the
	 * fast path after its first AHEAD_OPENING (16 KiB) bytes: a long
	 * genuine text's every such paragraph went through the full pass. */
	{
		static char doc[32768];
		size_t len = 0, tail = 0;
		const char *para = "\xCE\x95\xCE\xAC\xCE\xBD o \xCF\x87\xCF\x81\xCE\xAE\xCF\x83\xCF"
		                   "\x84\xCE\xB7\xCF\x82 \xCE\xB1\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xBE"
		                   "\xCE\xB5\xCE\xB9 \xCF\x84\xCE\xB7 \xCF\x81\xCF\x8D\xCE\xB8\xCE"
		                   "\xBC\xCE\xB9\xCF\x83\xCE\xB7, \xCF\x84\xCE\xBF \xCF\x80\xCE\xB1"
		                   "\xCF\x81\xCE\xAC\xCE\xB8\xCF\x85\xCF\x81\xCE\xBF \xCE\xBA\xCE"
		                   "\xBB\xCE\xB5\xCE\xAF\xCE\xBD\xCE\xB5\xCE\xB9.\n\n";
		uint64_t got;
		while (len + strlen(para) < sizeof doc) {
			if (len >= 16384 + 2 * strlen(para))
				tail += strlen(para);
			memcpy(doc + len, para, strlen(para));
			len += strlen(para);
		}
		doc[len] = 0;
		got = fast_bytes(doc);
		CHECK(got >= tail,
		      "32 KiB of Greek paragraphs with a Latin o alone: %llu bytes took the fast path, "
		      "expected at least the %zu after the first 16 KiB",
		      (unsigned long long)got, tail);
		compare("Greek paragraphs with a Latin o alone", doc, len, NULL);
	}
	for (k = 0; k < sizeof stream_cases / sizeof stream_cases[0]; k++) {
		size_t len = strlen(stream_cases[k].text);
		uint64_t want = stream_cases[k].fast == SIZE_MAX ? len : stream_cases[k].fast;
		uint64_t got = fast_bytes(stream_cases[k].text);
		CHECK(got == want, "%s: %llu of %zu bytes took the fast path, expected %llu",
		      stream_cases[k].what, (unsigned long long)got, len, (unsigned long long)want);
		compare(stream_cases[k].what, stream_cases[k].text, len, NULL);
	}
}

/* After a paragraph that showed substitutions, a later paragraph without
 * evidence may still have a word of lookalikes opening a sentence restored
 * (late_article(): "Ha" for На): such a paragraph takes the full pass; one
 * whose words of another script could not be so restored takes the fast
 * path (late_article_in(): "Linux" has a letter without a twin, "x" is a
 * small letter). */
static void test_shown(void)
{
	static char doc[512];
	const char *first = "\xD0\x9C\xD1\x8B \xD0\xBF" "p\xD0\xB8\xD1\x88\xD0\xBB\xD0\xB8 "
	                    "\xD0\xB4\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xB9.\n\n";
	const char *plain = "\xD0\xAD\xD1\x82\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82.\n\n";
	static const struct {
		const char *text, *what;
		int fast;
	} last[] = {
		{"\xD0\x97\xD0\xB0\xD0\xBF\xD1\x83\xD1\x81\xD1\x82\xD0\xB8\xD1\x82\xD0\xB5 Linux "
		 "\xD1\x81\xD0\xB5\xD0\xB9\xD1\x87\xD0\xB0\xD1\x81.\n\n",
		 "U+0417 U+0430 U+043F U+0443 U+0441 U+0442 U+0438 U+0442 U+0435 L i n u x ...", 1},
		{"\xD0\x9D\xD0\xB0\xD0\xB6\xD0\xBC\xD0\xB8\xD1\x82\xD0\xB5 x, "
		 "\xD0\xB7\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBC y.\n\n",
		 "U+041D U+0430 U+0436 U+043C U+0438 U+0442 U+0435 x, U+0437 U+0430 U+0442 U+0435 U+043C y "
		 "(keys in small letters)",
		 1},
		{"\xD0\x94\xD0\xBB\xD1\x8F \xD1\x84\xD0\xB0\xD0\xB9\xD0\xBB\xD0\xBE\xD0\xB2 c "
		 "\xD0\xB0\xD1\x82\xD1\x80\xD0\xB8\xD0\xB1\xD1\x83\xD1\x82\xD0\xBE\xD0\xBC.\n\n",
		 "U+0414 U+043B U+044F U+0444 U+0430 U+0439 U+043B U+043E U+0432 c(Latin) U+0430 ... (the "
		 "preposition between words)",
		 0},
		{"Ha \xD1\x81\xD1\x82\xD0\xBE\xD0\xBB\xD0\xB5 \xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3\xD0\xB0.\n\n",
		 "H a (U+041D U+0430 in lookalikes) U+0441 U+0442 U+043E U+043B U+0435 ...", 0},
		/* the same in Greek lookalikes, with a Greek letter that has no
		 * twin further on (late_none() must not take Greek
		 * letters for Cyrillic ones) */
		{"\xCE\xA4\xCE\xBF \xD1\x81\xD1\x82\xD0\xBE\xD0\xB8\xD1\x82 \xCE\xBB.\n\n",
		 "U+03A4 U+03BF (U+0422 U+043E in Greek lookalikes) U+0441 U+0442 U+043E U+0438 U+0442 "
		 "U+03BB",
		 0},
		/* Greek text: a small o alone between Greek words is the article
		 * (greek_article_o()), a small x a variable. */
		{"\xCE\x8C\xCF\x84\xCE\xB1\xCE\xBD o \xCE\xB4\xCF\x81\xCE\xBF\xCE\xBC\xCE\xAD\xCE\xB1\xCF\x82 \xCE\xBA\xCE\xB9\xCE\xBD\xCE\xB5\xCE\xAF\xCF\x84\xCE\xB1\xCE\xB9 \xCF\x80\xCF\x81\xCE\xBF\xCF\x82 \xCE\xAD\xCE\xBD\xCE\xB1 \xCF\x85\xCF\x80\xCE\xBF\xCE\xBC\xCE\xB5\xCE\xBD\xCE\xBF\xCF\x8D, \xCF\x84\xCE\xBF \xCE\xBB\xCE\xB5\xCE\xBE\xCE\xB9\xCE\xBA\xCF\x8C \xCE\xBE\xCE\xB5\xCE\xBA\xCE\xB9\xCE\xBD\xCE\xAC.\n\n",
		 "U+038C U+03C4 U+03B1 U+03BD o U+03B4 U+03C1 U+03BF U+03BC U+03AD U+03B1 U+03C2 ... (a Latin o between Greek words)", 0},
		{"\xCE\x8C\xCF\x84\xCE\xB1\xCE\xBD x \xCE\xB4\xCF\x81\xCE\xBF\xCE\xBC\xCE\xAD\xCE\xB1\xCF\x82 \xCE\xBA\xCE\xB9\xCE\xBD\xCE\xB5\xCE\xAF\xCF\x84\xCE\xB1\xCE\xB9 \xCF\x80\xCF\x81\xCE\xBF\xCF\x82 \xCE\xAD\xCE\xBD\xCE\xB1 \xCF\x85\xCF\x80\xCE\xBF\xCE\xBC\xCE\xB5\xCE\xBD\xCE\xBF\xCF\x8D, \xCF\x84\xCE\xBF \xCE\xBB\xCE\xB5\xCE\xBE\xCE\xB9\xCE\xBA\xCF\x8C \xCE\xBE\xCE\xB5\xCE\xBA\xCE\xB9\xCE\xBD\xCE\xAC.\n\n",
		 "U+038C U+03C4 U+03B1 U+03BD x U+03B4 U+03C1 U+03BF U+03BC U+03AD U+03B1 U+03C2 ... (a Latin x between Greek words)", 1},
		/* Cyrillic text: a small letter alone between Cyrillic words
		 * (late_letter()). */
		{"\xD0\x9E\xD0\xBD \xD1\x81\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBB y \xD0\xBE\xD0\xBA\xD0\xBD\xD0\xB0.\n\n",
		 "U+041E U+043D U+0441 U+0438 U+0434 U+0435 U+043B y (U+0443 in a lookalike) U+043E ...", 0},
	};
	size_t k, base;
	uint64_t before;
	strcpy(doc, first);
	strcat(doc, plain);
	strcat(doc, plain);
	strcat(doc, plain);
	base = strlen(doc);
	before = fast_bytes(doc);
	for (k = 0; k < sizeof last / sizeof last[0]; k++) {
		uint64_t got, want;
		char what[256];
		doc[base] = 0;
		strcat(doc, last[k].text);
		got = fast_bytes(doc);
		want = before + (last[k].fast ? strlen(last[k].text) : 0);
		snprintf(what, sizeof what,
		         "M y U+043F p(Latin) U+0438 ..., three plain paragraphs, then %s", last[k].what);
		CHECK(got == want, "%s: %llu of %zu bytes took the fast path, expected %llu", what,
		      (unsigned long long)got, strlen(doc), (unsigned long long)want);
		compare(what, doc, strlen(doc), NULL);
	}
}

int main(void)
{
	test_joiners();
	test_turkic();
	test_shown();
	test_sample();
	test_generated();
	test_prose();
	printf("fastpath: %lu inputs compared with the full pass\n", inputs);
	return test_finish("fastpath");
}
