/* The unspoof command-line tool: shared declarations. Each subcommand lives
 * in its own cmd_<name>.c and is listed in main.c's command table. */
#ifndef UNSPOOF_CLI_H
#define UNSPOOF_CLI_H

#include <stdio.h>

/* Exit statuses, as grep's. */
#define EXIT_FOUND 0    /* (context-dependent, see each command) */
#define EXIT_ERROR 2

/* A subcommand: argv[0] is the subcommand name. Returns the exit status. */
typedef int (*cli_cmd_fn)(int argc, char **argv);

int cmd_scan(int argc, char **argv);
int cmd_clean(int argc, char **argv);
int cmd_skeleton(int argc, char **argv);
int cmd_confusable(int argc, char **argv);
int cmd_check(int argc, char **argv);

/* The program name for messages ("unspoof"). */
extern const char *cli_progname;
/* Prints "unspoof: <message>\n" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
