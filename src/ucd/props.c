/* Public access to the per-code-point property tables. */
#include <string.h>

#include "unspoof.h"
#include "ucd/props.h"

static const char *const gc_codes[] = {
	"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps",
	"Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
};

int unspoof_char_info_get(uint32_t cp, unspoof_char_info *info)
{
	const us_props_rec *r;
	if (!info)
		return UNSPOOF_E_NULL;
	if (cp > 0x10FFFF)
		return UNSPOOF_E_INVALID_ARG;
	r = us_props(cp);
	info->general_category = r->gc;
	info->bidi_class = r->bc;
	info->script = r->sc;
	info->ccc = unspoof_ccc(cp);
	info->decimal_digit = r->digit == 15 ? -1 : r->digit;
	info->identifier_allowed = r->idstatus;
	info->identifier_type = r->idtype;
	info->flags = r->flags;
	info->simple_lowercase = us_simple_lower(cp);
	info->simple_uppercase = us_simple_upper(cp);
	info->simple_titlecase = us_simple_title(cp);
	info->simple_casefold = us_simple_fold(cp);
	return UNSPOOF_OK;
}

int unspoof_script_count(void)
{
	return US_SCRIPT_COUNT;
}

const char *unspoof_script_code(int script)
{
	return script >= 0 && script < US_SCRIPT_COUNT ? us_script_codes[script] : NULL;
}

const char *unspoof_script_name(int script)
{
	return script >= 0 && script < US_SCRIPT_COUNT ? us_script_names[script] : NULL;
}

static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y || x == 0)
			return x - y;
	}
}

int unspoof_script_from_name(const char *name)
{
	int i;
	if (!name)
		return -1;
	for (i = 0; i < US_SCRIPT_COUNT; i++)
		if (!ascii_casecmp(name, us_script_codes[i]) || !ascii_casecmp(name, us_script_names[i]))
			return i;
	return -1;
}

int unspoof_script_extensions(uint32_t cp, unspoof_script_set *out)
{
	unsigned n, i;
	const uint8_t *s;
	if (!out)
		return UNSPOOF_E_NULL;
	if (cp > 0x10FFFF)
		return UNSPOOF_E_INVALID_ARG;
	memset(out, 0, sizeof *out);
	s = us_scx(us_props(cp), &n);
	for (i = 0; i < n; i++)
		out->bits[s[i] >> 6] |= (uint64_t)1 << (s[i] & 63);
	return UNSPOOF_OK;
}

const char *unspoof_gc_code(int gc)
{
	return gc >= 0 && gc < (int)(sizeof gc_codes / sizeof gc_codes[0]) ? gc_codes[gc] : NULL;
}

int unspoof_confusable_prototype(uint32_t cp, uint32_t *dst, size_t cap, size_t *out_len)
{
	const uint32_t *seq;
	unsigned n;
	if (!out_len || (!dst && cap))
		return UNSPOOF_E_NULL;
	if (cp > 0x10FFFF)
		return UNSPOOF_E_INVALID_ARG;
	n = us_confusable(cp, &seq);
	if (n == 0) {
		seq = &cp;
		n = 1;
	}
	*out_len = n;
	if (cap < n)
		return UNSPOOF_E_BUFFER_TOO_SMALL;
	memcpy(dst, seq, n * sizeof *seq);
	return UNSPOOF_OK;
}

unsigned us_full_fold(uint32_t cp, uint32_t out[3])
{
	long i = us_find_sorted(us_full_fold_keys, US_FULL_FOLD_COUNT, cp);
	if (i >= 0) {
		const uint32_t *v = &us_full_fold_values[i * 3];
		out[0] = v[0];
		out[1] = v[1];
		out[2] = v[2];
		return v[2] ? 3 : v[1] ? 2 : 1;
	}
	out[0] = us_simple_fold(cp);
	return 1;
}
