/* Command-line option parsing shared by the scan and clean commands: GNU
 * style long options (--name, --name=value, --name value), bundled short
 * options (-rc, -j4, -j 4) and operands mixed with options ("--" ends the
 * options). Written for this tool; getopt_long is not POSIX. */
#ifndef UNSPOOF_CLI_OPT_H
#define UNSPOOF_CLI_OPT_H

#include <stddef.h>

/* Values opt_next() returns besides an option's id (ids must be >= 0). */
#define OPT_END (-1)     /* no more arguments */
#define OPT_OPERAND (-2) /* st->arg is an operand (a file name, "-") */
#define OPT_ERROR (-3)   /* a message was printed; exit with status 2 */

#define OPT_NOARG 0
#define OPT_ARG 1 /* takes a value */

struct opt_def {
	const char *name; /* long name without "--", or NULL */
	int short_name;   /* a character, or 0 */
	int arg;          /* OPT_NOARG or OPT_ARG */
	int id;           /* returned by opt_next(); >= 0 */
};

struct opt_state {
	int argc;
	char **argv;
	int ind;         /* next argv index */
	int pos;         /* position inside a bundle of short options, 0 if none */
	int only_operands;
	const char *cmd; /* "scan", for messages */
	const char *arg; /* the option's value or the operand */
	const char *name; /* the option as written, for messages ("--max-findings") */
	char namebuf[4];
};

/* argv[0] is the command name and is skipped. */
void opt_init(struct opt_state *st, int argc, char **argv, const char *cmd);
/* The next option (its id), operand or the end; defs ends with an entry
 * whose name and short_name are both 0. */
int opt_next(struct opt_state *st, const struct opt_def *defs);
/* Parses a non-negative decimal number for option st->name into *out.
 * Prints an error and returns -1 if it is not one. */
int opt_number(const struct opt_state *st, unsigned long long *out);

#endif
