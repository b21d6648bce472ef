/* clean(clean(x)) == clean(x) by construction: a segment's output judged
 * again from the state a second clean() would be in (settle_output()),
 * and what that changes merged in; judging and writing a segment.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* After pass 3 (or a segment's output judged): what the next segments
 * carry of its letters. */
static int finish_segment(unspoof_stream *s)
{
	/* For the next segments' dotless ı (carry_nonturkic), only after an
	 * obfuscated one. */
	if (s->evidence + s->carry_evidence + s->exotic + s->carry_exotic > 0) {
		nonturkic_letters(s);
		kazakh_letters(s);
		s->serbian = serbian_seen(s);
		s->labels = labels_in(s, s->nw_seg, s->nw_seg);
		carry_seen(s);
	} else {
		s->nonturkic = 0;
		s->kazakh = 0;
		s->serbian = 0;
		/* A state judging clean()'s output (silent) sees no evidence
		 * there, but looks ahead as this stream does (lend()): it
		 * keeps the labels this stream kept, or it would restore
		 * the next label as a sentence's capital ("Y кордината"). */
		s->labels = s->silent ? labels_in(s, s->nw_seg, s->nw_seg) : 0;
	}
	return end_segment(s);
}

/* Work state x judges with s's buffers and caches (they may grow), and
 * writes nothing. It looks ahead (ahead()) at the input after the segment,
 * as s does: a second clean would look at the output there, which clean
 * has not written yet, and the input shows at least the substitutions the
 * output still shows. Without it, a shadow state took a paragraph whose
 * only substitution was a Latin e between Macedonian words ("не e
 * достапен", kept by s as a Kazakh paragraph before it was carried) as
 * plain, while a second clean restored it because the German paragraph
 * after it, obfuscated at a rate of 1, kept mixed words ("аuсһ"):
 * fuzz/regressions/scan/idempotence-ahead-shadow. */
static void lend(unspoof_stream *x, const unspoof_stream *s)
{
	x->ahead_p = s->ahead_p;
	x->ahead_n = s->ahead_n;
	x->ahead_off = s->ahead_off;
	x->out_off = s->out_off;
	x->u = s->u2;
	x->ucap = s->u2cap;
	x->w = s->w2;
	x->wcap = s->w2cap;
	x->scache = s->scache;
	x->rhist = s->rhist;
	x->nrated = s->nrated;
	x->nscored = s->nscored;
	x->alpha_made = s->alpha_made;
	x->silent = 1;
}

static void give_back(unspoof_stream *s, const unspoof_stream *x)
{
	s->u2 = x->u;
	s->u2cap = x->ucap;
	s->w2 = x->w;
	s->w2cap = x->wcap;
	s->scache = x->scache;
	s->rhist = x->rhist;
	s->nrated = x->nrated;
	s->nscored = x->nscored;
	s->alpha_made = x->alpha_made;
}

/* Is every carried fact of a and b the same (so that they judge every
 * segment alike)? */
static int same_carry(const unspoof_stream *a, const unspoof_stream *b)
{
	unsigned k;
	if (a->ncarry != b->ncarry || a->carry_evidence != b->carry_evidence ||
	    a->shown != b->shown || a->carry_exotic != b->carry_exotic || a->carry_xlatin != b->carry_xlatin ||
	    a->carry_dotless != b->carry_dotless || a->carry_against != b->carry_against ||
	    a->carry_trk != b->carry_trk ||
	    a->carry_invis_ev != b->carry_invis_ev || a->carry_fancy != b->carry_fancy ||
	    a->fancy_shown != b->fancy_shown ||
	    a->carry_nonturkic != b->carry_nonturkic || a->carry_kazakh != b->carry_kazakh ||
	    a->carry_serbian != b->carry_serbian || a->carry_labels != b->carry_labels ||
	    a->nreadings != b->nreadings || a->prev_subst_any != b->prev_subst_any ||
	    a->prev_seen_any != b->prev_seen_any || a->prev_cyrillic != b->prev_cyrillic ||
	    a->nlex != b->nlex || a->lex_sum != b->lex_sum)
		return 0;
	for (k = 0; k < a->ncarry; k++)
		if (a->carry_seen[k] != b->carry_seen[k] ||
		    a->carry_anchor[a->carry_seen[k]] != b->carry_anchor[a->carry_seen[k]])
			return 0;
	for (k = 0; k < a->nreadings; k++)
		if (a->readings[k].src != b->readings[k].src || a->readings[k].dst != b->readings[k].dst ||
		    a->readings[k].n != b->readings[k].n)
			return 0;
	return !memcmp(a->carry_used, b->carry_used, sizeof a->carry_used) &&
	       !memcmp(a->carry_left, b->carry_left, sizeof a->carry_left) &&
	       !memcmp(a->carry_orth, b->carry_orth, sizeof a->carry_orth) &&
	       !memcmp(a->carry_dot, b->carry_dot, sizeof a->carry_dot) &&
	       (!a->prev_subst_any || !memcmp(a->prev_subst, b->prev_subst, sizeof a->prev_subst)) &&
	       (!a->prev_seen_any || !memcmp(a->prev_seen, b->prev_seen, sizeof a->prev_seen));
}

/* Does clean() change the bytes of any of the units a[0..n)? */
static int segment_changes(const unspoof_stream *s, const struct unit *a, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		const struct unit *u = &a[i];
		if (!plain_unit(u) && unit_change(s, u) &&
		    (u->cls == C_INVALID || u->repl != u->cp))
			return 1;
	}
	return 0;
}

#define OMAP_NONE UINT32_MAX

/* Writes what clean() makes of seg with units u[0..n) into s->obuf, then
 * the next bytes of the input after it (up to 4, as keep_apart() may
 * read: the start of the next segment); with map, where each unit went
 * (map[i], OMAP_NONE: removed). Returns the length written. */
static size_t render(unspoof_stream *s, struct unit *u, size_t n, const unsigned char *seg,
                     size_t avail, uint32_t *map)
{
	size_t i = 0, o = 0, len = n ? u[n - 1].off + u[n - 1].len : 0;
	/* A sentinel after the last unit ends the runs below (decide_segment()
	 * made room for one more unit than it used). */
	u[n].kind = UNSPOOF_KIND_LOOKALIKE;
	while (i < n) {
		/* A run of units written as they are (an ill-formed subpart
		 * always has its finding): one copy. */
		size_t j = i;
		while (plain_unit(&u[j])) /* (the sentinel ends the run) */
			j++;
		if (j < n && !unit_change(s, &u[j]))
			j++;
		if (j > i) {
			size_t from = u[i].off, to = j < n ? u[j].off : len;
			if (map)
				for (; i < j; i++)
					map[i] = (uint32_t)(o + u[i].off - from);
			memcpy(s->obuf + o, seg + from, to - from);
			o += to - from;
			i = j;
			continue;
		}
		if (map)
			map[i] = u[i].cls != C_INVALID && u[i].repl == REPL_DELETE ? OMAP_NONE : (uint32_t)o;
		if (u[i].cls == C_INVALID)
			o += us_utf8_encode(0xFFFD, s->obuf + o);
		else if (u[i].repl != REPL_DELETE)
			o += us_utf8_encode(u[i].repl, s->obuf + o);
		i++;
	}
	memcpy(s->obuf + o, seg + len, avail < 4 ? avail : 4);
	return o;
}

/* Takes into the units a[0..n) of a segment what clean() would do to
 * their rendering (render(), where s->omap maps them) with units
 * b[0..nb): a unit written as it
 * is takes b's finding, a unit already changed is written as b writes
 * it. Returns 0, changing nothing, when b's units are not the rendered
 * ones or a change cannot be told with one finding per unit. */
/* The last of the units a[from..n) that covers want units rendered
 * (s->omap), from included (a span counted in a's units). */
static size_t rendered_span_end(const unspoof_stream *s, size_t from, size_t n, unsigned want)
{
	size_t k = from, m = 1;
	while (m < want && k + 1 < n) {
		k++;
		m += s->omap[k] != OMAP_NONE;
	}
	return k;
}

static int merge_units(const unspoof_stream *s, struct unit *a, size_t n, const struct unit *b,
                       size_t nb)
{
	size_t i = 0, j;
	int pass;
	for (pass = 0; pass < 2; pass++) {
		for (i = 0, j = 0; j < nb; j++, i++) {
			const struct unit *v = &b[j];
			struct unit *x;
			int acts;
			while (i < n && s->omap[i] == OMAP_NONE)
				i++;
			if (i == n || s->omap[i] != v->off)
				return 0;
			x = &a[i];
			acts = unit_change(s, v) || (v->kind == UNSPOOF_KIND_MARKS && undone(s, v));
			if (!acts || (v->repl == v->cp && v->kind != UNSPOOF_KIND_MARKS))
				continue;
			if (!unit_change(s, x)) {
				if (x->kind == UNSPOOF_KIND_MARKS && v->kind != UNSPOOF_KIND_MARKS &&
				    x->cls == C_LETTER && v->cls == C_LETTER && x->span > 1 && i + 1 < n &&
				    a[i + 1].cls == C_MARK) {
					/* The base of a stack of marks gets a finding
					 * of its own (the stack gone, a second clean
					 * reads the letter in its word): the marks'
					 * finding moves to the first mark, where
					 * decide_marks() puts it for such a base. */
					if (pass) {
						struct unit *mk = &a[i + 1];
						mk->kind = UNSPOOF_KIND_MARKS;
						mk->conf = x->conf;
						mk->span = (uint8_t)(x->span - 1);
						mk->imit_script = mk->script;
						x->span = 1;
					}
				} else if (x->kind == UNSPOOF_KIND_MARKS && x->cls == C_MARK &&
				           v->cls == C_MARK && v->kind == NO_KIND &&
				           v->repl == REPL_DELETE) {
					/* A mark that carries the finding of a stack
					 * kept (on an invisible character the output
					 * deletes: "Д", U+200C, three marks and the
					 * same three again, whose repeats alone
					 * went) that the output stacks on the letter
					 * before, whose stack it undoes: the mark
					 * goes too, its finding staying where it is
					 * (fuzz/regressions/scan/idempotence-marks-
					 * on-invisible). */
					if (pass)
						x->repl = REPL_DELETE;
					continue;
				} else if ((x->kind == UNSPOOF_KIND_MARKS &&
				            v->kind != UNSPOOF_KIND_MARKS) ||
				           v->cls != x->cls) {
					/* (Marks on marks: a base whose stack was
					 * undone, under a second stack that an
					 * invisible character deleted had kept apart,
					 * "l" and three marks, U+200C, three more;
					 * its finding spans both, below.) */
					return 0;
				}
				if (v->kind == UNSPOOF_KIND_MARKS) {
					/* Its span, counted in a's units. */
					size_t k = rendered_span_end(s, i, n, v->span);
					if (k - i + 1 > 255)
						return 0;
					if (pass)
						x->span = (uint8_t)(k - i + 1);
				}
				if (!pass)
					continue;
				x->repl = v->repl;
				x->conf = x->kind == UNSPOOF_KIND_MARKS && x->conf > v->conf ? x->conf : v->conf;
				x->kind = v->kind;
				x->imit_script = v->imit_script;
			} else {
				if (v->kind == UNSPOOF_KIND_MARKS) {
					/* A base with a finding of its own (a
					 * lookalike restored) under marks the output
					 * shows stacked on it (an invisible character
					 * between them deleted): the marks' finding
					 * goes on the first mark, as decide_marks()
					 * puts it for such a base, or an ill-formed
					 * byte replaced (fuzz_scan: "l\u200C" and
					 * three marks, restored into Cyrillic, and
					 * marks on a byte 0xAA split by U+202A, kept
					 * their marks until a second clean). */
					size_t k = i + 1, e;
					while (k < n && s->omap[k] == OMAP_NONE)
						k++;
					if (k == n || j + 1 >= nb || a[k].cls != C_MARK ||
					    unit_change(s, &a[k]) || s->omap[k] != b[j + 1].off)
						return 0;
					e = rendered_span_end(s, k, n, v->span > 1 ? v->span - 1u : 1u);
					if (e - k + 1 > 255)
						return 0;
					if (pass) {
						/* (A mark that carries a stack's
						 * finding already keeps its span and
						 * the higher confidence: the stack
						 * may go on past the marks the
						 * output stacks on the letter.) */
						size_t sp = e - k + 1;
						uint8_t conf = v->conf;
						if (a[k].kind == UNSPOOF_KIND_MARKS) {
							sp = a[k].span > sp ? a[k].span : sp;
							conf = a[k].conf > conf ? a[k].conf : conf;
						}
						a[k].kind = UNSPOOF_KIND_MARKS;
						a[k].conf = conf;
						a[k].span = (uint8_t)sp;
						a[k].imit_script = a[k].script;
						a[k].repl = b[j + 1].repl;
					}
					continue;
				}
				if (x->cls == C_INVALID)
					return 0;
				if (pass) {
					x->repl = v->repl == x->cp ? REPL_KEEP : v->repl;
					if (v->repl != REPL_DELETE)
						x->imit_script = v->imit_script;
				}
			}
		}
		while (i < n && s->omap[i] == OMAP_NONE)
			i++;
		if (i != n)
			return 0;
	}
	return 1;
}

/* How many times a segment's output is judged again at most. A judgment
 * may take one more round per letter where restoring a letter changes how
 * the next one is judged: a paragraph's dotless ı are read as no Turkish
 * where it reads foreign by TR_TEXT_FOREIGN for each ı it writes (decide_orth()),
 * so each ı restored makes the bar lower for the others, and a ı restored
 * is evidence (dotless_ev) only for the words after it. fuzz_scan found
 * such a paragraph of six ı that settled in five rounds
 * (fuzz/regressions/scan/idempotence-dotless-cascade). Rounds after the
 * first are taken only while the output still changes; a longer chain
 * stays unsettled (tests/FUZZING.md). */
#define SETTLE_ROUNDS 8

/* clean() is idempotent by construction: what it writes for a segment is
 * judged again, as a second clean() would judge it, from the state that
 * one would be in (the shadow state st[shadow_ix], or this stream's own
 * before the segment, st[ST_FROM], while the two are the same); what that
 * would change is taken into the segment's units (merge_units()), until
 * nothing would change. The state that judged the output last is the
 * shadow state for the next segment. While it differs from this stream's
 * own (which judged the input and carries its evidence on: a second
 * clean() carries less), process_segment() judges every segment twice;
 * text with nothing to undo keeps the two the same and never comes here.
 * s->u[0..n) are the units of seg as decided (passes 1 and 2); changed:
 * segment_changes() of them. */
static int settle_output(unspoof_stream *s, const unsigned char *seg, size_t len, size_t avail,
                         size_t n, int changed)
{
	const unsigned char *cur = seg;
	size_t curlen = len, cap = 4 * len + 8, nb = 0, round, i;
	int rc = UNSPOOF_OK, fast = 0;
	const unsigned from = s->shadow_same ? ST_FROM : s->shadow_ix;
	const unsigned wix = s->shadow_ix == ST_SHADOW_A ? ST_SHADOW_B : ST_SHADOW_A;
	unspoof_stream *x = &s->st[wix];
	if (s->obufcap < cap) {
		unsigned char *b = realloc(s->obuf, cap);
		uint32_t *m = realloc(s->omap, (cap / 4) * sizeof *m);
		if (b)
			s->obuf = b;
		if (m)
			s->omap = m;
		if (!b || !m)
			return UNSPOOF_E_NOMEM;
		s->obufcap = cap;
	}
	for (round = 0;; round++) {
		if (round || changed) {
			curlen = render(s, s->u, n, seg, avail, NULL);
			cur = s->obuf;
		}
		*x = s->st[from];
		lend(x, s);
		reset_segment_counts(x);
		x->evidence = 0;
		fast = fast_segment(x, cur, curlen);
		/* Room for its units: at most one per byte, so the output's
		 * length when it is no longer than the input (the array is
		 * already that big); else they are counted, so that letters
		 * written with more bytes (a -> а) do not grow it for nothing. */
		if (!fast)
			rc = decide_segment(x, cur, curlen, cur == seg || avail < 4 ? avail : 4,
			                    curlen <= len ? curlen
			                                  : unspoof_utf8_count((const char *)cur, curlen),
			                    &nb);
		give_back(s, x);
		if (fast || rc != UNSPOOF_OK || !segment_changes(s, x->u, nb))
			break;
		if (round + 1 == SETTLE_ROUNDS)
			break;
		if (cur == seg)
			for (i = 0; i < n; i++)
				s->omap[i] = s->u[i].off;
		else
			render(s, s->u, n, seg, avail, s->omap);
		if (!merge_units(s, s->u, n, x->u, nb))
			break;
	}
	s->shadow_same = 0;
	if (rc != UNSPOOF_OK)
		return rc;
	lend(x, s);
	if (fast)
		end_segment(x);
	else
		finish_segment(x);
	give_back(s, x);
	s->shadow_ix = wix;
	return UNSPOOF_OK;
}

/* While the shadow state differs from this stream's, is seg plain text to
 * both (fast_segment() takes it from either state)? Then settle_output()
 * would take it on the fast path from the shadow state as it is (the
 * output is the input) and this stream would write it unchanged: the
 * shadow state is advanced as settle_output() would, and this stream is
 * left for end_segment(). Otherwise neither state is changed. A segment
 * with a finding in genuine text (a typo such as "/dev/sdbи") otherwise
 * sends the next 64 segments through both full passes, as long as
 * late_article()'s s->shown differs from the shadow's: 12% of the bytes
 * of eval/corpus/ru, 14% of el. */
static int fast_both(unspoof_stream *s, const unsigned char *seg, size_t len)
{
	const unsigned wix = s->shadow_ix == ST_SHADOW_A ? ST_SHADOW_B : ST_SHADOW_A;
	unspoof_stream *x = &s->st[wix];
	struct us_fast f, g;
	if (!fast_check(s, seg, len, &f))
		return 0;
	*x = s->st[s->shadow_ix];
	lend(x, s);
	reset_segment_counts(x);
	x->evidence = 0;
	if (!fast_check(x, seg, len, &g))
		return 0;
	fast_take(x, seg, len, &g);
	end_segment(x);
	give_back(s, x);
	s->shadow_ix = wix;
	fast_take(s, seg, len, &f);
	return 1;
}

/* process_segment()'s answer when it needs AHEAD_BYTES after the segment
 * first (the caller feeds more, and asks again). */
#define SEG_WAIT 1

/* Could ahead() be asked about seg[0..len): a stream that showed no
 * substitutions, Greek letters (CE, CF, E1 lead bytes) and a word that could
 * be late_article()'s (late_article_in())? */
static int may_look_ahead(const unspoof_stream *s, const unsigned char *seg, size_t len)
{
	return !s->shown &&
	       (((memchr(seg, 0xCE, len) || memchr(seg, 0xCF, len) || memchr(seg, 0xE1, len)) &&
	         late_article_in(seg, len, US_SC_Grek)) ||
	        ((memchr(seg, 0xD0, len) || memchr(seg, 0xD1, len)) &&
	         late_article_in(seg, len, US_SC_Cyrl)));
}

static int judge_segment(unspoof_stream *s, const unsigned char *seg, size_t len, size_t avail);

/* Judges and writes segment seg[0..len); avail bytes after it are readable
 * (the start of the next segment, 0 at the end of the input). Returns
 * SEG_WAIT, doing nothing, where ahead() may be asked and fewer than
 * AHEAD_BYTES are readable before the end of the input. */
static int process_segment(unspoof_stream *s, const unsigned char *seg, size_t len, size_t avail)
{
	int rc;
	/* (Nothing after the end of the input: ahead() would have no byte
	 * to read. The last segment of every one-shot call on a line.) */
	if (!in_opening(s) || len > AHEAD_BYTES || (s->finishing && !avail))
		return judge_segment(s, seg, len, avail);
	/* ahead() answers only where the stream waited for its bytes (or
	 * the end of the input): elsewhere (ahead_n 0) it answers no, or the
	 * answer would depend on how many bytes the caller had fed so far
	 * (fuzz_scan: a Greek "Το" in text carried as Cyrillic was restored
	 * as Cyrillic "То" by a one-shot call, which had the 3 bytes after
	 * the paragraph, and not by a stream fed a byte at a time:
	 * fuzz/regressions/scan/stream-ahead-unwaited). (The shadow state,
	 * which judges the output with this stream's lookahead (lend()), may
	 * ask where this stream does not: one that shows no substitution
	 * after a paragraph that this stream found obfuscated.) */
	if (!may_look_ahead(s, seg, len) &&
	    (s->shadow_same || !may_look_ahead(&s->st[s->shadow_ix], seg, len)))
		return judge_segment(s, seg, len, avail);
	if (avail < AHEAD_BYTES && !s->finishing)
		return SEG_WAIT;
	s->ahead_p = seg + len;
	s->ahead_n = avail < AHEAD_BYTES ? avail : AHEAD_BYTES;
	s->ahead_off = s->base + len;
	rc = judge_segment(s, seg, len, avail);
	s->ahead_n = 0;
	return rc;
}

static int judge_segment(unspoof_stream *s, const unsigned char *seg, size_t len, size_t avail)
{
	size_t n;
	int rc, changed;
	reset_segment_counts(s);
	s->evidence = 0;
	if (s->shadow_same ? fast_segment(s, seg, len) : fast_both(s, seg, len)) {
		s->fast_bytes += len;
		if (s->last_segment)
			return s->aborted ? UNSPOOF_E_ABORTED : UNSPOOF_OK;
		rc = end_segment(s);
		if (!s->shadow_same)
			s->shadow_same = same_carry(s, &s->st[s->shadow_ix]);
		return rc;
	}
	if (s->shadow_same) {
		if (!s->st && !(s->st = calloc(3, sizeof *s->st)))
			return UNSPOOF_E_NOMEM;
		s->st[ST_FROM] = *s;
	}
	if ((rc = decide_segment(s, seg, len, avail, len, &n)) != UNSPOOF_OK)
		return rc;
	changed = segment_changes(s, s->u, n);
	if ((!s->shadow_same || changed) &&
	    (rc = settle_output(s, seg, len, avail, n, changed)) != UNSPOOF_OK)
		return rc;
	/* Pass 3. */
	emit_segment(s, seg, n);
	if (s->last_segment)
		return s->aborted ? UNSPOOF_E_ABORTED : UNSPOOF_OK;
	rc = finish_segment(s);
	if (!s->shadow_same)
		s->shadow_same = same_carry(s, &s->st[s->shadow_ix]);
	return rc;
}
