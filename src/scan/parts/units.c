/* Lookalike entries of a unit, and classifying code points into units
 * (pass 1): letter or not, script, anchor, fancy, the facts that let
 * passes be skipped; the per-code-point templates that make it cheap.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* ------------------------------------------------------------ lookalikes */

static const uint32_t *lk_entries(const struct unit *u, unsigned *n)
{
	if (!u->lk) {
		*n = 0;
		return NULL;
	}
	*n = us_lookalike_pool[u->lk];
	return &us_lookalike_pool[u->lk + 1];
}

/* The entry of u into script t: primary (same case) unless want_alt and a
 * case alternative exists. Returns 0 if none. */
static uint32_t lk_into(const struct unit *u, unsigned t, int want_alt)
{
	unsigned n, i;
	uint32_t prim = 0, alt = 0;
	const uint32_t *e = lk_entries(u, &n);
	for (i = 0; i < n; i++) {
		if ((e[i] & US_LK_FANCY) || US_LK_SCRIPT(e[i]) != t)
			continue;
		if (orthography(US_LK_TARGET(e[i])) == 2 && u->script != US_SC_Latn)
			continue; /* as in lk_cands() */
		if (e[i] & US_LK_CASEALT)
			alt = alt ? alt : e[i];
		else
			prim = prim ? prim : e[i];
	}
	if (want_alt && alt)
		return alt;
	return prim ? prim : alt;
}

static uint32_t lk_fancy(const struct unit *u)
{
	unsigned n;
	const uint32_t *e = lk_entries(u, &n);
	return n && (e[0] & US_LK_FANCY) ? e[0] : 0;
}

/* Does letter u have any cross-script (non-fancy) entry? */
static int lk_has_twin(const struct unit *u, unsigned own)
{
	unsigned n, i;
	const uint32_t *e = lk_entries(u, &n);
	for (i = 0; i < n; i++)
		if (!(e[i] & US_LK_FANCY) && US_LK_SCRIPT(e[i]) != own)
			return 1;
	return 0;
}

/* ----------------------------------------------------------------- units */

/* ASCII letters: which are anchors (no twin in another script)? Filled on
 * first use from the tables; idempotent, so racing threads store the same. */
static uint32_t leet_letter(uint32_t c)
{
	switch (c) {
	case '0': return 'o';
	case '1': return 'i';
	case '3': return 'e';
	case '4': return 'a';
	case '5': return 's';
	case '7': return 't';
	case '8': return 'b';
	case '9': return 'g';
	case '@': return 'a';
	case '$': return 's';
	case '!': return 'i';
	case '|': return 'l';
	}
	return 0;
}

/* The characters leet mode reads as letters: exactly those with a letter
 * (a digit without one, 2 or 6, was once written out as U+0000). */
static int ascii_leet(uint32_t c)
{
	return leet_letter(c) != 0;
}

/* The letter leet digit u of a word is written as (upper: word_upper()). */
static uint32_t leet_as(const struct unit *u, int upper)
{
	uint32_t c = leet_letter(u->cp);
	return upper && c >= 'a' ? c - 32 : c;
}

/* The letter unit u reads as: a leet digit's letter, else its own. */
static uint32_t letter_of(const struct unit *u)
{
	return (u->pre & PRE_LEET) ? leet_as(u, (u->flags & UF_UPPER) != 0) : u->cp;
}

/* Is cp a letter without a twin of its own that clean may write for a
 * letter of a group mixing scripts (ù, read for Bulgarian U+045D, which also
 * reads й)? Such a letter is no anchor: a clean would write an anchor where
 * the text had none, and a second clean must count the text as the first
 * one did. gen/gen_lookalike.py lists them ("imitated"). */
static int imitated(uint32_t cp)
{
	return us_find_sorted(us_lookalike_imitated, US_LOOKALIKE_IMITATED_COUNT, cp) >= 0;
}

/* Is letter u an anchor: a letter that no other script has a twin of and
 * that no letter of another script is restored to? A letter with lookalikes
 * in its own script (Greek pi symbol U+03D6 for π, IPA ɑ for a) may be
 * restored to one of them (decide_exotic), so it is an anchor exactly when
 * all of those are: a second clean then judges the word as the first one did
 * (when U+03D6 was an anchor and π not, "U+03D6 k" read without anchors
 * became "πk", read with one, and then "πκ"). */
static int anchor_letter(const struct unit *u)
{
	unsigned n, i, own = 0;
	const uint32_t *e = lk_entries(u, &n);
	if (imitated(u->cp))
		return 0;
	for (i = 0; i < n; i++) {
		struct unit v;
		uint32_t t;
		if ((e[i] & US_LK_FANCY) || US_LK_SCRIPT(e[i]) != u->script)
			continue;
		own++;
		t = US_LK_TARGET(e[i]);
		v.lk = us_lookalike_get(t);
		if (imitated(t) || lk_has_twin(&v, us_props(t)->sc))
			return 0;
	}
	return own || !lk_has_twin(u, u->script);
}

static void classify_base(int leet, struct unit *u)
{
	uint32_t cp = u->cp;
	const us_props_rec *r;
	u->repl = REPL_KEEP;
	u->kind = NO_KIND;
	u->flags = 0;
	u->lk = 0;
	u->conf = 0;
	u->span = 1;
	u->anchor_sc = 0;
	if (cp == US_CP_INVALID) {
		u->cls = C_INVALID;
		u->script = US_SC_Zzzz;
		return;
	}
	r = us_props(cp);
	u->script = r->sc;
	u->lk = us_lookalike_get(cp);
	switch (r->gc) {
	case US_GC_Lu: case US_GC_Lt:
		u->flags |= UF_UPPER;
		u->cls = C_LETTER;
		break;
	case US_GC_Ll:
		u->flags |= UF_LOWER;
		u->cls = C_LETTER;
		break;
	case US_GC_Lm: case US_GC_Lo:
		u->cls = C_LETTER;
		break;
	case US_GC_Mn: case US_GC_Mc: case US_GC_Me:
		u->cls = C_MARK;
		break;
	default:
		if (r->flags & US_F_BIDI_CONTROL)
			u->cls = C_BIDI;
		else if ((r->flags & US_F_DEFAULT_IGNORABLE) && !(r->flags & US_F_VARIATION_SELECTOR))
			u->cls = C_INVIS;
		else if (leet && ascii_leet(cp)) {
			/* Read as the Latin letter it stands for; its case,
			 * twins and anchor status come from its word
			 * (leet_word()). */
			u->cls = C_LETTER;
			u->script = US_SC_Latn;
			u->flags = UF_RECOMMENDED;
			u->lk = 0;
			return;
		} else
			u->cls = C_OTHER;
	}
	if (r->idtype & US_IDT_RECOMMENDED)
		u->flags |= UF_RECOMMENDED;
	if (u->lk) {
		uint32_t f = lk_fancy(u);
		if (f) {
			/* A fancy-font letter (or a symbol such as ⓐ or 🅰 standing
			 * for one): a letter of the script it imitates. */
			u->flags |= UF_FANCY;
			if (f & US_LK_WEAKFANCY)
				u->flags |= UF_WEAKFANCY;
			u->cls = C_LETTER;
			u->script = (uint8_t)US_LK_SCRIPT(f);
			u->flags &= (uint8_t)~(UF_UPPER | UF_LOWER);
			{
				const us_props_rec *t = us_props(US_LK_TARGET(f));
				u->flags |= t->gc == US_GC_Lu ? UF_UPPER : t->gc == US_GC_Ll ? UF_LOWER : 0;
			}
		} else if (u->cls != C_LETTER) {
			u->lk = 0;
		}
	}
	if (u->cls == C_LETTER && !(u->flags & UF_FANCY) && anchor_letter(u))
		u->flags |= UF_ANCHOR;
}

static unsigned lk_cands(const struct unit *u, unsigned t, int want_alt, uint32_t out[4]);
static int nonturkic_cp(uint32_t c);
static int kazakh_cp(uint32_t c);
static int serbian_cp(uint32_t c);

/* The paragraph counts a letter that is not Recommended (Cherokee U+13DE,
 * Komi U+0501, Cyrillic U+0400) whose every reading in another script is an
 * anchor of one script T as a letter and anchor of T, as it counts a fancy
 * letter: a clean may write that anchor (L, d, È) in its place, and a second
 * clean must count the paragraph as the first one did. Sets PRE_ANCHOR_FOR
 * and u->anchor_sc. (gen/gen_lookalike.py keeps the readings of such
 * letters so that this holds; test_scan checks it for every entry.) */
static void anchor_script(struct unit *u)
{
	unsigned n, i, t = 256;
	const uint32_t *e = lk_entries(u, &n);
	for (i = 0; i < n; i++) {
		struct unit v;
		if ((e[i] & US_LK_FANCY) || US_LK_SCRIPT(e[i]) == u->script)
			continue;
		if (t != 256 && US_LK_SCRIPT(e[i]) != t)
			return;
		t = US_LK_SCRIPT(e[i]);
		v.cp = US_LK_TARGET(e[i]);
		classify_base(0, &v);
		if (!(v.flags & UF_ANCHOR))
			return;
	}
	if (t != 256) {
		u->pre |= PRE_ANCHOR_FOR;
		u->anchor_sc = (uint8_t)t;
	}
}

static void classify(int leet, struct unit *u)
{
	uint32_t c[4];
	int o;
	classify_base(leet, u);
	u->pre = 0;
	if (u->cls != C_LETTER)
		return;
	if (leet && u->cp < 0x80 && ascii_leet(u->cp)) {
		u->pre = PRE_LEET; /* the rest comes from its word */
		return;
	}
	if (nonturkic_cp(u->cp))
		u->pre |= PRE_NONTURKIC;
	if (kazakh_cp(u->cp))
		u->pre |= PRE_KAZAKH;
	if (serbian_cp(u->cp))
		u->pre |= PRE_SERBIAN;
	o = orthography(u->cp);
	if (o > 0)
		u->pre |= PRE_ORTH_POS;
	else if (o < 0)
		u->pre |= PRE_ORTH_NEG;
	if (!(u->flags & (UF_FANCY | UF_RECOMMENDED)) && lk_cands(u, u->script, 0, c))
		u->pre |= PRE_EXOTIC;
	if (!(u->flags & (UF_FANCY | UF_RECOMMENDED)) && u->lk)
		anchor_script(u);
	if (!(u->flags & UF_FANCY)) {
		if (u->flags & UF_ANCHOR)
			u->flags |= UF_ANCHOR_READ;
	} else {
		/* Is the letter it stands for an anchor? */
		struct unit v;
		v.cp = US_LK_TARGET(lk_fancy(u));
		classify_base(0, &v);
		v.pre = 0;
		if (v.flags & UF_ANCHOR)
			u->flags |= UF_ANCHOR_READ;
		else if (!(v.flags & UF_RECOMMENDED) && v.lk) {
			/* Superscript U+1D4C for ɜ, which counts as Cyrillic з. */
			anchor_script(&v);
			u->pre |= v.pre & PRE_ANCHOR_FOR;
			u->anchor_sc = v.anchor_sc;
		}
	}
}

/* Units of U+0000..U+07FF (most alphabetic text) are copied from templates
 * made by classify() on first use. */
#define TEMPLATE_END 0x800u
static struct unit templates[TEMPLATE_END];
static pthread_once_t templates_once = PTHREAD_ONCE_INIT;
static atomic_int templates_ready; /* set (release) once they are made */

/* Bit L - 0xC0 set: no code point of the lead byte L (two-byte sequences)
 * is a mark, invisible character or bidi control (for find_cut()). */
static uint32_t plain_lead2;

/* For pass 1's runs of ASCII letters (outside leet mode), per byte:
 * ASCII_PLAIN for a Latin letter without PRE_* facts or fancy entry (the
 * steps pass 1 takes for it reduce to counting it and adding it to its
 * word), ASCII_RATE if count_rates() may count it as left (not an anchor,
 * with lookalike entries), ASCII_ANCHOR if it counts as an anchor letter
 * (UF_ANCHOR_READ); ASCII_OTHER for the other characters of class C_OTHER
 * (they end a word). ascii_unit[] holds the units pass 1 writes for them
 * (the template, 1 byte; UF_WORD for the letters, which are always in a
 * word). */
#define ASCII_PLAIN 1u
#define ASCII_RATE 2u
#define ASCII_ANCHOR 4u
#define ASCII_OTHER 8u
static uint8_t ascii_run[256];
static struct unit ascii_unit[128];

/* For in_alphabet(): the code points below SUBST_END whose simple lower or
 * upper case is c (other than c itself). */
static uint16_t case_inv[SUBST_END][4];
static uint8_t case_ninv[SUBST_END];

/* For count_rates(): per list of lookalike entries (indexed like a unit's
 * lk), its entry into Latin, Cyrillic and Greek as lk_into(u, X, 0) picks
 * it (the first primary entry, else the first case alternative), 0 for
 * none; so that counting reads three words instead of walking the list for
 * every letter of every paragraph. */
#define LK_POOL_LEN (sizeof us_lookalike_pool / sizeof us_lookalike_pool[0])
static uint32_t rate_twin[LK_POOL_LEN][3];
/* Made on the first count of a text with substitutions (plain text never
 * needs it). */
static pthread_once_t rate_twin_once = PTHREAD_ONCE_INIT;

/* The letters that count_rates() could count as left (not fancy, not
 * anchors, with lookalike entries), per list of entries, as pass 1 meets
 * them: a paragraph repeats its letters, so count_rates() looks each list
 * up once instead of each letter. A list shared by letters of two scripts
 * (conflict) makes count_rates() walk the letters. */
struct rate_hist {
	uint32_t n[LK_POOL_LEN];      /* letters per list (0 for lists not in list[]) */
	uint16_t list[LK_POOL_LEN];   /* the lists met, in order */
	uint8_t script[LK_POOL_LEN];  /* the script of the letters of list[i] */
	unsigned nl;
	int conflict;
	/* rate_left_mask() of each list for every script (bits 0..2), for
	 * the alphabet alpha_gen when bits 3.. hold alpha_gen: the alphabet
	 * seldom changes from one paragraph to the next. (The judging states
	 * of settle_output() share the memo: stamps are never reused.) */
	uint64_t memo[LK_POOL_LEN];
};

static int rate_index(unsigned sc);

static void make_rate_twins(void)
{
	size_t i = 1; /* us_lookalike_pool[0] is the empty list (lk 0) */
	while (i < LK_POOL_LEN) {
		uint32_t prim[3] = {0, 0, 0}, alt[3] = {0, 0, 0};
		unsigned n = us_lookalike_pool[i], j, k;
		for (j = 1; j <= n; j++) {
			uint32_t e = us_lookalike_pool[i + j];
			int y;
			if (e & US_LK_FANCY)
				continue;
			y = rate_index(US_LK_SCRIPT(e));
			if (y < 0)
				continue;
			if (e & US_LK_CASEALT)
				alt[y] = alt[y] ? alt[y] : e;
			else
				prim[y] = prim[y] ? prim[y] : e;
		}
		for (k = 0; k < 3; k++) {
			uint32_t t = prim[k] ? prim[k] : alt[k];
			rate_twin[i][k] = t ? US_LK_TARGET(t) : 0;
		}
		i += n + 1;
	}
}

static void make_templates(void)
{
	uint32_t c, lead;
	for (c = 0; c < TEMPLATE_END; c++) {
		templates[c].cp = c;
		classify(0, &templates[c]);
	}
	for (c = 0; c < SUBST_END; c++) {
		uint32_t l = us_simple_lower(c), up = us_simple_upper(c);
		if (l < SUBST_END && l != c && case_ninv[l] < 4)
			case_inv[l][case_ninv[l]++] = (uint16_t)c;
		if (up < SUBST_END && up != c && up != l && case_ninv[up] < 4)
			case_inv[up][case_ninv[up]++] = (uint16_t)c;
	}
	for (c = 0; c < 0x80; c++) {
		const struct unit *t = &templates[c];
		ascii_unit[c] = *t;
		ascii_unit[c].len = 1;
		if (t->cls == C_OTHER)
			ascii_run[c] = ASCII_OTHER;
		if (t->cls != C_LETTER || t->script != US_SC_Latn || (t->flags & UF_FANCY) || t->pre)
			continue;
		ascii_run[c] = (uint8_t)(ASCII_PLAIN | (!(t->flags & UF_ANCHOR) && t->lk ? ASCII_RATE : 0) |
		                         (t->flags & UF_ANCHOR_READ ? ASCII_ANCHOR : 0));
		ascii_unit[c].flags |= UF_WORD;
	}
	for (lead = 0xC2; lead <= 0xDF; lead++) {
		int plain = 1;
		for (c = (lead & 0x1F) << 6; c < ((lead & 0x1F) + 1u) << 6; c++) {
			unsigned k = templates[c].cls;
			plain &= k != C_MARK && k != C_INVIS && k != C_BIDI;
		}
		if (plain)
			plain_lead2 |= 1u << (lead - 0xC0);
	}
	atomic_store_explicit(&templates_ready, 1, memory_order_release);
}

/* Units of code points above U+07FF (General Punctuation, fancy-font
 * letters, other scripts...) are copied from blocks of 256 templates made
 * on first use, in HI_SLOTS static slots given to the first blocks that
 * text uses; code points of other blocks are classified each time. */
#define HI_SLOTS 16u
#define HI_NONE 0xFFu
static struct unit hi_templates[HI_SLOTS][256];
/* Per block (cp >> 8): 0 not made yet, 1 + slot, or HI_NONE (no slot). */
static _Atomic unsigned char hi_slot[0x110000u >> 8];
static unsigned hi_used; /* slots given out (under hi_lock) */
static pthread_mutex_t hi_lock = PTHREAD_MUTEX_INITIALIZER;

static const struct unit *hi_block(uint32_t blk)
{
	unsigned v;
	pthread_mutex_lock(&hi_lock);
	v = atomic_load_explicit(&hi_slot[blk], memory_order_relaxed);
	if (!v) {
		if (hi_used < HI_SLOTS) {
			struct unit *t = hi_templates[hi_used];
			uint32_t c;
			for (c = 0; c < 256; c++) {
				t[c].cp = blk << 8 | c;
				classify(0, &t[c]);
			}
			v = 1 + hi_used++;
		} else {
			v = HI_NONE;
		}
		atomic_store_explicit(&hi_slot[blk], (unsigned char)v, memory_order_release);
	}
	pthread_mutex_unlock(&hi_lock);
	return v == HI_NONE ? NULL : hi_templates[v - 1];
}

/* Unit u of code point cp at off, len bytes. The templates of U+0000..
 * U+07FF must be made (templates_ready). */
static inline void classify_unit(int leet, struct unit *u, uint32_t cp, uint32_t off, uint8_t len)
{
	const struct unit *t;
	if (cp < TEMPLATE_END) {
		if (!(leet && ascii_leet(cp))) {
			*u = templates[cp];
			u->off = off;
			u->len = len;
			return;
		}
		t = NULL;
	} else if (cp <= 0x10FFFFu) {
		unsigned v = atomic_load_explicit(&hi_slot[cp >> 8], memory_order_acquire);
		const struct unit *b = v == 0 ? hi_block(cp >> 8) : v == HI_NONE ? NULL : hi_templates[v - 1];
		t = b ? &b[cp & 0xFF] : NULL;
	} else {
		t = NULL;
	}
	if (t) {
		*u = *t;
	} else {
		u->cp = cp;
		classify(leet, u);
	}
	u->off = off;
	u->len = len;
}
