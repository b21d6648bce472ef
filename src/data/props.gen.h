/* Generated from Unicode 17.0.0 by gen/gen_props.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_PROPS_GEN_H
#define US_PROPS_GEN_H
#include <stdint.h>

#define US_SCRIPT_COUNT 179
#define US_SCRIPT_REAL_COUNT 176  /* before the augmented Hanb, Jpan, Kore */
#define US_SC_Zyyy 0
#define US_SC_Zinh 1
#define US_SC_Zzzz 2
#define US_SC_Adlm 3
#define US_SC_Aghb 4
#define US_SC_Ahom 5
#define US_SC_Arab 6
#define US_SC_Armi 7
#define US_SC_Armn 8
#define US_SC_Avst 9
#define US_SC_Bali 10
#define US_SC_Bamu 11
#define US_SC_Bass 12
#define US_SC_Batk 13
#define US_SC_Beng 14
#define US_SC_Berf 15
#define US_SC_Bhks 16
#define US_SC_Bopo 17
#define US_SC_Brah 18
#define US_SC_Brai 19
#define US_SC_Bugi 20
#define US_SC_Buhd 21
#define US_SC_Cakm 22
#define US_SC_Cans 23
#define US_SC_Cari 24
#define US_SC_Cham 25
#define US_SC_Cher 26
#define US_SC_Chrs 27
#define US_SC_Copt 28
#define US_SC_Cpmn 29
#define US_SC_Cprt 30
#define US_SC_Cyrl 31
#define US_SC_Deva 32
#define US_SC_Diak 33
#define US_SC_Dogr 34
#define US_SC_Dsrt 35
#define US_SC_Dupl 36
#define US_SC_Egyp 37
#define US_SC_Elba 38
#define US_SC_Elym 39
#define US_SC_Ethi 40
#define US_SC_Gara 41
#define US_SC_Geor 42
#define US_SC_Glag 43
#define US_SC_Gong 44
#define US_SC_Gonm 45
#define US_SC_Goth 46
#define US_SC_Gran 47
#define US_SC_Grek 48
#define US_SC_Gujr 49
#define US_SC_Gukh 50
#define US_SC_Guru 51
#define US_SC_Hang 52
#define US_SC_Hani 53
#define US_SC_Hano 54
#define US_SC_Hatr 55
#define US_SC_Hebr 56
#define US_SC_Hira 57
#define US_SC_Hluw 58
#define US_SC_Hmng 59
#define US_SC_Hmnp 60
#define US_SC_Hrkt 61
#define US_SC_Hung 62
#define US_SC_Ital 63
#define US_SC_Java 64
#define US_SC_Kali 65
#define US_SC_Kana 66
#define US_SC_Kawi 67
#define US_SC_Khar 68
#define US_SC_Khmr 69
#define US_SC_Khoj 70
#define US_SC_Kits 71
#define US_SC_Knda 72
#define US_SC_Krai 73
#define US_SC_Kthi 74
#define US_SC_Lana 75
#define US_SC_Laoo 76
#define US_SC_Latn 77
#define US_SC_Lepc 78
#define US_SC_Limb 79
#define US_SC_Lina 80
#define US_SC_Linb 81
#define US_SC_Lisu 82
#define US_SC_Lyci 83
#define US_SC_Lydi 84
#define US_SC_Mahj 85
#define US_SC_Maka 86
#define US_SC_Mand 87
#define US_SC_Mani 88
#define US_SC_Marc 89
#define US_SC_Medf 90
#define US_SC_Mend 91
#define US_SC_Merc 92
#define US_SC_Mero 93
#define US_SC_Mlym 94
#define US_SC_Modi 95
#define US_SC_Mong 96
#define US_SC_Mroo 97
#define US_SC_Mtei 98
#define US_SC_Mult 99
#define US_SC_Mymr 100
#define US_SC_Nagm 101
#define US_SC_Nand 102
#define US_SC_Narb 103
#define US_SC_Nbat 104
#define US_SC_Newa 105
#define US_SC_Nkoo 106
#define US_SC_Nshu 107
#define US_SC_Ogam 108
#define US_SC_Olck 109
#define US_SC_Onao 110
#define US_SC_Orkh 111
#define US_SC_Orya 112
#define US_SC_Osge 113
#define US_SC_Osma 114
#define US_SC_Ougr 115
#define US_SC_Palm 116
#define US_SC_Pauc 117
#define US_SC_Perm 118
#define US_SC_Phag 119
#define US_SC_Phli 120
#define US_SC_Phlp 121
#define US_SC_Phnx 122
#define US_SC_Plrd 123
#define US_SC_Prti 124
#define US_SC_Rjng 125
#define US_SC_Rohg 126
#define US_SC_Runr 127
#define US_SC_Samr 128
#define US_SC_Sarb 129
#define US_SC_Saur 130
#define US_SC_Sgnw 131
#define US_SC_Shaw 132
#define US_SC_Shrd 133
#define US_SC_Sidd 134
#define US_SC_Sidt 135
#define US_SC_Sind 136
#define US_SC_Sinh 137
#define US_SC_Sogd 138
#define US_SC_Sogo 139
#define US_SC_Sora 140
#define US_SC_Soyo 141
#define US_SC_Sund 142
#define US_SC_Sunu 143
#define US_SC_Sylo 144
#define US_SC_Syrc 145
#define US_SC_Tagb 146
#define US_SC_Takr 147
#define US_SC_Tale 148
#define US_SC_Talu 149
#define US_SC_Taml 150
#define US_SC_Tang 151
#define US_SC_Tavt 152
#define US_SC_Tayo 153
#define US_SC_Telu 154
#define US_SC_Tfng 155
#define US_SC_Tglg 156
#define US_SC_Thaa 157
#define US_SC_Thai 158
#define US_SC_Tibt 159
#define US_SC_Tirh 160
#define US_SC_Tnsa 161
#define US_SC_Todr 162
#define US_SC_Tols 163
#define US_SC_Toto 164
#define US_SC_Tutg 165
#define US_SC_Ugar 166
#define US_SC_Vaii 167
#define US_SC_Vith 168
#define US_SC_Wara 169
#define US_SC_Wcho 170
#define US_SC_Xpeo 171
#define US_SC_Xsux 172
#define US_SC_Yezi 173
#define US_SC_Yiii 174
#define US_SC_Zanb 175
#define US_SC_Hanb 176
#define US_SC_Jpan 177
#define US_SC_Kore 178
#define US_GC_Cn 0
#define US_GC_Lu 1
#define US_GC_Ll 2
#define US_GC_Lt 3
#define US_GC_Lm 4
#define US_GC_Lo 5
#define US_GC_Mn 6
#define US_GC_Mc 7
#define US_GC_Me 8
#define US_GC_Nd 9
#define US_GC_Nl 10
#define US_GC_No 11
#define US_GC_Pc 12
#define US_GC_Pd 13
#define US_GC_Ps 14
#define US_GC_Pe 15
#define US_GC_Pi 16
#define US_GC_Pf 17
#define US_GC_Po 18
#define US_GC_Sm 19
#define US_GC_Sc 20
#define US_GC_Sk 21
#define US_GC_So 22
#define US_GC_Zs 23
#define US_GC_Zl 24
#define US_GC_Zp 25
#define US_GC_Cc 26
#define US_GC_Cf 27
#define US_GC_Cs 28
#define US_GC_Co 29
#define US_BC_L 0
#define US_BC_R 1
#define US_BC_AL 2
#define US_BC_EN 3
#define US_BC_ES 4
#define US_BC_ET 5
#define US_BC_AN 6
#define US_BC_CS 7
#define US_BC_NSM 8
#define US_BC_BN 9
#define US_BC_B 10
#define US_BC_S 11
#define US_BC_WS 12
#define US_BC_ON 13
#define US_BC_LRE 14
#define US_BC_LRO 15
#define US_BC_RLE 16
#define US_BC_RLO 17
#define US_BC_PDF 18
#define US_BC_LRI 19
#define US_BC_RLI 20
#define US_BC_FSI 21
#define US_BC_PDI 22
#define US_JT_U 0
#define US_JT_C 1
#define US_JT_D 2
#define US_JT_R 3
#define US_JT_L 4
#define US_JT_T 5
#define US_F_DEFAULT_IGNORABLE 0x0001u
#define US_F_BIDI_CONTROL 0x0002u
#define US_F_WHITE_SPACE 0x0004u
#define US_F_JOIN_CONTROL 0x0008u
#define US_F_ALPHABETIC 0x0010u
#define US_F_LOWERCASE 0x0020u
#define US_F_UPPERCASE 0x0040u
#define US_F_XID_START 0x0080u
#define US_F_XID_CONTINUE 0x0100u
#define US_F_VARIATION_SELECTOR 0x0200u
#define US_F_REGIONAL_INDICATOR 0x0400u
#define US_F_EXTENDED_PICTOGRAPHIC 0x0800u
#define US_F_EMOJI_COMPONENT 0x1000u
#define US_F_NONCHARACTER 0x2000u
#define US_F_MATH 0x4000u
#define US_F_DIACRITIC 0x8000u
#define US_IDT_NOT_CHARACTER 0x001u
#define US_IDT_DEPRECATED 0x002u
#define US_IDT_DEFAULT_IGNORABLE 0x004u
#define US_IDT_NOT_NFKC 0x008u
#define US_IDT_NOT_XID 0x010u
#define US_IDT_EXCLUSION 0x020u
#define US_IDT_OBSOLETE 0x040u
#define US_IDT_TECHNICAL 0x080u
#define US_IDT_UNCOMMON_USE 0x100u
#define US_IDT_LIMITED_USE 0x200u
#define US_IDT_INCLUSION 0x400u
#define US_IDT_RECOMMENDED 0x800u

typedef struct {
	uint8_t gc, bc, sc, jt, idstatus, digit; /* digit: 0..9, or 15 for none */
	uint16_t flags, idtype, scx, cases;
} us_props_rec;

typedef struct {
	int32_t lower, upper, title, fold;
} us_case_rec;

extern const us_props_rec us_props_records[2130];
extern const us_case_rec us_case_records[191];
extern const uint16_t us_scx_offsets[284];   /* scx index -> offset in pool */
extern const uint8_t us_scx_pool[986];       /* [count, script...] */
extern const char *const us_script_codes[US_SCRIPT_COUNT];
extern const char *const us_script_names[US_SCRIPT_COUNT];
/* Bit sc of us_script_rtl: script sc is written right to left (most of its
 * letters have bidi class R or AL). */
extern const uint8_t us_script_rtl[32];
/* Bit sc of us_script_virama: script sc has a virama of its own (a mark of
 * canonical combining class 9): Brahmic scripts. */
extern const uint8_t us_script_virama[32];
#define US_FULL_FOLD_COUNT 104
extern const uint32_t us_full_fold_keys[104];
extern const uint32_t us_full_fold_values[312]; /* 3 per key, 0-padded */
extern const uint32_t us_confusable_pool[15916];  /* [len, cps...] */

extern const uint16_t us_props_1[4352];
extern const uint16_t us_props_2[10112];
extern const uint16_t us_props_3[14848];
/* 58624 bytes in all. */
static inline uint16_t us_props_get(uint32_t cp)
{
	return us_props_3[us_props_2[us_props_1[cp >> 8] + ((cp >> 3) & 31)] + (cp & 7)];
}
#define US_PROPS_BYTES 58624

extern const uint16_t us_confusable_1[2176];
extern const uint16_t us_confusable_2[3712];
extern const uint16_t us_confusable_3[15152];
/* 42080 bytes in all. */
static inline uint16_t us_confusable_get(uint32_t cp)
{
	return us_confusable_3[us_confusable_2[us_confusable_1[cp >> 9] + ((cp >> 4) & 31)] + (cp & 15)];
}
#define US_CONFUSABLE_BYTES 42080

/* All property tables together: 196202 bytes. */
#define US_PROPS_TABLE_BYTES 196202

#endif
