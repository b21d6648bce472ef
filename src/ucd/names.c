/* Character names: decoding the compressed tables of gen/gen_names.py (see
 * that file for the layout) and the algorithmic names of Unicode §4.8. */
#include "ucd/names.h"

#include <string.h>

#include "data/names.gen.h"
#include "unspoof.h"

_Static_assert(UNSPOOF_NAME_MAX >= US_NAMES_MAX,
               "UNSPOOF_NAME_MAX in unspoof.h is smaller than the longest name; "
               "set it to US_NAMES_MAX from src/data/names.gen.h");

/* Jamo short names (the Jamo_Short_Name property) for the Hangul syllable
 * name rule NR1 (Unicode §3.12, "Hangul Syllable Name Generation"): leading
 * consonants, vowels, trailing consonants. */
static const char hangul_l[19][3] = {
	"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
	"C", "K", "T", "P", "H",
};
static const char hangul_v[21][4] = {
	"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
	"YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
};
static const char hangul_t[28][3] = {
	"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
	"LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
	"P", "H",
};

static size_t put(char *buf, size_t n, const char *s, size_t len)
{
	memcpy(buf + n, s, len);
	return n + len;
}

static size_t put_str(char *buf, size_t n, const char *s)
{
	return put(buf, n, s, strlen(s));
}

/* The code point in upper-case hex, at least four digits (as in U+ notation). */
static size_t put_hex(char *buf, size_t n, uint32_t cp)
{
	static const char digits[] = "0123456789ABCDEF";
	int shift = cp > 0xFFFFF ? 20 : cp > 0xFFFF ? 16 : 12;
	for (; shift >= 0; shift -= 4)
		buf[n++] = digits[(cp >> shift) & 15];
	return n;
}

static size_t hangul_name(uint32_t cp, char *buf)
{
	uint32_t s = cp - US_NAMES_HANGUL_FIRST;
	size_t n = put_str(buf, 0, "HANGUL SYLLABLE ");
	n = put_str(buf, n, hangul_l[s / (21 * 28)]);
	n = put_str(buf, n, hangul_v[(s % (21 * 28)) / 28]);
	return put_str(buf, n, hangul_t[s % 28]);
}

/* The stored-name index of cp, or -1. */
static long name_index(uint32_t cp)
{
	size_t lo = 0, hi = US_NAMES_RUNS;
	uint32_t idx;
	if (cp < us_names_run_cp[0])
		return -1;
	while (hi - lo > 1) { /* last run starting at or before cp */
		size_t mid = lo + (hi - lo) / 2;
		if (us_names_run_cp[mid] <= cp)
			lo = mid;
		else
			hi = mid;
	}
	idx = us_names_run_idx[lo] + (cp - us_names_run_cp[lo]);
	return idx < us_names_run_idx[lo + 1] ? (long)idx : -1;
}

/* Index of the range in (lo[], hi[], count) holding cp, or -1. */
static int find_range(const uint32_t *lo, const uint32_t *hi, size_t count, uint32_t cp)
{
	size_t a = 0, b = count;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		if (cp < lo[mid])
			b = mid;
		else if (cp > hi[mid])
			a = mid + 1;
		else
			return (int)mid;
	}
	return -1;
}

static size_t put_word(char *buf, size_t n, unsigned w)
{
	size_t off, len;
	if (w < US_NAMES_N1) {
		off = us_names_w1_off[w];
		len = (size_t)us_names_w1_off[w + 1] - off;
	} else {
		unsigned c = 0;
		while (c + 1 < US_NAMES_WCLASSES && us_names_wclass_first[c + 1] <= w)
			c++;
		len = us_names_wclass_len[c];
		off = us_names_wclass_off[c] + (size_t)(w - us_names_wclass_first[c]) * len;
	}
	return put(buf, n, us_names_lexicon + off, len);
}

/* Decodes stored name number idx: starts at the checkpoint before it and
 * replays the front coding up to idx. */
static size_t decode_name(uint32_t idx, char *buf)
{
	const unsigned char *p = us_names_data + us_names_ckpt[idx >> US_NAMES_CKPT_SHIFT];
	unsigned items[US_NAMES_MAX_ITEMS];
	unsigned count = 0, i;
	uint32_t k;
	size_t n = 0;
	int prev_word = 0;

	for (k = idx & ~(((uint32_t)1 << US_NAMES_CKPT_SHIFT) - 1);; k++) {
		unsigned h = *p++;
		unsigned more = h & 15;
		if (more == 15)
			more += *p++;
		count = h >> 4; /* items shared with the previous name */
		while (more--) {
			unsigned b = *p++;
			if (b >= US_NAMES_LEAD)
				b = US_NAMES_LEAD + ((b - US_NAMES_LEAD) << 8) + *p++;
			items[count++] = b;
		}
		if (k == idx)
			break;
	}
	for (i = 0; i < count; i++) {
		unsigned it = items[i];
		if (it == 0) {
			buf[n++] = ' ';
			prev_word = 0;
		} else if (it == 1) {
			buf[n++] = '-';
			prev_word = 0;
		} else {
			if (prev_word)
				buf[n++] = ' ';
			n = put_word(buf, n, it - 2);
			prev_word = 1;
		}
	}
	return n;
}

/* The label of an unnamed code point (Unicode §4.8 "Code Point Labels"),
 * or for a control its first "control" alias from NameAliases.txt. */
static size_t label(uint32_t cp, char *buf)
{
	const char *kind = "reserved";
	size_t n;
	int r = find_range(us_names_kind_lo, us_names_kind_hi, US_NAMES_KIND_RANGES, cp);
	if (r >= 0) {
		switch (us_names_kind[r]) {
		case US_NAMES_KIND_CONTROL: {
			int c = find_range(us_names_ctrl_cp, us_names_ctrl_cp, US_NAMES_CONTROLS, cp);
			if (c >= 0 && us_names_ctrl_off[c + 1] > us_names_ctrl_off[c])
				return put(buf, 0, us_names_ctrl_str + us_names_ctrl_off[c],
				           (size_t)(us_names_ctrl_off[c + 1] - us_names_ctrl_off[c]));
			kind = "control";
			break;
		}
		case US_NAMES_KIND_SURROGATE: kind = "surrogate"; break;
		case US_NAMES_KIND_PRIVATE: kind = "private-use"; break;
		case US_NAMES_KIND_NONCHAR: kind = "noncharacter"; break;
		default: break;
		}
	}
	n = put_str(buf, 0, "<");
	n = put_str(buf, n, kind);
	n = put_str(buf, n, "-");
	n = put_hex(buf, n, cp);
	return put_str(buf, n, ">");
}

size_t us_char_name(uint32_t cp, unsigned flags, char *buf)
{
	long idx = name_index(cp);
	int r;
	if (idx >= 0)
		return decode_name((uint32_t)idx, buf);
	if (cp >= US_NAMES_HANGUL_FIRST && cp <= US_NAMES_HANGUL_LAST)
		return hangul_name(cp, buf);
	r = find_range(us_names_nr2_lo, us_names_nr2_hi, US_NAMES_NR2_RANGES, cp);
	if (r >= 0)
		return put_hex(buf, put_str(buf, 0, us_names_prefixes[us_names_nr2_prefix[r]]), cp);
	if (flags & UNSPOOF_NAME_LABEL)
		return label(cp, buf);
	return 0;
}

size_t us_names_table_bytes(void)
{
	return US_NAMES_BYTES;
}

int unspoof_char_name(uint32_t cp, unsigned flags, char *dst, size_t dst_cap, size_t *out_len)
{
	char tmp[UNSPOOF_NAME_MAX];
	size_t len;
	if (!out_len)
		return UNSPOOF_E_NULL;
	*out_len = 0;
	if (!dst && dst_cap > 0)
		return UNSPOOF_E_NULL;
	if (cp > 0x10FFFF || (flags & ~(unsigned)UNSPOOF_NAME_LABEL))
		return UNSPOOF_E_INVALID_ARG;
	if (dst_cap >= UNSPOOF_NAME_MAX) {
		*out_len = us_char_name(cp, flags, dst);
		return UNSPOOF_OK;
	}
	len = us_char_name(cp, flags, tmp);
	*out_len = len;
	if (len > dst_cap)
		return UNSPOOF_E_BUFFER_TOO_SMALL;
	if (len)
		memcpy(dst, tmp, len);
	return UNSPOOF_OK;
}
