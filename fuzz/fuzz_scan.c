/* Fuzz target: scan and clean, one-shot, into a buffer and streaming.
 *
 * Input: byte 0 = options, byte 1 = undo mask / extras, bytes 2-3 = seed
 * of the chunking; the rest is the text. With bits 7-6 of byte 2 = 01,
 * streams cut paragraphs after a few hundred bytes (us_scan_segment_sizes(),
 * sizes from bytes 2 and 3), so that short inputs cross cuts. When replayed
 * by tests/unit/test_regressions.c (FUZZ_SCAN_REPLAY), bytes 1-3 = FF FF FF
 * repeat the text past 70 KiB, across the real cuts (too slow to fuzz).
 *
 * Properties:
 *  - the stream, fed in chunks whose sizes come from the seed (0-byte feeds
 *    and cuts inside UTF-8 sequences included), gives exactly the one-shot
 *    results: output bytes, edits, findings and summary;
 *  - clean_buffer gives the same bytes, refuses a buffer one byte short
 *    (BUFFER_TOO_SMALL with the full size, no overflow) and stays within
 *    UNSPOOF_CLEAN_BOUND;
 *  - the offset map: edits in input order, non-overlapping, inside the
 *    input, out_offset consistent; output == input with the edits applied
 *    (so every input byte is kept or replaced by an edit);
 *  - findings in input order, inside the input, with the right line and
 *    column, cp and length; each ill-formed subpart of the input is
 *    reported exactly once as INVALID_UTF8 (reported), and with
 *    UNSPOOF_INVALID_REPLACE and the INVALID kind undone it is replaced by
 *    U+FFFD; every edit lies inside a finding that says undone;
 *  - summary: bytes, edits and per-kind counts match;
 *  - the full pass alone (us_scan_force_full()) gives the same findings,
 *    summary and output as with the fast path;
 *  - clean(clean(x)) == clean(x);
 *  - a callback that stops the stream gives UNSPOOF_E_ABORTED and the
 *    stream stays stopped; feeding after finish gives UNSPOOF_E_STATE. */
#include "fuzz_util.h"
#include "scan/fast.h" /* us_scan_segment_sizes(), us_scan_force_full() */

struct sc_collect {
	char *out;
	size_t olen, ocap;
	unspoof_finding *f;
	size_t nf, fcap;
	unspoof_edit *e;
	size_t ne, ecap;
	long stop_after; /* callbacks before returning non-zero, -1 never */
};

static void sc_grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return;
	*cap = need * 2 + 16;
	*p = realloc(*p, *cap * elem);
	if (!*p)
		abort();
}

static int sc_tick(struct sc_collect *c)
{
	if (c->stop_after < 0)
		return 0;
	return c->stop_after-- == 0;
}

static int sc_on_output(void *ctx, const char *d, size_t n)
{
	struct sc_collect *c = ctx;
	FUZZ_CHECK(n > 0 && d != NULL, "output callback with %zu bytes", n);
	sc_grow((void **)&c->out, &c->ocap, c->olen + n, 1);
	memcpy(c->out + c->olen, d, n);
	c->olen += n;
	return sc_tick(c);
}

static int sc_on_finding(void *ctx, const unspoof_finding *f)
{
	struct sc_collect *c = ctx;
	sc_grow((void **)&c->f, &c->fcap, c->nf + 1, sizeof *f);
	c->f[c->nf++] = *f;
	return sc_tick(c);
}

static int sc_on_edit(void *ctx, const unspoof_edit *e)
{
	struct sc_collect *c = ctx;
	sc_grow((void **)&c->e, &c->ecap, c->ne + 1, sizeof *e);
	c->e[c->ne++] = *e;
	return sc_tick(c);
}

static void sc_free(struct sc_collect *c)
{
	free(c->out);
	free(c->f);
	free(c->e);
}

static int sc_same_finding(const unspoof_finding *a, const unspoof_finding *b)
{
	unsigned k;
	if (a->offset != b->offset || a->line != b->line || a->column != b->column ||
	    a->length != b->length || a->cp != b->cp || a->kind != b->kind ||
	    a->script != b->script || a->imitates_len != b->imitates_len ||
	    a->imitates_script != b->imitates_script || a->confidence != b->confidence ||
	    a->undone != b->undone)
		return 0;
	for (k = 0; k < a->imitates_len && k < 4; k++)
		if (a->imitates[k] != b->imitates[k])
			return 0;
	return 1;
}

static int sc_same_edit(const unspoof_edit *a, const unspoof_edit *b)
{
	return a->in_offset == b->in_offset && a->in_length == b->in_length &&
	       a->out_offset == b->out_offset && a->out_length == b->out_length &&
	       a->kind == b->kind;
}

static int sc_same_summary(const unspoof_summary *a, const unspoof_summary *b)
{
	int k;
	if (a->verdict != b->verdict || a->score != b->score || a->bytes != b->bytes ||
	    a->words != b->words || a->letters != b->letters || a->edits != b->edits)
		return 0;
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		if (a->counts[k] != b->counts[k])
			return 0;
	return 1;
}

/* Lists findings f[0..n) on stderr (a failed property's report). */
static void sc_dump_findings(const char *what, const unspoof_finding *f, size_t n)
{
	size_t k;
	fprintf(stderr, "%s: %zu findings\n", what, n);
	for (k = 0; k < n; k++)
		fprintf(stderr, "  at %llu+%u U+%04X kind %d conf %.2f undone %d\n",
		        (unsigned long long)f[k].offset, (unsigned)f[k].length, (unsigned)f[k].cp, f[k].kind,
		        (double)f[k].confidence, f[k].undone);
}

/* Feeds text to a stream in chunks chosen by rng; returns the status of
 * the first failing call (or of finish). */
static int sc_stream(const unspoof_options *o, const char *text, size_t len, struct fuzz_rng *rng,
                     struct sc_collect *c, unspoof_summary *sum, int with_cb)
{
	unspoof_callbacks cb = {sc_on_output, sc_on_finding, sc_on_edit, c};
	unspoof_stream *st = NULL;
	size_t pos = 0;
	int rc = unspoof_stream_new(o, with_cb ? &cb : NULL, &st);
	unsigned mode = fuzz_rng_next(rng) % 4;
	FUZZ_CHECK(rc == UNSPOOF_OK && st, "stream_new: %d", rc);
	while (pos < len) {
		size_t n;
		uint32_t r = fuzz_rng_next(rng);
		switch (mode) {
		case 0: n = 1; break;                        /* byte at a time */
		case 1: n = r % 8; break;                    /* tiny, with empty feeds */
		case 2: n = r % 300; break;
		default: n = (r & 1) ? r % 70000 : r % 5; break;
		}
		if (n > len - pos)
			n = len - pos;
		rc = unspoof_stream_feed(st, n ? text + pos : NULL, n);
		if (rc) {
			unspoof_stream_free(st);
			return rc;
		}
		pos += n;
	}
	rc = unspoof_stream_finish(st, sum);
	if (rc == UNSPOOF_OK) {
		FUZZ_CHECK(unspoof_stream_feed(st, "x", 1) == UNSPOOF_E_STATE, "feed after finish");
		FUZZ_CHECK(unspoof_stream_finish(st, NULL) == UNSPOOF_E_STATE, "finish twice");
	}
	unspoof_stream_free(st);
	return rc;
}

static void sc_check_map(const char *in, size_t len, const char *out, size_t olen,
                         const unspoof_edit *e, size_t ne, int replace_invalid)
{
	uint64_t ip = 0, op = 0;
	size_t k;
	for (k = 0; k < ne; k++) {
		uint64_t gap;
		FUZZ_CHECK(e[k].in_offset >= ip, "edit %zu starts at %llu, before the previous end %llu",
		           k, (unsigned long long)e[k].in_offset, (unsigned long long)ip);
		FUZZ_CHECK(e[k].in_offset + e[k].in_length <= len && e[k].in_length > 0,
		           "edit %zu [%llu+%llu) outside the input of %zu bytes", k,
		           (unsigned long long)e[k].in_offset, (unsigned long long)e[k].in_length, len);
		FUZZ_CHECK(e[k].kind >= 0 && e[k].kind < UNSPOOF_KIND_COUNT, "edit kind %d", e[k].kind);
		gap = e[k].in_offset - ip;
		FUZZ_CHECK(e[k].out_offset == op + gap, "edit %zu out_offset %llu, expected %llu", k,
		           (unsigned long long)e[k].out_offset, (unsigned long long)(op + gap));
		FUZZ_CHECK(op + gap + e[k].out_length <= olen, "edit %zu goes past the output", k);
		FUZZ_CHECK(!gap || !memcmp(in + ip, out + op, gap),
		           "bytes between edits changed (edit %zu)", k);
		if (e[k].kind == UNSPOOF_KIND_INVALID_UTF8) {
			FUZZ_CHECK(replace_invalid, "an INVALID_UTF8 edit without INVALID_REPLACE");
			FUZZ_CHECK(e[k].out_length == 3 &&
			                   !memcmp(out + op + gap, "\xEF\xBF\xBD", 3),
			           "an INVALID_UTF8 edit does not write U+FFFD");
		} else if (e[k].out_length) {
			FUZZ_CHECK(fuzz_ref_valid(out + op + gap, e[k].out_length),
			           "edit %zu writes ill-formed UTF-8", k);
		}
		ip = e[k].in_offset + e[k].in_length;
		op += gap + e[k].out_length;
	}
	FUZZ_CHECK(olen - op == len - ip && (len == ip || !memcmp(in + ip, out + op, len - ip)),
	           "the text after the last edit differs (in %llu/%zu, out %llu/%zu)",
	           (unsigned long long)ip, len, (unsigned long long)op, olen);
}

static void sc_check_findings(const char *in, size_t len, const unspoof_report *r,
                              const unspoof_cleaned *c, const unspoof_options *o)
{
	size_t i = 0, k = 0, nerr_seen = 0;
	uint64_t line = 1, col = 1, counts[UNSPOOF_KIND_COUNT] = {0};
	uint64_t prev = 0;
	size_t nerr = unspoof_utf8_errors(in, len, NULL, NULL, 0);

	for (k = 0; k < r->nfindings; k++) {
		const unspoof_finding *f = &r->findings[k];
		FUZZ_CHECK(f->kind >= 0 && f->kind < UNSPOOF_KIND_COUNT, "finding kind %d", f->kind);
		counts[f->kind]++;
		FUZZ_CHECK(f->offset >= prev, "finding %zu at %llu before the previous one", k,
		           (unsigned long long)f->offset);
		FUZZ_CHECK(f->offset < len && f->length >= 1 && f->offset + f->length <= len,
		           "finding %zu [%llu+%u) outside the input", k, (unsigned long long)f->offset,
		           f->length);
		FUZZ_CHECK(f->imitates_len <= 4, "imitates_len %u", f->imitates_len);
		FUZZ_CHECK(f->confidence >= 0.0f && f->confidence <= 1.0f, "confidence %f",
		           (double)f->confidence);
		FUZZ_CHECK(f->undone == 0 || f->undone == 1, "undone %d", f->undone);
		FUZZ_CHECK(f->kind != UNSPOOF_KIND_LEET || o->leet, "a LEET finding without leet");
		prev = f->offset;
		/* Walk to the finding, counting lines and columns. */
		while (i < f->offset) {
			uint32_t cp;
			size_t n = unspoof_utf8_decode(in + i, len - i, &cp);
			if (cp == '\n') {
				line++;
				col = 1;
			} else {
				col++;
			}
			i += n;
		}
		FUZZ_CHECK(i == f->offset, "finding %zu at %llu is not on a character boundary", k,
		           (unsigned long long)f->offset);
		FUZZ_CHECK(f->line == line && f->column == col,
		           "finding %zu at %llu: line %llu column %llu, expected %llu:%llu", k,
		           (unsigned long long)f->offset, (unsigned long long)f->line,
		           (unsigned long long)f->column, (unsigned long long)line,
		           (unsigned long long)col);
		{
			uint32_t cp;
			size_t n = unspoof_utf8_decode(in + i, len - i, &cp);
			if (f->kind == UNSPOOF_KIND_INVALID_UTF8) {
				FUZZ_CHECK(cp == UNSPOOF_CP_INVALID && f->length == n &&
				                   f->cp == (unsigned char)in[i] && f->script == -1,
				           "INVALID_UTF8 finding %zu does not match the input", k);
				nerr_seen++;
			} else {
				FUZZ_CHECK(cp == f->cp && cp != UNSPOOF_CP_INVALID,
				           "finding %zu: cp U+%04X, input has U+%04X", k, (unsigned)f->cp,
				           (unsigned)cp);
				FUZZ_CHECK(f->kind == UNSPOOF_KIND_MARKS ? f->length > n : f->length == n,
				           "finding %zu (kind %d): length %u, character is %zu bytes", k,
				           f->kind, f->length, n);
			}
		}
	}
	FUZZ_CHECK(nerr_seen == nerr, "%zu ill-formed subparts, %zu INVALID_UTF8 findings", nerr,
	           nerr_seen);
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		FUZZ_CHECK(counts[k] == r->summary.counts[k], "summary counts[%zu] %llu, findings %llu",
		           k, (unsigned long long)r->summary.counts[k], (unsigned long long)counts[k]);
	FUZZ_CHECK(r->summary.bytes == len, "summary bytes %llu != %zu",
	           (unsigned long long)r->summary.bytes, len);
	FUZZ_CHECK(c->summary.edits == c->nedits, "summary edits %llu != %zu edits",
	           (unsigned long long)c->summary.edits, c->nedits);
	FUZZ_CHECK(r->summary.verdict >= 0 && r->summary.verdict <= 2, "verdict %d",
	           r->summary.verdict);
	FUZZ_CHECK(r->summary.score >= 0.0 && r->summary.score <= 1.0, "score %f",
	           r->summary.score);

	/* Each edit lies inside a finding that says undone. Findings are
	 * sorted by offset; a finding covering the edit starts at most maxlen
	 * bytes before it. */
	{
		size_t j = 0;
		uint32_t maxlen = 1;
		for (k = 0; k < r->nfindings; k++)
			if (r->findings[k].length > maxlen)
				maxlen = r->findings[k].length;
		for (k = 0; k < c->nedits; k++) {
			const unspoof_edit *e = &c->edits[k];
			int ok = 0;
			size_t m;
			while (j < r->nfindings && r->findings[j].offset <= e->in_offset)
				j++;
			for (m = j; m-- > 0;) {
				const unspoof_finding *f = &r->findings[m];
				if (f->offset + maxlen < e->in_offset)
					break;
				if (f->undone && f->kind == e->kind && f->offset <= e->in_offset &&
				    e->in_offset + e->in_length <= f->offset + f->length) {
					ok = 1;
					break;
				}
			}
			FUZZ_CHECK(ok, "edit %zu [%llu+%llu) kind %d is inside no undone finding", k,
			           (unsigned long long)e->in_offset, (unsigned long long)e->in_length,
			           e->kind);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unspoof_options o;
	struct fuzz_rng rng;
	size_t len, k;
	char *text;
	unspoof_report *rep = NULL;
	unspoof_cleaned *cl = NULL, *cl2 = NULL;
	struct sc_collect sc;
	unspoof_summary ssum;
	int rc, replace_invalid, big;

	if (size < 4)
		return 0;
	unspoof_options_init(&o);
	o.invalid = (data[0] & 1) ? UNSPOOF_INVALID_REPLACE : UNSPOOF_INVALID_KEEP;
	o.keep_invisible = (data[0] >> 1) & 1;
	o.leet = (data[0] >> 2) & 1;
	switch ((data[0] >> 3) & 7) {
	case 1: o.target_script = unspoof_script_from_name("Latn"); break;
	case 2: o.target_script = unspoof_script_from_name("Cyrl"); break;
	case 3: o.target_script = unspoof_script_from_name("Grek"); break;
	case 4: o.target_script = data[1] % unspoof_script_count(); break;
	default: break;
	}
	if (data[0] & 0x40) {
		int sc_ = unspoof_script_from_name((data[0] & 0x80) ? "Latn" : "Cyrl");
		if (sc_ >= 0)
			o.forbid.bits[sc_ / 64] |= (uint64_t)1 << (sc_ % 64);
	}
	if ((data[0] & 0x80) && data[1] != 0xFF)
		o.undo = data[1] & 0x7F;
	rng.x = (uint64_t)data[2] << 8 | data[3] | 0x100;

	/* Big inputs are for replaying regressions only: under libFuzzer they
	 * took a third of the corpus and ~0.5 s each, and the small cuts reach
	 * the same code with short inputs. */
#ifdef FUZZ_SCAN_REPLAY
	big = data[1] == 0xFF && data[2] == 0xFF && data[3] == 0xFF && size > 4;
#else
	big = 0;
#endif
	/* Small paragraph cuts (soft 64..568, hard 64..316 bytes later) for a
	 * quarter of the inputs: the cut logic with inputs of a few hundred
	 * bytes, far faster than tiling past 68 KiB. */
	if ((data[2] & 0xC0) == 0x40) {
		size_t soft = 64 + (size_t)(data[3] & 0x3F) * 8;
		us_scan_segment_sizes(soft, soft + 64 + (size_t)(data[2] & 0x3F) * 4);
	} else {
		us_scan_segment_sizes(0, 0);
	}
	if (big) {
		/* Large input: the text repeated past the hard paragraph cut
		 * (68 KiB). Rare (three bytes select it): it is slow, and the
		 * small cuts above reach the same logic with short inputs. */
		size_t unit = size - 4, n = (70u * 1024u) / unit + 1;
		len = unit * n;
		text = fuzz_xmalloc(len);
		for (k = 0; k < n; k++)
			memcpy(text + k * unit, data + 4, unit);
	} else {
		len = size - 4;
		text = fuzz_copy(data + 4, len);
	}
	replace_invalid = o.invalid == UNSPOOF_INVALID_REPLACE &&
	                  (o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_INVALID_UTF8));

	rc = unspoof_scan(&o, text, len, &rep);
	FUZZ_CHECK(rc == UNSPOOF_OK && rep, "scan: %d", rc);
	rc = unspoof_clean(&o, text, len, &cl);
	FUZZ_CHECK(rc == UNSPOOF_OK && cl, "clean: %d", rc);
	FUZZ_CHECK(cl->text && cl->text[cl->len] == '\0', "clean text not NUL-terminated");
	FUZZ_CHECK(cl->len <= UNSPOOF_CLEAN_BOUND(len), "clean output %zu > bound for %zu", cl->len,
	           len);
	FUZZ_CHECK(sc_same_summary(&rep->summary, &cl->summary), "scan and clean summaries differ");

	sc_check_map(text, len, cl->text, cl->len, cl->edits, cl->nedits, replace_invalid);
	sc_check_findings(text, len, rep, cl, &o);
	if (replace_invalid)
		FUZZ_CHECK(fuzz_ref_valid(cl->text, cl->len), "REPLACE output is ill-formed");
	if (fuzz_ref_valid(text, len))
		FUZZ_CHECK(fuzz_ref_valid(cl->text, cl->len), "clean made well-formed text ill-formed");

	/* Streaming with chunks from the seed gives the one-shot results. */
	memset(&sc, 0, sizeof sc);
	sc.stop_after = -1;
	rc = sc_stream(&o, text, len, &rng, &sc, &ssum, 1);
	FUZZ_CHECK(rc == UNSPOOF_OK, "stream: %d", rc);
	if (sc.olen != cl->len || (sc.olen && memcmp(sc.out, cl->text, sc.olen))) {
		fuzz_dump("one-shot", cl->text, cl->len);
		fuzz_dump("streamed", sc.out, sc.olen);
		fuzz_fail(__FILE__, __LINE__, "streamed output differs from clean()");
	}
	FUZZ_CHECK(sc.ne == cl->nedits, "stream: %zu edits, clean: %zu", sc.ne, cl->nedits);
	for (k = 0; k < sc.ne; k++)
		FUZZ_CHECK(sc_same_edit(&sc.e[k], &cl->edits[k]), "edit %zu differs when streamed", k);
	if (sc.nf != rep->nfindings) {
		sc_dump_findings("scan", rep->findings, rep->nfindings);
		sc_dump_findings("streamed", sc.f, sc.nf);
		fuzz_fail(__FILE__, __LINE__, "stream: %zu findings, scan: %zu", sc.nf, rep->nfindings);
	}
	for (k = 0; k < sc.nf; k++)
		FUZZ_CHECK(sc_same_finding(&sc.f[k], &rep->findings[k]),
		           "finding %zu differs when streamed (offset %llu vs %llu)", k,
		           (unsigned long long)sc.f[k].offset,
		           (unsigned long long)rep->findings[k].offset);
	FUZZ_CHECK(sc_same_summary(&ssum, &rep->summary), "streamed summary differs");
	sc_free(&sc);

	/* Without callbacks: the summary only. */
	if (!big) {
		rc = sc_stream(&o, text, len, &rng, NULL, &ssum, 0);
		FUZZ_CHECK(rc == UNSPOOF_OK && sc_same_summary(&ssum, &rep->summary),
		           "stream without callbacks: %d", rc);
	}

	/* A callback stopping the stream. */
	if (!big) {
		memset(&sc, 0, sizeof sc);
		sc.stop_after = (long)(fuzz_rng_next(&rng) % 4);
		rc = sc_stream(&o, text, len, &rng, &sc, NULL, 1);
		FUZZ_CHECK(rc == UNSPOOF_OK || rc == UNSPOOF_E_ABORTED, "stopped stream: %d", rc);
		if (rc == UNSPOOF_E_ABORTED)
			FUZZ_CHECK(sc.stop_after == -1, "ABORTED but no callback asked to stop");
		sc_free(&sc);
	}

	/* clean_buffer (not for big inputs: three more passes over 70 KiB,
	 * and nothing about it depends on the size). */
	if (!big) {
		size_t need = 0, got = 0;
		char *buf;
		rc = unspoof_clean_buffer(&o, text, len, NULL, 0, &need);
		FUZZ_CHECK(need == cl->len && rc == (need ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK),
		           "clean_buffer size query: rc %d need %zu, clean len %zu", rc, need, cl->len);
		if (need) {
			buf = fuzz_xmalloc(need - 1);
			rc = unspoof_clean_buffer(&o, text, len, need > 1 ? buf : NULL, need - 1, &got);
			FUZZ_CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && got == need,
			           "clean_buffer one byte short: rc %d got %zu", rc, got);
			if (need > 1)
				FUZZ_CHECK(!memcmp(buf, cl->text, need - 1), "clean_buffer partial bytes");
			free(buf);
		}
		buf = fuzz_xmalloc(need);
		rc = unspoof_clean_buffer(&o, text, len, need ? buf : NULL, need, &got);
		FUZZ_CHECK(rc == UNSPOOF_OK && got == need && (!need || !memcmp(buf, cl->text, need)),
		           "clean_buffer into an exact buffer: rc %d", rc);
		free(buf);
	}

	/* The fast path changes nothing: with the full pass forced on every
	 * paragraph, the same findings, summary and output. */
	if (!big) {
		unspoof_report *frep = NULL;
		unspoof_cleaned *fcl = NULL;
		us_scan_force_full(1);
		rc = unspoof_scan(&o, text, len, &frep);
		FUZZ_CHECK(rc == UNSPOOF_OK && frep, "scan, full pass forced: %d", rc);
		rc = unspoof_clean(&o, text, len, &fcl);
		us_scan_force_full(0);
		FUZZ_CHECK(rc == UNSPOOF_OK && fcl, "clean, full pass forced: %d", rc);
		FUZZ_CHECK(sc_same_summary(&frep->summary, &rep->summary),
		           "summary differs with the full pass forced");
		FUZZ_CHECK(frep->nfindings == rep->nfindings, "%zu findings with the full pass forced, %zu",
		           frep->nfindings, rep->nfindings);
		for (k = 0; k < rep->nfindings; k++)
			FUZZ_CHECK(sc_same_finding(&frep->findings[k], &rep->findings[k]),
			           "finding %zu differs with the full pass forced", k);
		if (fcl->len != cl->len || memcmp(fcl->text, cl->text, cl->len)) {
			fuzz_dump("fast path", cl->text, cl->len);
			fuzz_dump("full pass", fcl->text, fcl->len);
			fuzz_fail(__FILE__, __LINE__, "output differs with the full pass forced");
		}
		unspoof_cleaned_free(fcl);
		unspoof_report_free(frep);
	}

	/* Idempotence (steered around while variants are open: see
	 * tests/FUZZING.md, "Pending reproducers"). */
	if (fuzz_known("idempotence")) {
		unspoof_cleaned_free(cl);
		unspoof_report_free(rep);
		free(text);
		return 0;
	}
	rc = unspoof_clean(&o, cl->text, cl->len, &cl2);
	FUZZ_CHECK(rc == UNSPOOF_OK, "clean of clean: %d", rc);
	if (cl2->len != cl->len || memcmp(cl2->text, cl->text, cl->len)) {
		fuzz_dump("input", text, len);
		fuzz_dump("clean(x)", cl->text, cl->len);
		fuzz_dump("clean(clean(x))", cl2->text, cl2->len);
		fuzz_fail(__FILE__, __LINE__, "clean is not idempotent (options %02x %02x)", data[0],
		          data[1]);
	}
	unspoof_cleaned_free(cl2);
	unspoof_cleaned_free(cl);
	unspoof_report_free(rep);
	free(text);
	return 0;
}
