/* A small JSON writer for the CLI (see json.h). */
#include "json.h"

#include "unspoof.h"

void json_string(FILE *f, const char *s, size_t len)
{
	size_t i = 0;
	fputc('"', f);
	while (i < len) {
		uint32_t cp;
		size_t k = unspoof_utf8_decode(s + i, len - i, &cp);
		if (cp == UNSPOOF_CP_INVALID) {
			fputs("\\uFFFD", f);
		} else if (cp == '"' || cp == '\\') {
			fputc('\\', f);
			fputc((int)cp, f);
		} else if (cp < 0x20) {
			switch (cp) {
			case '\n': fputs("\\n", f); break;
			case '\r': fputs("\\r", f); break;
			case '\t': fputs("\\t", f); break;
			case '\b': fputs("\\b", f); break;
			case '\f': fputs("\\f", f); break;
			default: fprintf(f, "\\u%04X", (unsigned)cp); break;
			}
		} else if (cp == 0x2028 || cp == 0x2029) {
			fprintf(f, "\\u%04X", (unsigned)cp);
		} else {
			fwrite(s + i, 1, k, f);
		}
		i += k;
	}
	fputc('"', f);
}

void json_hex(FILE *f, const char *s, size_t len)
{
	size_t i;
	fputc('"', f);
	for (i = 0; i < len; i++)
		fprintf(f, "%02x", (unsigned char)s[i]);
	fputc('"', f);
}

int json_valid_utf8(const char *s, size_t len)
{
	return unspoof_utf8_validate(s, len, NULL) == UNSPOOF_OK;
}

void json_text_field(FILE *f, const char *name, const char *s, size_t len)
{
	fprintf(f, "\"%s\":", name);
	json_string(f, s, len);
	if (!json_valid_utf8(s, len)) {
		fprintf(f, ",\"%s_bytes\":", name);
		json_hex(f, s, len);
	}
}

void json_cp(FILE *f, uint32_t cp)
{
	fprintf(f, "\"U+%04X\"", (unsigned)cp);
}
