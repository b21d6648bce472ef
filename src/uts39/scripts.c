/* UTS #39 §5: resolved script sets, restriction levels, mixed numbers,
 * Identifier_Status/Type; §4 confusability of two strings. */
#include <string.h>

#include "uts39/uts39.h"
#include "common/utf8.h"
#include "ucd/norm.h"
#include "ucd/props.h"
#include "data/bidi.gen.h"

#define SET_BIT(s, i) ((s)->bits[(i) >> 6] |= (uint64_t)1 << ((i) & 63))
#define HAS_BIT(s, i) (((s)->bits[(i) >> 6] >> ((i) & 63)) & 1u)

static void set_all(unspoof_script_set *s)
{
	s->bits[0] = s->bits[1] = s->bits[2] = s->bits[3] = ~(uint64_t)0;
}

static void set_and(unspoof_script_set *a, const unspoof_script_set *b)
{
	int i;
	for (i = 0; i < 4; i++)
		a->bits[i] &= b->bits[i];
}

static int set_intersects(const unspoof_script_set *a, const unspoof_script_set *b)
{
	int i;
	for (i = 0; i < 4; i++)
		if (a->bits[i] & b->bits[i])
			return 1;
	return 0;
}

void us_augmented_scripts(uint32_t cp, unspoof_script_set *out)
{
	unsigned n, i;
	const uint8_t *sc = us_scx(us_props(cp), &n);
	memset(out, 0, sizeof *out);
	for (i = 0; i < n; i++) {
		switch (sc[i]) {
		case US_SC_Zyyy:
		case US_SC_Zinh:
			set_all(out);
			return;
		case US_SC_Hani:
			SET_BIT(out, US_SC_Hanb);
			SET_BIT(out, US_SC_Jpan);
			SET_BIT(out, US_SC_Kore);
			break;
		case US_SC_Hira:
		case US_SC_Kana:
			SET_BIT(out, US_SC_Jpan);
			break;
		case US_SC_Hang:
			SET_BIT(out, US_SC_Kore);
			break;
		case US_SC_Bopo:
			SET_BIT(out, US_SC_Hanb);
			break;
		default:
			break;
		}
		SET_BIT(out, sc[i]);
	}
}

int us_is_soft_dotted(uint32_t cp)
{
	size_t lo = 0, hi = US_SOFT_DOTTED_COUNT;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (us_soft_dotted[mid][1] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < US_SOFT_DOTTED_COUNT && us_soft_dotted[lo][0] <= cp;
}

static int dot_lead_plain(uint32_t cp)
{
	return cp == 'i' || cp == 'j' || cp == 0x131 || cp == 0x237 || cp == 'l' ||
	       us_is_soft_dotted(cp);
}

/* A character on which a following U+0307 would be invisible (the dot
 * merges with or duplicates its own). */
static int dot_lead(uint32_t cp)
{
	const uint32_t *seq;
	unsigned k;
	if (dot_lead_plain(cp))
		return 1;
	k = us_confusable(cp, &seq);
	return k > 0 && seq[k - 1] != cp && dot_lead_plain(seq[k - 1]);
}

int us_analyze(const char *s, size_t len, unsigned flags, struct us_analysis *a,
               size_t *err_off)
{
	const unsigned char *p = (const unsigned char *)s;
	unspoof_script_set aug;
	size_t i = 0;
	int saw_lead = 0;

	memset(a, 0, sizeof *a);
	a->all_ascii = 1;
	a->all_allowed = 1;
	a->first_not_allowed = len;
	a->first_ignorable = len;
	set_all(&a->resolved);
	set_all(&a->resolved_no_latin);
	while (i < len) {
		uint32_t cp;
		size_t k = us_utf8_decode(p + i, len - i, &cp);
		const us_props_rec *r;
		if (cp == US_CP_INVALID) {
			if (!(flags & (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE))) {
				if (err_off)
					*err_off = i;
				return UNSPOOF_E_UTF8;
			}
			cp = 0xFFFD;
		}
		r = us_props(cp);
		if (cp > 0x7F)
			a->all_ascii = 0;
		if (!r->idstatus && a->all_allowed) {
			a->all_allowed = 0;
			a->first_not_allowed = i;
		}
		if ((r->flags & (US_F_DEFAULT_IGNORABLE | US_F_BIDI_CONTROL)) &&
		    a->first_ignorable == len)
			a->first_ignorable = i;
		us_augmented_scripts(cp, &aug);
		set_and(&a->resolved, &aug);
		if (!HAS_BIT(&aug, US_SC_Latn))
			set_and(&a->resolved_no_latin, &aug);
		if (r->gc == US_GC_Nd && r->digit < 10) {
			uint32_t zero = cp - r->digit;
			size_t j;
			for (j = 0; j < a->ndigit_systems && a->digit_zeros[j] != zero; j++)
				;
			if (j == a->ndigit_systems && j < US_MAX_ZEROS)
				a->digit_zeros[a->ndigit_systems++] = zero;
		}
		/* ICU's findHiddenOverlay(). */
		if (saw_lead && cp == 0x307)
			a->hidden_overlay = 1;
		{
			uint8_t ccc = us_ccc(cp);
			if (ccc == 0 || ccc == 230)
				saw_lead = dot_lead(cp);
		}
		i += k;
	}
	return UNSPOOF_OK;
}

static int set_is_empty(const unspoof_script_set *s)
{
	return !(s->bits[0] | s->bits[1] | s->bits[2] | s->bits[3]);
}

int us_level_of(const struct us_analysis *a, int any_chars)
{
	const unspoof_script_set *nl = &a->resolved_no_latin;
	if (!any_chars && !a->all_allowed)
		return UNSPOOF_LEVEL_UNRESTRICTED;
	if (a->all_ascii)
		return UNSPOOF_LEVEL_ASCII;
	if (!set_is_empty(&a->resolved))
		return UNSPOOF_LEVEL_SINGLE_SCRIPT;
	if (HAS_BIT(nl, US_SC_Hanb) || HAS_BIT(nl, US_SC_Jpan) || HAS_BIT(nl, US_SC_Kore))
		return UNSPOOF_LEVEL_HIGHLY;
	if (!set_is_empty(nl) && !HAS_BIT(nl, US_SC_Cyrl) && !HAS_BIT(nl, US_SC_Grek) &&
	    !HAS_BIT(nl, US_SC_Cher))
		return UNSPOOF_LEVEL_MODERATELY;
	return UNSPOOF_LEVEL_MINIMALLY;
}

#define TEXT_FLAGS (UNSPOOF_INVALID_KEEP | UNSPOOF_INVALID_REPLACE)

UNSPOOF_API int unspoof_resolved_scripts(const char *s, size_t len, unsigned flags,
                                         unspoof_script_set *out)
{
	struct us_analysis a;
	int rc;
	if (!out || (!s && len))
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, TEXT_FLAGS);
	if (rc == 0)
		rc = us_analyze(s, len, flags, &a, NULL);
	if (rc)
		return rc;
	*out = a.resolved;
	return UNSPOOF_OK;
}

UNSPOOF_API int unspoof_script_set_is_all(const unspoof_script_set *set)
{
	return set && !~(set->bits[0] & set->bits[1] & set->bits[2] & set->bits[3]);
}

UNSPOOF_API int unspoof_script_set_is_empty(const unspoof_script_set *set)
{
	return set && set_is_empty(set);
}

UNSPOOF_API int unspoof_script_set_has(const unspoof_script_set *set, int script)
{
	return set && script >= 0 && script < 256 && HAS_BIT(set, script);
}

UNSPOOF_API int unspoof_is_mixed_script(const char *s, size_t len, unsigned flags,
                                        int *result)
{
	unspoof_script_set set;
	int rc;
	if (!result)
		return UNSPOOF_E_NULL;
	*result = 0;
	rc = unspoof_resolved_scripts(s, len, flags, &set);
	if (rc == 0)
		*result = set_is_empty(&set);
	return rc;
}

static const char *const level_names[] = {
	NULL, "ascii", "single-script", "highly-restrictive", "moderately-restrictive",
	"minimally-restrictive", "unrestricted",
};

UNSPOOF_API const char *unspoof_level_name(int level)
{
	return level >= 1 && level <= 6 ? level_names[level] : NULL;
}

static int ascii_ieq(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
}

UNSPOOF_API int unspoof_level_from_name(const char *name)
{
	static const char *const short_names[] = {NULL, "ascii-only", "single", "highly",
	                                          "moderately", "minimally", "unrestrictive"};
	int i;
	if (!name)
		return -1;
	for (i = 1; i <= 6; i++)
		if (ascii_ieq(name, level_names[i]) || ascii_ieq(name, short_names[i]))
			return i;
	return -1;
}

UNSPOOF_API int unspoof_restriction_level(const char *s, size_t len, unsigned flags,
                                          int *level)
{
	struct us_analysis a;
	int rc;
	if (!level)
		return UNSPOOF_E_NULL;
	*level = 0;
	if (!s && len)
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, TEXT_FLAGS | UNSPOOF_LEVEL_ANY_CHARS);
	if (rc == 0)
		rc = us_analyze(s, len, flags, &a, NULL);
	if (rc)
		return rc;
	*level = us_level_of(&a, !!(flags & UNSPOOF_LEVEL_ANY_CHARS));
	return UNSPOOF_OK;
}

UNSPOOF_API int unspoof_digit_systems(const char *s, size_t len, unsigned flags,
                                      uint32_t *zeros, size_t cap, size_t *count)
{
	struct us_analysis a;
	size_t i;
	int rc;
	if (!count)
		return UNSPOOF_E_NULL;
	*count = 0;
	if ((!s && len) || (!zeros && cap))
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, TEXT_FLAGS);
	if (rc == 0)
		rc = us_analyze(s, len, flags, &a, NULL);
	if (rc)
		return rc;
	for (i = 0; i < a.ndigit_systems && i < cap; i++)
		zeros[i] = a.digit_zeros[i];
	*count = a.ndigit_systems;
	return UNSPOOF_OK;
}

UNSPOOF_API int unspoof_identifier_allowed(uint32_t cp)
{
	return cp <= 0x10FFFF && us_props(cp)->idstatus;
}

UNSPOOF_API unsigned unspoof_identifier_type(uint32_t cp)
{
	return cp <= 0x10FFFF ? us_props(cp)->idtype : 0;
}

UNSPOOF_API const char *unspoof_identifier_type_name(unsigned bit)
{
	static const char *const names[] = {
		"Not_Character", "Deprecated", "Default_Ignorable", "Not_NFKC", "Not_XID",
		"Exclusion", "Obsolete", "Technical", "Uncommon_Use", "Limited_Use",
		"Inclusion", "Recommended",
	};
	unsigned i;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (bit == 1u << i)
			return names[i];
	return NULL;
}

UNSPOOF_API int unspoof_identifier_check(const char *s, size_t len, unsigned flags,
                                         int *result, size_t *bad_offset)
{
	struct us_analysis a;
	int rc;
	if (!result)
		return UNSPOOF_E_NULL;
	*result = 0;
	if (!s && len)
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, TEXT_FLAGS);
	if (rc == 0)
		rc = us_analyze(s, len, flags, &a, NULL);
	if (rc)
		return rc;
	*result = a.all_allowed;
	if (bad_offset)
		*bad_offset = a.first_not_allowed;
	return UNSPOOF_OK;
}

UNSPOOF_API int unspoof_confusable(const char *a, size_t alen, const char *b, size_t blen,
                                   unsigned flags, unsigned *result)
{
	uint32_t s1[128], s2[128], k1[128], k2[128];
	us_cpvec ca, cb, ka, kb;
	struct us_analysis aa, ab;
	int rc;

	if (!result)
		return UNSPOOF_E_NULL;
	*result = 0;
	if ((!a && alen) || (!b && blen))
		return UNSPOOF_E_NULL;
	rc = us_check_flags(flags, TEXT_FLAGS);
	if (rc)
		return rc;
	us_cpvec_init(&ca, s1, 128);
	us_cpvec_init(&cb, s2, 128);
	us_cpvec_init(&ka, k1, 128);
	us_cpvec_init(&kb, k2, 128);
	rc = us_decode_all(a, alen, flags, &ca, NULL);
	if (rc == 0)
		rc = us_decode_all(b, blen, flags, &cb, NULL);
	if (rc == 0)
		rc = us_skeleton_cps(ca.p, ca.n, &ka);
	if (rc == 0)
		rc = us_skeleton_cps(cb.p, cb.n, &kb);
	if (rc == 0 && ka.n == kb.n && !memcmp(ka.p, kb.p, ka.n * sizeof *ka.p)) {
		rc = us_analyze(a, alen, flags, &aa, NULL);
		if (rc == 0)
			rc = us_analyze(b, blen, flags, &ab, NULL);
		if (rc == 0) {
			if (set_intersects(&aa.resolved, &ab.resolved)) {
				*result = UNSPOOF_CONFUSABLE_SINGLE_SCRIPT;
			} else {
				*result = UNSPOOF_CONFUSABLE_MIXED_SCRIPT;
				if (!set_is_empty(&aa.resolved) && !set_is_empty(&ab.resolved))
					*result |= UNSPOOF_CONFUSABLE_WHOLE_SCRIPT;
			}
		}
	}
	us_cpvec_free(&ca);
	us_cpvec_free(&cb);
	us_cpvec_free(&ka);
	us_cpvec_free(&kb);
	return rc;
}
