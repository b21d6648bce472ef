/* Generated from Unicode 17.0.0 by gen/gen_lookalike.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_LOOKALIKE_GEN_H
#define US_LOOKALIKE_GEN_H
#include <stdint.h>

#define US_LK_FANCY 0x20000000u
#define US_LK_STRONG 0x40000000u
#define US_LK_CASEALT 0x80000000u
#define US_LK_WEAKFANCY 0x40000000u /* with US_LK_FANCY */
#define US_LK_TARGET(e) ((e) & 0x1FFFFFu)
#define US_LK_SCRIPT(e) (((e) >> 21) & 0xFFu)
/* 2244 code points with entries, 2989 entries. */
extern const uint32_t us_lookalike_pool[5234]; /* [count, entries...] */
/* Letters of lookalike groups mixing scripts that have no twin of their
 * own: no anchors (gen_lookalike.py), ascending. */
#define US_LOOKALIKE_IMITATED_COUNT 13
extern const uint32_t us_lookalike_imitated[13];
/* Letters whose readings stand only in words with fancy letters (a
 * stand-in of styled text, a letter of its own elsewhere: 'styled' in
 * gen/data/lookalikes.txt), ascending. */
#define US_LOOKALIKE_STYLED_COUNT 1
extern const uint32_t us_lookalike_styled[1];
extern const uint16_t us_lookalike_1[1088];
extern const uint16_t us_lookalike_2[1536];
extern const uint16_t us_lookalike_3[4736];
/* 14720 bytes in all. */
static inline uint16_t us_lookalike_get(uint32_t cp)
{
	return us_lookalike_3[us_lookalike_2[us_lookalike_1[cp >> 10] + ((cp >> 4) & 63)] + (cp & 15)];
}
#define US_LOOKALIKE_BYTES 14720

#define US_LOOKALIKE_TABLE_BYTES 35712
#endif
