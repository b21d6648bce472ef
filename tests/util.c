#include "util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

unsigned long test_passed, test_failed;

int test_check_fmt(int cond, const char *file, int line, const char *fmt, ...)
{
	if (cond) {
		test_passed++;
		return 1;
	}
	test_failed++;
	if (test_failed <= 50) {
		va_list ap;
		fprintf(stderr, "FAIL %s:%d: ", file, line);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	} else if (test_failed == 51) {
		fprintf(stderr, "(further failures not shown)\n");
	}
	return 0;
}

int test_check(int cond, const char *file, int line, const char *what)
{
	return test_check_fmt(cond, file, line, "%s", what);
}

void test_escape(const char *s, size_t len, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, o = 0;
	if (cap == 0)
		return;
	out[0] = '\0';
	while (i < len) {
		char tmp[16];
		unsigned c = p[i];
		size_t n = 1;
		uint32_t cp = 0;
		int ok = 0;
		if (c < 0x80) {
			cp = c; ok = 1;
		} else if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (p[i+1] & 0xC0) == 0x80) {
			cp = ((c & 0x1Fu) << 6) | (p[i+1] & 0x3Fu); n = 2; ok = 1;
		} else if (c >= 0xE0 && c <= 0xEF && i + 2 < len && (p[i+1] & 0xC0) == 0x80 &&
		           (p[i+2] & 0xC0) == 0x80) {
			cp = ((c & 0x0Fu) << 12) | ((p[i+1] & 0x3Fu) << 6) | (p[i+2] & 0x3Fu);
			n = 3; ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
		} else if (c >= 0xF0 && c <= 0xF4 && i + 3 < len && (p[i+1] & 0xC0) == 0x80 &&
		           (p[i+2] & 0xC0) == 0x80 && (p[i+3] & 0xC0) == 0x80) {
			cp = ((c & 0x07u) << 18) | ((p[i+1] & 0x3Fu) << 12) |
			     ((p[i+2] & 0x3Fu) << 6) | (p[i+3] & 0x3Fu);
			n = 4; ok = cp >= 0x10000 && cp <= 0x10FFFF;
		}
		if (ok)
			snprintf(tmp, sizeof tmp, "%sU+%04X", o ? " " : "", (unsigned)cp);
		else {
			n = 1;
			snprintf(tmp, sizeof tmp, "%s<%02X>", o ? " " : "", c);
		}
		size_t tl = strlen(tmp);
		if (o + tl + 4 >= cap) {
			if (o + 4 < cap)
				memcpy(out + o, "...", 4);
			return;
		}
		memcpy(out + o, tmp, tl + 1);
		o += tl;
		i += n;
	}
}

int test_bytes_eq(const char *what, const char *input, size_t input_len,
                  const char *expected, size_t expected_len,
                  const char *actual, size_t actual_len,
                  const char *file, int line)
{
	int eq = expected_len == actual_len &&
	         (expected_len == 0 || memcmp(expected, actual, expected_len) == 0);
	if (eq) {
		test_passed++;
		return 1;
	}
	test_failed++;
	if (test_failed <= 50) {
		static char a[2048], b[2048], c[2048];
		test_escape(input, input_len, a, sizeof a);
		test_escape(expected, expected_len, b, sizeof b);
		test_escape(actual, actual_len, c, sizeof c);
		fprintf(stderr, "FAIL %s:%d: %s\n  input:    %s\n  expected: %s\n  actual:   %s\n",
		        file, line, what, a, b, c);
	}
	return 0;
}

int test_finish(const char *name)
{
	printf("%s: %lu passed, %lu failed\n", name, test_passed, test_failed);
	return test_failed ? 1 : 0;
}

const char *test_unicode_dir(void)
{
	const char *d = getenv("UNICODE_DIR");
	if (d && *d)
		return d;
	fprintf(stderr,
	        "skipped: the Unicode data files are not available.\n"
	        "  Set UNICODE_DIR to a folder laid out like unicode.org's Public/17.0.0\n"
	        "  (with ucd/ and security/), e.g. from https://www.unicode.org/Public/17.0.0/\n"
	        "  and https://www.unicode.org/Public/security/17.0.0/, then run make check.\n");
	return NULL;
}

FILE *test_open_data(const char *relpath)
{
	const char *d = test_unicode_dir();
	char path[4096];
	FILE *f;
	if (!d)
		return NULL;
	snprintf(path, sizeof path, "%s/%s", d, relpath);
	f = fopen(path, "r");
	if (!f)
		fprintf(stderr, "cannot open %s\n", path);
	return f;
}
