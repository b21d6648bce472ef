/* The scanner: finds and undoes lookalike-character obfuscation in running
 * text, as a stream.
 *
 * How it works
 * ------------
 * Input is cut into paragraphs ("segments"): a segment ends after a blank
 * line, or, in a long paragraph, at white space after 2048 separators
 * (ASCII white space and punctuation: clean() never touches them, so a
 * second clean() cuts at the same places), or by byte counts in text with
 * few separators (find_cut()). The cut depends only on the text, so results
 * do not depend on how the caller splits the input into chunks, and memory
 * is bounded by the segment size (SEG_HARD bytes).
 *
 * Each segment is processed in three passes over an array of units (one per
 * code point or ill-formed subpart):
 *
 *   1. classify each unit (letter, mark, invisible, bidi control, ...), look up
 *      its lookalike entries (src/data/lookalike.gen.*), split the text into
 *      words and count "anchor" letters per script: letters with no twin in
 *      another script (Latin d, Cyrillic д). Anchors show which script the
 *      text is really written in; the dominant script D of the segment is the
 *      one with most anchors (this segment's, plus a decaying carry from the
 *      previous segments).
 *   2. decide each word: a word mixing scripts is restored into the script
 *      that makes it consistent (its anchor script, else D, else the script of
 *      most of its letters), if every foreign letter has a twin there. A word
 *      written wholly in another script's lookalikes ("п" in "rock ‘п’
 *      roll") is restored into D only when the document already shows such
 *      substitutions and its neighbours are D words. Fancy-font letters,
 *      invisible characters inside words, bidi controls and stacks of
 *      combining marks are judged locally.
 *   3. emit findings, edits and output in input order, tracking lines and
 *      columns.
 *
 * Before pass 3, a segment whose output differs from its input (or any
 * segment while a second clean() would be in another state than this
 * stream) has its output judged again, by passes 1 and 2, from the state a
 * second clean() would be in; what that would change is taken in, until
 * nothing would (settle_output()). So clean(clean(x)) == clean(x) by
 * construction, not by each decision foreseeing the next clean().
 *
 * Where things are
 * ----------------
 * The scanner is one translation unit, written as parts by concern in
 * src/scan/parts/ and included below in order: its functions stay static
 * (nothing but the unspoof_ and us_ entry points is visible to the rest of
 * the library or to a program linking it statically) and the compiler
 * inlines across parts as it did within one file. A part uses what the
 * parts before it define.
 *
 *   types.h        units, words, the stream's state, flags
 *   units.c        pass 1: lookalike entries, classifying code points
 *   readings.c     findings; a word's candidate readings, scored and chosen
 *   context.c      word statistics, anchors, the dominant script
 *   mixed.c        words mixing scripts (decide_mixed())
 *   rates.c        the obfuscator's alphabet and substitution rate
 *   neighbours.c   a word among its neighbours: tokens, quotes, sentences
 *   seen.c         what the document wrote: letters, lexicon, attestation
 *   short.c        short words and lone letters of lookalikes
 *   ahead.c        the opening of a text, looking ahead, late articles
 *   twins.c        whole words in twins: hyphens, quotations, capitals
 *   pure.c         words wholly of lookalikes (decide_pure())
 *   exotic.c       Latin-extended, Cherokee, Armenian letters in words
 *   orthography.c  Turkic dotless i, African and Kazakh letters
 *   kinds.c        fancy letters, invisible characters, leet, marks
 *   emit.c         pass 3: findings, edits, output, lines and columns
 *   segment.c      a segment's arrays and words; what it carries on
 *   plain.c        which segments the fast path (fast.c) may take
 *   decide.c       passes 1 and 2 on a segment (decide_segment())
 *   settle.c       idempotence: a segment's output judged again
 *   stream.c       cutting segments, the public stream API
 */

#include "scan/parts/types.h"
#include "scan/parts/units.c"
#include "scan/parts/readings.c"
#include "scan/parts/context.c"
#include "scan/parts/mixed.c"
#include "scan/parts/rates.c"
#include "scan/parts/neighbours.c"
#include "scan/parts/seen.c"
#include "scan/parts/short.c"
#include "scan/parts/ahead.c"
#include "scan/parts/twins.c"
#include "scan/parts/pure.c"
#include "scan/parts/exotic.c"
#include "scan/parts/orthography.c"
#include "scan/parts/kinds.c"
#include "scan/parts/emit.c"
#include "scan/parts/segment.c"
#include "scan/parts/plain.c"
#include "scan/parts/decide.c"
#include "scan/parts/settle.c"
#include "scan/parts/stream.c"
