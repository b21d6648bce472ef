/* Passes 1 and 2 on a segment: decide_segment().
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Two ill-formed subparts that clean() would bring together by removing
 * everything between them (stacked marks, a bidi control) could join into
 * another character: D0 + marks + 83 would become U+0403, a letter the
 * input never had (and a second clean would judge it). The last removed
 * unit between them stays, also when a paragraph cut falls after it. */
static void keep_apart(unspoof_stream *s, const unsigned char *seg, size_t n, size_t len,
                       size_t avail)
{
	size_t i, j;
	if (s->o.invalid == UNSPOOF_INVALID_REPLACE &&
	    (s->o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_INVALID_UTF8)))
		return; /* they become U+FFFD: nothing can join */
	for (i = 0; i + 1 < n; i++) {
		unsigned char b[8];
		uint32_t cp;
		const unsigned char *c;
		size_t clen;
		const struct unit *a = &s->u[i];
		if (a->cls != C_INVALID || s->u[i + 1].repl != REPL_DELETE)
			continue;
		for (j = i + 1; j < n && s->u[j].repl == REPL_DELETE; j++)
			;
		if (j < n) {
			if (s->u[j].cls != C_INVALID) {
				i = j - 1;
				continue;
			}
			c = seg + s->u[j].off;
			clen = s->u[j].len;
		} else {
			/* The removed units end the segment: the next one starts
			 * with the unit the cut was put before (find_cut() only
			 * cuts before a complete unit, so it is all there). */
			if (!avail)
				break;
			c = seg + len;
			clen = us_utf8_decode(c, avail, &cp);
			if (cp != US_CP_INVALID)
				break;
		}
		if (a->len + clen <= sizeof b) {
			memcpy(b, seg + a->off, a->len);
			memcpy(b + a->len, c, clen);
			if (us_utf8_decode(b, a->len + clen, &cp) != a->len || cp != US_CP_INVALID)
				s->u[j - 1].repl = REPL_KEEP;
		}
		i = j - 1;
	}
}

/* Does bidi control unit i stand where the text changes direction: a
 * left-to-right letter on one side and a right-to-left one on the other
 * (Persian "...spamassassin\u202Cاست", the end of an embedding opened
 * before the path)? There it is no letter of a word but the edge of a
 * run, even with no space. */
static int direction_change(const unspoof_stream *s, size_t i, size_t n)
{
	size_t a = i, b = i + 1;
	unsigned x, y;
	while (a > 0 && s->u[a - 1].cls == C_BIDI)
		a--;
	while (b < n && s->u[b].cls == C_BIDI)
		b++;
	if (a == 0 || b >= n || s->u[a - 1].cls != C_LETTER || s->u[b].cls != C_LETTER)
		return 0;
	x = us_props(s->u[a - 1].cp)->bc;
	y = us_props(s->u[b].cp)->bc;
	return (x == US_BC_L && (y == US_BC_R || y == US_BC_AL)) ||
	       (y == US_BC_L && (x == US_BC_R || x == US_BC_AL));
}

/* The embeddings and isolates open at a bidi control of a line (a
 * paragraph of the bidi algorithm), as ltr_control() reads them in order:
 * bit 0 of each, left-to-right; bit 1, an isolate. Deeper than LTR_DEPTH,
 * openers count in over only. */
#define LTR_DEPTH 64
struct ltr_stack {
	uint8_t open[LTR_DEPTH];
	unsigned n, over;
};

/* Does bidi control c, the next of its paragraph, change nothing shown
 * in a paragraph without right-to-left letters? So the left-to-right
 * ones: LRM, LRE and LRI, and the PDF or PDI that closes one of those
 * (Unicode's bidi algorithm, UAX #9: with no R or AL character, the
 * paragraph is left to right, and they only say so again). Translators
 * leave LRM at the start or end of a line (Serbian "\u200EВредност ...
 * 5\u200E"), and glib's Persian catalogue isolates its time formats, a
 * message without a Persian letter ("\u2066%OH:%OM:%OS\u2069"). Not the
 * others: RLM before digits shows them right to left ("\u200F1 2" as
 * "2 1"), RLE, RLI and FSI reorder runs, the overrides letters. */
static int ltr_control(struct ltr_stack *st, uint32_t c)
{
	int isolate = c == 0x2066 || c == 0x2067 || c == 0x2068;
	if (c == 0x200E)
		return 1;
	if (isolate || (c >= 0x202A && c <= 0x202E && c != 0x202C)) {
		int ltr = c == 0x202A || c == 0x2066;
		if (st->n < LTR_DEPTH && !st->over)
			st->open[st->n++] = (uint8_t)(ltr | isolate << 1);
		else
			st->over++;
		return ltr;
	}
	if (c == 0x202C) { /* PDF: the innermost embedding, within the isolate */
		if (st->over) {
			st->over--;
			return 0;
		}
		if (st->n && !(st->open[st->n - 1] & 2))
			return st->open[--st->n] & 1;
		return 0;
	}
	if (c == 0x2069) { /* PDI: the innermost isolate, with what it holds */
		unsigned k = st->n;
		if (st->over) {
			st->over--;
			return 0;
		}
		while (k > 0 && !(st->open[k - 1] & 2))
			k--;
		if (!k)
			return 0;
		st->n = k - 1;
		return st->open[k - 1] & 1;
	}
	return 0;
}

/* Do the paragraphs before this one carry letters of a right-to-left
 * script (anchors: letters clean() keeps)? A paragraph of a Persian
 * document may hold no Persian letter and still be part of right-to-left
 * text: glib's Persian catalogue writes its time format alone, isolated
 * as Unicode advises ("\u2066%OH:%OM:%OS\u2069"), and its embeddings
 * and marks around paths and placeholders. */
static int rtl_carried(const unspoof_stream *s)
{
	unsigned k;
	for (k = 0; k < s->ncarry; k++)
		if ((us_script_rtl[s->carry_seen[k] >> 3] >> (s->carry_seen[k] & 7)) & 1)
			return 1;
	return 0;
}

/* Are the ASCII letters seg[a..e), which follow units s->u[0..n), the
 * conversion of a printf directive ("%s", "%li", "%-5zu", "%.*ls", "%pB")
 * or the letter of a C escape ("\v", "\n")? Translated catalogues glue
 * their units and words to them: "%li\u0434 %li\u0447" (Russian days and
 * hours), "%li\u03B7" in Greek, "\v\u0410\u043A\u043E" (Serbian "if" after
 * a vertical tab); they are no letters of the word after them. */
/* Can c end what comes before the letters of a printf conversion or a
 * C escape: % # $ * + - . a digit (the $ of a positional argument, "%2$s"),
 * or a backslash? */
static inline int code_before(uint32_t c)
{
	return c < 64 ? (int)((0x3FF6C3800000000ull >> c) & 1) : c == '\\';
}

/* Are the letters of the word being built, before unit n, a letter of
 * another script, the conversion of a printf directive ("%s", "%li",
 * "%-5zu", "%.*ls", "%pB") or the letter of a C escape ("\v", "\n")?
 * Translated catalogues glue their units and words to them:
 * "%li\u0434 %li\u0447" (Russian days and hours), "%li\u03B7" in Greek,
 * "\v\u0410\u043A\u043E" (Serbian "if" after a vertical tab); they are no
 * letters of the word after them. */
static int code_letters(const unspoof_stream *s, const struct wbuild *b, const unsigned char *seg,
                        size_t n)
{
	size_t f = b->first, j = f, a, e, k;
	unsigned a2;
	if (n - f > 3 || f == 0 || !code_before(s->u[f - 1].cp))
		return 0;
	a = s->u[f].off;
	e = s->u[n].off;
	if (e - a != n - f) /* ASCII letters only (no mark, nothing invisible) */
		return 0;
	if (s->u[f - 1].cp == '\\')
		return e - a == 1 && strchr("abefnrtv", seg[a]) != NULL &&
		       (f < 2 || s->u[f - 2].cp != '\\');
	while (j > 0 && f - j < 8 && s->u[j - 1].cp != '%' && code_before(s->u[j - 1].cp))
		j--;
	/* Not a percentage ("50%-\u0432\u0456", "20 %-\u0456\u0432", whose next
	 * letter may well be a substitute: a minus flag needs a width). A
	 * directive escaped as "%%" for a second printf is one: git's "%%s"
	 * and gnupg's "%%0A" (a line feed, percent-encoded) glued to the
	 * Russian or Ukrainian word after them. */
	if (j == 0 || s->u[j - 1].cp != '%')
		return 0;
	k = j - 1;
	if (k > 0 && s->u[k - 1].cp == '%')
		k--;
	if (k > 0 && s->u[k - 1].cp >= '0' && s->u[k - 1].cp <= '9')
		return 0;
	for (k = j, a2 = 0; k < f; k++)
		a2 |= s->u[k].cp == '-' ? 1 : s->u[k].cp != '.' && s->u[k].cp != '+' && s->u[k].cp != '#' ? 2 : 0;
	if (a2 == 1)
		return 0;
	for (k = a; k + 1 < e && strchr("hlLqjzt", seg[k]); k++)
		;
	if (k + 2 == e && seg[k] == 'p' && seg[k + 1] >= 'A' && seg[k + 1] <= 'Z')
		return 1; /* binutils' and Linux's extensions: %pA, %pB */
	/* A conversion alone whose letter has a Cyrillic or Greek twin
	 * (a c e i o p x, and n for \u043F) may be the substitute that
	 * begins a placeholder word ("%\u0440\u044F\u0434\u043E\u043A" with a
	 * Latin p): only one with a length modifier is sure ("%li"). */
	if (k == a && strchr("aceiopxn", seg[k]))
		return 0;
	return k + 1 == e && strchr("diouxXeEfFgGaAcspn", seg[k]) != NULL;
}

/* Passes 1 and 2 on segment seg[0..len) (see process_segment()): its
 * units, with what clean() writes for them, in s->u[0..*nunits). */
static int decide_segment(unspoof_stream *s, const unsigned char *seg, size_t len, size_t avail,
                          size_t maxu, size_t *nunits)
{
	size_t n = 0, off = 0, i, k, nw = 0, nbidi = 0, ninvalid = 0, run = 0;
	/* Units where a run of marks reached its third mark: the first, the last. */
	size_t mark3_first = SIZE_MAX, mark3_last = 0;
	unsigned dom, pre = 0; /* pre: PRE_* of the letters */
	int in_word;           /* wb is a word being built */
	const int leet = s->o.leet;
	struct wbuild wb = {0};
	struct rate_hist *hist; /* count_rates()'s letters, when the stream has it */
	uint32_t acnt[0x80];    /* plain ASCII letters (the runs below) */
	unsigned lc;

	if (ensure_units(s, maxu + 1))
		return UNSPOOF_E_NOMEM;
	reset_segment_counts(s);
	s->evidence = 0;

	/* Pass 1: units, and words: runs of letters and marks starting with a
	 * letter, with invisible characters and bidi controls kept inside
	 * when letters or marks follow them. */
	if (!atomic_load_explicit(&templates_ready, memory_order_acquire))
		pthread_once(&templates_once, make_templates);
	hist = s->rhist && !s->o.leet ? s->rhist : NULL;
	s->rhist_filled = hist != NULL;
	s->exotic_seg = 0;
	if (hist) {
		for (i = 0; i < hist->nl; i++)
			hist->n[hist->list[i]] = 0;
		hist->nl = 0;
		hist->conflict = 0;
	}
	in_word = 0;
	memset(acnt, 0, sizeof acnt);
	while (off < len) {
		struct unit *u = &s->u[n];
		uint32_t cp;
		size_t l;
		unsigned c, a = ascii_run[seg[off]];
		/* Plain ASCII letters and other ASCII characters (outside leet
		 * mode, where digits may be letters): the steps below, without
		 * the tests that cannot fail for them. */
		if ((a & ASCII_PLAIN) && !leet) {
			/* A run of plain ASCII letters: Latin letters of a word. */
			size_t e = off;
			unsigned anch = 0;
			if (!in_word) {
				in_word = 1;
				word_begin(&wb, n, US_SC_Latn);
			} else {
				if (wb.npend) { /* as word_extend() */
					for (k = wb.pend; k < n; k++)
						s->u[k].flags |= UF_WORD;
					wb.invis |= wb.pend_inv;
					wb.npend = 0;
					wb.pend_inv = 0;
				}
				if (wb.sc == 255) /* as word_track() */
					wb.sc = US_SC_Latn;
				else if (wb.sc != US_SC_Latn)
					wb.mixed = 1;
			}
			/* Each letter is counted in acnt; what depends on
			 * which letter (anchors, count_rates()'s histogram)
			 * is taken from the counts after the pass. */
			do {
				unsigned ch = seg[e];
				*u = ascii_unit[ch];
				u->off = (uint32_t)e;
				acnt[ch]++;
				anch |= a;
				u++;
				e++;
			} while (e < len && ((a = ascii_run[seg[e]]) & ASCII_PLAIN));
			if (!s->seg_letters[US_SC_Latn])
				s->seg_seen[s->nseg_seen++] = US_SC_Latn;
			s->sum.letters += e - off;
			s->seg_letters[US_SC_Latn] += (uint32_t)(e - off);
			/* Of a word's flags, word_end() looks at anchors and
			 * fancy letters (which these are not). */
			if (anch & ASCII_ANCHOR)
				wb.anch |= UF_ANCHOR_READ;
			run = 0;
			n += e - off;
			wb.last = n - 1;
			off = e;
			continue;
		}
		if ((a & ASCII_OTHER) && !leet) {
			*u = ascii_unit[seg[off]];
			u->off = (uint32_t)off;
			run = 0;
			if (in_word) {
				if (word_end(s, &wb, nw++))
					return UNSPOOF_E_NOMEM;
				in_word = 0;
			}
			n++;
			off++;
			continue;
		}
		if (seg[off] < 0x80) {
			cp = seg[off];
			l = 1;
		} else if (seg[off] >= 0xC2 && seg[off] < 0xE0 && off + 1 < len &&
		           (seg[off + 1] & 0xC0) == 0x80) {
			/* Two bytes (Cyrillic, Greek, Latin letters with marks),
			 * well-formed: as us_utf8_decode(), without its tests for
			 * the other lengths. */
			cp = (seg[off] & 0x1Fu) << 6 | (seg[off + 1] & 0x3Fu);
			l = 2;
		} else if (seg[off] >= 0xE1 && seg[off] < 0xF0 && seg[off] != 0xED && off + 2 < len &&
		           (seg[off + 1] & 0xC0) == 0x80 && (seg[off + 2] & 0xC0) == 0x80) {
			/* Three bytes, well-formed (E0 and ED, whose second byte
			 * has a narrower range, aside): punctuation, invisible
			 * characters, other scripts. */
			cp = (seg[off] & 0x0Fu) << 12 | (seg[off + 1] & 0x3Fu) << 6 | (seg[off + 2] & 0x3Fu);
			l = 3;
		} else {
			l = us_utf8_decode(seg + off, len - off, &cp);
		}
		classify_unit(leet, u, cp, (uint32_t)off, (uint8_t)l);
		c = u->cls;
		if (c == C_LETTER) {
			if (!(u->pre & PRE_LEET)) {
				unsigned sc = (u->pre & PRE_ANCHOR_FOR) ? u->anchor_sc : u->script;
				s->sum.letters++;
				if (!s->seg_letters[sc]++)
					s->seg_seen[s->nseg_seen++] = (uint8_t)sc;
				/* A fancy letter counts as the letter it stands
				 * for, as a second clean() will see it once
				 * restored; so does a letter counted as an
				 * anchor of another script. */
				if ((u->flags & UF_ANCHOR_READ) || (u->pre & PRE_ANCHOR_FOR))
					s->seg_anchor[sc]++;
				if ((u->pre & PRE_ORTH_NEG) && u->cp >= 0x11E && u->cp < 0x260)
					s->seg_orth[-orthography(u->cp) - 1]++;
				pre |= u->pre;
				if (hist && !(u->flags & (UF_FANCY | UF_ANCHOR)) && u->lk) {
					if (!hist->n[u->lk]++) {
						hist->list[hist->nl++] = u->lk;
						hist->script[u->lk] = u->script;
					} else if (hist->script[u->lk] != u->script) {
						hist->conflict = 1;
					}
				}
			}
			run = 0;
			if (!in_word) {
				in_word = 1;
				word_begin(&wb, n, 255);
			} else if (!wb.mixed && wb.sc == US_SC_Latn && u->script != US_SC_Latn &&
			           code_letters(s, &wb, seg, n)) {
				/* A printf conversion or a C escape before a
				 * letter of another script is a word of its own. */
				if (word_end(s, &wb, nw++))
					return UNSPOOF_E_NOMEM;
				word_begin(&wb, n, 255);
			}
			word_extend(s, &wb, n);
			word_track(&wb, u);
		} else if (c == C_MARK) {
			/* What the passes over all units below need to
			 * look for: runs of three marks or more. */
			if (++run >= 3) {
				if (mark3_first == SIZE_MAX)
					mark3_first = n;
				mark3_last = n;
			}
			if (in_word)
				word_extend(s, &wb, n);
		} else {
			run = 0;
			if (c == C_INVALID) {
				u->kind = UNSPOOF_KIND_INVALID_UTF8;
				u->conf = 30;
				ninvalid++;
			}
			nbidi += c == C_BIDI;
			if (in_word) {
				if (c == C_INVIS || c == C_BIDI) {
					if (!wb.npend++)
						wb.pend = n;
					wb.pend_inv |= c == C_INVIS;
				} else {
					if (word_end(s, &wb, nw++))
						return UNSPOOF_E_NOMEM;
					in_word = 0;
				}
			}
		}
		n++;
		off += l;
	}
	if (in_word && word_end(s, &wb, nw++))
		return UNSPOOF_E_NOMEM;
	/* A segment without a capital U names no code point: named_letter()
	 * need not look (with leet, letters are not counted in acnt). */
	s->named_n = acnt['U'] || leet ? -1 : 0;
	s->dseg = seg;
	s->dseg_len = len;
	/* The plain ASCII letters: anchors, and count_rates()'s letters
	 * (added in another order than met, which no sum there minds). */
	for (lc = 'A'; lc <= 'z'; lc++) {
		unsigned a = ascii_run[lc], lk = ascii_unit[lc].lk;
		if (!acnt[lc])
			continue;
		if (a & ASCII_ANCHOR)
			s->seg_anchor[US_SC_Latn] += acnt[lc];
		if (!hist || !(a & ASCII_RATE))
			continue;
		if (!hist->n[lk]) {
			hist->list[hist->nl++] = (uint16_t)lk;
			hist->script[lk] = US_SC_Latn;
		} else if (hist->script[lk] != US_SC_Latn) {
			hist->conflict = 1;
		}
		hist->n[lk] += acnt[lc];
	}
	/* Leet digits are read as letters once their words are known. */
	if (s->o.leet)
		for (i = 0; i < nw; i++)
			leet_word(s, &s->w[i]);
	s->sum.words += nw;
	s->pre_seg = pre;

	/* Pass 2. */
	s->subst_any = 1;
	s->nunits_seg = n;
	dom = dominant_script(s);
	{
		unsigned pd = plausible_dominant(s, nw, dom);
		if (pd != dom && s->nseg_seen == 1)
			restore_alone(s, nw, dom, pd);
		dom = pd;
	}
	s->nonturkic = -1;
	s->nonturkic_n = -1;
	s->african_n = -1;
	s->fancy_seg = -1;
	s->against_n = -1;
	s->seen_ok = 0;
	s->unrestorable = -1;
	s->caps = -1;
	s->kazakh = -1;
	s->dot_counted = 0;
	s->nw_seg = nw;
	s->tr_done = 0;
	line_doms(s, nw, dom);
	for (i = 0; i < nw; i++)
		if (mixed_candidate(s, &s->w[i]))
			decide_mixed(s, &s->w[i], wdom(s, &s->w[i], dom));
	/* The mixed words left as they are were judged against the unsettled
	 * script; the next clean, counting the restored letters, will judge
	 * them against the settled one, and those it restores count too. */
	for (k = 0; k < 4; k++) {
		unsigned d = settle_dominant(s, dom);
		if (d == dom)
			break;
		dom = d;
		for (i = 0; i < nw; i++)
			if (mixed_candidate(s, &s->w[i]) &&
			    (s->w[i].target == 255 || s->w[i].wrote_none)) {
				/* Judged again: nothing of it was written ("1у"
				 * with leet 1 was Cyrillic only by a tie). */
				s->w[i].target = 255;
				s->w[i].wrote_none = 0;
				decide_mixed(s, &s->w[i], wdom(s, &s->w[i], dom));
			}
	}
	s->dom_seg = dom;
	/* Exotic letters of the words of the dominant script (or restored
	 * into a script) first: they are evidence for the words of
	 * lookalikes, whose own exotic letters are judged once they are
	 * restored (Cyrillic ԝе stands for "we", not for Cyrillic ше). */
	/* decide_exotic() restores only PRE_EXOTIC letters, decide_orth() only
	 * PRE_ORTH_POS letters, decide_invisible() only invisible characters
	 * inside the word: without any in the segment (the word) they have
	 * nothing to do. (Should one of them ever act on other units, these
	 * guards must change with it.) */
	for (i = 0; i < nw; i++) {
		if ((pre & PRE_EXOTIC) && !maybe_pure(&s->w[i], wdom(s, &s->w[i], dom)))
			decide_exotic(s, &s->w[i]);
		decide_fancy(s, nw, i);
	}
	count_rates(s, nw);
	/* A word restored makes its neighbours words of dom too, which may
	 * decide the word before it (as the next clean will see them): that
	 * one is judged again, and so on leftwards (each word is restored at
	 * most once, so this stays linear). */
	for (i = 0; i < nw; i++)
		for (k = i; maybe_pure(&s->w[k], wdom(s, &s->w[k], dom)) &&
		            decide_pure(s, nw, k, wdom(s, &s->w[k], dom), n) && k > 0;
		     k--)
			;
	for (i = 0; i < nw; i++) {
		if ((pre & PRE_EXOTIC) && (maybe_pure(&s->w[i], wdom(s, &s->w[i], dom)) || s->w[i].retry))
			decide_exotic(s, &s->w[i]);
		decide_fancy_lone(s, &s->w[i]);
		if (s->w[i].invis)
			decide_invisible(s, &s->w[i]);
		if (s->o.leet)
			decide_leet(s, &s->w[i]);
	}
	if (pre & PRE_ORTH_POS)
		for (i = 0; i < nw; i++)
			decide_orth(s, &s->w[i]);
	/* Stacked marks, on any base. */
	/* Only runs of three marks or more can be acted on: start at the base
	 * of the first (a unit this loop would reach from 0: the first unit, or
	 * one that is not a mark) and stop after the last. */
	i = mark3_first == SIZE_MAX ? n : mark3_first >= 3 ? mark3_first - 3 : 0;
	for (; i < n && i <= mark3_last;) {
		size_t j = i + 1;
		while (j < n && s->u[j].cls == C_MARK)
			j++;
		if (j - i > 3 && s->u[i].cls != C_MARK)
			decide_marks(s, i, j);
		i = j;
	}
	/* Bidi controls: strong when the paragraph has no right-to-left text,
	 * here or in the paragraphs just before it (but for left-to-right
	 * ones, ltr_control()), or the control sits inside a word. */
	if (nbidi) {
		int rtl = rtl_carried(s);
		struct ltr_stack st = {0};
		/* Right-to-left letters as clean() writes them: a Hebrew letter
		 * restored into Latin no longer makes the paragraph bidirectional
		 * (else a second clean would judge the controls differently). */
		for (i = 0; i < n && !rtl; i++)
			if (s->u[i].cls == C_LETTER && s->u[i].repl != REPL_DELETE) {
				uint32_t c = s->u[i].repl != REPL_KEEP ? s->u[i].repl : s->u[i].cp;
				unsigned bc = us_props(c)->bc;
				rtl = bc == US_BC_R || bc == US_BC_AL;
			}
		for (i = 0; i < n; i++) {
			struct unit *u = &s->u[i];
			int inword;
			if (u->cls != C_BIDI) {
				/* A line feed ends the bidi algorithm's paragraph
				 * and what is open in it. */
				if (u->cls != C_INVALID && us_props(u->cp)->bc == US_BC_B)
					st.n = st.over = 0;
				continue;
			}
			inword = (u->flags & UF_WORD) && i > 0 && (s->u[i - 1].flags & UF_WORD) &&
			         !direction_change(s, i, n);
			/* (Controls inside a word, always removed, open and
			 * close nothing: the stack holds what clean() keeps.) */
			if (inword || (!rtl && !ltr_control(&st, u->cp)))
				set_finding(u, UNSPOOF_KIND_BIDI, REPL_DELETE, inword ? 90 : 80, 255);
			else
				set_finding(u, UNSPOOF_KIND_BIDI, REPL_KEEP, 20, 255);
		}
	}

	if (ninvalid) /* an ill-formed subpart of this segment */
		keep_apart(s, seg, n, len, avail);
	*nunits = n;
	return UNSPOOF_OK;
}
