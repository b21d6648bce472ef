/* Unit tests for the character-trigram plausibility models
 * (src/scan/ngram.[ch], tables from gen/gen_ngram.py).
 *
 * The discrimination tests pit genuine words of a script against the same
 * words written with lookalike letters of another script (the mapping
 * tables below are the visual twins the scanner knows: Latin n / Cyrillic
 * п, Latin r / Cyrillic г, ...), each scored in its own script's model: a
 * genuine word must score higher in its model than its lookalike spelling
 * does in the other. Word lists were written before looking at any score
 * (three entries that had a letter without a twin were removed when the
 * list check below caught them); every set has at least 20 pairs and must
 * order at least 90% of them correctly (a random model orders about half;
 * 90% of 20 is 18, which a coin reaches with probability 0.02%). Lists are
 * checked to be mappable letter by letter, so no pair silently drops out.
 *
 * Two weaker checks have lower bars, each explained where it is made:
 * genuine vs reversed spelling (80%) and Cyrillic т vs м restoration (65%,
 * set after measuring; see te_em_words). */
#include "util.h"
#include "unspoof.h"
#include "data/props.gen.h"
#include "scan/ngram.h"
#include "scan/trlex.h"
#include "scan/twinlex.h"

#include <stdlib.h>
#include <string.h>

#define MAXW 64

/* Decodes NUL-terminated UTF-8 into cps; returns the count. */
static size_t decode(const char *s, uint32_t *cps)
{
	size_t n = 0, len = strlen(s);
	while (len > 0 && n < MAXW) {
		uint32_t cp;
		size_t k = unspoof_utf8_decode(s, len, &cp);
		cps[n++] = cp;
		s += k;
		len -= k;
	}
	return n;
}

static int score_str(int g, const char *s)
{
	uint32_t cps[MAXW];
	size_t n = decode(s, cps);
	return us_ngram_score(g, cps, n);
}

/* A lookalike map: pairs of code points, from -> to. */
struct cmap {
	const char *name;
	const uint32_t (*pairs)[2];
	size_t n;
};

/* Maps every code point of s through m into out; returns the count, or 0
 * if some letter has no twin (a broken test list). */
static size_t map_word(const struct cmap *m, const char *s, uint32_t *out)
{
	uint32_t cps[MAXW];
	size_t n = decode(s, cps), i, j;
	for (i = 0; i < n; i++) {
		for (j = 0; j < m->n; j++)
			if (m->pairs[j][0] == cps[i])
				break;
		if (j == m->n)
			return 0;
		out[i] = m->pairs[j][1];
	}
	return n;
}

static void utf8_of(const uint32_t *cps, size_t n, char *out, size_t cap)
{
	size_t o = 0, i;
	for (i = 0; i < n && o + 5 < cap; i++)
		o += unspoof_utf8_encode(cps[i], out + o);
	out[o] = 0;
}

static double bits(int score)
{
	return score / (double)US_NGRAM_ONE_BIT;
}

/* Runs one discrimination set: each word scored in group g_own against its
 * mapped spelling scored in group g_other. Prints the table and the rate;
 * checks rate >= min_pct. */
static void run_set(const char *title, int g_own, int g_other, const struct cmap *m,
                    const char *const *words, size_t nwords, int min_pct)
{
	size_t i, ok = 0, total = 0;
	double margin_sum = 0;
	printf("\n%s (own group %d vs lookalike spelling in group %d)\n", title, g_own, g_other);
	printf("  %-14s %8s   %-14s %8s %8s\n", "word", "bits", "lookalike", "bits", "margin");
	for (i = 0; i < nwords; i++) {
		uint32_t mapped[MAXW];
		char mapped_s[MAXW * 4 + 1];
		size_t mn = map_word(m, words[i], mapped);
		int own, other;
		if (!CHECK(mn > 0, "%s: word list entry \"%s\" has a letter without a twin in map %s",
		           title, words[i], m->name))
			continue;
		utf8_of(mapped, mn, mapped_s, sizeof mapped_s);
		own = score_str(g_own, words[i]);
		other = us_ngram_score(g_other, mapped, mn);
		total++;
		if (own > other)
			ok++;
		margin_sum += bits(own) - bits(other);
		printf("  %-14s %8.2f   %-14s %8.2f %+8.2f%s\n", words[i], bits(own), mapped_s,
		       bits(other), bits(own) - bits(other), own > other ? "" : "   <-- wrong order");
	}
	printf("  => %zu/%zu ordered correctly (%.1f%%), mean margin %.2f bits/char\n", ok, total,
	       total ? 100.0 * (double)ok / (double)total : 0.0,
	       total ? margin_sum / (double)total : 0.0);
	CHECK(total >= 20, "%s: at least 20 pairs (have %zu)", title, total);
	CHECK(ok * 100 >= (size_t)min_pct * total, "%s: %zu/%zu pairs ordered correctly, need %d%%",
	      title, ok, total, min_pct);
	CHECK(margin_sum > 0, "%s: mean margin %.2f bits must be positive", title,
	      total ? margin_sum / (double)total : 0.0);
}

/* ------------------------------------------------------------------------ */
/* Lookalike maps                                                            */
/* ------------------------------------------------------------------------ */

static const uint32_t latn_cyrl[][2] = {
	{'a', 0x0430}, {'b', 0x044C}, {'c', 0x0441}, {'e', 0x0435}, {'h', 0x04BB},
	{'i', 0x0456}, {'j', 0x0458}, {'k', 0x043A}, {'m', 0x043C}, {'n', 0x043F},
	{'o', 0x043E}, {'p', 0x0440}, {'r', 0x0433}, {'s', 0x0455}, {'t', 0x0442},
	{'u', 0x0438}, {'w', 0x0448}, {'x', 0x0445}, {'y', 0x0443},
};
static const uint32_t cyrl_latn[][2] = {
	{0x0430, 'a'}, {0x044C, 'b'}, {0x0441, 'c'}, {0x0435, 'e'}, {0x04BB, 'h'},
	{0x0456, 'i'}, {0x0458, 'j'}, {0x043A, 'k'}, {0x043C, 'm'}, {0x043F, 'n'},
	{0x043E, 'o'}, {0x0440, 'p'}, {0x0433, 'r'}, {0x0455, 's'}, {0x0442, 't'},
	{0x0438, 'u'}, {0x0448, 'w'}, {0x0445, 'x'}, {0x0443, 'y'},
};
static const uint32_t latn_grek[][2] = {
	{'a', 0x03B1}, {'e', 0x03B5}, {'i', 0x03B9}, {'k', 0x03BA}, {'n', 0x03B7},
	{'o', 0x03BF}, {'p', 0x03C1}, {'t', 0x03C4}, {'u', 0x03C5}, {'v', 0x03BD},
	{'w', 0x03C9}, {'x', 0x03C7}, {'y', 0x03B3},
};
static const uint32_t grek_latn[][2] = {
	{0x03B1, 'a'}, {0x03AC, 0x00E1}, {0x03B5, 'e'}, {0x03AD, 0x00E9}, {0x03B9, 'i'},
	{0x03AF, 0x00ED}, {0x03BA, 'k'}, {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03CC, 0x00F3},
	{0x03C1, 'p'}, {0x03C4, 't'}, {0x03C5, 'u'}, {0x03CD, 0x00FA}, {0x03C7, 'x'},
	{0x03C9, 'w'}, {0x03CE, 0x1E83}, {0x03B7, 'n'}, {0x03AE, 0x0144}, {0x03B3, 'y'},
};
static const uint32_t latn_armn[][2] = {
	{'h', 0x0570}, {'n', 0x0578}, {'u', 0x057D}, {'o', 0x0585}, {'g', 0x0581},
	{'q', 0x0566},
};
/* Cyrillic т <-> м: the two readings of an obfuscator's Latin m. */
static const uint32_t te_em[][2] = {
	{0x0442, 0x043C}, {0x043C, 0x0442},
};
#define MAP(name, arr) { name, arr, sizeof arr / sizeof arr[0] }

/* Identity for every letter but the swapped pair: used for т/м. */
static size_t swap_word(const char *s, uint32_t *out)
{
	size_t n = decode(s, out), i, j, swapped = 0;
	for (i = 0; i < n; i++)
		for (j = 0; j < 2; j++)
			if (out[i] == te_em[j][0]) {
				out[i] = te_em[j][1];
				swapped++;
				break;
			}
	return swapped ? n : 0;
}

/* ------------------------------------------------------------------------ */
/* Word lists                                                                */
/* ------------------------------------------------------------------------ */

/* Latin words using only letters with Cyrillic twins (latn_cyrl). */
static const char *const latin_words_c[] = {
	"enter", "inkscape", "power", "super", "export", "screen", "caption",
	"experience", "contact", "process", "access", "terms", "open", "setup",
	"system", "account", "payment", "secure", "person", "premium", "recent", "reset",
	"return", "chrome", "crypto", "camera", "cookie", "business", "winner", "bitcoin",
	"bonus", "minute", "union", "music", "summer", "express", "notice", "browser",
	"picture", "network", "iphone", "youtube", "maison", "homme", "merhaba", "kitap",
	"kirche", "schwester",
};
/* Cyrillic words (ru, uk, bg, sr) using only letters with Latin twins. */
static const char *const cyrillic_words_l[] = {
	"сорок", "парк", "март", "мука", "рука", "компот", "торт", "крем", "метро",
	"сахар", "смерть", "утро", "космос", "карта", "море", "корм", "поток", "пират",
	"театр", "сектор", "спорт", "отпуск", "сумка", "мотор", "рукопись", "осетр",
	"кепка", "ракета", "порт", "пример", "трактор", "мастер", "секрет", "оратор",
	"курс", "сміх", "пісок", "утре", "шума", "сестра",
};
/* Russian words with т only or м only, against the same word with every т
 * swapped for м or back: which reading of an obfuscator's Latin m is right.
 * This is the hard case for a letter-trigram model: the swapped forms are
 * often pronounceable, some are words of another Cyrillic language (може,
 * тата), and the model knows letter statistics, not words. Measured when
 * this test was written: 28/41 (68%) with the Cyrillic group model; a model
 * of the Russian dictionary alone got 32/41, and one trained on ~46,000
 * running-text tokens of Russian 30/41, so 90% is out of reach for the
 * model class. The bar, 65% (27/41), was set after that measurement: it is
 * a regression guard only (a random model passes it with probability 3%).
 * The scanner should use the score as one signal, not as the decision. */
static const char *const te_em_words[] = {
	"сторону", "работа", "текст", "утро", "тебе", "тогда", "этот", "остров", "автор",
	"ответ", "сестра", "театр", "брат", "цвет", "страна", "тихо", "такой", "чтобы",
	"хотя", "тоже", "стул",
	"мама", "время", "помощь", "компания", "молоко", "семья", "зима", "муж", "мясо",
	"камень", "море", "мальчик", "машина", "мелочь", "масло", "мыло", "много", "комод",
	"лимон", "дым",
};
/* Latin words using only letters with Greek twins (latn_grek). */
static const char *const latin_words_g[] = {
	"point", "token", "paint", "input", "invite", "native", "event", "patient",
	"potato", "option", "union", "into", "invent", "opinion", "poet", "taxi",
	"penny", "kitten", "twenty", "nation", "pixie", "attention",
};
/* Greek words using only letters with Latin twins (grek_latn). */
static const char *const greek_words[] = {
	"νερό", "κρύο", "νύχτα", "τώρα", "κάτω", "τρία", "νέο", "κόκκινο", "γιατρό",
	"χώρα", "κύριο", "εγώ", "ωραία", "κοινή", "νίκη", "αργά", "καιρό", "κάτοικο",
	"ιατρική", "ταχύτητα", "αγορά", "τύχη", "ένατο", "όνειρο", "ακίνητο", "ανοικτό",
	"κεντρικό", "γιαγιά",
};
/* Latin words from the letters with Armenian twins (few exist). */
static const char *const latin_words_a[] = {
	"hung", "gun", "hog", "noun", "gnu", "hugo", "nun", "huh",
};
/* Armenian words, for the genuine-vs-reversed check. */
static const char *const armenian_words[] = {
	"մայր", "հայր", "եղբայր", "քույր", "տուն", "ջուր", "հաց", "գիրք", "դպրոց",
	"քաղաք", "երկիր", "աշխարհ", "սեր", "մարդ", "կին", "շուն", "կատու", "գետ", "ծով",
	"լեզու", "լուսին", "աստղ", "գիշեր", "ձմեռ", "ամառ", "գարուն", "աշուն", "սիրտ",
	"գլուխ", "ձեռք", "ոտք", "հանգիստ", "ընկեր", "դաշտ", "անտառ",
};
#define N(a) (sizeof a / sizeof a[0])

/* Genuine words vs the same letters reversed, same model: a weaker
 * perturbation (some reversals are pronounceable), so the bar is 80%. */
static void run_reversed(const char *title, int g, const char *const *words, size_t nwords)
{
	size_t i, ok = 0, total = 0;
	printf("\n%s: genuine vs reversed, group %d\n", title, g);
	for (i = 0; i < nwords; i++) {
		uint32_t cps[MAXW], rev[MAXW];
		char rs[MAXW * 4 + 1];
		size_t n = decode(words[i], cps), k;
		int a, b;
		for (k = 0; k < n; k++)
			rev[k] = cps[n - 1 - k];
		if (memcmp(rev, cps, n * sizeof *cps) == 0)
			continue; /* palindrome */
		utf8_of(rev, n, rs, sizeof rs);
		a = us_ngram_score(g, cps, n);
		b = us_ngram_score(g, rev, n);
		total++;
		ok += a > b;
		printf("  %-14s %8.2f   %-14s %8.2f%s\n", words[i], bits(a), rs, bits(b),
		       a > b ? "" : "   <-- wrong order");
	}
	printf("  => %zu/%zu ordered correctly (%.1f%%)\n", ok, total,
	       total ? 100.0 * (double)ok / (double)total : 0.0);
	CHECK(total >= 20, "%s reversed: at least 20 pairs (have %zu)", title, total);
	CHECK(ok * 100 >= 80 * total, "%s reversed: %zu/%zu ordered correctly, need 80%%", title,
	      ok, total);
}

static void test_te_em(void)
{
	size_t i, ok = 0, total = 0;
	double margin = 0;
	printf("\nCyrillic restoration of Latin m: genuine word vs the т<->м swap\n");
	for (i = 0; i < N(te_em_words); i++) {
		uint32_t sw[MAXW];
		char ss[MAXW * 4 + 1];
		size_t n = swap_word(te_em_words[i], sw);
		int a, b;
		if (!CHECK(n > 0, "т/м list entry \"%s\" has neither т nor м", te_em_words[i]))
			continue;
		utf8_of(sw, n, ss, sizeof ss);
		a = score_str(US_NGRAM_CYRILLIC, te_em_words[i]);
		b = us_ngram_score(US_NGRAM_CYRILLIC, sw, n);
		total++;
		ok += a > b;
		margin += bits(a) - bits(b);
		printf("  %-14s %8.2f   %-14s %8.2f %+8.2f%s\n", te_em_words[i], bits(a), ss, bits(b),
		       bits(a) - bits(b), a > b ? "" : "   <-- wrong order");
	}
	printf("  => %zu/%zu ordered correctly (%.1f%%), mean margin %.2f bits/char\n", ok, total,
	       total ? 100.0 * (double)ok / (double)total : 0.0, total ? margin / (double)total : 0.0);
	CHECK(total >= 20, "т/м: at least 20 pairs (have %zu)", total);
	CHECK(ok * 100 >= 65 * total, "т/м: %zu/%zu ordered correctly, need 65%%", ok, total);
	/* The brief's own example, explicitly. */
	CHECK(score_str(US_NGRAM_CYRILLIC, "сторону") > score_str(US_NGRAM_CYRILLIC, "сморону"),
	      "сторону must beat сморону");
}

/* ------------------------------------------------------------------------ */
/* API behaviour                                                             */
/* ------------------------------------------------------------------------ */

static void test_groups(void)
{
	static const unsigned none[] = {
		US_SC_Zyyy, US_SC_Zinh, US_SC_Zzzz, US_SC_Hani, US_SC_Arab, US_SC_Hebr,
		US_SC_Geor, US_SC_Copt, US_SC_Deva, US_SC_Cher, US_SC_Hang, US_SC_Thai,
	};
	size_t i;
	CHECK(us_ngram_group(US_SC_Latn) == US_NGRAM_LATIN, "Latn -> Latin model");
	CHECK(us_ngram_group(US_SC_Cyrl) == US_NGRAM_CYRILLIC, "Cyrl -> Cyrillic model");
	CHECK(us_ngram_group(US_SC_Grek) == US_NGRAM_GREEK, "Grek -> Greek model");
	CHECK(us_ngram_group(US_SC_Armn) == US_NGRAM_ARMENIAN, "Armn -> Armenian model");
	for (i = 0; i < N(none); i++)
		CHECK(us_ngram_group(none[i]) == -1, "script %u (%s) has no model", none[i],
		      us_script_codes[none[i]]);
	CHECK(us_ngram_group(US_SCRIPT_COUNT) == -1, "script index out of range");
	CHECK(us_ngram_group(12345u) == -1, "script index far out of range");
	CHECK(US_NGRAM_GROUP_COUNT == 6, "six groups (Latin, Cyrillic, Greek, Armenian, Turkish, Kazakh)");
	/* The Kazakh model knows Ү where the Cyrillic one, mostly Slavonic,
	 * prefers У (scan.c reads Latin Y in Kazakh text with it). */
	CHECK(score_str(US_NGRAM_KAZAKH, "\u04AF\u043D\u0441\u0456\u0437") >
	          score_str(US_NGRAM_KAZAKH, "\u0443\u043D\u0441\u0456\u0437") + US_NGRAM_ONE_BIT,
	      "Kazakh model: \u04AF\u043D\u0441\u0456\u0437 (U+04AF U+043D U+0441 U+0456 U+0437) must beat "
	      "U+0443 U+043D U+0441 U+0456 U+0437 by a bit per letter");
	printf("model tables: %d bytes\n", US_NGRAM_BYTES);
	for (i = 0; i < US_NGRAM_GROUP_COUNT; i++)
		printf("  group %zu: %u letters, %u bigrams, %u trigrams\n", i,
		       (unsigned)us_ngram_models[i].nalpha, (unsigned)us_ngram_models[i].nbi,
		       (unsigned)us_ngram_models[i].ntri);
}

static void test_api(void)
{
	uint32_t a[MAXW], b[MAXW];
	size_t n, g;
	int s;

	CHECK(us_ngram_score(-1, NULL, 0) == US_NGRAM_BAD_GROUP, "bad group -1");
	CHECK(us_ngram_score(US_NGRAM_GROUP_COUNT, NULL, 0) == US_NGRAM_BAD_GROUP, "bad group %d", US_NGRAM_GROUP_COUNT);
	for (g = 0; g < US_NGRAM_GROUP_COUNT; g++) {
		s = us_ngram_score((int)g, NULL, 0);
		CHECK(s <= 0 && s > -US_NGRAM_ONE_BIT * 96, "empty word in group %zu: %d", g, s);
	}
	/* Case does not matter. */
	CHECK(score_str(US_NGRAM_LATIN, "Enter") == score_str(US_NGRAM_LATIN, "enter"),
	      "Enter == enter");
	CHECK(score_str(US_NGRAM_LATIN, "ENTER") == score_str(US_NGRAM_LATIN, "enter"),
	      "ENTER == enter");
	CHECK(score_str(US_NGRAM_CYRILLIC, "СТОРОНУ") == score_str(US_NGRAM_CYRILLIC, "сторону"),
	      "СТОРОНУ == сторону");
	/* Decomposed letters compose; stress marks are skipped. */
	CHECK(score_str(US_NGRAM_LATIN, "caf\xC3\xA9") == score_str(US_NGRAM_LATIN, "cafe\xCC\x81"),
	      "café NFC == NFD");
	CHECK(score_str(US_NGRAM_LATIN, "vi\xE1\xBB\x87t") ==
	          score_str(US_NGRAM_LATIN, "vie\xCC\xA3\xCC\x82t"),
	      "việt NFC == NFD");
	CHECK(score_str(US_NGRAM_CYRILLIC, "сторо\xCC\x81ну") ==
	          score_str(US_NGRAM_CYRILLIC, "сторону"),
	      "stress mark skipped");
	/* Final sigma. */
	CHECK(score_str(US_NGRAM_GREEK, "λόγος") == score_str(US_NGRAM_GREEK, "λόγοσ"),
	      "ς == σ");
	CHECK(score_str(US_NGRAM_GREEK, "ΛΌΓΟΣ") == score_str(US_NGRAM_GREEK, "λόγος"),
	      "ΛΌΓΟΣ == λόγος");
	/* Unknown characters cost; a word of them scores near the penalty. */
	CHECK(score_str(US_NGRAM_LATIN, "en\xE4\xB8\xADter") < score_str(US_NGRAM_LATIN, "enter") -
	          US_NGRAM_ONE_BIT,
	      "a Han character inside a Latin word costs");
	n = decode("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", a);
	s = us_ngram_score(US_NGRAM_LATIN, a, n);
	CHECK(s <= -US_NGRAM_ONE_BIT * US_NGRAM_UNKNOWN_BITS * 3 / 4, "all-unknown word: %d", s);
	a[0] = 0x110000u;
	a[1] = 0xFFFFFFFFu;
	s = us_ngram_score(US_NGRAM_LATIN, a, 2);
	CHECK(s < 0, "out-of-range code points are unknown: %d", s);
	/* A lone mark at the start is skipped, not a crash. */
	n = decode("\xCC\x81\xCC\x81", a);
	CHECK(us_ngram_score(US_NGRAM_LATIN, a, n) == us_ngram_score(US_NGRAM_LATIN, NULL, 0),
	      "marks alone = empty word");
	/* Long input: no overflow, stays in range. */
	{
		static uint32_t big[100000];
		size_t i;
		for (i = 0; i < N(big); i++)
			big[i] = "enter"[i % 5];
		s = us_ngram_score(US_NGRAM_LATIN, big, N(big));
		CHECK(s < 0 && s > -US_NGRAM_ONE_BIT * 96, "100000-letter word: %d", s);
	}
	/* Scores are deterministic and consistent with each other. */
	n = decode("inkscape", a);
	memcpy(b, a, n * sizeof *a);
	CHECK(us_ngram_score(US_NGRAM_LATIN, a, n) == us_ngram_score(US_NGRAM_LATIN, b, n),
	      "same input, same score");
	/* The brief's headline example. */
	printf("\nheadline: Latin \"Enter\" %.2f bits vs Cyrillic \"ептег\" %.2f bits; "
	       "Cyrillic \"ептег\" in the Latin model %.2f\n",
	       bits(score_str(US_NGRAM_LATIN, "Enter")), bits(score_str(US_NGRAM_CYRILLIC, "ептег")),
	       bits(score_str(US_NGRAM_LATIN, "ептег")));
	CHECK(score_str(US_NGRAM_LATIN, "Enter") > score_str(US_NGRAM_CYRILLIC, "Ептег"),
	      "Enter (Latin) beats Ептег (Cyrillic)");
}

/* The Turkish vowel-bigram model: a word whose vowels agree (all front or
 * all back, as Turkish writes them) beats the same word with one i or ı
 * swapped for its twin of the other row. */
static void test_tr_vowels(void)
{
	static const char *const pairs[][2] = {
		{"gibi", "g\u0131bi"},
		{"bilgisayar", "b\u0131lgisayar"},
		{"de\u011Fi\u015Ftirmek", "de\u011Fi\u015Ft\u0131rmek"},
		{"kap\u0131lar", "kapilar"},
		{"s\u0131k\u0131\u015Ft\u0131rmak", "s\u0131ki\u015Ft\u0131rmak"},
		{"yan\u0131t", "yanit"},
	};
	size_t i;
	printf("\nTurkish vowel harmony\n");
	for (i = 0; i < N(pairs); i++) {
		uint32_t a[MAXW], b[MAXW];
		size_t na = decode(pairs[i][0], a), nb = decode(pairs[i][1], b);
		int sa = us_ngram_tr_vowels(a, na), sb = us_ngram_tr_vowels(b, nb);
		printf("  %-16s %8.2f   %-16s %8.2f\n", pairs[i][0], bits(sa), pairs[i][1], bits(sb));
		CHECK(sa <= 0 && sb <= 0, "vowel scores of %s (%d), %s (%d) must be <= 0", pairs[i][0],
		      sa, pairs[i][1], sb);
		CHECK(sa > sb, "harmonious %s (%d) must beat %s (%d)", pairs[i][0], sa, pairs[i][1], sb);
	}
	/* Consonants do not count; nor does case. */
	{
		uint32_t a[MAXW], b[MAXW];
		size_t na = decode("Gibi", a), nb = decode("ii", b);
		CHECK(us_ngram_tr_vowels(a, na) == us_ngram_tr_vowels(b, nb),
		      "Gibi and ii have the same vowels: same score");
		CHECK(us_ngram_tr_vowels(NULL, 0) < 0, "the empty word has its end transition");
	}
}

/* One-letter words: the Cyrillic function words of one letter are words,
 * the letters Latin lookalikes stand in for that no two dictionaries list
 * as words are not; capitals count as their small letters. */
static void test_one_letter(void)
{
	static const uint32_t words[] = {0x0430, 0x0432, 0x0438, 0x043A, 0x043E, 0x0441,
	                                 0x0443, 0x044F, 0x0456, 0x0423, 0x0412};
	static const uint32_t letters[] = {0x043F, 0x0440, 0x0445, 0x044C, 0x043D, 0x0434, 0x0448};
	size_t i;
	printf("\none-letter words\n");
	for (i = 0; i < N(words); i++)
		CHECK(us_ngram_one_letter_word(US_NGRAM_CYRILLIC, words[i]),
		      "U+%04X is a one-letter Cyrillic word: expected 1, got 0", (unsigned)words[i]);
	for (i = 0; i < N(letters); i++)
		CHECK(!us_ngram_one_letter_word(US_NGRAM_CYRILLIC, letters[i]),
		      "U+%04X is no one-letter Cyrillic word: expected 0, got 1", (unsigned)letters[i]);
	CHECK(us_ngram_one_letter_word(US_NGRAM_LATIN, 'a') && us_ngram_one_letter_word(US_NGRAM_LATIN, 'N'),
	      "Latin a and N are one-letter words (the dictionaries list every letter)");
	CHECK(!us_ngram_one_letter_word(US_NGRAM_CYRILLIC, 'y'),
	      "Latin y is no Cyrillic word: expected 0, got 1");
	CHECK(!us_ngram_one_letter_word(-1, 0x0443) &&
	          !us_ngram_one_letter_word(US_NGRAM_GROUP_COUNT, 0x0443) &&
	          !us_ngram_one_letter_word(US_NGRAM_CYRILLIC, 0x110000),
	      "a group or code point out of range is no word");
}

/* The Turkish word filter (src/scan/trlex.[ch], gen/gen_trlex.py): words
 * of the dictionary with their suffixes, not their twins with an i or ı
 * swapped; suffixes that agree in vowel harmony with what they follow. */
static void test_tr_lex(void)
{
	static const char *const words[] = {
		"bir", "Bir", "ilgili", "otomatik", "herhangi", "\u0131\u015F\u0131k", "I\u015F\u0131k",
		"d\u0131\u015F\u0131", "di\u015Fi", "kap\u0131lar", "yap\u0131l\u0131rken",
		"aktar\u0131rken", "saati", "i\u00E7in",
	};
	static const char *const not_words[] = {
		"b\u0131r", "\u0131lg\u0131l\u0131", "otomat\u0131k", "herhang\u0131", "i\u015Fik",
		"d\u0131\u015Fi", "kapilar", "yapilirken", "aktarirken", "i\u00E7\u0131n",
		"\u0131\u00E7in",
	};
	size_t i;
	for (i = 0; i < N(words); i++) {
		uint32_t a[MAXW];
		size_t n = decode(words[i], a);
		CHECK(us_trlex_word(a, n), "%s is a Turkish word", words[i]);
	}
	for (i = 0; i < N(not_words); i++) {
		uint32_t a[MAXW];
		size_t n = decode(not_words[i], a);
		CHECK(!us_trlex_word(a, n), "%s is no Turkish word", not_words[i]);
	}
	{
		uint32_t a[MAXW], v[MAXW];
		size_t n = decode("n\u0131n", a), nv = decode("DOSYA", v);
		int back = us_trlex_harmony(v, nv);
		CHECK(back == 2, "DOSYA ends in a back vowel (%d)", back);
		CHECK(us_trlex_suffixes(a, n, back), "-n\u0131n follows DOSYA");
		n = decode("nin", a);
		CHECK(!us_trlex_suffixes(a, n, back), "-nin does not follow DOSYA");
		CHECK(us_trlex_suffixes(a, n, 1), "-nin follows a front vowel");
		CHECK(!us_trlex_suffixes(a, 0, 0), "no suffix in the empty word");
		n = decode("xq", a);
		CHECK(!us_trlex_word(a, n) && !us_trlex_word(NULL, 0), "xq and the empty word are no words");
	}
	{
		/* Stems themselves, not a stem with suffixes. */
		uint32_t a[MAXW];
		size_t n = decode("dakika", a);
		CHECK(us_trlex_stem(a, n), "dakika is a stem");
		n = decode("dak\u0131ka", a);
		CHECK(us_trlex_word(a, n) && !us_trlex_stem(a, n), "dak\u0131ka reads as a word, but is no stem");
		n = decode("arabalar", a);
		CHECK(us_trlex_word(a, n) && !us_trlex_stem(a, n), "arabalar is a stem with a suffix");
	}
	{
		/* Compounds break vowel harmony; a slip of an obfuscator's
		 * does not split into two words in harmony. */
		static const char *const compounds[] = {"devred\u0131\u015F\u0131"};
		static const char *const slips[] = {"de\u011F\u0131l", "gel\u0131yor",
		                                    "bilg\u0131sayar", "\u0131\u00E7inde"};
		uint32_t a[MAXW];
		size_t n;
		for (i = 0; i < N(compounds); i++) {
			n = decode(compounds[i], a);
			CHECK(us_trlex_dotless_against(a, n) && us_trlex_compound(a, n),
			      "%s breaks vowel harmony as a compound", compounds[i]);
		}
		for (i = 0; i < N(slips); i++) {
			n = decode(slips[i], a);
			CHECK(us_trlex_dotless_against(a, n) && !us_trlex_compound(a, n),
			      "%s breaks vowel harmony and is no compound", slips[i]);
		}
	}
}

/* The twin-word filter (src/scan/twinlex.[ch], gen/gen_twinlex.py):
 * Cyrillic and English words written only in letters with a twin in the
 * other script, and Greek ones (accents dropped) only in letters whose
 * capitals have a Latin twin, affixes expanded; unknown for other
 * letters. */
static void test_twin_lex(void)
{
	static const struct {
		const char *word;
		unsigned kind;
		int want;
	} cases[] = {
		{"\u043A\u0430\u043A", US_TWINLEX_KIND_CYR, 1},
		{"\u0422\u0410\u041A", US_TWINLEX_KIND_CYR, 1},
		{"\u043F\u0430\u0442\u043E\u043A\u0443", US_TWINLEX_KIND_CYR, 1},
		{"\u0457\u0445", US_TWINLEX_KIND_CYR, 1},
		{"\u0433\u043E\u043E\u0442", US_TWINLEX_KIND_CYR, 0},
		{"\u0441\u043E\u0433\u0435", US_TWINLEX_KIND_CYR, 0},
		{"root", US_TWINLEX_KIND_LAT, 1},
		{"None", US_TWINLEX_KIND_LAT, 1},
		{"exit", US_TWINLEX_KIND_LAT, 1},
		{"core", US_TWINLEX_KIND_LAT, 1},
		{"kak", US_TWINLEX_KIND_LAT, 0},
		{"namok", US_TWINLEX_KIND_LAT, 0},
		/* Greek, accents dropped: αρχείο, ΑΡΧΕΙΟ, μενού; not ιμαρ */
		{"\u03B1\u03C1\u03C7\u03B5\u03AF\u03BF", US_TWINLEX_KIND_GRK, 1},
		{"\u0391\u03A1\u03A7\u0395\u0399\u039F", US_TWINLEX_KIND_GRK, 1},
		{"\u03BC\u03B5\u03BD\u03BF\u03CD", US_TWINLEX_KIND_GRK, 1},
		{"\u03B9\u03BC\u03B1\u03C1", US_TWINLEX_KIND_GRK, 0},
	};
	size_t i;
	for (i = 0; i < N(cases); i++) {
		uint32_t a[MAXW];
		size_t n = decode(cases[i].word, a);
		CHECK(us_twinlex_word(cases[i].kind, a, n) == cases[i].want, "%s is %s %s word",
		      cases[i].word, cases[i].want ? "a" : "no",
		      cases[i].kind == US_TWINLEX_KIND_CYR   ? "Cyrillic"
		      : cases[i].kind == US_TWINLEX_KIND_GRK ? "Greek"
		                                             : "English");
	}
	{
		uint32_t a[MAXW];
		size_t n = decode("\u043B\u0438\u0441\u0442", a);
		CHECK(us_twinlex_word(US_TWINLEX_KIND_CYR, a, n) == -1, "\u043B\u0438\u0441\u0442 has letters without a twin: unknown");
		n = decode("dog", a);
		CHECK(us_twinlex_word(US_TWINLEX_KIND_LAT, a, n) == -1, "dog has a d: unknown");
		CHECK(us_twinlex_word(US_TWINLEX_KIND_LAT, a, 1) == -1, "one letter: unknown");
		CHECK(us_twinlex_word(7, a, n) == -1, "no such kind: unknown");
		n = decode("\u03C3\u03C4\u03BF", a);
		CHECK(us_twinlex_word(US_TWINLEX_KIND_GRK, a, n) == -1,
		      "\u03C3\u03C4\u03BF has a letter without a Latin twin: unknown");
		n = decode("kate", a);
		CHECK(us_twinlex_word(US_TWINLEX_KIND_LAT_NAME, a, n) == 1 &&
		          us_twinlex_word(US_TWINLEX_KIND_LAT, a, n) == 0,
		      "Kate is an English name, no English word");
	}
}

int main(void)
{
	static const struct cmap m_lc = MAP("latn_cyrl", latn_cyrl);
	static const struct cmap m_cl = MAP("cyrl_latn", cyrl_latn);
	static const struct cmap m_lg = MAP("latn_grek", latn_grek);
	static const struct cmap m_gl = MAP("grek_latn", grek_latn);
	static const struct cmap m_la = MAP("latn_armn", latn_armn);
	size_t i, ok = 0;

	test_groups();
	test_api();
	test_tr_vowels();
	test_one_letter();
	test_tr_lex();
	test_twin_lex();
	run_set("Latin words vs Cyrillic lookalike spelling", US_NGRAM_LATIN, US_NGRAM_CYRILLIC,
	        &m_lc, latin_words_c, N(latin_words_c), 90);
	run_set("Cyrillic words vs Latin lookalike spelling", US_NGRAM_CYRILLIC, US_NGRAM_LATIN,
	        &m_cl, cyrillic_words_l, N(cyrillic_words_l), 90);
	test_te_em();
	run_set("Latin words vs Greek lookalike spelling", US_NGRAM_LATIN, US_NGRAM_GREEK, &m_lg,
	        latin_words_g, N(latin_words_g), 90);
	run_set("Greek words vs Latin lookalike spelling", US_NGRAM_GREEK, US_NGRAM_LATIN, &m_gl,
	        greek_words, N(greek_words), 90);
	run_reversed("Armenian", US_NGRAM_ARMENIAN, armenian_words, N(armenian_words));
	run_reversed("Latin", US_NGRAM_LATIN, latin_words_c, N(latin_words_c));
	run_reversed("Cyrillic", US_NGRAM_CYRILLIC, te_em_words, N(te_em_words));
	run_reversed("Greek", US_NGRAM_GREEK, greek_words, N(greek_words));

	/* Too few English words are spelt with the six Latin letters that have
	 * Armenian twins for a rate; each of these must go the right way. */
	printf("\nLatin words vs Armenian lookalike spelling\n");
	for (i = 0; i < N(latin_words_a); i++) {
		uint32_t mapped[MAXW];
		char ms[MAXW * 4 + 1];
		size_t mn = map_word(&m_la, latin_words_a[i], mapped);
		int a, b;
		if (!CHECK(mn > 0, "Armenian list entry %s", latin_words_a[i]))
			continue;
		utf8_of(mapped, mn, ms, sizeof ms);
		a = score_str(US_NGRAM_LATIN, latin_words_a[i]);
		b = us_ngram_score(US_NGRAM_ARMENIAN, mapped, mn);
		ok += a > b;
		printf("  %-14s %8.2f   %-14s %8.2f %+8.2f\n", latin_words_a[i], bits(a), ms, bits(b),
		       bits(a) - bits(b));
		CHECK(a > b, "Latin %s (%d) must beat Armenian %s (%d)", latin_words_a[i], a, ms, b);
	}
	printf("  => %zu/%zu ordered correctly\n", ok, N(latin_words_a));
	return test_finish("test_ngram");
}
