/* The scanner's fast path: see fast.h. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "data/props.gen.h"
#include "scan/fast.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#define HAVE_SSE2 1
#else
#define HAVE_SSE2 0
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2 1
#else
#define HAVE_AVX2 0
#endif

#if defined(__aarch64__) && defined(__ARM_NEON)
#include <arm_neon.h>
#define HAVE_NEON 1
#else
#define HAVE_NEON 0
#endif

/* Cached facts for U+0000..U+07FF (ASCII, Latin, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic...) and General Punctuation U+2000..U+206F (quotes and
 * dashes of ordinary prose); other code points are classified on demand. */
#define LOW_END US_FAST_LOW_END
#define PUNCT_START 0x2000u
#define PUNCT_END 0x2070u

static uint16_t low_info[LOW_END];
/* low_info indexed by the 11 payload bits of a two-byte sequence: the
 * overlong forms (C0, C1 leads give values below 0x80) are special. */
static uint16_t two_info[LOW_END];
static uint16_t punct_info[PUNCT_END - PUNCT_START];

/* ASCII letters and anchor letters as nibble tables for byte shuffles: byte
 * c is in a set when set_lo[c & 15] has bit (c >> 4). */
static uint8_t letter_lo[16], anchor_lo[16];
/* The white space a blank line may hold (find_cut()): space, tab, CR. */
static uint8_t blank_lo[16];
/* Two-byte letters of one script whose code points share two or four lead
 * bytes (U+0400..U+047F: D0 D1, and U+0400..U+04FF: D0..D3, Cyrillic;
 * U+0380..U+03FF: CE CF, Greek;
 * U+0500..U+05FF: D4..D7, of which Armenian's letters; U+0600..U+06FF:
 * D8..DB, Arabic), as 128- or 256-bit maps indexed by
 * (lead - first lead) << 6 | (continuation & 0x3F): plain letters of that
 * script, and those that are anchors. */
struct two_tab {
	uint8_t plain[32], anchor[32];
	/* plain letters between which the full pass keeps a zero width
	 * non-joiner (us_scan_zwnj_kept(): Persian "می‌خواهم") */
	uint8_t joins[32];
	/* of the tables with four leads (Cyrillic, Armenian, Arabic): combining marks
	 * (harakat, the hamza above) and inert characters (Arabic and
	 * Armenian punctuation, Arabic-Indic digits), which kernel_avx2()
	 * takes as step() would */
	uint8_t mark[32], inert[32];
	uint8_t zwnj;  /* whether joins has a letter */
	uint8_t lead;  /* the first lead byte (a multiple of the number of leads) */
	uint8_t leads; /* 2 or 4 */
	unsigned sc;   /* the script */
};
/* Cyrillic has two tables: D0 D1 (U+0400..U+047F, Russian and most
 * languages; the cheaper kernel) and D0..D3 (U+0400..U+04FF, with the
 * letters of Kazakh, Tatar, Bashkir... ә ғ қ ң ө ұ ү һ), taken from a letter
 * of D2 D3 on. */
static struct two_tab cyr_tab = {{0}, {0}, {0}, {0}, {0}, 0, 0xD0, 2, US_SC_Cyrl},
                      cyx_tab = {{0}, {0}, {0}, {0}, {0}, 0, 0xD0, 4, US_SC_Cyrl},
                      grk_tab = {{0}, {0}, {0}, {0}, {0}, 0, 0xCE, 2, US_SC_Grek},
                      arm_tab = {{0}, {0}, {0}, {0}, {0}, 0, 0xD4, 4, US_SC_Armn},
                      arb_tab = {{0}, {0}, {0}, {0}, {0}, 0, 0xD8, 4, US_SC_Arab};
/* Latin letters with two and three bytes, for latin_avx2(): maps (bit k of
 * byte k >> 3) of the code points C0..C7 xx (U+0000..U+01FF; index (lead &
 * 7) << 6 | xx & 0x3F; the overlong C0 C1 forms are in none) and E1 B8..BB
 * xx (U+1E00..U+1EFF, Latin Extended Additional: Vietnamese; index (B8..BB
 * & 3) << 6 | xx & 0x3F): plain Latin letters (as step() takes without a
 * second look: not the dotless or Turkic ones), those that are anchors; and
 * of C2 xx (U+0080..U+00BF) the inert characters (the no-break space,
 * guillemets, the degree sign...). */
static uint8_t lat2_let[64], lat2_anc[64], lat3_let[32], lat3_anc[32], c2_inert[16];
/* Three-byte letters of one script in 128 code points (lead f, then s or
 * s + 1): Devanagari U+0900..U+097F (E0 A4..A5), Georgian U+1080..U+10FF
 * (E1 82..83), as 128-bit maps indexed by (second byte & 1) << 6 | (third &
 * 0x3F): plain letters of the script, anchors, combining marks (the
 * vowel signs and viramas between them), inert characters (the danda,
 * digits). */
struct three_tab {
	uint8_t plain[16], anchor[16], mark[16], inert[16];
	uint8_t f, s; /* the lead and the first second byte (even) */
	unsigned sc;
};
static struct three_tab deva_tab = {{0}, {0}, {0}, {0}, 0xE0, 0xA4, US_SC_Deva},
                        geor_tab = {{0}, {0}, {0}, {0}, 0xE1, 0x82, US_SC_Geor};
/* U+2000..U+203F (E2 80 xx) that are plain punctuation or spaces (quotes,
 * dashes, ellipsis; not the invisible or bidi controls among them), as a
 * 64-bit map indexed by xx & 0x3F, in 16 bytes for byte shuffles. */
static uint8_t punct_inert[16];
/* The same set as a nibble table of the bytes 80..BF: byte x is in it when
 * punct_row[x & 15] has bit (x >> 4) - 8. */
static uint8_t punct_row[16];
/* Every ASCII character is inert C_OTHER but A-Z and a-z, Latin letters
 * (what the paragraph kernel below assumes; checked once, from the
 * tables). */
static int ascii_plain;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int ready; /* set (release) once the tables are filled */

static void two_table(struct two_tab *t)
{
	uint32_t c, first = (uint32_t)(t->lead & 0x1F) << 6;
	for (c = first; c < first + 0x40u * t->leads; c++) {
		uint16_t i = low_info[c];
		unsigned k = c - first;
		if ((i & (US_FI_CLS | US_FI_SPECIAL | US_FI_NOSCRIPT)) == C_LETTER &&
		    US_FI_SCRIPT(i) == t->sc) {
			t->plain[k >> 3] |= (uint8_t)(1u << (k & 7));
			if (i & US_FI_ANCHOR)
				t->anchor[k >> 3] |= (uint8_t)(1u << (k & 7));
			if (us_scan_zwnj_kept(t->sc, c, c)) {
				t->joins[k >> 3] |= (uint8_t)(1u << (k & 7));
				t->zwnj = 1;
			}
		} else if (t->leads == 4 && (i & (US_FI_CLS | US_FI_SPECIAL)) == C_MARK) {
			t->mark[k >> 3] |= (uint8_t)(1u << (k & 7));
		} else if (t->leads == 4 && (i & (US_FI_CLS | US_FI_SPECIAL)) == C_OTHER) {
			t->inert[k >> 3] |= (uint8_t)(1u << (k & 7));
		}
	}
}

/* Sets bit k of the maps let and anc (anc may be NULL) when code point cp
 * is a plain Latin letter (and an anchor), with facts i. */
static void latin_bit(uint8_t *let, uint8_t *anc, unsigned k, uint16_t i)
{
	if ((i & (US_FI_CLS | US_FI_SPECIAL | US_FI_NOSCRIPT | US_FI_DOTLESS | US_FI_TURKIC)) ==
	        C_LETTER &&
	    US_FI_SCRIPT(i) == US_SC_Latn) {
		let[k >> 3] |= (uint8_t)(1u << (k & 7));
		if (i & US_FI_ANCHOR)
			anc[k >> 3] |= (uint8_t)(1u << (k & 7));
	}
}

static void latin_tables(void)
{
	uint32_t k;
	for (k = 0; k < 0x200; k++) /* C0..C7 xx: two_info's payload k */
		latin_bit(lat2_let, lat2_anc, k, two_info[k]);
	for (k = 0; k < 0x40; k++) {
		uint16_t i = two_info[0x80 + k];
		if ((i & (US_FI_CLS | US_FI_SPECIAL)) == C_OTHER)
			c2_inert[k >> 3] |= (uint8_t)(1u << (k & 7));
	}
}

static void three_table(struct three_tab *t)
{
	uint32_t first = (uint32_t)(t->f & 0x0F) << 12 | (uint32_t)(t->s & 0x3F) << 6, k;
	for (k = 0; k < 0x80; k++) {
		uint16_t i = us_scan_info(first + k);
		uint8_t bit = (uint8_t)(1u << (k & 7));
		if ((i & (US_FI_CLS | US_FI_SPECIAL | US_FI_NOSCRIPT | US_FI_DOTLESS | US_FI_TURKIC)) ==
		        C_LETTER &&
		    US_FI_SCRIPT(i) == t->sc) {
			t->plain[k >> 3] |= bit;
			if (i & US_FI_ANCHOR)
				t->anchor[k >> 3] |= bit;
		} else if ((i & (US_FI_CLS | US_FI_SPECIAL)) == C_MARK) {
			t->mark[k >> 3] |= bit;
		} else if ((i & (US_FI_CLS | US_FI_SPECIAL)) == C_OTHER) {
			t->inert[k >> 3] |= bit;
		}
	}
}

/* The maps of three-byte letters (lat3_let, lat3_anc, deva_tab, geor_tab)
 * are made when text first has a lead E0 or E1 (they cost as much as all
 * the others: a classification per code point). */
static pthread_once_t once3 = PTHREAD_ONCE_INIT;
static atomic_int ready3;

static void init_three(void)
{
	uint32_t k;
	for (k = 0; k < 0x100; k++)
		latin_bit(lat3_let, lat3_anc, k, us_scan_info(0x1E00 + k));
	three_table(&deva_tab);
	three_table(&geor_tab);
	atomic_store_explicit(&ready3, 1, memory_order_release);
}

static inline void need_three(void)
{
	if (!atomic_load_explicit(&ready3, memory_order_acquire))
		pthread_once(&once3, init_three);
}

static void init_tables(void)
{
	uint32_t c;
	for (c = 0; c < LOW_END; c++) {
		low_info[c] = us_scan_info(c);
		two_info[c] = c < 0x80 ? US_FI_SPECIAL : low_info[c];
	}
	for (c = PUNCT_START; c < PUNCT_END; c++)
		punct_info[c - PUNCT_START] = us_scan_info(c);
	for (c = 0x2000; c < 0x2040; c++) {
		uint16_t i = punct_info[c - PUNCT_START];
		unsigned k = c - 0x2000;
		if ((i & (US_FI_CLS | US_FI_SPECIAL)) == C_OTHER) {
			punct_inert[k >> 3] |= (uint8_t)(1u << (k & 7));
			punct_row[k & 15] |= (uint8_t)(1u << (k >> 4));
		}
	}
	two_table(&cyr_tab);
	two_table(&cyx_tab);
	two_table(&grk_tab);
	two_table(&arm_tab);
	two_table(&arb_tab);
	latin_tables();
	ascii_plain = 1;
	for (c = 0; c < 0x80; c++) {
		uint16_t i = low_info[c];
		int az = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
		if (i & (US_FI_SPECIAL | US_FI_NOSCRIPT) ||
		    (i & US_FI_CLS) != (az ? C_LETTER : C_OTHER) ||
		    (az && US_FI_SCRIPT(i) != US_SC_Latn))
			ascii_plain = 0;
		if (c == ' ' || c == '\t' || c == '\r')
			blank_lo[c & 15] |= (uint8_t)(1u << (c >> 4));
		if ((i & US_FI_CLS) == C_LETTER)
			letter_lo[c & 15] |= (uint8_t)(1u << (c >> 4));
		if (i & US_FI_ANCHOR)
			anchor_lo[c & 15] |= (uint8_t)(1u << (c >> 4));
	}
	/* The AVX2 kernel marks bytes >= 0x80 as row 1 (bits32_avx2()). */
	for (c = 0; c < 16; c++)
		if ((letter_lo[c] | anchor_lo[c] | blank_lo[c]) & 2)
			ascii_plain = 0;
	atomic_store_explicit(&ready, 1, memory_order_release);
}

/* Facts about the other code points (Devanagari, Vietnamese letters,
 * emoji...), cached 256 at a time on first use. A block is made by the
 * first thread that needs it and published with a compare-and-swap (a
 * thread that loses frees its copy: both hold the same facts, those of
 * us_scan_info()). Blocks live as long as the process; if one cannot be
 * allocated, its code points are classified each time. */
#define INFO_BLOCKS (0x110000u >> 8)
static _Atomic(uint16_t *) info_blocks[INFO_BLOCKS];

static const uint16_t *info_block(uint32_t hi)
{
	uint16_t *b = atomic_load_explicit(&info_blocks[hi], memory_order_acquire), *seen = NULL;
	uint32_t k;
	if (b)
		return b;
	b = malloc(256 * sizeof *b);
	if (!b)
		return NULL;
	for (k = 0; k < 256; k++)
		b[k] = us_scan_info(hi << 8 | k);
	if (!atomic_compare_exchange_strong_explicit(&info_blocks[hi], &seen, b, memory_order_acq_rel,
	                                             memory_order_acquire)) {
		free(b);
		b = seen;
	}
	return b;
}

static inline uint16_t info_of(uint32_t cp)
{
	const uint16_t *b;
	if (cp < LOW_END)
		return low_info[cp];
	if (cp >= PUNCT_START && cp < PUNCT_END)
		return punct_info[cp - PUNCT_START];
	b = cp < 0x110000u ? info_block(cp >> 8) : NULL;
	return b ? b[cp & 0xFF] : us_scan_info(cp);
}

uint16_t us_fast_info(uint32_t cp)
{
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&once, init_tables);
	return info_of(cp);
}

const uint16_t *us_fast_low_info(void)
{
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&once, init_tables);
	return low_info;
}

size_t us_fast_units(const unsigned char *b, size_t p, size_t end, size_t *pu, size_t stop)
{
	const uint16_t *blk = NULL;
	uint32_t bhi = 0;
	size_t u = *pu;
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&once, init_tables);
	while (p < end && u < stop) {
		unsigned c = b[p], cls;
		uint32_t cp;
		uint16_t i;
		if (c < 0x80) {
			if (c == '\n')
				break;
			u++;
			p++;
			continue;
		}
		if (c >= 0xC2 && c < 0xE0 && p + 1 < end && (b[p + 1] & 0xC0) == 0x80) {
			i = low_info[(c & 0x1Fu) << 6 | (b[p + 1] & 0x3Fu)];
			p += 2;
		} else if (c >= 0xE0 && c < 0xF0 && p + 2 < end && (b[p + 1] & 0xC0) == 0x80 &&
		           (b[p + 2] & 0xC0) == 0x80 && (c != 0xE0 || b[p + 1] >= 0xA0) &&
		           (c != 0xED || b[p + 1] < 0xA0)) {
			cp = (c & 0x0Fu) << 12 | (b[p + 1] & 0x3Fu) << 6 | (b[p + 2] & 0x3Fu);
			if (cp >> 8 != bhi || !blk) {
				if (cp < LOW_END || (cp >= PUNCT_START && cp < PUNCT_END) ||
				    !(blk = info_block(cp >> 8))) {
					i = info_of(cp);
					blk = NULL;
					goto have;
				}
				bhi = cp >> 8;
			}
			i = blk[cp & 0xFF];
		have:
			p += 3;
		} else {
			break; /* four bytes, ill-formed or cut: find_cut() */
		}
		cls = i & US_FI_CLS;
		u += cls != C_MARK && cls != C_INVIS && cls != C_BIDI;
	}
	*pu = u;
	return p;
}

#define NO_SCRIPT 0xFFFFu

/* Where a pass is: inside a word or not, the script of the word's letters so
 * far, the length of the current run of combining marks. */
struct pass {
	struct us_fast *f;
	unsigned in_word;  /* 0 or 1 */
	unsigned wsc;      /* script of the current word, NO_SCRIPT if none yet */
	unsigned marks;
	int bail;
	/* Letters and anchors of script sc not yet added to f (scripts change
	 * rarely, so the per-script arrays are touched once per change). */
	unsigned sc;
	uint32_t nlet, nanch;
	/* Words, line feeds, units after the last line feed: kept here (not in
	 * f) so the compiler can keep them in registers. */
	uint64_t nwords, nlines, tail;
};

static inline void flush(struct pass *p)
{
	struct us_fast *f = p->f;
	if (!p->nlet)
		return;
	if (!f->letters[p->sc])
		f->seen[(*f->nseen)++] = (uint8_t)p->sc;
	f->letters[p->sc] += p->nlet;
	f->anchors[p->sc] += p->nanch;
	f->nletters += p->nlet;
	p->nlet = p->nanch = 0;
}

static inline void add_letters(struct pass *p, unsigned sc, unsigned n, unsigned anchors)
{
	if (sc != p->sc) {
		flush(p);
		p->sc = sc;
	}
	p->nlet += n;
	p->nanch += anchors;
}

/* Counts the words started (bits of starts), the units (bits of units) and
 * line feeds (bits of nl, among the units) of a block of a kernel taking
 * 32 bytes at a time: the tail restarts after the last line feed. */
static inline void count_block(struct pass *p, uint32_t starts, uint32_t units, uint32_t nl)
{
	p->nwords += (unsigned)__builtin_popcount(starts);
	if (nl) {
		unsigned last_nl = 31 - (unsigned)__builtin_clz(nl);
		p->nlines += (unsigned)__builtin_popcount(nl);
		p->tail = (unsigned)__builtin_popcount(units >> last_nl >> 1);
	} else {
		p->tail += (unsigned)__builtin_popcount(units);
	}
}

/* A plain letter with a script, facts i (its unit already counted in
 * tail). */
static inline __attribute__((always_inline)) void letter(struct pass *p, uint16_t i)
{
	unsigned sc = US_FI_SCRIPT(i);
	add_letters(p, sc, 1, (i & US_FI_ANCHOR) != 0);
	if (!p->in_word) {
		p->nwords++;
		p->in_word = 1;
		p->wsc = sc;
	} else if (p->wsc != sc) {
		if (p->wsc != NO_SCRIPT)
			p->bail = 1; /* a word mixing scripts */
		p->wsc = sc;
	}
	p->marks = 0;
}

/* One code point (or ASCII byte) with facts i. */
static inline __attribute__((always_inline)) void step(struct pass *p, uint16_t i, int is_nl)
{
	unsigned cls = i & US_FI_CLS;
	if ((i & (US_FI_CLS | US_FI_SPECIAL | US_FI_NOSCRIPT | US_FI_DOTLESS | US_FI_TURKIC)) ==
	    C_LETTER) {
		p->tail++;
		letter(p, i); /* the common case */
		return;
	}
	if (i & US_FI_SPECIAL) {
		p->bail = 1;
		return;
	}
	if (is_nl) {
		p->nlines++;
		p->tail = 0;
	} else {
		p->tail++;
	}
	if (cls == C_LETTER) {
		if (i & (US_FI_DOTLESS | US_FI_TURKIC)) {
			/* Turkic letters (Latin): counted for the caller (in
			 * f: rare enough to cost no register in the loops). */
			p->f->dotless += (i & US_FI_DOTLESS) != 0;
			p->f->turkic += (i & US_FI_TURKIC) != 0;
			letter(p, i);
			return;
		}
		/* of script Common or Inherited */
		add_letters(p, US_FI_SCRIPT(i), 1, (i & US_FI_ANCHOR) != 0);
		if (!p->in_word) {
			p->nwords++;
			p->in_word = 1;
			p->wsc = NO_SCRIPT;
		}
		p->marks = 0;
	} else if (cls == C_MARK) {
		if (++p->marks >= 3)
			p->bail = 1; /* possibly stacked marks */
	} else if (cls == C_INVIS && p->in_word) {
		p->bail = 1; /* perhaps inside a word (the zero-width trick) */
	} else {
		/* Other characters end a word; an invisible one outside words
		 * (the joiner of an emoji sequence) is inert. */
		p->in_word = 0;
		p->marks = 0;
	}
}

/* Accounts for the first n (1..64) bytes of a block of ASCII (and, from the
 * AVX2 kernel, E2 80 xx punctuation starting at the bits of seq) whose
 * letter, anchor and line feed bits are L, A and N. */
static inline __attribute__((always_inline)) void block(struct pass *p, uint64_t L, uint64_t A,
                                                        uint64_t N, unsigned n, uint64_t seq)
{
	uint64_t starts = L & ~((L << 1) | p->in_word);
	if ((L & p->in_word) && p->wsc != US_SC_Latn && p->wsc != NO_SCRIPT) {
		p->bail = 1; /* a word of another script goes on in Latin */
		return;
	}
	if (L)
		add_letters(p, US_SC_Latn, (unsigned)__builtin_popcountll(L),
		            (unsigned)__builtin_popcountll(A));
	p->nwords += (unsigned)__builtin_popcountll(starts);
	/* Units: bytes, less two for each three-byte punctuation mark (seq
	 * marks their first bytes). */
	if (N) {
		unsigned last = 63 - (unsigned)__builtin_clzll(N);
		p->nlines += (unsigned)__builtin_popcountll(N);
		p->tail = n - 1 - last - 2 * (unsigned)__builtin_popcountll(seq >> last);
	} else {
		p->tail += n - 2 * (unsigned)__builtin_popcountll(seq);
	}
	p->in_word = (unsigned)(L >> (n - 1)) & 1;
	if (p->in_word)
		p->wsc = US_SC_Latn;
	p->marks = 0;
}

/* Scalar kernel: ASCII bytes from s[0..n) one at a time; returns how many
 * were consumed (stops before the first non-ASCII byte). */
static size_t ascii_scalar(struct pass *p, const unsigned char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n && s[i] < 0x80 && !p->bail; i++)
		step(p, low_info[s[i]], s[i] == '\n');
	return i;
}

/* The run of 16-byte blocks of the SSE2 and NEON kernels: block16(p, s,
 * m) accounts for the ASCII prefix of the 16 bytes at s, at most m, and
 * returns its length. Inlined with the kernel's own block function (a
 * constant here), so no call is made through the pointer. */
typedef unsigned (*block16_fn)(struct pass *p, const unsigned char *s, unsigned m);

static inline __attribute__((always_inline)) size_t
ascii_run16(struct pass *p, const unsigned char *s, size_t n, block16_fn block16)
{
	size_t i = 0;
	unsigned t;
	unsigned char last[16];
	while (i + 16 <= n && !p->bail) {
		t = block16(p, s + i, 16);
		i += t;
		if (t < 16)
			return i;
	}
	if (i < n && !p->bail) {
		memset(last, 0, sizeof last);
		memcpy(last, s + i, n - i);
		i += block16(p, last, (unsigned)(n - i));
	}
	return i;
}

/* The vector kernels count whole blocks; the last bytes of a run (fewer
 * than a block) are read as the end of the run's last 64 bytes (AVX2), or
 * copied into a zeroed block: never past the end. */
#if HAVE_AVX2
/* Letter, anchor, line feed and non-ASCII bits of the 32 bytes at s. */
__attribute__((target("avx2"), always_inline)) static inline void
avx2_masks(const unsigned char *s, uint32_t m[8])
{
	const __m256i lo4 = _mm256_set1_epi8(0x0F);
	const __m256i ltab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)letter_lo));
	const __m256i atab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)anchor_lo));
	const __m256i bits = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0, 0, 0,
	                                      0, 0, 1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0,
	                                      0, 0, 0, 0);
	const __m256i zero = _mm256_setzero_si256();
	__m256i v = _mm256_loadu_si256((const void *)s);
	__m256i lo = _mm256_and_si256(v, lo4);
	__m256i hib = _mm256_shuffle_epi8(bits, _mm256_and_si256(_mm256_srli_epi16(v, 4), lo4));
	__m256i isl = _mm256_and_si256(_mm256_shuffle_epi8(ltab, lo), hib);
	__m256i isa = _mm256_and_si256(_mm256_shuffle_epi8(atab, lo), hib);
	m[0] = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(isl, zero));
	m[1] = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(isa, zero));
	m[2] = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')));
	m[3] = (uint32_t)_mm256_movemask_epi8(v);
}

/* For E2 80 xx punctuation in the 32 bytes at s: lead bytes E2, bytes 80,
 * continuation bytes whose low six bits name inert punctuation (m[4..6]). */
__attribute__((target("avx2"), always_inline)) static inline void
avx2_punct(const unsigned char *s, uint32_t m[8])
{
	const __m256i lo4 = _mm256_set1_epi8(0x0F);
	const __m256i bits = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0, 0, 0,
	                                      0, 0, 1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0,
	                                      0, 0, 0, 0);
	const __m256i zero = _mm256_setzero_si256();
	__m256i v = _mm256_loadu_si256((const void *)s);
	m[4] = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE2)));
	m[5] = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0x80)));
	{
		const __m256i pin = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)punct_inert));
		__m256i x = _mm256_and_si256(v, _mm256_set1_epi8(0x3F));
		__m256i sel = _mm256_and_si256(_mm256_srli_epi16(x, 3), lo4);
		__m256i bit = _mm256_shuffle_epi8(bits, _mm256_and_si256(x, _mm256_set1_epi8(7)));
		__m256i in = _mm256_and_si256(_mm256_shuffle_epi8(pin, sel), bit);
		uint32_t cont = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(v, _mm256_set1_epi8((char)0xC0)), _mm256_set1_epi8((char)0x80)));
		m[6] = cont & ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(in, zero));
	}
}

/* Accounts for the ASCII prefix of the 64 bytes at s + sh, at most m of
 * them (m <= 64 - sh); returns its length. The 64 bytes at s are read:
 * sh > 0 looks at the end of a run without reading past it (the sh bytes
 * before s + sh were consumed, and end at a character boundary). */
__attribute__((target("avx2"), always_inline)) static inline unsigned
avx2_block(struct pass *p, const unsigned char *s, unsigned m, unsigned sh)
{
	uint32_t a[8], b[8];
	uint64_t hi, keep, e2, b80, pin, seq;
	unsigned take;
	avx2_masks(s, a);
	avx2_masks(s + 32, b);
	hi = (a[3] | (uint64_t)b[3] << 32) >> sh;
	if (hi) {
		/* Quotes and dashes (E2 80 xx, wholly inside the block) do not
		 * stop the run: each is one unit that is not a letter. */
		avx2_punct(s, a);
		avx2_punct(s + 32, b);
		e2 = a[4] | (uint64_t)b[4] << 32;
		b80 = a[5] | (uint64_t)b[5] << 32;
		pin = a[6] | (uint64_t)b[6] << 32;
		seq = (e2 & (b80 >> 1) & (pin >> 2)) >> sh;
		hi &= ~(seq | seq << 1 | seq << 2);
	} else {
		seq = 0;
	}
	take = hi ? (unsigned)__builtin_ctzll(hi) : 64;
	if (take > m)
		take = m;
	if (!take)
		return 0;
	keep = take == 64 ? ~0ull : (1ull << take) - 1;
	block(p, ((a[0] | (uint64_t)b[0] << 32) >> sh) & keep,
	      ((a[1] | (uint64_t)b[1] << 32) >> sh) & keep,
	      ((a[2] | (uint64_t)b[2] << 32) >> sh) & keep, take, seq & keep);
	return take;
}

__attribute__((target("avx2"))) static size_t ascii_avx2(struct pass *p, const unsigned char *s,
                                                         size_t n)
{
	size_t i = 0;
	unsigned t;
	unsigned char last[64];
	while (i + 64 <= n && !p->bail) {
		t = avx2_block(p, s + i, 64, 0);
		i += t;
		if (t < 64)
			return i;
	}
	if (i < n && !p->bail) {
		if (n >= 64) {
			/* The last 64 bytes of the run, of which the first were
			 * consumed already: no copy. */
			i += avx2_block(p, s + n - 64, (unsigned)(n - i), (unsigned)(64 - (n - i)));
		} else {
			memset(last, 0, sizeof last);
			memcpy(last, s + i, n - i);
			i += avx2_block(p, last, (unsigned)(n - i), 0);
		}
	}
	return i;
}
#endif

#if HAVE_SSE2
/* SSE2 has no byte shuffle: letters by range, anchors per letter. */
static inline unsigned sse2_block(struct pass *p, const unsigned char *s, unsigned m)
{
	__m128i v = _mm_loadu_si128((const void *)s);
	uint32_t hi = (uint32_t)_mm_movemask_epi8(v);
	unsigned take = hi ? (unsigned)__builtin_ctz(hi) : 16, k;
	uint32_t keep, L, A = 0, N;
	/* Letters: (c | 0x20) - 'a' < 26, as signed bytes offset by 0x80. */
	__m128i t = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)('a' + 128)));
	if (take > m)
		take = m;
	if (!take)
		return 0;
	keep = (1u << take) - 1;
	L = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(t, _mm_set1_epi8(-128 + 26))) & keep;
	N = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))) & keep;
	for (k = 0; k < take; k++)
		if ((L >> k) & 1)
			A |= (uint32_t)((anchor_lo[s[k] & 15] >> (s[k] >> 4)) & 1) << k;
	block(p, L, A, N, take, 0);
	return take;
}

static size_t ascii_sse2(struct pass *p, const unsigned char *s, size_t n)
{
	return ascii_run16(p, s, n, sse2_block);
}
#endif

#if HAVE_NEON
/* NEON has no movemask: the bit of each byte (0x00 or 0xFF) is kept by a
 * weight, and the weights are summed by pairs (neon_bits64()) or across
 * each half (neon_bits16()). */
static const uint8_t neon_weights[16] = {1, 2, 4, 8, 16, 32, 64, 128,
                                         1, 2, 4, 8, 16, 32, 64, 128};
/* Bit c >> 4 of an ASCII byte c, 0 for high nibbles 8..15. */
static const uint8_t neon_rows[16] = {1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0};

static inline uint32_t neon_bits16(uint8x16_t c)
{
	uint8x16_t t = vandq_u8(c, vld1q_u8(neon_weights));
	return vaddv_u8(vget_low_u8(t)) | (uint32_t)vaddv_u8(vget_high_u8(t)) << 8;
}

static inline uint64_t neon_bits64(uint8x16_t a, uint8x16_t b, uint8x16_t c, uint8x16_t d)
{
	const uint8x16_t w = vld1q_u8(neon_weights);
	uint8x16_t ab = vpaddq_u8(vandq_u8(a, w), vandq_u8(b, w));
	uint8x16_t cd = vpaddq_u8(vandq_u8(c, w), vandq_u8(d, w));
	ab = vpaddq_u8(ab, cd);
	ab = vpaddq_u8(ab, ab);
	return vgetq_lane_u64(vreinterpretq_u64_u8(ab), 0);
}

/* Is an ASCII byte of v in the nibble-table set t (t[c & 15] has bit
 * c >> 4)? hib: neon_rows looked up by the high nibbles; bytes >= 0x80
 * are in no set. */
static inline uint8x16_t neon_in(const uint8_t t[16], uint8x16_t v, uint8x16_t hib)
{
	return vtstq_u8(vqtbl1q_u8(vld1q_u8(t), vandq_u8(v, vdupq_n_u8(0x0F))), hib);
}

/* As sse2_block(): the ASCII prefix of the 16 bytes at s, at most m. */
static inline unsigned neon_block(struct pass *p, const unsigned char *s, unsigned m)
{
	uint8x16_t v = vld1q_u8(s);
	uint8x16_t hib = vqtbl1q_u8(vld1q_u8(neon_rows), vshrq_n_u8(v, 4));
	uint32_t hi = neon_bits16(vcltq_s8(vreinterpretq_s8_u8(v), vdupq_n_s8(0)));
	unsigned take = hi ? (unsigned)__builtin_ctz(hi) : 16;
	uint32_t keep;
	if (take > m)
		take = m;
	if (!take)
		return 0;
	keep = (1u << take) - 1;
	block(p, neon_bits16(neon_in(letter_lo, v, hib)) & keep,
	      neon_bits16(neon_in(anchor_lo, v, hib)) & keep,
	      neon_bits16(vceqq_u8(v, vdupq_n_u8('\n'))) & keep, take, 0);
	return take;
}

static size_t ascii_neon(struct pass *p, const unsigned char *s, size_t n)
{
	return ascii_run16(p, s, n, neon_block);
}
#endif

/* One block of the two-byte kernels (two_avx2(), two_neon()) for the
 * letters of script sc, of w = 16 or 32 bytes, as masks (bit k: byte k):
 * ASCII bytes, the two lead bytes (D0 D1 for Cyrillic, CE CF for Greek),
 * continuation bytes, ASCII letters, and for each lead whether it starts
 * a plain letter of sc and an anchor; line feeds. The block is taken up
 * to its first byte that the kernel does not take (other bytes,
 * continuation bytes without their lead, ASCII letters: they would mean
 * Latin, and the scalar loop knows about words mixing scripts; letters
 * that are not plain letters of sc), which the scalar loop then takes; *last is
 * set when there is one. Marks mk and inert characters in (leads of the
 * tables with four leads, 0 for the others) are taken too: a mark after a
 * letter or a mark (or at the block's start, in the scalar loop's word with
 * no mark yet), two in a row at most, goes on the word; an inert character
 * ends it, as step() does. Returns the bytes taken (0: none, leave the
 * block to the scalar loop), having counted them into p. */
static inline __attribute__((always_inline)) uint32_t
two_block(struct pass *p, unsigned sc, unsigned w, uint32_t ascii, uint32_t lead, uint32_t cont,
          uint32_t asciil, uint32_t isl, uint32_t isa, uint32_t nl, uint32_t zw, uint32_t mk,
          uint32_t in, int *last)
{
	uint32_t take = w, keep, lb, starts, units, bad, let;
	if (lead >> (w - 1)) { /* its continuation is in the next block */
		take = w - 1;
		lead &= ~(1u << (w - 1));
	}
	keep = take == 32 ? 0xFFFFFFFFu : (1u << take) - 1;
	if (mk) {
		mk &= ((lead & isl) | mk) << 2 | (p->in_word && !p->marks ? 1u : 0u);
		mk &= ~(mk << 2 & mk << 4) & keep; /* not a third in a row */
	}
	in &= keep;
	/* (a lead at the last byte taken needs its continuation there:
	 * lead << 1 may reach past keep) */
	bad = ((~(ascii | lead | cont | zw) | (asciil & ascii) | (lead & ~(isl | mk | in))) & keep) |
	      ((cont & keep) ^ (lead << 1 | zw << 1 | zw << 2));
	if (bad) {
		take = (uint32_t)__builtin_ctz(bad);
		if (take && (lead >> (take - 1) & 1))
			take--; /* a lead whose continuation is not taken */
		if (!take)
			return 0;
		keep = (1u << take) - 1;
		lead &= keep;
		zw &= keep;
		mk &= keep;
		in &= keep;
	}
	let = lead;
	if (mk | in) {
		let &= ~(mk | in); /* (isl for each lead left) */
		lb = lead & ~in;
		lb |= lb << 1 | zw | zw << 1 | zw << 2;
	} else {
		lb = lead | (lead << 1) | zw | zw << 1 | zw << 2;
	}
	if ((lb & 1) && p->in_word && p->wsc != sc)
		return 0; /* a word of another script goes on in sc */
	starts = lb & ~((lb << 1) | p->in_word) & let;
	if (let)
		add_letters(p, sc, (unsigned)__builtin_popcount(let),
		            (unsigned)__builtin_popcount(let & isa));
	units = (ascii | lead | zw) & keep;
	count_block(p, starts, units, nl & ascii & keep);
	p->in_word = (lb >> (take - 1)) & 1;
	if (p->in_word)
		p->wsc = sc;
	/* the marks ending the block: its last unit starts at take - 2 */
	p->marks = 0;
	if (mk && take >= 2 && (mk >> (take - 2) & 1))
		p->marks = take >= 4 && (mk >> (take - 4) & 1) ? 2u : 1u;
	*last = bad != 0;
	return take;
}

#if HAVE_AVX2
/* The bits of 256-bit map m (32 bytes, loaded here) for each byte's index:
 * byte sel & 15 of the half that bit 7 of hi picks, bit bit; as a byte
 * mask. */
__attribute__((target("avx2"), always_inline)) static inline uint32_t
map256_bits(const uint8_t *m, __m256i sel, __m256i hi, __m256i bit)
{
	__m256i t = _mm256_blendv_epi8(
		_mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)m)), sel),
		_mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(m + 16))),
	                            sel),
		hi);
	return ~(uint32_t)_mm256_movemask_epi8(
		_mm256_cmpeq_epi8(_mm256_and_si256(t, bit), _mm256_setzero_si256()));
}

/* Cyrillic, Greek, Armenian or Arabic prose (letters of table t, ASCII spaces and
 * punctuation, no ASCII letters) 32 bytes at a time. A block is taken up
 * to its first character that does not qualify (a guillemet, a dash, a
 * Latin letter, a mark...; with four leads, the marks and inert characters
 * of the table's lead bytes qualify as two_block() says), which the scalar
 * loop then takes; returns the
 * bytes consumed (0 if the first character does not qualify). Reads
 * s[0..n), n >= 33: a block never starts inside a character and stops
 * before a lead byte whose continuation is in the next block. four: the
 * table has four leads (a constant: two_avx2() and four_avx2()); zwnj: a
 * zero width non-joiner between two letters of t->joins is taken as a unit
 * inside the word (zwnj_avx2(); reads s[0..n), n >= 34). */
__attribute__((target("avx2"), always_inline)) static inline size_t
kernel_avx2(struct pass *p, const unsigned char *s, size_t n, const struct two_tab *t, int four,
            int zwnj)
{
	const __m256i plain = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->plain));
	const __m256i anch = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->anchor));
	const __m256i plain2 =
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(t->plain + 16)));
	const __m256i anch2 =
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(t->anchor + 16)));
	const __m256i join = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->joins));
	const __m256i join2 =
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(t->joins + 16)));
	const __m256i leadv = _mm256_set1_epi8((char)t->lead);
	const __m256i bit8 = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0, 0, 0,
	                                      0, 0, 1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0,
	                                      0, 0, 0, 0);
	const __m256i lo4 = _mm256_set1_epi8(0x0F);
	const __m256i zero = _mm256_setzero_si256();
	size_t i = 0;
	while (i + 33 + zwnj <= n && !p->bail) {
		__m256i v = _mm256_loadu_si256((const void *)(s + i));
		__m256i nx = _mm256_loadu_si256((const void *)(s + i + 1));
		uint32_t ascii = ~(uint32_t)_mm256_movemask_epi8(v);
		uint32_t zw = 0;
		uint32_t lead = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(v, _mm256_set1_epi8((char)(four ? 0xFC : 0xFE))), leadv));
		uint32_t cont = (uint32_t)_mm256_movemask_epi8(
			_mm256_cmpeq_epi8(_mm256_and_si256(v, _mm256_set1_epi8((char)0xC0)),
		                          _mm256_set1_epi8((char)0x80)));
		uint32_t isl, isa, asciil, take, nl, mk = 0, in = 0;
		int last;
		__m256i idx, sel, bit, lo, hib, tp, ta;
		lo = _mm256_and_si256(v, lo4);
		hib = _mm256_shuffle_epi8(bit8, _mm256_and_si256(_mm256_srli_epi16(v, 4), lo4));
		asciil = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(_mm256_shuffle_epi8(
				_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)letter_lo)), lo), hib),
			zero));
		/* (lead - first lead) << 6 | continuation & 0x3F: the first
		 * leads are multiples of their number, so the low bits of the
		 * lead are that difference */
		idx = _mm256_or_si256(_mm256_and_si256(_mm256_slli_epi16(v, 6),
		                                       _mm256_set1_epi8((char)(four ? 0xC0 : 0x40))),
		                      _mm256_and_si256(nx, _mm256_set1_epi8(0x3F)));
		sel = _mm256_and_si256(_mm256_srli_epi16(idx, 3), _mm256_set1_epi8(four ? 0x1F : 0x0F));
		bit = _mm256_shuffle_epi8(bit8, _mm256_and_si256(idx, _mm256_set1_epi8(7)));
		tp = _mm256_shuffle_epi8(plain, sel);
		ta = _mm256_shuffle_epi8(anch, sel);
		if (four) { /* sel 16..31: the second halves (bit 4 of sel moved to bit 7) */
			__m256i hi = _mm256_slli_epi16(sel, 3);
			tp = _mm256_blendv_epi8(tp, _mm256_shuffle_epi8(plain2, sel), hi);
			ta = _mm256_blendv_epi8(ta, _mm256_shuffle_epi8(anch2, sel), hi);
		}
		isl = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(tp, bit), zero));
		isa = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(ta, bit), zero));
		if (four && (lead & ~isl)) {
			/* marks and inert characters among the leads (rare: their
			 * maps are loaded here, not kept in registers) */
			__m256i hi = _mm256_slli_epi16(sel, 3);
			mk = map256_bits(t->mark, sel, hi, bit) & lead;
			in = map256_bits(t->inert, sel, hi, bit) & lead;
		}
		if (zwnj) {
			/* A zero width non-joiner (E2 80 8C) right between two
			 * letters the full pass keeps it between (Persian). */
			__m256i nx2 = _mm256_loadu_si256((const void *)(s + i + 2));
			uint32_t e2 = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
				_mm256_and_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE2)),
			                         _mm256_cmpeq_epi8(nx, _mm256_set1_epi8((char)0x80))),
				_mm256_cmpeq_epi8(nx2, _mm256_set1_epi8((char)0x8C))));
			if (e2) {
				__m256i tj = _mm256_blendv_epi8(_mm256_shuffle_epi8(join, sel),
				                                _mm256_shuffle_epi8(join2, sel),
				                                _mm256_slli_epi16(sel, 3));
				uint32_t isj = ~(uint32_t)_mm256_movemask_epi8(
						       _mm256_cmpeq_epi8(_mm256_and_si256(tj, bit), zero)) &
				               lead & isl;
				zw = e2 & isj << 2 & isj >> 3;
			}
		}
		nl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')));
		/* (two copies: the blocks of letters alone keep the simpler one) */
		if (mk | in)
			take = two_block(p, t->sc, 32, ascii, lead, cont, asciil, isl, isa, nl, zw, mk,
			                 in, &last);
		else
			take = two_block(p, t->sc, 32, ascii, lead, cont, asciil, isl, isa, nl, zw, 0, 0,
			                 &last);
		i += take;
		if (!take || last)
			break;
	}
	return i;
}

__attribute__((target("avx2"))) static size_t two_avx2(struct pass *p, const unsigned char *s,
                                                       size_t n, const struct two_tab *t)
{
	return kernel_avx2(p, s, n, t, 0, 0);
}

__attribute__((target("avx2"))) static size_t four_avx2(struct pass *p, const unsigned char *s,
                                                        size_t n, const struct two_tab *t)
{
	return kernel_avx2(p, s, n, t, 1, 0);
}

/* four_avx2() with zero width non-joiners between letters (t->zwnj). */
__attribute__((target("avx2"))) static size_t zwnj_avx2(struct pass *p, const unsigned char *s,
                                                        size_t n, const struct two_tab *t)
{
	return kernel_avx2(p, s, n, t, 1, 1);
}

/* The bits of the 64-byte map tab for the indices idx = sel << 3 | k of each
 * byte (sel 0..63, bit k in bit), as a byte mask. */
__attribute__((target("avx2"), always_inline)) static inline uint32_t
map64_avx2(const uint8_t *tab, __m256i sel, __m256i bit)
{
	const __m256i zero = _mm256_setzero_si256();
	__m256i t0 = _mm256_shuffle_epi8(
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)tab)), sel);
	__m256i t1 = _mm256_shuffle_epi8(
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(tab + 16))), sel);
	__m256i t2 = _mm256_shuffle_epi8(
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(tab + 32))), sel);
	__m256i t3 = _mm256_shuffle_epi8(
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(tab + 48))), sel);
	/* bit 4 of sel chooses within a pair, bit 5 between the pairs (moved to
	 * bit 7, which blendv reads) */
	__m256i lo = _mm256_blendv_epi8(t0, t1, _mm256_slli_epi16(sel, 3));
	__m256i hi = _mm256_blendv_epi8(t2, t3, _mm256_slli_epi16(sel, 3));
	__m256i r = _mm256_blendv_epi8(lo, hi, _mm256_slli_epi16(sel, 2));
	return ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(r, bit), zero));
}

/* The same for a 32-byte map (sel 0..31). */
__attribute__((target("avx2"), always_inline)) static inline uint32_t
map32_avx2(const uint8_t *tab, __m256i sel, __m256i bit)
{
	const __m256i zero = _mm256_setzero_si256();
	__m256i t0 = _mm256_shuffle_epi8(
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)tab)), sel);
	__m256i t1 = _mm256_shuffle_epi8(
		_mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)(tab + 16))), sel);
	__m256i r = _mm256_blendv_epi8(t0, t1, _mm256_slli_epi16(sel, 3));
	return ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(r, bit), zero));
}

/* Latin prose with accents (French, German, Serbian, Vietnamese...) 32
 * bytes at a time: ASCII; plain Latin letters of two bytes (U+0080..U+01FF)
 * and of three (U+1E00..U+1EFF); the inert characters of C2 xx and E2 80
 * xx (the no-break space, guillemets, quotes, dashes). As kernel_avx2(), a
 * block is taken up to its first character that does not qualify, which
 * the scalar loop then takes; returns the bytes consumed (0 if the first
 * character does not qualify). Reads s[0..n), n >= 34: a block never
 * starts inside a character and stops before a sequence that goes on in
 * the next block. */
__attribute__((target("avx2"))) static size_t latin_avx2(struct pass *p, const unsigned char *s,
                                                         size_t n)
{
	const __m256i bit8 = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0, 0, 0,
	                                      0, 0, 1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0,
	                                      0, 0, 0, 0);
	const __m256i lo4 = _mm256_set1_epi8(0x0F), b7 = _mm256_set1_epi8(7);
	const __m256i zero = _mm256_setzero_si256();
	const __m256i ltab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)letter_lo));
	const __m256i atab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)anchor_lo));
	const __m256i itab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)c2_inert));
	/* (before its maps are made, a Vietnamese letter stops the kernel) */
	const uint32_t l3ok = atomic_load_explicit(&ready3, memory_order_acquire) ? ~0u : 0u;
	const __m256i ptab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)punct_inert));
	size_t i = 0;
	while (i + 34 <= n && !p->bail) {
		__m256i v = _mm256_loadu_si256((const void *)(s + i));
		__m256i nx = _mm256_loadu_si256((const void *)(s + i + 1));
		__m256i nx2 = _mm256_loadu_si256((const void *)(s + i + 2));
		__m256i hib = _mm256_shuffle_epi8(bit8, _mm256_and_si256(_mm256_srli_epi16(v, 4), lo4));
		__m256i lo = _mm256_and_si256(v, lo4);
		/* bit (x & 7) and x >> 3 & 7 of the byte after, and after that */
		__m256i bit1 = _mm256_shuffle_epi8(bit8, _mm256_and_si256(nx, b7));
		__m256i bit2 = _mm256_shuffle_epi8(bit8, _mm256_and_si256(nx2, b7));
		__m256i hi1 = _mm256_and_si256(_mm256_srli_epi16(nx, 3), b7);
		__m256i hi2 = _mm256_and_si256(_mm256_srli_epi16(nx2, 3), b7);
		uint32_t ascii = ~(uint32_t)_mm256_movemask_epi8(v);
		uint32_t al = ~(uint32_t)_mm256_movemask_epi8(
			_mm256_cmpeq_epi8(_mm256_and_si256(_mm256_shuffle_epi8(ltab, lo), hib), zero));
		uint32_t aa = ~(uint32_t)_mm256_movemask_epi8(
			_mm256_cmpeq_epi8(_mm256_and_si256(_mm256_shuffle_epi8(atab, lo), hib), zero));
		uint32_t nl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')));
		uint32_t cont = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(v, _mm256_set1_epi8((char)0xC0)), _mm256_set1_epi8((char)0x80)));
		/* continuation bytes after each byte: what a lead needs */
		uint32_t cont1 = cont >> 1 | (uint32_t)((s[i + 32] & 0xC0) == 0x80) << 31;
		uint32_t cont2 = cont1 >> 1 | (uint32_t)((s[i + 33] & 0xC0) == 0x80) << 31;
		uint32_t l2 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(v, _mm256_set1_epi8((char)0xF8)), _mm256_set1_epi8((char)0xC0))) & cont1;
		uint32_t l3 = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
			_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE1)),
			_mm256_cmpeq_epi8(_mm256_and_si256(nx, _mm256_set1_epi8((char)0xFC)),
		                          _mm256_set1_epi8((char)0xB8)))) & cont2 & l3ok;
		uint32_t pu = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
			_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE2)),
			_mm256_cmpeq_epi8(nx, _mm256_set1_epi8((char)0x80)))) & cont2;
		uint32_t let2 = 0, anc2 = 0, in2 = 0, let3 = 0, anc3 = 0, in3 = 0;
		uint32_t take = 32, keep, lead, w, starts, units, bad, letters;
		int stop;
		if (l2) {
			__m256i sel = _mm256_or_si256(_mm256_slli_epi16(_mm256_and_si256(v, b7), 3), hi1);
			let2 = map64_avx2(lat2_let, sel, bit1) & l2;
			anc2 = map64_avx2(lat2_anc, sel, bit1) & let2;
			in2 = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				      _mm256_and_si256(_mm256_shuffle_epi8(itab, hi1), bit1), zero)) &
			      l2 & (uint32_t)_mm256_movemask_epi8(
					   _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xC2)));
		}
		if (l3) {
			__m256i sel = _mm256_or_si256(
				_mm256_slli_epi16(_mm256_and_si256(nx, _mm256_set1_epi8(3)), 3), hi2);
			let3 = map32_avx2(lat3_let, sel, bit2) & l3;
			anc3 = map32_avx2(lat3_anc, sel, bit2) & let3;
		}
		if (pu)
			in3 = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				      _mm256_and_si256(_mm256_shuffle_epi8(ptab, hi2), bit2), zero)) &
			      pu;
		/* A sequence whose last byte is past the block ends the block
		 * before it. */
		lead = let2 | in2;
		w = (lead & 0x80000000u) | ((let3 | in3) & 0xC0000000u);
		if (w)
			take = (uint32_t)__builtin_ctz(w);
		keep = take == 32 ? 0xFFFFFFFFu : (1u << take) - 1;
		lead &= keep;
		let3 &= keep;
		in3 &= keep;
		bad = (~(ascii | lead | let3 | in3) &
		       ~((lead | let3 | in3) << 1 | (let3 | in3) << 2) & keep);
		stop = bad != 0;
		if (bad) {
			take = (uint32_t)__builtin_ctz(bad);
			if (!take)
				return i;
			keep = (1u << take) - 1;
		}
		/* (a sequence before the first byte not taken ends before it) */
		lead &= keep;
		in3 &= keep;
		al &= keep;
		let2 &= keep;
		let3 &= keep;
		letters = al | let2 | let3;
		/* The bytes of letters, for words. */
		w = al | let2 | let2 << 1 | let3 | let3 << 1 | let3 << 2;
		if ((w & 1) && p->in_word && p->wsc != US_SC_Latn && p->wsc != NO_SCRIPT)
			return i; /* a word of another script goes on in Latin */
		starts = w & ~((w << 1) | p->in_word);
		if (letters)
			add_letters(p, US_SC_Latn, (unsigned)__builtin_popcount(letters),
			            (unsigned)__builtin_popcount((al & aa) | ((anc2 | anc3) & keep)));
		units = (ascii & keep) | lead | let3 | in3;
		count_block(p, starts, units, nl & keep);
		p->in_word = (w >> (take - 1)) & 1;
		if (p->in_word)
			p->wsc = US_SC_Latn;
		p->marks = 0;
		i += take;
		if (stop || ascii == 0xFFFFFFFFu)
			break; /* (ASCII: the faster ASCII kernel takes the rest) */
	}
	return i;
}

/* Prose of table t's three-byte script (Hindi, Georgian) 32 bytes at a
 * time: its letters, combining marks after a letter or a mark (two in a row
 * at most), its inert characters, ASCII but letters (Latin glued on is for
 * the scalar loop), the inert E2 80 xx punctuation. As kernel_avx2(): a
 * block is taken up to its first character that does not qualify, which
 * the scalar loop then takes; returns the bytes consumed. Reads s[0..n),
 * n >= 34. */
__attribute__((target("avx2"))) static size_t three_avx2(struct pass *p, const unsigned char *s,
                                                         size_t n, const struct three_tab *t)
{
	const __m256i bit8 = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0, 0, 0,
	                                      0, 0, 1, 2, 4, 8, 16, 32, 64, (char)128, 0, 0, 0, 0,
	                                      0, 0, 0, 0);
	const __m256i lo4 = _mm256_set1_epi8(0x0F), b7 = _mm256_set1_epi8(7);
	const __m256i zero = _mm256_setzero_si256();
	const __m256i ltab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)letter_lo));
	const __m256i ptab = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)punct_inert));
	const __m256i tp = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->plain));
	const __m256i ta = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->anchor));
	const __m256i tm = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->mark));
	const __m256i ti = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)t->inert));
	size_t i = 0;
	while (i + 34 <= n && !p->bail) {
		__m256i v = _mm256_loadu_si256((const void *)(s + i));
		__m256i nx = _mm256_loadu_si256((const void *)(s + i + 1));
		__m256i nx2 = _mm256_loadu_si256((const void *)(s + i + 2));
		__m256i hib = _mm256_shuffle_epi8(bit8, _mm256_and_si256(_mm256_srli_epi16(v, 4), lo4));
		__m256i bit2 = _mm256_shuffle_epi8(bit8, _mm256_and_si256(nx2, b7));
		__m256i hi2 = _mm256_and_si256(_mm256_srli_epi16(nx2, 3), b7);
		/* (second byte & 1) << 3 | third >> 3 & 7: the byte of the maps */
		__m256i sel = _mm256_or_si256(
			_mm256_slli_epi16(_mm256_and_si256(nx, _mm256_set1_epi8(1)), 3), hi2);
		uint32_t ascii = ~(uint32_t)_mm256_movemask_epi8(v);
		uint32_t al = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(_mm256_shuffle_epi8(ltab, _mm256_and_si256(v, lo4)), hib), zero));
		uint32_t nl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')));
		uint32_t cont = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
			_mm256_and_si256(v, _mm256_set1_epi8((char)0xC0)), _mm256_set1_epi8((char)0x80)));
		uint32_t cont2 = cont >> 2 | (uint32_t)((s[i + 32] & 0xC0) == 0x80) << 30 |
		                 (uint32_t)((s[i + 33] & 0xC0) == 0x80) << 31;
		uint32_t lead = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
			_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)t->f)),
			_mm256_cmpeq_epi8(_mm256_and_si256(nx, _mm256_set1_epi8((char)0xFE)),
		                          _mm256_set1_epi8((char)t->s)))) & cont2;
		uint32_t pu = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
			_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE2)),
			_mm256_cmpeq_epi8(nx, _mm256_set1_epi8((char)0x80)))) & cont2;
		uint32_t L = 0, A = 0, M = 0, I = 0, x, take = 32, keep, bad, starts, units, lm, last;
		int stop;
		if (lead) {
			L = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				_mm256_and_si256(_mm256_shuffle_epi8(tp, sel), bit2), zero)) & lead;
			A = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				_mm256_and_si256(_mm256_shuffle_epi8(ta, sel), bit2), zero)) & L;
			M = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				_mm256_and_si256(_mm256_shuffle_epi8(tm, sel), bit2), zero)) & lead;
			I = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				_mm256_and_si256(_mm256_shuffle_epi8(ti, sel), bit2), zero)) & lead;
		}
		if (pu)
			I |= ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
				_mm256_and_si256(_mm256_shuffle_epi8(ptab, hi2), bit2), zero)) & pu;
		/* A mark goes on a letter or a mark three bytes before it (or,
		 * at the block's start, the word the scalar loop left with no
		 * mark yet); a third mark in a row is not taken. */
		M &= ((L | M) << 3) | (p->in_word && !p->marks ? 1u : 0u);
		M &= ~(M << 3 & M << 6);
		x = L | M | I;
		if (x & 0xC0000000u)
			take = (uint32_t)__builtin_ctz(x & 0xC0000000u);
		keep = take == 32 ? 0xFFFFFFFFu : (1u << take) - 1;
		x &= keep;
		bad = (~((ascii & ~al) | x | x << 1 | x << 2)) & keep;
		stop = bad != 0;
		if (bad) {
			take = (uint32_t)__builtin_ctz(bad);
			if (!take)
				return i;
			keep = (1u << take) - 1;
		}
		L &= keep;
		A &= keep;
		M &= keep;
		I &= keep;
		lm = L | M;
		if ((lm & 1) && p->in_word && p->wsc != t->sc && p->wsc != NO_SCRIPT)
			return i; /* a word of another script goes on in t->sc */
		starts = L & ~(lm << 3 | (p->in_word ? 1u : 0u));
		if (L)
			add_letters(p, t->sc, (unsigned)__builtin_popcount(L),
			            (unsigned)__builtin_popcount(A));
		units = (ascii & keep) | L | M | I;
		count_block(p, starts, units, nl & keep);
		/* The last unit: an ASCII byte, or three bytes from take - 3. A
		 * mark is in a word (it follows a letter or a mark, or starts
		 * the block in the scalar loop's word). */
		last = take >= 3 && ((L | M | I) >> (take - 3) & 1) ? take - 3 : 32;
		if (last == 32 || (I >> last & 1)) {
			p->in_word = 0;
			p->marks = 0;
		} else {
			/* The word's letters in this block: those after its last
			 * unit that is not in a word. */
			uint32_t out = ((ascii & keep) | I) & ((2u << last) - 1);
			uint32_t after = out ? ~((2u << (31 - __builtin_clz(out))) - 1) : ~0u;
			p->marks = !(M >> last & 1) ? 0 : last >= 3 && (M >> (last - 3) & 1) ? 2 : 1;
			p->in_word = 1;
			if (L & after)
				p->wsc = t->sc;
		}
		i += take;
		if (stop)
			break;
	}
	return i;
}
#endif

#if HAVE_NEON
/* kernel_avx2() 16 bytes at a time, two or four leads alike (a table
 * lookup of 32 bytes). Reads s[0..n), n >= 17. */
static size_t two_neon(struct pass *p, const unsigned char *s, size_t n, const struct two_tab *t)
{
	const uint8x16x2_t plain = {{vld1q_u8(t->plain), vld1q_u8(t->plain + 16)}};
	const uint8x16x2_t anch = {{vld1q_u8(t->anchor), vld1q_u8(t->anchor + 16)}};
	const uint8x16_t bits = vld1q_u8(neon_rows);
	const uint8_t four = t->leads == 4;
	const uint8x16_t lmask = vdupq_n_u8(four ? 0xFC : 0xFE), imask = vdupq_n_u8(four ? 0xC0 : 0x40);
	size_t i = 0;
	while (i + 17 <= n && !p->bail) {
		uint8x16_t v = vld1q_u8(s + i), nx = vld1q_u8(s + i + 1);
		uint8x16_t idx = vorrq_u8(vandq_u8(vshlq_n_u8(v, 6), imask),
		                          vandq_u8(nx, vdupq_n_u8(0x3F)));
		uint8x16_t sel = vshrq_n_u8(idx, 3);
		uint8x16_t bit = vqtbl1q_u8(bits, vandq_u8(idx, vdupq_n_u8(7)));
		uint32_t take;
		int last;
		take = two_block(
			p, t->sc, 16, ~neon_bits16(vcltq_s8(vreinterpretq_s8_u8(v), vdupq_n_s8(0))) & 0xFFFFu,
			neon_bits16(vceqq_u8(vandq_u8(v, lmask), vdupq_n_u8(t->lead))),
			neon_bits16(vceqq_u8(vandq_u8(v, vdupq_n_u8(0xC0)), vdupq_n_u8(0x80))),
			neon_bits16(neon_in(letter_lo, v, vqtbl1q_u8(vld1q_u8(neon_rows), vshrq_n_u8(v, 4)))),
			neon_bits16(vtstq_u8(vqtbl2q_u8(plain, sel), bit)),
			neon_bits16(vtstq_u8(vqtbl2q_u8(anch, sel), bit)),
			neon_bits16(vceqq_u8(v, vdupq_n_u8('\n'))), 0, 0, 0, &last);
		i += take;
		if (!take || last)
			break;
	}
	return i;
}
#endif

static inline int ascii8(const unsigned char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return !(w & 0x8080808080808080ull);
}

static size_t ascii_run(struct pass *p, const unsigned char *s, size_t n, int impl)
{
#if HAVE_AVX2
	if (impl == US_UTF8_IMPL_AVX2)
		return ascii_avx2(p, s, n);
#endif
#if HAVE_SSE2
	if (impl == US_UTF8_IMPL_SSE2)
		return ascii_sse2(p, s, n);
#endif
#if HAVE_NEON
	if (impl == US_UTF8_IMPL_NEON)
		return ascii_neon(p, s, n);
#endif
	(void)impl;
	return ascii_scalar(p, s, n);
}

static atomic_int force_full;

void us_scan_force_full(int on)
{
	atomic_store_explicit(&force_full, on != 0, memory_order_relaxed);
}

int us_scan_forced_full(void)
{
	return atomic_load_explicit(&force_full, memory_order_relaxed);
}

/* Is the U+200C at seg[off..off+l) one the full pass keeps: right between
 * two plain letters of a word (the one before of the word being read),
 * as us_scan_zwnj_kept() says? Anything else (a mark or the end of the
 * word on either side) goes to the full pass. */
static int zwnj_kept(const unsigned char *seg, size_t off, size_t l, size_t len)
{
	const uint16_t mask = US_FI_CLS | US_FI_SPECIAL | US_FI_NOSCRIPT;
	size_t b = off - 1;
	uint32_t a, n;
	uint16_t ia, in;
	while (b > 0 && off - b < 4 && (seg[b] & 0xC0) == 0x80)
		b--;
	if (us_utf8_decode(seg + b, off - b, &a) != off - b || a == US_CP_INVALID ||
	    off + l >= len)
		return 0;
	us_utf8_decode(seg + off + l, len - off - l, &n);
	if (n == US_CP_INVALID)
		return 0;
	ia = info_of(a);
	in = info_of(n);
	return (ia & mask) == C_LETTER && (in & mask) == C_LETTER &&
	       us_scan_zwnj_kept(US_FI_SCRIPT(ia), a, n);
}

/* The AVX2 kernels read 34 bytes. At the end of a segment they read a copy
 * of its last bytes followed by bytes FF (never in UTF-8), which none takes:
 * it stops there. Fewer than TAIL_MIN bytes cost the scalar loop less than
 * the copy. */
#define KERNEL_READ 34u
#define TAIL_MIN 8u
#define KERNEL_PAD (2 * KERNEL_READ)
/* For latin_avx2() started at a two-byte letter, LATIN_TAIL more: at the
 * end of a paragraph of prose with a few accents it would mostly stop at
 * once (Turkish 44.98 instructions per byte with TAIL_MIN alone, 44.63
 * with it, 44.60 without copies; Vietnamese 22.19, 22.42, 24.32). */
#define LATIN_TAIL 16u

/* Whether the AVX2 kernels (latin_avx2(), three_avx2(), kernel_avx2()) may
 * take seg[off..len), through kernel_in(). */
#if HAVE_AVX2
#define KERNEL_OK(impl, off, len) ((impl) == US_UTF8_IMPL_AVX2 && (off) + TAIL_MIN <= (len))
#else
#define KERNEL_OK(impl, off, len) 0
#define latin_avx2(p, s, n) ((void)(p), (void)(s), (void)(n), (size_t)0)
#define three_avx2(p, s, n, t) ((void)(p), (void)(s), (void)(n), (void)(t), (size_t)0)
#endif

/* A kernel's input at seg[off..len): those bytes, or (fewer than
 * KERNEL_READ) a copy in pad[KERNEL_PAD] followed by bytes FF; *n its
 * length. */
static inline const unsigned char *kernel_in(const unsigned char *seg, size_t off, size_t len,
                                             unsigned char *pad, size_t *n)
{
	*n = len - off;
	if (*n >= KERNEL_READ)
		return seg + off;
	memcpy(pad, seg + off, *n);
	memset(pad + *n, 0xFF, KERNEL_PAD - *n);
	*n = KERNEL_PAD;
	return pad;
}

/* The table three_avx2() reads for text whose lead is c, then x. */
static inline const struct three_tab *three_for(unsigned c, unsigned x)
{
	return c == 0xE0 && (x & 0xFE) == 0xA4 ? &deva_tab
	       : c == 0xE1 && (x & 0xFE) == 0x82 ? &geor_tab
	                                         : NULL;
}

/* Is C2..C7 x or E1 x y a letter latin_avx2() takes? It is started at
 * such a letter (not at a dotless ı or a Turkish ş, which would make it
 * give up at once; nor at the guillemets and spaces of C2 xx, which text
 * of any script has). */
static inline int latin_first2(unsigned c, unsigned x)
{
	unsigned k = (c & 7u) << 6 | (x & 0x3Fu);
	return (x & 0xC0u) == 0x80u && ((lat2_let[k >> 3] >> (k & 7)) & 1);
}

/* Is there a byte >= 0x80 among the 16 at s? latin_avx2() pays where
 * letters with accents are dense (Vietnamese); a letter alone among ASCII
 * (German, French) is cheaper for the scalar loop and the ASCII kernel. */
static inline int latin_dense(const unsigned char *s)
{
	uint64_t w[2];
	memcpy(w, s, 16);
	return ((w[0] | w[1]) & 0x8080808080808080ull) != 0;
}

/* latin_dense() at seg + off, of the bytes before len. */
static inline int latin_dense_at(const unsigned char *seg, size_t off, size_t len)
{
	if (off + 16 <= len)
		return latin_dense(seg + off);
	for (; off < len; off++)
		if (seg[off] >= 0x80)
			return 1;
	return 0;
}

static inline int latin_first3(unsigned x, unsigned y)
{
	unsigned k = (x & 3u) << 6 | (y & 0x3Fu);
	return (x & 0xFCu) == 0xB8u && (y & 0xC0u) == 0x80u && ((lat3_let[k >> 3] >> (k & 7)) & 1);
}

int us_fast_segment(const unsigned char *seg, size_t len, struct us_fast *f)
{
	struct pass p;
	size_t off = 0, k;
	const struct three_tab *t3;
	const unsigned char *kb; /* a kernel's input (kernel_in()) */
	unsigned char pad[KERNEL_PAD];
	size_t kn;
	int impl = us_utf8_impl_effective();
	if (us_scan_forced_full())
		return 0;
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&once, init_tables);
	const uint16_t *blk = NULL; /* info_block(bhi) */
	uint32_t bhi = 0;
	p.f = f;
	p.in_word = 0;
	p.wsc = NO_SCRIPT;
	p.marks = 0;
	p.bail = 0;
	p.sc = 0;
	p.nlet = p.nanch = 0;
	p.nwords = p.nlines = 0;
	p.tail = f->tail;
	while (off < len && !p.bail) {
		unsigned c = seg[off];
		uint32_t cp;
		size_t l;
		if (c < 0x80) {
			/* Short ASCII (a space between words) inline; a run of eight
			 * or more through the kernel. */
			if (off + 8 <= len && ascii8(seg + off)) {
				off += ascii_run(&p, seg + off, len - off, impl);
			} else {
				step(&p, low_info[c], c == '\n');
				off++;
			}
			continue;
		}
		if (c >= 0xC2 && c < 0xE0) {
			if (c < 0xC8 && KERNEL_OK(impl, off + LATIN_TAIL, len) && latin_first2(c, seg[off + 1]) &&
			    latin_dense_at(seg, off + 2, len) &&
			    (kb = kernel_in(seg, off, len, pad, &kn), k = latin_avx2(&p, kb, kn))) {
				off += k;
				continue;
			}
#if HAVE_AVX2 || HAVE_NEON
			const struct two_tab *t = (c & 0xFE) == 0xD0   ? &cyr_tab
			                          : (c & 0xFE) == 0xD2 ? &cyx_tab
			                          : (c & 0xFE) == 0xCE ? &grk_tab
			                          : (c & 0xFC) == 0xD4 ? &arm_tab
			                          : (c & 0xFC) == 0xD8 ? &arb_tab
			                                               : NULL;
#endif
#if HAVE_AVX2
			if (t && KERNEL_OK(impl, off, len)) {
				kb = kernel_in(seg, off, len, pad, &kn);
				k = t->zwnj && t->leads == 4 ? zwnj_avx2(&p, kb, kn, t)
				    : t->leads == 4          ? four_avx2(&p, kb, kn, t)
				                             : two_avx2(&p, kb, kn, t);
				if (k) {
					off += k;
					continue;
				}
			}
#endif
#if HAVE_NEON
			if (t && impl == US_UTF8_IMPL_NEON && off + 17 <= len) {
				k = two_neon(&p, seg + off, len - off, t);
				if (k) {
					off += k;
					continue;
				}
			}
#endif
			if (p.in_word && p.wsc == p.sc) {
				/* Hot: the rest of a word of two-byte letters (Cyrillic,
				 * Greek...), counted in registers. */
				const uint32_t expect = C_LETTER | (p.sc << 8);
				uint32_t n = 0, a = 0;
				size_t o = off;
				while (o + 1 < len) {
					/* Lead 110xxxxx, then 10xxxxxx. */
					unsigned v = seg[o] | (unsigned)seg[o + 1] << 8;
					uint16_t i;
					if ((v & 0xC0E0u) != 0x80C0u)
						break;
					i = two_info[((v & 0x1Fu) << 6) | ((v >> 8) & 0x3Fu)];
					if ((i & ~US_FI_ANCHOR) != expect)
						break;
					n++;
					a += (i >> 3) & 1;
					o += 2;
				}
				p.nlet += n;
				p.nanch += a;
				p.tail += n;
				off = o;
				if (n)
					continue;
			}
			if (off + 1 < len && (seg[off + 1] & 0xC0) == 0x80) {
				step(&p, low_info[((c & 0x1Fu) << 6) | (seg[off + 1] & 0x3Fu)], 0);
				off += 2;
				continue;
			}
		}
		if ((c == 0xE0 || c == 0xE1) && KERNEL_OK(impl, off, len) && (need_three(), 1) &&
		    (t3 = three_for(c, seg[off + 1])) &&
		    (kb = kernel_in(seg, off, len, pad, &kn), k = three_avx2(&p, kb, kn, t3))) {
			off += k; /* Hindi, Georgian */
			continue;
		}
		if (c >= 0xE0 && c < 0xF0 && c != 0xED && p.in_word && p.wsc == p.sc && blk &&
		    off + 2 < len && ((c & 0x0Fu) << 4 | (seg[off + 1] & 0x3Fu) >> 2) == bhi &&
		    (seg[off + 1] & 0xC0) == 0x80 && (seg[off + 2] & 0xC0) == 0x80) {
			/* Hot: the rest of a word of three-byte letters (Devanagari,
			 * Georgian, Han...) and the marks between them, in the
			 * cached block (whose code points are all well-formed
			 * three-byte sequences: outside E0 80..9F and ED A0..BF). */
			const uint32_t expect = C_LETTER | (p.sc << 8);
			uint32_t n = 0, a = 0, units = 0;
			unsigned marks = p.marks;
			size_t o = off;
			while (o + 2 < len && seg[o] == c && (seg[o + 1] & 0xFCu) == (seg[off + 1] & 0xFCu) &&
			       (seg[o + 2] & 0xC0) == 0x80) {
				uint16_t i = blk[(seg[o + 1] & 0x03u) << 6 | (seg[o + 2] & 0x3Fu)];
				if ((i & ~US_FI_ANCHOR) == expect) {
					n++;
					a += (i >> 3) & 1;
					marks = 0;
				} else if ((i & (US_FI_CLS | US_FI_SPECIAL)) == C_MARK && marks < 2) {
					marks++; /* (a third in a row: step() gives up) */
				} else {
					break;
				}
				units++;
				o += 3;
			}
			p.nlet += n;
			p.nanch += a;
			p.tail += units;
			p.marks = marks;
			off = o;
			if (units)
				continue;
		}
		if (c == 0xE1 && (seg[off + 1] & 0xFC) == 0xB8 && KERNEL_OK(impl, off, len) &&
		    (need_three(), latin_first3(seg[off + 1], seg[off + 2])) &&
		    latin_dense_at(seg, off + 3, len) &&
		    (kb = kernel_in(seg, off, len, pad, &kn), k = latin_avx2(&p, kb, kn))) {
			off += k; /* Vietnamese */
			continue;
		}
		if (c >= 0xE0 && c < 0xF0 && c != 0xED && off + 2 < len &&
		    (seg[off + 1] & 0xC0) == 0x80 && (seg[off + 2] & 0xC0) == 0x80 &&
		    (c != 0xE0 || seg[off + 1] >= 0xA0)) {
			/* Three bytes, well-formed (ED, whose second byte has a
			 * narrower range, aside; after E0 it is A0..BF): as
			 * us_utf8_decode(). */
			cp = (c & 0x0Fu) << 12 | (seg[off + 1] & 0x3Fu) << 6 | (seg[off + 2] & 0x3Fu);
			l = 3;
		} else {
			l = us_utf8_decode(seg + off, len - off, &cp);
			if (cp == US_CP_INVALID)
				return 0;
		}
		if (cp == 0x200C && p.in_word && zwnj_kept(seg, off, l, len)) {
			/* Inside the word, a unit that is no mark. */
			p.tail++;
			p.marks = 0;
			off += l;
			continue;
		}
		if (cp >> 8 != bhi || !blk) {
			/* The block of the last code point outside the cached
			 * ranges, kept: text of one script stays in one or two. */
			if (cp < LOW_END || (cp >= PUNCT_START && cp < PUNCT_END) ||
			    !(blk = info_block(cp >> 8))) {
				step(&p, info_of(cp), 0);
				off += l;
				continue;
			}
			bhi = cp >> 8;
		}
		step(&p, blk[cp & 0xFF], 0);
		off += l;
	}
	flush(&p);
	f->nwords += p.nwords;
	f->nlines += p.nlines;
	f->tail = p.tail;
	return !p.bail;
}

/* ------------------------------------------------ runs of plain paragraphs
 *
 * Prose is mostly paragraphs of ASCII with a few quotes and dashes, each a
 * segment of its own (a few hundred bytes). Taking them one by one costs a
 * cut search, a kernel start and the scalar ends of its runs per
 * paragraph; us_fast_paragraphs() instead walks many paragraphs in one pass
 * of 64-byte blocks, finding the cuts (blank lines) as it goes and keeping
 * the counts of each paragraph apart. */

/* Bits of a 64-byte block: non-ASCII bytes, ASCII letters, anchor letters,
 * line feeds, blank-line white space (blank_lo), and the first bytes of
 * inert E2 80 xx punctuation lying wholly inside the block. */
struct bits64 {
	uint64_t hi, let, anc, nl, ws, seq;
};

/* Is byte x the last byte of E2 80 x, plain punctuation (punct_inert)? */
static inline int inert_cont(unsigned x)
{
	return (x & 0xC0u) == 0x80u && ((punct_inert[(x & 0x3Fu) >> 3] >> (x & 7u)) & 1u);
}

/* seq bits from the non-ASCII bits hi, one byte at a time (the SSE2 and
 * scalar kernels: quotes are a few per block). */
static inline uint64_t punct_seq(const unsigned char *s, uint64_t hi)
{
	uint64_t seq = 0;
	while (hi) {
		unsigned i = (unsigned)__builtin_ctzll(hi);
		if (i <= 61 && s[i] == 0xE2 && s[i + 1] == 0x80 && inert_cont(s[i + 2])) {
			seq |= 1ull << i;
			hi &= ~(7ull << i);
		} else {
			hi &= hi - 1;
		}
	}
	return seq;
}

static inline void bits_scalar(const unsigned char *s, struct bits64 *m)
{
	unsigned k;
	m->hi = m->let = m->anc = m->nl = m->ws = 0;
	for (k = 0; k < 64; k++) {
		unsigned c = s[k];
		uint64_t bit = 1ull << k;
		if (c >= 0x80) {
			m->hi |= bit;
			continue;
		}
		if ((low_info[c] & US_FI_CLS) == C_LETTER)
			m->let |= bit;
		if (low_info[c] & US_FI_ANCHOR)
			m->anc |= bit;
		if (c == '\n')
			m->nl |= bit;
		if ((blank_lo[c & 15] >> (c >> 4)) & 1)
			m->ws |= bit;
	}
	m->seq = m->hi ? punct_seq(s, m->hi) : 0;
}

#if HAVE_SSE2
static inline void bits_sse2(const unsigned char *s, struct bits64 *m)
{
	unsigned k;
	uint64_t L;
	m->hi = m->let = m->nl = m->anc = m->ws = 0;
	for (k = 0; k < 64; k += 16) {
		__m128i v = _mm_loadu_si128((const void *)(s + k));
		/* Letters: (c | 0x20) - 'a' < 26, as signed bytes offset by 0x80. */
		__m128i t = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
		                         _mm_set1_epi8((char)('a' + 128)));
		m->hi |= (uint64_t)(uint32_t)_mm_movemask_epi8(v) << k;
		m->let |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(t, _mm_set1_epi8(-128 + 26)))
		          << k;
		m->nl |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))
		         << k;
		m->ws |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_or_si128(
				 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
		                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
				 _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))))
		         << k;
	}
	/* No byte shuffle in SSE2: anchors letter by letter. */
	for (L = m->let; L; L &= L - 1) {
		unsigned i = (unsigned)__builtin_ctzll(L);
		m->anc |= (uint64_t)((anchor_lo[s[i] & 15] >> (s[i] >> 4)) & 1) << i;
	}
	m->seq = m->hi ? punct_seq(s, m->hi) : 0;
}
#endif

#if HAVE_NEON
/* As bits_avx2(), 16 bytes at a time; reads s[0..65) (the byte after the
 * block, for E2 80 in its last byte). */
static inline void bits_neon(const unsigned char *s, struct bits64 *m)
{
	/* Bit (c >> 4) - 8 for bytes 80..BF, 0 for the others. */
	static const uint8_t rows8[16] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 0, 0, 0, 0};
	uint8x16_t hi[4], let[4], anc[4], nl[4], ws[4], e2[4], in[4];
	unsigned k;
	for (k = 0; k < 4; k++) {
		uint8x16_t v = vld1q_u8(s + 16 * k), nx = vld1q_u8(s + 16 * k + 1);
		uint8x16_t hn = vshrq_n_u8(v, 4);
		uint8x16_t hib = vqtbl1q_u8(vld1q_u8(neon_rows), hn);
		hi[k] = vcltq_s8(vreinterpretq_s8_u8(v), vdupq_n_s8(0));
		let[k] = neon_in(letter_lo, v, hib);
		anc[k] = neon_in(anchor_lo, v, hib);
		ws[k] = neon_in(blank_lo, v, hib);
		nl[k] = vceqq_u8(v, vdupq_n_u8('\n'));
		in[k] = neon_in(punct_row, v, vqtbl1q_u8(vld1q_u8(rows8), hn));
		e2[k] = vandq_u8(vceqq_u8(v, vdupq_n_u8(0xE2)), vceqq_u8(nx, vdupq_n_u8(0x80)));
	}
	m->hi = neon_bits64(hi[0], hi[1], hi[2], hi[3]);
	m->let = neon_bits64(let[0], let[1], let[2], let[3]);
	m->anc = neon_bits64(anc[0], anc[1], anc[2], anc[3]);
	m->nl = neon_bits64(nl[0], nl[1], nl[2], nl[3]);
	m->ws = neon_bits64(ws[0], ws[1], ws[2], ws[3]);
	/* E2 80 xx wholly inside the block */
	m->seq = neon_bits64(e2[0], e2[1], e2[2], e2[3]) &
	         neon_bits64(in[0], in[1], in[2], in[3]) >> 2;
}
#endif

#if HAVE_AVX2
/* The nibble tables as vectors, loaded once per pass (the stores to the
 * paragraph list could alias the arrays, so they would be reloaded for
 * every block). */
struct tabs {
	__m256i let, anc, ws, pin;
};

/* Non-ASCII, letter, anchor, line feed and blank white space bits of the
 * 32 bytes at s, and for the quotes: e2 marks E2 80 (reads s[32]), in the
 * bytes 80..BF that end inert punctuation. An ASCII byte c is in a
 * nibble-table set t when t[c & 15] has bit c >> 4 (one shuffle by the
 * byte itself, one by its high nibble); a byte 80..BF is in the
 * punctuation set when t.pin[c & 15] has bit (c >> 4) - 8. */
__attribute__((target("avx2"), always_inline)) static inline uint32_t
bits32_avx2(const struct tabs *t, const unsigned char *s, uint32_t *let, uint32_t *anc,
            uint32_t *nl, uint32_t *ws, uint32_t *e2, uint32_t *in)
{
	/* Bit c >> 4 of an ASCII byte; for bytes >= 0x80, bit 1 (the row of
	 * 0x10..0x1F, never in the sets), so that they fail the test. */
	const __m256i rows = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, (char)128, 2, 2, 2, 2, 2, 2,
	                                      2, 2, 1, 2, 4, 8, 16, 32, 64, (char)128, 2, 2, 2, 2,
	                                      2, 2, 2, 2);
	/* Bit (c >> 4) - 8 for 80..BF, bit 7 (in no row of pin) for others. */
	const __m256i rows8 = _mm256_setr_epi8(
		(char)128, (char)128, (char)128, (char)128, (char)128, (char)128, (char)128, (char)128,
		1, 2, 4, 8, (char)128, (char)128, (char)128, (char)128, (char)128, (char)128, (char)128,
		(char)128, (char)128, (char)128, (char)128, (char)128, 1, 2, 4, 8, (char)128, (char)128,
		(char)128, (char)128);
	const __m256i lo4 = _mm256_set1_epi8(0x0F);
	__m256i v = _mm256_loadu_si256((const void *)s);
	__m256i hn = _mm256_and_si256(_mm256_srli_epi16(v, 4), lo4);
	__m256i hib = _mm256_shuffle_epi8(rows, hn);
	__m256i hib8 = _mm256_shuffle_epi8(rows8, hn);
	*let = (uint32_t)_mm256_movemask_epi8(
		_mm256_cmpeq_epi8(_mm256_and_si256(_mm256_shuffle_epi8(t->let, v), hib), hib));
	*anc = (uint32_t)_mm256_movemask_epi8(
		_mm256_cmpeq_epi8(_mm256_and_si256(_mm256_shuffle_epi8(t->anc, v), hib), hib));
	*ws = (uint32_t)_mm256_movemask_epi8(
		_mm256_cmpeq_epi8(_mm256_and_si256(_mm256_shuffle_epi8(t->ws, v), hib), hib));
	*nl = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')));
	*in = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
		_mm256_and_si256(_mm256_shuffle_epi8(t->pin, _mm256_and_si256(v, lo4)), hib8), hib8));
	*e2 = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
		_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE2)),
		_mm256_cmpeq_epi8(_mm256_loadu_si256((const void *)(s + 1)),
	                          _mm256_set1_epi8((char)0x80))));
	return (uint32_t)_mm256_movemask_epi8(v);
}

__attribute__((target("avx2"), always_inline)) static inline void
bits_avx2(const struct tabs *t, const unsigned char *s, struct bits64 *m)
{
	uint32_t l0, l1, a0, a1, n0, n1, h0, h1, w0, w1, e0, e1, i0, i1;
	uint64_t in;
	h0 = bits32_avx2(t, s, &l0, &a0, &n0, &w0, &e0, &i0);
	h1 = bits32_avx2(t, s + 32, &l1, &a1, &n1, &w1, &e1, &i1);
	m->hi = h0 | (uint64_t)h1 << 32;
	m->let = l0 | (uint64_t)l1 << 32;
	m->anc = a0 | (uint64_t)a1 << 32;
	m->ws = w0 | (uint64_t)w1 << 32;
	m->nl = n0 | (uint64_t)n1 << 32;
	in = i0 | (uint64_t)i1 << 32;
	/* E2 80 xx wholly inside the block (a quote ending past it is left
	 * to the next block). Computed for every block: a branch on the
	 * non-ASCII bits would be mispredicted in prose (about half the
	 * blocks have a quote). */
	m->seq = (e0 | (uint64_t)e1 << 32) & in >> 2;
}
#endif

/* A pass over paragraphs: b[p..) is the next block, b[start..p) the part
 * of the paragraph being read so far, whose counts are let, anc, wrd and
 * lin (kept modulo 2^32: a block may first subtract what belongs to the
 * paragraph before a cut in it, then add the whole block). */
struct paras {
	const unsigned char *b;
	size_t len, p, start, usoft;
	uint32_t let, anc, wrd, lin;
	uint64_t in_word; /* 0 or 1: the byte before b[p] is a letter */
	/* 0 or 1: the paragraph has a line feed followed by nothing but
	 * blank-line white space up to b[p] (a blank line may be going on) */
	uint64_t pend;
	struct us_para *out;
	size_t n, max;
};

static inline unsigned pop(uint64_t x)
{
	return (unsigned)__builtin_popcountll(x);
}

/* Accounts for the block at b[p] with bits m; 1 to stop the pass (the
 * paragraph being read is not plain, may be longer than find_cut()'s
 * blank-line rule covers, or the output is full).
 *
 * Blank lines (find_cut(): a line feed, then only spaces, tabs and carriage
 * returns up to the next line feed) are found with masks: s marks the byte
 * after each line feed of the paragraph; adding s & W to W (W the blank
 * white space) carries each run of white space that starts there to the
 * byte after the run, so (s | (s & W) + W) & ~W marks the first byte that
 * is not white space after each line feed, and those that are line feeds
 * end blank lines. A run reaching the end of the block carries out (pend). */
static inline __attribute__((always_inline)) int para_block(struct paras *c,
                                                            const struct bits64 *m)
{
	uint64_t L = m->let, A = m->anc, N = m->nl, W = m->ws, S, s, sum, ends, last = 1ull << 63;
	uint64_t n63; /* the last byte is a line feed of the paragraph being read */
	unsigned take = 64;
	int carry;
	{
		/* Bytes other than ASCII and whole inert E2 80 xx: the
		 * paragraph is not plain. Or a quote cut by the end of the
		 * block: the next block starts with it. */
		uint64_t bad = m->hi & ~(m->seq | m->seq << 1 | m->seq << 2);
		if (bad) {
			uint64_t keep;
			take = (unsigned)__builtin_ctzll(bad);
			if (!take)
				return 1;
			keep = (1ull << take) - 1;
			last = 1ull << (take - 1);
			L &= keep;
			A &= keep;
			N &= keep;
			W &= keep;
		}
	}
	S = L & ~((L << 1) | c->in_word); /* first letters of words */
	s = N << 1 | c->pend;
	n63 = N >> 63;
	for (;;) {
		uint64_t below, q1;
		unsigned o;
		struct us_para *q;
		carry = __builtin_add_overflow(s & W, W, &sum);
		ends = (s | sum) & ~W & N;
		if (!ends)
			break;
		/* A blank line ends at b[p + o]: the paragraph ends after it,
		 * if within usoft bytes of its start. */
		o = (unsigned)__builtin_ctzll(ends);
		if (c->p + o - c->start >= c->usoft)
			return 1; /* a long paragraph: cut by counting units */
		below = o == 63 ? ~0ull : (2ull << o) - 1;
		q = &c->out[c->n++];
		q->len = (uint32_t)(c->p + o + 1 - c->start);
		q->letters = c->let + pop(L & below);
		q->anchors = c->anc + pop(A & below);
		q->words = c->wrd + pop(S & below);
		q->lines = c->lin + pop(N & below);
		c->start = c->p + o + 1;
		if (c->n == c->max)
			return 1;
		/* The rest of the block belongs to the next paragraph, whose
		 * blank lines start at its own line feeds. */
		c->let = 0u - pop(L & below);
		c->anc = 0u - pop(A & below);
		c->wrd = 0u - pop(S & below);
		c->lin = 0u - pop(N & below);
		n63 &= o != 63;
		q1 = below << 1 | 1;
		s &= ~q1;
	}
	/* A blank line may go on in the next block: the last byte is a line
	 * feed of this paragraph, or ends white space after one. (With a
	 * shortened block N and W end before the byte that is not white
	 * space, so both are 0.) */
	c->pend = (uint64_t)carry | n63;
	c->let += pop(L);
	c->anc += pop(A);
	c->wrd += pop(S);
	c->lin += pop(N);
	c->in_word = (L & last) != 0;
	c->p += take;
	return c->p - c->start >= c->usoft; /* no cut in time: a long paragraph */
}

/* One loop per kernel, so that each inlines its own block masks. */
#if HAVE_AVX2
/* para_block() out of line, for the AVX2 loop's blocks that are not all
 * plain (or end with a cut quote). */
__attribute__((target("popcnt"), noinline)) static int para_any(struct paras *c,
                                                              const struct bits64 *m)
{
	return para_block(c, m);
}

/* para_block() on whole plain blocks with the state in locals: the end of
 * the data and the paragraph length limit as one bound, in_word and pend
 * as two bits of one word, the four counts in registers. */
__attribute__((target("avx2,popcnt"))) static void paras_avx2(struct paras *pc)
{
	struct paras c = *pc;
	struct bits64 m;
	struct tabs t;
	t.let = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)letter_lo));
	t.anc = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)anchor_lo));
	t.ws = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)blank_lo));
	t.pin = _mm256_broadcastsi128_si256(_mm_loadu_si128((const void *)punct_row));
	for (;;) {
		size_t p = c.p, start = c.start, lim;
		uint32_t let = c.let, anc = c.anc, wrd = c.wrd, lin = c.lin;
		uint64_t flags = c.in_word | c.pend << 1; /* bit 0 in_word, bit 1 pend */
		struct us_para *out = c.out + c.n, *out_end = c.out + c.max;
		int stop;
		/* blocks at p while p + 66 <= len and p - start < usoft */
		lim = c.len - 65 < start + c.usoft ? c.len - 65 : start + c.usoft;
		if (c.len < 66 || p >= lim)
			break;
		for (;;) {
			uint64_t L, A, N, W, S, s, sum, n63;
			int carry;
			bits_avx2(&t, c.b + p, &m);
			if (m.hi & ~(m.seq | m.seq << 1 | m.seq << 2))
				break; /* to para_any() */
			L = m.let;
			A = m.anc;
			N = m.nl;
			W = m.ws;
			S = L & ~((L << 1) | (flags & 1));
			s = N << 1 | flags >> 1;
			n63 = N >> 63;
			for (;;) {
				uint64_t below;
				unsigned o;
				carry = __builtin_add_overflow(s & W, W, &sum);
				sum = (s | sum) & ~W & N; /* blank lines ending here */
				if (!sum)
					break;
				o = (unsigned)__builtin_ctzll(sum);
				if (p + o - start >= c.usoft)
					goto stop; /* a long paragraph: cut by counting units */
				below = o == 63 ? ~0ull : (2ull << o) - 1;
				out->len = (uint32_t)(p + o + 1 - start);
				out->letters = let + pop(L & below);
				out->anchors = anc + pop(A & below);
				out->words = wrd + pop(S & below);
				out->lines = lin + pop(N & below);
				start = p + o + 1;
				if (++out == out_end)
					goto stop;
				let = 0u - pop(L & below);
				anc = 0u - pop(A & below);
				wrd = 0u - pop(S & below);
				lin = 0u - pop(N & below);
				n63 &= o != 63;
				s &= ~(below << 1 | 1);
				lim = c.len - 65 < start + c.usoft ? c.len - 65 : start + c.usoft;
			}
			flags = L >> 63 | ((uint64_t)carry | n63) << 1;
			let += pop(L);
			anc += pop(A);
			wrd += pop(S);
			lin += pop(N);
			p += 64;
			if (p >= lim)
				goto stop; /* the end of the data, or no cut in time */
		}
		c.p = p;
		c.start = start;
		c.let = let;
		c.anc = anc;
		c.wrd = wrd;
		c.lin = lin;
		c.in_word = flags & 1;
		c.pend = flags >> 1;
		c.n = (size_t)(out - c.out);
		stop = para_any(&c, &m);
		if (stop)
			break;
		continue;
	stop:
		c.n = (size_t)(out - c.out);
		break;
	}
	pc->n = c.n;
}
#endif

#if HAVE_SSE2
static void paras_sse2(struct paras *pc)
{
	struct paras c = *pc;
	struct bits64 m;
	while (c.p + 64 <= c.len) {
		bits_sse2(c.b + c.p, &m);
		if (para_block(&c, &m))
			break;
	}
	*pc = c;
}
#endif

#if HAVE_NEON
static void paras_neon(struct paras *pc)
{
	struct paras c = *pc;
	struct bits64 m;
	while (c.p + 65 <= c.len) {
		bits_neon(c.b + c.p, &m);
		if (para_block(&c, &m))
			break;
	}
	*pc = c;
}
#endif

static void paras_scalar(struct paras *pc)
{
	struct paras c = *pc;
	struct bits64 m;
	while (c.p + 64 <= c.len) {
		bits_scalar(c.b + c.p, &m);
		if (para_block(&c, &m))
			break;
	}
	*pc = c;
}

size_t us_fast_paragraphs(const unsigned char *b, size_t len, size_t usoft, struct us_para *out,
                          size_t max)
{
	struct paras c;
	uint64_t w[2];
	int impl;
	if (len < 64 || !max || us_scan_forced_full())
		return 0;
	/* Text of other scripts fails at its first letter: with more than
	 * one quote's worth of bytes >= 0x80 in the first 16, do not even set
	 * up the pass (the segment-by-segment path takes the paragraph). */
	memcpy(w, b, 16);
	/* (a byte sum by multiplication: popcount is a libgcc call outside
	 * the AVX2 functions) */
	if ((((w[0] >> 7 & 0x0101010101010101ull) + (w[1] >> 7 & 0x0101010101010101ull)) *
	     0x0101010101010101ull) >> 56 > 3)
		return 0;
	if (!atomic_load_explicit(&ready, memory_order_acquire))
		pthread_once(&once, init_tables);
	if (!ascii_plain)
		return 0;
	memset(&c, 0, sizeof c);
	c.b = b;
	c.len = len;
	c.usoft = usoft;
	c.out = out;
	c.max = max;
	impl = us_utf8_impl_effective();
#if HAVE_AVX2
	if (impl == US_UTF8_IMPL_AVX2) {
		paras_avx2(&c);
		return c.n;
	}
#endif
#if HAVE_SSE2
	if (impl == US_UTF8_IMPL_SSE2) {
		paras_sse2(&c);
		return c.n;
	}
#endif
#if HAVE_NEON
	if (impl == US_UTF8_IMPL_NEON) {
		paras_neon(&c);
		return c.n;
	}
#endif
	(void)impl;
	paras_scalar(&c);
	return c.n;
}
