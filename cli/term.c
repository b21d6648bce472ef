/* Terminal helpers (see term.h). */
#include "term.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unspoof.h"

int term_color_mode(const char *s)
{
	if (!strcmp(s, "auto") || !strcmp(s, "tty") || !strcmp(s, "if-tty"))
		return COLOR_AUTO;
	if (!strcmp(s, "always") || !strcmp(s, "yes") || !strcmp(s, "force"))
		return COLOR_ALWAYS;
	if (!strcmp(s, "never") || !strcmp(s, "no") || !strcmp(s, "none"))
		return COLOR_NEVER;
	return -1;
}

int term_use_color(int mode, int fd)
{
	const char *nc, *term;
	if (mode == COLOR_ALWAYS)
		return 1;
	if (mode == COLOR_NEVER || !isatty(fd))
		return 0;
	nc = getenv("NO_COLOR");
	if (nc && *nc)
		return 0;
	term = getenv("TERM");
	return !(term && !strcmp(term, "dumb"));
}

int term_needs_escape(const char *s, size_t len, size_t *n)
{
	uint32_t cp;
	unspoof_char_info ci;
	*n = unspoof_utf8_decode(s, len, &cp);
	if (cp == UNSPOOF_CP_INVALID)
		return 1;
	if (cp == '\t')
		return 0;
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029)
		return 1;
	if (cp < 0x80)
		return 0;
	if (unspoof_char_info_get(cp, &ci) != UNSPOOF_OK)
		return 1;
	return (ci.flags & (UNSPOOF_PROP_DEFAULT_IGNORABLE | UNSPOOF_PROP_BIDI_CONTROL)) &&
	       !(ci.flags & UNSPOOF_PROP_VARIATION_SELECTOR) && cp != 0x200D;
}

void term_safe_text(FILE *f, const char *s, size_t len)
{
	size_t i = 0, run = 0;
	while (i < len) {
		size_t n;
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			i++;
			continue;
		}
		if (!term_needs_escape(s + i, len - i, &n)) {
			i += n;
			continue;
		}
		fwrite(s + run, 1, i - run, f);
		{
			uint32_t cp;
			size_t k;
			unspoof_utf8_decode(s + i, len - i, &cp);
			if (cp == UNSPOOF_CP_INVALID)
				for (k = 0; k < n; k++)
					fprintf(f, "\\x%02X", (unsigned char)s[i + k]);
			else
				fprintf(f, "<U+%04X>", (unsigned)cp);
		}
		i += n;
		run = i;
	}
	fwrite(s + run, 1, len - run, f);
}
