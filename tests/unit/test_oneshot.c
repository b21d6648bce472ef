/* The one-shot calls (unspoof_scan, unspoof_clean, unspoof_clean_buffer)
 * reuse streams from call to call (src/scan/oneshot.c): each result must be
 * the one a new stream gives. Texts and options change from call to call
 * (obfuscated, plain, ill-formed, longer than the streams kept), also the
 * paragraph sizes (us_scan_segment_sizes) and invalid options in between;
 * every result is compared with the stream API on a new stream. */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "unspoof.h"

#include "scan/fast.h" /* us_scan_segment_sizes, us_stream_reset, us_stream_pristine */

struct out {
	char *p;
	size_t n, cap;
	unsigned long nfind, nedit;
	uint64_t fh; /* hash of the findings and edits */
};

static void add(struct out *o, const char *d, size_t n)
{
	if (o->n + n > o->cap) {
		o->cap = (o->n + n) * 2;
		o->p = realloc(o->p, o->cap);
		if (!o->p)
			abort();
	}
	memcpy(o->p + o->n, d, n);
	o->n += n;
}

static void mix(struct out *o, uint64_t v)
{
	o->fh = (o->fh ^ v) * 0x100000001B3ull;
}

static int on_out(void *c, const char *d, size_t n)
{
	add(c, d, n);
	return 0;
}

static void mix_finding(struct out *o, const unspoof_finding *f)
{
	mix(o, f->offset);
	mix(o, f->line << 20 ^ f->column);
	mix(o, (uint64_t)f->cp << 8 ^ (uint64_t)f->kind);
	mix(o, (uint64_t)(f->confidence * 1e6) ^ (uint64_t)f->undone << 40);
}

static void mix_edit(struct out *o, const unspoof_edit *e)
{
	mix(o, e->in_offset ^ e->in_length << 32);
	mix(o, e->out_offset ^ e->out_length << 32 ^ (uint64_t)e->kind << 60);
}

static int on_find(void *c, const unspoof_finding *f)
{
	struct out *o = c;
	o->nfind++;
	mix_finding(o, f);
	return 0;
}

static int on_edit(void *c, const unspoof_edit *e)
{
	struct out *o = c;
	o->nedit++;
	mix_edit(o, e);
	return 0;
}

static int same_sum(const unspoof_summary *a, const unspoof_summary *b)
{
	int k;
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		if (a->counts[k] != b->counts[k])
			return 0;
	return a->verdict == b->verdict && a->score == b->score && a->bytes == b->bytes &&
	       a->words == b->words && a->letters == b->letters && a->edits == b->edits;
}

/* The stream API on a new stream: output in *o, findings and edits hashed
 * (separately: scan runs give findings, clean runs edits, as the one-shot
 * calls see them). */
static int reference(const unspoof_options *opt, const char *t, size_t n, int want_find,
                     struct out *o, unspoof_summary *sum)
{
	unspoof_callbacks cb = {on_out, want_find ? on_find : NULL, want_find ? NULL : on_edit, o};
	unspoof_stream *s;
	int rc = unspoof_stream_new(opt, &cb, &s);
	memset(o, 0, sizeof *o);
	memset(sum, 0, sizeof *sum);
	if (rc)
		return rc;
	rc = unspoof_stream_feed(s, t, n);
	if (!rc)
		rc = unspoof_stream_finish(s, sum);
	unspoof_stream_free(s);
	return rc;
}

static void one(const unspoof_options *opt, const char *t, size_t n, const char *what)
{
	struct out ref, got;
	unspoof_summary rs;
	unspoof_report *r = NULL;
	unspoof_cleaned *c = NULL;
	size_t len = 0, cap, k;
	char *dst;
	int rc, want;

	/* scan */
	want = reference(opt, t, n, 1, &ref, &rs);
	rc = unspoof_scan(opt, t, n, &r);
	if (CHECK(rc == want, "%s: unspoof_scan returns %d, a new stream %d", what, rc, want) &&
	    !rc) {
		memset(&got, 0, sizeof got);
		for (k = 0; k < r->nfindings; k++) {
			got.nfind++;
			mix_finding(&got, &r->findings[k]);
		}
		CHECK(got.nfind == ref.nfind && got.fh == ref.fh && same_sum(&r->summary, &rs),
		      "%s: unspoof_scan: %lu findings, a new stream %lu (or their fields or the "
		      "summary differ)",
		      what, got.nfind, ref.nfind);
	}
	unspoof_report_free(r);
	free(ref.p);

	/* clean */
	want = reference(opt, t, n, 0, &ref, &rs);
	rc = unspoof_clean(opt, t, n, &c);
	if (CHECK(rc == want, "%s: unspoof_clean returns %d, a new stream %d", what, rc, want) &&
	    !rc) {
		memset(&got, 0, sizeof got);
		for (k = 0; k < c->nedits; k++) {
			got.nedit++;
			mix_edit(&got, &c->edits[k]);
		}
		CHECK_BYTES(what, t, n, ref.p ? ref.p : "", ref.n, c->text, c->len);
		CHECK(got.nedit == ref.nedit && got.fh == ref.fh && same_sum(&c->summary, &rs),
		      "%s: unspoof_clean: %lu edits, a new stream %lu (or their fields or the "
		      "summary differ)",
		      what, got.nedit, ref.nedit);
	}
	unspoof_cleaned_free(c);

	/* clean_buffer, with room and without */
	cap = UNSPOOF_CLEAN_BOUND(n);
	dst = malloc(cap + 1);
	if (!dst)
		abort();
	rc = unspoof_clean_buffer(opt, t, n, dst, cap, &len);
	if (CHECK(rc == want, "%s: unspoof_clean_buffer returns %d, a new stream %d", what, rc,
	          want) &&
	    !rc)
		CHECK_BYTES(what, t, n, ref.p ? ref.p : "", ref.n, dst, len);
	if (!want && ref.n > 1) {
		rc = unspoof_clean_buffer(opt, t, n, dst, ref.n - 1, &len);
		CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && len == ref.n,
		      "%s: unspoof_clean_buffer one byte short: rc %d, length %zu of %zu", what, rc,
		      len, ref.n);
	}
	free(dst);
	free(ref.p);
}

/* us_stream_reset() clears the arrays at the end of the stream by their
 * lists and flags (seg_seen, carry_seen, subst_any...): after any text,
 * finished or cut off anywhere (an aborting callback, a partial feed),
 * they must all be zero again. */
static int stop_at; /* findings before the callback aborts; 0: never */

static int abort_find(void *c, const unspoof_finding *f)
{
	(void)c;
	(void)f;
	return stop_at && --stop_at == 0;
}

static void test_reset(const char *const *texts, size_t nt, const char *longt, size_t nlong)
{
	/* Russian with Latin а е о р с inside words, then a paragraph more:
	 * the letters and words of obfuscated Cyrillic paragraphs are kept
	 * for the next ones (prev_seen, lex). */
	static const char russian[] =
		"\xd0\x90\xd0\xbf\xd0\xbf\x65\xd1\x82\xd0\xb8\xd1\x82\x20\xd0\xbf\x70\xd0\xb8\x78\xd0\xbe\xd0\xb4"
		"\xd0\xb8\xd1\x82\x20\xd0\xb2\x6f\x20\xd0\xb2\x70\xd0\xb5\xd0\xbc\xd1\x8f\x20\xd0\xb5\xd0\xb4\xd1"
		"\x8b\x2c\x20\xd0\xba\xd0\xb0\xd0\xba\x20\xd0\xb3\x6f\xd0\xb2\x6f\x70\xd1\x8f\xd1\x82\x2e\x0a\x0a"
		"\xd0\x9a\xd0\xb0\xd0\xba\x20\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\x3f\x0a";
	unspoof_callbacks cb = {NULL, abort_find, NULL, NULL};
	unspoof_options leet;
	size_t i;
	unspoof_options_init(&leet);
	leet.leet = 1;
	for (i = 0; i < 4 * (nt + 2); i++) {
		size_t j = i % (nt + 2);
		const char *t = j == nt ? longt : j == nt + 1 ? russian : texts[j];
		size_t n = j == nt ? nlong : strlen(t);
		unspoof_stream *s;
		int rc;
		stop_at = i / (nt + 2) == 1 ? 3 : 0; /* second round: abort at the third finding */
		if (!CHECK(unspoof_stream_new(i / (nt + 2) == 3 ? &leet : NULL, &cb, &s) == UNSPOOF_OK,
		           "stream %zu", i))
			return;
		/* third round: half the text fed, no finish */
		rc = unspoof_stream_feed(s, t, i / (nt + 2) == 2 ? n / 2 : n);
		if (rc == UNSPOOF_OK && i / (nt + 2) != 2)
			unspoof_stream_finish(s, NULL);
		CHECK(us_stream_reset(s, NULL, NULL) == UNSPOOF_OK, "reset %zu", i);
		CHECK(us_stream_pristine(s),
		      "text %zu (%zu bytes, round %zu): arrays left non-zero after us_stream_reset()",
		      j, n, i / (nt + 2));
		unspoof_stream_free(s);
	}
}

/* unspoof_stream_reset(): one stream, reset between documents (with new
 * options, the same ones, or none; after a finish, after half a document
 * fed, after a callback stopped it), gives each document what a new stream
 * gives it: output, findings and edits in order, summary. */
static int stop_all; /* the callbacks stop the stream when set */

static int all_out(void *c, const char *d, size_t n)
{
	add(c, d, n);
	return stop_all;
}

static int all_find(void *c, const unspoof_finding *f)
{
	on_find(c, f);
	return stop_all;
}

static int all_edit(void *c, const unspoof_edit *e)
{
	on_edit(c, e);
	return stop_all;
}

static int run_all(unspoof_stream *s, const char *t, size_t n, unspoof_summary *sum)
{
	int rc = unspoof_stream_feed(s, t, n / 3);
	if (!rc)
		rc = unspoof_stream_feed(s, t + n / 3, n - n / 3);
	if (!rc)
		rc = unspoof_stream_finish(s, sum);
	return rc;
}

static void test_public_reset(const char *const *texts, size_t nt, const unspoof_options *opts,
                              const char *longt, size_t nlong)
{
	/* Russian with Latin о е р с inside its words, then Latin a and o
	 * alone between Russian words: read as а and о after the first
	 * document, kept in a document of its own. */
	static const char first[] =
		"\xd0\xad\xd1\x82o o\xd1\x87" "e\xd0\xbd\xd1\x8c \xd0\xb2" "a\xd0\xb6\xd0\xbdoe co\xd0\xb1\xd1\x8b\xd1\x82\xd0\xb8" "e \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb2" "ce\xd0\xb9 \xd0\xbd" "a\xd1\x88" "e\xd0\xb9 c\xd1\x82pa\xd0\xbd\xd1\x8b.\n\n";
	static const char second[] =
		"\xd0\x9e\xd0\xbd \xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb a \xd0\xbf\xd0\xbe\xd1\x82\xd0\xbe\xd0\xbc o \xd1\x87\xd1\x91\xd0\xbc-\xd1\x82\xd0\xbe.\n";
	static const char second_read[] =
		"\xd0\x9e\xd0\xbd \xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb \xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x82\xd0\xbe\xd0\xbc \xd0\xbe \xd1\x87\xd1\x91\xd0\xbc-\xd1\x82\xd0\xbe.\n";
	struct out got, ref;
	unspoof_callbacks cb = {all_out, all_find, all_edit, &got};
	unspoof_summary gs, rs;
	const unspoof_options *cur = NULL;
	unspoof_stream *s, *r;
	size_t i;
	int rc, want;

	if (!CHECK(unspoof_stream_new(NULL, &cb, &s) == UNSPOOF_OK, "stream_new"))
		return;
	CHECK(unspoof_stream_reset(NULL, NULL) == UNSPOOF_E_NULL, "stream_reset(NULL)");

	/* The context the first document leaves: carried without a reset... */
	memset(&got, 0, sizeof got);
	rc = unspoof_stream_feed(s, first, strlen(first));
	if (!rc)
		rc = unspoof_stream_feed(s, second, strlen(second));
	if (!rc)
		rc = unspoof_stream_finish(s, NULL);
	CHECK(rc == UNSPOOF_OK, "one stream, two paragraphs: %d", rc);
	CHECK(got.n > strlen(second_read) &&
	              !memcmp(got.p + got.n - strlen(second_read), second_read, strlen(second_read)),
	      "without a reset the second paragraph should read its a as U+0430 after the first");
	free(got.p);
	/* ...and forgotten with one. */
	for (i = 0; i < 2; i++) {
		memset(&got, 0, sizeof got);
		CHECK(unspoof_stream_reset(s, NULL) == UNSPOOF_OK, "reset");
		rc = run_all(s, i ? second : first, strlen(i ? second : first), &gs);
		CHECK(rc == UNSPOOF_OK, "document %zu: %d", i, rc);
		if (i)
			CHECK_BYTES("second document after a reset", second, strlen(second), second,
			            strlen(second), got.p ? got.p : "", got.n);
		free(got.p);
	}

	for (i = 0; i < nt * 12; i++) {
		const char *t = i % (nt + 1) == nt ? longt : texts[i % (nt + 1)];
		size_t n = t == longt ? nlong : strlen(t);
		const unspoof_options *o = i % 4 == 3 ? cur : &opts[(i * 3) % 4];
		char what[96];
		snprintf(what, sizeof what, "reset stream, document %zu (text %zu)", i, i % (nt + 1));
		if (i % 9 == 4)
			CHECK(unspoof_stream_reset(s, &opts[4]) == UNSPOOF_E_INVALID_ARG,
			      "%s: reset with bad options", what);
		CHECK(unspoof_stream_reset(s, i % 4 == 3 ? NULL : o) == UNSPOOF_OK, "%s: reset", what);
		cur = o;
		memset(&got, 0, sizeof got);
		stop_all = 0;
		if (i % 6 == 5) { /* half a document, dropped by the next reset */
			unspoof_stream_feed(s, t, n / 2);
		} else if (i % 6 == 2) { /* a document the callbacks stop */
			stop_all = 1;
			rc = run_all(s, t, n, &gs);
			CHECK(rc == UNSPOOF_OK || rc == UNSPOOF_E_ABORTED, "%s: stopped: %d", what, rc);
			stop_all = 0;
		} else {
			rc = run_all(s, t, n, &gs);
			{
				unspoof_callbacks rcb = {all_out, all_find, all_edit, &ref};
				memset(&ref, 0, sizeof ref);
				memset(&rs, 0, sizeof rs);
				want = unspoof_stream_new(o, &rcb, &r);
				if (!want) {
					want = run_all(r, t, n, &rs);
					unspoof_stream_free(r);
				}
			}
			if (CHECK(rc == want, "%s: %d, a new stream %d", what, rc, want) && !rc) {
				CHECK_BYTES(what, t, n, ref.p ? ref.p : "", ref.n, got.p ? got.p : "",
				            got.n);
				CHECK(got.nfind == ref.nfind && got.nedit == ref.nedit &&
				              got.fh == ref.fh && same_sum(&gs, &rs),
				      "%s: %lu findings, %lu edits; a new stream %lu, %lu (or their "
				      "fields or the summary differ)",
				      what, got.nfind, got.nedit, ref.nfind, ref.nedit);
			}
			free(ref.p);
		}
		free(got.p);
	}
	unspoof_stream_free(s);
}

int main(void)
{
	static const char *const texts[] = {
		"Robert Pla\xd0\xbft stepped q\xcf\x85ietly through the door.\n\nThe crowd went sile\xd0\xbft.\n",
		"Plain text, \xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x94 nothing to see.\n",
		"\xd0\x90\xd0\xbf\xd0\xbf\xd0\xb5\xd1\x82\xd0\xb8\xd1\x82 \xd0\xbf\xd1\x80\xd0\xb8\xd1\x85\xd0\xbe\xd0\xb4\xd0\xb8\xd1\x82 \xd0\xb2\xd0\xbe \xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xb5\xd0\xb4\xd1\x8b.",
		"a \xf0\x9d\x90\x9f\xf0\x9d\x90\xab\xf0\x9d\x90\x9e\xf0\x9d\x90\x9e concert, Tick\xe2\x80\x8b" "ets, bad \xff\xfe bytes \xc3",
		"",
		"h3ll0 w0rld, l33t sp34k",
		"t\xcc\xb8\xcd\xab\xcd\x9c\xcc\x81" "h\xcd\xab\xcc\x92" "e zalgo",
	};
	const size_t nt = sizeof texts / sizeof *texts;
	unspoof_options opts[5];
	char *longt;
	size_t i, k, pass, nlong = 0, cap = 0;

	for (k = 0; k < 5; k++)
		unspoof_options_init(&opts[k]);
	opts[1].leet = 1;
	opts[2].target_script = unspoof_script_from_name("Cyrl");
	opts[3].invalid = UNSPOOF_INVALID_REPLACE;
	opts[3].keep_invisible = 1;
	opts[4].target_script = 9999; /* invalid: every call fails the same way */

	/* A text longer than the streams the calls keep (4 KB). */
	cap = 40000;
	longt = malloc(cap);
	if (!longt)
		abort();
	while (nlong + 200 < cap) {
		const char *t = texts[nlong % 3];
		size_t l = strlen(t);
		memcpy(longt + nlong, t, l);
		nlong += l;
	}

	for (pass = 0; pass < 3; pass++) {
		if (pass == 1)
			us_scan_segment_sizes(200, 300);
		else if (pass == 2)
			us_scan_segment_sizes(0, 0);
		for (i = 0; i < nt * 5; i++) {
			/* texts and options in changing pairs */
			const char *t = texts[(i + pass) % nt];
			const unspoof_options *o = (i % 7 == 6) ? NULL : &opts[(i * 3 + pass) % 5];
			char what[96];
			snprintf(what, sizeof what, "pass %zu, text %zu, options %d", pass,
			         (i + pass) % nt, o ? (int)(o - opts) : -1);
			one(o, t, strlen(t), what);
			if (i % 5 == 4) {
				snprintf(what, sizeof what, "pass %zu, long text", pass);
				one(o, longt, nlong, what);
			}
		}
	}
	test_reset(texts, nt, longt, nlong);
	test_public_reset(texts, nt, opts, longt, nlong);
	free(longt);
	return test_finish("oneshot");
}
