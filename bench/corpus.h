/* Deterministic benchmark corpora (bench/corpus.c).
 *
 * Words come from the committed eval/sample/<lang>.txt files; a fixed-seed
 * PRNG strings them into lines (one or two sentences, a blank line between
 * paragraphs), so the same size always gives the same bytes. */
#ifndef BENCH_CORPUS_H
#define BENCH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

enum corpus_kind {
	CORPUS_PLAIN,      /* English: ASCII plus ‘ ’ “ ” – — */
	CORPUS_OBFUSCATED, /* the same English, 30% of words obfuscated */
	CORPUS_RUSSIAN,    /* Russian */
	CORPUS_MULTI,      /* ru el en hy vi tr hi fa lines, emoji ZWJ sequences */
	CORPUS_COUNT
};

struct corpus {
	char *p;
	size_t n;
};

/* "plain-en", "obfusc-en", "russian", "multi". */
const char *corpus_name(enum corpus_kind k);

/* Fills *out with about `bytes` bytes (whole lines, at most one line more)
 * of corpus k built from the words in sample_dir. Returns 0, or -1 after
 * printing why to stderr (a sample file missing, out of memory). Free
 * out->p with free(). */
int corpus_make(enum corpus_kind k, size_t bytes, const char *sample_dir, struct corpus *out);

/* As corpus_make(), lines of one language of the samples alone (genuine
 * text: English as the plain corpus); -1 for a language with no sample. */
int corpus_make_lang(const char *lang, size_t bytes, const char *sample_dir, struct corpus *out);
/* The languages corpus_make_lang() knows ("en", "ru", ...), i = 0.. until
 * NULL. */
const char *corpus_lang(int i);

/* The PRNG (xorshift64*), exposed for the other bench programs. */
uint64_t corpus_rand(uint64_t *state);

#endif
