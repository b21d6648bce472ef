/* Character-trigram plausibility of a word, per script group.
 *
 * The scanner uses it for the cases anchor letters cannot settle: is "Enter"
 * in a Bulgarian document an English word or Cyrillic "Ептег" typed with
 * Latin lookalikes? Is the Latin m in "сmорону" a Cyrillic т or м?
 *
 * Models (src/data/ngram.gen.[ch], from gen/gen_ngram.py) are trained on the
 * stems of hunspell dictionaries: Latin (en, fr, de, tr, vi, sr-Latn),
 * Cyrillic (ru, uk, bg, sr, kk, be), Greek (el), Armenian (hy), and Turkish
 * (tr) alone, and Kazakh (kk) alone. Each gives
 * P(c | two previous letters) with absolute-discounting backoff to letter
 * bigrams and unigrams, word start and end included.
 *
 * Scale: a score is the average per-character log2-probability of the word
 * times US_NGRAM_ONE_BIT (256): -(average -log2 p) * 256, always <= 0,
 * higher = more plausible. One bit per character is 256. Typical values:
 * genuine words -2.5 to -5 bits per character (-640 .. -1280); the same
 * letters as lookalikes of another script, scored in that script's model,
 * about 1.5 to 4 bits lower on average. Comparing two scores is meaningful
 * within a group (choosing between restorations) and, more roughly, across
 * groups (the alphabets differ in size: Latin 117 letters incl. diacritics,
 * Cyrillic 52, Greek 35, Armenian 38). The model knows letter statistics,
 * not words: between two pronounceable candidates (Cyrillic "тоже" vs
 * "може") it is a weak signal, to be combined with others.
 *
 * Thread-safe, no allocation, no global state.
 */
#ifndef US_SCAN_NGRAM_H
#define US_SCAN_NGRAM_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "data/ngram.gen.h"

/* Fixed-point unit of us_ngram_score(): 1 bit per character. */
#define US_NGRAM_ONE_BIT 256
/* Cost of a character that is not in the group's alphabet (a letter of
 * another script, a digit, a symbol...), in bits. It replaces that
 * character's transition; the character after it is then predicted from
 * the letter before the unknown one only through the unigram level. */
#define US_NGRAM_UNKNOWN_BITS 20
/* us_ngram_score() of a group index out of range. */
#define US_NGRAM_BAD_GROUP INT_MIN

/* Model groups (values of us_ngram_group()). */
#define US_NGRAM_LATIN US_NGRAM_G_LATN
#define US_NGRAM_CYRILLIC US_NGRAM_G_CYRL
#define US_NGRAM_GREEK US_NGRAM_G_GREK
#define US_NGRAM_ARMENIAN US_NGRAM_G_ARMN
/* Turkish alone (no script maps to it): used to tell Turkish words with
 * dotless ı from words whose i was replaced by ı. */
#define US_NGRAM_TURKISH US_NGRAM_G_TURK
/* Kazakh alone (no script maps to it): reads the letters of words restored
 * into Cyrillic in Kazakh text (Ү, which the Cyrillic model reads as У). */
#define US_NGRAM_KAZAKH US_NGRAM_G_KAZK

/* Model group for a script index (US_SC_Latn etc. from "data/props.gen.h"),
 * or -1 when there is no model for that script (Han, Arabic, Common...). */
int us_ngram_group(unsigned script);

/* Plausibility of cps[0..n) as one word in group g: the average
 * per-character log2-probability, including the end-of-word transition,
 * times US_NGRAM_ONE_BIT (so <= 0, higher is more plausible).
 *
 * The code points are lowercased with the library's simple lowercase
 * mapping; a combining mark is composed with the letter before it when a
 * precomposed letter exists (e + U+0301 = é), otherwise skipped (Russian
 * stress marks); Greek final sigma counts as σ. Characters outside the
 * group's alphabet cost US_NGRAM_UNKNOWN_BITS each. The average is over the
 * characters scored plus one (the end of the word); n = 0 scores the empty
 * word (just the end transition). cps may be NULL when n is 0. Code points
 * above 0x10FFFF count as unknown.
 *
 * O(n log T), T = table size. Returns US_NGRAM_BAD_GROUP if g is not a
 * group index. */
int us_ngram_score(int g, const uint32_t *cps, size_t n);

/* Turkish vowel harmony: the log2-probability of the sequence of vowels of
 * cps[0..n) (word start and end included, every other character skipped)
 * under the Turkish vowel-bigram model, times US_NGRAM_ONE_BIT. A total
 * over the word, not an average (<= 0, higher is more harmonious). Letters
 * are lowercased, and a vowel followed by combining marks composed with
 * them, as us_ngram_score() does. */
int us_ngram_tr_vowels(const uint32_t *cps, size_t n);

/* Is cp (lowercased) a word of one letter in group g: a letter at least
 * two of the group's dictionaries (its only one, for Greek and Armenian)
 * list as a lowercase word of its own (Russian "у", "с"; not "п", which
 * only Belarusian lists, with every other letter)? 0 for a group index out
 * of range. */
int us_ngram_one_letter_word(int g, uint32_t cp);

#endif
