/* The scanner's fast path (internal).
 *
 * Most text has nothing to restore. Before building its per-character
 * tables, the scanner runs a segment through us_fast_segment(), one light
 * pass that counts what the full pass would count (letters and anchor
 * letters per script, words, lines) and gives up at the first thing the
 * full pass could act on: an invisible character inside or right after a
 * word (but a zero width non-joiner between two joining letters of a script
 * that writes it, which the full pass keeps), a bidi control character, an
 * ill-formed byte, a fancy-font or exotic letter, a word mixing scripts, or
 * three combining marks in a row. A segment it accepts is, by construction,
 * one on which the full pass finds nothing and changes nothing, so the two
 * paths give identical results (tests/unit/test_scan.c checks this by
 * running every case both ways).
 *
 * Runs of ASCII are counted 64 (AVX2) or 16 (SSE2) bytes at a time, and
 * runs of Cyrillic or Greek prose 32 (AVX2) or 16 (NEON) bytes at a time;
 * the kernel follows us_utf8_impl_effective(), so forcing the scalar UTF-8
 * kernel in a test exercises the scalar fallback here too.
 */
#ifndef US_SCAN_FAST_H
#define US_SCAN_FAST_H

#include <stddef.h>
#include <stdint.h>

#include "unspoof.h"

/* What the scanner makes of a unit (shared with scan.c). */
enum ucls {
	C_OTHER,   /* punctuation, digits, symbols, spaces */
	C_LETTER,  /* a letter, or a fancy symbol standing for one */
	C_MARK,    /* a combining mark */
	C_INVIS,   /* a default-ignorable (invisible) character */
	C_BIDI,    /* a bidi formatting control */
	C_INVALID, /* an ill-formed UTF-8 subpart */
	C_LEET     /* digit/symbol that can stand for a letter (leet mode) */
};

/* Packed facts about a code point, as the default options see it. */
#define US_FI_CLS 0x0007u      /* enum ucls */
#define US_FI_ANCHOR 0x0008u   /* letter with no twin in another script */
#define US_FI_SPECIAL 0x0010u  /* the full pass may act on it */
#define US_FI_NOSCRIPT 0x0020u /* letter of script Common or Inherited */
/* Letters of Turkic alphabets the full pass judges only where a paragraph
 * shows obfuscation or no Turkic letter is in sight (decide_orth()):
 * dotless ı (which obfuscators write for i), and ş ğ İ ə and their
 * capitals (which show that a ı is the author's). */
#define US_FI_DOTLESS 0x0040u
#define US_FI_TURKIC 0x0080u
#define US_FI_SCRIPT(i) ((unsigned)(i) >> 8)

/* Computed by the scanner's own classification (scan.c). */
uint16_t us_scan_info(uint32_t cp);

/* us_scan_info(cp) from the fast path's tables (filled on first use,
 * 256 code points at a time; thread-safe). */
uint16_t us_fast_info(uint32_t cp);

/* The table us_fast_info() reads below US_FAST_LOW_END (U+0800: ASCII,
 * Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic...), indexed by code
 * point, filled before it returns (thread-safe): for loops that decode
 * those code points themselves. */
#define US_FAST_LOW_END 0x800u
const uint16_t *us_fast_low_info(void);

/* Counts the units of b[p..end) (code points but combining marks,
 * invisible and bidi characters, as find_cut() counts them) into *pu while
 * *pu < stop, up to a line feed, a four-byte sequence, or one ill-formed or
 * cut by end. Returns where it stopped. */
size_t us_fast_units(const unsigned char *b, size_t p, size_t end, size_t *pu, size_t stop);

/* Whether the full pass keeps U+200C between letter a of script sc and
 * letter b of one word (Persian "می‌خواهم"; scan.c). */
int us_scan_zwnj_kept(unsigned sc, uint32_t a, uint32_t b);

/* The script in which a paragraph counts cp as an anchor letter (an anchor,
 * a fancy letter, or a letter that is not Recommended standing for one), or -1 (scan.c; for
 * tests: a letter and every letter clean may write for it must agree). */
int us_scan_anchor_script(uint32_t cp);

/* Counts of a segment the fast path accepted. The per-script arrays and the
 * list of scripts seen belong to the caller and are added to. */
struct us_fast {
	uint32_t *letters;  /* [US_SCRIPT_COUNT] letters per script */
	uint32_t *anchors;  /* [US_SCRIPT_COUNT] anchor letters per script */
	uint8_t *seen;      /* scripts with letters, in order of first letter */
	unsigned *nseen;
	uint64_t nletters;  /* letters */
	uint64_t nwords;    /* words */
	uint64_t nlines;    /* line feeds */
	uint64_t tail;      /* units after the last line feed (all units if none) */
	uint32_t dotless;   /* letters US_FI_DOTLESS (ı) */
	uint32_t turkic;    /* letters US_FI_TURKIC (ş ğ İ ə and capitals) */
};

/* 1 if seg[0..len) is plain text as described above (counts added to *f;
 * a dotless ı counted in f->dotless is plain only where the caller's state
 * says so: scan.c's fast_segment()), 0 if the full pass is needed (the counts are then meaningless and the
 * caller must reset its arrays). */
int us_fast_segment(const unsigned char *seg, size_t len, struct us_fast *f);

/* A paragraph us_fast_paragraphs() found: its length (up to and including
 * the line feed ending the blank line after it) and its counts. Its
 * letters are all Latin. */
struct us_para {
	uint32_t len, letters, anchors, words, lines;
};

/* Plain paragraphs at the start of b[0..len), a segment start: the first
 * up to max paragraphs that find_cut() would cut at a blank line (within
 * usoft bytes, the stream's SEG_SOFT / 32) and that hold only ASCII and
 * plain E2 80 xx punctuation (quotes, dashes), so that us_fast_segment()
 * would accept each, with the counts it would make. Returns how many were
 * written to out (0 if the first is not such a paragraph, or its end is not
 * in b[0..len) yet). */
size_t us_fast_paragraphs(const unsigned char *b, size_t len, size_t usoft, struct us_para *out,
                          size_t max);

/* With on != 0, every segment takes the full pass (process-wide). FOR
 * TESTS AND BENCHMARKS ONLY: tests compare the two paths with it. */
void us_scan_force_full(int on);
int us_scan_forced_full(void);

/* Streams created after this call cut paragraphs at the first white space
 * after `soft` bytes and at `hard` bytes (hard >= soft + 64) instead of
 * SEG_SOFT and SEG_HARD (64 and 68 KiB); 0, 0 restores those. FOR TESTS
 * AND FUZZING ONLY: small cuts make the paragraph-cut logic reachable with
 * small inputs. Process-wide; set it while no other thread creates
 * streams. */
void us_scan_segment_sizes(size_t soft, size_t hard);

/* A hash of every segment's counts (letters and anchors per script) and of
 * the line and column after it, so tests can tell that both paths computed
 * the same context, not only the same output. */
struct unspoof_stream;
uint64_t us_scan_digest(const struct unspoof_stream *s);

/* Whether the arrays us_stream_reset() clears by their lists and flags
 * are all zero (for tests: after a reset they must be). */
int us_stream_pristine(const struct unspoof_stream *s);

/* Bytes of the segments the fast path took (us_fast_segment() or
 * us_fast_paragraphs()), so tests can tell which text takes it. */
uint64_t us_scan_fast_bytes(const struct unspoof_stream *s);

/* The stream's output callback never stops it (unspoof_clean_buffer()'s):
 * the output of a run of plain paragraphs may go out in one call. */
void us_stream_merge_output(struct unspoof_stream *s);
/* Makes s what unspoof_stream_new(opts, cb) would, keeping its buffers and
 * its n-gram score cache (the one-shot calls reuse streams);
 * UNSPOOF_E_INVALID_ARG for bad opts (s is then unchanged). */
int us_stream_reset(struct unspoof_stream *s, const unspoof_options *opts,
                    const unspoof_callbacks *cb);

/* unspoof_stream_feed(s, text, len) and then, if that returned
 * UNSPOOF_OK, unspoof_stream_finish(s, sum), on a new (or reset) stream:
 * the same results, with less work on a text of one segment. */
int us_stream_oneshot(struct unspoof_stream *s, const char *text, size_t len,
                      unspoof_summary *sum);

#endif /* US_SCAN_FAST_H */
