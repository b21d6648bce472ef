/* Generated from Unicode 17.0.0 by gen/gen_norm.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_DATA_NORM_GEN_H
#define US_DATA_NORM_GEN_H

#include <stdint.h>

/* Layout of the us_norm_get() value and of the pools: see gen/gen_norm.py. */
#define US_NORM_CCC_MASK    0xFFu
#define US_NORM_NFD_NO      0x100u
#define US_NORM_NFKD_NO     0x200u
#define US_NORM_NFC_SHIFT   10
#define US_NORM_NFKC_SHIFT  12
#define US_NORM_QC_NO       1u
#define US_NORM_QC_MAYBE    2u
#define US_NORM_CF_CHANGES  0x4000u
#define US_NORM_REC_SHIFT   16
/* Record header fields. */
#define US_NORM_REC_CANON(h)  ((h) & 0xFu)
#define US_NORM_REC_COMPAT(h) (((h) >> 4) & 0x1Fu)
#define US_NORM_REC_NPAIRS(h) ((unsigned)(h) >> 9)
/* Longest full decomposition and NFKC_CF mapping, in code points. */
#define US_NORM_MAX_DECOMP 18
#define US_NORM_MAX_CANON 4
#define US_NORM_MAX_CF 18
/* Sizes in bytes: trie 50240, NFKC_CF trie 22656, pool 31996, pairs 7688, NFKC_CF pool 19986. */
#define US_NORM_TABLE_BYTES 132566

extern const uint16_t us_norm_1[1088];
extern const uint16_t us_norm_2[5504];
extern const uint32_t us_norm_3[9264];
/* 50240 bytes in all. */
static inline uint32_t us_norm_get(uint32_t cp)
{
	return us_norm_3[us_norm_2[us_norm_1[cp >> 10] + ((cp >> 3) & 127)] + (cp & 7)];
}
#define US_NORM_BYTES 50240

extern const uint16_t us_nfkccf_1[1088];
extern const uint16_t us_nfkccf_2[2112];
extern const uint16_t us_nfkccf_3[8128];
/* 22656 bytes in all. */
static inline uint16_t us_nfkccf_get(uint32_t cp)
{
	return us_nfkccf_3[us_nfkccf_2[us_nfkccf_1[cp >> 10] + ((cp >> 4) & 63)] + (cp & 15)];
}
#define US_NFKCCF_BYTES 22656

extern const uint16_t us_norm_pool[15998];
extern const uint32_t us_norm_comp[1922];
extern const uint16_t us_norm_cf_pool[9993];

#endif
