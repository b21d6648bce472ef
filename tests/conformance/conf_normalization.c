/* Conformance: NormalizationTest.txt (UAX #15 §16), every line, every
 * invariant of the file's header for NFC, NFD, NFKC and NFKD; Part 1's rule
 * that every code point not listed there is invariant under all four
 * forms; unspoof_is_normalized() agreeing with unspoof_normalize(); the
 * internal code-point entry agreeing with the UTF-8 one; and, from
 * DerivedNormalizationProps.txt, toNFKC_Casefold of every single code
 * point equal to its NFKC_CF mapping. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "ucd/norm.h"
#include "util.h"

#define MAXB 512
#define MAXC 128

struct str {
	char b[MAXB];
	size_t len;
};

static const unspoof_form forms[4] = { UNSPOOF_NFC, UNSPOOF_NFD, UNSPOOF_NFKC, UNSPOOF_NFKD };
static const char *const form_names[6] = { "?", "NFC", "NFD", "NFKC", "NFKD", "NFKC_CF" };

static unsigned long n_lines, n_part1, n_invariant, n_cf;

static size_t put_utf8(uint32_t c, char *o)
{
	unsigned char *b = (unsigned char *)o;
	if (c < 0x80) {
		b[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		b[0] = (unsigned char)(0xC0 | (c >> 6));
		b[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (c >> 12));
		b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	b[0] = (unsigned char)(0xF0 | (c >> 18));
	b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	b[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

/* Parses space-separated hex code points into UTF-8 and code points. */
static int parse_field(const char *p, const char *end, struct str *s, uint32_t *cps, size_t *ncps)
{
	s->len = 0;
	*ncps = 0;
	while (p < end) {
		char *q;
		unsigned long c;
		while (p < end && *p == ' ')
			p++;
		if (p >= end)
			break;
		c = strtoul(p, &q, 16);
		if (q == p || c > 0x10FFFF || s->len + 4 > MAXB || *ncps >= MAXC)
			return -1;
		s->len += put_utf8((uint32_t)c, s->b + s->len);
		cps[(*ncps)++] = (uint32_t)c;
		p = q;
	}
	return 0;
}

static void norm(unspoof_form f, const struct str *in, struct str *out)
{
	int rc = unspoof_normalize(f, in->b, in->len, out->b, sizeof out->b, &out->len, 0);
	if (rc != UNSPOOF_OK) {
		CHECK(0, "unspoof_normalize(%s) returned %d", form_names[f], rc);
		out->len = 0;
	}
}

/* Checks expected == toF(input) and the is_normalized/cps agreement. */
static void expect(unspoof_form f, const struct str *in, const uint32_t *cps, size_t ncps,
                   const struct str *exp, unsigned long line, const char *col)
{
	struct str got;
	char what[96];
	int isn = -1, rc;
	uint32_t cout[MAXC * 18];
	size_t nout = 0;

	norm(f, in, &got);
	snprintf(what, sizeof what, "line %lu: %s == to%s(%s)", line, "expected",
	         form_names[f], col);
	if (!CHECK_BYTES(what, in->b, in->len, exp->b, exp->len, got.b, got.len))
		return;
	/* is_normalized must be 1 iff the input is its own normal form. */
	rc = unspoof_is_normalized(f, in->b, in->len, &isn);
	CHECK(rc == UNSPOOF_OK && isn == (got.len == in->len && memcmp(got.b, in->b, in->len) == 0),
	      "line %lu: unspoof_is_normalized(%s, %s) = %d (rc %d)", line, form_names[f], col,
	      isn, rc);
	/* The code-point entry agrees. */
	rc = us_normalize_cps(f, cps, ncps, cout, sizeof cout / sizeof cout[0], &nout);
	if (CHECK(rc == UNSPOOF_OK, "line %lu: us_normalize_cps rc %d", line, rc)) {
		struct str enc;
		size_t i;
		enc.len = 0;
		for (i = 0; i < nout && enc.len + 4 <= MAXB; i++)
			enc.len += put_utf8(cout[i], enc.b + enc.len);
		snprintf(what, sizeof what, "line %lu: us_normalize_cps(%s, %s)", line,
		         form_names[f], col);
		CHECK_BYTES(what, in->b, in->len, exp->b, exp->len, enc.b, enc.len);
	}
}

static unsigned char *part1_seen;

static int run_file(FILE *fp)
{
	char line[4096];
	unsigned long lineno = 0;
	int part = -1;

	while (fgets(line, sizeof line, fp)) {
		struct str c[5];
		uint32_t cps[5][MAXC];
		size_t ncps[5];
		const char *p = line;
		char *hash;
		int k;

		lineno++;
		if (line[0] == '@') {
			if (strncmp(line, "@Part", 5) == 0)
				part = atoi(line + 5);
			continue;
		}
		hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		if (strspn(line, " \t\r\n") == strlen(line))
			continue;
		for (k = 0; k < 5; k++) {
			const char *semi = strchr(p, ';');
			if (!semi || parse_field(p, semi, &c[k], cps[k], &ncps[k]) != 0) {
				CHECK(0, "NormalizationTest.txt line %lu: cannot parse", lineno);
				return -1;
			}
			p = semi + 1;
		}
		n_lines++;
		if (part == 1 && ncps[0] == 1) {
			part1_seen[cps[0][0]] = 1;
			n_part1++;
		}
		/* NFC: c2 == toNFC(c1) == toNFC(c2) == toNFC(c3); c4 == toNFC(c4) == toNFC(c5) */
		expect(UNSPOOF_NFC, &c[0], cps[0], ncps[0], &c[1], lineno, "c1");
		expect(UNSPOOF_NFC, &c[1], cps[1], ncps[1], &c[1], lineno, "c2");
		expect(UNSPOOF_NFC, &c[2], cps[2], ncps[2], &c[1], lineno, "c3");
		expect(UNSPOOF_NFC, &c[3], cps[3], ncps[3], &c[3], lineno, "c4");
		expect(UNSPOOF_NFC, &c[4], cps[4], ncps[4], &c[3], lineno, "c5");
		/* NFD: c3 == toNFD(c1) == toNFD(c2) == toNFD(c3); c5 == toNFD(c4) == toNFD(c5) */
		expect(UNSPOOF_NFD, &c[0], cps[0], ncps[0], &c[2], lineno, "c1");
		expect(UNSPOOF_NFD, &c[1], cps[1], ncps[1], &c[2], lineno, "c2");
		expect(UNSPOOF_NFD, &c[2], cps[2], ncps[2], &c[2], lineno, "c3");
		expect(UNSPOOF_NFD, &c[3], cps[3], ncps[3], &c[4], lineno, "c4");
		expect(UNSPOOF_NFD, &c[4], cps[4], ncps[4], &c[4], lineno, "c5");
		/* NFKC: c4 == toNFKC(c1..c5); NFKD: c5 == toNFKD(c1..c5) */
		for (k = 0; k < 5; k++) {
			static const char *const col[5] = { "c1", "c2", "c3", "c4", "c5" };
			expect(UNSPOOF_NFKC, &c[k], cps[k], ncps[k], &c[3], lineno, col[k]);
			expect(UNSPOOF_NFKD, &c[k], cps[k], ncps[k], &c[4], lineno, col[k]);
		}
	}
	return 0;
}

/* Every code point not in Part 1 is its own normal form in all four forms. */
static void check_invariants(void)
{
	uint32_t cp;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		struct str in, out;
		int f, isn;
		if ((cp >= 0xD800 && cp <= 0xDFFF) || part1_seen[cp])
			continue;
		in.len = put_utf8(cp, in.b);
		n_invariant++;
		for (f = 0; f < 4; f++) {
			int rc = unspoof_normalize(forms[f], in.b, in.len, out.b, sizeof out.b, &out.len, 0);
			if (rc != UNSPOOF_OK || out.len != in.len || memcmp(out.b, in.b, in.len) != 0) {
				char what[64];
				snprintf(what, sizeof what, "Part 1 invariance: to%s(X) == X",
				         form_names[forms[f]]);
				CHECK_BYTES(what, in.b, in.len, in.b, in.len, out.b, rc ? 0 : out.len);
			} else {
				test_passed++;
			}
			rc = unspoof_is_normalized(forms[f], in.b, in.len, &isn);
			if (rc != UNSPOOF_OK || isn != 1)
				CHECK(0, "Part 1 invariance: unspoof_is_normalized(%s, U+%04X) = %d",
				      form_names[forms[f]], (unsigned)cp, isn);
			else
				test_passed++;
		}
	}
}

/* toNFKC_Casefold(X) == NFKC_CF(X) for every single code point X. */
static void check_nfkc_cf(FILE *fp)
{
	char line[1024];
	uint32_t *idx = calloc(0x110000, sizeof *idx); /* 0: not listed */
	struct str *maps = NULL;
	size_t nmaps = 1, capmaps = 0;
	uint32_t cp;

	if (!idx) {
		CHECK(0, "out of memory");
		return;
	}
	while (fgets(line, sizeof line, fp)) {
		char *f1, *f2, *hash = strchr(line, '#');
		unsigned long lo, hi;
		uint32_t cps[MAXC];
		size_t n;
		if (hash)
			*hash = '\0';
		f1 = strchr(line, ';');
		if (!f1)
			continue;
		f2 = strchr(f1 + 1, ';');
		if (!f2)
			continue;
		*f2 = '\0';
		if (strstr(f1 + 1, "NFKC_CF") == NULL)
			continue;
		if (nmaps == capmaps || !maps) {
			struct str *nm;
			capmaps = capmaps ? 2 * capmaps : 1024;
			nm = realloc(maps, capmaps * sizeof *maps);
			if (!nm) {
				CHECK(0, "out of memory");
				goto done;
			}
			maps = nm;
		}
		lo = strtoul(line, NULL, 16);
		hi = lo;
		if (strstr(line, ".."))
			hi = strtoul(strstr(line, "..") + 2, NULL, 16);
		if (parse_field(f2 + 1, f2 + 1 + strlen(f2 + 1), &maps[nmaps], cps, &n) != 0) {
			CHECK(0, "DerivedNormalizationProps.txt: cannot parse NFKC_CF line");
			continue;
		}
		for (; lo <= hi && lo <= 0x10FFFF; lo++)
			idx[lo] = (uint32_t)nmaps;
		nmaps++;
	}
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		struct str in, out;
		const char *exp;
		size_t explen;
		int rc;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		in.len = put_utf8(cp, in.b);
		exp = idx[cp] ? maps[idx[cp]].b : in.b;
		explen = idx[cp] ? maps[idx[cp]].len : in.len;
		rc = unspoof_normalize(UNSPOOF_NFKC_CF, in.b, in.len, out.b, sizeof out.b, &out.len, 0);
		n_cf++;
		if (rc != UNSPOOF_OK || out.len != explen || memcmp(out.b, exp, explen) != 0)
			CHECK_BYTES("toNFKC_Casefold(X) == NFKC_CF(X)", in.b, in.len, exp, explen,
			            out.b, rc ? 0 : out.len);
		else
			test_passed++;
	}
done:
	free(idx);
	free(maps);
}

int main(void)
{
	FILE *fp = test_open_data("ucd/NormalizationTest.txt");
	if (!fp) {
		fprintf(stderr, "conf_normalization: skipped (NormalizationTest.txt not found)\n");
		return TEST_SKIP;
	}
	part1_seen = calloc(0x110000, 1);
	if (!part1_seen) {
		fclose(fp);
		return 1;
	}
	run_file(fp);
	fclose(fp);
	check_invariants();
	fp = test_open_data("ucd/DerivedNormalizationProps.txt");
	if (fp) {
		check_nfkc_cf(fp);
		fclose(fp);
	}
	free(part1_seen);
	printf("conf_normalization: %lu test lines (%lu in Part 1), %lu unlisted code points "
	       "invariant x4 forms, %lu code points checked for NFKC_CF\n",
	       n_lines, n_part1, n_invariant, n_cf);
	return test_finish("conf_normalization");
}
