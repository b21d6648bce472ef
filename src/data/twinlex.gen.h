/* Generated from Unicode 17.0.0 by gen/gen_twinlex.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_TWINLEX_GEN_H
#define US_TWINLEX_GEN_H
#include <stdint.h>

/* Twin-word filter (Bloom filter): the words of the dictionaries below
 * (affixes expanded) written wholly in letters with a twin in the other
 * script, Cyrillic (kind 1), English (kind 2; names 3) and Greek
 * (kind 4, without accents):
 * ru ru_RU.dic (hunspell-ru 1:7.5.0-1): 146269 entries, 38001 twin words
 * uk uk_UA.dic (hunspell-uk 1:7.5.0-1): 331660 entries, 134278 twin words
 * bg bg_BG.dic (hunspell-bg 1:7.5.0-1): 78238 entries, 25915 twin words
 * be be_BY.dic (hunspell-be 0.53-3.1): 82079 entries, 26202 twin words
 * sr sr_RS.dic (hunspell-sr 1:7.5.0-1): 251549 entries, 126703 twin words
 * kk kk_KZ.dic (hunspell-kk 1.1-3): 54063 entries, 16718 twin words
 * en en_US.dic (hunspell-en-us 1:2020.12.07-2): 79013 entries, 49213 twin words
 * and 9469 twin names (capitalised entries: kind 3)
 * el el_GR.dic (hunspell-el 1:7.5.0-1): 828806 entries, 27416 twin words
 * 416789 keys, 8335808 bits, 14 hashes, 50.3% of the bits set.
 * See gen/gen_twinlex.py. */

#define US_TWINLEX_KIND_CYR 1
#define US_TWINLEX_KIND_LAT 2
#define US_TWINLEX_KIND_LAT_NAME 3
#define US_TWINLEX_KIND_GRK 4
#define US_TWINLEX_MIN_LEN 2
#define US_TWINLEX_MAX_LEN 24
#define US_TWINLEX_HASHES 14
#define US_TWINLEX_BITS 8335808u
/* The letters (lowercase) the words of each kind are written in. */
#define US_TWINLEX_CYR_LETTERS 0x0430, 0x0432, 0x0433, 0x0435, 0x0451, 0x0456, 0x0457, 0x0458, 0x043A, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0445, 0x044C, 0x0455, 0x04BB, 0x04AF, 0x04CF
#define US_TWINLEX_LAT_LETTERS 0x0061, 0x0062, 0x0063, 0x0065, 0x0068, 0x0069, 0x006A, 0x006B, 0x006C, 0x006D, 0x006E, 0x006F, 0x0070, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0078, 0x0079, 0x00EB, 0x00EF
#define US_TWINLEX_GRK_LETTERS 0x03B1, 0x03B2, 0x03B5, 0x03B6, 0x03B7, 0x03B9, 0x03BA, 0x03BC, 0x03BD, 0x03BF, 0x03C1, 0x03C4, 0x03C5, 0x03C7
extern const uint8_t us_twinlex_bits[1041977]; /* and a NUL */
#define US_TWINLEX_BYTES 1041976

#endif
