/* What the document has written: letters seen (and their twins), words
 * of its own lexicon, letters attested in its script, and words that
 * cannot be restored.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Letters below ATTEST_END: Latin, Greek, Cyrillic (and IPA), for
 * attested(). */
#define ATTEST_END 0x530u

/* Does the segment (pass 1: PRE_SERBIAN) write a letter of the Serbian
 * or Macedonian alphabets alone that has no lookalike in another script
 * (ђ ћ џ љ њ ѓ ќ)? Then its ј is as much at home as those: Serbian and
 * Macedonian are the alphabets with ј, and their "је", "ја", "која"
 * written whole in Latin j are restored though the segment shows no
 * genuine ј (an obfuscator of Latin lookalikes writes every ј as j). */
static int serbian_cp(uint32_t c)
{
	if (c >= 0x402 && c <= 0x40F)
		c += 0x50;
	return c == 0x452 || c == 0x45B || c == 0x45F || c == 0x459 || c == 0x45A || c == 0x453 ||
	       c == 0x45C;
}

static int serbian_seen(const unspoof_stream *s)
{
	return (s->pre_seg & PRE_SERBIAN) != 0;
}

/* Does the segment write letter c (in either case), or c a letter the
 * document's obfuscator was seen to substitute in mixed words? A word of
 * lookalikes is restored into letters the text shows: Latin "sh" in
 * Russian or Ukrainian text, which never write ѕ or һ, is no "ѕһ", nor
 * "i" in Bulgarian text, which has no і, an "і". Letters at or above
 * ATTEST_END count as attested. So are the letters the document's
 * previous Cyrillic segments wrote, while its substitutions are carried
 * (prev_seen): a document is in one language, and a short paragraph of it
 * need not write the letter ("Покажи ja површината" in Macedonian,
 * "вилучіть ïx" in Ukrainian, whose obfuscator wrote every ј and ї of the
 * paragraph in Latin). seen_letters() makes the segment's (once). The
 * bit of a Cyrillic capital (U+0400..U+042F), which no letter sets as
 * such, says that its small letter was written as a small letter
 * (written_small()). */
static void seen_letters(unspoof_stream *s)
{
	size_t i;
	if (s->seen_ok)
		return;
	memset(s->seen, 0, sizeof s->seen);
	memset(s->small_n, 0, sizeof s->small_n);
	for (i = 0; i < s->nunits_seg; i++) {
		const struct unit *u = &s->u[i];
		uint32_t l;
		if (u->cls != C_LETTER || u->cp >= ATTEST_END)
			continue;
		l = us_simple_lower(u->cp);
		if (l < ATTEST_END)
			s->seen[l / 8] |= (uint8_t)(1u << (l % 8));
		if (u->cp >= 0x430 && u->cp < 0x460) {
			l = u->cp < 0x450 ? u->cp - 0x20 : u->cp - 0x50;
			s->seen[l / 8] |= (uint8_t)(1u << (l % 8));
			if (s->small_n[u->cp - 0x430] < 255)
				s->small_n[u->cp - 0x430]++;
		}
	}
	s->seen_ok = 1;
}

static int seen_in(const unspoof_stream *s, uint32_t c)
{
	return ((s->seen[c / 8] | s->prev_seen[c / 8]) >> (c % 8)) & 1;
}

/* How many times did the text write Cyrillic small letter c as a small
 * letter: in this segment, plus one if the Cyrillic segments before did
 * (while carried)? */
static unsigned written_small(const unspoof_stream *s, uint32_t c)
{
	uint32_t k;
	if (c < 0x430 || c >= 0x460)
		return 0;
	k = c < 0x450 ? c - 0x20 : c - 0x50;
	return s->small_n[c - 0x430] + ((s->prev_seen[k / 8] >> (k % 8)) & 1u);
}

/* How well is it shown that the obfuscator does not write Cyrillic small
 * letter c as small Latin letter l: the times the text writes c as it is
 * (written_small()), and two more if mixed words showed the obfuscator
 * writing c as another small Latin letter ("m" for т: then it does not
 * write т as "t"). */
static unsigned twin_accounted(const unspoof_stream *s, uint32_t c, uint32_t l)
{
	uint32_t d[4];
	unsigned a, k, n, times = written_small(s, c);
	for (a = 'a'; a <= 'z'; a++) {
		if (a == l || !in_subst(s, a))
			continue;
		n = lk_cands(&ascii_unit[a], US_SC_Cyrl, 1, d);
		for (k = 0; k < n; k++)
			if (d[k] == c)
				return times + 2;
	}
	return times;
}

/* twin_accounted() of the Cyrillic twin of small Latin letter u least
 * accounted for (0 if it has none). */
static unsigned twins_written(const unspoof_stream *s, const struct unit *u)
{
	uint32_t c[4];
	unsigned k, t, least = UINT_MAX, n = lk_cands(u, US_SC_Cyrl, 1, c);
	for (k = 0; k < n; k++) {
		t = twin_accounted(s, us_simple_lower(c[k]), u->cp);
		least = t < least ? t : least;
	}
	return n ? least : 0;
}

/* Is c one of the letters of the basic Cyrillic block that the Serbian
 * and Macedonian alphabets lack: й щ ъ ы ь э ю я (none of which has a
 * Latin twin but ь, which obfuscators write as b only now and then)? */
static int serbian_lacks(uint32_t c)
{
	return c == 0x439 || (c >= 0x449 && c <= 0x44F);
}

/* Does the text (seen_in()) write a letter that Serbian and Macedonian
 * lack: is it in neither language? seen_letters() first. */
static int writes_serbian_lacks(const unspoof_stream *s)
{
	uint32_t k;
	for (k = 0x439; k < 0x450; k++)
		if (serbian_lacks(k) && seen_in(s, k))
			return 1;
	return 0;
}

/* Does the text imply that it writes national letter c, by the letters of
 * its alphabet it does write (seen_in())? Letters of one language only
 * tell its other letters: ы or э the ё of Russian and Belarusian, ў the і
 * and ё of Belarusian, є or ґ the і and ї of Ukrainian. And a text of 30
 * Cyrillic letters or more (the segment's and the previous ones', while
 * carried) without any of й щ ъ ы ь э ю я is Serbian or Macedonian, whose
 * ј it writes: on the paragraphs of the dev set's documents (their
 * letters up to that paragraph, counting only those without a Latin twin,
 * as at a rate of 1), true for 95% of Serbian and 94% of Macedonian
 * paragraphs, 3 of 2,903 Bulgarian ones and no Russian, Ukrainian,
 * Belarusian or Kazakh one. */
#define SERBIAN_TEXT_LETTERS 30u
static int implied(const unspoof_stream *s, uint32_t c)
{
	if (c == 0x451 && (seen_in(s, 0x44B) || seen_in(s, 0x44D) || seen_in(s, 0x45E)))
		return 1;
	if (c == 0x456 && seen_in(s, 0x45E))
		return 1;
	/* ... and so does ы or э without и (nor the obfuscator's italic u
	 * for it) in a text of 30 Cyrillic letters or more: Belarusian, the
	 * one alphabet with ы that has no и (Russian and Kazakh write it in
	 * nearly every sentence), writes і instead ("Cнег, часам моцны, i
	 * сцюдзёны дождж" at a rate of 1, no ў in the paragraph). Dev set
	 * (ru bg be uk): Latin-in-Cyrillic exact documents be 96.24% ->
	 * 96.44%, mix be 95.86 -> 96.15; the others, sr mk kk unchanged. */
	if (c == 0x456 && (seen_in(s, 0x44B) || seen_in(s, 0x44D)) && !seen_in(s, 0x438) &&
	    !in_subst(s, 'u') && !in_subst(s, 'U') &&
	    s->seg_letters[US_SC_Cyrl] + s->evidence + s->prev_cyrillic >= SERBIAN_TEXT_LETTERS)
		return 1;
	if ((c == 0x456 || c == 0x457) && (seen_in(s, 0x454) || seen_in(s, 0x491)))
		return 1;
	/* ... and і without ы, э or ў (Belarusian, Kazakh) the ї of
	 * Ukrainian: і written, or Latin i seen standing for it in mixed
	 * words ("знайде ïx" in a paragraph whose і are all Latin). Dev
	 * set (ru bg be uk): Latin-in-Cyrillic exact documents 95.56% ->
	 * 95.64% (uk 97.75 -> 98.08), mix 95.54 -> 95.65. */
	if (c == 0x457 && (seen_in(s, 0x456) || in_subst(s, 'i')) && !seen_in(s, 0x44B) &&
	    !seen_in(s, 0x44D) && !seen_in(s, 0x45E))
		return 1;
	/* (The segment's letters as clean() writes them: with the Latin
	 * letters of its mixed words restored, which a second clean counts as
	 * Cyrillic.) */
	return c == 0x458 &&
	       s->seg_letters[US_SC_Cyrl] + s->evidence + s->prev_cyrillic >= SERBIAN_TEXT_LETTERS &&
	       !writes_serbian_lacks(s);
}

static int attested(unspoof_stream *s, uint32_t c)
{
	seen_letters(s);
	c = us_simple_lower(c);
	if (c == 0x458 && (s->carry_serbian || serbian_seen(s)))
		return 1;
	/* So is the і of Kazakh text (a letter of its alone, қ ң ұ, in the
	 * segment, or Kazakh text carried): at a high rate every і is Latin
	 * i, and a paragraph whose only word with one is written wholly in
	 * lookalikes shows none ("Ocы onция icke қocылғaн", іске). */
	if (c == 0x456 && (s->carry_kazakh || (s->pre_seg & PRE_KAZAKH)))
		return 1;
	return c >= ATTEST_END || seen_in(s, c) || implied(s, c);
}

/* A hash (never 0) of the letters of w as clean() writes them (or of
 * cps[0..n) if cps), lowercased; 0 for fewer than three letters. */
static size_t word_letters(const unspoof_stream *s, const struct word *w, const struct cands *cs,
                           uint32_t *out, int *pos);

static uint32_t letters_hash(const uint32_t *cps, size_t n)
{
	uint32_t h = 2166136261u;
	size_t k;
	if (n < 3)
		return 0;
	for (k = 0; k < n; k++)
		h = (h ^ us_simple_lower(cps[k])) * 16777619u;
	return h ? h : 1;
}

static uint32_t word_hash(const unspoof_stream *s, const struct word *w)
{
	uint32_t cps[MAX_SCORED];
	return letters_hash(cps, word_letters(s, w, NULL, cps, NULL));
}

static int lex_has(const unspoof_stream *s, uint32_t h)
{
	unsigned k = h & (LEX_SIZE - 1);
	while (s->lex[k]) {
		if (s->lex[k] == h)
			return 1;
		k = (k + 1) & (LEX_SIZE - 1);
	}
	return 0;
}

static void lex_add(unspoof_stream *s, uint32_t h)
{
	unsigned k = h & (LEX_SIZE - 1);
	if (!h || s->nlex >= LEX_SIZE / 2 || lex_has(s, h))
		return;
	while (s->lex[k])
		k = (k + 1) & (LEX_SIZE - 1);
	s->lex[k] = h;
	s->nlex++;
	s->lex_sum += h;
}

/* Is v a word the text writes in Cyrillic or Greek: written so, or a
 * mixed word restored into Cyrillic or Greek (not a word of lookalikes
 * restored whole, which may be a genuine Latin one: "txt")? */
static int lex_word(const struct word *v)
{
	return ((v->script == US_SC_Cyrl || v->script == US_SC_Grek) && v->target == 255) ||
	       (v->script == 255 && (v->target == US_SC_Cyrl || v->target == US_SC_Grek));
}

/* Is a word of Cyrillic or Greek letters, other than w, written (or
 * restored from a mixed word) with hash h in this segment or in the
 * previous obfuscated ones (lex)? */
static uint32_t caps_hash(const uint32_t *cps, size_t n);

/* The hash word v has in lex: word_hash(), or with caps, caps_hash() of
 * its letters as written if it is in capitals (else 0). */
static uint32_t lex_hash(const unspoof_stream *s, const struct word *v, int caps)
{
	uint32_t cps[MAX_SCORED];
	if (!caps)
		return word_hash(s, v);
	return all_caps(s, v) ? caps_hash(cps, word_letters(s, v, NULL, cps, NULL)) : 0;
}

/* Is a word of lex_word() other than w in this segment, or one of the
 * previous obfuscated ones (lex), of hash h (lex_hash() with caps)? */
static int written_elsewhere(const unspoof_stream *s, const struct word *w, uint32_t h, int caps)
{
	size_t j;
	if (!h)
		return 0;
	if (lex_has(s, h))
		return 1;
	for (j = 0; j < s->nw_seg; j++) {
		const struct word *v = &s->w[j];
		if (v != w && lex_word(v) && lex_hash(s, v, caps) == h)
			return 1;
	}
	return 0;
}

static int document_word(const unspoof_stream *s, const struct word *w, uint32_t h)
{
	return written_elsewhere(s, w, h, 0);
}

/* A hash (never 0) of the letters cps[0..n) as they are, capitals kept,
 * for words of two letters or more in capitals (caps_word()); 0 else.
 * Seeded apart from letters_hash(), whose hashes share lex. */
static uint32_t caps_hash(const uint32_t *cps, size_t n)
{
	uint32_t h = 2166136261u ^ 0x43415053u;
	size_t k;
	if (n < 2)
		return 0;
	for (k = 0; k < n; k++)
		h = (h ^ cps[k]) * 16777619u;
	return h ? h : 1;
}

/* Is Latin word w in capitals, read in Cyrillic, an acronym the text
 * writes in Cyrillic capitals elsewhere, in this segment or in the
 * previous obfuscated ones (lex): "При установке OC" where "загружает ОС"
 * is written? An author writes one acronym one way: the Cyrillic one
 * (ОС, операционная система) is not also a Latin one of the same
 * letters in the same document; the obfuscator's lookalikes are. */
static int caps_word(const unspoof_stream *s, const struct word *w, unsigned dom)
{
	struct cands cs;
	uint32_t cps[MAX_SCORED];
	gather(s, w, dom, &cs, w->first);
	choose(s, w, dom, &cs, 1);
	return written_elsewhere(s, w, caps_hash(cps, word_letters(s, w, &cs, cps, NULL)), 1);
}

/* After an obfuscated segment of Cyrillic text: its letters (attested())
 * join prev_seen; of Cyrillic or Greek text: its words join lex (those in
 * capitals as written too, for caps_word()). */
static void carry_seen(unspoof_stream *s)
{
	unsigned k;
	if (s->dom_seg != US_SC_Cyrl && s->dom_seg != US_SC_Grek)
		return;
	seen_letters(s);
	for (k = 0; k < sizeof s->seen; k++)
		s->prev_seen[k] |= s->seen[k];
	if (serbian_seen(s))
		s->prev_seen[0x458 / 8] |= 1u << (0x458 % 8);
	s->prev_seen_any = 1;
	for (k = 0; k < s->nw_seg; k++) {
		const struct word *v = &s->w[k];
		if (lex_word(v)) {
			lex_add(s, word_hash(s, v));
			if (all_caps(s, v))
				lex_add(s, lex_hash(s, v, 1));
		}
	}
	/* (Counted up to what implied() needs only.) */
	s->prev_cyrillic += s->seg_letters[US_SC_Cyrl] + s->evidence;
	if (s->prev_cyrillic > SERBIAN_TEXT_LETTERS)
		s->prev_cyrillic = SERBIAN_TEXT_LETTERS;
}

/* Is c a Cyrillic letter of some national alphabets only (і ј ѕ һ ӏ ԁ ԛ ԝ
 * ї є ў...), outside the basic block U+0410..U+044F that nearly every
 * Cyrillic alphabet shares? */
static int national_letter(uint32_t c)
{
	return c >= 0x400 && c < 0x530 && !(c >= 0x410 && c < 0x450);
}

/* May the letters of word w be read in script t: each is a letter the
 * obfuscator was seen to substitute, or has a reading in t that the
 * segment writes (attested())? A letter of the basic block counts as
 * written unless the text is Serbian or Macedonian (its ј attested) and
 * the letter one their alphabets lack (serbian_lacks(): "mbox" in
 * Macedonian text is no "тьох"). Dev set (mk 0101+), exact documents:
 * Latin-in-Cyrillic 93.42% -> 94.08%, mix 92.32 -> 92.98; sr kk ru bg uk
 * be unchanged. */
static int readings_attested(unspoof_stream *s, const struct word *w, unsigned t)
{
	unsigned i, k, n;
	uint32_t c[4];
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		int ok = 0;
		if (u->cls != C_LETTER || in_subst(s, us_simple_lower(u->cp)) ||
		    in_subst(s, us_simple_upper(u->cp)))
			continue;
		n = lk_cands(u, t, 0, c);
		for (k = 0; k < n && !ok; k++)
			ok = (!national_letter(c[k]) &&
			      !(serbian_lacks(us_simple_lower(c[k])) && attested(s, 0x458))) ||
			     attested(s, c[k]);
		if (n && !ok)
			return 0;
	}
	return 1;
}

/* Has w, a word mixing scripts to be restored into Cyrillic (t), a
 * letter whose only reading there is Macedonian ѕ, in text that writes a
 * letter Macedonian lacks (writes_serbian_lacks())? Then it is no
 * obfuscator's: the Latin s glued to a word of Russian or Ukrainian text
 * (git's "%%s" before a sentence, "рядкаs", "SEКОР" in shadow's
 * catalogue) would become a letter of neither language, and the word is
 * left as written. Not so the j of ј, Serbian's too: documents in
 * sequence share paragraphs, and a Serbian one after a Russian one lost
 * its restored ј (eval/context.py, single line feeds between documents:
 * obfuscated documents worse than alone 8 -> 14 of 600). Likewise a
 * letter whose only reading is the palochka ӏ (Latin l), in text that
 * writes no palochka: only the languages of the Caucasus have it, and
 * they write it as a Latin I or l by habit (Chechen "Гlайреш"); a less
 * prompt glued to a Serbian word in man-db's page ("?ltред") became
 * "?ӏтред". */
/* Are c[0..n) one letter x in either case, and at least one? */
static int only_reading(const uint32_t *c, unsigned n, uint32_t x)
{
	unsigned k;
	for (k = 0; k < n; k++)
		if (us_simple_lower(c[k]) != x)
			return 0;
	return n > 0;
}

static int unattested_letter(unspoof_stream *s, const struct word *w, unsigned t)
{
	unsigned i, n;
	uint32_t c[4];
	if (t != US_SC_Cyrl)
		return 0;
	for (i = w->first; i < w->end; i++) {
		const struct unit *u = &s->u[i];
		if (u->cls != C_LETTER || u->script == t || (u->flags & UF_FANCY))
			continue;
		n = lk_cands(u, t, 0, c);
		if (only_reading(c, n, 0x455)) {
			seen_letters(s);
			return writes_serbian_lacks(s);
		}
		if (only_reading(c, n, 0x4CF) && !attested(s, 0x4CF))
			return 1;
	}
	return 0;
}

/* Does the segment hold a Latin word, left as it is, that could not be
 * restored into dom: one with a letter that has no twin in dom, or whose
 * only twins are letters of national alphabets that the segment does not
 * write (readings_attested(): Latin "pages" or "less" in Russian text,
 * whose g and s have only Komi ԍ and Macedonian ѕ for twins)? Such a word
 * is genuine Latin as surely as one with anchor letters, which Latin
 * words of lowercase letters seldom have ("kill", "pager", "less" have
 * none). Looked up once per segment (s->unrestorable). */
static int unrestorable_word(unspoof_stream *s, const struct word *v, unsigned dom)
{
	return v->script == US_SC_Latn && v->target == 255 && !v->fancy &&
	       (!feasible(s, v, dom) || !readings_attested(s, v, dom));
}

static int unrestorable_latin(unspoof_stream *s, unsigned dom)
{
	size_t j;
	if (s->unrestorable >= 0)
		return s->unrestorable;
	s->unrestorable = 0;
	for (j = 0; j < s->nw_seg && !s->unrestorable; j++)
		s->unrestorable = unrestorable_word(s, &s->w[j], dom);
	return s->unrestorable;
}

/* Does the token word i belongs to hold a Latin word that cannot be
 * restored into dom (unrestorable_word(): "example" in "example.txt" in
 * Russian text, whose l has only the palochka ӏ for a twin)? Then the
 * token is Latin, like one holding a word with anchor letters
 * (token_has_genuine()). */
static int token_has_unrestorable(unspoof_stream *s, size_t nw, size_t i, unsigned dom)
{
	size_t j;
	for (j = i; j > 0 && glued(s, j - 1); j--)
		if (unrestorable_word(s, &s->w[j - 1], dom))
			return 1;
	for (j = i; j + 1 < nw && glued(s, j); j++)
		if (unrestorable_word(s, &s->w[j + 1], dom))
			return 1;
	return 0;
}
