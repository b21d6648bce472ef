/* unspoof skeleton: print UTS #39 skeletons of strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "cli.h"

static void skeleton_usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof skeleton [OPTIONS] [STRING...]\n"
	        "\n"
	        "Print the UTS #39 skeleton of each STRING, one per line; with no STRING,\n"
	        "of each line of standard input. Two strings are confusable exactly when\n"
	        "their skeletons are equal. A skeleton is for comparison, not for display.\n"
	        "\n"
	        "options:\n"
	        "  --bidi=ltr|rtl    the bidi skeleton for a paragraph of that direction\n"
	        "  --invalid=MODE    ill-formed UTF-8: 'error' (default: report it, exit 2),\n"
	        "                    'keep' (copy the bytes) or 'replace' (U+FFFD)\n"
	        "  -h, --help        show this help\n"
	        "\n"
	        "exit status: 0 on success, 2 on error.\n");
}

static int print_skeleton(const char *s, size_t len, int bidi, unsigned flags)
{
	char stack[1024], *buf = stack;
	size_t need = 0;
	int rc;
	for (;;) {
		size_t cap = buf == stack ? sizeof stack : need;
		rc = bidi < 0 ? unspoof_skeleton(s, len, buf, cap, &need, flags)
		              : unspoof_bidi_skeleton(bidi, s, len, buf, cap, &need, flags);
		if (rc != UNSPOOF_E_BUFFER_TOO_SMALL || buf != stack)
			break;
		buf = malloc(need ? need : 1);
		if (!buf) {
			cli_error("out of memory");
			return EXIT_ERROR;
		}
	}
	if (rc == UNSPOOF_OK) {
		fwrite(buf, 1, need, stdout);
		fputc('\n', stdout);
	} else if (rc == UNSPOOF_E_UTF8) {
		cli_error("ill-formed UTF-8 at byte %zu (use --invalid=keep or --invalid=replace)",
		          need);
	} else {
		cli_error("%s", unspoof_strerror(rc));
	}
	if (buf != stack)
		free(buf);
	return rc == UNSPOOF_OK ? 0 : EXIT_ERROR;
}

int cmd_skeleton(int argc, char **argv)
{
	int i, bidi = -1, status = 0, nargs = 0, opts_done = 0;
	unsigned flags = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (opts_done || a[0] != '-' || !a[1]) {
			nargs++;
			continue;
		}
		if (!strcmp(a, "--")) {
			opts_done = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			skeleton_usage(stdout);
			return 0;
		} else if (!strcmp(a, "--bidi=ltr")) {
			bidi = UNSPOOF_DIR_LTR;
		} else if (!strcmp(a, "--bidi=rtl")) {
			bidi = UNSPOOF_DIR_RTL;
		} else if (!strcmp(a, "--invalid=error")) {
			flags = 0;
		} else if (!strcmp(a, "--invalid=keep")) {
			flags = UNSPOOF_INVALID_KEEP;
		} else if (!strcmp(a, "--invalid=replace")) {
			flags = UNSPOOF_INVALID_REPLACE;
		} else {
			cli_error("skeleton: unknown option '%s' (try --help)", a);
			return EXIT_ERROR;
		}
	}
	if (nargs) {
		opts_done = 0;
		for (i = 1; i < argc; i++) {
			const char *a = argv[i];
			if (!opts_done && a[0] == '-' && a[1]) {
				if (!strcmp(a, "--"))
					opts_done = 1;
				continue;
			}
			if (print_skeleton(a, strlen(a), bidi, flags))
				status = EXIT_ERROR;
		}
	} else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		while ((n = getline(&line, &cap, stdin)) >= 0) {
			size_t len = (size_t)n;
			if (len && line[len - 1] == '\n')
				len--;
			if (len && line[len - 1] == '\r')
				len--;
			if (print_skeleton(line, len, bidi, flags))
				status = EXIT_ERROR;
		}
		free(line);
	}
	if (fflush(stdout) != 0) {
		cli_error("write error");
		status = EXIT_ERROR;
	}
	return status;
}
