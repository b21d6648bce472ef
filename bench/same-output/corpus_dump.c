/* Writes 8 MiB of each bench corpus (bench/corpus.c) to DIR/<name>.txt, for
 * compare.sh. usage: corpus_dump DIR (run from the repository root, which
 * holds eval/sample). */
#include <stdio.h>
#include <stdlib.h>

#include "corpus.h"

int main(int argc, char **argv)
{
	int k;
	if (argc != 2) {
		fprintf(stderr, "usage: corpus_dump DIR\n");
		return 2;
	}
	for (k = 0; k < CORPUS_COUNT; k++) {
		struct corpus c;
		char path[4096];
		FILE *f;
		if (corpus_make((enum corpus_kind)k, 8u << 20, "eval/sample", &c))
			return 1;
		snprintf(path, sizeof path, "%s/%s.txt", argv[1], corpus_name((enum corpus_kind)k));
		f = fopen(path, "wb");
		if (!f || fwrite(c.p, 1, c.n, f) != c.n || fclose(f)) {
			fprintf(stderr, "corpus_dump: cannot write %s\n", path);
			return 1;
		}
		free(c.p);
	}
	return 0;
}
