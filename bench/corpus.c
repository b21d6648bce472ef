/* Deterministic benchmark corpora: see corpus.h. */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ helpers */

uint64_t corpus_rand(uint64_t *s)
{
	uint64_t x = *s;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*s = x;
	return x * 0x2545F4914F6CDD1DULL;
}

/* A uniform number in [0, n). */
static unsigned pick(uint64_t *s, unsigned n)
{
	return (unsigned)((corpus_rand(s) >> 32) % n);
}

struct out {
	char *p;
	size_t n, cap;
	int oom;
};

static void put(struct out *o, const char *d, size_t n)
{
	if (o->oom)
		return;
	if (o->n + n > o->cap) {
		size_t c = o->cap ? o->cap * 2 : 1 << 16;
		char *q;
		while (c < o->n + n)
			c *= 2;
		q = realloc(o->p, c);
		if (!q) {
			o->oom = 1;
			return;
		}
		o->p = q;
		o->cap = c;
	}
	memcpy(o->p + o->n, d, n);
	o->n += n;
}

static void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static void put_cp(struct out *o, uint32_t cp)
{
	char e[4];
	size_t n;
	if (cp < 0x80) {
		e[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		e[0] = (char)(0xC0 | cp >> 6);
		e[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		e[0] = (char)(0xE0 | cp >> 12);
		e[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		e[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		e[0] = (char)(0xF0 | cp >> 18);
		e[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		e[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		e[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	put(o, e, n);
}

/* ------------------------------------------------------------- words */

enum lang { L_EN, L_RU, L_EL, L_HY, L_VI, L_TR, L_HI, L_FA, L_KA, L_COUNT };
static const char *const lang_file[L_COUNT] = {"en", "ru", "el", "hy", "vi", "tr", "hi", "fa", "ka"};

struct words {
	char *text;          /* the sample file */
	const char **w;      /* tokens, NUL-terminated in text */
	size_t n;
};
static struct words words[L_COUNT];

static int is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static int all_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* Loads eval/sample/<lang>.txt and splits it at white space. English keeps
 * only all-ASCII tokens, so that its only non-ASCII bytes are the quotes
 * and dashes the generator adds. */
static int load_words(enum lang l, const char *dir)
{
	struct words *w = &words[l];
	char path[4096];
	FILE *f;
	long len;
	char *s;
	if (w->n)
		return 0;
	snprintf(path, sizeof path, "%s/%s.txt", dir, lang_file[l]);
	f = fopen(path, "rb");
	if (!f || fseek(f, 0, SEEK_END) || (len = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET)) {
		fprintf(stderr, "bench: cannot read %s (the committed eval/sample text)\n", path);
		if (f)
			fclose(f);
		return -1;
	}
	w->text = malloc((size_t)len + 1);
	w->w = malloc(((size_t)len / 2 + 1) * sizeof *w->w);
	if (!w->text || !w->w || fread(w->text, 1, (size_t)len, f) != (size_t)len) {
		fprintf(stderr, "bench: cannot read %s\n", path);
		fclose(f);
		return -1;
	}
	fclose(f);
	w->text[len] = 0;
	for (s = w->text; *s;) {
		char *t;
		while (*s && is_space(*s))
			s++;
		if (!*s)
			break;
		t = s;
		while (*s && !is_space(*s))
			s++;
		if (*s)
			*s++ = 0;
		if (l != L_EN || all_ascii(t))
			w->w[w->n++] = t;
	}
	if (!w->n) {
		fprintf(stderr, "bench: no words in %s\n", path);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------- obfuscation */

/* Cyrillic and Greek letters that look like Latin ones. */
static uint32_t lookalike(char c)
{
	switch (c) {
	case 'a': return 0x0430;
	case 'c': return 0x0441;
	case 'e': return 0x0435;
	case 'i': return 0x0456;
	case 'n': return 0x043F; /* п */
	case 'o': return 0x043E;
	case 'p': return 0x0440;
	case 'u': return 0x03C5; /* υ */
	case 'x': return 0x0445;
	case 'y': return 0x0443;
	case 'v': return 0x03BD; /* ν */
	case 'A': return 0x0410;
	case 'B': return 0x0392;
	case 'E': return 0x0415;
	case 'H': return 0x041D;
	case 'M': return 0x041C;
	case 'O': return 0x039F;
	case 'P': return 0x0420;
	case 'T': return 0x0422;
	default: return 0;
	}
}

static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* Writes English word w, obfuscated by one family (30% of words). */
static void put_obfuscated(struct out *o, const char *w, uint64_t *rs)
{
	size_t i, n = strlen(w);
	unsigned r = pick(rs, 100);
	if (r >= 30) {
		put(o, w, n);
		return;
	}
	r = pick(rs, 100);
	for (i = 0; i < n; i++) {
		char c = w[i];
		uint32_t cp = 0;
		if (r < 55) { /* Cyrillic/Greek lookalikes, each eligible letter 1 in 2 */
			if (pick(rs, 2))
				cp = lookalike(c);
		} else if (r < 70) { /* mathematical bold */
			cp = is_lower(c) ? 0x1D41Au + (uint32_t)(c - 'a')
			   : is_upper(c) ? 0x1D400u + (uint32_t)(c - 'A') : 0;
		} else if (r < 80) { /* fullwidth */
			cp = is_lower(c) ? 0xFF41u + (uint32_t)(c - 'a')
			   : is_upper(c) ? 0xFF21u + (uint32_t)(c - 'A') : 0;
		}
		if (cp)
			put_cp(o, cp);
		else
			put(o, &c, 1);
		if (r >= 80 && r < 95 && i == n / 2 - 1 && n >= 2) { /* invisible */
			static const uint32_t zw[] = {0x200B, 0x200C, 0x2060, 0x00AD};
			put_cp(o, zw[pick(rs, 4)]);
		}
		if (r >= 95 && i < 2 && (is_lower(c) || is_upper(c))) { /* zalgo */
			unsigned k, m = 2 + pick(rs, 5);
			for (k = 0; k < m; k++)
				put_cp(o, 0x0300u + pick(rs, 0x70));
		}
	}
}

/* ------------------------------------------------------------- lines */

static const char *const emoji[] = {
	"\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7", /* family */
	"\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88",                 /* rainbow flag */
	"\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",                                         /* thumbs, tone */
	"\xF0\x9F\xA7\x91\xF0\x9F\x8F\xBF\xE2\x80\x8D\xF0\x9F\x92\xBB",             /* technologist */
	"\xE2\x9D\xA4\xEF\xB8\x8F",                                                 /* heart */
};

/* One English word with the typography of edited prose. */
static void put_english(struct out *o, const char *w, int obf, uint64_t *rs)
{
	unsigned r = pick(rs, 100);
	if (r < 4)
		puts_(o, "\xE2\x80\x9C"); /* “ */
	else if (r < 6)
		puts_(o, "\xE2\x80\x98"); /* ‘ */
	if (obf)
		put_obfuscated(o, w, rs);
	else
		puts_(o, w);
	if (r < 4)
		puts_(o, "\xE2\x80\x9D"); /* ” */
	else if (r < 6)
		puts_(o, "\xE2\x80\x99"); /* ’ */
	else if (r < 9)
		puts_(o, "\xE2\x80\x99s");
}

/* A line of corpus k, or (k == CORPUS_COUNT) of language l alone. */
static void put_line(struct out *o, enum corpus_kind k, enum lang l, uint64_t *rs)
{
	static const enum lang multi[] = {L_RU, L_EL, L_EN, L_HY, L_VI, L_TR, L_HI, L_FA};
	if (k != CORPUS_COUNT)
		l = k == CORPUS_RUSSIAN ? L_RU : k == CORPUS_MULTI ? multi[pick(rs, 8)] : L_EN;
	unsigned i, n = 6 + pick(rs, 14);
	const struct words *w = &words[l];
	for (i = 0; i < n; i++) {
		const char *t = w->w[pick(rs, (unsigned)w->n)];
		if (i) {
			unsigned r = pick(rs, 40);
			puts_(o, l == L_EN && r == 0 ? " \xE2\x80\x93 " /* – */
			       : l == L_EN && r == 1 ? "\xE2\x80\x94" /* — */ : " ");
		}
		if (l == L_EN)
			put_english(o, t, k == CORPUS_OBFUSCATED, rs);
		else
			puts_(o, t);
	}
	if (k == CORPUS_MULTI && pick(rs, 6) == 0) {
		puts_(o, " ");
		puts_(o, emoji[pick(rs, sizeof emoji / sizeof emoji[0])]);
	}
	puts_(o, pick(rs, 3) ? ".\n" : ".\n\n");
}

const char *corpus_name(enum corpus_kind k)
{
	static const char *const names[CORPUS_COUNT] = {"plain-en", "obfusc-en", "russian", "multi"};
	return k < CORPUS_COUNT ? names[k] : "?";
}

int corpus_make(enum corpus_kind k, size_t bytes, const char *sample_dir, struct corpus *c)
{
	struct out o = {0};
	uint64_t rs = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)k + 1) * 0x100000001B3ULL;
	int l;
	for (l = 0; l < L_COUNT; l++)
		if (load_words((enum lang)l, sample_dir))
			return -1;
	while (o.n < bytes && !o.oom)
		put_line(&o, k, L_EN, &rs);
	if (o.oom) {
		fprintf(stderr, "bench: out of memory generating %s\n", corpus_name(k));
		free(o.p);
		return -1;
	}
	c->p = o.p;
	c->n = o.n;
	return 0;
}

int corpus_make_lang(const char *lang, size_t bytes, const char *sample_dir, struct corpus *c)
{
	struct out o = {0};
	uint64_t rs = 0x9E3779B97F4A7C15ULL;
	int l;
	for (l = 0; l < L_COUNT && strcmp(lang_file[l], lang); l++)
		;
	if (l == L_COUNT || load_words((enum lang)l, sample_dir))
		return -1;
	while (o.n < bytes && !o.oom)
		put_line(&o, CORPUS_COUNT, (enum lang)l, &rs);
	if (o.oom) {
		fprintf(stderr, "bench: out of memory generating %s\n", lang);
		free(o.p);
		return -1;
	}
	c->p = o.p;
	c->n = o.n;
	return 0;
}

const char *corpus_lang(int i)
{
	return i >= 0 && i < L_COUNT ? lang_file[i] : NULL;
}
