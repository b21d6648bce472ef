/* Evidence from before and after a segment: the opening of a text,
 * looking ahead in a stream that showed no substitution yet, and the
 * articles and letters restored late (late_article(), sole_letter()).
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Is word i, in a segment without evidence of substitutions, in a stream
 * that showed some before (s->shown; not invisible characters inside
 * words: as such evidence they turned the authors' own Latin H article of
 * Greek text Greek in the invisible family's documents, el exact documents
 * 99.50% -> 98.00%; in Greek text, also one that shows some in the
 * paragraphs after it: shown_or_ahead()), the article or preposition of
 * dom opening a
 * sentence: a capital followed by small letters (short_function_word() 2,
 * article_before_name()), or a small letter alone between two words of
 * Cyrillic text (late_letter()), that would be a word of dom restored?
 * Where an obfuscator substitutes rarely, a paragraph of
 * one line often shows no other substitution, and the evidence carried
 * from earlier ones is halved away within a few paragraphs; a genuine
 * Latin capital alone before a word of dom at the start of a sentence is
 * rare there. Dev set (el 0201-0400): Latin-in-Greek exact documents
 * 92.42% -> 93.00%, mix 92.17 -> 92.83; Latin-in-Cyrillic and mix of the
 * Cyrillic languages unchanged, genuine text unchanged. */
/* How long the substitutions a segment showed count for late_article():
 * longer than any document of eval/corpus (at most 38 paragraphs), so
 * that it is as if for good there, but bounded in a long stream. */
#define SHOWN_SEGMENTS 64u

/* How far after a segment ahead() looks: the next few paragraphs of a
 * document of one-line paragraphs. process_segment() waits for so many
 * bytes after a segment it may ask about (or the end of the input), so
 * that the answer does not depend on how the input is fed. */
#define AHEAD_BYTES 4096u

/* ahead() answers in the opening of a text only, for a segment starting
 * in its first AHEAD_OPENING bytes: there no substitution can have been
 * shown before (further on, the shown substitutions of the 64 segments
 * before count), and the bytes it reads stay few in a long genuine text
 * (reading all of Greek text cost 3 instructions a byte). And only for a
 * paragraph shorter than AHEAD_BYTES: the text after a long one is far
 * from most of its words, which are evidence enough of their own (the
 * first 64 KiB paragraph of the benchmark's Greek text went through the
 * full pass: 14.5 instructions a byte instead of 12.8). */
#define AHEAD_OPENING 16384u

/* Does the segment being decided start in the opening of the text, its
 * first AHEAD_OPENING bytes? Counted in the output written before it
 * (out_off), not in the input: clean() removes bytes (marks, invisible
 * characters), so that a paragraph past the opening of an input of zalgo
 * text was in the opening of its cleaned text, where a second clean read
 * it otherwise (a Bulgarian "ОПЦИЯ e същото" after 14 KB of Persian zalgo:
 * fuzz/regressions/scan/idempotence-opening-output). The states that judge clean()'s output take the stream's out_off
 * (lend()), which is where that output starts. */
static int in_opening(const unspoof_stream *s)
{
	return s->out_off < AHEAD_OPENING;
}

/* Is c a Latin letter an obfuscator writes for a Greek one (A B E H I K M
 * N O P T X Y Z, o u v i p x c a k y t w n)? Latin letters of names glued
 * to a Greek ending ("Shiftγια") are mostly others. */
static int ahead_twin(unsigned c)
{
	return c >= 'A' && c <= 'z' && c != 0 && strchr("ABEHIKMNOPTXYZouvipxcakytwn", (int)c) != NULL;
}

/* Is b[q..q+1] a Greek letter of U+0386..U+03FF (lead byte CE or CF;
 * not the tonos signs, nor the ano teleia U+0387)? */
static int ahead_greek(const unsigned char *b, size_t q, size_t n)
{
	return q + 1 < n && ((b[q] == 0xCE && (b[q + 1] == 0x86 || b[q + 1] >= 0x88)) ||
	                     (b[q] == 0xCF && b[q + 1] >= 0x80 && b[q + 1] <= 0xBF));
}

/* Is c a Latin letter an obfuscator writes for a Cyrillic one (A B C E H
 * K M O P T X Y, a c e o p x y i j s, and the italic twins m n u r)? */
#define AHEAD_BIT(c) (1ull << ((c) & 63))
static int ahead_twin_cyr(unsigned c)
{
	/* (ASCII 64..127 as bits of one word: A..Z at 1..26, a..z at 33..58.) */
	static const uint64_t twins =
	    AHEAD_BIT('A') | AHEAD_BIT('B') | AHEAD_BIT('C') | AHEAD_BIT('E') | AHEAD_BIT('H') |
	    AHEAD_BIT('K') | AHEAD_BIT('M') | AHEAD_BIT('O') | AHEAD_BIT('P') | AHEAD_BIT('T') |
	    AHEAD_BIT('X') | AHEAD_BIT('Y') | AHEAD_BIT('a') | AHEAD_BIT('c') | AHEAD_BIT('e') |
	    AHEAD_BIT('o') | AHEAD_BIT('p') | AHEAD_BIT('x') | AHEAD_BIT('y') | AHEAD_BIT('i') |
	    AHEAD_BIT('j') | AHEAD_BIT('s') | AHEAD_BIT('m') | AHEAD_BIT('n') | AHEAD_BIT('u') |
	    AHEAD_BIT('r');
	return c >= 64 && c < 128 && (twins >> (c & 63) & 1);
}
#undef AHEAD_BIT

/* Is b[q..q+1] a Cyrillic letter of U+0400..U+04FF (lead byte D0..D3)? */
static int ahead_cyrillic(const unsigned char *b, size_t q, size_t n)
{
	return q + 1 < n && b[q] >= 0xD0 && b[q] <= 0xD3 && b[q + 1] >= 0x80 && b[q + 1] <= 0xBF;
}

/* Is the Latin letter b[p], next to a Cyrillic or Greek letter, in no
 * word by its shape (no_word_shape(), roughly): after its own small letter
 * ("yYтТ", the answers a program takes in two layouts), or a small letter
 * before a Cyrillic or Greek capital ("-cТЕГ")? */
static int ahead_no_word(const unsigned char *b, size_t p, size_t n)
{
	unsigned c = b[p];
	if (c >= 'A' && c <= 'Z')
		return p > 0 && b[p - 1] == c + 32;
	return p + 2 < n && ((b[p + 1] == 0xD0 && b[p + 2] >= 0x80 && b[p + 2] <= 0xAF) ||
	                     (b[p + 1] == 0xCE && b[p + 2] >= 0x86 && b[p + 2] <= 0xAB));
}

/* Has b[0..n) (input offsets off..) a Latin twin letter (ahead_twin())
 * written against a Greek letter, in one word with it ("πoυ", "Πoλιτική",
 * "στοv"), or, in Cyrillic text (dom), one of ahead_twin_cyr() against a
 * Cyrillic letter ("cтрока", "пpи")? Scans on from where the last call
 * left off (s->ahead_to; s->ahead_hit the place found; the _cyr pair in
 * Cyrillic text), so that the bytes of a text are read about once, eight
 * at a time where they hold no ASCII letter (Greek and Cyrillic prose
 * have few). */
static int ahead_scan(unspoof_stream *s, const unsigned char *b, size_t n, uint64_t off,
                      unsigned dom)
{
	size_t p;
	const int cyr = dom == US_SC_Cyrl;
	uint64_t *to = cyr ? &s->ahead_to_cyr : &s->ahead_to;
	uint64_t *hit = cyr ? &s->ahead_hit_cyr : &s->ahead_hit;
	if (*hit && *hit - 1 >= off)
		return *hit - 1 < off + n;
	if (*to >= off + n)
		return 0;
	p = *to > off ? (size_t)(*to - off) : 0;
	while (p < n) {
		unsigned c;
		if (p + 8 <= n) {
			/* Bytes 0x40..0x7F (ASCII letters among them): none
			 * in these eight, the common case. */
			uint64_t v;
			memcpy(&v, b + p, 8);
			if (!(v & 0x4040404040404040ull & (~v & 0x8080808080808080ull) >> 1)) {
				p += 8;
				continue;
			}
			/* (In Cyrillic text, ASCII alone after ASCII: a Latin
			 * word or none, but for its last byte, which may
			 * touch a Cyrillic letter after it.) */
			if (cyr && !(v & 0x8080808080808080ull) && (p == 0 || b[p - 1] < 0x80)) {
				p += 7;
				continue;
			}
		}
		c = b[p];
		if ((cyr ? ahead_twin_cyr(c) && ((p >= 2 && ahead_cyrillic(b, p - 2, n)) ||
		                                 ahead_cyrillic(b, p + 1, n))
		         : ahead_twin(c) && ((p >= 2 && ahead_greek(b, p - 2, n)) ||
		                             ahead_greek(b, p + 1, n))) &&
		    !ahead_no_word(b, p, n)) {
			*hit = off + p + 1;
			return 1;
		}
		p++;
	}
	/* (The last byte again next time: the letter after it is unread.) */
	*to = off + (n > 0 ? n - 1 : 0);
	return 0;
}

/* Does the text after the segment being decided, within AHEAD_BYTES,
 * show substitutions: a word of Greek letters with a Latin twin of one in
 * it (ahead_scan())? (Shadow states, which judge clean()'s output, look
 * at the input after the segment too: lend().) */
static int ahead(const unspoof_stream *s, unsigned dom)
{
	/* (Its progress is a cache of the input's bytes, kept in s.) */
	unspoof_stream *m = (unspoof_stream *)(uintptr_t)s;
	if (!s->ahead_n || (dom != US_SC_Grek && dom != US_SC_Cyrl))
		return 0;
	return ahead_scan(m, s->ahead_p, s->ahead_n, s->ahead_off, dom);
}

/* late_article()'s condition on the stream: it showed substitutions in
 * the last SHOWN_SEGMENTS segments, or, in Greek text (dom) that showed
 * none yet, the text after the segment shows some (ahead()). Where an
 * obfuscator substitutes rarely, the first paragraphs of a document often
 * show none but an article ("H ηλεκτρονική διεύθυνση δεν μπορεί να είναι
 * κενή", H for Η, opening a document whose next paragraphs show "τo",
 * "Πoλιτική"). The authors' own Latin H stays in a document whose text
 * shows no substitution after it either. Dev set (el 0201-0400):
 * Latin-in-Greek exact documents 96.83% -> 97.00%, mix el 96.75 ->
 * 97.17 (the capital O of "O διακομιστής" too); held-out set (el
 * 0101-0200): Latin-in-Greek 96.33% unchanged, mix el 96.67 -> 97.33;
 * genuine text unchanged. */
/* So in Cyrillic text (ahead_twin_cyr()): a first paragraph whose only
 * substitution is a one-letter word between Cyrillic words (late_letter():
 * "обекти c еднакъв цвят", і, е) is restored when the paragraphs after it
 * show substitutions. Dev set, exact documents: Latin-in-Cyrillic be
 * 97.78% -> 97.88%, uk 99.00 -> 99.08; mix bg 96.92 -> 97.33; ru kk, sr mk
 * and Greek unchanged. Held-out set: Latin-in-Cyrillic be 99.00 -> 99.17,
 * the others unchanged; genuine text unchanged. Cost: Russian text of the
 * benchmark +0.5% instructions (the first 20 KiB read once more). */
static int shown_or_ahead(const unspoof_stream *s, unsigned dom)
{
	return s->shown || ((dom == US_SC_Grek || dom == US_SC_Cyrl) && ahead(s, dom));
}

/* Is word i, in Cyrillic text, a small letter alone between two words of
 * dom, white space alone on either side of it on one line ("стрелице y
 * прозорчету")? That is the place of the one-letter prepositions and
 * conjunctions (у, о, а, е, с, к), which a late paragraph at a low rate
 * may show as its only substitution; a genuine Latin variable there is
 * rare ("x и y" has a Latin word next to it). Dev set (sr 0201-0400, mk
 * and kk 0101+, ru bg uk be 0201-0400), exact documents: Latin-in-Cyrillic
 * sr 95.33% -> 95.67%, bg 94.42 -> 94.83, ru 92.83 -> 92.92; mix sr 95.08
 * -> 95.25 (with invisible characters counting as shown, since left
 * out: see above), be 94.99 ->
 * 95.28, bg 94.17 -> 94.83; the others unchanged, genuine text
 * unchanged. */
static int late_letter(const unspoof_stream *s, size_t nw, size_t i, unsigned dom,
                       size_t nunits)
{
	const struct word *w = &s->w[i];
	return dom == US_SC_Cyrl && w->end - w->first == 1 && (s->u[w->first].flags & UF_LOWER) &&
	       i > 0 && short_function_word(s, nw, i, nunits) == 1 &&
	       next_to_dom(s, nw, i - 1, s->w[i - 1].end, w->first, dom) &&
	       next_to_dom(s, nw, i + 1, w->end, i + 1 < nw ? s->w[i + 1].first : w->end, dom);
}

/* Is word i, in Cyrillic text, late_letter()'s small letter alone
 * between two words of dom, and a Latin y, o, a or e (the twins of the
 * prepositions and conjunctions у, о, а, е), the only Latin letter of its
 * segment? Then it is restored though neither the segment nor the stream
 * before it showed a substitution: where an obfuscator substitutes
 * rarely, the first paragraphs of a document often show none but this
 * ("користите „Избаци“ y искачућем изборнику"). Genuine Cyrillic text
 * writes a Latin letter so as a variable, with other Latin around it
 * ("x и y равны координатам"), or c, k (names of constants and
 * variables, and the authors' own slips for с), which stay to the rules
 * above; on the dev set's genuine text of the seven Cyrillic languages no
 * lone Latin y, o, a or e stands between two Cyrillic words. */
static int sole_letter(const unspoof_stream *s, size_t nw, size_t i, unsigned dom,
                       size_t nunits)
{
	const struct word *w = &s->w[i];
	uint32_t c = s->u[w->first].cp;
	size_t k;
	if (dom != US_SC_Cyrl || w->script != US_SC_Latn || s->seg_letters[US_SC_Latn] != 1 ||
	    !(c == 'y' || c == 'o' || c == 'a' || c == 'e') || w->end - w->first != 1 || i == 0 ||
	    i + 1 >= nw)
		return 0;
	/* So is one after a word of dom, opening a compound of dom with a
	 * hyphen (hyphen_letter(): "домена e-поште", е-поште, at a low rate
	 * the only substitution of its document). */
	if (hyphen_letter(s, w, dom) && word_in(s, nw, i - 1, dom)) {
		for (k = s->w[i - 1].end; k < w->first && space_cp(s->u[k].cp) && s->u[k].cp != '\n';
		     k++)
			;
		return k == w->first;
	}
	if (short_function_word(s, nw, i, nunits) != 1 || !word_in(s, nw, i - 1, dom) ||
	    !next_to_dom(s, nw, i + 1, w->end, s->w[i + 1].first, dom))
		return 0;
	/* (The word before may end a clause: "Ширина, y пикселима",
	 * "„Избаци“ y искачућем".) */
	for (k = s->w[i - 1].end; k < w->first && s->u[k].cp != '\n'; k++) {
		uint32_t a = s->u[k].cp;
		if (!space_cp(a) && a != ',' && a != ';' && a != ')' && a != 0x201C && a != 0x201D &&
		    a != 0xBB)
			return 0;
	}
	return k == w->first && short_reads(s, w, dom);
}

/* Is word i, in Greek text, the only Latin letter of its segment, an o
 * alone between two Greek words (greek_article_o(): "Εάν o δρομέας") or
 * a capital O opening a sentence before a Greek word (short_function_word()
 * 2: "O διακομιστής")? It is the article ο, Ο, restored though neither the
 * segment nor the stream around it shows another substitution: where an
 * obfuscator substitutes rarely, a short document's only substitution is
 * often its commonest word. Genuine Greek text writes no Latin o alone:
 * its variables are x, n, i, and a foreign o stands among foreign words,
 * which would be Latin letters of the segment too; on the dev and
 * held-out sets' genuine Greek text no Latin o or O stands alone. (Not H
 * for the article Η: Greek authors' own slips write it so, "H διεύθυνση",
 * three on the dev set, and those stay where nothing else shows
 * substitutions: late_article().) Only in the opening of a text (its
 * first AHEAD_OPENING bytes, as ahead()): further on, the substitutions
 * of an obfuscated text have shown (s->shown), and each paragraph of a
 * long genuine text with a lone o went through the full pass (the
 * benchmark's Greek text, whose words are drawn from eval/sample with
 * its key letters o and O, 13.0 instructions a byte -> 14.6). */
static int sole_article(const unspoof_stream *s, size_t nw, size_t i, unsigned dom,
                        size_t nunits)
{
	const struct word *w = &s->w[i];
	uint32_t c = s->u[w->first].cp;
	if (dom != US_SC_Grek || w->script != US_SC_Latn || s->seg_letters[US_SC_Latn] != 1 ||
	    !in_opening(s) || w->end - w->first != 1 || (c != 'o' && c != 'O'))
		return 0;
	return (greek_article_o(s, nw, i, dom) ||
	        (c == 'O' && short_function_word(s, nw, i, nunits) == 2)) &&
	       short_reads(s, w, dom);
}

/* Is the first ASCII letter of seg a y, o, a or e (sole_letter()'s
 * letters)? */
static int sole_vowel_in(const unsigned char *seg, size_t len)
{
	size_t k;
	for (k = 0; k < len; k++) {
		unsigned c = seg[k];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return c == 'y' || c == 'o' || c == 'a' || c == 'e';
	}
	return 0;
}

/* Is the first ASCII letter of seg an o or an O (sole_article()'s
 * letters)? */
static int sole_o_in(const unsigned char *seg, size_t len)
{
	size_t k;
	for (k = 0; k < len; k++) {
		unsigned c = seg[k];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return (c | 0x20) == 'o';
	}
	return 0;
}

/* Is word i, in a segment without evidence of substitutions, in a stream
 * that showed some before (s->shown, as late_article()), a piece of one
 * or two letters, a capital first, of a word of dom cut by the underscore
 * of a menu's access key (key_mark_piece(): "A_υτόματη", Α written in
 * Latin)? The token mixes scripts in one word, which genuine text does
 * only by the authors' slips (stray letters, restored alike); where the
 * obfuscator substitutes rarely, it is often the only substitution of its
 * paragraph. (A capital first, of one or two letters: the words
 * late_article_in() lets the fast path see.) Dev set (el 0201-0400):
 * Latin-in-Greek exact documents 96.75% -> 96.83%. */
static int late_key_piece(const unspoof_stream *s, size_t nw, size_t i, unsigned dom,
                          size_t nunits)
{
	const struct word *w = &s->w[i];
	unsigned letters, upper, first_upper;
	if (dom == US_SC_Latn)
		return 0;
	letter_case(s, w, &letters, &upper, &first_upper);
	if (!(letters >= 1 && letters <= 2 && first_upper && key_mark_piece(s, nw, i, dom, nunits)))
		return 0;
	return shown_or_ahead(s, dom);
}

static int late_article(const unspoof_stream *s, size_t nw, size_t i, unsigned dom,
                        size_t nunits)
{
	/* (The fast path takes a segment only where late_article_in() finds
	 * no word this could be true of: change both together.) */
	return dom != US_SC_Latn &&
	       (short_function_word(s, nw, i, nunits) == 2 ||
	        article_before_name(s, nw, i, dom, nunits) || greek_article_o(s, nw, i, dom) ||
	        late_letter(s, nw, i, dom, nunits)) &&
	       short_reads(s, &s->w[i], dom) && shown_or_ahead(s, dom);
}
