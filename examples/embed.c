/* A minimal program embedding libunspoof: cleans a string and prints what it
 * found. Build against an installed library with
 *   cc embed.c $(pkg-config --cflags --libs unspoof)
 */
#include <stdio.h>
#include <string.h>

#include <unspoof.h>

int main(void)
{
	/* "Robert Plant stepped quietly", with Cyrillic п for n, Greek υ for u. */
	const char *text = "Robert Pla\xd0\xbft stepped q\xcf\x85ietly";
	unspoof_cleaned *c;
	int rc = unspoof_clean(NULL, text, strlen(text), &c);
	if (rc != UNSPOOF_OK) {
		fprintf(stderr, "unspoof_clean: %s\n", unspoof_strerror(rc));
		return 1;
	}
	printf("unspoof %s, Unicode %s\n", unspoof_version(), unspoof_unicode_version());
	printf("verdict: %s, %zu edits\n", unspoof_verdict_name(c->summary.verdict), c->nedits);
	printf("cleaned: %s\n", c->text);
	rc = strcmp(c->text, "Robert Plant stepped quietly") != 0;
	unspoof_cleaned_free(c);
	return rc;
}
