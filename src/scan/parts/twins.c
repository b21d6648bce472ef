/* Whole words in twins of another script: accents and hyphens,
 * quotations, capitals in Greek and Serbian text, apostrophes.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Is w a Latin word of small letters in Greek text with a vowel under an
 * acute accent (á é í ó ú ý), the twin of a Greek vowel with its tonos
 * ("éva" for ένα, "véo" for νέο)? Such a word is restored by its
 * place next to a word of Greek, as a short function word is: the n-gram
 * models read "éva" as well as Latin. Dev set: Latin-in-Greek exact
 * documents 95.50% -> 95.67%, mix el 95.33 -> 95.75. */
static int greek_tonos(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	unsigned i, acute = 0;
	if (dom != US_SC_Grek || w->script != US_SC_Latn)
		return 0;
	for (i = w->first; i < w->end; i++) {
		uint32_t c = s->u[i].cp;
		if (s->u[i].flags & UF_UPPER)
			return 0;
		acute += c == 0xE1 || c == 0xE9 || c == 0xED || c == 0xF3 || c == 0xFA || c == 0xFD;
	}
	return acute == 1;
}

/* What the twin-word filter (twinlex.h) says of Latin word w in Cyrillic
 * text read as it stands and restored with the picks of cs: -1 its Latin
 * reading is an English word and its Cyrillic one no Cyrillic word ("root",
 * "гоот"), 1 the other way round ("namok", "паток"), 0 both, neither or
 * unknown. */
static int twin_word(const unspoof_stream *s, const struct word *w, const struct cands *cs)
{
	uint32_t cps[MAX_SCORED];
	size_t i, n = word_letters(s, w, NULL, cps, NULL);
	int lat = us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n), cyr;
	/* A name counts written as one ("Kate"), not in small letters
	 * ("moro", Cyrillic "того" in italic lookalikes), unless of two
	 * letters, a symbol or a unit ("mb", "tm"). Dev set (ru bg be uk):
	 * Latin-in-Cyrillic exact documents 93.96% -> 94.05%, mix 93.81 ->
	 * 93.90. */
	if (lat == 0 && ((s->u[w->first].flags & UF_UPPER) || n <= 2))
		lat = us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, cps, n);
	for (i = 0; i < n && cps[i] < 0x80; i++)
		;
	n = word_letters(s, w, cs, cps, NULL);
	cyr = us_twinlex_word(US_TWINLEX_KIND_CYR, cps, n);
	/* Not in Serbian or Macedonian text (ђ ћ џ љ њ ѓ ќ here or carried):
	 * the filter has no Macedonian words and not every Serbian form, so
	 * an English reading there says nothing ("moa" for Macedonian тоа). */
	if (lat == 1 && cyr == 0 && !s->carry_serbian && !serbian_seen(s))
		return -1;
	/* A Cyrillic word of the dictionaries is no evidence against a
	 * genuine acronym ("IP", "OK") or a short Latin term of ASCII
	 * letters ("rc"). */
	return cyr == 1 && lat == 0 && !all_caps(s, w) && (n >= 3 || i < n);
}

/* Is w, a Latin word of three small letters or more in Serbian or
 * Macedonian text (ђ ћ џ љ њ ѓ ќ here or carried), one whose readings the
 * twin-word filter knows neither as an English word or name nor as a
 * Cyrillic word? The filter has no Macedonian words and not every
 * Serbian form ("таа", "потоа", "сакате"), so its silence on the Cyrillic
 * reading says little there, while an English word it would know:
 * decide_pure() counts such a word half as a Cyrillic one. */
static int twin_unknown(const unspoof_stream *s, const struct word *w, const struct cands *cs)
{
	uint32_t cps[MAX_SCORED];
	size_t n;
	if ((!s->carry_serbian && !serbian_seen(s)) || !no_capital(s, w))
		return 0;
	n = word_letters(s, w, NULL, cps, NULL);
	if (n < 3 || us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n) != 0 ||
	    us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, cps, n) != 0)
		return 0;
	n = word_letters(s, w, cs, cps, NULL);
	return us_twinlex_word(US_TWINLEX_KIND_CYR, cps, n) == 0;
}

/* How much (n-gram score units) a reading that is a dictionary word
 * (twin_word()) is preferred to one that is none: an English word more
 * (the Cyrillic dictionaries list many rare forms: "тьох" for "mbox"). */
#define TWIN_WORD_LATIN (4 * US_NGRAM_ONE_BIT)
#define TWIN_WORD_CYRILLIC (2 * US_NGRAM_ONE_BIT)

/* Is Latin word w, in Cyrillic text, of three letters or more, joined by
 * a hyphen to the word before it ("UDP-namok", "SOCKS-npokci"), and its
 * Cyrillic reading a Cyrillic word and its Latin one no English word
 * (twin_word() 1)? Cyrillic text joins its own nouns to Latin names so
 * ("UDP-паток", "SAP-парсер"): the genuine Latin name in the token says
 * nothing of the word after the hyphen. Dev set (ru bg be uk):
 * Latin-in-Cyrillic exact documents be 96.44% -> 96.82%, mix be 96.15 ->
 * 96.44; ru bg uk, sr mk kk unchanged. */
static int hyphen_twin(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	struct cands cs;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || w->first < 2 || w->end - w->first < 3 ||
	    s->u[w->first - 1].cp != '-' || s->u[w->first - 2].cls != C_LETTER)
		return 0;
	gather(s, w, dom, &cs, w->first);
	if (choose(s, w, dom, &cs, 1) == INT32_MIN)
		return 0;
	return twin_word(s, w, &cs) == 1;
}

/* Is Latin word w, in Cyrillic text, of two letters or more, not in
 * capitals ("Bo", "mo", "rope"; not "IP", "OK"), one part of a compound
 * joined by a hyphen to a word of dom (across_slash_in(): "Bo-первых",
 * "какого-mo", "по-rope"), and its Cyrillic reading a word of the Cyrillic
 * dictionaries? The parts of such a compound are of one language: a
 * Cyrillic particle or prefix (-то, -либо, кое-, по-) or an ordinal
 * ("во-первых"). Genuine Latin parts are names and acronyms, in
 * capitals, words whose Cyrillic reading is none ("cron-задание",
 * "web-страница"), or capitalised English words and names
 * ("Kate-патокі", "Meta-префіксом": a name before a Cyrillic noun). In
 * small letters its English reading says nothing ("rope" is Bulgarian
 * "горе" after "по-"). Dev set, exact documents (with apostrophe_ending()):
 * Latin-in-Cyrillic be 97.69% -> 97.78%, bg 96.83 -> 96.92; mix be 97.40 ->
 * 97.69, bg 96.83 -> 96.92, ru 96.92 -> 97.17; uk kk unchanged. Held-out
 * set: Latin-in-Cyrillic ru 93.33 -> 93.83, bg 95.67 -> 95.83; mix ru
 * 93.67 -> 94.00; the others unchanged. (Without the capitalised names:
 * be 95.95%, "Kate-патокі" restored.) */
static int small_after_first(const unspoof_stream *s, const struct word *w);

/* Is w joined to a word before it by a hyphen or an apostrophe, or to one
 * after it by a hyphen (the places of hyphen_part() and
 * apostrophe_ending(), asked first as it costs little)? */
static inline int joined_by_mark(const unspoof_stream *s, const struct word *w)
{
	uint32_t b = w->first > 0 ? s->u[w->first - 1].cp : ' ';
	return b == '-' || b == '\'' || b == 0x2019 || b == 0x02BC ||
	       (w->end < s->nunits_seg && s->u[w->end].cp == '-');
}

static int hyphen_part(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	uint32_t cps[MAX_SCORED];
	size_t n;
	int side;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || w->end - w->first < 2 ||
	    !small_after_first(s, w))
		return 0;
	side = w->end < s->nunits_seg && s->u[w->end].cp == '-' &&
	       across_slash_in(s, w->end, 1, dom) > 0;
	if (!side && w->first >= 2 && s->u[w->first - 1].cp == '-')
		side = across_slash_in(s, w->first - 1, -1, dom) > 0;
	if (!side)
		return 0;
	if (s->u[w->first].flags & UF_UPPER) {
		n = word_letters(s, w, NULL, cps, NULL);
		if (us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n) == 1 ||
		    us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, cps, n) == 1)
			return 0;
	}
	return twin_reading(s, w, dom, US_TWINLEX_KIND_CYR) == 1;
}

/* Is w, a Latin word of two small letters in Russian, Bulgarian,
 * Ukrainian or Belarusian text, one whose Cyrillic reading is a
 * preposition of two letters (по, от, со) left without its object: a
 * mark that closes a phrase right after it (. , ; : ! ? ) ]) or a
 * conjunction "or" (или, либо, або, чи) after it? A preposition governs
 * a noun and comes before it, so such a word is no preposition but a
 * value or a key ("По умолчанию no.", "(no или none)"): on the dev set's
 * genuine text of the seven Cyrillic languages no по, от, со stands so,
 * and 4 Latin "no" do. (Not in Serbian or Macedonian text, where "по"
 * is also "and a half" ("три и по."), nor in Kazakh text.) */
static int stranded_preposition(unspoof_stream *s, size_t nw, size_t i, unsigned dom,
                                size_t nunits)
{
	static const uint32_t preps[][2] = {{0x43F, 0x43E}, {0x43E, 0x442}, {0x441, 0x43E}};
	static const uint32_t ors[][4] = {{0x438, 0x43B, 0x438, 0}, {0x43B, 0x438, 0x431, 0x43E},
	                                  {0x430, 0x431, 0x43E, 0}, {0x447, 0x438, 0, 0}};
	const struct word *w = &s->w[i];
	struct cands cs;
	unsigned p, k, a, b, hit = 0;
	uint32_t next;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn)
		return 0;
	/* (Two small letters, an invisible character between them aside.) */
	for (k = w->first, a = 0; k < w->end; k++)
		if (s->u[k].cls == C_LETTER && (a++ >= 2 || !(s->u[k].flags & UF_LOWER)))
			return 0;
	if (a != 2 || s->carry_serbian || serbian_seen(s) || s->carry_kazakh || kazakh_letters(s))
		return 0;
	gather(s, w, dom, &cs, w->first);
	if (cs.n != 2)
		return 0;
	for (p = 0; p < sizeof preps / sizeof *preps && !hit; p++) {
		for (a = 0; a < cs.nc[0] && us_simple_lower(cs.c[0][a]) != preps[p][0]; a++)
			;
		for (b = 0; b < cs.nc[1] && us_simple_lower(cs.c[1][b]) != preps[p][1]; b++)
			;
		hit = a < cs.nc[0] && b < cs.nc[1];
	}
	if (!hit)
		return 0;
	next = w->end < nunits ? s->u[w->end].cp : '\n';
	if (next == '.' || next == ',' || next == ';' || next == ':' || next == '!' ||
	    next == '?' || next == ')' || next == ']')
		return 1;
	if (i + 1 >= nw || s->w[i + 1].script != US_SC_Cyrl)
		return 0;
	for (k = w->end; k < s->w[i + 1].first; k++)
		if (!space_cp(s->u[k].cp) || s->u[k].cp == '\n')
			return 0;
	{
		uint32_t cps[MAX_SCORED];
		size_t n = word_letters(s, &s->w[i + 1], NULL, cps, NULL), j;
		for (p = 0; p < sizeof ors / sizeof *ors; p++) {
			for (j = 0; j < n && j < 4 && us_simple_lower(cps[j]) == ors[p][j]; j++)
				;
			if (j == n && (n == 4 || ors[p][n] == 0))
				return 1;
		}
	}
	return 0;
}

/* Does w open its line (nothing but spaces and tabs before it on it)?
 * A capital letter there before a capitalised word is as often a key and
 * its description ("O Сортировать список", a program's list of keys) as
 * a one-letter word opening a sentence. */
static int opens_line(const unspoof_stream *s, const struct word *w)
{
	size_t k = w->first;
	while (k > 0 && (s->u[k - 1].cp == ' ' || s->u[k - 1].cp == '\t'))
		k--;
	return k == 0 || s->u[k - 1].cp == '\n' || s->u[k - 1].cp == '\r';
}

/* Pass 2b: words written wholly in lookalikes of another script. */
/* The Serbian (and Macedonian) Latin spelling of Cyrillic letter c, lower
 * case: the letters whose spelling is one letter. 0 for the others. */
static uint32_t serbian_latin(uint32_t c)
{
	static const char map[] = "abvgdezzijklmnoprstufhc"; /* а..ц (not ж ћ) */
	c = us_simple_lower(c);
	if (c == 0x458)
		return 'j';
	if (c < 0x430 || c > 0x446 || c == 0x436 || c == 0x439)
		return 0;
	return (uint32_t)(unsigned char)map[c - 0x430];
}

/* In text of an alphabet with ј (Serbian, Macedonian: attested()), is
 * Latin word w, read into Cyrillic with the picks of cs, that Cyrillic
 * word as Serbian Latin spells it ("kao" and "као", "koja" and "која",
 * "Toa" and "Тоа")? The Latin letter model knows Serbian Latin: it reads
 * such a word as well in Latin as restored, since it is the same word of
 * the same language, and that says nothing of which script the text
 * writes it in. */
static int serbian_spelling(unspoof_stream *s, const struct word *w, const struct cands *cs)
{
	unsigned k, n = 0;
	for (k = w->first; k < w->end; k++)
		n += s->u[k].cls == C_LETTER;
	if (n < 2 || cs->n != n || !attested(s, 0x458))
		return 0;
	for (k = 0; k < cs->n; k++)
		if (serbian_latin(cs->c[k][cs->pick[k]]) != us_simple_lower(s->u[cs->idx[k]].cp))
			return 0;
	return 1;
}

/* Does word w, of lookalikes of script dom, read far better restored
 * (READ_FAR margins: 2 bits a letter) than as it stands ("rpyna" and
 * "група")? */
#define READ_FAR 4
static int reads_far_better(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	struct cands cs;
	int as_is = word_score(s, w, w->script, NULL), restored;
	if (as_is == INT32_MIN || w->end - w->first < 3)
		return 0;
	gather(s, w, dom, &cs, w->first);
	restored = choose(s, w, dom, &cs, 1);
	return restored != INT32_MIN && restored >= as_is + READ_FAR * US_NGRAM_MARGIN;
}

static int double_quote(uint32_t c)
{
	return c == '"' || c == 0xAB || c == 0xBB || (c >= 0x201C && c <= 0x201F);
}

/* Is w inside a quotation (between double quotes, guillemets or single
 * quotes, on one line, QUOTE_SPAN units at most) of Latin letters alone,
 * with digits, spaces and punctuation? */
#define QUOTE_SPAN 40u
static int latin_quotation(const unspoof_stream *s, const struct word *w, size_t nunits)
{
	size_t k, lo = w->first > QUOTE_SPAN ? w->first - QUOTE_SPAN : 0;
	size_t hi = w->end + QUOTE_SPAN < nunits ? w->end + QUOTE_SPAN : nunits;
	int open = 0, close = 0;
	/* The quote before it opens a quotation (text after it, no letter
	 * or digit before it), the one after it closes one (text before it):
	 * in "\"_Каму\" і \"Копія\"" the і is between two. */
	for (k = w->first; k > lo && !open; k--) {
		const struct unit *u = &s->u[k - 1];
		if (double_quote(u->cp) || u->cp == '\'' || u->cp == 0x2018) {
			if (space_cp(s->u[k].cp) || (k >= 2 && (s->u[k - 2].cls == C_LETTER ||
			                                        (s->u[k - 2].cp >= '0' && s->u[k - 2].cp <= '9'))))
				return 0;
			open = 1;
		}
		else if (u->cp == '\n' || u->cp == '\r' || (u->cls == C_LETTER && u->script != US_SC_Latn))
			return 0;
	}
	for (k = w->end; k < hi && !close; k++) {
		const struct unit *u = &s->u[k];
		if (double_quote(u->cp) || u->cp == '\'' || u->cp == 0x2019) {
			if (space_cp(s->u[k - 1].cp))
				return 0;
			close = 1;
		}
		else if (u->cp == '\n' || u->cp == '\r' || (u->cls == C_LETTER && u->script != US_SC_Latn))
			return 0;
	}
	return open && close;
}

/* Is word i, in Greek text, a Latin word in capitals that is a Greek word
 * written in the Latin twins of its capitals ("APXEIO" for ΑΡΧΕΙΟ, "KAI"
 * for ΚΑΙ)? Greek writes headings, menu items and emphasis in capitals,
 * without accents; an obfuscator that writes Greek capitals as their Latin
 * twins turns such words wholly Latin, beside genuine Latin acronyms
 * ("IMAP", "MIME"), and the letter models read a Greek word in Latin
 * letters about as well as in Greek ("keimeno" -4.0 bits a letter in
 * Latin, "κειμενο" -3.6 in Greek). Its Greek reading must be a word of
 * the Greek dictionary (the twin-word filter, accents dropped), and its
 * Latin reading no English word; a word of two letters, one without a
 * Latin vowel ("MH", "THN": Greek Η is a vowel, Latin H none) or one
 * that English has too ("TO", "ME", "MONO") must also stand next to a
 * word of Greek in capitals on its line ("ΣΥΓΚΡΙΣΗ ΜΕ TO ΠΡΟΗΓΟΥΜΕΝΑ").
 * So must a capital alone that is a one-letter word of Greek, the
 * articles Η and Ο (and ή, "or"), before it: "H ΣΥΝΔΕΣΗ", "ΟΤΑΝ O
 * ΔΕΙΚΤΗΣ" (an article comes before its noun). A word of one or two
 * letters may also have the Greek word in capitals a few words off on
 * its line, Latin words in capitals between (caps_on_line(): "TO GIF
 * ΥΠΟΣΤΗΡΙΖΕΙ", "AN TO GTK+ ΘΑ"), a capital alone then with a word in
 * capitals after it ("ΑΝΤΙΚΕΙΜΕΝΟΥ H KOMBOY", not "ΠΛΗΚΤΡΟΥ O" ending
 * its line). Dev documents with short lines put in capitals (accents
 * dropped): Latin-in-Greek exact documents 94.92% -> 95.58%, mix 95.42
 * -> 96.17; the dev set itself unchanged (96.67%, mix 96.75). */
/* Is Latin word w, of three letters or more, read into Greek with the
 * picks of cs, a word of the Greek dictionary (the twin-word filter,
 * accents dropped), and as it stands no English word or name? A name
 * does not count for a capitalised word opening a sentence, whose capital
 * is the sentence's ("Mia σημαντική διαφορά", μια; dev set: Latin-in-Greek
 * exact documents 96.67% -> 96.75%, mix el unchanged). */
static int greek_not_english(const unspoof_stream *s, const struct word *w,
                             const struct cands *cs)
{
	uint32_t cps[MAX_SCORED];
	size_t n = word_letters(s, w, cs, cps, NULL);
	if (n < 3 || us_twinlex_word(US_TWINLEX_KIND_GRK, cps, n) != 1)
		return 0;
	n = word_letters(s, w, NULL, cps, NULL);
	return us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n) != 1 &&
	       (((s->u[w->first].flags & UF_UPPER) && opens_sentence(s, w)) ||
	        us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, cps, n) != 1);
}

/* Is w, in Greek text, a Latin word of small letters (a capital may open
 * it, not inside a sentence: name_inside()) that greek_not_english() takes
 * ("kai" for και)? Such a word is Greek wherever it stands, between Latin
 * names too ("partman-auto-recipe.txt kai partman-auto-raid-recipe.txt"). */
static int greek_word_of(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	struct cands cs;
	if (dom != US_SC_Grek || w->script != US_SC_Latn || all_caps(s, w) || name_inside(s, w, dom))
		return 0;
	gather(s, w, dom, &cs, w->first);
	return choose(s, w, dom, &cs, 1) != INT32_MIN && greek_not_english(s, w, &cs);
}

/* Is Latin word w, read into Greek (dom), a word of the Greek dictionary,
 * or one the twin-word filter cannot judge (-1: a letter outside its
 * alphabet)? */
static int greek_reading_known(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	return twin_reading(s, w, dom, US_TWINLEX_KIND_GRK) != 0; /* (-2: no reading) */
}

/* Is there a word of dom in capitals with a letter that has no Latin twin
 * (ΣΥΝΔΕΣΗ, not ΑΡΧΕΙΟ: written so by the author, not restored) on the
 * line of word i, within CAPS_LINE_WORDS words of it on either side, with
 * only words in capitals between them ("ΤΟ GIF ΥΠΟΣΤΗΡΙΖΕΙ", "ΑΝ ΤΟ GTK+
 * ΘΑ")? */
#define CAPS_LINE_WORDS 4
static int caps_on_line(const unspoof_stream *s, size_t nw, size_t i, unsigned dom)
{
	int dir;
	for (dir = -1; dir <= 1; dir += 2) {
		size_t j = i, steps;
		for (steps = 0; steps < CAPS_LINE_WORDS; steps++) {
			const struct word *v;
			size_t a, b, k;
			if (dir < 0 ? j == 0 : j + 1 >= nw)
				break;
			j = dir < 0 ? j - 1 : j + 1;
			v = &s->w[j];
			a = dir < 0 ? v->end : s->w[j - 1].end;
			b = dir < 0 ? s->w[j + 1].first : v->first;
			for (k = a; k < b && s->u[k].cp != '\n'; k++)
				;
			if (k < b || !all_caps(s, v))
				break;
			if (word_in(s, nw, j, dom)) {
				for (k = v->first; k < v->end; k++)
					if (s->u[k].script == dom && s->u[k].cls == C_LETTER &&
					    !lk_into(&s->u[k], US_SC_Latn, 0))
						return 1;
			}
			else if (v->script != US_SC_Latn)
				break;
		}
	}
	return 0;
}

/* Is word i followed on its line by a word in capitals? */
static int caps_follow(const unspoof_stream *s, size_t nw, size_t i)
{
	size_t k;
	if (i + 1 >= nw || !all_caps(s, &s->w[i + 1]))
		return 0;
	for (k = s->w[i].end; k < s->w[i + 1].first && s->u[k].cp != '\n'; k++)
		;
	return k == s->w[i + 1].first;
}

static int greek_caps(const unspoof_stream *s, size_t nw, size_t i, unsigned dom)
{
	const struct word *w = &s->w[i];
	uint32_t cps[MAX_SCORED];
	size_t n, j, k;
	long r;
	int one = lone_capital(s, w);
	if (dom != US_SC_Grek || w->script != US_SC_Latn || !(one || all_caps(s, w)) ||
	    (r = best_reading(s, w, dom, cps)) < 0)
		return 0;
	n = (size_t)r;
	if (one ? n != 1 || (us_simple_lower(cps[0]) != 0x3B7 && us_simple_lower(cps[0]) != 0x3BF)
	        : us_twinlex_word(US_TWINLEX_KIND_GRK, cps, n) != 1)
		return 0;
	n = word_letters(s, w, NULL, cps, NULL);
	if (n > 2 && latin_vowel(s, w) && us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n) != 1 &&
	    us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, cps, n) != 1)
		return 1;
	if (n <= 2 && (!one || caps_follow(s, nw, i)) && caps_on_line(s, nw, i, dom))
		return 1;
	for (j = i > 0 && !one ? i - 1 : i + 1; j <= i + 1 && j < nw; j += 2) {
		const struct word *v = &s->w[j];
		size_t a = j < i ? v->end : w->end, b = j < i ? w->first : v->first;
		if (!word_in(s, nw, j, dom) || !all_caps(s, v))
			continue;
		for (k = a; k < b && s->u[k].cp != '\n'; k++)
			;
		if (k == b)
			return 1;
	}
	return 0;
}

/* Is word i a Latin capital alone opening a sentence of Cyrillic text, left
 * as it is, one space before a word of Cyrillic in small letters: a label
 * ("X кордината горњег левог угла", "U жазықтығы")? */
static int capital_label(const unspoof_stream *s, size_t nw, size_t i)
{
	const struct word *w = &s->w[i];
	return w->script == US_SC_Latn && w->target == 255 && !w->fancy && i + 1 < nw &&
	       lone_capital(s, w) && w->end < s->nunits_seg && s->u[w->end].cp == ' ' &&
	       s->w[i + 1].first == w->end + 1 && word_in(s, nw, i + 1, US_SC_Cyrl) &&
	       (s->u[s->w[i + 1].first].flags & UF_LOWER) && opens_sentence(s, w);
}

/* Has one of the first n words of the segment capital_label()? */
static int labels_in(const unspoof_stream *s, size_t nw, size_t n)
{
	size_t j;
	if (s->dom_seg != US_SC_Cyrl)
		return 0;
	for (j = 0; j < n; j++)
		if (capital_label(s, nw, j))
			return 1;
	return 0;
}

/* Does Latin word w, restored into dom as choose() reads it, read as a
 * word of the Cyrillic dictionaries, its Latin reading being no English
 * word (twin_word() 1: "nakem", пакет)? */
static int twin_cyrillic(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	struct cands cs;
	gather(s, w, dom, &cs, w->first);
	choose(s, w, dom, &cs, 1);
	return twin_word(s, w, &cs) == 1;
}

/* Is word i, in Cyrillic text, a Latin letter alone that opens a word and
 * is joined by an apostrophe to letters of a word of dom after it
 * ("n'ять", "m'які")? Ukrainian and Belarusian write the apostrophe inside
 * their words (п'ять, м'який, В'ячаслав), where the words split: the
 * letter is the first of a Cyrillic word, as no Latin name is a letter
 * alone glued to Cyrillic letters. Dev set, exact documents:
 * Latin-in-Cyrillic uk 98.75% -> 98.83%, mix uk 99.17 -> 99.33; the
 * others unchanged. Likewise in Latin text, a letter of another script
 * (Cherokee Ꮯ, Lisu ꓡ) glued by an apostrophe to a Latin word is the first
 * letter of an elision (French "C'est", "L'application"), evidence of
 * obfuscation by itself (decide_pure()). */
static int apostrophe_letter(const unspoof_stream *s, size_t nw, size_t i, unsigned dom)
{
	const struct word *w = &s->w[i];
	return (dom == US_SC_Cyrl || dom == US_SC_Latn) && w->end - w->first == 1 && i + 1 < nw &&
	       s->w[i + 1].first == w->end + 1 && is_apostrophe(s->u[w->end].cp) &&
	       (w->first == 0 || s->u[w->first - 1].cls != C_LETTER) && word_in(s, nw, i + 1, dom);
}

/* Is word i, in Cyrillic text, a Latin ending of one or two small letters
 * joined by an apostrophe to a Latin name before it, a capital first
 * ("GIMP'a", "Firefox'y"), with no letter after it, whose Cyrillic
 * reading opens with a vowel (а е о у)? Russian, Belarusian and Ukrainian
 * text inflects a Latin name so, the case ending written in its own
 * letters ("GIMP'а", "Firefox'у"); English contractions after an
 * apostrophe open with a consonant ("I'm", "we're", "it's"). (Dev set:
 * see hyphen_part().) */
static int apostrophe_ending(const unspoof_stream *s, size_t nw, size_t i, unsigned dom)
{
	const struct word *w = &s->w[i], *v;
	uint32_t cps[MAX_SCORED], c;
	long r;
	unsigned k;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || i == 0 || i >= nw ||
	    w->end - w->first > 2 || w->first < 2 || !is_apostrophe(s->u[w->first - 1].cp))
		return 0;
	v = &s->w[i - 1];
	if (v->end + 1 != w->first || v->script != US_SC_Latn || v->target != 255 ||
	    v->end - v->first < 2 || !(s->u[v->first].flags & UF_UPPER) ||
	    (w->end < s->nunits_seg && s->u[w->end].cls == C_LETTER))
		return 0;
	for (k = w->first; k < w->end; k++)
		if (s->u[k].cls != C_LETTER || !(s->u[k].flags & UF_LOWER))
			return 0;
	if ((r = best_reading(s, w, dom, cps)) < 0)
		return 0;
	c = r ? cps[0] : 0;
	return c == 0x430 || c == 0x435 || c == 0x43E || c == 0x443;
}

/* Are the letters of w after its first all small ("toe", "Toe"; not
 * "ETree", "IP")? */
static int small_after_first(const unspoof_stream *s, const struct word *w)
{
	unsigned i;
	for (i = w->first + 1; i < w->end; i++)
		if (s->u[i].cls == C_LETTER && !(s->u[i].flags & UF_LOWER))
			return 0;
	return 1;
}

/* Is word i a Latin "ja" or "je" alone between two words of Cyrillic
 * text (white space alone on either side, on one line), in a segment that
 * shows substitutions and writes none of the letters Serbian and
 * Macedonian lack (serbian_lacks())? Those are ја and је, the commonest
 * words of the two alphabets with ј: decide_pure() takes ј as written for
 * it, though a short first paragraph at a high rate shows no ј and too
 * few Cyrillic letters to imply one ("повлечете да ja преместите"). */
static int serbian_je(unspoof_stream *s, size_t nw, size_t i, unsigned dom, size_t nunits)
{
	const struct word *w = &s->w[i];
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || w->end - w->first != 2 ||
	    s->u[w->first].cp != 'j' || (s->u[w->first + 1].cp != 'a' && s->u[w->first + 1].cp != 'e') ||
	    !s->evidence || i == 0 || i + 1 >= nw || short_function_word(s, nw, i, nunits) != 1 ||
	    !next_to_dom(s, nw, i - 1, s->w[i - 1].end, w->first, dom) ||
	    !next_to_dom(s, nw, i + 1, w->end, s->w[i + 1].first, dom))
		return 0;
	seen_letters(s);
	return !writes_serbian_lacks(s);
}

/* Is w, in Serbian or Macedonian text (ђ ћ џ љ њ ѓ ќ here or carried), a
 * Latin word in capitals of three letters or more with a vowel, whose
 * Cyrillic reading is a word of the Cyrillic dictionaries (the twin-word
 * filter) and its Latin one no English word or name ("CBE" for СВЕ,
 * "HEMA")? Serbian text writes its words in capitals, and transliterates
 * names and acronyms in capitals too ("ХФС+, АПМ", "ЦД-РОМ"): such a word
 * is restored as greek_caps()'s Greek words in capitals are, though the
 * paragraph writes no other Cyrillic word in capitals (caps_in()).
 * Genuine Latin acronyms have no vowel ("TCP", "BMP"; Y is none here:
 * "CMYK" reads as a Cyrillic word) or are English ("BOTH"). */
static int serbian_caps(unspoof_stream *s, const struct word *w, unsigned dom)
{
	uint32_t cps[MAX_SCORED];
	size_t n, j;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || !all_caps(s, w) ||
	    (!s->carry_serbian && !serbian_seen(s)))
		return 0;
	n = word_letters(s, w, NULL, cps, NULL);
	for (j = 0; j < n && cps[j] != 'A' && cps[j] != 'E' && cps[j] != 'I' && cps[j] != 'O' &&
	            cps[j] != 'U';
	     j++)
		;
	if (n < 3 || j == n || us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n) != 0 ||
	    us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, cps, n) != 0)
		return 0;
	return twin_reading(s, w, dom, US_TWINLEX_KIND_CYR) == 1;
}

/* Is word i, in Serbian or Macedonian text (serbian_caps()), a Latin word
 * in capitals or a capital alone, glued without white space to a word in
 * capitals of dom that has a letter without a Latin twin ("ДАТОТЕКУ(E)",
 * "ФАЈЛ-OK")? Serbian text writes its placeholders and their arguments
 * in capitals of one alphabet, a token at a time: the capitals take the
 * script of the word in capitals they are glued to, as greek_caps() has
 * Greek capitals take that of the capitals on their line. */
static int serbian_caps_glued(unspoof_stream *s, size_t nw, size_t i, unsigned dom)
{
	const struct word *w = &s->w[i];
	size_t j;
	unsigned k;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || w->fancy ||
	    !(all_caps(s, w) || lone_capital(s, w)) || (!s->carry_serbian && !serbian_seen(s)))
		return 0;
	for (j = i > 0 ? i - 1 : i + 1; j <= i + 1 && j < nw; j += 2) {
		const struct word *v = &s->w[j];
		if (!glued(s, j < i ? j : i) || !word_in(s, nw, j, dom) || !all_caps(s, v))
			continue;
		for (k = v->first; k < v->end; k++)
			if (s->u[k].script == dom && (s->u[k].flags & UF_ANCHOR))
				return 1;
	}
	return 0;
}
