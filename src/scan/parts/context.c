/* A segment's context: what a word's letters are (word_stats()), which
 * script the segment is written in (anchors, own and carried; the
 * dominant script and its plausibility), and the substitutions noted.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

static void classify_base(int leet, struct unit *u);

/* The twin in script t of the letter fancy letter u stands for (bold 𝐞 in a
 * Cyrillic word: е), or 0. */
static uint32_t fancy_into(const struct unit *u, unsigned t)
{
	struct unit v;
	v.cp = US_LK_TARGET(lk_fancy(u));
	classify_base(0, &v);
	return v.cls == C_LETTER && v.script != t ? lk_into(&v, t, 0) : 0;
}

/* Can every letter of w outside script t be restored into t? (Fancy
 * letters are written by restore_fancy().) */
static int feasible(const unspoof_stream *s, const struct word *w, unsigned t)
{
	unsigned i;
	if (!is_target_script(t) || forbidden(s, t))
		return 0;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		if (u->cls != C_LETTER || (u->flags & UF_FANCY) || u->script == t ||
		    u->script == US_SC_Zyyy || u->script == US_SC_Zinh)
			continue;
		if (!lk_into(u, t, 0))
			return 0;
	}
	return 1;
}

/* Is the letter of w before (dir -1) or after (dir 1) unit i, if any, a
 * letter of script t as written (not fancy)? */
static int next_letter_in(const unspoof_stream *s, const struct word *w, unsigned i, int dir,
                          unsigned t)
{
	for (;;) {
		if (dir < 0 ? i == w->first : i + 1 >= w->end)
			return 1;
		i = dir < 0 ? i - 1 : i + 1;
		if (s->u[i].cls == C_LETTER)
			return s->u[i].script == t && !(s->u[i].flags & UF_FANCY);
	}
}

/* Can every letter of w outside script t be restored into t but one,
 * which stands between letters of t as written (a stray letter: "ı" in
 * "Bидeoнıң"; not the u of "SuperПрoбел")? */
static int feasible_but_one(const unspoof_stream *s, const struct word *w, unsigned t)
{
	unsigned i, left = 0;
	if (!is_target_script(t) || forbidden(s, t))
		return 0;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		if (u->cls != C_LETTER || (u->flags & UF_FANCY) || u->script == t ||
		    u->script == US_SC_Zyyy || u->script == US_SC_Zinh || lk_into(u, t, 0))
			continue;
		if (++left > 1 || !next_letter_in(s, w, i, -1, t) || !next_letter_in(s, w, i, 1, t))
			return 0;
	}
	return 1;
}

/* Scripts of the letters of a word: counts and anchors. */
struct wstat {
	unsigned nscripts;
	uint8_t scripts[8];
	unsigned count[8];
	unsigned anchors[8];
	unsigned letters, fancy, weakfancy, normal;
};

/* Are all letters of w capitals (and there is one)? Leet digits are then
 * written as capitals ("H3LL0" -> "HELLO"). */
static int word_upper(const unspoof_stream *s, const struct word *w)
{
	unsigned i, letters = 0, upper = 0;
	for (i = w->first; i < w->end; i++) {
		if (s->u[i].cls != C_LETTER || (s->u[i].pre & PRE_LEET))
			continue;
		letters++;
		upper += (s->u[i].flags & UF_UPPER) != 0;
	}
	return letters && upper == letters;
}

/* Leet mode: the leet digits of a word with letters are read as the Latin
 * letters they stand for (cased like the word), in every decision and in
 * the paragraph's counts, whether or not clean writes them as letters: a
 * second clean sees either the digit again or that letter. (Counting them
 * only once written made "bold l + 5" one Latin letter against Cyrillic у,
 * which stayed, and its clean "bold l + s" two, which restored у.) In a
 * word without letters ("2024", "1337") they stay digits. */
static void leet_word(unspoof_stream *s, const struct word *w)
{
	unsigned i, real = 0, end = w->end;
	int upper;
	/* Exclamation marks ending a word are punctuation ("w0rld!"). */
	while (end > w->first && s->u[end - 1].cp == '!')
		end--;
	for (i = w->first; i < w->end && !real; i++)
		real = s->u[i].cls == C_LETTER && !(s->u[i].pre & PRE_LEET);
	for (i = w->first; i < w->end; i++)
		if ((s->u[i].pre & PRE_LEET) && (!real || i >= end)) {
			s->u[i].cls = C_LEET;
			s->u[i].script = us_props(s->u[i].cp)->sc;
			s->u[i].flags = UF_WORD;
			s->u[i].pre = 0;
		}
	if (!real)
		return;
	upper = word_upper(s, w);
	if (!atomic_load_explicit(&templates_ready, memory_order_acquire))
		pthread_once(&templates_once, make_templates);
	for (i = w->first; i < w->end; i++) {
		struct unit *u = &s->u[i];
		uint32_t c;
		if (!(u->pre & PRE_LEET))
			continue;
		c = leet_as(u, upper);
		u->lk = templates[c].lk;
		u->flags = (uint8_t)(UF_RECOMMENDED | UF_WORD |
		                     (templates[c].flags &
		                      (UF_UPPER | UF_LOWER | UF_ANCHOR | UF_ANCHOR_READ)));
		if (!s->seg_letters[US_SC_Latn]++)
			s->seg_seen[s->nseg_seen++] = US_SC_Latn;
		s->seg_anchor[US_SC_Latn] += (u->flags & UF_ANCHOR) != 0;
	}
}

static void word_stats(const unspoof_stream *s, const struct word *w, struct wstat *ws)
{
	static const struct wstat zero;
	unsigned i, k = 0, last = 256; /* the script of the last letter counted, at ws index k */
	*ws = zero; /* (a few vector moves; memset here became rep stosq) */
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		unsigned f = u->flags, sc = u->script;
		if (u->cls != C_LETTER)
			continue;
		ws->letters++;
		if (f & UF_FANCY) {
			ws->fancy++;
			ws->weakfancy += (f & UF_WEAKFANCY) != 0;
		} else {
			ws->normal++;
		}
		/* A fancy letter counts in the script of the letter it stands
		 * for (its u->script): bold 𝐡 with Cyrillic е and о ("𝐡е𝐥𝐥о") is
		 * a word mixing Latin and Cyrillic, as clean() will write it. */
		if (sc == US_SC_Zyyy || sc == US_SC_Zinh)
			continue;
		if (sc != last) {
			for (k = 0; k < ws->nscripts && ws->scripts[k] != sc; k++)
				;
			if (k == ws->nscripts) {
				if (k == 8) {
					last = 256;
					continue;
				}
				ws->scripts[ws->nscripts++] = (uint8_t)sc;
			}
			last = sc;
		}
		ws->count[k]++;
		/* An anchor, or a fancy letter standing for one. */
		ws->anchors[k] += (f & UF_ANCHOR_READ) != 0;
	}
}

/* The script of most letters of ws (the first on ties), 255 if none. */
static unsigned most_script(const struct wstat *ws)
{
	unsigned k, best = 0, sc = 255;
	for (k = 0; k < ws->nscripts; k++)
		if (ws->count[k] > best) {
			best = ws->count[k];
			sc = ws->scripts[k];
		}
	return sc;
}

/* The script of a segment written in it by its own anchors: OWN_ANCHORS
 * or more of it, and OWN_ANCHORS_TIMES those of all other scripts; 255 if
 * none. (Measured with eval/context.py, documents in sequence: OWN_ANCHORS
 * 4 -> 2 left the dev set and the genuine texts as they were and fixed a
 * short Turkish line after Russian text; OWN_ANCHORS_TIMES 2 restored a
 * Greek "το" beside "GEmblem" into Latin in glib's catalogue.) What was carried does not outweigh that: a Greek paragraph naming
 * "sRGB" after an obfuscated Serbian one read its article "ο" as Cyrillic;
 * a German paragraph obfuscated wholly with Cyrillic lookalikes after
 * Kazakh and Macedonian ones kept "коптактіегеп" and "Коптакте" Cyrillic,
 * its anchors (u, f, z, F, V, D) outweighed by the paragraphs before. (A
 * Russian paragraph naming Firefox and Ubuntu has Cyrillic anchors too.) */
#define OWN_ANCHORS 2
#define OWN_ANCHORS_TIMES 4
/* Do n anchors of one script, of all anchors, settle the script? */
static int anchors_settle(uint64_t n, uint64_t all)
{
	return n >= OWN_ANCHORS && n >= OWN_ANCHORS_TIMES * (all - n);
}

static unsigned own_anchored(const unspoof_stream *s)
{
	unsigned k, i, own = 255;
	uint64_t all = 0;
	for (k = 0; k < s->nseg_seen; k++) {
		i = s->seg_seen[k];
		all += s->seg_anchor[i];
		if (s->seg_anchor[i] > (own == 255 ? 0 : s->seg_anchor[own]))
			own = i;
	}
	if (own != 255 && anchors_settle(s->seg_anchor[own], all))
		return own;
	return 255;
}

/* own_anchored(), else the script with most anchors (this segment's
 * counting double: four times kept a Bulgarian paragraph naming "Adobe
 * Illustrator" after French ones from reading "от" as Latin, but let a lone
 * Greek variable outweigh the Cyrillic paragraphs before "Το стоит λ.",
 * whose article is Cyrillic То; test_fastpath.c), ties to the lower script number; 255 without an
 * anchor of any script, here or carried. A script carried that this
 * segment does not write counts only if words are restored into it
 * (is_target_script()): after a Persian paragraph, an English one
 * obfuscated with Greek, Cyrillic and fancy letters, too few of them
 * anchors, was judged against Arabic ("τһ𝓪τ" became Cyrillic "тһат"). */
static unsigned anchored_script(const unspoof_stream *s)
{
	unsigned k, i, best = own_anchored(s);
	uint64_t bv = 0;
	if (best != 255)
		return best;
	for (k = 0; k < s->nseg_seen + s->ncarry; k++) {
		uint64_t v;
		i = k < s->nseg_seen ? s->seg_seen[k] : s->carry_seen[k - s->nseg_seen];
		if (!s->seg_letters[i] && !is_target_script(i))
			continue;
		v = (uint64_t)s->seg_anchor[i] * 2 + s->carry_anchor[i];
		if (v > bv || (v == bv && v && i < best)) {
			bv = v;
			best = i;
		}
	}
	return best;
}

/* May line_doms() judge a line of the segment against script sc, where
 * the segment's is dom? (fast_check() asks the same of a paragraph it
 * would take as plain: keep them one rule.) */
static int line_dom_may(const unspoof_stream *s, unsigned sc, unsigned dom)
{
	return sc != dom && is_target_script(sc) && s->seg_anchor[sc] >= OWN_ANCHORS;
}

/* In a segment of several lines with letters of two scripts or more, the
 * script a line is written in by its own anchors (own_anchored()'s rule on
 * the line alone), where that is a script words are restored into and not
 * dom: its words are judged against it (wdom()). Documents joined by a
 * single line feed share a paragraph: a Serbian Latin line obfuscated
 * with Greek letters after a line of Belarusian had its "i time" restored
 * into Cyrillic "і тіте", the paragraph's script. */
static void line_doms(unspoof_stream *s, size_t nw, unsigned dom)
{
	size_t i, j, k, e;
	int any = 0;
	s->ldoms = 0;
	if (s->nseg_seen < 2 || dom == 255 || s->o.target_script >= 0 ||
	    !(s->o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE)))
		return;
	/* (A line has no more anchors of a script than its segment.) */
	for (k = 0; k < s->nseg_seen; k++)
		any |= line_dom_may(s, s->seg_seen[k], dom);
	if (!any)
		return;
	for (i = 0; i < nw; i++)
		s->w[i].ldom = 255;
	s->ldoms = 1;
	for (i = 0; i < nw; i = j) {
		uint32_t cnt[US_SCRIPT_COUNT];
		uint32_t all = 0;
		unsigned best = 255;
		/* Words i..j-1: one line. */
		for (j = i + 1; j < nw; j++) {
			for (e = s->w[j - 1].end; e < s->w[j].first && s->u[e].cp != '\n'; e++)
				;
			if (e < s->w[j].first)
				break;
		}
		if (i == 0 && j == nw)
			return; /* one line: the segment's rule */
		for (k = 0; k < s->nseg_seen; k++)
			cnt[s->seg_seen[k]] = 0;
		for (e = s->w[i].first; e < s->w[j - 1].end; e++) {
			const struct unit *u = &s->u[e];
			unsigned sc;
			if (u->cls != C_LETTER || (u->pre & PRE_LEET) ||
			    !((u->flags & UF_ANCHOR_READ) || (u->pre & PRE_ANCHOR_FOR)))
				continue;
			sc = (u->pre & PRE_ANCHOR_FOR) ? u->anchor_sc : u->script;
			if (!s->seg_letters[sc])
				continue; /* (not counted by pass 1 either) */
			all++;
			if (++cnt[sc] > (best == 255 ? 0 : cnt[best]))
				best = sc;
		}
		if (best == 255 || best == dom || !is_target_script(best) ||
		    !anchors_settle(cnt[best], all))
			continue;
		for (k = i; k < j; k++)
			s->w[k].ldom = (uint8_t)best;
	}
}

/* The script word w is judged against: its line's (line_doms()), else
 * the segment's dom. */
static unsigned wdom(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	return s->ldoms && w->ldom != 255 ? w->ldom : dom;
}

/* anchored_script(); without anchors, the script with most letters (ties
 * to the lower script number). */
static unsigned dominant_script(const unspoof_stream *s)
{
	unsigned k, i, best = anchored_script(s);
	uint32_t bv = 0;
	if (best != 255)
		return best;
	for (k = 0; k < s->nseg_seen; k++) {
		i = s->seg_seen[k];
		if (s->seg_letters[i] > bv || (s->seg_letters[i] == bv && bv && i < best)) {
			bv = s->seg_letters[i];
			best = i;
		}
	}
	return best;
}

/* How a paragraph with no anchor at all reads written wholly in script t:
 * the sum over its words of two letters or more of the letter models'
 * score of their best reading in t (each times its letters plus one, as
 * tr_text() weighs them); INT32_MIN if a word cannot be written in t. */
static long reads_in(const unspoof_stream *s, size_t nw, unsigned t)
{
	long sum = 0;
	size_t i;
	for (i = 0; i < nw; i++) {
		const struct word *w = &s->w[i];
		struct cands cs;
		struct wstat ws;
		int sc;
		word_stats(s, w, &ws);
		if (ws.letters < 2)
			continue;
		if (!feasible(s, w, t))
			return INT32_MIN;
		gather(s, w, t, &cs, w->first);
		sc = choose(s, w, t, &cs, 1);
		if (sc == INT32_MIN)
			return INT32_MIN;
		sum += (long)sc * (long)(ws.letters + 1);
	}
	return sum;
}

/* The dominant script of a segment that has no anchor of any script, here
 * or carried (or none of dom here, below), and letters of two scripts: dominant_script() takes the
 * script of most letters, which an obfuscator substituting most of the
 * letters it can makes its own ("Тhе ѕtrеаm wіll ѕtор аt thіѕ роѕіtіоn.",
 * a line alone, whose every Latin letter has a Cyrillic twin in the
 * curated table, was written wholly in Cyrillic). The script in which the
 * whole paragraph reads best instead, if by DOM_READS_BITS a word. */
#define DOM_READS_BITS 2
#define DOM_ALONE_WORDS 3
#define DOM_ALONE_BITS 4
static unsigned plausible_dominant(const unspoof_stream *s, size_t nw, unsigned dom)
{
	unsigned k, best = dom, n = 0;
	long bv, v;
	static const uint8_t alone[3] = {US_SC_Latn, US_SC_Cyrl, US_SC_Grek};
	unsigned nt = s->nseg_seen >= 2 ? s->nseg_seen : 3, margin;
	if (dom == 255 || s->o.target_script >= 0 ||
	    !(s->o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE)))
		return dom;
	/* Anchors carried alone do not settle it either in a segment of two
	 * scripts that writes no letter of dom: a Serbian Latin line
	 * obfuscated with Greek letters after a Russian paragraph restored
	 * "elemenτa" into Cyrillic "еӏетепта". Where it writes letters of
	 * dom, its words may read as well in another script, as Serbian does
	 * in Latin: on the dev set, asking whenever the segment had no
	 * anchor of dom took Latin-in-Cyrillic exact documents in Serbian
	 * from 98.08% to 97.75%, and so did asking where a word cannot be
	 * written in dom ("За иКсЕмакс користите „xemacs“", with и a
	 * lookalike of u, read as Latin for "xemacs"). */
	if (anchored_script(s) != 255 && (s->seg_letters[dom] > 0 || s->nseg_seen < 2))
		return dom;
	for (k = 0; k < nw; k++)
		n += s->w[k].end - s->w[k].first >= 2;
	/* Letters of one script alone: only a line of DOM_ALONE_WORDS words
	 * or more, by DOM_ALONE_BITS a word ("Тһе ѕтгеам шіӏӏ ѕтор"), and not
	 * Latin letters: the fast path takes a paragraph of them as plain (it
	 * leaves to this pass one of another script with no anchor of it,
	 * fast_check()), so this pass must too (fuzz_scan: "yyyy..." was
	 * read as Cyrillic "уууу..." here only). */
	if (s->nseg_seen < 2 && (n < DOM_ALONE_WORDS || dom == US_SC_Latn))
		return dom;
	margin = s->nseg_seen >= 2 ? DOM_READS_BITS : DOM_ALONE_BITS;
	/* (A word that cannot be written in dom at all, Turkish ğ among
	 * Cyrillic lookalikes, makes any script it can be read in better.) */
	if (forbidden(s, dom))
		return dom;
	bv = reads_in(s, nw, dom);
	for (k = 0; k < nt; k++) {
		unsigned t = s->nseg_seen >= 2 ? s->seg_seen[k] : alone[k];
		if (t == dom || !is_target_script(t))
			continue;
		v = reads_in(s, nw, t);
		if (v != INT32_MIN &&
		    (bv == INT32_MIN || v > bv + (long)n * margin * US_NGRAM_ONE_BIT)) {
			bv = v;
			best = t;
		}
	}
	return best;
}

/* Notes the letters of w restored as lookalikes in s->subst (the letters
 * this segment's obfuscator was seen to write). */
static void note_subst(unspoof_stream *s, const struct word *w)
{
	unsigned k;
	for (k = w->first; k < w->end; k++)
		if (s->u[k].kind == UNSPOOF_KIND_LOOKALIKE && s->u[k].cp < SUBST_END)
			s->subst[s->u[k].cp / 8] |= (uint8_t)(1u << (s->u[k].cp % 8));
}

/* A paragraph of letters of one script, from, that reads as script t
 * (plausible_dominant()): every word of from is restored into t, as the
 * paragraph is one text written wholly in lookalikes ("Тһе ѕтгеам шіӏӏ
 * ѕтор ат тһіѕ роѕітіоп." is English). */
static void restore_alone(unspoof_stream *s, size_t nw, unsigned from, unsigned t)
{
	size_t i;
	for (i = 0; i < nw; i++) {
		struct word *w = &s->w[i];
		if (!w->single || w->script != from || !feasible(s, w, t))
			continue;
		s->evidence += restore_word(s, w, t, 80);
		w->target = (uint8_t)t;
		note_subst(s, w);
	}
}
