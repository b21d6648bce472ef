/* Tiny test helpers shared by every test program.
 *
 * Each test program counts its checks with CHECK()/check_*() and ends with
 * `return test_finish("name");`, which prints "name: N passed, M failed" and
 * returns the exit status. A failing check prints a line that reads like a
 * bug report: what was tested, the input, expected and actual, with text
 * shown as Unicode escapes (U+043F) so invisible characters are visible. */
#ifndef UNSPOOF_TEST_UTIL_H
#define UNSPOOF_TEST_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

extern unsigned long test_passed, test_failed;

/* Records one check; prints "FAIL file:line: what" when cond is false.
 * Returns cond. */
int test_check(int cond, const char *file, int line, const char *what);
#define CHECK(cond, ...) test_check_fmt(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
int test_check_fmt(int cond, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Compares two byte strings; on mismatch prints description, input, expected
 * and actual as U+XXXX escapes (invalid bytes as <XX>). Returns 1 if equal. */
int test_bytes_eq(const char *what, const char *input, size_t input_len,
                  const char *expected, size_t expected_len,
                  const char *actual, size_t actual_len,
                  const char *file, int line);
#define CHECK_BYTES(what, in, inlen, exp, explen, act, actlen) \
	test_bytes_eq(what, in, inlen, exp, explen, act, actlen, __FILE__, __LINE__)
#define CHECK_STR(what, in, exp, act, actlen) \
	test_bytes_eq(what, in, strlen(in), exp, strlen(exp), act, actlen, __FILE__, __LINE__)

/* Writes UTF-8 text as space-separated U+XXXX escapes (invalid bytes as <XX>)
 * into out (always NUL-terminated, truncated with "..." if too long). */
void test_escape(const char *s, size_t len, char *out, size_t cap);

/* Prints "name: N passed, M failed" and returns 0 if nothing failed, else 1. */
int test_finish(const char *name);

/* The Unicode data directory for conformance tests: $UNICODE_DIR, or NULL
 * after printing how to get the data (the caller then reports a skip). */
const char *test_unicode_dir(void);
/* Opens $UNICODE_DIR/relpath for reading, or returns NULL with a message. */
FILE *test_open_data(const char *relpath);
/* Exit status for "skipped: data missing" (77, as in automake). */
#define TEST_SKIP 77

#endif
