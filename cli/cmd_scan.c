/* unspoof scan: report lookalike-character obfuscation in files or stdin. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unspoof.h"
#include "cli.h"

struct scan_ctx {
	const char *path;
	int json, quiet, count_only, list, color;
	unsigned long long max_findings, shown;
	int first_json;
};

static void put_utf8(FILE *out, uint32_t cp)
{
	char b[4];
	size_t n = unspoof_utf8_encode(cp, b);
	fwrite(b, 1, n, out);
}

/* Writes s as a JSON string body (no quotes); never loses a byte. */
static void json_str(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
}

static int on_finding(void *vctx, const unspoof_finding *f)
{
	struct scan_ctx *c = vctx;
	char name[UNSPOOF_NAME_MAX + 1];
	size_t nl = 0;
	unsigned i;
	if (c->quiet || c->count_only || c->list)
		return 0;
	if (c->max_findings && c->shown >= c->max_findings)
		return 0;
	c->shown++;
	if (f->kind != UNSPOOF_KIND_INVALID_UTF8)
		unspoof_char_name(f->cp, UNSPOOF_NAME_LABEL, name, sizeof name - 1, &nl);
	name[nl] = '\0';
	if (c->json) {
		printf("%s{\"offset\":%llu,\"length\":%u,\"line\":%llu,\"column\":%llu,\"kind\":\"%s\","
		       "\"cp\":\"U+%04X\",\"name\":\"",
		       c->first_json ? "" : ",", (unsigned long long)f->offset, f->length,
		       (unsigned long long)f->line, (unsigned long long)f->column,
		       unspoof_kind_name(f->kind), f->cp);
		json_str(stdout, name);
		printf("\",\"script\":\"%s\",\"imitates\":\"",
		       f->script >= 0 ? unspoof_script_name(f->script) : "");
		for (i = 0; i < f->imitates_len; i++) {
			if (f->imitates[i] == '"' || f->imitates[i] == '\\')
				putchar('\\');
			put_utf8(stdout, f->imitates[i]);
		}
		printf("\",\"imitates_script\":\"%s\",\"confidence\":%.2f,\"undone\":%s}",
		       f->imitates_script >= 0 ? unspoof_script_name(f->imitates_script) : "",
		       (double)f->confidence, f->undone ? "true" : "false");
		c->first_json = 0;
		return 0;
	}
	printf("%s:%llu:%llu: ", c->path, (unsigned long long)f->line, (unsigned long long)f->column);
	if (f->kind == UNSPOOF_KIND_INVALID_UTF8) {
		printf("invalid UTF-8 (%u byte%s starting 0x%02X)\n", f->length, f->length == 1 ? "" : "s",
		       f->cp);
		return 0;
	}
	printf("U+%04X %s (%s) ", f->cp, name, f->script >= 0 ? unspoof_script_name(f->script) : "?");
	switch (f->kind) {
	case UNSPOOF_KIND_INVISIBLE:
		printf("invisible inside a word");
		break;
	case UNSPOOF_KIND_BIDI:
		printf("bidi control");
		break;
	case UNSPOOF_KIND_MARKS:
		printf("with %u bytes of stacked combining marks", f->length - 1);
		break;
	default:
		printf("imitates '");
		for (i = 0; i < f->imitates_len; i++)
			put_utf8(stdout, f->imitates[i]);
		printf("' (%s)", f->imitates_script >= 0 ? unspoof_script_name(f->imitates_script) : "?");
	}
	printf(" [%s, %.2f]\n", unspoof_kind_name(f->kind), (double)f->confidence);
	return 0;
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof scan [OPTIONS] [FILE...]\n"
	        "\n"
	        "Report lookalike-character obfuscation: letters of another script standing in\n"
	        "for letters, fancy-font letters, invisible characters inside words, bidi\n"
	        "controls, stacked combining marks, invalid UTF-8. Reads stdin without FILE or\n"
	        "with '-'.\n"
	        "\n"
	        "  --json             one JSON object per file (JSON Lines)\n"
	        "  -c, --count        print only the verdict line of each file\n"
	        "  -l, --files-with-matches  print only the names of obfuscated files\n"
	        "  -q, --quiet        print nothing; the exit status tells\n"
	        "  --max-findings N   print at most N findings per file\n"
	        "  --leet             also treat digits and symbols inside words as letters\n"
	        "  -h, --help         show this help\n"
	        "\n"
	        "Exit status: 0 if no file is obfuscated, 1 if one is, 2 on an error.\n");
}

static int scan_fd(struct scan_ctx *c, int fd, const unspoof_options *opts)
{
	static char buf[1 << 16];
	unspoof_callbacks cb = {NULL, on_finding, NULL, c};
	unspoof_stream *s;
	unspoof_summary sum;
	ssize_t n;
	int rc = unspoof_stream_new(opts, &cb, &s), k;
	if (rc) {
		cli_error("%s: %s", c->path, unspoof_strerror(rc));
		return -1;
	}
	c->shown = 0;
	c->first_json = 1;
	if (c->json) {
		printf("{\"path\":\"");
		json_str(stdout, c->path);
		printf("\",\"findings\":[");
	}
	while ((n = read(fd, buf, sizeof buf)) > 0)
		if ((rc = unspoof_stream_feed(s, buf, (size_t)n)) != 0)
			break;
	if (n < 0) {
		cli_error("%s: %s", c->path, strerror(errno));
		unspoof_stream_free(s);
		if (c->json)
			printf("]}\n");
		return -1;
	}
	if (!rc)
		rc = unspoof_stream_finish(s, &sum);
	unspoof_stream_free(s);
	if (rc) {
		cli_error("%s: %s", c->path, unspoof_strerror(rc));
		return -1;
	}
	if (c->json) {
		printf("],\"verdict\":\"%s\",\"score\":%.4f,\"counts\":{", unspoof_verdict_name(sum.verdict),
		       sum.score);
		for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
			printf("%s\"%s\":%llu", k ? "," : "", unspoof_kind_name(k),
			       (unsigned long long)sum.counts[k]);
		printf("},\"bytes\":%llu,\"words\":%llu}\n", (unsigned long long)sum.bytes,
		       (unsigned long long)sum.words);
	} else if (c->list) {
		if (sum.verdict == UNSPOOF_VERDICT_OBFUSCATED)
			printf("%s\n", c->path);
	} else if (!c->quiet) {
		int any = 0;
		printf("%s: %s (score %.2f)", c->path, unspoof_verdict_name(sum.verdict), sum.score);
		for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
			if (sum.counts[k]) {
				printf("%s%llu %s", any ? ", " : ": ", (unsigned long long)sum.counts[k],
				       unspoof_kind_name(k));
				any = 1;
			}
		putchar('\n');
	}
	return sum.verdict == UNSPOOF_VERDICT_OBFUSCATED;
}

int cmd_scan(int argc, char **argv)
{
	struct scan_ctx c;
	unspoof_options opts;
	int i, nfiles = 0, found = 0, errors = 0;
	memset(&c, 0, sizeof c);
	unspoof_options_init(&opts);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[0] != '-' || !strcmp(a, "-"))
			break;
		if (!strcmp(a, "--json"))
			c.json = 1;
		else if (!strcmp(a, "-c") || !strcmp(a, "--count"))
			c.count_only = 1;
		else if (!strcmp(a, "-l") || !strcmp(a, "--files-with-matches"))
			c.list = 1;
		else if (!strcmp(a, "-q") || !strcmp(a, "--quiet"))
			c.quiet = 1;
		else if (!strcmp(a, "--leet"))
			opts.leet = 1;
		else if (!strcmp(a, "--max-findings") && i + 1 < argc)
			c.max_findings = strtoull(argv[++i], NULL, 10);
		else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else {
			cli_error("scan: unknown option '%s'", a);
			usage(stderr);
			return EXIT_ERROR;
		}
	}
	for (; i < argc || nfiles == 0; i++) {
		const char *path = i < argc ? argv[i] : "-";
		int fd, r;
		nfiles++;
		if (!strcmp(path, "-")) {
			c.path = "(standard input)";
			fd = 0;
		} else {
			c.path = path;
			fd = open(path, O_RDONLY);
			if (fd < 0) {
				cli_error("%s: %s", path, strerror(errno));
				errors++;
				continue;
			}
		}
		r = scan_fd(&c, fd, &opts);
		if (fd)
			close(fd);
		if (r < 0)
			errors++;
		else
			found |= r;
		if (i >= argc)
			break;
	}
	fflush(stdout);
	return errors ? EXIT_ERROR : found ? 1 : 0;
}
