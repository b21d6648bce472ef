/* Words written wholly in lookalikes (decide_pure()): restored into the
 * dominant script only when the document shows substitutions and the
 * word's place makes it clear.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

static int decide_pure(unspoof_stream *s, size_t nw, size_t i, unsigned dom, size_t nunits)
{
	struct word *w = &s->w[i];
	unsigned sc = w->script;
	int genuine, left = 0, right = 0, margin, short_word, article, piece, among, lex, caps_greek,
	    htwin, half = 0;
	if (s->o.target_script >= 0 || w->target != 255 || sc == 255 || dom == 255 || sc == dom)
		return 0;
	/* Fancy letters are written as the letters they stand for
	 * (decide_fancy()), whatever the script chosen here: a word with some
	 * is left to that, or clean() would write a mixed word. */
	if (w->fancy)
		return 0;
	/* (The letters the text writes, for one_letter_word().) */
	if (dom == US_SC_Cyrl && w->end - w->first == 1)
		seen_letters(s);
	piece = key_mark_piece(s, nw, i, dom, nunits) || slash_letter(s, w, dom) ||
	        underscore_list_in(s, w, dom) || hyphen_letter(s, w, dom) ||
	        apostrophe_letter(s, nw, i, dom) ||
	        (dom == US_SC_Cyrl && sc == US_SC_Latn && joined_by_mark(s, w) &&
	         (hyphen_part(s, w, dom) || apostrophe_ending(s, nw, i, dom)));
	if (w->anchors ||
	    ((s->evidence + s->carry_evidence + s->exotic + s->carry_exotic == 0 ||
	      alphabet_against(s, sc, dom)) &&
	     !lone_letter(s, nw, i, dom, nunits) && !late_article(s, nw, i, dom, nunits) &&
	     /* In Latin text, a letter of another script glued to a
	      * Latin word (apostrophe_letter(), slash_letter(): "Ꮯ'est",
	      * "Ꮪ/PDIF") is that word's letter: evidence by itself, as
	      * lone_letter() is. Not Greek, the mathematical letters
	      * ("α/β"). Dev set, exact documents, Latin-extended: fr
	      * 99.25% -> 99.58% (elisions), then de 99.58% -> 99.67%,
	      * en 99.42% -> 99.50%, vi 99.08% -> 99.17% (slashes);
	      * held-out fr 98.83% -> 99.00%, en 99.00% -> 99.17%; the
	      * rest unchanged. */
	     !(dom == US_SC_Latn && piece && sc != US_SC_Grek) &&
	     !sole_letter(s, nw, i, dom, nunits) && !sole_article(s, nw, i, dom, nunits) &&
	     !late_key_piece(s, nw, i, dom, nunits)) ||
	    !feasible(s, w, dom) ||
	    (latin_identifier(s, nunits, w, dom) && !piece) ||
	    (!readings_attested(s, w, dom) && !serbian_je(s, nw, i, dom, nunits)) ||
	    named_letter(s, w) || spaced_apart(s, w))
		return 0;
	if (piece) {
		restore_word(s, w, dom, 60);
		w->target = (uint8_t)dom;
		return 1;
	}
	/* Nor is a word joined into one token ("x:y", "(x,y)", "a.b") to a
	 * word of its own script before it that was left as it is: the token
	 * is one term, a pair of variables or a ratio, written in one script
	 * (an ending joined by a hyphen to a name aside: "VLC-ге"). */
	htwin = hyphen_twin(s, w, dom);
	if (i > 0 && glued(s, i - 1) && s->w[i - 1].script == sc && s->w[i - 1].target == 255 &&
	    !s->w[i - 1].fancy && !hyphen_ending(s, w, (unsigned)(w->end - w->first), nunits) &&
	    !htwin)
		return 0;
	/* Nor is a Latin word of one or two letters joined by a comma or a
	 * colon, without white space, to a Latin word before it that was left
	 * Latin: a pair of variables or coordinates ("x:y", "(x,y)"; on the
	 * dev set's texts, four Latin pairs so and no Cyrillic one). */
	if (sc == US_SC_Latn && dom != US_SC_Latn && w->end - w->first <= 2 && i > 0 &&
	    s->w[i - 1].end + 1 == w->first &&
	    (s->u[s->w[i - 1].end].cp == ',' || s->u[s->w[i - 1].end].cp == ':') &&
	    s->w[i - 1].script == US_SC_Latn && s->w[i - 1].target == 255)
		return 0;
	/* A capital letter alone inside a sentence of Cyrillic or Greek text
	 * is a variable, a key or a label ("по X і Y", "точка B"): those
	 * languages write their one-letter words in small letters there. (Not
	 * so English, whose "I" obfuscators write as Cyrillic І.) */
	/* (An initial between two names of dom is restored as a capital
	 * among capitals is.) */
	among = capital_among(s, nw, i, dom) || name_initial(s, nw, i, dom);
	caps_greek = greek_caps(s, nw, i, dom) || serbian_caps(s, w, dom) ||
	             serbian_caps_glued(s, nw, i, dom);
	if (dom != US_SC_Latn && lone_capital(s, w) && !opens_sentence(s, w) &&
	    short_function_word(s, nw, i, nunits) != 2 && !among && !caps_greek)
		return 0;
	/* So is one opening a sentence of Cyrillic text that left another
	 * Latin capital as such a label (capital_label(): "X кордината"),
	 * before it in this paragraph or in the few before: labels come in
	 * series ("X ...", "Y ..."; "U ...", "V ..."), and the one whose
	 * Cyrillic twin is a word ("Y кордината", У) is a label too. */
	if (dom == US_SC_Cyrl && sc == US_SC_Latn && lone_capital(s, w) && opens_sentence(s, w) &&
	    (s->carry_labels || labels_in(s, nw, i)))
		return 0;
	/* A Latin word in capitals that reads as an acronym the text writes
	 * in Cyrillic capitals elsewhere (caps_word(): "OC" beside "ОС") is
	 * that acronym, whatever the rules below say of acronyms: in a
	 * segment that writes Cyrillic letters, where this segment restored
	 * a mixed word or the one before showed substitutions (evidence,
	 * carried), as the fast path needs, which takes a paragraph of ASCII
	 * alone as it is (plain_run()) and other segments of words of one
	 * script each where nothing is carried (fast_check()) (fuzz_scan:
	 * "EE" after "ЄE" was restored by the full pass alone). */
	if (dom == US_SC_Cyrl && sc == US_SC_Latn && all_caps(s, w) && s->seg_letters[dom] > 0 &&
	    s->evidence + s->carry_evidence > 0 && caps_word(s, w, dom)) {
		restore_word(s, w, dom, 60);
		w->target = (uint8_t)dom;
		return 1;
	}
	/* Nor is a Latin word in capitals without a vowel in Cyrillic text
	 * ("HTTP", "TCP", "BMP", "PC"): an acronym, which Cyrillic text
	 * writes with letters that have no Latin twin (ФСБ, МВД); nor one of
	 * three letters or more ("IMAP", "CMYK") in a paragraph that writes
	 * no Cyrillic word in capitals (caps_in(): where it does, "HOMEP" is
	 * НОМЕР). Dev set, Latin-in-Cyrillic exact documents 89.45% ->
	 * 89.95%, mix 89.11 -> 89.62 (with two letters too: 89.86%, "ОС"
	 * kept Latin). Kazakh writes its acronyms of two letters with its own
	 * letters (ОЖ, ҚР): in Kazakh text (kazakh_letters(), or carried)
	 * two letters suffice ("IP", not "ІР"); so in any Cyrillic text for
	 * a word with a letter whose only Cyrillic twins are letters of
	 * national alphabets (national_only(): I, whose twin is І), which
	 * Cyrillic acronyms of two letters do not use (dev set,
	 * Latin-in-Cyrillic exact documents be 98.07% -> 98.27%; the same
	 * documents obfuscated with other seeds be 97.69 -> 97.98; the
	 * others and the check set unchanged). So in Greek text ("HTTP",
	 * "MH" the mail folder format: Greek Η is a vowel, Latin H none): dev
	 * set, Latin-in-Greek exact documents 94.92% -> 95.33%, mix el 94.75
	 * -> 95.08. In Greek text two letters suffice as well ("ME chroma",
	 * motion estimation, opening a paragraph of Greek in small letters):
	 * Greek writes a word in capitals in text in capitals, which caps_in()
	 * finds, and its acronyms of two letters are rare. Dev set
	 * unchanged; the same documents obfuscated with other seeds (el
	 * 1201-1400, 2201-2400): Latin-in-Greek exact documents 96.83% ->
	 * 97.00%, 96.33 -> 96.50; held-out set unchanged. */
	if ((dom == US_SC_Cyrl || dom == US_SC_Grek) && sc == US_SC_Latn && all_caps(s, w) &&
	    (!latin_vowel(s, w) ||
	     ((w->end - w->first > 2 || dom == US_SC_Grek ||
	       (dom == US_SC_Cyrl && (s->carry_kazakh || kazakh_letters(s) ||
	                              national_only(s, w, dom)))) &&
	      !caps_in(s, dom))) &&
	    !caps_greek)
		return 0;
	/* Nor, in Greek text, is one of three letters or more whose Greek
	 * reading the Greek dictionary does not know (greek_caps() takes
	 * those it knows), beside Greek words in capitals: a Latin name or
	 * term written in capitals with them ("ΠΙΝΕΛΟΥ MYPAINT",
	 * "ΓΡΑΜΜΑΤΟΣΕΙΡΑΣ OPENTYPE", "ΣΤΟ ΧΩΡΟ XYZ"), unless it reads far
	 * better restored. (Three letters rather than four: dev documents
	 * with short lines put in capitals, Latin-in-Greek exact documents
	 * 95.58% -> 95.67%, mix 96.17 -> 96.25, collateral changes 2.6 ->
	 * 2.1 a 100k characters; the dev set itself unchanged.) */
	if (dom == US_SC_Grek && sc == US_SC_Latn && all_caps(s, w) && !caps_greek &&
	    w->end - w->first >= 3 && !greek_reading_known(s, w, dom) && !reads_far_better(s, w, dom))
		return 0;
	/* Nor, in Cyrillic text, is a Latin word of two letters or more
	 * without a vowel in small letters too ("px", "Bcc", "Cc", "rc"): an
	 * abbreviation, a unit or a command, whose Cyrillic reading ("рх",
	 * "Всс") would have no vowel either. Cyrillic words of lookalikes
	 * alone have one: of the dev set's words of two letters or more
	 * written only in letters with a Latin twin, 5 have none (Serbian
	 * "тј", "Нпр", "МХ", "ХСВ"), against 1,227 such Latin words. */
	if (dom == US_SC_Cyrl && sc == US_SC_Latn && ascii_consonants(s, w) >= 2)
		return 0;
	/* So in Greek text ("px", "kv"): their Greek reading ("ρχ", "κν")
	 * would have no vowel, which no Greek word of two letters or more
	 * lacks but abbreviations ("κλπ", "χλμ") with letters that have no
	 * Latin twin. (Not a capital H, the twin of the vowel Η.) Dev set
	 * (el 0201-0400) unchanged; the same documents obfuscated with
	 * other seeds (el 1201-1400, 2201-2400): Latin-in-Greek exact
	 * documents 96.50% -> 96.58%, mix el 96.96 -> 97.00; held-out set
	 * unchanged; genuine text unchanged. */
	if (dom == US_SC_Grek && sc == US_SC_Latn && ascii_consonants(s, w) >= 2 &&
	    !greek_vowel_twin(s, w))
		return 0;
	/* Nor is a Latin word in a quotation of Latin text alone in Cyrillic
	 * text ("„help name“", "«chroma key»", "„one“"): a command, a
	 * key, a value quoted as it is typed. On the dev set's genuine text,
	 * 135 quotations were made only of Latin letters with a Cyrillic twin,
	 * 5 of Cyrillic letters with a Latin one. Unless it reads far better
	 * restored: at a rate of 1, "„CCITT rpyna 4“" is група. Single
	 * quotes quote so too ("'none'"): dev set, exact documents
	 * Latin-in-Cyrillic bg 96.75% -> 96.83%, mix bg 96.58 -> 96.67; the
	 * others unchanged. Nor one whose restored reading is a word of the
	 * Cyrillic dictionaries and its Latin one no English word or name
	 * (twin_cyrillic()) that reads better restored: the name of a
	 * column or a menu quoted in the text's language ("графу
	 * \"Cmamyc\"", Статус; "mbox", whose reading тьох the dictionaries
	 * know too, reads no better). Dev set unchanged; the same documents
	 * obfuscated with other seeds (1201-1400): Latin-in-Cyrillic exact
	 * documents be 97.59% -> 97.69%, the others unchanged. */
	if (dom == US_SC_Cyrl && sc == US_SC_Latn && latin_quotation(s, w, nunits) &&
	    !reads_far_better(s, w, dom) &&
	    !(twin_cyrillic(s, w, dom) && reads_better_in(s, w, dom)))
		return 0;
	/* Nor is a Latin word in camel case ("MacBook", "PowerPoint"): a
	 * name; Cyrillic words have no capital after a small letter. */
	if (dom == US_SC_Cyrl && sc == US_SC_Latn && camel_case(s, w))
		return 0;
	/* Nor is a letter alone whose reading is no one-letter word of Cyrillic
	 * or Greek (us_ngram_one_letter_word(): "n" is no "п"), wherever it
	 * is ("до n цвята", "сигнал n."). */
	if (dom != US_SC_Latn && w->end - w->first == 1 && !among && !short_reads(s, w, dom) &&
	    !digit_ending(s, w, nunits))
		return 0;
	/* Nor is one before a dash (label_letter(): "r — режим
	 * восстановления"). */
	if (label_letter(s, w, dom, nunits))
		return 0;
	/* Nor, in Cyrillic text, is a small letter alone in a sentence that
	 * names other things with small Latin letters before a dash
	 * (letter_labels_in(): "символ c означает номер контроллера, b —
	 * номер шины, t — ..."; "коды: a — ..., r — ..., нажмите e."):
	 * variables and keys come in series, and the sentence that defines
	 * some so names the others. Dev set, exact documents:
	 * Latin-in-Cyrillic ru 96.58% -> 96.92% (in the whole paragraph
	 * rather than the sentence: 96.75), mix ru 96.58 -> 96.92; bg be uk,
	 * sr mk kk unchanged. Val set: Latin-in-Cyrillic ru 92.83 -> 93.33,
	 * mix ru 93.00 -> 93.67 (with the fix of stranded_preposition()). */
	if (letter_labels_in(s, nw, i, dom, nunits) &&
	    !conjunction_before_label(s, nw, i, dom, nunits))
		return 0;
	/* Is there genuine text of the word's own script around (letters that
	 * no obfuscator substitutes)? Then the word may be genuine too: it
	 * must sit next to a word of the dominant script and not be glued
	 * into one token (a path, a URL) with a genuine word of its own
	 * script, and it is restored when it reads better restored, weighed
	 * with how often the obfuscator substitutes the letters it is made of
	 * (substitution_prior(): at a low rate a word wholly of substitutes is
	 * unlikely, "etc" and "HTTP" in Russian text are genuine; at a high
	 * rate Russian "В" and "у" become Latin B and y whole). Next to a
	 * genuine word of its own script (a quotation) it must read much
	 * better restored. Without such text, every word made of lookalikes is
	 * a substitution unless it reads much worse restored; a word made only
	 * of letters the document substitutes inside mixed words ("ου" in
	 * French, "To" in Greek) is one however well it reads in its own
	 * script. */
	/* In Cyrillic text, a Latin word that could not be restored counts as
	 * an anchor would (unrestorable_latin()): dev set, Latin-in-Cyrillic
	 * exact documents 88.18% -> 88.57%, mix 87.62 -> 88.06 (in Greek text
	 * Latin-in-Greek fell 88.75 -> 88.25: left out). */
	/* (Anchors of a script other than Latin carried do not count in a
	 * segment written in dom by its own anchors, own_anchored(): "Оп ou
	 * Off" in a French paragraph obfuscated with Cyrillic letters, four
	 * Serbian Latin paragraphs after a Bulgarian one, stayed "Оп". Latin
	 * ones do: text of every script quotes Latin names and commands, and
	 * Latin carried so keeps them; on the dev set, not counting them
	 * took Latin-in-Cyrillic exact documents in Serbian from 98.08% to
	 * 97.75%.) */
	genuine = s->seg_anchor[sc] +
	                  (own_anchored(s) == dom && sc != US_SC_Latn ? 0 : s->carry_anchor[sc]) >
	                  0 ||
	          (sc == US_SC_Latn && dom == US_SC_Cyrl && unrestorable_latin(s, dom));
	/* A word of one or two letters in the place of a short word of dom
	 * (short_function_word()) that would be a word of dom restored. */
	short_word = short_function_word(s, nw, i, nunits);
	/* So is a letter alone after a slash that follows a word of dom: the
	 * unit of a rate ("кбит/с", "км/ч"). */
	if (!short_word && w->end - w->first == 1 && (s->u[w->first].flags & UF_LOWER) &&
	    w->first > 0 && s->u[w->first - 1].cp == '/' && slash_list_in(s, w, dom))
		short_word = 1;
	/* So is, in Cyrillic text, a capital alone opening a sentence before
	 * a capitalised word of dom ("B Раздел 6.4", "A Втім"): a title or a
	 * word of a capital's sentence; short_function_word() asks for a small
	 * letter after it, a Latin capital before a Latin name being an
	 * article. Dev set (ru bg be uk): Latin-in-Cyrillic exact documents
	 * 93.83% -> 93.96%, mix 93.68 -> 93.81. Not at the start of a line
	 * (opens_line()): eval/sample's lists of VLC's keys ("O Сартаваць
	 * плэйліст", "B Показване") had their genuine key letters turned
	 * Cyrillic in documents obfuscated elsewhere. */
	/* Nor is a preposition left without its object (stranded_preposition():
	 * "По умолчанию no."): no preposition, whatever its place. */
	if (stranded_preposition(s, nw, i, dom, nunits))
		return 0;
	if (!short_word && dom == US_SC_Cyrl && sc == US_SC_Latn && lone_capital(s, w) &&
	    word_after_space(s, w) && word_follows_space(s, w, nunits) && opens_sentence(s, w) &&
	    !opens_line(s, w) && word_in(s, nw, i + 1, dom) &&
	    (s->u[s->w[i + 1].first].flags & UF_UPPER))
		short_word = 2;
	/* (The ending of a numeral need not read as a word: "64-x" is 64-х.
	 * Dev set (ru bg be uk): mix exact documents 95.49% -> 95.54%.) */
	if (short_word && !short_reads(s, w, dom) && !digit_ending(s, w, nunits))
		short_word = 0;
	if (short_word == 1 && !kazakh_short_place(s, nw, i, dom, nunits))
		short_word = 0;
	/* Nor, where the obfuscator substitutes rarely (substitution_prior()
	 * at its floor of -4 bits a letter: a rate under about 1 letter in
	 * 17), is a Latin word of two letters that is an English word ("no",
	 * "on", "to", "en": a value, a language code, a word of an English
	 * phrase) restored by its place alone: both its letters substituted
	 * has odds under 1 in 300 there. It is judged as any other word. (Not
	 * in text of an alphabet with ј, Serbian or Macedonian: their "ja",
	 * "je" are their commonest words.)
	 * Dev set (ru bg be uk): Latin-in-Cyrillic exact documents ru 93.92%
	 * -> 94.33%, bg 96.08 -> 96.00 (Bulgarian "от" written "om", an
	 * English word too, kept Latin at a rate of 0.05); mix ru 93.92 ->
	 * 94.33; be uk, sr mk kk unchanged. */
	/* (Not an ending joined by a hyphen to a name, "VLC-re": an English
	 * word stands apart.) */
	if (short_word == 1 && sc == US_SC_Latn && dom == US_SC_Cyrl && w->end - w->first == 2 &&
	    substitution_prior(s, w, sc) <= -4 * US_NGRAM_ONE_BIT && !attested(s, 0x458) &&
	    !hyphen_ending(s, w, 2, nunits)) {
		uint32_t cps[MAX_SCORED];
		size_t n = word_letters(s, w, NULL, cps, NULL);
		if (us_twinlex_word(US_TWINLEX_KIND_LAT, cps, n) == 1)
			short_word = 0;
	}
	article = dom != US_SC_Latn &&
	          article_before_name(s, nw, i, dom, nunits) && short_reads(s, w, dom);
	if (genuine) {
		/* (A word opening a sentence has no neighbour before it: the
		 * genuine Latin word ending the sentence before says nothing
		 * of it, "TLS. Toa значи".) */
		/* (The name before the hyphen of hyphen_twin() is no
		 * neighbour: "UDP-namok".) */
		left = i > 0 && s->w[i - 1].script == sc && s->w[i - 1].anchors &&
		       s->w[i - 1].target == 255 && !opens_sentence(s, w) && !htwin;
		right = i + 1 < nw && s->w[i + 1].script == sc && s->w[i + 1].anchors &&
		        s->w[i + 1].target == 255;
		/* (An ending joined to a Latin name by a hyphen is no part of
		 * the name: "VideoLAN-а".) */
		if (short_word != 1 || !hyphen_ending(s, w, (unsigned)(w->end - w->first), nunits)) {
			if ((token_has_genuine(s, nw, i, sc) ||
			     (sc == US_SC_Latn && dom == US_SC_Cyrl &&
			      token_has_unrestorable(s, nw, i, dom))) &&
			    !htwin)
				return 0;
		}
		/* An ending joined by a hyphen to a name is in text of dom
		 * whatever words are next to it ("VLC-ге ASF"); so is a word
		 * opening a sentence of dom, names of its own script between
		 * ("Егер URL ішінде" written "Erep URL ..."). (A word of two
		 * letters after a number standing alone is not next to the
		 * word before the number: "допуњавања 32 ac vlc".) So is, in
		 * Cyrillic text, a Latin word whose restored reading is a word
		 * of the Cyrillic dictionaries and its Latin one no English
		 * word (twin_cyrillic(): "Evolution nakem co LDAP", пакет): its
		 * reading is weighed below, with the dictionaries'. Dev set,
		 * exact documents: Latin-in-Cyrillic mk 95.39% -> 95.61%, bg
		 * 95.42 -> 95.50, be 96.24 -> 96.34; mix mk 94.74 -> 94.96, bg
		 * 95.33 -> 95.42; sr kk ru uk unchanged. */
		if (!((word_in(s, nw, i - 1, dom) && !short_after_number(s, w)) ||
		      word_in(s, nw, i + 1, dom) || nw == 1 ||
		      (short_word == 1 && dom != US_SC_Latn &&
		       (w->end - w->first == 1 ||
		        hyphen_ending(s, w, (unsigned)(w->end - w->first), nunits))) ||
		      article || between_names(s, nw, i, dom) ||
		      (dom != US_SC_Latn && sc == US_SC_Latn && opens_sentence(s, w) &&
		       dom_after_names(s, nw, i, dom, nunits)) ||
		      (dom == US_SC_Cyrl && !left && !right && reads_far_better(s, w, dom)) ||
		      greek_word_of(s, w, dom) ||
		      (dom == US_SC_Cyrl && sc == US_SC_Latn && twin_cyrillic(s, w, dom))))
			return 0;
		margin = US_NGRAM_MARGIN + (left || right ? 4 * US_NGRAM_MARGIN : 0) -
		         substitution_prior(s, w, sc);
		/* Short words: their place decides, at any rate the document's
		 * obfuscator substitutes at. One in small letters between words
		 * of running text ("y" for the preposition у) is a function word
		 * of the dominant script more often than a genuine variable or
		 * key ("n", "x") in a document that shows substitutions. Until
		 * session 8 it waited for a rate of 1 letter in 5: of the
		 * evaluation's 4,200 Latin-in-Cyrillic documents, short words
		 * left unrestored went from 362 letters in 315 documents to 203
		 * in 178, genuine short words changed from 384 letters in 205 to
		 * 579 in 291; exact documents 81.95% -> 83.26% (mix 89.82 ->
		 * 90.50, Latin-in-Greek 88.67 -> 88.50; genuine text as before,
		 * its documents show no substitutions). A capital
		 * opening a sentence before a word of the dominant script ("H
		 * συμπεριφορά") is its article or preposition, unless a genuine
		 * word of its own script follows it (the word before it ends
		 * the sentence before: "... της EXPR. H έκφραση"). */
		if ((short_word == 2 && !right) || short_word == 1 || article || among ||
		    greek_tonos(s, w, dom) || caps_greek) {
			restore_word(s, w, dom, 60);
			w->target = (uint8_t)dom;
			return 1;
		}
		/* A word in capitals (an acronym, "HTTP") gets no benefit
		 * from the obfuscator's rate: genuine ones are common. */
		if ((all_caps(s, w) || name_inside(s, w, dom)) && margin < US_NGRAM_MARGIN)
			margin = US_NGRAM_MARGIN;
	} else {
		margin = -US_NGRAM_MARGIN;
		/* Latin is the script foreign terms are written in in text of
		 * any other script: a Latin word of lookalikes there ("HTTP",
		 * "root") still needs an obfuscator that substitutes often
		 * enough to write whole words. In Cyrillic text, one whose
		 * letters after the first are small also gains from an
		 * obfuscator that substitutes often: at a rate of 1 a
		 * Belarusian "Тое ж" is "Toe ж", which the letter models read
		 * a little better in Latin (acronyms and names with capitals
		 * inside, "CA", "ETree", gain nothing). Dev set, exact
		 * documents: Latin-in-Cyrillic be 97.40% -> 97.59%, mix be
		 * 97.11 -> 97.30; ru bg uk, sr mk kk unchanged. */
		if (sc == US_SC_Latn) {
			int prior = substitution_prior(s, w, sc);
			margin -= prior < 0 || (dom == US_SC_Cyrl && small_after_first(s, w)) ? prior : 0;
		}
		/* Short words in their place next to a word of the dominant
		 * script: the n-gram model cannot judge them ("Се случи"). */
		if ((short_word && (word_in(s, nw, i - 1, dom) || word_in(s, nw, i + 1, dom))) ||
		    article || among || greek_tonos(s, w, dom) || caps_greek)
			margin = INT32_MIN / 4;
		/* A word of another script than Latin next to a word of the
		 * dominant one, in a text that writes no letter of its script
		 * genuinely, is lookalikes unless it reads very much worse
		 * restored: Vietnamese "xem" written "хем", English "key" as
		 * "кеу", which read as Bulgarian or Russian at least as well
		 * (the model knows fewer Vietnamese syllables than Bulgarian
		 * words). Cyrillic exact documents 97.50% -> 98.97%, Greek
		 * 98.67 -> 98.94, mix 90.50 -> 90.77 (with 2 margins instead
		 * of 4: 98.47, 98.75). Latin is left out again: genuine Latin
		 * words are common in any text. */
		else if (sc != US_SC_Latn && (word_in(s, nw, i - 1, dom) || word_in(s, nw, i + 1, dom)))
			margin -= 4 * US_NGRAM_MARGIN;
	}
	/* A capitalised Latin word inside a sentence of Cyrillic or Greek text is a
	 * name ("Orca", "Enter", "Kate"), unless it reads better restored. */
	if (!genuine && name_inside(s, w, dom))
		margin = US_NGRAM_MARGIN;
	/* A Latin word in Cyrillic text that is an English word and whose
	 * Cyrillic reading is no Cyrillic word, or the other way round
	 * (twin_word()): the dictionaries weigh in with the letter models. */
	lex = 0;
	if (sc == US_SC_Latn && dom == US_SC_Cyrl) {
		struct cands cs;
		gather(s, w, dom, &cs, w->first);
		choose(s, w, dom, &cs, 1);
		lex = twin_word(s, w, &cs);
		if (lex == 0 && twin_unknown(s, w, &cs))
			half = 1;
		/* A word between a word of dom and a genuine Latin one, that
		 * reads as a Cyrillic dictionary word and as no English one
		 * ("профильдеріне mek libfdk-aac", тек), is no part of a Latin
		 * phrase: the genuine neighbour costs it no margin. */
		if (lex == 1 && left != right &&
		    (left ? word_in(s, nw, i + 1, dom) : word_in(s, nw, i - 1, dom)))
			margin -= 4 * US_NGRAM_MARGIN;
	}
	if (genuine || !all_substituted(s, w) || name_inside(s, w, dom) || lex < 0) {
		struct cands cs;
		int as_is = word_score(s, w, sc, NULL), restored;
		gather(s, w, dom, &cs, w->first);
		restored = choose(s, w, dom, &cs, 1);
		if (restored != INT32_MIN)
			restored += lex < 0 ? -TWIN_WORD_LATIN : lex * TWIN_WORD_CYRILLIC +
			                                             half * TWIN_WORD_CYRILLIC / 2;
		/* A Latin word in Cyrillic text that reads as a word the
		 * document writes in Cyrillic elsewhere ("kak" and "как", "ako"
		 * and "ако"): the obfuscator's, unless it reads much worse so.
		 * The letter models know no word frequencies: the function words
		 * of the text read in Latin as well as restored. So in Greek
		 * text ("Sodipodi kai Adobe" where "και" is written): dev set,
		 * Latin-in-Greek exact documents 96.25% -> 96.33%. In Greek
		 * text, a word of three letters or more that the Greek
		 * dictionary knows (the twin-word filter, accents dropped) and
		 * English does not will do too, written elsewhere or not
		 * ("partman-auto-recipe.txt kai partman-auto-raid-recipe.txt").
		 * In Cyrillic text so in a paragraph without genuine Latin
		 * text too, where a word with a letter the obfuscator was not
		 * yet seen to substitute pays the prior of substitution_prior()
		 * ("Toa се контролира", Macedonian Тоа, T not yet seen as a
		 * substitute). Dev set, exact documents: Latin-in-Cyrillic sr
		 * 97.33% -> 97.42%, mix sr 97.42 -> 97.50, mk 94.08 -> 94.74;
		 * kk ru bg uk be unchanged. So in Greek text without genuine
		 * Latin text ("Mia νέα έκδοση", μια, a capital opening a
		 * sentence: greek_not_english()), where the Greek reading of
		 * a word with a letter not yet seen substituted, such as the
		 * sentence's capital, pays the prior and reads worse than the
		 * Latin one. Dev set (el 0201-0400) unchanged; the same
		 * documents obfuscated with other seeds (el 1201-1400,
		 * 2201-2400): Latin-in-Greek exact documents 96.46% -> 96.50%,
		 * mix el 96.92 -> 96.96; held-out set unchanged; genuine text
		 * unchanged. */
		if (sc == US_SC_Latn && (dom == US_SC_Cyrl || dom == US_SC_Grek) &&
		    as_is != INT32_MIN && !all_caps(s, w) && !name_inside(s, w, dom) &&
		    restored != INT32_MIN && restored < as_is + margin &&
		    margin > -4 * US_NGRAM_MARGIN) {
			uint32_t cps[MAX_SCORED];
			if (document_word(s, w, letters_hash(cps, word_letters(s, w, &cs, cps, NULL))) ||
			    (!left && !right && serbian_spelling(s, w, &cs)) ||
			    (dom == US_SC_Grek && greek_not_english(s, w, &cs)))
				margin = -4 * US_NGRAM_MARGIN;
		}
		/* So is a capitalised one ("Maj" and "Мај", "Mek" and "Мек"):
		 * the Latin letter model reads it as well either way, and a
		 * name of Latin letters that Serbian Latin spells so is the
		 * Cyrillic text's own. */
		if (sc == US_SC_Latn && dom == US_SC_Cyrl && name_inside(s, w, dom) && !all_caps(s, w) &&
		    !left && !right && margin > -4 * US_NGRAM_MARGIN && serbian_spelling(s, w, &cs))
			margin = -4 * US_NGRAM_MARGIN;
		if (as_is != INT32_MIN && restored != INT32_MIN && restored < as_is + margin)
			return 0;
	}
	restore_word(s, w, dom, genuine ? 60 : 70);
	w->target = (uint8_t)dom;
	return 1;
}
