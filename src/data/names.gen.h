/* Generated from Unicode 17.0.0 by gen/gen_names.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_NAMES_GEN_H
#define US_NAMES_GEN_H

#include <stdint.h>

/* 34594 stored names (917611 bytes as plain strings) in 205124 bytes of tables:
 *   name bytes      134209
 *   checkpoints       4328
 *   lexicon          59794
 *   lexicon index      521
 *   runs              4334
 *   nr2                301
 *   labels            1637
 * See gen/gen_names.py for the layout. */
#define US_NAMES_BYTES 205124
#define US_NAMES_MAX 88
#define US_NAMES_MAX_ITEMS 15
#define US_NAMES_COUNT 34594
#define US_NAMES_CKPT_SHIFT 5
#define US_NAMES_N1 207
#define US_NAMES_LEAD 209
#define US_NAMES_RUNS 722
#define US_NAMES_WCLASSES 21
#define US_NAMES_NR2_RANGES 18
#define US_NAMES_KIND_RANGES 24
#define US_NAMES_CONTROLS 65
#define US_NAMES_HANGUL_FIRST 0xAC00
#define US_NAMES_HANGUL_LAST 0xD7A3
#define US_NAMES_KIND_CONTROL 1
#define US_NAMES_KIND_SURROGATE 2
#define US_NAMES_KIND_PRIVATE 3
#define US_NAMES_KIND_NONCHAR 4

extern const unsigned char us_names_data[134209];
extern const uint32_t us_names_ckpt[1082];
extern const char us_names_lexicon[59795];
extern const uint16_t us_names_w1_off[208];
extern const uint16_t us_names_wclass_first[21];
extern const uint16_t us_names_wclass_off[21];
extern const uint8_t us_names_wclass_len[21];
extern const uint32_t us_names_run_cp[722];
extern const uint16_t us_names_run_idx[723];
extern const uint32_t us_names_nr2_lo[18];
extern const uint32_t us_names_nr2_hi[18];
extern const uint8_t us_names_nr2_prefix[18];
extern const char *const us_names_prefixes[6];
extern const uint32_t us_names_kind_lo[24];
extern const uint32_t us_names_kind_hi[24];
extern const uint8_t us_names_kind[24];
extern const uint32_t us_names_ctrl_cp[65];
extern const uint16_t us_names_ctrl_off[66];
extern const char us_names_ctrl_str[1032];

#endif
