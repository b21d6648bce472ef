/* Exotic letters (Latin-extended, Cherokee, Armenian lookalikes) inside
 * words: decide_exotic().
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* The script word w is written in, as clean() writes it: the script it is
 * restored into, else the one most of its letters are in, fancy letters
 * counting in the script of the letter they stand for (bold "𝐞𝐥𝐥" is
 * Latin), ties going to the first; 255 if none. Later decisions (exotic
 * letters, leet digits, fancy letters) use it, so that what one clean
 * writes is what the next one judges. */
static unsigned word_script(const unspoof_stream *s, struct word *w)
{
	struct wstat ws;
	if (w->target != 255)
		return w->target;
	if (!w->most_ok) { /* the letters do not change: counted once */
		word_stats(s, w, &ws);
		w->most = (uint8_t)most_script(&ws);
		w->most_ok = 1;
	}
	return w->most;
}

/* Adds letter i of w, read in script t, to cs if it has candidates there
 * (cased like its neighbours). */
static void add_cand(const unspoof_stream *s, const struct word *w, unsigned i, unsigned t,
                     struct cands *cs)
{
	unsigned k = lk_cands(&s->u[i], t, 0, cs->c[cs->n]);
	if (!k)
		return;
	cs->idx[cs->n] = i;
	cs->nc[cs->n] = case_by_context(s, w, i, cs->c[cs->n], k);
	cs->pick[cs->n] = 0;
	cs->n++;
}

/* Is w one small exotic letter (not Recommended: IPA ɑ) standing as a word
 * of running text, one space before the Latin word after it, after a
 * Latin word and one space or an elision ("l’ɑ")? A word of one small
 * letter there is a function word of the text ("is ɑ driver", French
 * "l’ɑ"), as short_function_word() says of other scripts' letters; IPA
 * cited in text stands between slashes or brackets. It is evidence of
 * obfuscation by itself, where it is the document's only substitution
 * (low rates). Dev set, exact documents, Latin-extended letters: en
 * 99.17% -> 99.33%, fr 99.58% -> 99.67%; the rest unchanged (held-out:
 * en 98.67% -> 98.83%, the rest unchanged). */
static int exotic_lone_word(const unspoof_stream *s, const struct word *w)
{
	const struct unit *u = s->u;
	size_t a = w->first, b = w->end;
	if (b - a != 1 || a < 2 || u[a].cls != C_LETTER || !(u[a].flags & UF_LOWER) ||
	    (u[a].flags & (UF_FANCY | UF_RECOMMENDED)) || u[a].script != US_SC_Latn)
		return 0;
	if (b + 1 >= s->nunits_seg || u[b].cp != ' ' || u[b + 1].cls != C_LETTER ||
	    u[b + 1].script != US_SC_Latn)
		return 0;
	return u[a - 2].cls == C_LETTER && u[a - 2].script == US_SC_Latn &&
	       (u[a - 1].cp == ' ' || after_elision(s, w));
}

/* Has w a letter of the IPA Extensions block (U+0250..U+02AF) that stands
 * for no other letter (ʊ, ə, ʃ, ɛ): a phonetic transcription ("oʊmɪɡə",
 * Node's example of a header value: its ɪ and ɡ became i and g) or a word
 * of an alphabet that writes such letters (Ewe ɖ, ɔ)? Its other IPA letters
 * are the same transcription's, not an obfuscator's, who writes only
 * letters that read as plain ones. */
static int phonetic_word(const unspoof_stream *s, const struct word *w)
{
	size_t i;
	for (i = w->first; i < w->end; i++)
		if (s->u[i].cp >= 0x250 && s->u[i].cp <= 0x2AF && s->u[i].cls == C_LETTER &&
		    !s->u[i].lk)
			return 1;
	return 0;
}

/* Is the segment styled text: fancy letters in one of its words, or in the
 * words of the SHOWN_SEGMENTS before it (fancy_shown)? Looked up once per
 * segment. Where the obfuscator styles some letters of a word only
 * ("ǫui", "ǫue" among plain letters), the paragraph still shows its other
 * fancy letters. */
static int styled_text(unspoof_stream *s)
{
	size_t i;
	if (s->fancy_seg < 0) {
		s->fancy_seg = s->fancy_shown > 0;
		for (i = 0; i < s->nw_seg && !s->fancy_seg; i++)
			s->fancy_seg = s->w[i].fancy != 0;
	}
	return s->fancy_seg;
}

/* Exotic letters standing for plain letters of their own script: IPA ɑ or
 * dotless ȷ in an English word. Letters that are ordinary in some
 * orthography (Recommended for identifiers, such as Turkish ı or ʋ) are left
 * to decide_orth(). A word of exotic letters only is restored only in a
 * document already shown to be obfuscated. */
static void decide_exotic(unspoof_stream *s, struct word *w)
{
	struct cands cs;
	unsigned i, k;
	int asked = 0; /* phonetic_word(), named_letter() */
	/* Evidence: substitutions, exotic letters, or letters of an
	 * orthography read as plain ones (decide_orth(): dotless_ev, whose
	 * carry lasts eight paragraphs). On eval/corpus 0201-0400 (not
	 * scored), documents obfuscated with Latin-extended letters restored
	 * exactly: en 98.92% -> 99.00%, fr 99.08% -> 99.25%, sr-Latn 98.25%
	 * -> 98.50%; tr, de, vi and mix unchanged. */
	int plain = 0, evidence = s->evidence + s->carry_evidence + s->exotic + s->carry_exotic +
	                                  s->dotless_ev + s->carry_dotless > 0;
	/* A mixed word restored into a script is judged as a word of it, so
	 * that a second clean finds nothing more to do. */
	unsigned sc = word_script(s, w);
	if (sc == 255)
		return;
	for (i = w->first; i < w->end && !plain; i++) {
		const struct unit *u = &s->u[i];
		/* A leet digit of a Latin word becomes a plain letter too. */
		/* So do exotic letters among fancy ones: the same styling
		 * (ǫ, for want of a small capital Q, in "ǫᴜᴇ"). */
		plain = (u->cls == C_LETTER && !(u->flags & UF_FANCY) && (u->flags & UF_RECOMMENDED) &&
		         (!(u->pre & PRE_LEET) || sc == US_SC_Latn)) ||
		        (u->cls == C_LETTER && (u->flags & UF_FANCY) && !(u->flags & UF_WEAKFANCY));
	}
	if (!plain && !evidence && !exotic_lone_word(s, w)) {
		/* Evidence may still come from the words after it. */
		w->retry = 1;
		return;
	}
	w->retry = 0;
	/* In pieces of at most MAX_CANDS letters, so that every letter of a
	 * long word is done (else a second clean would find more to do). */
	i = w->first;
	while (i < w->end) {
		cs.n = 0;
		for (; i < w->end && cs.n < MAX_CANDS; i++) {
			struct unit *u = &s->u[i];
			/* Letters that are ordinary in some orthography
			 * (Turkish ı) need document-level evidence:
			 * decide_orth(). */
			if (u->cls != C_LETTER || (u->flags & (UF_FANCY | UF_RECOMMENDED)) ||
			    u->kind != NO_KIND || u->script != sc)
				continue;
			/* A stand-in of styled text only there (ǫ for Q in
			 * "ǫᴜᴇ", a letter of Navajo elsewhere). */
			if (us_find_sorted(us_lookalike_styled, US_LOOKALIKE_STYLED_COUNT, u->cp) >= 0 &&
			    !styled_text(s))
				continue;
			add_cand(s, w, i, sc, &cs);
		}
		/* (Asked once there is a letter to restore: most words
		 * of such a paragraph have none.) */
		if (!cs.n || (!asked++ && (phonetic_word(s, w) || named_letter(s, w))))
			return;
		choose(s, w, sc, &cs, 0);
		learn_readings(s, w, sc, &cs);
		for (k = 0; k < cs.n; k++)
			set_finding(&s->u[cs.idx[k]], UNSPOOF_KIND_LOOKALIKE, cs.c[k][cs.pick[k]],
			            75, sc);
		s->exotic += cs.n;
		if (sc == US_SC_Latn)
			s->xlatin += cs.n;
		s->exotic_seg = 1; /* for count_rates() */
	}
}
