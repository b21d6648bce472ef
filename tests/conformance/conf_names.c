/* Conformance test for unspoof_char_name(): every code point 0..10FFFF
 * against UnicodeData.txt, reparsed here independently of gen/gen_names.py:
 *  - names from field 1; "" for "<control>" and for unassigned code points;
 *  - range entries (<..., First> / <..., Last>) by Unicode §4.8: NR1 for
 *    Hangul syllables, computed here from the Jamo_Short_Name values of
 *    Jamo.txt (which the library does not use), NR2 "PREFIX" + hex code point
 *    for the CJK unified and Tangut ideograph ranges, no name for surrogates
 *    and private use;
 *  - UNSPOOF_NAME_LABEL against the first "control" alias of NameAliases.txt
 *    and the §4.8 code point labels (control, surrogate D800..DFFF,
 *    private-use, noncharacter FDD0..FDEF and xxFFFE/xxFFFF, reserved).
 * Also the buffer convention, NULL arguments, bad flags and cp > 10FFFF. */
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unspoof.h"

#define NCP 0x110000u

enum { NR_NONE, NR_HANGUL, NR_CJK, NR_TANGUT };

static uint32_t *name_off;   /* per code point: offset into pool, 0 = none */
static char *pool;
static size_t pool_len, pool_cap;
static char gc[NCP][3];      /* General_Category, "" when unassigned */
static unsigned char rule[NCP];
static uint32_t alias_off[NCP]; /* first "control" alias, 0 = none */
static char jamo_l[19][4], jamo_v[21][4], jamo_t[28][4];
static int jamo_seen[3];

static uint32_t pool_add(const char *s)
{
	size_t n = strlen(s) + 1;
	uint32_t off;
	if (pool_len + n > pool_cap) {
		pool_cap = (pool_cap + n) * 2;
		pool = realloc(pool, pool_cap);
		if (!pool) {
			fprintf(stderr, "out of memory\n");
			exit(2);
		}
	}
	off = (uint32_t)pool_len;
	memcpy(pool + pool_len, s, n);
	pool_len += n;
	return off;
}

/* Splits line at ';' in place into at most max fields; returns the count.
 * Fields are trimmed of surrounding spaces; a '#' ends the data. */
static int split(char *line, char **f, int max)
{
	int n = 0;
	char *p = line, *hash = strchr(line, '#');
	if (hash)
		*hash = '\0';
	line[strcspn(line, "\r\n")] = '\0';
	while (n < max) {
		char *end = strchr(p, ';');
		char *e;
		if (end)
			*end = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		e = p + strlen(p);
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		f[n++] = p;
		if (!end)
			break;
		p = end + 1;
	}
	return n;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int load_unicode_data(void)
{
	FILE *f = test_open_data("ucd/UnicodeData.txt");
	char line[1024], *fl[16];
	uint32_t first = 0;
	int in_range = 0;
	if (!f)
		return 0;
	pool_add(""); /* offset 0 = no name */
	while (fgets(line, sizeof line, f)) {
		uint32_t cp, c;
		int n = split(line, fl, 16);
		if (n < 15)
			continue;
		cp = (uint32_t)strtoul(fl[0], NULL, 16);
		if (ends_with(fl[1], ", First>")) {
			first = cp;
			in_range = 1;
			continue;
		}
		if (ends_with(fl[1], ", Last>")) {
			int r;
			const char *label = fl[1] + 1;
			CHECK(in_range, "range end without start at U+%04X", (unsigned)cp);
			in_range = 0;
			if (starts_with(label, "Hangul Syllable"))
				r = NR_HANGUL;
			else if (starts_with(label, "CJK Ideograph"))
				r = NR_CJK;
			else if (starts_with(label, "Tangut Ideograph"))
				r = NR_TANGUT;
			else if (strstr(label, "Surrogate") || strstr(label, "Private Use"))
				r = NR_NONE;
			else {
				CHECK(0, "unknown range entry %s (U+%04X..U+%04X): teach the test its rule",
				      fl[1], (unsigned)first, (unsigned)cp);
				r = NR_NONE;
			}
			for (c = first; c <= cp; c++) {
				rule[c] = (unsigned char)r;
				memcpy(gc[c], fl[2], 2);
			}
			continue;
		}
		memcpy(gc[cp], fl[2], 2);
		if (fl[1][0] != '<')
			name_off[cp] = pool_add(fl[1]);
	}
	fclose(f);
	return 1;
}

static int load_jamo(void)
{
	FILE *f = test_open_data("ucd/Jamo.txt");
	char line[512], *fl[4];
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f)) {
		uint32_t cp;
		if (split(line, fl, 4) < 2 || !fl[0][0])
			continue;
		cp = (uint32_t)strtoul(fl[0], NULL, 16);
		if (strlen(fl[1]) > 3) {
			CHECK(0, "Jamo short name %s too long", fl[1]);
			continue;
		}
		if (cp >= 0x1100 && cp < 0x1100 + 19) {
			strcpy(jamo_l[cp - 0x1100], fl[1]);
			jamo_seen[0]++;
		} else if (cp >= 0x1161 && cp < 0x1161 + 21) {
			strcpy(jamo_v[cp - 0x1161], fl[1]);
			jamo_seen[1]++;
		} else if (cp >= 0x11A8 && cp < 0x11A8 + 27) {
			strcpy(jamo_t[cp - 0x11A8 + 1], fl[1]);
			jamo_seen[2]++;
		}
	}
	fclose(f);
	CHECK(jamo_seen[0] == 19 && jamo_seen[1] == 21 && jamo_seen[2] == 27,
	      "Jamo.txt: %d/%d/%d short names, expected 19/21/27",
	      jamo_seen[0], jamo_seen[1], jamo_seen[2]);
	return 1;
}

static int load_aliases(void)
{
	FILE *f = test_open_data("ucd/NameAliases.txt");
	char line[512], *fl[4];
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f)) {
		uint32_t cp;
		if (split(line, fl, 4) < 3 || !fl[0][0])
			continue;
		cp = (uint32_t)strtoul(fl[0], NULL, 16);
		if (strcmp(fl[2], "control") == 0 && !alias_off[cp])
			alias_off[cp] = pool_add(fl[1]);
	}
	fclose(f);
	return 1;
}

/* The expected Name of cp into out (NUL-terminated). */
static void expected_name(uint32_t cp, char *out, size_t cap)
{
	uint32_t s;
	switch (rule[cp]) {
	case NR_HANGUL:
		/* NR1, Unicode §3.12: SBase = U+AC00, 21 vowels x 28 trailing. */
		s = cp - 0xAC00;
		snprintf(out, cap, "HANGUL SYLLABLE %s%s%s", jamo_l[s / (21 * 28)],
		         jamo_v[(s % (21 * 28)) / 28], jamo_t[s % 28]);
		return;
	case NR_CJK:
		snprintf(out, cap, "CJK UNIFIED IDEOGRAPH-%04X", (unsigned)cp);
		return;
	case NR_TANGUT:
		snprintf(out, cap, "TANGUT IDEOGRAPH-%04X", (unsigned)cp);
		return;
	default:
		snprintf(out, cap, "%s", pool + name_off[cp]);
		return;
	}
}

static int is_noncharacter(uint32_t cp)
{
	return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/* The expected output with UNSPOOF_NAME_LABEL. */
static void expected_label(uint32_t cp, char *out, size_t cap)
{
	const char *kind;
	expected_name(cp, out, cap);
	if (out[0])
		return;
	if (strcmp(gc[cp], "Cc") == 0) {
		if (alias_off[cp]) {
			snprintf(out, cap, "%s", pool + alias_off[cp]);
			return;
		}
		kind = "control";
	} else if (strcmp(gc[cp], "Cs") == 0) {
		kind = "surrogate";
	} else if (strcmp(gc[cp], "Co") == 0) {
		kind = "private-use";
	} else if (is_noncharacter(cp)) {
		kind = "noncharacter";
	} else {
		kind = "reserved";
	}
	snprintf(out, cap, "<%s-%04X>", kind, (unsigned)cp);
}

static void check_one(uint32_t cp, unsigned flags, const char *exp, size_t *max_len)
{
	char buf[UNSPOOF_NAME_MAX + 8], small[UNSPOOF_NAME_MAX + 8];
	size_t len = 12345, len2 = 12345, exp_len = strlen(exp);
	int rc = unspoof_char_name(cp, flags, buf, sizeof buf, &len);
	if (!CHECK(rc == UNSPOOF_OK && len == exp_len && memcmp(buf, exp, len) == 0,
	           "U+%04X flags %u: expected \"%s\", got rc %d \"%.*s\"", (unsigned)cp, flags,
	           exp, rc, rc == UNSPOOF_OK && len <= sizeof buf ? (int)len : 0, buf))
		return;
	if (len > *max_len)
		*max_len = len;

	/* Size query: dst NULL, cap 0. */
	rc = unspoof_char_name(cp, flags, NULL, 0, &len2);
	CHECK(rc == (exp_len ? UNSPOOF_E_BUFFER_TOO_SMALL : UNSPOOF_OK) && len2 == exp_len,
	      "U+%04X flags %u: size query gave rc %d len %zu, expected len %zu",
	      (unsigned)cp, flags, rc, len2, exp_len);
	if (!exp_len)
		return;

	/* One byte short: error, nothing written at all. */
	memset(small, 0x5A, sizeof small);
	rc = unspoof_char_name(cp, flags, small, exp_len - 1, &len2);
	{
		size_t i, touched = 0;
		for (i = 0; i < sizeof small; i++)
			touched += small[i] != 0x5A;
		CHECK(rc == UNSPOOF_E_BUFFER_TOO_SMALL && len2 == exp_len && touched == 0,
		      "U+%04X flags %u: cap %zu gave rc %d len %zu, %zu bytes touched",
		      (unsigned)cp, flags, exp_len - 1, rc, len2, touched);
	}
	/* Exactly the needed size: fits, nothing written past it. */
	memset(small, 0x5A, sizeof small);
	rc = unspoof_char_name(cp, flags, small, exp_len, &len2);
	CHECK(rc == UNSPOOF_OK && len2 == exp_len && memcmp(small, exp, exp_len) == 0 &&
	      (unsigned char)small[exp_len] == 0x5A,
	      "U+%04X flags %u: cap %zu (exact) gave rc %d len %zu", (unsigned)cp, flags,
	      exp_len, rc, len2);
}

static void check_str(uint32_t cp, unsigned flags, const char *exp)
{
	char buf[UNSPOOF_NAME_MAX];
	size_t len = 0;
	int rc = unspoof_char_name(cp, flags, buf, sizeof buf, &len);
	CHECK(rc == UNSPOOF_OK && len == strlen(exp) && memcmp(buf, exp, len) == 0,
	      "spot check U+%04X flags %u: expected \"%s\", got rc %d \"%.*s\"", (unsigned)cp,
	      flags, exp, rc, rc == UNSPOOF_OK ? (int)len : 0, buf);
}

static void check_errors(void)
{
	char buf[UNSPOOF_NAME_MAX];
	size_t len;
	CHECK(unspoof_char_name(0x41, 0, buf, sizeof buf, NULL) == UNSPOOF_E_NULL,
	      "out_len NULL must give UNSPOOF_E_NULL");
	len = 99;
	CHECK(unspoof_char_name(0x41, 0, NULL, 5, &len) == UNSPOOF_E_NULL,
	      "dst NULL with dst_cap 5 must give UNSPOOF_E_NULL");
	len = 99;
	CHECK(unspoof_char_name(0x110000, 0, buf, sizeof buf, &len) == UNSPOOF_E_INVALID_ARG &&
	      len == 0, "cp 0x110000 must give UNSPOOF_E_INVALID_ARG and *out_len 0");
	len = 99;
	CHECK(unspoof_char_name(0xFFFFFFFFu, UNSPOOF_NAME_LABEL, buf, sizeof buf, &len) ==
	      UNSPOOF_E_INVALID_ARG && len == 0, "cp 0xFFFFFFFF must give UNSPOOF_E_INVALID_ARG");
	CHECK(unspoof_char_name(0x41, 2, buf, sizeof buf, &len) == UNSPOOF_E_INVALID_ARG,
	      "flag 2 must give UNSPOOF_E_INVALID_ARG");
	CHECK(unspoof_char_name(0x41, 0x80000000u | UNSPOOF_NAME_LABEL, buf, sizeof buf, &len) ==
	      UNSPOOF_E_INVALID_ARG, "flag 0x80000001 must give UNSPOOF_E_INVALID_ARG");
	CHECK(unspoof_char_name(0x0378, 0, NULL, 0, &len) == UNSPOOF_OK && len == 0,
	      "an unassigned code point with dst NULL, cap 0 is OK with length 0");
	CHECK(unspoof_char_name(0x10FFFF, 0, buf, sizeof buf, &len) == UNSPOOF_OK && len == 0,
	      "U+10FFFF has no name");

	check_str(0x043F, 0, "CYRILLIC SMALL LETTER PE");
	check_str(0x0041, UNSPOOF_NAME_LABEL, "LATIN CAPITAL LETTER A");
	check_str(0x0F60, 0, "TIBETAN LETTER -A");
	check_str(0x0009, UNSPOOF_NAME_LABEL, "CHARACTER TABULATION");
	check_str(0x000A, UNSPOOF_NAME_LABEL, "LINE FEED");
	check_str(0x0009, 0, "");
	check_str(0x0080, UNSPOOF_NAME_LABEL, "<control-0080>");
	check_str(0x0378, UNSPOOF_NAME_LABEL, "<reserved-0378>");
	check_str(0xD800, UNSPOOF_NAME_LABEL, "<surrogate-D800>");
	check_str(0xE000, UNSPOOF_NAME_LABEL, "<private-use-E000>");
	check_str(0xFFFF, UNSPOOF_NAME_LABEL, "<noncharacter-FFFF>");
	check_str(0x10FFFF, UNSPOOF_NAME_LABEL, "<noncharacter-10FFFF>");
	check_str(0xE0000, UNSPOOF_NAME_LABEL, "<reserved-E0000>");
	check_str(0xAC00, 0, "HANGUL SYLLABLE GA");
	check_str(0xD7A3, 0, "HANGUL SYLLABLE HIH");
	check_str(0x4E00, 0, "CJK UNIFIED IDEOGRAPH-4E00");
	check_str(0x20000, 0, "CJK UNIFIED IDEOGRAPH-20000");
	check_str(0xF900, 0, "CJK COMPATIBILITY IDEOGRAPH-F900");
	check_str(0x17000, 0, "TANGUT IDEOGRAPH-17000");
	check_str(0x1B170, 0, "NUSHU CHARACTER-1B170");
	check_str(0x18B00, 0, "KHITAN SMALL SCRIPT CHARACTER-18B00");
	check_str(0x13460, 0, "EGYPTIAN HIEROGLYPH-13460");
	check_str(0x13000, 0, "EGYPTIAN HIEROGLYPH A001");
}

int main(void)
{
	char exp[256];
	size_t max_len = 0;
	uint32_t cp;
	unsigned long named = 0, labelled = 0;
	clock_t t0;
	double secs;
	size_t sink = 0;

	if (!test_unicode_dir())
		return TEST_SKIP;
	name_off = calloc(NCP, sizeof *name_off);
	if (!name_off)
		return 2;
	if (!load_unicode_data() || !load_jamo() || !load_aliases()) {
		fprintf(stderr, "skipped: Unicode data files missing\n");
		return TEST_SKIP;
	}
	for (cp = 0xD800; cp <= 0xDFFF; cp++)
		CHECK(strcmp(gc[cp], "Cs") == 0, "U+%04X should be a surrogate in UnicodeData.txt",
		      (unsigned)cp);

	for (cp = 0; cp < NCP; cp++) {
		expected_name(cp, exp, sizeof exp);
		named += exp[0] != '\0';
		check_one(cp, 0, exp, &max_len);
		expected_label(cp, exp, sizeof exp);
		labelled += exp[0] != '\0';
		check_one(cp, UNSPOOF_NAME_LABEL, exp, &max_len);
	}
	CHECK(max_len == UNSPOOF_NAME_MAX, "longest output is %zu bytes, UNSPOOF_NAME_MAX is %d",
	      max_len, UNSPOOF_NAME_MAX);
	check_errors();

	t0 = clock();
	for (cp = 0; cp < NCP; cp++) {
		char buf[UNSPOOF_NAME_MAX];
		size_t len = 0;
		unspoof_char_name(cp, UNSPOOF_NAME_LABEL, buf, sizeof buf, &len);
		sink += len;
	}
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	CHECK(sink > 0, "the timing loop produced no output");

	printf("names: %lu code points checked (%lu with a Name, %lu with a name or label), "
	       "longest output %zu bytes, %.0f ns per lookup\n",
	       (unsigned long)NCP, named, labelled, max_len, secs * 1e9 / NCP);
	free(name_off);
	free(pool);
	return test_finish("names");
}
