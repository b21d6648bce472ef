/* Generated from Unicode 17.0.0 by gen/gen_bidi.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_BIDI_GEN_H
#define US_BIDI_GEN_H
#include <stdint.h>

/* Bidi_Paired_Bracket: sorted by cp; type 0 = Open, 1 = Close. */
#define US_BRACKET_COUNT 128
extern const uint32_t us_bracket_cp[128];
extern const uint32_t us_bracket_pair[128];
extern const uint8_t us_bracket_type[128];

/* Bidi_Mirroring_Glyph: sorted by cp. */
#define US_MIRROR_COUNT 428
extern const uint32_t us_mirror_cp[428];
extern const uint32_t us_mirror_glyph[428];

/* Soft_Dotted as sorted inclusive ranges [lo, hi]. */
#define US_SOFT_DOTTED_COUNT 34
extern const uint32_t us_soft_dotted[34][2];

#endif
