/* Terminal helpers: when to use colour, the colours, and writing text from
 * an input safely to a terminal (control characters, bidi controls and
 * invisible characters are shown as visible escapes, so a line shown as
 * evidence can neither reorder itself nor drive the terminal). */
#ifndef UNSPOOF_CLI_TERM_H
#define UNSPOOF_CLI_TERM_H

#include <stddef.h>
#include <stdio.h>

enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* Parses "auto", "always", "never" (also "yes"/"no", "tty"); -1 if none. */
int term_color_mode(const char *s);
/* Whether to colour output written to fd under mode: auto means fd is a
 * terminal, NO_COLOR is unset or empty and TERM is not "dumb". */
int term_use_color(int mode, int fd);

#define SGR_RESET "\033[0m"
#define SGR_PATH "\033[35m"     /* magenta, as grep and ripgrep */
#define SGR_LINENO "\033[32m"   /* green */
#define SGR_MATCH "\033[1;31m"  /* bold red: the offending characters */
#define SGR_DIM "\033[2m"
#define SGR_BAD "\033[1;31m"
#define SGR_WARN "\033[1;33m"
#define SGR_GOOD "\033[32m"
#define SGR_DEL "\033[31m"
#define SGR_ADD "\033[32m"
#define SGR_HUNK "\033[36m"
#define SGR_BOLD "\033[1m"

/* Writes s[0..len) for display: printable characters as they are; tab as a
 * tab; other controls, bidi controls, default-ignorable (invisible)
 * characters and U+2028/U+2029 as <U+XXXX>; ill-formed bytes as \xHH. */
void term_safe_text(FILE *f, const char *s, size_t len);
/* The number of bytes of a display escape term_safe_text() would write for
 * the character at s (0 if it is shown as itself); *n gets its length. */
int term_needs_escape(const char *s, size_t len, size_t *n);

#endif
