/* The kinds judged within a word: fancy-font letters, invisible characters,
 * leet digits, stacked combining marks.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Writes the fancy letters of w plain (those standing for letters of its
 * script sc); normal: its plain letters. */
static void restore_fancy(unspoof_stream *s, const struct word *w, const struct wstat *ws,
                          unsigned sc, unsigned normal)
{
	unsigned k;
	for (k = w->first; k < w->end; k++) {
		struct unit *u = &s->u[k];
		uint32_t e;
		unsigned t;
		if (!(u->flags & UF_FANCY))
			continue;
		if ((u->flags & UF_WEAKFANCY) && normal)
			continue;
		e = lk_fancy(u);
		t = US_LK_SCRIPT(e);
		if (sc != 255 && t != sc && t != US_SC_Zyyy && t != US_SC_Zinh) {
			/* In a word restored into sc, its letter's twin there,
			 * if it has one: left fancy, it would leave a run of
			 * another script at the edge of the word, which a
			 * second clean would take for a word glued on ("Tч𝐞𝐚𝐛"
			 * is "Тчеаь", not "Тч𝐞𝐚𝐛" and then "Тчeab"). In a word
			 * left as it is, it stays: the twin would change the
			 * word's mix of scripts for the next clean ("n𝝐В"). */
			if (w->target != sc)
				continue;
			e = fancy_into(u, sc);
			if (!e)
				continue;
			t = sc;
		}
		set_finding(u, UNSPOOF_KIND_FANCY, US_LK_TARGET(e), 90, t);
		/* Fancy letters mixed with plain ones in a word are evidence
		 * of obfuscation (a word all in one font may be styling). */
		if (ws->normal)
			s->exotic++;
	}
}

/* The script decide_fancy() restores the fancy letters of w into, and its
 * plain letters as the next clean will see them. */
static unsigned fancy_script(unspoof_stream *s, struct word *w, const struct wstat *ws,
                             unsigned *normal)
{
	/* A fancy letter standing for a letter of another script than the
	 * word's stays (bold-italic 𝝐 in a bold "Hel𝝐"): written plain, it
	 * would make a mixed word, which a second clean would change again.
	 * The word's script: that of its plain letters (or of the forced
	 * target), else the one most of its fancy letters stand for. */
	unsigned sc = s->o.target_script >= 0 ? (unsigned)s->o.target_script : word_script(s, w);
	/* Plain letters, counting leet digits (letters for word_stats(): see
	 * leet_word()), as the next clean will see them. */
	*normal = ws->normal;
	return sc;
}

/* Are w's fancy letters all fullwidth (U+FF21..U+FF5A), in a word with
 * Chinese, Japanese or Korean letters or a segment where those outnumber the
 * Latin ones? That is how CJK text sets Latin letters ("Ｗｉｎｄｏｗｓを使う",
 * glibc's Chinese "^[+1yYｙＹ係]"): typography, not styling. */
static int cjk_wide(const unspoof_stream *s, const struct word *w)
{
	size_t i;
	int in_word = 0;
	uint32_t cjk = s->seg_letters[US_SC_Hani] + s->seg_letters[US_SC_Hira] +
	               s->seg_letters[US_SC_Kana] + s->seg_letters[US_SC_Hang];
	if (!cjk)
		return 0;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		if ((u->flags & UF_FANCY) && (u->cp < 0xFF21 || u->cp > 0xFF5A))
			return 0;
		in_word |= u->cls == C_LETTER && !(u->flags & UF_FANCY) &&
		           (u->script == US_SC_Hani || u->script == US_SC_Hira ||
		            u->script == US_SC_Kana || u->script == US_SC_Hang);
	}
	return in_word || cjk > s->seg_letters[US_SC_Latn];
}

/* Fancy-font letters: restored when the word has two or more, or mixes them
 * with plain letters, or a neighbouring word is fancy too. Superscripts and
 * subscripts only when the whole word is made of them. A word of one fancy
 * letter alone ("𝐝’un", "𝗶") waits for decide_fancy_lone(). */
static void decide_fancy(unspoof_stream *s, size_t nw, size_t i)
{
	struct word *w = &s->w[i];
	struct wstat ws;
	unsigned sc, normal;
	int go;
	if (!w->fancy)
		return;
	word_stats(s, w, &ws);
	sc = fancy_script(s, w, &ws, &normal);
	if (ws.weakfancy == ws.fancy)
		go = normal == 0 && ws.fancy >= 2;
	else
		go = ws.fancy >= 2 || normal >= 1 ||
		     (i > 0 && s->w[i - 1].fancy) || (i + 1 < nw && s->w[i + 1].fancy);
	/* (An IPA letter would be one of its plain letters.) */
	if (!go || (normal && phonetic_word(s, w)) || named_letter(s, w) || cjk_wide(s, w)) {
		if (!go && ws.fancy == 1 && ws.weakfancy == 0 && normal == 0 && ws.letters == 1)
			w->fancy = 2; /* a lone fancy letter */
		return;
	}
	restore_fancy(s, w, &ws, sc, normal);
	s->fancy_words++;
}

/* A word of a single fancy letter (French "𝐝’un", Serbian "𝗶", English
 * "𝗮") is restored in a document that writes other words in fancy letters
 * (this segment or the SHOWN_SEGMENTS before it: fancy_shown): there it is
 * the same styling cut off by an apostrophe or a one-letter word. (With
 * the carry alone, halved each paragraph, an obfuscator writing a fancy
 * letter now and then left "pokazivač miša 𝐮 tekstu" a few paragraphs
 * after its last fancy word: dev set, fancy sr-Latn 97.25% of documents
 * exact.) Alone ("let 𝑥 be") it stays: a
 * mathematical letter. So it does in a document that shows no other fancy
 * word, unless the document shows substitutions of letters (lookalikes or
 * exotic letters restored, this segment or carried, or late_article()'s
 * SHOWN_SEGMENTS paragraphs after them) and the letter is a Latin one: an
 * obfuscator that mixes fancy letters among its other lookalikes writes
 * them one letter at a time, so that a one-letter word ("𝓊 pikselima",
 * "🅄 ovoj verziji", "🄰 lower value", "𝘭’Analyseur") is a fancy word that
 * no fancy neighbour vouches for. Genuine text, which shows no
 * substitutions, keeps its mathematical letters. */
static void decide_fancy_lone(unspoof_stream *s, struct word *w)
{
	struct wstat ws;
	unsigned sc, normal;
	if (w->fancy != 2)
		return;
	if (s->fancy_words + s->fancy_shown == 0 &&
	    (s->evidence + s->carry_evidence + s->exotic + s->carry_exotic + s->shown == 0 ||
	     w->end - w->first != 1 || US_LK_SCRIPT(lk_fancy(&s->u[w->first])) != US_SC_Latn))
		return;
	if (named_letter(s, w) || cjk_wide(s, w))
		return;
	word_stats(s, w, &ws);
	sc = fancy_script(s, w, &ws, &normal);
	restore_fancy(s, w, &ws, sc, normal);
}

/* Scripts whose words never need an invisible character inside. */
static int plain_alphabet(unsigned sc)
{
	return sc == US_SC_Latn || sc == US_SC_Cyrl || sc == US_SC_Grek || sc == US_SC_Armn ||
	       sc == US_SC_Geor || sc == US_SC_Zyyy || sc == US_SC_Cher;
}

/* Scripts written without spaces, where U+200B ZERO WIDTH SPACE and the
 * word joiners mark word boundaries. */
static int spaceless_script(unsigned sc)
{
	return sc == US_SC_Thai || sc == US_SC_Laoo || sc == US_SC_Khmr || sc == US_SC_Mymr ||
	       sc == US_SC_Tibt || sc == US_SC_Hani || sc == US_SC_Hira || sc == US_SC_Kana ||
	       sc == US_SC_Java || sc == US_SC_Bali || sc == US_SC_Tale || sc == US_SC_Talu ||
	       sc == US_SC_Lana || sc == US_SC_Hang;
}

/* The joining type of unit i, for the ZWNJ/ZWJ context rules. */
static unsigned jt_of(const unspoof_stream *s, size_t i)
{
	const struct unit *u = &s->u[i];
	if (u->cls == C_INVALID)
		return US_JT_U;
	return us_props(u->cp)->jt;
}

/* Does a letter of joining type jt join to the letter after it (L, D), or
 * to the one before it (R, D)? */
static int joins_next(unsigned jt)
{
	return jt == US_JT_L || jt == US_JT_D;
}

static int joins_prev(unsigned jt)
{
	return jt == US_JT_R || jt == US_JT_D;
}

/* Does script sc have a virama of its own (us_script_virama: Brahmic
 * scripts)? */
static int virama_script(unsigned sc)
{
	return (us_script_virama[sc >> 3] >> (sc & 7)) & 1;
}

/* Is the joiner at unit i of w (U+200C or U+200D) one the word's script
 * uses, its letters (with marks and other joiners between) la before and
 * lb after it?
 * - Between letters of one Brahmic script: the script's own, wherever it
 *   stands. The Unicode Standard describes ZWNJ after a virama (an explicit
 *   virama), ZWJ after one (a half form) or before one (<RA, ZWJ, virama>:
 *   Marathi and Nepali eyelash ra, Bengali ya-phala after ra), but text
 *   from before Unicode 5.1 writes them elsewhere too: Malayalam chillu
 *   letters as <consonant, virama, ZWJ> followed by a ZWNJ, Telugu a ZWJ
 *   after a vowel sign: checked one message at a time, Debian's Malayalam
 *   and Telugu catalogues had 75 messages judged obfuscated for them and
 *   lost 87.
 * - In a joining script, with transparent characters skipped: ZWNJ between
 *   a letter that joins the next (L, D) and one that joins the previous (R,
 *   D), a join it breaks (RFC 5892's CONTEXTJ); ZWJ where only one side
 *   would join, a join it asks for (cursive connection, 23.2: Persian
 *   "\u0647\u200D" shows the initial form of heh, as in gtk's
 *   "\u0647\u200D\u200C\u06CC"). A ZWJ between letters that join anyway, or
 *   that neither joins, changes nothing on screen. */
static int joiner_ok(const unspoof_stream *s, const struct word *w, size_t i, size_t la, size_t lb)
{
	size_t a = i, b = i + 1;
	unsigned ja, jb;
	if (virama_script(s->u[la].script) && s->u[lb].script == s->u[la].script)
		return 1;
	while (a > w->first && jt_of(s, a - 1) == US_JT_T)
		a--;
	while (b < w->end && jt_of(s, b) == US_JT_T)
		b++;
	ja = a > w->first ? jt_of(s, a - 1) : US_JT_U;
	jb = b < w->end ? jt_of(s, b) : US_JT_U;
	if (s->u[i].cp == 0x200D)
		return joins_next(ja) != joins_prev(jb);
	return joins_next(ja) && joins_prev(jb);
}

/* Invisible characters inside a word are findings unless the word's script
 * uses them: ZWNJ/ZWJ in Brahmic scripts and by the joining rules
 * (joiner_ok()), zero-width space and word joiners between letters of
 * scripts written without spaces, Mongolian variation selectors and vowel
 * separator in Mongolian. A soft hyphen is reported with low confidence:
 * some text uses it for hyphenation. */
static void decide_invisible(unspoof_stream *s, const struct word *w)
{
	unsigned i;
	for (i = w->first + 1; i + 1 < w->end; i++) {
		struct unit *u = &s->u[i];
		unsigned a = i - 1, b = i + 1, conf = 90;
		uint32_t cp = u->cp;
		if (u->cls != C_INVIS)
			continue;
		while (a > w->first && s->u[a].cls != C_LETTER)
			a--;
		while (b + 1 < w->end && s->u[b].cls != C_LETTER)
			b++;
		if (cp == 0x200C || cp == 0x200D) {
			/* Persian also writes ZWNJ after right-joining letters
			 * (ابزار‌ها), so any ZWNJ between letters of a joining
			 * script is accepted. */
			/* (The fast path keeps the second case,
			 * us_scan_zwnj_kept(), where a and b are the units
			 * right before and after.) */
			if (!plain_alphabet(s->u[a].script) &&
			    (joiner_ok(s, w, i, a, b) ||
			     (cp == 0x200C && jt_of(s, a) != US_JT_U && jt_of(s, b) != US_JT_U)))
				continue;
		} else if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
			if (spaceless_script(s->u[a].script) && spaceless_script(s->u[b].script))
				continue;
		} else if (cp >= 0x180B && cp <= 0x180F) {
			if (s->u[a].script == US_SC_Mong)
				continue;
		} else if (cp == 0x00AD) {
			/* After Â, Ã, Î, Ï, Ð or Ñ it is the byte AD of a
			 * character encoded in UTF-8 and read as Latin-1
			 * (mojibake: "Ã\u00AD" for í, "Î\u00AD" for έ,
			 * "Ð\u00AD" for Э; fakeroot's Spanish man pages,
			 * "necesitarÃ\u00ADa"): an encoding error, whose repair
			 * needs the byte, no obfuscation. (The lead bytes of
			 * the Latin-1 letters, Greek and Cyrillic: not Ä Ö Ü,
			 * which a soft hyphen follows in German words.) */
			uint32_t p = s->u[i - 1].cp;
			if (p == 0xC2 || p == 0xC3 || p == 0xCE || p == 0xCF || p == 0xD0 || p == 0xD1)
				continue;
			/* Unless it leaves fewer than two letters on a side
			 * ("d\u00ADog", "δ\u00ADεν"): no hyphenation breaks a
			 * word there. Dev set, invisible family: documents
			 * judged obfuscated 95.33-96.93% -> 99.58-100% by
			 * language (mix el 87.58 -> 89.67), exact documents
			 * unchanged. */
			unsigned k, left = 0, right = 0;
			for (k = w->first; k < i; k++)
				left += s->u[k].cls == C_LETTER;
			for (k = i + 1; k < w->end; k++)
				right += s->u[k].cls == C_LETTER;
			if (left >= 2 && right >= 2)
				conf = 50;
		}
		s->invis_ev += conf >= 90;
		set_finding(u, UNSPOOF_KIND_INVISIBLE, s->o.keep_invisible ? REPL_KEEP : REPL_DELETE,
		            conf, 255);
	}
}

static void decide_leet(unspoof_stream *s, struct word *w)
{
	unsigned i;
	unsigned sc = word_script(s, w);
	/* Digits for letters is a Latin-alphabet habit: a word that is (or is
	 * restored into) another script keeps its digits, else clean's output
	 * would mix scripts and a second clean would change it again. */
	if (sc != US_SC_Latn)
		return;
	for (i = w->first; i < w->end; i++)
		if ((s->u[i].pre & PRE_LEET) && s->u[i].kind == NO_KIND)
			set_finding(&s->u[i], UNSPOOF_KIND_LEET, letter_of(&s->u[i]), 70, US_SC_Latn);
}

/* Is mark m foreign on base b? On the plain alphabets (Latin, Cyrillic,
 * Greek, ...), whose modern orthographies stack at most two marks, every mark
 * counts, including the script's own (Cyrillic titlo U+0483 on Russian
 * text); elsewhere a mark counts when the base's script is not among its
 * Script_Extensions (Arabic harakat are Inherited but belong to Arabic).
 * The base counts as a letter of script own where own is not 255
 * (cluster_script()). */
static int foreign_mark(const struct unit *b, const struct unit *m, unsigned own)
{
	unsigned n, k, bsc = own != 255 ? own : b->script;
	const uint8_t *x;
	if ((b->cls == C_INVALID && own == 255) || plain_alphabet(bsc))
		return 1;
	if (m->script == bsc)
		return 0;
	x = us_scx(us_props(m->cp), &n);
	for (k = 0; k < n; k++)
		if (x[k] == bsc)
			return 0;
	return 1;
}

/* The script of the marks b[1..e) on a base that is no letter (punctuation,
 * a symbol, a space): all of one script that is no plain alphabet's, whose
 * letters the segment writes (Tibetan subjoined ra and vowel signs after
 * "&" in glibc's Dzongkha collation rules, "&\u0FB2\u0F71\u0F80"); 255 if
 * not so. Such a cluster is that script's, judged as on a letter of it. */
static unsigned cluster_script(const unspoof_stream *s, const struct unit *b,
                               const struct unit *e)
{
	const struct unit *m;
	unsigned sc = b[1].script;
	if (b->cls == C_LETTER || b->cls == C_INVALID || sc == US_SC_Zinh || sc == US_SC_Zyyy ||
	    plain_alphabet(sc) || !s->seg_letters[sc])
		return 255;
	for (m = b + 1; m < e; m++)
		if (m->script != sc)
			return 255;
	return sc;
}

/* Marks looked back at for a repeat (bounded: a hostile stack of a million
 * marks costs REP_WINDOW comparisons a mark). */
#define REP_WINDOW 8

/* Does mark m repeat one of the REP_WINDOW marks before it on base b? */
static int repeats_earlier(const struct unit *b, const struct unit *m)
{
	const struct unit *p;
	for (p = m - 1; p > b && m - p <= REP_WINDOW; p--)
		if (p->cp == m->cp)
			return 1;
	return 0;
}

/* Is mark m, in the stack b[1..e) on base b, one to remove: foreign, a
 * repeat in a run of three or more of the same mark, or (reps set: the
 * stack repeats its marks three times or more) any repeat? No orthography
 * writes a mark three times on one letter, so the script's own marks
 * repeated are zalgo too: "سَََََََََ", eight fathas on one letter, where
 * foreign_mark() would spare each, and fatha and shadda alternating
 * (سَّسَّ… on one letter), which no run of one mark shows; a mark typed
 * twice (a Hindi "टिि") is a typo and stays. */
static int excess_mark(const struct unit *b, const struct unit *m, const struct unit *e,
                       int reps, unsigned own)
{
	return foreign_mark(b, m, own) ||
	       (m > b + 1 && m[-1].cp == m->cp &&
	        ((m > b + 2 && m[-2].cp == m->cp) || (m + 1 < e && m[1].cp == m->cp))) ||
	       (reps && repeats_earlier(b, m));
}

/* Combining marks stacked on one base ("zalgo"). Three or more excess
 * marks of which at least one does not compose canonically with the base
 * (genuine decomposed text, such as polytonic Greek in NFD, recomposes
 * completely) make a finding that removes the excess marks. */
static void decide_marks(unspoof_stream *s, size_t base, size_t end)
{
	size_t i;
	unsigned foreign = 0, remaining = 0;
	uint32_t comp = s->u[base].cp;
	int composing = s->u[base].cls != C_INVALID, reps = 0;
	const unsigned own = cluster_script(s, &s->u[base], &s->u[end]);
	for (i = base + 2; i < end && reps < 3; i++)
		reps += repeats_earlier(&s->u[base], &s->u[i]);
	reps = reps >= 3;
	for (i = base + 1; i < end; i++) {
		const struct unit *m = &s->u[i];
		uint32_t c = composing ? us_compose_pair(comp, m->cp) : 0;
		if (!excess_mark(&s->u[base], m, &s->u[end], reps, own))
			continue;
		foreign++;
		if (c) {
			comp = c;
			continue;
		}
		composing = 0;
		remaining++;
	}
	if (foreign < 3 || remaining == 0)
		return;
	for (i = base + 1; i < end; i++) {
		struct unit *m = &s->u[i];
		if (excess_mark(&s->u[base], m, &s->u[end], reps, own))
			m->repl = REPL_DELETE;
		m->kind = NO_KIND;
	}
	/* The finding sits on the base; on the first mark when the base has a
	 * finding of its own (a lookalike, fancy or leet letter: its
	 * restoration must not depend on whether marks are undone, and the
	 * next clean, seeing the restored letter, counts it in its new
	 * script), or is an ill-formed byte, an invisible character or a bidi
	 * control, which keep (or get) their own findings. */
	if (s->u[base].kind != NO_KIND || s->u[base].cls == C_INVALID ||
	    s->u[base].cls == C_INVIS || s->u[base].cls == C_BIDI)
		base++;
	s->u[base].kind = UNSPOOF_KIND_MARKS;
	s->u[base].conf = foreign >= 5 ? 95 : 85;
	s->u[base].span = (uint8_t)(end - base > 255 ? 255 : end - base);
	s->u[base].imit_script = s->u[base].script;
}
