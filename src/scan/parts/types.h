/* The scanner's types, constants and flags: units (one per code point or
 * ill-formed subpart), words, the stream's state, and the helpers every
 * part uses.
 * (A part of src/scan/scan.c, which includes the parts in order.) */
#ifndef US_SCAN_PARTS_TYPES_H
#define US_SCAN_PARTS_TYPES_H

#include <limits.h>
#include <stddef.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__aarch64__) && defined(__ARM_NEON)
#include <arm_neon.h>
#endif

#include "unspoof.h"
#include "common/utf8.h"
#include "data/lookalike.gen.h"
#include "scan/fast.h"
#include "scan/ngram.h"
#include "scan/trlex.h"
#include "scan/twinlex.h"

/* How much more plausible (in n-gram score units, 256 = one bit per letter)
 * a restored reading must be than the text as it stands. */
#define US_NGRAM_MARGIN (US_NGRAM_ONE_BIT / 2)
#include "ucd/norm.h"
#include "ucd/props.h"

#define SEG_SOFT (64u * 1024u)
#define SEG_HARD (68u * 1024u)

#define UF_ANCHOR 0x01u   /* letter without a twin in another script */
#define UF_FANCY 0x02u    /* has a fancy-font entry */
#define UF_UPPER 0x04u
#define UF_LOWER 0x08u
#define UF_WORD 0x10u     /* part of a word */
#define UF_RECOMMENDED 0x20u
#define UF_WEAKFANCY 0x40u
/* Counts as an anchor letter: an anchor, or a fancy letter whose letter is
 * an anchor (set by classify(), so that the passes need no second lookup). */
#define UF_ANCHOR_READ 0x80u

#define SUBST_END 0x800u
#define REPL_KEEP 0xFFFFFFFFu
#define LEX_SIZE 256u /* struct unspoof_stream's lex: a power of two */
#define REPL_DELETE 0xFFFFFFFEu
#define NO_KIND 0xFF

struct unit {
	uint32_t off;     /* offset in the segment */
	uint32_t cp;      /* code point, or US_CP_INVALID */
	uint32_t repl;    /* REPL_KEEP, REPL_DELETE, or the code point written instead */
	uint8_t kind;     /* finding kind, NO_KIND = none (right after repl: plain_unit()) */
	uint8_t conf;     /* confidence in percent */
	uint16_t lk;      /* index in us_lookalike_pool, 0 = none */
	uint8_t len;      /* bytes */
	uint8_t cls;      /* enum ucls */
	uint8_t script;   /* Script (for fancy letters: the script imitated) */
	uint8_t flags;    /* UF_* */
	uint8_t imit_script;
	uint8_t span;     /* MARKS findings: number of units covered (base + marks) */
	uint8_t pre;      /* PRE_*: facts of the code point, for skipping passes */
	uint8_t anchor_sc; /* with PRE_ANCHOR_FOR: the script it counts in */
};

/* No finding and nothing written instead (repl REPL_KEEP, kind NO_KIND: all
 * ones, in the five bytes from repl on), as most units are: one load and
 * one compare for the loops that skip them. */
_Static_assert(offsetof(struct unit, kind) == offsetof(struct unit, repl) + 4 &&
                   REPL_KEEP == 0xFFFFFFFFu && NO_KIND == 0xFF,
               "plain_unit() reads repl and kind as one word");
static inline int plain_unit(const struct unit *u)
{
	uint64_t w;
	memcpy(&w, &u->repl, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (w >> 24) == 0xFFFFFFFFFFull;
#else
	return (w & 0xFFFFFFFFFFull) == 0xFFFFFFFFFFull;
#endif
}

/* Facts of a unit's code point set by classify(), so that whole passes can
 * be skipped when no unit of a segment has them. */
#define PRE_EXOTIC 0x01u   /* a letter decide_exotic() may restore: not fancy, not
                            * Recommended, with a candidate in its own script */
#define PRE_ORTH_POS 0x02u /* orthography(cp) > 0: decide_orth() may restore it */
#define PRE_ORTH_NEG 0x04u /* orthography(cp) < 0: shows an orthography in use */
#define PRE_LEET 0x08u     /* a leet digit read as a Latin letter (leet mode, leet_word()) */
#define PRE_ANCHOR_FOR 0x10u /* counts in the paragraph as an anchor of anchor_sc
                              * (anchor_script()) */
#define PRE_NONTURKIC 0x20u /* a letter no Turkic alphabet writes (nonturkic_cp()) */
#define PRE_KAZAKH 0x40u    /* a letter of the Kazakh alphabet alone (kazakh_cp()) */
#define PRE_SERBIAN 0x80u   /* a letter of the Serbian and Macedonian alphabets alone
                             * (serbian_seen()) */

struct word {
	uint32_t first, end; /* unit range */
	uint8_t script;      /* the word's single script, or 255 if mixed/none */
	uint8_t target;      /* script restored into, 255 none */
	uint8_t anchors;     /* has anchor letters of its script */
	uint8_t fancy;       /* has fancy letters */
	uint8_t most;        /* script of most letters (word_script()), if most_ok */
	uint8_t most_ok;
	uint8_t invis;       /* has invisible characters inside */
	uint8_t retry;       /* decide_exotic() waits for evidence from later words */
	uint8_t wrote_none;  /* decide_mixed() chose target but had nothing to write */
	uint8_t part;        /* letters of it restored, its target left 255 (glued_pair()) */
	uint8_t ldom;        /* its line's own script where not the segment's (line_doms()), or 255 */
	/* The letters are of at most one script (Common and Inherited ones
	 * aside): process_segment() set script, most, anchors and fancy as
	 * word_stats() would, and decide_mixed() has nothing else to do. */
	uint8_t single;
};

/* find_cut()'s progress through the segment at the start of the buffer. */
struct cut_state {
	size_t pos;      /* where to look on */
	int counting;    /* counting units (a long paragraph) */
	size_t u;        /* units in b[0..pos) */
	int after_sep;   /* the last unit before pos is a separator */
	size_t bnd, bnd_u; /* the last unit start after a separator; units before it */
};

#define READINGS 16

struct unspoof_stream {
	unspoof_options o;
	unspoof_callbacks cb;
	unsigned char *buf;
	size_t len, cap;
	struct cut_state cut; /* where find_cut() goes on */
	size_t seg_soft, seg_hard; /* SEG_SOFT, SEG_HARD (tests may shrink them) */
	struct unit *u;
	size_t ucap;
	struct word *w;
	size_t wcap;
	uint64_t base;      /* input offset of buf[0] */
	uint64_t out_off;   /* output bytes written so far */
	uint64_t line, col; /* position of the next unit: line 1-based, col 0-based */
	uint32_t carry_evidence;
	/* Segments left in which a segment that showed substitutions
	 * (evidence) still counts, for the article opening a sentence
	 * (late_article()): SHOWN_SEGMENTS after each such segment. */
	unsigned shown;
	/* Before any segment showed substitutions (!shown), late_article()
	 * asks whether the text after the segment shows some (ahead()):
	 * ahead_p[0..ahead_n) are the bytes after the segment being decided
	 * (input offset ahead_off; shadow states take the stream's:
	 * lend()), ahead_n 0 where it may not ask; ahead_to, ahead_hit:
	 * ahead_scan()'s progress (input offsets; ahead_hit + 1, 0 for
	 * none), in Greek text, and
	 * ahead_to_cyr, ahead_hit_cyr in Cyrillic text. finishing: the input
	 * ends with the bytes buffered. */
	const unsigned char *ahead_p;
	size_t ahead_n;
	uint64_t ahead_off, ahead_to, ahead_hit, ahead_to_cyr, ahead_hit_cyr;
	int finishing;
	/* The segment being judged is the whole input of a one-shot call,
	 * finished right after it (us_stream_oneshot()): no segment reads
	 * what it would carry, so judge_segment() does not make the carry
	 * (finish_segment(), end_segment(): about 250 instructions a call on
	 * plain text, 750 on obfuscated). */
	int last_segment;
	/* Exotic letters restored (IPA ɑ for a), this segment and carried. */
	uint32_t exotic, carry_exotic;
	/* Of those, exotic Latin letters that are no fancy styling (IPA ɑ,
	 * script ɡ, dotless ȷ): the repertoire dotless ı comes from (carried
	 * in 256ths: end_segment()). */
	uint32_t xlatin, carry_xlatin;
	/* Dotless ı that decide_orth() read as i in a Turkish word, and ı ʋ
	 * ƒ ɣ ɩ Ɩ it read as plain letters in other words, this segment and
	 * carried (in 256ths, as carry_xlatin): evidence that the obfuscator
	 * writes such letters, for decide_orth() and decide_exotic() only (one-line
	 * paragraphs forget the substitutions that showed it within two:
	 * "bır" restored, "ıyileştirme" three lines on was not). */
	uint32_t dotless_ev, carry_dotless;
	/* Invisible characters found inside words (strong findings only: not
	 * the soft hyphen), this segment and carried: evidence of obfuscation
	 * for decide_orth() only. */
	uint32_t invis_ev, carry_invis_ev;
	/* Words written in fancy letters, this segment and carried; and
	 * segments left in which such a segment still counts, for a lone
	 * fancy letter (decide_fancy_lone()): SHOWN_SEGMENTS after each. */
	uint32_t fancy_words, carry_fancy;
	unsigned fancy_shown;
	/* The obfuscator's rate per script X (Latin, Cyrillic, Greek; see
	 * count_rates()): letters of X restored inside mixed words, and
	 * letters of other scripts left that it could have written in X;
	 * this segment's and carried. */
	uint32_t rate_used[3], rate_left[3], carry_used[3], carry_left[3];
	/* Letters showing a genuine orthography that uses ı or ʋ (see
	 * orthography()), this segment and carried (the Turkic ones in
	 * 256ths: end_segment()). */
	uint32_t seg_orth[2], carry_orth[2];
	/* Lowercase i (written, or restored) and dotless ı letters of the
	 * segment, counted when a Turkish word with ı is judged
	 * (dotless_prior()), and carried. */
	uint32_t seg_dot[2], carry_dot[2];
	int dot_counted;
	/* Words of the segment being decided, and how much more Turkish
	 * than Latin at large its words read (tr_text(); tr_done: counted
	 * for this segment). */
	size_t nw_seg;
	int tr_done;
	long tr_llr, tr_pos;
	/* Of its Latin words of three letters or more (tr_words), those
	 * the Turkish word filter takes, read as written or with their ı
	 * as i (tr_lexwords; tr_text()). */
	unsigned tr_words, tr_lexwords;
	/* Whether orth_piece() found the segment's words Turkish
	 * (tr_turkish()), and such segments before (in 256ths, halved after
	 * each segment). */
	int trk_seg;
	uint32_t carry_trk;
	/* Units of the segment being decided, and whether it writes letters
	 * of no Turkic alphabet (-1: not looked up yet; nonturkic_letters()). */
	size_t nunits_seg;
	int nonturkic;
	/* How many such letters it writes (-1: not counted yet;
	 * nonturkic_count()). */
	long nonturkic_n;
	/* How many ʋ ƒ ɣ ɩ Ɩ it writes (-1: not counted yet; african_count()). */
	long african_n;
	/* Whether a word of it has fancy letters (-1: not looked up yet;
	 * styled_text()). */
	int fancy_seg;
	/* How many of its words have a ı against vowel harmony (-1: not
	 * counted yet; against_count()), and such words of the segments
	 * before (in 256ths, halved after each segment). */
	long against_n;
	uint32_t carry_against;
	/* Whether the Cyrillic segments before this one wrote letters
	 * (prev_seen below: their seen, with ј for a Serbian letter:
	 * attested()), kept while substitutions are carried, as prev_subst
	 * is; and their Cyrillic letters. */
	int prev_seen_any;
	uint32_t prev_cyrillic;
	unsigned dom_seg;       /* the segment's dominant script, once settled */
	int ldoms;              /* line_doms() set the words' ldom */
	/* How many hashes lex below holds (lex_has()), and their sum. */
	unsigned nlex;
	uint32_t lex_sum;
	/* Whether the segment holds a Latin word that cannot be restored into
	 * the dominant script (-1: not looked up yet; unrestorable_latin()). */
	int unrestorable;
	/* Whether the segment writes a word of the dominant script in
	 * capitals (-1: not looked up yet; caps_in()). */
	int caps;
	/* The letters the segment names in U+ notation ("U+0131"), up to
	 * NAMED_MAX of them (named_n -1: not looked up yet, NAMED_MAX + 1:
	 * more; named_letter()). */
	int named_n;
#define NAMED_MAX 16
	uint32_t named[NAMED_MAX];
	const unsigned char *dseg; /* the segment being decided, for named_letter() */
	size_t dseg_len;
	/* Segments that wrote such letters, carried (4 each, halved per
	 * segment). */
	uint32_t carry_nonturkic;
	/* Whether the segment writes Kazakh letters (-1: not looked up yet;
	 * kazakh_letters()), and segments that did, carried (4 each, halved
	 * per segment). */
	int kazakh;
	uint32_t carry_kazakh;
	/* Whether the segment writes Serbian or Macedonian letters
	 * (serbian_seen(), looked up when it ends after an obfuscated one),
	 * and segments that did, carried (4 each, halved per segment). */
	int serbian;
	uint32_t carry_serbian;
	/* Whether the segment left a Latin capital alone as the label opening
	 * a sentence of Cyrillic text (capital_label(), looked up when it
	 * ends after an obfuscated one), and segments that did, carried (16
	 * each, halved per segment). */
	int labels;
	uint32_t carry_labels;
	uint64_t alpha_gen;  /* the stamp of alpha (see rate_hist's memo), 0 none */
	uint64_t alpha_made; /* stamps given out by this stream */
	/* The scripts of the letters in subst | prev_subst when alpha was
	 * made (alpha_script_bit()): which scripts the obfuscator was seen
	 * to write (alphabet_against()). */
	uint8_t alpha_scripts;
	/* How this document's obfuscator reads its ambiguous letters (Latin m
	 * for Cyrillic т or м): restorations the n-gram model was sure of
	 * (see learn_readings()), per source letter and reading (readings[]
	 * below). */
	unsigned nreadings;
	int seen_ok; /* seen[] below is made for this segment (attested()) */
	/* subst (prev_subst) may have bits set: the full pass ran since it was
	 * last cleared (bits were added to it). */
	int subst_any, prev_subst_any;
	unsigned nseg_seen, ncarry;
	/* plain_paragraphs() found none at the last plain_miss segment starts
	 * in a row: it skips the next plain_skip (text of other scripts). */
	unsigned plain_miss, plain_skip;
	int merge_output; /* us_stream_merge_output() was called: see plain_run() */
	struct score_cache *scache; /* see cached_score(); NULL until made */
	/* count_rates()'s letters per list of lookalike entries, counted in
	 * pass 1; NULL until made (see count_rates()). */
	struct rate_hist *rhist;
	int rhist_filled;   /* rhist holds this segment's letters */
	int exotic_seg;     /* decide_exotic() restored letters of this segment */
	unsigned pre_seg;   /* PRE_* of the segment's letters (pass 1) */
	uint32_t nrated;    /* letters count_rates() has looked at one by one */
	uint32_t nscored;   /* n-gram scores computed without the cache */
	uint64_t digest;    /* see us_scan_digest() */
	uint64_t fast_bytes; /* see us_scan_fast_bytes() */
	uint32_t evidence;
	unspoof_summary sum;
	double conf_sum;
	uint64_t strong;    /* words (or characters outside words) with a strong finding */
	int word_counted;   /* the current word is already in strong */
	uint64_t strong_other; /* strong findings of kinds other than lookalike */
	int finished;
	int aborted;
	/* clean()'s output is its own fixpoint (see settle_output()): the
	 * state a second clean() would be in before the next segment
	 * (st[shadow_ix], the other of ST_SHADOW_A/B is a work state), unless
	 * it is the same as this one's (shadow_same); this one's before the
	 * segment (st[ST_FROM]); a second
	 * array of units (u2) and of words (w2: finish_segment() reads this
	 * stream's own words after the output was judged; fuzz_scan found the
	 * output's words read in their place, "ЕЕ" written so by the output
	 * where the input had Latin "EE" restored whole), the rendered output
	 * of the segment (obuf) and where each unit of the segment went in it
	 * (omap). */
	int shadow_same;
	unsigned shadow_ix;
	int silent; /* judging a rendered output: emit() writes nothing */
	struct unspoof_stream *st;
	struct unit *u2;
	size_t u2cap;
	struct word *w2;
	size_t w2cap;
	uint32_t *omap;
	unsigned char *obuf;
	size_t obufcap;
	/* Arrays us_stream_reset() does not clear whole (it clears all of the
	 * above): each is kept zero but for what its list or flag says, and
	 * the reset clears that (us_stream_pristine() checks it). */
	uint32_t carry_anchor[US_SCRIPT_COUNT]; /* and in_carry: by carry_seen */
	uint8_t in_carry[US_SCRIPT_COUNT];
	uint32_t seg_anchor[US_SCRIPT_COUNT]; /* and seg_letters: by seg_seen */
	uint32_t seg_letters[US_SCRIPT_COUNT];
	/* Scripts with letters in this segment, and with a carry: the per-script
	 * arrays are only touched through these lists (read up to nseg_seen and
	 * ncarry only). */
	uint8_t seg_seen[US_SCRIPT_COUNT];
	uint8_t carry_seen[US_SCRIPT_COUNT];
	/* Code points below SUBST_END restored inside mixed words: this
	 * segment's, and the previous ones' for as long as substitutions are
	 * carried (the obfuscator's alphabet); cleared by subst_any and
	 * prev_subst_any. */
	uint8_t subst[SUBST_END / 8], prev_subst[SUBST_END / 8];
	/* in_alphabet() below SUBST_END (build_alphabet()), and the subst |
	 * prev_subst it was made of: cleared once alpha_made is not 0. */
	uint8_t alpha[SUBST_END / 8];
	uint8_t alpha_of[SUBST_END / 8];
	/* Read up to nreadings only. */
	struct reading { uint32_t src, dst, n; } readings[READINGS];
	/* The letters below ATTEST_END the segment writes, lowercased: made
	 * (cleared first) where seen_ok is 0. */
	uint8_t seen[0x530 / 8];
	/* How many times the segment writes each Cyrillic small letter
	 * U+0430..U+045F as a small letter (up to 255): made with seen. */
	uint8_t small_n[0x30];
	/* Those the Cyrillic segments before wrote, and hashes (word_hash())
	 * of the Cyrillic words of three letters or more they wrote or had
	 * restored, an open-addressed set: cleared by prev_seen_any. */
	uint8_t prev_seen[0x530 / 8];
	uint32_t lex[LEX_SIZE];
};

#define ST_FROM 0
#define ST_SHADOW_A 1
#define ST_SHADOW_B 2

static int is_target_script(unsigned sc)
{
	return sc == US_SC_Latn || sc == US_SC_Cyrl || sc == US_SC_Grek || sc == US_SC_Armn;
}

static int forbidden(const unspoof_stream *s, unsigned sc)
{
	return (s->o.forbid.bits[sc >> 6] >> (sc & 63)) & 1;
}

static int plain_alphabet(unsigned sc);
static int orthography(uint32_t cp);

#endif
