/* Differential test of the UTS #39 functions against ICU's uspoof (Debian
 * 12's ICU 72, whose data is Unicode 15.0; unspoof's is 17.0).
 *
 * 1. tests/differential/uspoof_version_diffs.txt lists, with a reason, every
 *    code point whose UTS #39-relevant data differs between 15.0 and 17.0.
 *    The test re-derives that list from the data files of both versions
 *    ($UNICODE_DIR, and $UNICODE_DIR_15 or $UNICODE_DIR/../15.0.0) and
 *    fails unless it is exactly the committed one.
 * 2. For every code point except surrogates, skeleton(cp) is compared with
 *    uspoof_getSkeletonUTF8().
 * 3. For 120,000 seeded random strings (mixes of Latin, Cyrillic, Greek,
 *    Han, Hiragana, Katakana, Hangul, Bopomofo, Arabic, digits of several
 *    systems, punctuation, marks, invisibles, and any assigned character),
 *    the skeleton, the restriction level, the checker's results (restriction
 *    level, mixed numbers, invisible, hidden overlay) and the confusability
 *    with a second string (often built from the first by swapping in
 *    confusable characters) are compared with ICU.
 * Every disagreement must involve a listed code point (in the input or its
 * NFD) whose reason can affect that operation; otherwise the test fails.
 * A summary gives the agreements and the explained differences per reason.
 * Exits 77 (skip) if the Unicode data or the list is not available. */
#include "util.h"
#include "unspoof.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uspoof.h>
#include <unicode/utypes.h>

#define NCP 0x110000
enum { R_NEW = 1, R_CONF = 2, R_IGN = 4, R_SCR = 8, R_GC = 16, NREASONS = 5 };
static const char *const reason_names[NREASONS] = {"new", "confusable", "ignorable",
                                                   "scripts", "gc"};
enum { OP_SKEL_CP, OP_SKEL, OP_LEVEL, OP_CHECKS, OP_CONF, NOPS };
static const char *const op_names[NOPS] = {"skeleton(code point)", "skeleton(string)",
                                           "restriction level", "checker results",
                                           "areConfusable"};
static const unsigned op_relevant[NOPS] = {
	R_NEW | R_CONF | R_IGN, R_NEW | R_CONF | R_IGN, R_NEW | R_SCR,
	R_NEW | R_SCR | R_GC | R_CONF, R_NEW | R_CONF | R_IGN | R_SCR,
};

static uint8_t *listed;  /* reasons per code point, from the list file */
static unsigned long agree[NOPS], differ[NOPS][NREASONS], unexplained[NOPS];

/* ------------------------------------------------------------ data files */

typedef void (*line_fn)(uint32_t lo, uint32_t hi, char **f, int nf, void *ctx);

static char *trim(char *s)
{
	char *e;
	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = 0;
	return s;
}

/* Calls fn for each "XXXX[..YYYY] ; f1 ; f2 ..." line of the file. */
static int each_line(const char *path, line_fn fn, void *ctx)
{
	char line[4096];
	FILE *fp = fopen(path, "r");
	if (!fp) {
		fprintf(stderr, "cannot open %s\n", path);
		return -1;
	}
	while (fgets(line, sizeof line, fp)) {
		char *f[16], *p, *hash = strchr(line, '#');
		int nf = 0;
		unsigned long lo, hi;
		if (hash)
			*hash = 0;
		p = trim(line);
		if (!*p)
			continue;
		while (nf < 16) {
			char *semi = strchr(p, ';');
			if (semi)
				*semi = 0;
			f[nf++] = trim(p);
			if (!semi)
				break;
			p = semi + 1;
		}
		lo = strtoul(f[0], &p, 16);
		hi = lo;
		if (p[0] == '.' && p[1] == '.')
			hi = strtoul(p + 2, NULL, 16);
		if (hi >= NCP || lo > hi)
			continue;
		fn((uint32_t)lo, (uint32_t)hi, f + 1, nf - 1, ctx);
	}
	fclose(fp);
	return 0;
}

/* Per-code-point string values, interned as small integers. */
struct strtab {
	char **s;
	size_t n, cap;
};
static uint16_t intern(struct strtab *t, const char *s)
{
	size_t i;
	for (i = 0; i < t->n; i++)
		if (!strcmp(t->s[i], s))
			return (uint16_t)i;
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->s = realloc(t->s, t->cap * sizeof *t->s);
	}
	t->s[t->n] = strdup(s);
	return (uint16_t)t->n++;
}
static struct strtab strings; /* shared by every per-cp table */

struct vals {
	uint16_t *v;
	int field;
};
static void set_vals(uint32_t lo, uint32_t hi, char **f, int nf, void *ctx)
{
	struct vals *x = ctx;
	uint32_t c;
	uint16_t id;
	char key[512];
	if (nf <= x->field)
		return;
	snprintf(key, sizeof key, "%s", f[x->field]);
	id = intern(&strings, key);
	for (c = lo; c <= hi; c++)
		x->v[c] = id;
}
static void set_flag_di(uint32_t lo, uint32_t hi, char **f, int nf, void *ctx)
{
	uint8_t *v = ctx;
	uint32_t c;
	if (nf >= 1 && !strcmp(f[0], "Default_Ignorable_Code_Point"))
		for (c = lo; c <= hi; c++)
			v[c] = 1;
}

/* UnicodeData.txt General_Category (ranges expanded). */
static int load_gc(const char *path, uint16_t *gc)
{
	char line[1024];
	FILE *fp = fopen(path, "r");
	unsigned long first = 0;
	if (!fp) {
		fprintf(stderr, "cannot open %s\n", path);
		return -1;
	}
	while (fgets(line, sizeof line, fp)) {
		char *f[4], *p = line;
		int i;
		unsigned long c;
		for (i = 0; i < 4; i++) {
			f[i] = p;
			p = strchr(p, ';');
			if (!p)
				break;
			*p++ = 0;
		}
		if (i < 3)
			continue;
		c = strtoul(f[0], NULL, 16);
		if (strstr(f[1], ", First>")) {
			first = c;
			continue;
		}
		if (strstr(f[1], ", Last>")) {
			unsigned long x;
			for (x = first; x <= c; x++)
				gc[x] = intern(&strings, f[2]);
			continue;
		}
		gc[c] = intern(&strings, f[2]);
	}
	fclose(fp);
	return 0;
}

struct version_data {
	uint16_t *age, *sc, *scx, *conf, *gc;
	uint8_t *di;
};

static void free_version(struct version_data *d)
{
	free(d->age);
	free(d->sc);
	free(d->scx);
	free(d->conf);
	free(d->gc);
	free(d->di);
	memset(d, 0, sizeof *d);
}

/* Loads one version's tables into *d; on failure returns -1 with *d freed. */
static int load_version(const char *dir, struct version_data *d, int want_di)
{
	char path[4096];
	struct vals v;
	uint16_t none = intern(&strings, "");
	size_t i;
	d->age = malloc(NCP * sizeof(uint16_t));
	d->sc = malloc(NCP * sizeof(uint16_t));
	d->scx = malloc(NCP * sizeof(uint16_t));
	d->conf = malloc(NCP * sizeof(uint16_t));
	d->gc = malloc(NCP * sizeof(uint16_t));
	d->di = calloc(NCP, 1);
	if (!d->age || !d->sc || !d->scx || !d->conf || !d->gc || !d->di) {
		free_version(d);
		return -1;
	}
	for (i = 0; i < NCP; i++)
		d->age[i] = d->sc[i] = d->scx[i] = d->conf[i] = d->gc[i] = none;
#define LOAD(rel, arr, fld)                                              \
	do {                                                             \
		snprintf(path, sizeof path, "%s/%s", dir, rel);          \
		v.v = arr;                                               \
		v.field = fld;                                           \
		if (each_line(path, set_vals, &v)) {                     \
			free_version(d);                                 \
			return -1;                                       \
		}                                                        \
	} while (0)
	LOAD("ucd/DerivedAge.txt", d->age, 0);
	LOAD("ucd/Scripts.txt", d->sc, 0);
	LOAD("ucd/ScriptExtensions.txt", d->scx, 0);
	LOAD("security/confusables.txt", d->conf, 0);
#undef LOAD
	snprintf(path, sizeof path, "%s/ucd/UnicodeData.txt", dir);
	if (load_gc(path, d->gc)) {
		free_version(d);
		return -1;
	}
	if (want_di) {
		snprintf(path, sizeof path, "%s/ucd/DerivedCoreProperties.txt", dir);
		if (each_line(path, set_flag_di, d->di)) {
			free_version(d);
			return -1;
		}
	}
	return 0;
}

static void set_listed(uint32_t lo, uint32_t hi, char **f, int nf, void *ctx)
{
	uint32_t c;
	int r;
	(void)ctx;
	for (r = 0; r < NREASONS; r++)
		if (nf >= 1 && !strcmp(f[0], reason_names[r]))
			break;
	if (r == NREASONS) {
		CHECK(0, "unknown reason '%s' in the list", nf ? f[0] : "");
		return;
	}
	for (c = lo; c <= hi; c++)
		listed[c] |= (uint8_t)(1u << r);
}

/* Re-derives the list from the data files; returns 0, or -1 if unavailable. */
static int verify_list(const char *dir17, const char *dir15)
{
	struct version_data a, b;
	uint16_t none = intern(&strings, "");
	unsigned long mismatches = 0, per[NREASONS] = {0};
	uint32_t c;
	if (load_version(dir15, &a, 0))
		return -1;
	if (load_version(dir17, &b, 1)) {
		free_version(&a);
		return -1;
	}
	for (c = 0; c < NCP; c++) {
		unsigned want = 0, r;
		int in15 = a.age[c] != none, in17 = b.age[c] != none;
		if (in17 && !in15)
			want |= R_NEW;
		if (a.conf[c] != b.conf[c])
			want |= R_CONF;
		if (b.di[c])
			want |= R_IGN;
		if (in15 && (a.sc[c] != b.sc[c] || a.scx[c] != b.scx[c]))
			want |= R_SCR;
		if (in15 && a.gc[c] != b.gc[c])
			want |= R_GC;
		for (r = 0; r < NREASONS; r++)
			if (want & (1u << r))
				per[r]++;
		if (want != listed[c]) {
			if (mismatches++ < 10)
				CHECK(0, "version list: U+%04X is listed with reasons %#x, the data says %#x",
				      (unsigned)c, listed[c], want);
		}
	}
	CHECK(mismatches == 0, "version list matches the 15.0/17.0 data (%lu mismatches)",
	      mismatches);
	printf("version differences 15.0 -> 17.0:");
	for (c = 0; c < NREASONS; c++)
		printf(" %s=%lu", reason_names[c], per[c]);
	printf("\n");
	free_version(&a);
	free_version(&b);
	return 0;
}

/* --------------------------------------------------------------- helpers */

static size_t enc(uint32_t cp, char *out)
{
	return unspoof_utf8_encode(cp, out);
}

/* The listed reasons of the code points of s and of its NFD. */
static unsigned reasons_of(const char *s, size_t len)
{
	char nfd[1024];
	size_t n = 0, i;
	unsigned r = 0;
	const char *bufs[2];
	size_t lens[2];
	int k;
	bufs[0] = s;
	lens[0] = len;
	bufs[1] = nfd;
	lens[1] = 0;
	if (unspoof_normalize(UNSPOOF_NFD, s, len, nfd, sizeof nfd, &n, 0) == UNSPOOF_OK)
		lens[1] = n;
	for (k = 0; k < 2; k++)
		for (i = 0; i < lens[k];) {
			uint32_t cp;
			size_t m = unspoof_utf8_decode(bufs[k] + i, lens[k] - i, &cp);
			if (cp < NCP)
				r |= listed[cp];
			i += m;
		}
	return r;
}

static void escape(const char *s, size_t n, char *out, size_t cap)
{
	test_escape(s, n, out, cap);
}

/* Records one comparison; returns 1 if the outcome is acceptable. */
static int record(int op, int same, const char *s, size_t len, const char *s2, size_t len2,
                  const char *detail)
{
	unsigned r, rel;
	int i;
	if (same) {
		agree[op]++;
		return 1;
	}
	r = reasons_of(s, len);
	if (s2)
		r |= reasons_of(s2, len2);
	rel = r & op_relevant[op];
	for (i = 0; i < NREASONS; i++)
		if (rel & (1u << i)) {
			differ[op][i]++;
			return 1;
		}
	unexplained[op]++;
	if (unexplained[op] <= 10) {
		char e1[512], e2[512] = "";
		escape(s, len, e1, sizeof e1);
		if (s2)
			escape(s2, len2, e2, sizeof e2);
		CHECK(0, "%s differs from ICU with no version reason: [%s]%s%s%s: %s", op_names[op],
		      e1, s2 ? " vs [" : "", e2, s2 ? "]" : "", detail);
	}
	return 0;
}

/* ------------------------------------------------------------ ICU side */

static USpoofChecker *icu;

static size_t icu_skeleton(const char *s, size_t len, char *out, size_t cap)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t n = uspoof_getSkeletonUTF8(icu, 0, s, (int32_t)len, out, (int32_t)cap, &e);
	if (U_FAILURE(e)) {
		CHECK(0, "uspoof_getSkeletonUTF8 failed: %s", u_errorName(e));
		return 0;
	}
	return (size_t)n;
}

/* ----------------------------------------------------------- test parts */

static void test_all_code_points(void)
{
	uint32_t cp;
	char in[4], a[256], b[256];
	for (cp = 0; cp < NCP; cp++) {
		size_t n, na, nb = 0;
		int rc;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = enc(cp, in);
		na = icu_skeleton(in, n, a, sizeof a);
		rc = unspoof_skeleton(in, n, b, sizeof b, &nb, 0);
		if (rc != UNSPOOF_OK) {
			CHECK(0, "unspoof_skeleton(U+%04X) failed: %d", (unsigned)cp, rc);
			continue;
		}
		if (!record(OP_SKEL_CP, na == nb && !memcmp(a, b, na), in, n, NULL, 0, "skeleton")) {
			if (unexplained[OP_SKEL_CP] <= 10)
				CHECK_BYTES("skeleton vs ICU", in, n, a, na, b, nb);
		}
	}
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Dull;
}
static uint32_t pick(uint32_t lo, uint32_t hi)
{
	return lo + (uint32_t)(rnd() % (hi - lo + 1));
}

static const uint32_t common_chars[] = {
	'-', '_', '.', '\'', ' ', 0x00B7, 0x30FB, 0x3001, 0x30FC, 0x2010, 0x00A0, 0x0640,
	0x060C, 0x0964, 0x3005, 0xFF0E, '(', ')', '[', ']', '<', '>', 0x2329, 0x232A,
};
static const uint32_t digit_zeros[] = {
	'0', 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1040,
	0x07C0, 0x1090, 0x19D0, 0xA8D0, 0x104A0,
};
static const uint32_t marks[] = {
	0x0300, 0x0301, 0x0302, 0x0303, 0x0307, 0x0308, 0x030C, 0x0327, 0x0328, 0x0331,
	0x0338, 0x064B, 0x064E, 0x0651, 0x0670, 0x3099, 0x309A, 0x093C, 0x0E31, 0x1AB0,
	0x20D7, 0x0483, 0x05B4, 0x0345,
};
static const uint32_t invisibles[] = {0x200B, 0x00AD, 0x200D, 0x200C, 0x2060, 0xFE0F,
                                      0x034F, 0x061C, 0x200E, 0x202E, 0x180E, 0x115F};

static uint32_t random_assigned(void)
{
	for (;;) {
		uint32_t cp = pick(0, 0x10FFFF);
		unspoof_char_info ci;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		unspoof_char_info_get(cp, &ci);
		if (ci.general_category != UNSPOOF_GC_Cn || rnd() % 64 == 0)
			return cp;
	}
}

static uint32_t random_char(int mix)
{
	unsigned r = (unsigned)(rnd() % 100);
	/* mix selects the favoured scripts of this string. */
	switch ((mix + r) % 17) {
	case 0: case 1: case 2:
		return rnd() % 2 ? pick('a', 'z') : pick('A', 'Z');
	case 3:
		return pick(0x00C0, 0x024F);
	case 4: case 5:
		return pick(0x0400, 0x045F);
	case 6:
		return pick(0x0370, 0x03FF);
	case 7:
		return pick(0x4E00, 0x4FFF);
	case 8:
		return rnd() % 2 ? pick(0x3041, 0x3096) : pick(0x30A1, 0x30FA);
	case 9:
		return rnd() % 2 ? pick(0xAC00, 0xAD00) : pick(0x3105, 0x312F);
	case 10:
		return pick(0x0620, 0x064A);
	case 11: {
		uint32_t z = digit_zeros[rnd() % (sizeof digit_zeros / sizeof *digit_zeros)];
		return z + (uint32_t)(rnd() % 10);
	}
	case 12:
		return common_chars[rnd() % (sizeof common_chars / sizeof *common_chars)];
	case 13:
		return marks[rnd() % (sizeof marks / sizeof *marks)];
	case 14:
		return rnd() % 4 ? pick('0', '9') : invisibles[rnd() % (sizeof invisibles / sizeof *invisibles)];
	case 15:
		return rnd() % 3 ? pick(0x0900, 0x097F) : pick(0x0530, 0x058F);
	default:
		return random_assigned();
	}
}

/* Code points grouped by their (single code point) prototype. */
static uint32_t *by_proto;      /* code points sorted by prototype */
static uint32_t *proto_key;     /* prototype of by_proto[i] */
static size_t nproto;

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static void build_classes(void)
{
	uint64_t *pairs = malloc(NCP * sizeof *pairs);
	uint32_t cp;
	size_t i;
	for (cp = 0; cp < NCP; cp++) {
		uint32_t proto[UNSPOOF_PROTOTYPE_MAX];
		size_t n;
		if (unspoof_confusable_prototype(cp, proto, UNSPOOF_PROTOTYPE_MAX, &n) == 0 &&
		    n == 1 && proto[0] != cp)
			pairs[nproto++] = (uint64_t)proto[0] << 32 | cp;
	}
	/* The prototypes themselves belong to their class. */
	for (i = 0, cp = (uint32_t)nproto; i < cp; i++)
		pairs[nproto++] = (pairs[i] >> 32) << 32 | (pairs[i] >> 32);
	qsort(pairs, nproto, sizeof *pairs, cmp_u64);
	by_proto = malloc(nproto * sizeof *by_proto);
	proto_key = malloc(nproto * sizeof *proto_key);
	for (i = 0, cp = 0; i < nproto; i++) {
		if (i && pairs[i] == pairs[i - 1])
			continue;
		proto_key[cp] = (uint32_t)(pairs[i] >> 32);
		by_proto[cp++] = (uint32_t)pairs[i];
	}
	nproto = cp;
	free(pairs);
}

/* A random code point confusable with cp (cp itself if it has no class). */
static uint32_t confusable_with(uint32_t cp)
{
	uint32_t proto[UNSPOOF_PROTOTYPE_MAX], key;
	size_t n, lo = 0, hi = nproto, first, count;
	if (unspoof_confusable_prototype(cp, proto, UNSPOOF_PROTOTYPE_MAX, &n) || n != 1)
		return cp;
	key = proto[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (proto_key[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	while (lo < nproto && proto_key[lo] == key)
		lo++;
	count = lo - first;
	return count ? by_proto[first + rnd() % count] : cp;
}

static int level_from_icu(URestrictionLevel l)
{
	switch (l) {
	case USPOOF_ASCII: return UNSPOOF_LEVEL_ASCII;
	case USPOOF_SINGLE_SCRIPT_RESTRICTIVE: return UNSPOOF_LEVEL_SINGLE_SCRIPT;
	case USPOOF_HIGHLY_RESTRICTIVE: return UNSPOOF_LEVEL_HIGHLY;
	case USPOOF_MODERATELY_RESTRICTIVE: return UNSPOOF_LEVEL_MODERATELY;
	case USPOOF_MINIMALLY_RESTRICTIVE: return UNSPOOF_LEVEL_MINIMALLY;
	default: return UNSPOOF_LEVEL_UNRESTRICTED;
	}
}

#define NSTRINGS 120000
#define ICU_CHECK_MASK (USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS | \
                        USPOOF_HIDDEN_OVERLAY)

static void test_random_strings(void)
{
	unspoof_checker *ck = unspoof_checker_new();
	USpoofCheckResult *cr;
	UErrorCode e = U_ZERO_ERROR;
	unsigned long k;
	cr = uspoof_openCheckResult(&e);
	CHECK(ck && U_SUCCESS(e), "checkers created");
	for (k = 0; k < NSTRINGS; k++) {
		char s[128], t[128], a[1024], b[1024], detail[128];
		size_t n = 0, m = 0, na, nb = 0, i, nchars = 1 + (size_t)(rnd() % 12);
		int mix = (int)(rnd() % 17), lv = 0, rc;
		unsigned ours = 0;
		int32_t theirs, ichecks;
		unspoof_check_result res;
		uint32_t cps[12];

		for (i = 0; i < nchars; i++) {
			cps[i] = random_char(mix);
			n += enc(cps[i], s + n);
		}
		/* skeleton */
		na = icu_skeleton(s, n, a, sizeof a);
		rc = unspoof_skeleton(s, n, b, sizeof b, &nb, 0);
		CHECK(rc == 0, "unspoof_skeleton rc %d", rc);
		if (!record(OP_SKEL, na == nb && !memcmp(a, b, na), s, n, NULL, 0, "skeleton") &&
		    unexplained[OP_SKEL] <= 10)
			CHECK_BYTES("string skeleton vs ICU", s, n, a, na, b, nb);
		/* restriction level and checks */
		e = U_ZERO_ERROR;
		ichecks = uspoof_check2UTF8(icu, s, (int32_t)n, cr, &e);
		rc = unspoof_restriction_level(s, n, UNSPOOF_LEVEL_ANY_CHARS, &lv);
		snprintf(detail, sizeof detail, "ICU level %d, ours %d",
		         level_from_icu(uspoof_getCheckResultRestrictionLevel(cr, &e)), lv);
		record(OP_LEVEL, rc == 0 && lv == level_from_icu(uspoof_getCheckResultRestrictionLevel(cr, &e)),
		       s, n, NULL, 0, detail);
		rc = unspoof_checker_check(ck, s, n, 0, &res);
		snprintf(detail, sizeof detail, "ICU checks %#x, ours %#x",
		         (unsigned)(ichecks & ICU_CHECK_MASK), res.failed & ICU_CHECK_MASK);
		record(OP_CHECKS, rc == 0 && (unsigned)(ichecks & ICU_CHECK_MASK) ==
		                                 (res.failed & ICU_CHECK_MASK),
		       s, n, NULL, 0, detail);
		/* a second string: usually a confusable variant of the first */
		if (rnd() % 5 == 0) {
			size_t nc2 = 1 + (size_t)(rnd() % 12);
			for (i = 0; i < nc2; i++)
				m += enc(random_char((int)(rnd() % 17)), t + m);
		} else {
			for (i = 0; i < nchars; i++)
				m += enc(rnd() % 2 ? confusable_with(cps[i]) : cps[i], t + m);
		}
		e = U_ZERO_ERROR;
		theirs = uspoof_areConfusableUTF8(icu, s, (int32_t)n, t, (int32_t)m, &e);
		rc = unspoof_confusable(s, n, t, m, 0, &ours);
		snprintf(detail, sizeof detail, "ICU %#x, ours %#x", (unsigned)theirs, ours);
		record(OP_CONF, rc == 0 && U_SUCCESS(e) && (unsigned)theirs == ours, s, n, t, m,
		       detail);
	}
	uspoof_closeCheckResult(cr);
	unspoof_checker_free(ck);
}

/* Frees everything main() and its helpers allocated (leak checkers). */
static void free_all(void)
{
	size_t i;
	for (i = 0; i < strings.n; i++)
		free(strings.s[i]);
	free(strings.s);
	memset(&strings, 0, sizeof strings);
	free(listed);
	free(by_proto);
	free(proto_key);
	listed = NULL;
	by_proto = proto_key = NULL;
}

int main(void)
{
	const char *dir17 = test_unicode_dir(), *e15 = getenv("UNICODE_DIR_15"),
	           *src = getenv("UNSPOOF_SRCDIR");
	char dir15[4096], listpath[4096];
	UErrorCode e = U_ZERO_ERROR;
	int op, r;

	if (!dir17)
		return TEST_SKIP;
	if (e15 && *e15)
		snprintf(dir15, sizeof dir15, "%s", e15);
	else
		snprintf(dir15, sizeof dir15, "%s/../15.0.0", dir17);
	snprintf(listpath, sizeof listpath, "%s%stests/differential/uspoof_version_diffs.txt",
	         src ? src : "", src ? "/" : "");
	listed = calloc(NCP, 1);
	if (!listed) {
		CHECK(0, "out of memory");
		return test_finish("diff_icu_uspoof");
	}
	if (each_line(listpath, set_listed, NULL)) {
		fprintf(stderr, "skipped: run from the source tree or set UNSPOOF_SRCDIR\n");
		free_all();
		return TEST_SKIP;
	}
	if (verify_list(dir17, dir15)) {
		fprintf(stderr,
		        "skipped: the Unicode 15.0 data files (ICU 72's version) are needed too;\n"
		        "  set UNICODE_DIR_15 (default: $UNICODE_DIR/../15.0.0)\n");
		free_all();
		return TEST_SKIP;
	}
	icu = uspoof_open(&e);
	if (U_FAILURE(e)) {
		CHECK(0, "uspoof_open: %s", u_errorName(e));
		free_all();
		return test_finish("diff_icu_uspoof");
	}
	build_classes();
	test_all_code_points();
	test_random_strings();
	uspoof_close(icu);

	for (op = 0; op < NOPS; op++) {
		printf("%-22s agree %lu", op_names[op], agree[op]);
		for (r = 0; r < NREASONS; r++)
			if (differ[op][r])
				printf(", differ (%s) %lu", reason_names[r], differ[op][r]);
		if (unexplained[op])
			printf(", UNEXPLAINED %lu", unexplained[op]);
		printf("\n");
		CHECK(unexplained[op] == 0, "%s: every difference from ICU has a version reason",
		      op_names[op]);
	}
	free_all();
	return test_finish("diff_icu_uspoof");
}
