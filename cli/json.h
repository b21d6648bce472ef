/* A small JSON writer for the CLI's --json output.
 *
 * Text is UTF-8 that may be ill-formed. json_string() never loses bytes
 * silently: each ill-formed maximal subpart is written as \uFFFD, and the
 * caller can tell (json_valid_utf8()) that it must add the exact bytes in a
 * separate field with json_hex() — the convention of this tool is a sibling
 * field named "<name>_bytes" holding the hexadecimal of the original bytes,
 * present only when the text was ill-formed. */
#ifndef UNSPOOF_CLI_JSON_H
#define UNSPOOF_CLI_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Writes s[0..len) as a JSON string literal, quotes included. Escapes ",
 * \ and the C0 controls (\n, \t, ... or \u00XX) and U+2028/U+2029 (for
 * JavaScript embedding); other characters are written as UTF-8; ill-formed
 * subparts become \uFFFD. */
void json_string(FILE *f, const char *s, size_t len);
/* Writes s[0..len) as a JSON string of lowercase hexadecimal digits. */
void json_hex(FILE *f, const char *s, size_t len);
/* 1 if s[0..len) is well-formed UTF-8. */
int json_valid_utf8(const char *s, size_t len);
/* Writes "name":"value"[,"name_bytes":"hex"] (no leading comma). */
void json_text_field(FILE *f, const char *name, const char *s, size_t len);
/* Writes a code point as the JSON string "U+XXXX". */
void json_cp(FILE *f, uint32_t cp);

#endif
