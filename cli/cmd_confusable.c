/* unspoof confusable: tell whether two strings are confusable (UTS #39). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "cli.h"
#include "json.h"

static void confusable_usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof confusable [OPTIONS] A B\n"
	        "\n"
	        "Tell whether strings A and B are confusable per UTS #39 (their skeletons\n"
	        "are equal) and how: single-script (one script could give both),\n"
	        "mixed-script (no common script), whole-script (mixed-script, and each\n"
	        "string is single-script on its own).\n"
	        "\n"
	        "options:\n"
	        "  --json            print one JSON object\n"
	        "  --invalid=MODE    ill-formed UTF-8: 'error' (default) or 'replace' (compare\n"
	        "                    as U+FFFD)\n"
	        "  -h, --help        show this help\n"
	        "\n"
	        "exit status: 0 if confusable, 1 if not, 2 on error (as grep).\n");
}

static int skel(const char *s, char **out, size_t *len, unsigned flags)
{
	size_t need = 0;
	int rc = unspoof_skeleton(s, strlen(s), NULL, 0, &need, flags);
	if (rc != UNSPOOF_OK && rc != UNSPOOF_E_BUFFER_TOO_SMALL)
		return rc;
	*out = malloc(need ? need : 1);
	if (!*out)
		return UNSPOOF_E_NOMEM;
	rc = unspoof_skeleton(s, strlen(s), *out, need, len, flags);
	return rc;
}

int cmd_confusable(int argc, char **argv)
{
	const char *args[2];
	int i, n = 0, json = 0, rc, opts_done = 0;
	unsigned flags = 0, res = 0;
	char *ska = NULL, *skb = NULL;
	size_t la = 0, lb = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (opts_done || a[0] != '-' || !a[1]) {
			if (n == 2) {
				cli_error("confusable: expected two strings (try --help)");
				return EXIT_ERROR;
			}
			args[n++] = a;
		} else if (!strcmp(a, "--")) {
			opts_done = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			confusable_usage(stdout);
			return 0;
		} else if (!strcmp(a, "--json")) {
			json = 1;
		} else if (!strcmp(a, "--invalid=error")) {
			flags = 0;
		} else if (!strcmp(a, "--invalid=replace") || !strcmp(a, "--invalid=keep")) {
			flags = UNSPOOF_INVALID_REPLACE;
		} else {
			cli_error("confusable: unknown option '%s' (try --help)", a);
			return EXIT_ERROR;
		}
	}
	if (n != 2) {
		cli_error("confusable: expected two strings (try --help)");
		return EXIT_ERROR;
	}
	rc = unspoof_confusable(args[0], strlen(args[0]), args[1], strlen(args[1]), flags, &res);
	if (rc == 0)
		rc = skel(args[0], &ska, &la, flags);
	if (rc == 0)
		rc = skel(args[1], &skb, &lb, flags);
	if (rc) {
		if (rc == UNSPOOF_E_UTF8)
			cli_error("confusable: ill-formed UTF-8 (use --invalid=replace)");
		else
			cli_error("confusable: %s", unspoof_strerror(rc));
		free(ska);
		free(skb);
		return EXIT_ERROR;
	}
	if (json) {
		fputc('{', stdout);
		json_text_field(stdout, "a", args[0], strlen(args[0]));
		fputc(',', stdout);
		json_text_field(stdout, "b", args[1], strlen(args[1]));
		fputc(',', stdout);
		json_text_field(stdout, "skeleton_a", ska, la);
		fputc(',', stdout);
		json_text_field(stdout, "skeleton_b", skb, lb);
		printf(",\"confusable\":%s,\"single_script\":%s,\"mixed_script\":%s,"
		       "\"whole_script\":%s}\n",
		       res ? "true" : "false",
		       res & UNSPOOF_CONFUSABLE_SINGLE_SCRIPT ? "true" : "false",
		       res & UNSPOOF_CONFUSABLE_MIXED_SCRIPT ? "true" : "false",
		       res & UNSPOOF_CONFUSABLE_WHOLE_SCRIPT ? "true" : "false");
	} else {
		if (!res)
			printf("not confusable\n");
		else if (res & UNSPOOF_CONFUSABLE_SINGLE_SCRIPT)
			printf("confusable: single-script\n");
		else if (res & UNSPOOF_CONFUSABLE_WHOLE_SCRIPT)
			printf("confusable: mixed-script, whole-script\n");
		else
			printf("confusable: mixed-script\n");
		printf("skeleton A: ");
		fwrite(ska, 1, la, stdout);
		printf("\nskeleton B: ");
		fwrite(skb, 1, lb, stdout);
		printf("\n");
	}
	free(ska);
	free(skb);
	if (fflush(stdout) != 0) {
		cli_error("write error");
		return EXIT_ERROR;
	}
	return res ? 0 : 1;
}
