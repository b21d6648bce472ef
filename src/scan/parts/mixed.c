/* Words that mix scripts (decide_mixed()): restored into the script that
 * makes them consistent, unless they are two words glued together, a
 * token of code, or an author's slip; and the dominant script settled
 * by what was restored.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

static int in_subst(const unspoof_stream *s, uint32_t c);

/* Is w, restored into t, really two words glued together: a run of letters
 * of another script at its start or end ("CtrlМодификатор",
 * "OrcaИнтервал", "Plasmaта")? Obfuscators substitute letters here and
 * there, not a whole run at the edge of a word. The run must be at least 3
 * letters of one script, and either meet the rest at a change of case
 * (lower then upper: a compound written in camel case), or read clearly
 * better in its own script than restored into t. */
static int readings_attested(unspoof_stream *s, const struct word *w, unsigned t);
static int unattested_letter(unspoof_stream *s, const struct word *w, unsigned t);

static int glued_word(const unspoof_stream *s, const struct word *w, unsigned t)
{
	unsigned i, first = 0, last = 0, n = 0, sc = 255, runs = 0, prev_in = 0;
	unsigned before = 0, after = 0, real = 0;
	struct word run, rest;
	struct cands cs;
	int own, other, restored, two, camel;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		int in;
		if (u->cls != C_LETTER)
			continue;
		/* A fancy letter counts in the script of its letter: if the
		 * word is found glued (not restored), clean writes it as that
		 * letter ("TTT...Tч + bold e": the next clean sees "...Tче"). */
		in = u->script != t && u->script != US_SC_Zyyy && u->script != US_SC_Zinh;
		if (in) {
			if (sc == 255)
				sc = u->script;
			else if (u->script != sc)
				return 0;
			if (!prev_in) {
				runs++;
				first = i;
			}
			last = i;
			n++;
			real += !(u->pre & PRE_LEET);
		} else if (runs) {
			after++;
		} else {
			before++;
		}
		prev_in = (unsigned)in;
	}
	if (runs != 1 || n < 2 || (before && after) || before + after < 2)
		return 0;
	/* Leet digits alone are no word ("Тч4$$" stays one Cyrillic word, as
	 * "Tч4$$" was restored into one), and they do not make a run long
	 * enough to be one: "Tч𝐞88" (fancy letters kept) is restored into
	 * Cyrillic, its digits staying digits, and the next clean must not
	 * take "𝐞88" for a Latin word glued on and write "𝐞bb". */
	if (!real)
		return 0;
	/* A run of a script other than Latin (the script foreign terms are
	 * written in everywhere: "Plasma" + "та") is a word glued on only
	 * where the document writes that script genuinely, with letters no
	 * obfuscator substitutes. Else it is lookalikes: French "νουlez",
	 * Serbian "VebΚιτα" (the junction of a name, a capital after a small
	 * letter, proves nothing then). A script without a model (Arabic
	 * "ها" glued to "botmap" in Persian text) is left at that: a run of
	 * two or more of its letters at the edge of the word is its own
	 * word. */
	if (sc != US_SC_Latn && s->seg_anchor[sc] + s->carry_anchor[sc] == 0)
		return 0;
	if (us_ngram_group(sc) < 0)
		return 1;
	if (real < 3)
		return 0;
	/* The letters either side of the junction. */
	if (after) {
		for (i = last + 1; s->u[i].cls != C_LETTER; i++)
			;
		camel = (s->u[last].flags & UF_LOWER) && (s->u[i].flags & UF_UPPER);
	} else {
		for (i = first - 1; s->u[i].cls != C_LETTER; i--)
			;
		camel = (s->u[i].flags & UF_LOWER) && (s->u[first].flags & UF_UPPER);
	}
	if (camel)
		return 1;
	run.first = first;
	run.end = last + 1;
	/* A run made only of letters the document's obfuscator was seen
	 * writing in mixed words (in either case) is its work as likely as
	 * a word glued on: "makже", "Takим", Kazakh "emeді" read better as
	 * a Latin word and a Cyrillic ending than as "также", "етеді", and
	 * words glued on without a change of case are rare in genuine text
	 * (Kazakh and Russian join an ending to a Latin word with a hyphen:
	 * "VLC-ге", "CPU-а"). A genuine one ("Plasmaта") has a letter no
	 * obfuscator wrote there (l), or comes before any substitution. */
	for (i = first; i <= last; i++) {
		uint32_t c = s->u[i].cp;
		if (s->u[i].cls == C_LETTER && !in_subst(s, us_simple_lower(c)) &&
		    !in_subst(s, us_simple_upper(c)))
			break;
	}
	if (i > last)
		return 0;
	/* A Latin run without a junction of case, in Cyrillic text, every
	 * letter of which reads as a Cyrillic letter the text writes
	 * (readings_attested()): "mak" + "им", "Kor" + "да", "ня" + "koe" are
	 * Cyrillic words whose letters at one end the obfuscator all wrote in
	 * Latin (at a rate of 3 in 5 it does so for 1 word in 5), while the
	 * Latin names genuine text glues a Cyrillic ending to have a letter
	 * without a Cyrillic twin (the l of "Plasmaта", the f of "confи"):
	 * one word, restored whole. (The n-gram models read a short Latin run
	 * and the Cyrillic rest as two words at least as well as the whole
	 * word restored: "mak" and "им" against "такими".) attested() only
	 * memoizes the segment's letters: s is not changed otherwise. */
	if (sc == US_SC_Latn && t == US_SC_Cyrl && feasible(s, &run, t) &&
	    readings_attested((unspoof_stream *)s, &run, t))
		return 0;
	/* Two words (the run in its own script, the rest in t) against one
	 * word restored into t: "Plasma" + "та" reads better than "Рӏаѕмата",
	 * "ρουν" + "ez" worse than "pouvez". */
	rest.first = after ? last + 1 : w->first;
	rest.end = after ? w->end : first;
	own = word_score(s, &run, sc, NULL);
	other = word_score(s, &rest, t, NULL);
	gather(s, w, t, &cs, w->first);
	restored = choose(s, w, t, &cs, 1);
	if (own == INT32_MIN || other == INT32_MIN || restored == INT32_MIN)
		return 0;
	two = (own * (int)(n + 1) + other * (int)(before + after + 1)) / (int)(n + before + after + 2);
	return two >= restored + US_NGRAM_MARGIN;
}

/* Does w touch a slash or a backslash (a path, "S/MIME")? */
static int latin_token(const unspoof_stream *s, const struct word *w)
{
	uint32_t b = w->first > 0 ? s->u[w->first - 1].cp : ' ';
	uint32_t a = w->end < s->nunits_seg ? s->u[w->end].cp : ' ';
	return b == '/' || a == '/' || b == '\\' || a == '\\';
}

/* The word across the slash (or backslash) at unit k, before it (dir -1)
 * or after it (dir 1): 1 if it is a word of script t (every letter of t,
 * as written or as restored into t by an earlier decision, or an anchor
 * letter of t and none of another script, or half its letters or more
 * of t and no anchor of another script: a word of t with lookalikes in
 * it, not yet decided, "Kρuφ" after "Koιv/"), 0 if it is not, -1 if there
 * is no word there. (With the last: dev set, Latin-in-Greek exact documents
 * 95.67% -> 96.08%, mix el 95.75 -> 95.92, Latin-in-Cyrillic bg 92.50 ->
 * 92.75, sr 92.33 -> 92.50, no language worse.) */
static int across_slash_in(const unspoof_stream *s, size_t k, int dir, unsigned t)
{
	size_t i = k, n = 0, in_t = 0;
	int all = 1, anchor = 0, other_anchor = 0;
	for (;;) {
		const struct unit *u;
		unsigned sc;
		if (dir < 0 ? i == 0 : i + 1 >= s->nunits_seg)
			break;
		i = dir < 0 ? i - 1 : i + 1;
		u = &s->u[i];
		/* (Invisible characters inside a word are no break in it:
		 * "Прима/Копија/C<U+FEFF>лепа" of the mix family, whose
		 * "Копија" was written Latin "Konuja".) */
		if (u->cls == C_MARK || u->cls == C_INVIS || u->cls == C_BIDI)
			continue;
		if (u->cls != C_LETTER)
			break;
		sc = u->kind == UNSPOOF_KIND_LOOKALIKE && u->repl != REPL_KEEP && u->repl != REPL_DELETE
		         ? u->imit_script
		         : u->script;
		all &= sc == t;
		in_t += sc == t;
		if (u->flags & UF_ANCHOR) {
			anchor |= u->script == t;
			other_anchor |= u->script != t;
		}
		n++;
	}
	if (!n)
		return -1;
	return all || (anchor && !other_anchor) || (!other_anchor && 2 * in_t >= n);
}

/* Is w one of a list of words of script t, written with slashes
 * ("почетокот/крајот", "горе/доле"): a word of t on one side of the slash
 * next to it, none of another script on the other? */
static int slash_list_in(const unspoof_stream *s, const struct word *w, unsigned t)
{
	int before = -1, after = -1;
	size_t e = w->end;
	if (w->first > 0 && (s->u[w->first - 1].cp == '/' || s->u[w->first - 1].cp == '\\'))
		before = across_slash_in(s, w->first - 1, -1, t);
	/* A list may put a space after each slash ("Προς/ Κοιν/ Κρυφ"). Dev
	 * set: Latin-in-Greek exact documents 94.42% -> 94.58%, mix el 94.50
	 * -> 94.67; Cyrillic dev unchanged. */
	else if (w->first > 1 && s->u[w->first - 1].cp == ' ' && s->u[w->first - 2].cp == '/')
		before = across_slash_in(s, w->first - 2, -1, t);
	if (e < s->nunits_seg && (s->u[e].cp == '/' || s->u[e].cp == '\\'))
		after = across_slash_in(s, e + 1 < s->nunits_seg && s->u[e].cp == '/' &&
		                                   s->u[e + 1].cp == ' '
		                               ? e + 1
		                               : e,
		                        1, t);
	return before != 0 && after != 0 && (before > 0 || after > 0);
}

/* The Latin letters counted in ws. */
static unsigned latin_count(const struct wstat *ws)
{
	unsigned k;
	for (k = 0; k < ws->nscripts; k++)
		if (ws->scripts[k] == US_SC_Latn)
			return ws->count[k];
	return 0;
}

/* Pass 2a: mixed-script words. */
/* Is the anchor of w, of script t, a stray letter of another keyboard in a
 * word of the dominant script dom rather than the script of the word?
 * Macedonian "Vрати" (Latin V for В, a letter without a Cyrillic twin) is
 * a Cyrillic word; restored into Latin it read "Vpatu". So when the anchor
 * is the word's only letter outside dom, three letters or more of dom
 * surround it, and those letters alone read better in dom than the word
 * restored into t. (An obfuscator substitutes the letters of a word that
 * have twins; it writes no anchor letter of another script.) So too when
 * the obfuscator wrote some of its other letters in t ("Vрaти", "Vpamи"):
 * one anchor of t, three letters or more besides, the word read in dom
 * (its anchor left out) against the word restored into t. The word is then
 * restored into dom, but for its anchor. */
static int stray_anchor(const unspoof_stream *s, const struct word *w, const struct wstat *ws,
                        unsigned t, unsigned dom)
{
	uint32_t cps[MAX_SCORED];
	struct cands cs;
	unsigned k, ndom = 0, ta = 0;
	size_t n, i, m = 0;
	int own, restored;
	if (t == dom || dom == 255 || ws->nscripts != 2 || ws->fancy)
		return 0;
	for (k = 0; k < ws->nscripts; k++) {
		if (ws->scripts[k] == dom)
			ndom = ws->count[k];
		else if (ws->scripts[k] == t)
			ta = ws->anchors[k];
	}
	if (ta != 1 || ndom == 0 || ws->letters < 4 || !feasible_but_one(s, w, dom))
		return 0;
	/* The word read in dom, its anchor left out. */
	gather(s, w, dom, &cs, w->first);
	choose(s, w, dom, &cs, 1);
	n = word_letters(s, w, &cs, cps, NULL);
	for (i = 0; i < n; i++)
		if (us_props(cps[i])->sc != t)
			cps[m++] = cps[i];
	own = cached_score(s, us_ngram_group(dom), cps, m);
	gather(s, w, t, &cs, w->first);
	restored = choose(s, w, t, &cs, 1);
	return own != INT32_MIN && restored != INT32_MIN && own >= restored;
}

/* Is the one Latin anchor of mixed word w, in Serbian or Macedonian text
 * (serbian_seen(), or carried), a vowel a, e or o with an accent ("кôд",
 * "прêдак"), in a word with an anchor of dom and at least as many letters
 * of dom as other Latin ones? Serbian marks its accents and the length of
 * a vowel on Cyrillic words with the precomposed letter of the Latin
 * keyboard, Cyrillic having none: the accented letter is a stray letter of
 * the word of dom, and its other Latin letters the obfuscator's (the word
 * is restored into dom but for it). A Latin name glued to a Cyrillic
 * ending has more Latin letters than Cyrillic ones ("Pokémonа"). Dev
 * set, exact documents: Latin-in-Cyrillic sr 97.83% -> 98.00%, mix sr
 * 98.25 -> 98.33; mk and the held-out set unchanged. */
static int serbian_seen(const unspoof_stream *s);

static int accent_stray(const unspoof_stream *s, const struct word *w, const struct wstat *ws,
                        unsigned dom)
{
	uint32_t d[US_NORM_MAX_DECOMP];
	unsigned k, ndom = 0, nlat = 0, la = 0, da = 0;
	size_t i, n;
	if (dom != US_SC_Cyrl || ws->nscripts != 2 || ws->fancy ||
	    (!s->carry_serbian && !serbian_seen(s)))
		return 0;
	for (k = 0; k < 2; k++) {
		if (ws->scripts[k] == dom) {
			ndom = ws->count[k];
			da = ws->anchors[k];
		} else if (ws->scripts[k] == US_SC_Latn) {
			nlat = ws->count[k];
			la = ws->anchors[k];
		}
	}
	if (la != 1 || da == 0 || ndom + 1 < nlat)
		return 0;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		if (u->cls != C_LETTER || u->script != US_SC_Latn)
			continue;
		if (!(u->flags & UF_ANCHOR)) {
			if (!lk_into(u, dom, 0))
				return 0;
			continue;
		}
		n = us_decompose(u->cp, 0, d);
		if (n < 2 || us_ccc(d[1]) == 0 || d[0] >= 0x80 || d[0] == 0 ||
		    !strchr("aeoAEO", (int)d[0]))
			return 0;
	}
	return 1;
}

static int between_slash(const unspoof_stream *s, size_t nunits, const struct word *w);

/* Does mixed word w read clearly better restored into script t than
 * into Latin (Macedonian "paмка" of "рамка/ID", Serbian "nopyka/cтатус":
 * words of t in a list with a Latin one, not a Latin name, as "S/MIMЕ"
 * is)? */
static int reads_better(const unspoof_stream *s, const struct word *w, unsigned t, unsigned other,
                        int margin)
{
	struct cands cs;
	int a, b;
	if (t == 255 || !feasible(s, w, t) || !feasible(s, w, other))
		return 0;
	gather(s, w, t, &cs, w->first);
	a = choose(s, w, t, &cs, 1);
	gather(s, w, other, &cs, w->first);
	b = choose(s, w, other, &cs, 1);
	return a != INT32_MIN && b != INT32_MIN && a >= b + margin;
}

static int reads_better_in(const unspoof_stream *s, const struct word *w, unsigned t)
{
	return reads_better(s, w, t, US_SC_Latn, US_NGRAM_MARGIN);
}

/* Is w a word of dom (Cyrillic or Greek) with lookalikes in it, glued to
 * a genuine Latin word, the space between left out ("πpoρύθμiσηpkgsel" of
 * "προρύθμιση" and "pkgsel")? Such a word cannot be restored whole into
 * either script, and decide_mixed() would leave it as it is: here the
 * Latin letters at one end of the word make a run with a letter that
 * cannot be restored into dom (or a Latin anchor), and the rest has an
 * anchor of dom and Latin letters that can all be restored into dom.
 * The rest is restored; returns the letters written. (Where the rest
 * ends in a lookalike, that letter counts in the run and stays: nothing
 * tells it apart.) Dev set: Latin-in-Greek exact documents 96.42% ->
 * 96.58%, mix el 96.75 -> 96.92; Latin-in-Cyrillic be 95.28 -> 95.38, mk
 * 93.42 -> 93.64, uk 97.67 -> 97.92, mix mk 92.32 -> 92.76, uk 97.67 ->
 * 98.00; no language worse. */
/* The units of a run of two or more Latin letters at the start (dir 1) or
 * the end (dir 0) of w that meets the rest of the word at a change of case,
 * a small letter and then a capital ("Orca" of "OrcaИнтервал", "Ctrl" of
 * "CtrlМодификатор": a name glued to a word, the space or the markup
 * between left out); 0 if there is none. A Cyrillic or Greek word has no
 * capital after a small letter, and an obfuscator keeps case. */
static unsigned camel_run(const unspoof_stream *s, const struct word *w, unsigned dir)
{
	unsigned k, j, len = w->end - w->first, letters = 0, prev_lower = 0;
	for (k = 0; k < len; k++) {
		const struct unit *u = &s->u[dir ? w->first + k : w->end - 1 - k];
		if (u->cls != C_LETTER)
			continue;
		if (dir && (u->flags & UF_UPPER) && prev_lower)
			return letters >= 2 ? k : 0;
		if (u->script != US_SC_Latn)
			return 0;
		letters++;
		prev_lower = (u->flags & UF_LOWER) != 0;
		if (dir || !(u->flags & UF_UPPER))
			continue;
		/* (Read backwards: the letter before this capital.) */
		for (j = k + 1; j < len && s->u[w->end - 1 - j].cls != C_LETTER; j++)
			;
		if (j < len && (s->u[w->end - 1 - j].flags & UF_LOWER))
			return letters >= 2 ? k + 1 : 0;
	}
	return 0;
}

/* With camel, the run is camel_run()'s instead (no letter of it need be
 * an anchor), if it does not read clearly better restored into dom
 * (reads_better_in()). */
static unsigned glued_pair(unspoof_stream *s, struct word *w, unsigned dom, int camel)
{
	unsigned dir;
	if (dom != US_SC_Cyrl && dom != US_SC_Grek)
		return 0;
	for (dir = 0; dir < 2; dir++) {
		struct word rest = *w;
		unsigned i, run_anchor = 0, dom_anchor = 0, foreign = 0, k, n;
		/* The run of Latin letters at the end (dir 0) or the start. */
		if (camel) {
			struct word run = *w;
			k = camel_run(s, w, dir);
			if (dir)
				run.end = w->first + k;
			else
				run.first = w->end - k;
			if (!k || reads_better_in(s, &run, dom))
				continue;
		} else {
			for (k = 0; k < w->end - w->first; k++) {
				const struct unit *u = &s->u[dir ? w->first + k : w->end - 1 - k];
				if (u->cls != C_LETTER)
					continue;
				if (u->script != US_SC_Latn)
					break;
				run_anchor += (u->flags & UF_ANCHOR_READ) || !lk_into(u, dom, 0);
			}
			if (!run_anchor || k == w->end - w->first)
				continue;
		}
		if (dir)
			rest.first = w->first + k;
		else
			rest.end = w->end - k;
		for (i = rest.first; i < rest.end; i++) {
			const struct unit *u = &s->u[i];
			if (u->cls != C_LETTER)
				continue;
			if (u->flags & UF_FANCY)
				return 0;
			if (u->script == dom)
				dom_anchor += (u->flags & UF_ANCHOR_READ) != 0;
			else if (u->script == US_SC_Latn && !(u->flags & UF_ANCHOR_READ))
				foreign++;
			else if (u->script != US_SC_Zyyy && u->script != US_SC_Zinh)
				break;
		}
		if (i < rest.end || !dom_anchor || !foreign || !feasible(s, &rest, dom))
			continue;
		n = restore_word(s, &rest, dom, 80);
		note_subst(s, &rest);
		if (n)
			w->part = 1;
		return n;
	}
	return 0;
}

/* Is w, in Cyrillic text (dom), a Latin word with a Cyrillic letter typed
 * in it: restored into Latin, an English word of the twin-word filter
 * (twinlex.h: "control"), into Cyrillic no Cyrillic word ("соптгоӏ"), and
 * reading better in Latin by the letter models? At high rates an
 * obfuscator leaves one Cyrillic letter in a word of Latin twins
 * ("knonкy" of "кнопку", "ammаn" of Kazakh "аттап"), whose Latin reading
 * the letter models may prefer, but which no dictionary lists. Words of
 * LATIN_SLIP_LETTERS Latin letters or more (decide_mixed()). */
#define LATIN_SLIP_LETTERS 4

static int latin_slip(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	int cyr;
	if (dom != US_SC_Cyrl || !feasible(s, w, US_SC_Latn) ||
	    !reads_better(s, w, US_SC_Latn, dom, US_NGRAM_MARGIN) ||
	    twin_reading(s, w, US_SC_Latn, US_TWINLEX_KIND_LAT) != 1)
		return 0;
	cyr = twin_reading(s, w, dom, US_TWINLEX_KIND_CYR);
	return cyr != -2 && cyr != 1;
}

/* Is w, mixing scripts, no word at all by its shape, which obfuscators
 * keep (they write words in small letters, in capitals, or a capital and
 * small letters)? Two shapes, from genuine catalogues:
 * - letters listed each before its capital, "yYтТ" or "cCсС": the answers
 *   a program takes in two keyboard layouts ("Y (так)/n (ні)"), or a
 *   character class, "^[yYтТ]";
 * - a small Latin letter before two or more Cyrillic or Greek capitals: a
 *   command-line option glued to the name of its argument ("-cТЕГ",
 *   "-kСЛОВО"), a hexadecimal prefix ("0xАДРЕСА"). Restored, they would be
 *   no word either ("сТЕГ"). Latin text is left out: its names have that
 *   shape ("iOS", "eSIM"). Not the other way round: Bulgarian glues its
 *   endings to words in capitals ("ВХОДа", a Latin a at a rate of 1 in 3),
 *   English its plural to acronyms ("ATMs", written in Cyrillic
 *   capitals); on the dev set, exact documents Latin-in-Cyrillic bg
 *   97.17% -> 96.67%, Greek 99.72 -> 99.54, for split's "ПРЕФИКСaa".
 * - a small Greek or Cyrillic letter before two or more Latin capitals,
 *   in a segment that writes letters of the small one's script that no
 *   obfuscator writes (anchors: σ, τ, λ): variables multiplied in a
 *   formula ("β = {ρNT}^σ", libxdmcp's protocol text, became "pNT" in
 *   English and "ρΝΤ" beside Greek words). Obfuscated text writes no
 *   such anchors, so "ιOS" there is still iOS. */
static int no_word_shape(const unspoof_stream *s, const struct word *w)
{
	unsigned i, n = 0, pairs = 1, tail = 1, math = 1;
	uint32_t prev = 0;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		if (u->cls != C_LETTER)
			return 0;
		if (n % 2 == 1 &&
		    (!(u->flags & UF_UPPER) || prev == u->cp || us_simple_upper(prev) != u->cp))
			pairs = 0;
		if (n == 0 ? !(u->script == US_SC_Latn && (u->flags & UF_LOWER))
		           : (u->script != US_SC_Cyrl && u->script != US_SC_Grek) || !(u->flags & UF_UPPER))
			tail = 0;
		if (math && (n == 0 ? (u->script != US_SC_Cyrl && u->script != US_SC_Grek) ||
		                              !(u->flags & UF_LOWER) || !s->seg_anchor[u->script]
		                    : u->script != US_SC_Latn || !(u->flags & UF_UPPER)))
			math = 0;
		if (!pairs && !tail && !math)
			return 0; /* (most words, by their second letter) */
		prev = u->cp;
		n++;
	}
	return (pairs && n >= 4 && n % 2 == 0) || ((tail || math) && n >= 3);
}

/* Has decide_mixed() anything to do with w: a second script in it, or a
 * target script the options force? Asked by its callers too, before the
 * call: most words are of one script, and the call and the frame of
 * decide_mixed() cost them 1.8% of a scan of obfuscated English. */
static inline int mixed_candidate(const unspoof_stream *s, const struct word *w)
{
	return !w->single || s->o.target_script >= 0;
}

static void decide_mixed(unspoof_stream *s, struct word *w, unsigned dom)
{
	struct wstat ws;
	unsigned k, t = 255, nanch = 0, best = 0;
	int accent;
	if (!mixed_candidate(s, w))
		return; /* no second script: nothing to restore */
	word_stats(s, w, &ws);
	w->script = ws.nscripts == 1 ? ws.scripts[0] : 255;
	w->most = (uint8_t)most_script(&ws); /* for word_script() */
	w->most_ok = 1;
	w->anchors = 0;
	for (k = 0; k < ws.nscripts; k++)
		if (ws.anchors[k]) {
			nanch++;
			t = ws.scripts[k];
			w->anchors = 1;
		}
	w->fancy = ws.fancy > 0;
	if (s->o.target_script >= 0) {
		t = (unsigned)s->o.target_script;
		if ((ws.nscripts >= 2 || (ws.nscripts == 1 && ws.scripts[0] != t)) && feasible(s, w, t)) {
			s->evidence += restore_word(s, w, t, ws.nscripts >= 2 ? 85 : 70);
			w->target = (uint8_t)t;
		}
		return;
	}
	if (ws.nscripts < 2 || no_word_shape(s, w))
		return;
	/* Genuine letters of two scripts: not ours to fix, but a word of dom
	 * glued to a Latin one (glued_pair()). */
	accent = nanch == 2 && accent_stray(s, w, &ws, dom);
	if (nanch >= 2 && !accent) {
		s->evidence += glued_pair(s, w, dom, 0);
		return;
	}
	if (accent)
		t = dom; /* but the accented vowel, which restore_word() passes by */
	if (nanch == 0) {
		/* No anchors: the dominant script if the word has letters of it,
		 * else the script of most of its letters (which must outnumber
		 * the dominant script's letters in the word). */
		unsigned domcount = 0;
		t = 255;
		for (k = 0; k < ws.nscripts; k++)
			if (ws.scripts[k] == dom)
				domcount = ws.count[k];
		if (domcount && feasible(s, w, dom))
			t = dom;
		/* But a Latin word with one Cyrillic letter in it, a slip of
		 * the keyboard (Ukrainian "натисніть сontrol-C", its с
		 * Cyrillic), is Latin (latin_slip()). */
		if (t == dom && domcount == 1 && latin_count(&ws) >= LATIN_SLIP_LETTERS &&
		    latin_slip(s, w, dom))
			t = US_SC_Latn;
		/* A word mixing two other scripts and none of the dominant one
		 * ("τо" of Greek τ and Cyrillic о in English) is no word of
		 * either: the dominant script's, if it can be. */
		if (t == 255 && !domcount && ws.nscripts >= 2 && dom != 255 && feasible(s, w, dom))
			t = dom;
		if (t == 255) {
			best = domcount;
			for (k = 0; k < ws.nscripts; k++)
				if (ws.count[k] > best && feasible(s, w, ws.scripts[k])) {
					best = ws.count[k];
					t = ws.scripts[k];
				}
		}
		if (t == 255 && dom != 255 && feasible(s, w, dom))
			t = dom;
		/* In a path or a list of names ("S/MIMЕ"), Latin; not in a
		 * list of words of t ("почетокот/краjот" is Macedonian, as
		 * "почетокот" shows), nor in a word of more letters of the
		 * dominant script than Latin ones: a word of it with lookalikes
		 * ("τόχοu/" in Greek text, whose letters nearly all have Latin
		 * twins, was written "tóxou"). Dev set: Latin-in-Cyrillic exact
		 * documents bg 92.75% -> 93.00%, mk 87.72 -> 88.16, ru 90.08 ->
		 * 90.25, sr 92.50 -> 92.67; mix bg 92.17 -> 92.33, mk 87.28 ->
		 * 87.50, ru 89.25 -> 89.58, sr 92.00 -> 92.08. */
		if (t != US_SC_Latn && latin_token(s, w) && !(t != 255 && slash_list_in(s, w, t)) &&
		    !(t == dom && domcount > latin_count(&ws)) && feasible(s, w, US_SC_Latn) &&
		    !(between_slash(s, s->nunits_seg, w) && reads_better_in(s, w, t)))
			t = US_SC_Latn;
	}
	/* Without anchors, t was only ever taken once found feasible. With
	 * them, one letter that has no twin in t may stay as it is: a stray
	 * letter of another keyboard (Kazakh "Видеонıң", typed with Latin
	 * dotless ı) in a word whose other letters are lookalikes
	 * ("Bидeoнıң"); restore_word() passes it by. */
	if (nanch && t != 255 && stray_anchor(s, w, &ws, t, dom))
		t = dom; /* restored but the anchor ("Vрaти": Vрати) */
	if (t != 255 && nanch && !accent && !feasible_but_one(s, w, t)) {
		if (t == dom)
			s->evidence += glued_pair(s, w, dom, 0);
		return;
	}
	/* A name glued to a word of dom at a change of case ("OrcaИнтeрвал")
	 * stays, and the word is restored (glued_pair()). Dev set (ru bg be
	 * uk): Latin-in-Cyrillic exact documents bg 95.25% -> 96.08%, mix bg
	 * 95.17 -> 96.08 (Latin "Orca" was Cyrillic "Огса"); ru be uk, sr mk
	 * kk and Greek (el) unchanged. */
	if (t == dom && nanch && (k = glued_pair(s, w, dom, 1)) > 0) {
		s->evidence += k;
		return;
	}
	if (t == 255 || glued_word(s, w, t) || unattested_letter(s, w, t))
		return;
	k = restore_word(s, w, t, nanch ? 90 : 80);
	s->evidence += k;
	w->wrote_none = k == 0; /* leet digits or fancy letters only */
	note_subst(s, w);
	w->target = (uint8_t)t;
}

/* The dominant script once mixed words are decided. Without anchors (the
 * segment's or carried), dom is only the script of most letters, and an
 * obfuscator that substitutes nearly every letter makes that its own. The
 * next clean counts the letters of the restored words in the script they
 * were restored into, so that is how they count here too: the script of
 * most letters as clean writes them. (Anchors cannot move: a letter and
 * what clean writes for it count alike, test_scan checks.) Counting instead
 * the mixed words restored into each script made a word of Cyrillic р and
 * Greek Π, restored into Cyrillic, settle an English paragraph as Cyrillic;
 * the next clean saw a plain Cyrillic word and kept it English. */
static unsigned settle_dominant(const unspoof_stream *s, unsigned dom)
{
	uint32_t count[US_SCRIPT_COUNT];
	uint8_t list[US_SCRIPT_COUNT], in[US_SCRIPT_COUNT];
	unsigned nlist = 0, k, best = 255;
	uint32_t bv = 0;
	size_t i;
	if (dom == 255 || s->seg_anchor[dom] + s->carry_anchor[dom] > 0 ||
	    !(s->o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE)))
		return dom;
	memset(in, 0, sizeof in);
	for (k = 0; k < s->nseg_seen; k++) {
		unsigned sc = s->seg_seen[k];
		list[nlist++] = (uint8_t)sc;
		in[sc] = 1;
		count[sc] = s->seg_letters[sc];
	}
	for (i = 0; i < s->nunits_seg; i++) {
		const struct unit *u = &s->u[i];
		unsigned from, to = u->imit_script;
		if (u->kind != UNSPOOF_KIND_LOOKALIKE || u->cls != C_LETTER)
			continue;
		from = (u->pre & PRE_ANCHOR_FOR) ? u->anchor_sc : u->script;
		if (from == to || !in[from])
			continue;
		if (!in[to]) {
			list[nlist++] = (uint8_t)to;
			in[to] = 1;
			count[to] = 0;
		}
		count[from]--;
		count[to]++;
	}
	/* As dominant_script() picks among letter counts. */
	for (k = 0; k < nlist; k++) {
		unsigned sc = list[k];
		if (count[sc] > bv || (count[sc] == bv && bv && sc < best)) {
			bv = count[sc];
			best = sc;
		}
	}
	return best == 255 ? dom : best;
}
