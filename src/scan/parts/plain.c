/* Which segments the fast path (fast.c) may take as they are, and the
 * light scans that decide it (late articles, Turkish harmony).
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Has seg a Latin o alone between spaces (" o ")? */
static int lone_o_in(const unsigned char *seg, size_t len)
{
	const unsigned char *p = seg, *e = seg + len;
	while (p < e && (p = memchr(p, 'o', (size_t)(e - p))) != NULL) {
		if (p > seg && p[-1] == ' ' && p + 1 < e && p[1] == ' ')
			return 1;
		p++;
	}
	return 0;
}

/* With the substitutions a stream showed (s->shown), decide_pure() may
 * restore a word of one or two letters, a capital first, opening a
 * sentence in a segment without evidence (late_article()), if dom is not
 * Latin (or, in Greek text, a small o alone between Greek words:
 * greek_article_o(); in Cyrillic text, a small letter alone between two
 * words of it: late_letter()). It never restores a word of dom's script,
 * nor one with a letter of its own script that has no twin (w->anchors).
 * Could seg hold such a word? A word of the full pass is one or more runs
 * of letters, which marks and the like may join: its first run would be
 * one of at most two letters that is neither all of script dom nor has
 * such a letter, and does not start with a small ASCII letter unless it
 * is that letter alone in Cyrillic text (other letters are not told apart
 * by case here). */
/* Could c be what late_letter() asks for on either side of its letter:
 * white space on the line or a dot (any character outside ASCII may be
 * white space)? */
static int late_gap(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '.' || c >= 0x80;
}

/* After late_gap() character c, which ends at seg[p]: could a Cyrillic
 * word follow, ASCII white space and dots alone between? */
static int late_gap_after(const unsigned char *seg, size_t len, size_t p, uint32_t c)
{
	if (!late_gap(c))
		return 0;
	while (p < len && (seg[p] == ' ' || seg[p] == '\t' || seg[p] == '\r' || seg[p] == '.'))
		p++;
	return p < len && seg[p] >= 0x80;
}

/* For Cyrillic or Greek text (dom), late_article_in() in one light pass
 * over the bytes of seg (which the fast path found well-formed): 1 when no
 * word can be such a word, as it has no run of one or two ASCII letters and
 * no letter outside ASCII but letters of dom (Cyrillic: D0..D3; Greek: CE
 * CF but the Coptic letters CF A2..AF, and E1 BC..BF); 0 when it may
 * (late_article_in() then looks). The words of such prose are long runs of
 * those letters. */
static int late_none(const unsigned char *seg, size_t len, unsigned dom)
{
	size_t p = 0;
	unsigned run = 0;
	while (p < len) {
		unsigned c = seg[p];
		if (c < 0x80) {
			if ((c | 0x20) - 'a' < 26u) {
				run++;
			} else {
				if (run - 1 < 2u)
					return 0;
				run = 0;
			}
			p++;
			continue;
		}
		if (run - 1 < 2u)
			return 0;
		run = 0;
		if (dom == US_SC_Cyrl ? c >= 0xD0 && c <= 0xD3
		                      : c == 0xCE || (c == 0xCF && p + 1 < len &&
		                                      (seg[p + 1] < 0xA2 || seg[p + 1] > 0xAF)))
			p += 2; /* U+0400..U+04FF, U+0380..U+03FF: no letter of another script */
		else if (dom == US_SC_Grek && c == 0xE1 && p + 1 < len && seg[p + 1] >= 0xBC)
			p += 3; /* U+1F00..U+1FFF, Greek Extended */
		else if (c == 0xE2 && p + 1 < len && seg[p + 1] == 0x80)
			p += 3; /* U+2000..U+203F: spaces, dashes, quotes (no letter) */
		else if (c == 0xC2 && p + 1 < len && seg[p + 1] != 0xAA && seg[p + 1] != 0xB5 &&
		         seg[p + 1] != 0xBA)
			p += 2; /* U+0080..U+00BF but ª µ º */
		else
			return 0;
	}
	return run - 1 >= 2u;
}

static int late_article_scan(const unsigned char *seg, size_t len, unsigned dom);

static int late_article_in(const unsigned char *seg, size_t len, unsigned dom)
{
	if (dom == US_SC_Latn)
		return 0;
	if ((dom == US_SC_Cyrl || dom == US_SC_Grek) && late_none(seg, len, dom))
		return 0;
	return late_article_scan(seg, len, dom);
}

static int late_article_scan(const unsigned char *seg, size_t len, unsigned dom)
{
	size_t p = 0;
	unsigned run = 0;
	uint32_t before = 0;
	int safe = 0, all_dom = 0, small = 0;
	const uint16_t *low = us_fast_low_info();
	/* A small o alone between Greek words (greek_article_o()). */
	if (dom == US_SC_Grek && lone_o_in(seg, len))
		return 1;
	while (p < len) {
		uint32_t cp;
		uint16_t fi;
		unsigned c = seg[p];
		/* us_fast_info(cp), from its table where one or two bytes
		 * (well-formed) hold cp: most of the text this reads. (Its
		 * own decoding: us_utf8_decode() and the table for cp below
		 * US_FAST_LOW_END cost one-shot calls on Russian lines 2%
		 * more instructions, session 23.) */
		if (c < 0x80) {
			cp = c;
			fi = low[cp];
			p++;
		} else if (c >= 0xC2 && c < 0xE0 && p + 1 < len && (seg[p + 1] & 0xC0) == 0x80) {
			cp = (c & 0x1Fu) << 6 | (seg[p + 1] & 0x3Fu);
			fi = low[cp];
			p += 2;
		} else {
			p += us_utf8_decode(seg + p, len - p, &cp);
			fi = cp == US_CP_INVALID ? 0 : us_fast_info(cp);
		}
		if ((fi & US_FI_CLS) != C_LETTER) {
			if (run && run <= 2 && (!safe || (small && run == 1 && late_gap_after(seg, len, p, cp))) &&
			    !all_dom)
				return 1;
			run = 0;
			before = cp;
			continue;
		}
		if (!run++) {
			/* (In Cyrillic text a small ASCII letter alone, no
			 * anchor, between gaps may be late_letter()'s.) */
			small = dom == US_SC_Cyrl && cp >= 'a' && cp <= 'z' && !(fi & US_FI_ANCHOR) &&
			        late_gap(before);
			safe = cp >= 'a' && cp <= 'z';
			all_dom = 1;
		}
		safe |= (fi & US_FI_ANCHOR) != 0;
		all_dom &= US_FI_SCRIPT(fi) == dom;
	}
	return run && run <= 2 && !safe && !all_dom;
}

/* What the code point at seg[j] is to a word (pass 1: runs of letters and
 * marks): -1 no part of one, else a letter or mark of vowel harmony class
 * 1 (front: e i ö ü î İ), 2 (back: a ı o u â û, and I, the capital of ı) or
 * 0 (any other), as us_trlex_harmony() reads it. */
static inline int harmony_at(const unsigned char *seg, size_t j, size_t len)
{
	unsigned c = seg[j], d;
	uint32_t cp;
	if (c < 0x80) {
		/* Two bits a letter, a to z: e i front, a o u back. */
		static const uint64_t cls = 1ull << 2 * ('e' - 'a') | 1ull << 2 * ('i' - 'a') |
		                            2ull << 2 * 0 | 2ull << 2 * ('o' - 'a') | 2ull << 2 * ('u' - 'a');
		d = (c | 0x20) - 'a';
		if (d >= 26)
			return -1;
		return c == 'I' ? 2 : (int)(cls >> 2 * d & 3);
	}
	d = seg[j + 1]; /* well-formed: a continuation byte follows a lead */
	if (c == 0xC4)
		return d == 0xB1 ? 2 : d == 0xB0 ? 1 : 0; /* ı İ, other letters */
	if (c == 0xC5)
		return 0;
	if (c == 0xC3) {
		switch (d | 0x20) {
		case 0xB6: case 0xBC: case 0xAE: return 1; /* ö ü î */
		case 0xA2: case 0xBB: return 2;            /* â û */
		}
		return d == 0x97 || d == 0xB7 ? -1 : 0; /* × ÷ */
	}
	if (us_utf8_decode(seg + j, len - j, &cp) == 0)
		return -1;
	c = us_fast_info(cp) & US_FI_CLS;
	return c == C_LETTER || c == C_MARK ? 0 : -1;
}

/* Has seg[0..len), which the fast path accepted (well-formed), a word
 * with a dotless ı against vowel harmony as decide_orth() looks at it in
 * Turkish text (us_trlex_dotless_against())? */
static int dotless_against_bytes(const unsigned char *seg, size_t len)
{
	const unsigned char *p = seg, *end = seg + len - 1;
	while (p < end && (p = memchr(p, 0xC4, (size_t)(end - p))) != NULL) {
		size_t i = (size_t)(p - seg), j = i;
		int v = 0;
		p++;
		if (*p != 0xB1)
			continue;
		/* The nearest vowel before it in its word. */
		while (j > 0 && v == 0) {
			do
				j--;
			while (j > 0 && (seg[j] & 0xC0) == 0x80);
			v = harmony_at(seg, j, len);
		}
		if (v == 1)
			return 1;
		if (v == 2)
			continue;
		/* If none, the nearest one after it. */
		for (j = i + 2, v = 0; v == 0 && j < len;) {
			v = harmony_at(seg, j, len);
			do
				j++;
			while (j < len && (seg[j] & 0xC0) == 0x80);
		}
		if (v == 1)
			return 1;
	}
	return 0;
}

/* Could decide_pure() restore a word of seg judged against script dom by
 * late_article() (in a stream that showed substitutions, or in Greek or
 * Cyrillic text whose next paragraphs show some)? */
static int late_here(const unspoof_stream *s, const unsigned char *seg, size_t len, unsigned dom)
{
	if (s->shown)
		return late_article_in(seg, len, dom);
	return (dom == US_SC_Grek || dom == US_SC_Cyrl) && ahead(s, dom) && late_article_in(seg, len, dom);
}

/* Is seg plain text to s (see fast_segment())? Its counts are left in s's
 * segment arrays and in *f (meaningless when it is not: the caller must
 * reset them). */
static int fast_check(unspoof_stream *s, const unsigned char *seg, size_t len, struct us_fast *f)
{
	unsigned k;
	if (s->o.leet || s->o.target_script >= 0 || s->carry_evidence || s->carry_exotic ||
	    s->carry_invis_ev)
		return 0;
	memset(f, 0, sizeof *f);
	f->letters = s->seg_letters;
	f->anchors = s->seg_anchor;
	f->seen = s->seg_seen;
	f->nseen = &s->nseg_seen;
	if (!us_fast_segment(seg, len, f))
		return 0;
	/* A dotless ı is plain where decide_orth() leaves it without looking
	 * further: no evidence of obfuscation (none here, nor carried, exotic
	 * Latin letters included: carry_xlatin outlives carry_exotic, in a
	 * shadow state too; nor shown in the last SHOWN_SEGMENTS), and ş, ğ, İ or ə in this paragraph or carried
	 * from the ones before it (Turkish text; most of its paragraphs). */
	if (f->dotless && (f->turkic + s->carry_orth[0] == 0 || s->carry_xlatin || s->carry_dotless || s->shown ||
	                   dotless_against_bytes(seg, len)))
		return 0;
	/* Letters of a script other than Latin without an anchor of it (here
	 * or carried) may be a lone letter that decide_pure() restores without
	 * other evidence (lone_letter()): the full pass judges them. (The
	 * counts made are reset by decide_segment().) */
	for (k = 0; k < s->nseg_seen; k++) {
		unsigned sc = s->seg_seen[k];
		if (sc != US_SC_Latn && s->seg_letters[sc] && !s->seg_anchor[sc] && !s->carry_anchor[sc])
			return 0;
	}
	/* A segment of Cyrillic text with a single Latin letter may have it
	 * alone between two Cyrillic words (sole_letter()), in any stream, if
	 * it is a y, o, a or e (genuine text's single letters are mostly
	 * others, variables such as x or n: a full pass for each cost Russian
	 * text 19% more). */
	if (s->seg_letters[US_SC_Latn] == 1 && s->seg_letters[US_SC_Cyrl] && sole_vowel_in(seg, len))
		return 0;
	/* So in Greek text, if it is an o or an O, in the opening of the text
	 * (sole_article()). */
	if (s->seg_letters[US_SC_Latn] == 1 && s->seg_letters[US_SC_Grek] && in_opening(s) &&
	    sole_o_in(seg, len))
		return 0;
	/* In a stream that showed substitutions (or, in Greek text that
	 * showed none yet, whose next paragraphs show some: ahead(), asked
	 * first, as it reads few bytes), a segment of two scripts may open a
	 * sentence with an article in lookalikes (decide_pure()), if it has a
	 * word that could be one. */
	/* (Before any substitution shown: Greek or Cyrillic text, if the
	 * text after it shows some.) */
	if (s->nseg_seen < 2 || (!s->shown && !s->ahead_n))
		return 1;
	{
		const unsigned dom = dominant_script(s);
		if (late_here(s, seg, len, dom))
			return 0;
		/* A line whose own anchors settle another script has its
		 * words judged against that script (line_doms(): "ш e дн" on
		 * the first line of a paragraph whose other line is Latin):
		 * each script line_doms() may judge a line against is asked
		 * too (fuzz/regressions/scan/fast-line-dom). */
		for (k = 0; k < s->nseg_seen; k++)
			if (line_dom_may(s, s->seg_seen[k], dom) &&
			    late_here(s, seg, len, s->seg_seen[k]))
				return 0;
		return 1;
	}
}

/* Accounts for seg, which fast_check() found plain with counts *f. */
static void fast_take(unspoof_stream *s, const unsigned char *seg, size_t len,
                      const struct us_fast *f)
{
	s->seg_orth[0] = f->turkic; /* as pass 1 counts them, for the carry */
	s->sum.letters += f->nletters;
	s->sum.words += f->nwords;
	if (f->nlines) {
		s->line += f->nlines;
		s->col = f->tail;
	} else {
		s->col += f->tail;
	}
	emit(s, seg, len);
}

/* Plain text (see scan/fast.h) is counted and copied in one light pass. It
 * can only be taken when the options change nothing on plain text and no
 * recent segment showed substitutions (which would make words of lookalike
 * letters suspect) or invisible characters inside words (which make a
 * dotless ı suspect: decide_orth()). */
static int fast_segment(unspoof_stream *s, const unsigned char *seg, size_t len)
{
	struct us_fast f;
	if (!fast_check(s, seg, len, &f))
		return 0;
	fast_take(s, seg, len, &f);
	return 1;
}

/* The counts of plain paragraph q, as fast_segment() leaves them. */
static void set_plain_counts(unspoof_stream *s, const struct us_para *q)
{
	reset_segment_counts(s);
	s->evidence = 0;
	if (q->letters) {
		s->seg_letters[US_SC_Latn] = q->letters;
		s->seg_anchor[US_SC_Latn] = q->anchors;
		s->seg_seen[s->nseg_seen++] = US_SC_Latn;
	}
}

/* Does end_segment() after a plain paragraph reduce to its Latin anchor
 * carry and the digest? It does when no other carry is left (they are all
 * halved or counted down to zero within a few dozen paragraphs, and plain
 * paragraphs add nothing to them). The countdowns shown and fancy_shown
 * included: taken here without end_segment(), plain paragraphs had not
 * counted them down, so that a one-shot call, which takes runs of them
 * here, still restored a lone fancy letter where a stream fed in small
 * chunks, which judges them one by one, had counted fancy_shown to 0
 * (fuzz/regressions/scan/stream-plain-run-countdown). */
static int quiet_carry(const unspoof_stream *s)
{
	unsigned k, any = s->carry_fancy | (unsigned)s->subst_any | (unsigned)s->prev_subst_any |
	                  (unsigned)s->prev_seen_any | s->shown | s->fancy_shown;
	for (k = 0; k < 3; k++)
		any |= s->carry_used[k] | s->carry_left[k];
	any |= s->carry_orth[0] | s->carry_orth[1] | s->carry_dot[0] | s->carry_dot[1] | s->nreadings |
	       s->carry_xlatin | s->carry_invis_ev | s->carry_nonturkic | s->carry_kazakh |
	       s->carry_serbian | s->carry_labels | s->carry_dotless | s->carry_against |
	       s->carry_trk;
	return !any && (s->ncarry == 0 || (s->ncarry == 1 && s->carry_seen[0] == US_SC_Latn));
}

/* Whole runs of plain paragraphs at a segment start b[0..len): each is
 * accounted for as process_segment() would with fast_segment() (same
 * counts, carry, digest and output calls), found by one vector pass over
 * many paragraphs (us_fast_paragraphs()). Returns the bytes taken (whole
 * segments; s->base is the caller's); *rc as from end_segment(). With
 * merge_output the output of each run goes out in one call: the same
 * bytes, and a callback that cannot stop the stream cannot tell (a
 * 16 KiB copy instead of 64 of 250 bytes: 1.3-1.8x faster
 * unspoof_clean_buffer() on 20 MB of prose here). */
static size_t plain_run(unspoof_stream *s, const unsigned char *b, size_t len, int *rc)
{
	struct us_para p[64];
	const struct us_para *last = NULL;
	size_t done = 0, n, k;
	int quiet = 0;
	do {
		size_t from = done;
		n = us_fast_paragraphs(b + done, len - done, s->seg_soft / 32, p, 64);
		if (!n && !done) {
			/* None here: try again after 1, 3, 7, then every 15
			 * segments while none are found. */
			s->plain_miss += s->plain_miss < 4;
			s->plain_skip = (1u << s->plain_miss) - 1;
			return 0;
		}
		if (n)
			s->plain_miss = 0;
		for (k = 0; k < n; k++) {
			const struct us_para *q = &p[k];
			s->sum.letters += q->letters;
			s->sum.words += q->words;
			s->line += q->lines;
			s->col = 0;
			if (!s->merge_output)
				emit(s, b + done, q->len);
			done += q->len;
			if (!quiet)
				quiet = quiet_carry(s);
			if (quiet) {
				/* end_segment() with only the Latin anchors to
				 * carry; the column is 0 after a paragraph. */
				uint64_t h = s->digest ^ s->line;
				uint32_t c = s->carry_anchor[US_SC_Latn] / 2 + q->anchors;
				if (q->letters)
					h = (h ^ ((uint64_t)US_SC_Latn << 56 ^ (uint64_t)q->letters << 24 ^
					          q->anchors)) *
					    0x100000001B3ull;
				s->digest = h * 0x9E3779B97F4A7C15ull;
				s->carry_anchor[US_SC_Latn] = c;
				s->in_carry[US_SC_Latn] = c != 0;
				s->carry_seen[0] = US_SC_Latn;
				s->ncarry = c != 0;
				last = q;
				if (s->aborted) { /* (never with merge_output) */
					set_plain_counts(s, q);
					*rc = UNSPOOF_E_ABORTED;
					s->fast_bytes += done - from;
					return done;
				}
			} else {
				set_plain_counts(s, q);
				if ((*rc = end_segment(s)) != UNSPOOF_OK) {
					if (s->merge_output)
						emit(s, b + from, done - from);
					s->fast_bytes += done - from;
					return done;
				}
			}
		}
		if (s->merge_output)
			emit(s, b + from, done - from);
		s->fast_bytes += done - from;
		if (last) {
			set_plain_counts(s, last);
			last = NULL;
		}
	} while (n == 64);
	return done;
}

/* The checks before plain_run(), inline: they fail at most segment starts
 * of text that is not plain. */
static inline size_t plain_paragraphs(unspoof_stream *s, const unsigned char *b, size_t len,
                                      int *rc)
{
	*rc = UNSPOOF_OK;
	if (s->o.leet || s->o.target_script >= 0 || s->carry_evidence || s->carry_exotic ||
	    s->carry_invis_ev || len < 128 || !s->shadow_same)
		return 0;
	if (s->plain_skip) {
		s->plain_skip--;
		return 0;
	}
	return plain_run(s, b, len, rc);
}
