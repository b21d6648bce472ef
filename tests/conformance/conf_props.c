/* Property lookups against the Unicode data files, for every code point.
 *
 * This test parses UnicodeData.txt, Scripts.txt, ScriptExtensions.txt,
 * PropList.txt, DerivedCoreProperties.txt, extracted/DerivedBidiClass.txt,
 * CaseFolding.txt, IdentifierStatus.txt, IdentifierType.txt and
 * confusables.txt itself (independently of the Python generators) and
 * compares each code point 0..0x10FFFF with the library's answers. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "util.h"

#define NCP 0x110000

/* Per-code-point expectations. */
static struct exp {
	char gc[3];
	unsigned char ccc;
	signed char digit;
	short script;      /* index via unspoof_script_from_name, -1 = unset */
	unsigned flags;
	unsigned idtype;
	unsigned char allowed;
	unsigned char bc;  /* 255 = unset */
	uint32_t lower, upper, title, fold;
	int scx_listed;
} *E;

/* Splits a data line into fields at ';', trimming blanks; strips comments.
 * Returns the number of fields. */
static int split(char *line, char **f, int max)
{
	int n = 0;
	char *p = strchr(line, '#');
	if (p)
		*p = '\0';
	p = line;
	while (n < max) {
		char *e = strchr(p, ';');
		if (e)
			*e = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		char *t = p + strlen(p);
		while (t > p && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\n' || t[-1] == '\r'))
			*--t = '\0';
		f[n++] = p;
		if (!e)
			break;
		p = e + 1;
	}
	return n;
}

static int range_of(const char *s, uint32_t *lo, uint32_t *hi)
{
	char *end;
	*lo = (uint32_t)strtoul(s, &end, 16);
	if (end == s)
		return 0;
	if (end[0] == '.' && end[1] == '.')
		*hi = (uint32_t)strtoul(end + 2, NULL, 16);
	else
		*hi = *lo;
	return 1;
}

typedef void (*range_fn)(uint32_t lo, uint32_t hi, char **f, int n, void *ctx);

/* Calls fn for each data line of relpath. Returns 0 if the file is missing. */
static int each_range(const char *rel, range_fn fn, void *ctx)
{
	char line[4096];
	char *f[16];
	FILE *fp = test_open_data(rel);
	if (!fp)
		return 0;
	while (fgets(line, sizeof line, fp)) {
		uint32_t lo, hi;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		int n = split(line, f, 16);
		if (n < 2 || !range_of(f[0], &lo, &hi))
			continue;
		fn(lo, hi, f + 1, n - 1, ctx);
	}
	fclose(fp);
	return 1;
}

static int load_unicode_data(void)
{
	char line[4096];
	char *f[16];
	uint32_t first = 0;
	FILE *fp = test_open_data("ucd/UnicodeData.txt");
	if (!fp)
		return 0;
	while (fgets(line, sizeof line, fp)) {
		if (split(line, f, 16) < 15)
			continue;
		uint32_t cp = (uint32_t)strtoul(f[0], NULL, 16), lo = cp;
		if (strstr(f[1], ", First>")) {
			first = cp;
			continue;
		}
		if (strstr(f[1], ", Last>"))
			lo = first;
		for (uint32_t c = lo; c <= cp; c++) {
			struct exp *e = &E[c];
			memcpy(e->gc, f[2], 2);
			e->ccc = (unsigned char)atoi(f[3]);
			e->digit = strcmp(f[2], "Nd") == 0 ? (signed char)atoi(f[6]) : -1;
			e->upper = *f[12] ? (uint32_t)strtoul(f[12], NULL, 16) : c;
			e->lower = *f[13] ? (uint32_t)strtoul(f[13], NULL, 16) : c;
			e->title = *f[14] ? (uint32_t)strtoul(f[14], NULL, 16) : e->upper;
		}
	}
	fclose(fp);
	return 1;
}

static void on_script(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)n; (void)ctx;
	int s = unspoof_script_from_name(f[0]);
	CHECK(s >= 0, "Scripts.txt value %s is unknown to the library", f[0]);
	for (uint32_t c = lo; c <= hi; c++)
		E[c].script = (short)s;
}

/* Script_Extensions: compared directly as each line is read. */
static void on_scx(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)n; (void)ctx;
	unspoof_script_set want;
	char buf[1024], *tok, *save = NULL;
	memset(&want, 0, sizeof want);
	snprintf(buf, sizeof buf, "%s", f[0]);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		int s = unspoof_script_from_name(tok);
		CHECK(s >= 0, "ScriptExtensions.txt value %s is unknown", tok);
		if (s >= 0)
			want.bits[s >> 6] |= (uint64_t)1 << (s & 63);
	}
	for (uint32_t c = lo; c <= hi; c++) {
		unspoof_script_set got;
		unspoof_script_extensions(c, &got);
		CHECK(memcmp(&got, &want, sizeof got) == 0, "Script_Extensions of U+%04X (%s)",
		      (unsigned)c, f[0]);
		E[c].scx_listed = 1;
	}
}

struct flagctx {
	const char *prop;
	unsigned bit;
};

static void on_flag(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	struct flagctx *fc = ctx;
	if (n < 1 || strcmp(f[0], fc->prop) != 0)
		return;
	for (uint32_t c = lo; c <= hi; c++)
		E[c].flags |= fc->bit;
}

static void on_casefold(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)ctx; (void)hi;
	if (n >= 2 && (!strcmp(f[0], "C") || !strcmp(f[0], "S")))
		E[lo].fold = (uint32_t)strtoul(f[1], NULL, 16);
}

static void on_idstatus(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)ctx; (void)n;
	for (uint32_t c = lo; c <= hi; c++)
		E[c].allowed = strcmp(f[0], "Allowed") == 0;
}

static const char *const idtype_names[] = {
	"Not_Character", "Deprecated", "Default_Ignorable", "Not_NFKC", "Not_XID", "Exclusion",
	"Obsolete", "Technical", "Uncommon_Use", "Limited_Use", "Inclusion", "Recommended",
};

static void on_idtype(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)ctx; (void)n;
	unsigned v = 0;
	char buf[512], *tok, *save = NULL;
	snprintf(buf, sizeof buf, "%s", f[0]);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		unsigned i, found = 0;
		for (i = 0; i < sizeof idtype_names / sizeof idtype_names[0]; i++)
			if (!strcmp(tok, idtype_names[i])) {
				v |= 1u << i;
				found = 1;
			}
		CHECK(found, "unknown Identifier_Type %s", tok);
	}
	for (uint32_t c = lo; c <= hi; c++)
		E[c].idtype = v;
}

static const char *const bc_names[] = {
	"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
	"LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
};
/* Long Bidi_Class names used in @missing lines of DerivedBidiClass.txt. */
static const char *const bc_long[] = {
	"Left_To_Right", "Right_To_Left", "Arabic_Letter", "European_Number",
	"European_Separator", "European_Terminator", "Arabic_Number", "Common_Separator",
	"Nonspacing_Mark", "Boundary_Neutral", "Paragraph_Separator", "Segment_Separator",
	"White_Space", "Other_Neutral", "Left_To_Right_Embedding", "Left_To_Right_Override",
	"Right_To_Left_Embedding", "Right_To_Left_Override", "Pop_Directional_Format",
	"Left_To_Right_Isolate", "Right_To_Left_Isolate", "First_Strong_Isolate",
	"Pop_Directional_Isolate",
};

static int bc_index(const char *s)
{
	for (int i = 0; i < 23; i++)
		if (!strcmp(s, bc_names[i]) || !strcmp(s, bc_long[i]))
			return i;
	return -1;
}

static void on_bidi(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)ctx; (void)n;
	int b = bc_index(f[0]);
	CHECK(b >= 0, "unknown Bidi_Class %s", f[0]);
	for (uint32_t c = lo; c <= hi; c++)
		E[c].bc = (unsigned char)b;
}

static int load_bidi_missing(void)
{
	char line[512];
	FILE *fp = test_open_data("ucd/extracted/DerivedBidiClass.txt");
	if (!fp)
		return 0;
	while (fgets(line, sizeof line, fp)) {
		char *p = strstr(line, "@missing:");
		uint32_t lo, hi;
		char *f[4];
		if (!p || split(p + 9, f, 4) < 2 || !range_of(f[0], &lo, &hi))
			continue;
		int b = bc_index(f[1]);
		CHECK(b >= 0, "unknown @missing Bidi_Class %s", f[1]);
		for (uint32_t c = lo; c <= hi; c++)
			E[c].bc = (unsigned char)b;
	}
	fclose(fp);
	return 1;
}

/* confusables.txt: compared line by line; unlisted code points map to
 * themselves (checked afterwards). */
static unsigned char *conf_listed;
static unsigned long conf_lines;

static void on_confusable(uint32_t lo, uint32_t hi, char **f, int n, void *ctx)
{
	(void)ctx; (void)hi; (void)n;
	uint32_t want[64], got[64];
	size_t nw = 0, ng = 0;
	char *p = f[0];
	while (*p && nw < 64) {
		char *end;
		unsigned long v = strtoul(p, &end, 16);
		if (end == p)
			break;
		want[nw++] = (uint32_t)v;
		p = end;
	}
	int rc = unspoof_confusable_prototype(lo, got, 64, &ng);
	CHECK(rc == UNSPOOF_OK && ng == nw && memcmp(got, want, nw * sizeof *got) == 0,
	      "confusable prototype of U+%04X: expected %zu code points starting U+%04X, got %zu "
	      "starting U+%04X", (unsigned)lo, nw, (unsigned)want[0], ng, (unsigned)got[0]);
	conf_listed[lo] = 1;
	conf_lines++;
}

int main(void)
{
	if (!test_unicode_dir())
		return TEST_SKIP;
	E = calloc(NCP, sizeof *E);
	conf_listed = calloc(NCP, 1);
	if (!E || !conf_listed)
		return 2;
	for (uint32_t c = 0; c < NCP; c++) {
		memcpy(E[c].gc, "Cn", 2);
		E[c].digit = -1;
		E[c].script = (short)unspoof_script_from_name("Zzzz");
		E[c].lower = E[c].upper = E[c].title = E[c].fold = c;
		E[c].idtype = 1; /* Not_Character */
		E[c].bc = 255;
	}
	struct flagctx flags[] = {
		{"Default_Ignorable_Code_Point", UNSPOOF_PROP_DEFAULT_IGNORABLE},
		{"Bidi_Control", UNSPOOF_PROP_BIDI_CONTROL},
		{"White_Space", UNSPOOF_PROP_WHITE_SPACE},
		{"Join_Control", UNSPOOF_PROP_JOIN_CONTROL},
		{"Alphabetic", UNSPOOF_PROP_ALPHABETIC},
		{"Lowercase", UNSPOOF_PROP_LOWERCASE},
		{"Uppercase", UNSPOOF_PROP_UPPERCASE},
		{"XID_Start", UNSPOOF_PROP_XID_START},
		{"XID_Continue", UNSPOOF_PROP_XID_CONTINUE},
		{"Variation_Selector", UNSPOOF_PROP_VARIATION_SELECTOR},
		{"Regional_Indicator", UNSPOOF_PROP_REGIONAL_INDICATOR},
		{"Extended_Pictographic", UNSPOOF_PROP_EXTENDED_PICTOGRAPHIC},
		{"Emoji_Component", UNSPOOF_PROP_EMOJI_COMPONENT},
		{"Noncharacter_Code_Point", UNSPOOF_PROP_NONCHARACTER},
		{"Math", UNSPOOF_PROP_MATH},
		{"Diacritic", UNSPOOF_PROP_DIACRITIC},
	};
	const char *flagfile[] = {
		"ucd/DerivedCoreProperties.txt", "ucd/PropList.txt", "ucd/PropList.txt",
		"ucd/PropList.txt", "ucd/DerivedCoreProperties.txt", "ucd/DerivedCoreProperties.txt",
		"ucd/DerivedCoreProperties.txt", "ucd/DerivedCoreProperties.txt",
		"ucd/DerivedCoreProperties.txt", "ucd/PropList.txt", "ucd/PropList.txt",
		"ucd/emoji/emoji-data.txt", "ucd/emoji/emoji-data.txt", "ucd/PropList.txt",
		"ucd/DerivedCoreProperties.txt", "ucd/PropList.txt",
	};
	int ok = load_unicode_data() && each_range("ucd/Scripts.txt", on_script, NULL) &&
	         each_range("ucd/CaseFolding.txt", on_casefold, NULL) &&
	         each_range("security/IdentifierStatus.txt", on_idstatus, NULL) &&
	         each_range("security/IdentifierType.txt", on_idtype, NULL) &&
	         load_bidi_missing() &&
	         each_range("ucd/extracted/DerivedBidiClass.txt", on_bidi, NULL);
	for (size_t i = 0; ok && i < sizeof flags / sizeof flags[0]; i++)
		ok = each_range(flagfile[i], on_flag, &flags[i]);
	if (!ok)
		return TEST_SKIP;

	unsigned long mism[12] = {0};
	const char *what[12] = {"General_Category", "ccc", "decimal digit", "Script",
	                        "binary properties", "Identifier_Type", "Identifier_Status",
	                        "Bidi_Class", "lowercase", "uppercase", "titlecase", "casefold"};
	for (uint32_t c = 0; c < NCP; c++) {
		unspoof_char_info in;
		const struct exp *e = &E[c];
		if (unspoof_char_info_get(c, &in) != UNSPOOF_OK) {
			CHECK(0, "unspoof_char_info_get(U+%04X) failed", (unsigned)c);
			continue;
		}
		const char *gc = unspoof_gc_code(in.general_category);
		int m[12] = {
			!gc || memcmp(gc, e->gc, 2) != 0, in.ccc != e->ccc, in.decimal_digit != e->digit,
			in.script != e->script, in.flags != e->flags, in.identifier_type != e->idtype,
			in.identifier_allowed != e->allowed, e->bc == 255 || in.bidi_class != e->bc,
			in.simple_lowercase != e->lower, in.simple_uppercase != e->upper,
			in.simple_titlecase != e->title, in.simple_casefold != e->fold,
		};
		for (int k = 0; k < 12; k++) {
			if (m[k] && mism[k]++ < 5)
				CHECK(0, "%s of U+%04X differs from the data files", what[k], (unsigned)c);
			else
				CHECK(!m[k], "%s of U+%04X", what[k], (unsigned)c);
		}
		if (!e->scx_listed) {
			/* Unlisted: Script_Extensions = {Script}; checked below after parse. */
		}
	}
	if (!each_range("ucd/ScriptExtensions.txt", on_scx, NULL) ||
	    !each_range("security/confusables.txt", on_confusable, NULL))
		return TEST_SKIP;
	for (uint32_t c = 0; c < NCP; c++) {
		unspoof_script_set got, want;
		uint32_t p[4];
		size_t n;
		if (!E[c].scx_listed) {
			memset(&want, 0, sizeof want);
			want.bits[E[c].script >> 6] |= (uint64_t)1 << (E[c].script & 63);
			unspoof_script_extensions(c, &got);
			CHECK(memcmp(&got, &want, sizeof got) == 0,
			      "Script_Extensions of unlisted U+%04X should be its Script", (unsigned)c);
		}
		if (!conf_listed[c]) {
			int rc = unspoof_confusable_prototype(c, p, 4, &n);
			CHECK(rc == UNSPOOF_OK && n == 1 && p[0] == c,
			      "U+%04X is not in confusables.txt but maps to something", (unsigned)c);
		}
	}
	printf("props: checked %d code points x 14 properties; %lu confusables.txt lines\n",
	       NCP, conf_lines);

	/* Error paths. */
	unspoof_char_info in;
	uint32_t buf[1];
	size_t n;
	CHECK(unspoof_char_info_get(0x110000, &in) == UNSPOOF_E_INVALID_ARG, "cp 0x110000");
	CHECK(unspoof_char_info_get(0x41, NULL) == UNSPOOF_E_NULL, "NULL info");
	CHECK(unspoof_confusable_prototype(0xFDFA, buf, 1, &n) == UNSPOOF_E_BUFFER_TOO_SMALL &&
	      n > 1, "prototype of U+FDFA needs more than one code point");
	CHECK(unspoof_confusable_prototype(0x41, NULL, 0, &n) == UNSPOOF_E_BUFFER_TOO_SMALL &&
	      n == 1, "size query");
	CHECK(unspoof_script_from_name("latin") == unspoof_script_from_name("Latn") &&
	      unspoof_script_from_name("Latn") >= 0, "script lookup by long/short name");
	CHECK(unspoof_script_from_name("Jpan") >= 0 && unspoof_script_from_name("Hanb") >= 0 &&
	      unspoof_script_from_name("Kore") >= 0, "augmented script sets exist");
	CHECK(unspoof_script_from_name("Nope") == -1 && unspoof_script_from_name(NULL) == -1,
	      "unknown script names");
	CHECK(unspoof_script_code(-1) == NULL && unspoof_script_code(unspoof_script_count()) == NULL,
	      "script index out of range");
	free(E);
	free(conf_listed);
	return test_finish("props");
}
