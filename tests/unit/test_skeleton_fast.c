/* unspoof_skeleton() has a fast path (src/uts39/skeleton.c: tables of
 * one-character skeletons, the cut of the text into independent segments,
 * runs of marks sorted without the normalizer). It must never change a
 * result: for every input, the output, the length and the return code equal
 * those of us_skeleton_general(), the definition applied to the whole text.
 *
 * Inputs: every code point alone and in four contexts of combining marks
 * (of low and high class, before and after it), default-ignorables and
 * precomposed letters; then random strings over a pool of code points of
 * every kind (letters of many scripts, marks of many classes, joiners and
 * other ignorables, Hangul, emoji, characters with long or empty skeletons)
 * mixed with ill-formed bytes, in the three ill-formed-input modes, with an
 * exact, a short, no output buffer and one of 8 bytes per input byte (where
 * the fast path does not check each write); every ASCII byte at every place
 * of a run of letters; zalgo runs of marks with ignorables among them;
 * ill-formed sequences after non-ASCII letters. Under UNSPOOF_VALGRIND
 * (make check-valgrind) the contexts are tried for one code point in 61. */
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "common/utf8.h"
#include "uts39/uts39.h"
#include "util.h"

static unsigned long shown;

/* A cap for same(): a buffer of 8 bytes and more per input byte, where the
 * fast path writes without checking each write. */
#define ROOMY (SIZE_MAX - 1)

/* Runs both paths on s[0..n) with the given flags and buffer size (cap:
 * SIZE_MAX for a buffer of exactly the general path's length, ROOMY for
 * 8 * n + 16 bytes); 1 if they agree on the return code, the length and
 * (if OK) the bytes. */
static int same(const char *what, const char *s, size_t n, unsigned flags, size_t cap)
{
	static char want[1 << 16], got[1 << 16];
	size_t wn = 0, gn = 0, c;
	int wrc, grc, ok;
	wrc = us_skeleton_general(s, n, want, sizeof want, &wn, flags);
	c = cap == SIZE_MAX ? (wrc == UNSPOOF_OK ? wn : 0) : cap == ROOMY ? 8 * n + 16 : cap;
	if (c < wn && wrc == UNSPOOF_OK)
		wrc = us_skeleton_general(s, n, c ? want : NULL, c, &wn, flags);
	/* the fast path may write scratch bytes past the result, never past
	 * the buffer: a canary after got[c) must survive */
	if (c + 64 <= sizeof got)
		memset(got + c, 0xA5, 64);
	grc = unspoof_skeleton(s, n, c ? got : NULL, c, &gn, flags);
	ok = grc == wrc && gn == wn && (wrc != UNSPOOF_OK || memcmp(got, want, wn) == 0);
	if (c + 64 <= sizeof got) {
		size_t g;
		for (g = c; g < c + 64; g++)
			ok &= got[g] == (char)0xA5;
	}
	if (!ok && shown++ < 20) {
		char w[256];
		snprintf(w, sizeof w, "%s (flags %u, cap %zu; return code general %d, fast %d)", what,
		         flags, c, wrc, grc);
		return CHECK_BYTES(w, s, n, want, wrc == UNSPOOF_OK ? wn : 0, got,
		                   grc == UNSPOOF_OK ? gn : 0);
	}
	return CHECK(ok, "%s", what);
}

static size_t put(char *b, size_t n, uint32_t cp)
{
	return n + us_utf8_encode(cp, (unsigned char *)b + n);
}

/* Every code point alone, then in contexts; one check per code point. */
static void all_code_points(int sparse)
{
	uint32_t cp;
	unsigned long bad = 0;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		char b[64];
		size_t n;
		int ok;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = put(b, 0, cp);
		ok = same("one code point", b, n, 0, SIZE_MAX);
		ok &= same("one code point, room", b, n, 0, ROOMY);
		if (!sparse || cp % 61 == 0 || cp < 0x3000) {
			/* marks after it, of high and then low class */
			n = put(b, put(b, put(b, 0, cp), 0x0301), 0x0323);
			ok &= same("code point, U+0301 U+0323", b, n, 0, SIZE_MAX);
			/* marks before it and a letter after */
			n = put(b, put(b, put(b, put(b, 0, 0x0301), cp), 0x0300), 'a');
			ok &= same("U+0301, code point, U+0300 a", b, n, 0, SIZE_MAX);
			/* after a precomposed letter, joiner and mark between two copies */
			n = put(b, put(b, put(b, put(b, put(b, 0, 0x00E9), cp), 0x200D), 0x0316), cp);
			ok &= same("U+00E9, code point, U+200D U+0316, code point", b, n, 0, SIZE_MAX);
			/* ignorable before it, mark of class 1 after, twice */
			n = put(b, put(b, put(b, put(b, put(b, 0, 0x00AD), cp), 0x0334), cp), 0x0334);
			ok &= same("U+00AD, code point, U+0334, code point, U+0334", b, n, 0, SIZE_MAX);
		}
		if (!ok)
			bad++;
	}
	CHECK(bad == 0, "%lu code points differ between the fast and the general skeleton", bad);
}

static const uint32_t pool[] = {
	'a', 'm', 'I', '0', '1', '%', '"', ' ', '\t', 0x00, 0x7F, 0x00E9, 0x00C5, 0x0130,
	0x0131, 0x01C4, 0x0300, 0x0301, 0x0307, 0x0316, 0x0323, 0x0327, 0x0334, 0x0338,
	0x0340, 0x0344, 0x0345, 0x034F, 0x035C, 0x0361, 0x0363, 0x0391, 0x03B1, 0x03C5,
	0x0390, 0x1F00, 0x1F80, 0x0430, 0x0439, 0x0451, 0x0456, 0x0419, 0x04D0, 0x0587,
	0x05D0, 0x05B0, 0x05BC, 0x0627, 0x064B, 0x0651, 0x0670, 0x0674, 0x06C0, 0x0915,
	0x093C, 0x094D, 0x0958, 0x093F, 0x0B47, 0x0B3E, 0x0DDA, 0x0E33, 0x0F73, 0x0F75,
	0x0F81, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x1E9B, 0x1EBF, 0x1EA0, 0x1EE9,
	0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFE0F, 0xFE00, 0x202A, 0x202C, 0x2018,
	0x2019, 0x201C, 0x2014, 0x2126, 0x212B, 0x2160, 0x2460, 0x3099, 0x309A, 0x304B,
	0x304C, 0x4E00, 0xF900, 0xFB1D, 0xFB2C, 0xFDFA, 0xFDFB, 0xFF41, 0xFFFD, 0x1D400,
	0x1D41A, 0x1D7CE, 0x1F468, 0x1F3FB, 0x1F1FA, 0x1F1F8, 0xE0041, 0xE0100, 0x10FFFF,
	0x1D15E, 0x1D165, 0x1D16D, 0x16FF0, 0x11131, 0x110BA, 0x1E94A,
};

static uint64_t rng = 0x9E3779B97F4A7C15u;
static unsigned pick(unsigned n)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (unsigned)((rng * 0x2545F4914F6CDD1Du) >> 33) % n;
}

static void random_strings(unsigned count)
{
	static const char *const bad[] = {"\x80", "\xC3", "\xE2\x80", "\xF0\x9F\x98", "\xED\xA0\x80",
	                                  "\xFF", "\xD0", "\xC0\xAF"};
	static const unsigned modes[] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unsigned t;
	for (t = 0; t < count; t++) {
		char b[1024];
		size_t n = 0, len = 1 + pick(40), k;
		unsigned m;
		for (k = 0; k < len; k++) {
			unsigned r = pick(100);
			if (r < 4) {
				const char *x = bad[pick(sizeof bad / sizeof *bad)];
				memcpy(b + n, x, strlen(x));
				n += strlen(x);
			} else if (r < 10) {
				n = put(b, n, pick(0x110000 - 0x800) + 0x800); /* surrogates: nothing */
			} else {
				n = put(b, n, pool[pick(sizeof pool / sizeof *pool)]);
			}
		}
		for (m = 0; m < 3; m++) {
			same("random string", b, n, modes[m], SIZE_MAX);
			same("random string, room", b, n, modes[m], ROOMY);
			if (t % 8 == 0) {
				size_t need = 0;
				unspoof_skeleton(b, n, NULL, 0, &need, modes[m]);
				same("random string, no buffer", b, n, modes[m], 0);
				if (need > 1)
					same("random string, one byte short", b, n, modes[m], need - 1);
			}
		}
	}
}

/* Text that is mostly ASCII (the 8-byte runs of the fast path):
 * runs of 0 to 200 ASCII characters, letters most often but every ASCII
 * byte possible, between pool characters and ill-formed bytes, with an
 * exact, a short, a 40-byte and no output buffer. */
static void ascii_runs(unsigned count)
{
	static const unsigned modes[] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unsigned t;
	for (t = 0; t < count; t++) {
		char b[4096];
		size_t n = 0, pieces = 1 + pick(6), k;
		for (k = 0; k < pieces; k++) {
			size_t run = pick(201), r;
			for (r = 0; r < run; r++) {
				unsigned x = pick(100);
				b[n++] = (char)(x < 80   ? 'a' + pick(26)
				                : x < 90 ? ' '
				                : x < 95 ? (unsigned char)"mI01|`\"%"[pick(8)]
				                         : pick(128));
			}
			if (pick(4) == 0)
				b[n++] = (char)"\x80\xC3\xFF"[pick(3)];
			else
				n = put(b, n, pool[pick(sizeof pool / sizeof *pool)]);
		}
		{
			unsigned m = modes[t % 3];
			size_t need = 0;
			same("mostly ASCII", b, n, m, SIZE_MAX);
			same("mostly ASCII, room", b, n, m, ROOMY);
			unspoof_skeleton(b, n, NULL, 0, &need, m);
			if (need > 1)
				same("mostly ASCII, one byte short", b, n, m, need - 1);
			if (need > 40)
				same("mostly ASCII, 40 bytes of room", b, n, m, 40);
			if (t % 16 == 0)
				same("mostly ASCII, no buffer", b, n, m, 0);
		}
	}
}

/* Longer texts: every pool character after every other, with marks. */
static void pairs(void)
{
	size_t i, j, npool = sizeof pool / sizeof *pool;
	for (i = 0; i < npool; i++) {
		char b[4096];
		size_t n = 0;
		for (j = 0; j < npool; j++) {
			n = put(b, n, pool[i]);
			n = put(b, n, pool[j]);
		}
		same("pool pairs", b, n, UNSPOOF_INVALID_REPLACE, SIZE_MAX);
		same("pool pairs, room", b, n, UNSPOOF_INVALID_REPLACE, ROOMY);
	}
}

/* Every ASCII byte at every place of a run of 40 letters (the 16- and
 * 8-byte copies, their one-byte remaps and their stops), before a
 * non-ASCII letter or the end, with every buffer size from the exact one
 * up to 24 bytes more. */
static void ascii_every_byte(void)
{
	unsigned c, at, tail, extra;
	for (c = 0; c < 0x80; c++)
		for (at = 0; at < 40; at++)
			for (tail = 0; tail < 2; tail++) {
				char b[64];
				size_t n = 0, k, need = 0;
				for (k = 0; k < 40; k++)
					b[n++] = k == at ? (char)c : (char)('a' + (k * 7 + at) % 26);
				if (tail)
					n = put(b, n, 0x0430);
				same("ASCII run, one byte changed", b, n, 0, ROOMY);
				unspoof_skeleton(b, n, NULL, 0, &need, 0);
				for (extra = 0; extra <= 24; extra += c % 4 == 0 ? 1 : 8)
					same("ASCII run, one byte changed, tight buffer", b, n, 0, need + extra);
				if (need > 1)
					same("ASCII run, one byte changed, one byte short", b, n, 0, need - 1);
			}
}

/* Zalgo: runs of 1 to 12 marks (U+0300..U+036F and others, with U+034F,
 * U+FE0F, U+200D, U+00AD among them) after a letter, before a letter, a
 * mark of another kind, an ignorable or the end: the sorted mark runs.
 * Also runs of ignorables alone between letters. */
static void mark_runs(unsigned count)
{
	static const uint32_t other[] = {0x0F73, 0x0F71, 0x05B0, 0x05BC, 0x064B, 0x0651, 0x093C,
	                                 0x094D, 0x3099, 0x1D165, 0x1D16D, 0x20D2, 0x0483, 0x1AB0,
	                                 0x0345, 0x0F81, 0x0E38, 0x0E48};
	static const uint32_t quiet[] = {0x034F, 0xFE0F, 0x200D, 0x00AD, 0x200B, 0x2060, 0xFE00,
	                                 0x180B, 0xE0100, 0x115F};
	static const uint32_t after[] = {'a', 'e', 0x0430, 0x03B1, 0x0915, 0x4E00, 0x1D41A, 0xFF41,
	                                 0x00E9, 0x1EC7, 0x0301, 0x034F, 0x200D, 0x0F73};
	static const unsigned modes[] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	unsigned t;
	for (t = 0; t < count; t++) {
		char b[512];
		size_t n = 0, marks = 1 + pick(12), k;
		unsigned m = modes[t % 3];
		if (pick(4))
			n = put(b, n, "aoxm"[pick(4)]);
		for (k = 0; k < marks; k++) {
			unsigned r = pick(100);
			n = put(b, n,
			        r < 70   ? 0x0300 + pick(0x70)
			        : r < 85 ? other[pick(sizeof other / sizeof *other)]
			                 : quiet[pick(sizeof quiet / sizeof *quiet)]);
		}
		if (pick(5))
			n = put(b, n, after[pick(sizeof after / sizeof *after)]);
		if (pick(3))
			n = put(b, n, 'z');
		same("mark run", b, n, m, SIZE_MAX);
		same("mark run, room", b, n, m, ROOMY);
		if (t % 4 == 0) {
			size_t need = 0;
			unspoof_skeleton(b, n, NULL, 0, &need, m);
			if (need > 1)
				same("mark run, one byte short", b, n, m, need - 1);
		}
	}
}

/* Ill-formed and truncated sequences after two-, three- and four-byte
 * characters and spaces (the loop over non-ASCII characters, which reads
 * four bytes at a time), followed by more text or by the end. */
static void ill_formed_after_letters(void)
{
	static const char *const bad[] = {
		"\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xEF\xBF",
		"\xE2\x28\xA1", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
		"\xF0\x9F\x98", "\xF0\x9F\x98\x28", "\xC0\x80", "\xC1\xBF", "\xD0", "\xD0\x28",
		"\x80", "\xBF", "\xFF", "\xC2", "\xDF\xC0", "\xE0\xA0", "\xF0\x90\x80"};
	static const uint32_t before[] = {0x0436, 0x05D0, 0x0915, 0x4E00, 0x1D400, 0xFF41, 0x200B, 0x0301};
	static const unsigned modes[] = {0, UNSPOOF_INVALID_KEEP, UNSPOOF_INVALID_REPLACE};
	size_t x, y, m, tail;
	for (x = 0; x < sizeof bad / sizeof *bad; x++)
		for (y = 0; y < sizeof before / sizeof *before; y++)
			for (tail = 0; tail < 4; tail++)
				for (m = 0; m < 3; m++) {
					char b[64];
					size_t n = put(b, put(b, 0, before[y]), before[(y + 3) % 8]);
					if (tail == 3)
						b[n++] = ' ';
					memcpy(b + n, bad[x], strlen(bad[x]));
					n += strlen(bad[x]);
					if (tail == 1 || tail == 3)
						n = put(b, put(b, put(b, n, 0x0436), 0x0436), 'a');
					else if (tail == 2)
						n = put(b, n, 0x0436);
					same("ill-formed after letters", b, n, modes[m], SIZE_MAX);
					same("ill-formed after letters, room", b, n, modes[m], ROOMY);
				}
}

int main(void)
{
	int sparse = getenv("UNSPOOF_VALGRIND") != NULL;
	all_code_points(sparse);
	pairs();
	random_strings(sparse ? 2000 : 100000);
	ascii_runs(sparse ? 500 : 20000);
	ascii_every_byte();
	mark_runs(sparse ? 2000 : 100000);
	ill_formed_after_letters();
	return test_finish("test_skeleton_fast");
}
