/* Generated from Unicode 17.0.0 by gen/gen_ngram.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_NGRAM_GEN_H
#define US_NGRAM_GEN_H
#include <stdint.h>

/* Character-trigram models of word plausibility per script group,
 * trained on the stems of Debian hunspell/myspell dictionaries
 * (statistics only; no word list is stored). Sources:
 *
 *   group     lang     dictionary       package version (license); counts
 *   Latin     en       en_US.dic        hunspell-en-us 1:2020.12.07-2 (SCOWL permissive license + public domain parts); 79013 stems, 75647 words used
 *   Latin     fr       fr.dic           hunspell-fr-classical 1:7.0-1 (MPL-2.0); 84139 stems, 73830 words used
 *   Latin     de       de_DE.dic        hunspell-de-de 20161207-11 (GPL-2+); 75595 stems, 47886 words used
 *   Latin     tr       tr_TR.dic        hunspell-tr 1:7.5.0-1 (MPL-2.0); 371169 stems, 80000 words used
 *   Latin     vi       vi_VN.dic        hunspell-vi 1:7.5.0-1 (GPL-2); 6631 stems, 6611 words used
 *   Latin     sr-Latn  sr_Latn_RS.dic   hunspell-sr 1:7.5.0-1 (GPL-2+ or LGPL-2.1 or MPL-1.1); 251549 stems, 80000 words used
 *   Cyrillic  ru       ru_RU.dic        hunspell-ru 1:7.5.0-1 (BSD-4-clause style (custom)); 146269 stems, 80000 words used
 *   Cyrillic  uk       uk_UA.dic        hunspell-uk 1:7.5.0-1 (GPL-2+ or LGPL-2.1+ or MPL-1.1); 331660 stems, 80000 words used
 *   Cyrillic  bg       bg_BG.dic        hunspell-bg 1:7.5.0-1 (GPL-2); 78238 stems, 78010 words used
 *   Cyrillic  sr       sr_RS.dic        hunspell-sr 1:7.5.0-1 (GPL-2+ or LGPL-2.1 or MPL-1.1); 251549 stems, 80000 words used
 *   Cyrillic  kk       kk_KZ.dic        hunspell-kk 1.1-3 (GPL-2+ or LGPL-2.1+ or MPL-1.1+); 54063 stems, 53955 words used
 *   Cyrillic  be       be_BY.dic        hunspell-be 0.53-3.1 (CC-BY-SA-3.0); 82079 stems, 80000 words used
 *   Greek     el       el_GR.dic        hunspell-el 1:7.5.0-1 (MPL-1.1 or GPL-2 or LGPL-2.1); 828806 stems, 80000 words used
 *   Armenian  hy       hy_AM.dic        myspell-hy 0.20.0-2.2 (GPL-2+); 63807 stems, 63713 words used
 *   Turkish   tr       tr_TR.dic        hunspell-tr 1:7.5.0-1 (MPL-2.0); 371169 stems, 80000 words used
 *   Kazakh    kk       kk_KZ.dic        hunspell-kk 1.1-3 (GPL-2+ or LGPL-2.1+ or MPL-1.1+); 54063 stems, 53955 words used
 *
 * Sampling: at most 80000 words per language; trigrams seen < 2 times
 * pruned. Costs are round(-log2(p) * 8) capped at 255. See gen/gen_ngram.py. */

#define US_NGRAM_GROUP_COUNT 6
#define US_NGRAM_COST_SCALE 8   /* cost bytes are -log2(p) * 8 */

/* One model: slices of the arrays below. Symbol 0 is the word
 * boundary, symbol i (1..nalpha) is us_ngram_alpha[alpha + i - 1].
 * Bigram j (0..nbi) of the group is index bi + j; its key is
 * b << 8 | c; its trigram continuations are entries
 * tri + us_ngram_bi_start[bi + j] up to the next bigram's start (ntri
 * for the last), with c in us_ngram_tri_c and the cost of P(c|ab). */
typedef struct {
	uint32_t alpha, nalpha; /* us_ngram_alpha slice */
	uint32_t uni;           /* us_ngram_uni_* slice, nalpha + 1 entries */
	uint32_t bi, nbi;       /* us_ngram_bi_* slice */
	uint32_t tri, ntri;     /* us_ngram_tri_* slice */
} us_ngram_model;

#define US_NGRAM_G_LATN 0 /* Latin */
#define US_NGRAM_G_CYRL 1 /* Cyrillic */
#define US_NGRAM_G_GREK 2 /* Greek */
#define US_NGRAM_G_ARMN 3 /* Armenian */
#define US_NGRAM_G_TURK 4 /* Turkish */
#define US_NGRAM_G_KAZK 5 /* Kazakh */

extern const us_ngram_model us_ngram_models[6];
extern const uint32_t us_ngram_alpha[313];
extern const uint8_t us_ngram_uni_cost[319]; /* P1(c) */
extern const uint8_t us_ngram_uni_bow[319];  /* g2(b) */
extern const uint16_t us_ngram_bi_key[8619];
extern const uint8_t us_ngram_bi_cost[8619];  /* P2(c|b) */
extern const uint8_t us_ngram_bi_bow[8619];   /* g3(bc) */
extern const uint16_t us_ngram_bi_start[8619];
extern const uint8_t us_ngram_tri_c[72223];
extern const uint8_t us_ngram_tri_cost[72223]; /* P3(c|ab) */

/* The Turkish vowel-bigram model (gen/gen_ngram.py, "Turkish vowel
 * harmony"): symbol 0 is the word boundary, symbol i (1..11) is
 * us_ngram_tr_vowel[i - 1]; us_ngram_tr_vcost[u * 12 + v] is the cost
 * of vowel v after vowel u (v = 0: the word ends). */
/* One-letter words (gen/gen_ngram.py, "One-letter words"): keys
 * group << 21 | code point, sorted. */
extern const uint32_t us_ngram_one[84];
#define US_NGRAM_ONE_COUNT 84

#define US_NGRAM_TR_NVOWEL 11
extern const uint32_t us_ngram_tr_vowel[11];
extern const uint8_t us_ngram_tr_vcost[144];
#define US_NGRAM_BYTES 198742

#endif
