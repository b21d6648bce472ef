/* Replays the committed fuzz inputs — fuzz/regressions/<target>/ (inputs
 * that once crashed or broke a property) and the seed corpus
 * fuzz/corpus/<target>/ — through every fuzz target's properties.
 *
 * The targets (fuzz/fuzz_*.c) are compiled into this program with the
 * normal compiler, each entry point renamed, so this runs in every
 * make check, without clang or libFuzzer. A failed property is reported
 * and counted (the target's fuzz_fail() jumps back here); a crash crashes
 * the test, which is the point. Run from the source tree (as tests/run.sh
 * does) or set UNSPOOF_FUZZ_DIR to the fuzz/ directory. */
#include <dirent.h>
#include <sys/stat.h>

#include "util.h"

int fuzz_utf8_one(const uint8_t *data, size_t size);
int fuzz_normalize_one(const uint8_t *data, size_t size);
int fuzz_skeleton_one(const uint8_t *data, size_t size);
int fuzz_confusable_one(const uint8_t *data, size_t size);
int fuzz_scan_one(const uint8_t *data, size_t size);
int fuzz_json_one(const uint8_t *data, size_t size);

#define LLVMFuzzerTestOneInput fuzz_utf8_one
#include "../../fuzz/fuzz_utf8.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_normalize_one
#include "../../fuzz/fuzz_normalize.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_skeleton_one
#include "../../fuzz/fuzz_skeleton.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_confusable_one
#include "../../fuzz/fuzz_confusable.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_scan_one
#define FUZZ_SCAN_REPLAY 1 /* bytes 1-3 = FF: the big inputs of old reproducers */
#include "../../fuzz/fuzz_scan.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_json_one
#include "../../fuzz/fuzz_json.c"
#undef LLVMFuzzerTestOneInput
#include "../../cli/json.c"

static const struct {
	const char *name;
	int (*fn)(const uint8_t *, size_t);
} targets[] = {
	{"utf8", fuzz_utf8_one},         {"normalize", fuzz_normalize_one},
	{"skeleton", fuzz_skeleton_one}, {"confusable", fuzz_confusable_one},
	{"scan", fuzz_scan_one},         {"json", fuzz_json_one},
};

static unsigned long replayed;

static void replay_file(const char *target, int (*fn)(const uint8_t *, size_t),
                        const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	size_t n, cap = 1 << 16;
	unsigned long before = fuzz_failures;
	if (!f) {
		CHECK(0, "cannot open %s", path);
		return;
	}
	buf = malloc(cap);
	n = 0;
	for (;;) {
		size_t r;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
		if (!buf)
			abort();
		r = fread(buf + n, 1, cap - n, f);
		if (!r)
			break;
		n += r;
	}
	fclose(f);
	fuzz_jmp_active = 1;
	if (setjmp(fuzz_jmp) == 0)
		fn(buf, n);
	fuzz_jmp_active = 0;
	replayed++;
	CHECK(fuzz_failures == before, "fuzz target %s fails on %s (%zu bytes)", target, path, n);
	free(buf);
}

static void replay_dir(const char *target, int (*fn)(const uint8_t *, size_t), const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[4096];
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (stat(path, &st) || !S_ISREG(st.st_mode))
			continue;
		replay_file(target, fn, path);
	}
	closedir(d);
}

int main(int argc, char **argv)
{
	const char *root = getenv("UNSPOOF_FUZZ_DIR");
	char dir[4096];
	size_t t;
	if (!root)
		root = "fuzz";
	if (argc == 3) { /* test_regressions <target> <file>: replay one input */
		for (t = 0; t < sizeof targets / sizeof targets[0]; t++)
			if (!strcmp(argv[1], targets[t].name))
				replay_file(targets[t].name, targets[t].fn, argv[2]);
		return test_finish("regressions");
	}
	for (t = 0; t < sizeof targets / sizeof targets[0]; t++) {
		snprintf(dir, sizeof dir, "%s/regressions/%s", root, targets[t].name);
		replay_dir(targets[t].name, targets[t].fn, dir);
		snprintf(dir, sizeof dir, "%s/corpus/%s", root, targets[t].name);
		replay_dir(targets[t].name, targets[t].fn, dir);
	}
	CHECK(replayed > 0, "no fuzz inputs found under %s/ (run from the source tree)", root);
	return test_finish("regressions");
}
