/* unspoof check: check identifiers with UTS #39 (restriction level, scripts,
 * mixed numbers, identifier status, optional detections). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "cli.h"
#include "json.h"

static void check_usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof check [OPTIONS] IDENT...\n"
	        "\n"
	        "Check each identifier with the mechanisms of UTS #39 and print its\n"
	        "restriction level, its scripts (resolved script set), the decimal digit\n"
	        "systems it uses, its identifier status and the checks that failed:\n"
	        "  restriction-level  less restrictive than --level\n"
	        "  mixed-numbers      digits of more than one decimal system\n"
	        "  identifier-status  a character that is not Identifier_Status=Allowed\n"
	        "  invisible          the same non-spacing mark twice in a row\n"
	        "  many-marks         more than four non-spacing marks in a row\n"
	        "  hidden-overlay     U+0307 on i, j, l or another dotted letter\n"
	        "  default-ignorable  an invisible (default-ignorable or bidi) character\n"
	        "  char-limit         a character outside --profile or --scripts\n"
	        "\n"
	        "options:\n"
	        "  --level=LEVEL     most permissive restriction level accepted: ascii,\n"
	        "                    single-script, highly (default), moderately,\n"
	        "                    minimally, unrestricted\n"
	        "  --profile=P       'identifier' (default): only Identifier_Status=Allowed\n"
	        "                    characters pass (UTS #39 §3.1, §5.2 step 1);\n"
	        "                    'any': every character (as ICU by default)\n"
	        "  --json            one JSON object per identifier, one per line\n"
	        "  --invalid=replace analyse ill-formed UTF-8 as U+FFFD (default: error)\n"
	        "  -h, --help        show this help\n"
	        "\n"
	        "exit status: 0 if every identifier passed, 1 if some failed, 2 on error.\n");
}

static void print_scripts_text(const unspoof_script_set *set)
{
	int i, n = unspoof_script_count(), any = 0;
	if (unspoof_script_set_is_all(set)) {
		printf("all (only Common/Inherited characters)");
		return;
	}
	for (i = 0; i < n; i++)
		if (unspoof_script_set_has(set, i)) {
			printf("%s%s", any ? " " : "", unspoof_script_code(i));
			any = 1;
		}
	if (!any)
		printf("none (mixed-script)");
}

static void print_scripts_json(const unspoof_script_set *set)
{
	int i, n = unspoof_script_count(), any = 0;
	if (unspoof_script_set_is_all(set)) {
		printf("\"all\"");
		return;
	}
	putchar('[');
	for (i = 0; i < n; i++)
		if (unspoof_script_set_has(set, i)) {
			printf("%s\"%s\"", any ? "," : "", unspoof_script_code(i));
			any = 1;
		}
	putchar(']');
}

static int check_one(const unspoof_checker *ck, const char *s, int json, unsigned flags)
{
	size_t len = strlen(s), i;
	unspoof_check_result r;
	int allowed = 0, rc;
	size_t bad = 0;
	unsigned bit;

	rc = unspoof_checker_check(ck, s, len, flags, &r);
	if (rc == 0)
		rc = unspoof_identifier_check(s, len, flags, &allowed, &bad);
	if (rc) {
		if (rc == UNSPOOF_E_UTF8)
			cli_error("check: ill-formed UTF-8 at byte %zu (use --invalid=replace)",
			          r.first_failure);
		else
			cli_error("check: %s", unspoof_strerror(rc));
		return EXIT_ERROR;
	}
	if (json) {
		putchar('{');
		json_text_field(stdout, "identifier", s, len);
		printf(",\"level\":\"%s\",\"scripts\":", unspoof_level_name(r.level));
		print_scripts_json(&r.scripts);
		printf(",\"mixed_script\":%s,\"digit_systems\":[",
		       unspoof_script_set_is_empty(&r.scripts) ? "true" : "false");
		for (i = 0; i < r.digit_systems && i < UNSPOOF_MAX_DIGIT_SYSTEMS; i++) {
			if (i)
				putchar(',');
			json_cp(stdout, r.digit_zeros[i]);
		}
		printf("],\"mixed_numbers\":%s,\"identifier_allowed\":%s",
		       r.digit_systems > 1 ? "true" : "false", allowed ? "true" : "false");
		if (!allowed)
			printf(",\"first_restricted_offset\":%zu", bad);
		printf(",\"failed\":[");
		for (bit = 1, i = 0; bit; bit <<= 1)
			if ((r.failed & bit) && unspoof_check_name(bit))
				printf("%s\"%s\"", i++ ? "," : "", unspoof_check_name(bit));
		printf("],\"ok\":%s}\n", r.failed ? "false" : "true");
	} else {
		printf("%s\n", s);
		printf("  restriction level: %s\n", unspoof_level_name(r.level));
		printf("  scripts:           ");
		print_scripts_text(&r.scripts);
		printf("\n  digit systems:     ");
		if (!r.digit_systems)
			printf("none");
		for (i = 0; i < r.digit_systems && i < UNSPOOF_MAX_DIGIT_SYSTEMS; i++)
			printf("%sU+%04X", i ? " " : "", (unsigned)r.digit_zeros[i]);
		printf("%s\n", r.digit_systems > 1 ? " (mixed numbers)" : "");
		if (allowed) {
			printf("  identifier status: allowed\n");
		} else {
			uint32_t cp;
			unspoof_utf8_decode(s + bad, len - bad, &cp);
			if (cp == UNSPOOF_CP_INVALID)
				printf("  identifier status: restricted (ill-formed byte at %zu)\n", bad);
			else
				printf("  identifier status: restricted (U+%04X at byte %zu)\n",
				       (unsigned)cp, bad);
		}
		printf("  failed checks:     ");
		if (!r.failed)
			printf("none");
		for (bit = 1, i = 0; bit; bit <<= 1)
			if ((r.failed & bit) && unspoof_check_name(bit))
				printf("%s%s", i++ ? ", " : "", unspoof_check_name(bit));
		printf("\n");
	}
	return r.failed ? 1 : 0;
}

int cmd_check(int argc, char **argv)
{
	unspoof_checker *ck;
	int i, json = 0, level = UNSPOOF_LEVEL_HIGHLY, allow = UNSPOOF_ALLOW_IDENTIFIER;
	int n = 0, status = 0, opts_done = 0;
	unsigned flags = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (opts_done || a[0] != '-' || !a[1]) {
			n++;
		} else if (!strcmp(a, "--")) {
			opts_done = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			check_usage(stdout);
			return 0;
		} else if (!strcmp(a, "--json")) {
			json = 1;
		} else if (!strncmp(a, "--level=", 8)) {
			level = unspoof_level_from_name(a + 8);
			if (level < 0) {
				cli_error("check: unknown level '%s' (try --help)", a + 8);
				return EXIT_ERROR;
			}
		} else if (!strcmp(a, "--profile=identifier")) {
			allow = UNSPOOF_ALLOW_IDENTIFIER;
		} else if (!strcmp(a, "--profile=any")) {
			allow = UNSPOOF_ALLOW_ANY;
		} else if (!strcmp(a, "--invalid=error")) {
			flags = 0;
		} else if (!strcmp(a, "--invalid=replace") || !strcmp(a, "--invalid=keep")) {
			flags = UNSPOOF_INVALID_REPLACE;
		} else {
			cli_error("check: unknown option '%s' (try --help)", a);
			return EXIT_ERROR;
		}
	}
	if (!n) {
		cli_error("check: no identifier given (try --help)");
		return EXIT_ERROR;
	}
	ck = unspoof_checker_new();
	if (!ck || unspoof_checker_set_level(ck, level) ||
	    unspoof_checker_set_allowed(ck, allow, NULL)) {
		cli_error("check: cannot set up the checker");
		unspoof_checker_free(ck);
		return EXIT_ERROR;
	}
	opts_done = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		int rc;
		if (!opts_done && a[0] == '-' && a[1]) {
			if (!strcmp(a, "--"))
				opts_done = 1;
			continue;
		}
		rc = check_one(ck, a, json, flags);
		if (rc > status)
			status = rc;
	}
	unspoof_checker_free(ck);
	if (fflush(stdout) != 0) {
		cli_error("write error");
		return EXIT_ERROR;
	}
	return status;
}
