/* Generated from Unicode 17.0.0 by gen/gen_trlex.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_TRLEX_GEN_H
#define US_TRLEX_GEN_H
#include <stdint.h>

/* Turkish word filter (Bloom filter) of the stems and suffixes of
 * tr_TR.dic / tr_TR.aff, Debian package hunspell-tr 1:7.5.0-1 (MPL-2.0): 371169 stems read,
 * 220904 kept (2..12 letters, writing i or ı); 6465 suffix strings, 6238 kept.
 * 245 of the stems take a suffix against vowel harmony. 4547776 bits, 14 hashes,
 * 50.3% of the bits set. See gen/gen_trlex.py. */

#define US_TRLEX_MIN_STEM 2
#define US_TRLEX_MAX_STEM 12
#define US_TRLEX_KIND_STEM 1
#define US_TRLEX_KIND_SUFFIX 2
#define US_TRLEX_KIND_DISHARMONIC 3
#define US_TRLEX_HASHES 14
#define US_TRLEX_BITS 4547776u
extern const uint8_t us_trlex_bits[568473]; /* and a NUL */
#define US_TRLEX_BYTES 568472

#endif
