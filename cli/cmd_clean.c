/* unspoof clean: write text with the obfuscation undone. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unspoof.h"
#include "cli.h"

static int write_out(void *ctx, const char *data, size_t len)
{
	return fwrite(data, 1, len, (FILE *)ctx) != len;
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof clean [OPTIONS] [FILE...]\n"
	        "\n"
	        "Write the text with lookalike characters restored, fancy-font letters made\n"
	        "plain, invisible characters inside words and stacked marks removed. Bytes\n"
	        "that are not valid UTF-8 are kept as they are. Reads stdin without FILE.\n"
	        "\n"
	        "  -o FILE            write to FILE instead of stdout\n"
	        "  --keep-invisible   keep invisible characters\n"
	        "  --replace-invalid  write U+FFFD for invalid UTF-8\n"
	        "  --leet             also restore digits/symbols used as letters (h3ll0)\n"
	        "  --script NAME      restore every lookalike into this script (e.g. Latin)\n"
	        "  -h, --help         show this help\n");
}

int cmd_clean(int argc, char **argv)
{
	static char buf[1 << 16];
	unspoof_options opts;
	const char *outpath = NULL;
	FILE *out = stdout;
	int i, errors = 0, nfiles = 0;
	unspoof_options_init(&opts);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[0] != '-' || !strcmp(a, "-"))
			break;
		if (!strcmp(a, "-o") && i + 1 < argc)
			outpath = argv[++i];
		else if (!strcmp(a, "--keep-invisible"))
			opts.keep_invisible = 1;
		else if (!strcmp(a, "--replace-invalid"))
			opts.invalid = UNSPOOF_INVALID_REPLACE;
		else if (!strcmp(a, "--leet"))
			opts.leet = 1, opts.undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
		else if (!strcmp(a, "--script") && i + 1 < argc) {
			opts.target_script = unspoof_script_from_name(argv[++i]);
			if (opts.target_script < 0) {
				cli_error("clean: unknown script '%s'", argv[i]);
				return EXIT_ERROR;
			}
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else {
			cli_error("clean: unknown option '%s'", a);
			usage(stderr);
			return EXIT_ERROR;
		}
	}
	if (outpath && !(out = fopen(outpath, "wb"))) {
		cli_error("%s: %s", outpath, strerror(errno));
		return EXIT_ERROR;
	}
	for (; i < argc || nfiles == 0; i++) {
		const char *path = i < argc ? argv[i] : "-";
		unspoof_callbacks cb = {write_out, NULL, NULL, out};
		unspoof_stream *s;
		ssize_t n;
		int fd = 0, rc;
		nfiles++;
		if (strcmp(path, "-") && (fd = open(path, O_RDONLY)) < 0) {
			cli_error("%s: %s", path, strerror(errno));
			errors++;
			continue;
		}
		rc = unspoof_stream_new(&opts, &cb, &s);
		while (!rc && (n = read(fd, buf, sizeof buf)) > 0)
			rc = unspoof_stream_feed(s, buf, (size_t)n);
		if (!rc && n < 0) {
			cli_error("%s: %s", path, strerror(errno));
			errors++;
		}
		if (!rc)
			rc = unspoof_stream_finish(s, NULL);
		unspoof_stream_free(s);
		if (rc) {
			cli_error("%s: %s", path, unspoof_strerror(rc));
			errors++;
		}
		if (fd)
			close(fd);
		if (i >= argc)
			break;
	}
	if (fflush(out) || (out != stdout && fclose(out))) {
		cli_error("%s: %s", outpath ? outpath : "(standard output)", strerror(errno));
		errors++;
	}
	return errors ? EXIT_ERROR : 0;
}
