/* unspoof: command-line entry point and subcommand dispatch. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "unspoof.h"
#include "cli.h"

const char *cli_progname = "unspoof";

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", cli_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const struct {
	const char *name;
	cli_cmd_fn fn;
	const char *summary;
} commands[] = {
	{"scan", cmd_scan, "report lookalike-character obfuscation in text"},
	{"clean", cmd_clean, "write the text with the obfuscation undone"},
	{"skeleton", cmd_skeleton, "print UTS #39 skeletons of strings"},
	{"confusable", cmd_confusable, "tell whether two strings are confusable (UTS #39)"},
	{"check", cmd_check, "check identifiers: restriction level, scripts, status (UTS #39)"},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out)
{
	size_t i;
	fprintf(out,
	        "usage: unspoof COMMAND [OPTIONS] [ARGS]\n"
	        "\n"
	        "Find and undo lookalike-character (homoglyph) obfuscation in text, and check\n"
	        "identifiers with Unicode's security mechanisms (UTS #39).\n"
	        "\n"
	        "commands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(out, "  %-11s %s\n", commands[i].name, commands[i].summary);
	fprintf(out,
	        "\n"
	        "Run 'unspoof COMMAND --help' for a command's options.\n"
	        "  --help      show this help\n"
	        "  --version   show the version and the Unicode version of the data\n");
}

int main(int argc, char **argv)
{
	size_t i;
	if (argc < 2) {
		usage(stderr);
		return EXIT_ERROR;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
		printf("unspoof %s (Unicode %s)\n", unspoof_version(), unspoof_unicode_version());
		return 0;
	}
	for (i = 0; i < NCOMMANDS; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	cli_error("unknown command '%s' (try 'unspoof --help')", argv[1]);
	return EXIT_ERROR;
}
