/* Fuzz target: the CLI's JSON writer (cli/json.c), linked in as is.
 *
 * Properties, for any bytes s:
 *  - json_string(s) is one valid JSON string literal (RFC 8259: no raw
 *    control characters, only the defined escapes, well-formed UTF-8 and
 *    no raw U+2028/U+2029), and it decodes to s with each ill-formed maximal
 *    subpart replaced by U+FFFD;
 *  - json_hex(s) decodes back to exactly s;
 *  - json_text_field(name, s), wrapped in braces, is a JSON object whose
 *    "name" is json_string(s) and which has "name_bytes" with the exact
 *    bytes exactly when s is ill-formed: together they round-trip s;
 *  - json_valid_utf8 agrees with an independent validator;
 *  - json_cp writes "U+XXXX" (at least four upper-case hex digits) that
 *    reads back as the same number. */
#include <ctype.h>

#include "fuzz_util.h"
#include "../cli/json.h"

struct js_out {
	char *p;
	size_t n;
};

static FILE *js_open(struct js_out *o)
{
	FILE *f;
	o->p = NULL;
	o->n = 0;
	f = open_memstream(&o->p, &o->n);
	if (!f)
		abort();
	return f;
}

static int js_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Parses one JSON string literal at p[*i..n); appends its decoded UTF-8
 * to out (room for 4*n bytes). Returns 0 on success, advancing *i. */
static int js_parse_string(const char *p, size_t n, size_t *i, char *out, size_t *olen)
{
	size_t k = *i;
	*olen = 0;
	if (k >= n || p[k] != '"')
		return -1;
	k++;
	while (k < n) {
		unsigned char c = (unsigned char)p[k];
		if (c == '"') {
			*i = k + 1;
			return 0;
		}
		if (c < 0x20)
			return -2; /* raw control character */
		if (c == '\\') {
			unsigned long u = 0;
			int d;
			if (k + 1 >= n)
				return -3;
			switch (p[k + 1]) {
			case '"': out[(*olen)++] = '"'; k += 2; continue;
			case '\\': out[(*olen)++] = '\\'; k += 2; continue;
			case '/': out[(*olen)++] = '/'; k += 2; continue;
			case 'b': out[(*olen)++] = '\b'; k += 2; continue;
			case 'f': out[(*olen)++] = '\f'; k += 2; continue;
			case 'n': out[(*olen)++] = '\n'; k += 2; continue;
			case 'r': out[(*olen)++] = '\r'; k += 2; continue;
			case 't': out[(*olen)++] = '\t'; k += 2; continue;
			case 'u':
				if (k + 6 > n)
					return -4;
				for (d = 0; d < 4; d++) {
					int h = js_hexval((unsigned char)p[k + 2 + d]);
					if (h < 0)
						return -5;
					u = u * 16 + (unsigned long)h;
				}
				k += 6;
				if (u >= 0xD800 && u <= 0xDBFF) {
					unsigned long lo = 0;
					if (k + 6 > n || p[k] != '\\' || p[k + 1] != 'u')
						return -6; /* lone high surrogate */
					for (d = 0; d < 4; d++) {
						int h = js_hexval((unsigned char)p[k + 2 + d]);
						if (h < 0)
							return -5;
						lo = lo * 16 + (unsigned long)h;
					}
					if (lo < 0xDC00 || lo > 0xDFFF)
						return -6;
					k += 6;
					u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				} else if (u >= 0xDC00 && u <= 0xDFFF) {
					return -6; /* lone low surrogate */
				}
				*olen += unspoof_utf8_encode((uint32_t)u, out + *olen);
				continue;
			default:
				return -7;
			}
		}
		{
			uint32_t cp;
			size_t m = fuzz_ref_decode((const unsigned char *)p + k, n - k, &cp);
			if (cp == UNSPOOF_CP_INVALID)
				return -8; /* raw ill-formed UTF-8 */
			if (cp == 0x2028 || cp == 0x2029)
				return -9;
			memcpy(out + *olen, p + k, m);
			*olen += m;
			k += m;
		}
	}
	return -10; /* unterminated */
}

static void js_fail_parse(const char *what, int err, const struct js_out *o, const char *s,
                          size_t len)
{
	fuzz_dump("input", s, len);
	fuzz_dump("json", o->p, o->n);
	fuzz_fail(__FILE__, __LINE__, "%s: parse error %d", what, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {"text", "cleaned", "a", "skeleton_of_b"};
	char *s = fuzz_copy(data, size), *dec, *expect;
	size_t len = size, dl, el, i;
	struct js_out o;
	FILE *f;
	int err, valid = fuzz_ref_valid(s, len);

	FUZZ_CHECK(json_valid_utf8(s, len) == valid, "json_valid_utf8 says %d, expected %d",
	           json_valid_utf8(s, len), valid);
	expect = fuzz_ref_replace(s, len, &el);
	dec = fuzz_xmalloc(4 * len + 64);

	/* json_string */
	f = js_open(&o);
	json_string(f, s, len);
	fclose(f);
	i = 0;
	err = js_parse_string(o.p, o.n, &i, dec, &dl);
	if (err || i != o.n)
		js_fail_parse("json_string output is not one JSON string", err ? err : -99, &o, s, len);
	FUZZ_CHECK_BYTES("json_string round trip (ill-formed parts as U+FFFD)", expect, el, dec, dl);
	free(o.p);

	/* json_hex */
	f = js_open(&o);
	json_hex(f, s, len);
	fclose(f);
	FUZZ_CHECK(o.n == 2 * len + 2 && o.p[0] == '"' && o.p[o.n - 1] == '"',
	           "json_hex: %zu bytes for %zu", o.n, len);
	for (i = 0; i < len; i++) {
		int hi = (unsigned char)o.p[1 + 2 * i], lo = (unsigned char)o.p[2 + 2 * i];
		FUZZ_CHECK(!isupper(hi) && !isupper(lo) && js_hexval(hi) >= 0 && js_hexval(lo) >= 0 &&
		                   js_hexval(hi) * 16 + js_hexval(lo) == (unsigned char)s[i],
		           "json_hex byte %zu", i);
	}
	free(o.p);

	/* json_text_field, wrapped into an object */
	{
		const char *name = names[size ? data[0] % 4 : 0];
		char key[64], *bytes;
		size_t kl, bl;
		f = js_open(&o);
		fputc('{', f);
		json_text_field(f, name, s, len);
		fputc('}', f);
		fclose(f);
		i = 1;
		err = js_parse_string(o.p, o.n, &i, key, &kl);
		if (err || kl != strlen(name) || memcmp(key, name, kl) || i >= o.n || o.p[i] != ':')
			js_fail_parse("text field: key", err ? err : -99, &o, s, len);
		i++;
		err = js_parse_string(o.p, o.n, &i, dec, &dl);
		if (err)
			js_fail_parse("text field: value", err, &o, s, len);
		FUZZ_CHECK_BYTES("text field value", expect, el, dec, dl);
		if (valid) {
			if (i != o.n - 1 || o.p[i] != '}')
				js_fail_parse("text field of well-formed text has more fields", -98, &o, s,
				              len);
		} else {
			char want[80];
			snprintf(want, sizeof want, "%s_bytes", name);
			if (i >= o.n || o.p[i] != ',')
				js_fail_parse("text field of ill-formed text has no _bytes field", -97, &o, s,
				              len);
			i++;
			err = js_parse_string(o.p, o.n, &i, key, &kl);
			if (err || kl != strlen(want) || memcmp(key, want, kl) || o.p[i] != ':')
				js_fail_parse("text field: _bytes key", err ? err : -96, &o, s, len);
			i++;
			bytes = fuzz_xmalloc(4 * len + 8);
			err = js_parse_string(o.p, o.n, &i, bytes, &bl);
			if (err || i != o.n - 1 || o.p[i] != '}' || bl != 2 * len)
				js_fail_parse("text field: _bytes value", err ? err : -95, &o, s, len);
			for (i = 0; i < len; i++)
				FUZZ_CHECK(js_hexval((unsigned char)bytes[2 * i]) * 16 +
				                           js_hexval((unsigned char)bytes[2 * i + 1]) ==
				                   (unsigned char)s[i],
				           "_bytes does not round-trip byte %zu", i);
			free(bytes);
		}
		free(o.p);
	}

	/* json_cp on values from the input */
	for (i = 0; i + 4 <= len && i < 32; i += 4) {
		uint32_t cp = ((uint32_t)data[i] | (uint32_t)data[i + 1] << 8 |
		               (uint32_t)data[i + 2] << 16 | (uint32_t)data[i + 3] << 24) &
		              (i & 4 ? 0x1FFFFF : 0xFFFFFFFF);
		unsigned long back;
		char *end;
		f = js_open(&o);
		json_cp(f, cp);
		fclose(f);
		FUZZ_CHECK(o.n >= 8 && !memcmp(o.p, "\"U+", 3) && o.p[o.n - 1] == '"',
		           "json_cp(%X) shape", (unsigned)cp);
		{
			size_t d;
			for (d = 3; d < o.n - 1; d++)
				FUZZ_CHECK(isxdigit((unsigned char)o.p[d]) && !islower((unsigned char)o.p[d]),
				           "json_cp(%X): digit %zu", (unsigned)cp, d);
		}
		back = strtoul(o.p + 3, &end, 16);
		FUZZ_CHECK(back == cp && end == o.p + o.n - 1, "json_cp(%X) reads back as %lX",
		           (unsigned)cp, back);
		free(o.p);
	}
	free(dec);
	free(expect);
	free(s);
	return 0;
}
