/* The Unicode Bidirectional Algorithm (UAX #9), as much of it as the UTS #39
 * bidi skeleton needs: one paragraph at a time, the whole paragraph laid out
 * as a single line, with an explicit paragraph level (no P2-P3), producing
 * the visual order with marks kept after their bases (L3) and mirrored
 * glyphs at odd levels (L4). */
#include <stdlib.h>
#include <string.h>

#include "uts39/uts39.h"
#include "ucd/norm.h"
#include "ucd/props.h"
#include "data/bidi.gen.h"

#define MAX_DEPTH 125

enum { L = US_BC_L, R = US_BC_R, AL = US_BC_AL, EN = US_BC_EN, ES = US_BC_ES,
       ET = US_BC_ET, AN = US_BC_AN, CS = US_BC_CS, NSM = US_BC_NSM, BN = US_BC_BN,
       B = US_BC_B, S = US_BC_S, WS = US_BC_WS, ON = US_BC_ON, LRE = US_BC_LRE,
       LRO = US_BC_LRO, RLE = US_BC_RLE, RLO = US_BC_RLO, PDF = US_BC_PDF,
       LRI = US_BC_LRI, RLI = US_BC_RLI, FSI = US_BC_FSI, PDI = US_BC_PDI };

static int is_isolate_init(int t)
{
	return t == LRI || t == RLI || t == FSI;
}

static int is_removed(int t)
{
	return t == LRE || t == RLE || t == LRO || t == RLO || t == PDF || t == BN;
}

static int is_ni(int t)
{
	return t == B || t == S || t == WS || t == ON || t == LRI || t == RLI || t == FSI ||
	       t == PDI;
}


static uint32_t mirror_of(uint32_t cp)
{
	long i = us_find_sorted(us_mirror_cp, US_MIRROR_COUNT, cp);
	return i < 0 ? cp : us_mirror_glyph[i];
}

/* Canonical equivalent for bracket matching (U+2329 -> U+3008, ...). */
static uint32_t canon1(uint32_t cp)
{
	uint32_t d[US_NORM_MAX_DECOMP];
	return us_decompose(cp, 0, d) == 1 ? d[0] : cp;
}

struct para {
	const uint32_t *cp;
	size_t n;
	int plevel;
	uint8_t *orig, *t, *lev;
	uint8_t *elev; /* embedding levels from X1-X8, kept for sos/eos (X10) */
	size_t *match; /* matching PDI of an isolate initiator (n if none) */
	size_t *seq;   /* scratch: indices of one isolating run sequence */
};

/* P2-P3 on [from, to): 0 = L, 1 = R/AL, -1 none; skips isolates. */
static int first_strong(const struct para *p, size_t from, size_t to)
{
	size_t i;
	for (i = from; i < to; i++) {
		int t = p->orig[i];
		if (t == L)
			return 0;
		if (t == R || t == AL)
			return 1;
		if (is_isolate_init(t)) {
			if (p->match[i] >= p->n)
				return -1;
			i = p->match[i];
		}
	}
	return -1;
}

static void match_isolates(struct para *p)
{
	size_t i, *stack = p->seq, depth = 0;
	for (i = 0; i < p->n; i++)
		p->match[i] = p->n;
	for (i = 0; i < p->n; i++) {
		int t = p->orig[i];
		if (is_isolate_init(t))
			stack[depth++] = i;
		else if (t == PDI && depth > 0)
			p->match[stack[--depth]] = i;
	}
}

static void explicit_levels(struct para *p)
{
	struct ent {
		uint8_t level, override, isolate;
	} stack[MAX_DEPTH + 2];
	int depth = 0, over_iso = 0, over_emb = 0, valid_iso = 0;
	size_t i;

	stack[0].level = (uint8_t)p->plevel;
	stack[0].override = ON; /* none */
	stack[0].isolate = 0;
	for (i = 0; i < p->n; i++) {
		int t = p->orig[i];
		struct ent *top = &stack[depth];
		p->t[i] = (uint8_t)t;
		if (t == RLE || t == LRE || t == RLO || t == LRO) {
			int odd = t == RLE || t == RLO;
			int nl = odd ? (top->level + 1) | 1 : (top->level + 2) & ~1;
			p->lev[i] = top->level;
			if (nl <= MAX_DEPTH && !over_iso && !over_emb) {
				depth++;
				stack[depth].level = (uint8_t)nl;
				stack[depth].override = t == RLO ? R : t == LRO ? L : ON;
				stack[depth].isolate = 0;
			} else if (!over_iso) {
				over_emb++;
			}
		} else if (is_isolate_init(t)) {
			int odd, nl;
			p->lev[i] = top->level;
			if (top->override != ON)
				p->t[i] = top->override;
			if (t == FSI)
				odd = first_strong(p, i + 1, p->match[i] < p->n ? p->match[i] : p->n) == 1;
			else
				odd = t == RLI;
			nl = odd ? (top->level + 1) | 1 : (top->level + 2) & ~1;
			if (nl <= MAX_DEPTH && !over_iso && !over_emb) {
				valid_iso++;
				depth++;
				stack[depth].level = (uint8_t)nl;
				stack[depth].override = ON;
				stack[depth].isolate = 1;
			} else {
				over_iso++;
			}
		} else if (t == PDI) {
			if (over_iso > 0) {
				over_iso--;
			} else if (valid_iso > 0) {
				over_emb = 0;
				while (!stack[depth].isolate)
					depth--;
				depth--;
				valid_iso--;
			}
			top = &stack[depth];
			p->lev[i] = top->level;
			if (top->override != ON)
				p->t[i] = top->override;
		} else if (t == PDF) {
			p->lev[i] = top->level;
			if (over_iso > 0)
				;
			else if (over_emb > 0)
				over_emb--;
			else if (!top->isolate && depth > 0)
				depth--;
		} else if (t == B) {
			p->lev[i] = (uint8_t)p->plevel;
		} else {
			p->lev[i] = top->level;
			if (t != BN && top->override != ON)
				p->t[i] = top->override;
		}
	}
}

static int strong_dir(int t)
{
	if (t == L)
		return L;
	if (t == R || t == AL || t == EN || t == AN)
		return R;
	return -1;
}

struct pair {
	size_t open, close; /* positions in the sequence */
};

static int cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	return x->open < y->open ? -1 : x->open > y->open;
}

/* N0 (BD16 pairing, then the pairs' types). UNSPOOF_E_NOMEM or OK. */
static int resolve_brackets(struct para *p, size_t *seq, size_t m, int level, int sos)
{
	struct {
		uint32_t pair;
		size_t pos;
	} stack[63];
	struct pair *pairs;
	size_t np = 0, depth = 0, i, cap = m / 2 + 1;
	int e = level & 1 ? R : L;

	pairs = us_uts39_malloc(cap * sizeof *pairs);
	if (!pairs)
		return UNSPOOF_E_NOMEM;
	for (i = 0; i < m; i++) {
		size_t x = seq[i];
		long b;
		if (p->t[x] != ON)
			continue;
		b = us_find_sorted(us_bracket_cp, US_BRACKET_COUNT, p->cp[x]);
		if (b < 0)
			continue;
		if (us_bracket_type[b] == 0) {
			if (depth == 63)
				break;
			stack[depth].pair = canon1(us_bracket_pair[b]);
			stack[depth].pos = i;
			depth++;
		} else {
			uint32_t me = canon1(p->cp[x]);
			size_t k = depth;
			while (k > 0 && stack[k - 1].pair != me)
				k--;
			if (k > 0 && np < cap) {
				pairs[np].open = stack[k - 1].pos;
				pairs[np].close = i;
				np++;
				depth = k - 1;
			}
		}
	}
	qsort(pairs, np, sizeof *pairs, cmp_pair);
	for (i = 0; i < np; i++) {
		size_t o = pairs[i].open, c = pairs[i].close, j;
		int found_e = 0, found_o = 0, set = -1;
		for (j = o + 1; j < c; j++) {
			int d = strong_dir(p->t[seq[j]]);
			if (d == e)
				found_e = 1;
			else if (d >= 0)
				found_o = 1;
		}
		if (found_e) {
			set = e;
		} else if (found_o) {
			int before = sos;
			for (j = o; j > 0; j--) {
				int d = strong_dir(p->t[seq[j - 1]]);
				if (d >= 0) {
					before = d;
					break;
				}
			}
			set = before != e ? before : e;
		}
		if (set >= 0) {
			size_t ends[2];
			int k;
			ends[0] = o;
			ends[1] = c;
			for (k = 0; k < 2; k++) {
				p->t[seq[ends[k]]] = (uint8_t)set;
				for (j = ends[k] + 1; j < m && p->orig[seq[j]] == NSM; j++)
					p->t[seq[j]] = (uint8_t)set;
			}
		}
	}
	free(pairs);
	return UNSPOOF_OK;
}

/* W1-W7, N0-N2, I1-I2 on one isolating run sequence. UNSPOOF_E_NOMEM or OK. */
static int resolve_sequence(struct para *p, size_t *seq, size_t m)
{
	int level = p->elev[seq[0]], sos, eos, prev_level, next_level, last_strong;
	size_t i, j, first = seq[0], last = seq[m - 1];
	uint8_t *t = p->t;

	/* sos / eos */
	prev_level = p->plevel;
	for (j = first; j > 0; j--)
		if (!is_removed(p->orig[j - 1])) {
			prev_level = p->elev[j - 1];
			break;
		}
	next_level = p->plevel;
	if (!(is_isolate_init(p->orig[last]))) {
		for (j = last + 1; j < p->n; j++)
			if (!is_removed(p->orig[j])) {
				next_level = p->elev[j];
				break;
			}
	}
	sos = (prev_level > level ? prev_level : level) & 1 ? R : L;
	eos = (next_level > level ? next_level : level) & 1 ? R : L;

	/* W1 */
	for (i = 0; i < m; i++) {
		if (t[seq[i]] == NSM) {
			if (i == 0)
				t[seq[i]] = (uint8_t)sos;
			else if (is_isolate_init(t[seq[i - 1]]) || t[seq[i - 1]] == PDI)
				t[seq[i]] = ON;
			else
				t[seq[i]] = t[seq[i - 1]];
		}
	}
	/* W2, W3 */
	last_strong = sos;
	for (i = 0; i < m; i++) {
		int x = t[seq[i]];
		if (x == L || x == R || x == AL)
			last_strong = x;
		else if (x == EN && last_strong == AL)
			t[seq[i]] = AN;
	}
	for (i = 0; i < m; i++)
		if (t[seq[i]] == AL)
			t[seq[i]] = R;
	/* W4 */
	for (i = 1; i + 1 < m; i++) {
		int x = t[seq[i]], a = t[seq[i - 1]], b = t[seq[i + 1]];
		if (x == ES && a == EN && b == EN)
			t[seq[i]] = EN;
		else if (x == CS && a == b && (a == EN || a == AN))
			t[seq[i]] = (uint8_t)a;
	}
	/* W5 */
	for (i = 0; i < m; i++) {
		if (t[seq[i]] != ET)
			continue;
		j = i;
		while (j < m && t[seq[j]] == ET)
			j++;
		if ((i > 0 && t[seq[i - 1]] == EN) || (j < m && t[seq[j]] == EN)) {
			size_t k;
			for (k = i; k < j; k++)
				t[seq[k]] = EN;
		}
		i = j - 1;
	}
	/* W6 */
	for (i = 0; i < m; i++) {
		int x = t[seq[i]];
		if (x == ES || x == ET || x == CS)
			t[seq[i]] = ON;
	}
	/* W7 */
	last_strong = sos;
	for (i = 0; i < m; i++) {
		int x = t[seq[i]];
		if (x == L || x == R)
			last_strong = x;
		else if (x == EN && last_strong == L)
			t[seq[i]] = L;
	}
	/* N0 */
	if (resolve_brackets(p, seq, m, level, sos) != UNSPOOF_OK)
		return UNSPOOF_E_NOMEM;
	/* N1, N2 */
	for (i = 0; i < m; i++) {
		int before, after, d;
		size_t k;
		if (!is_ni(t[seq[i]]))
			continue;
		j = i;
		while (j < m && is_ni(t[seq[j]]))
			j++;
		before = i == 0 ? sos : strong_dir(t[seq[i - 1]]);
		after = j == m ? eos : strong_dir(t[seq[j]]);
		d = before == after && before >= 0 ? before : (level & 1 ? R : L);
		for (k = i; k < j; k++)
			t[seq[k]] = (uint8_t)d;
		i = j - 1;
	}
	/* I1, I2 */
	for (i = 0; i < m; i++) {
		size_t x = seq[i];
		int lv = p->lev[x];
		if (!(lv & 1)) {
			if (t[x] == R)
				lv += 1;
			else if (t[x] == AN || t[x] == EN)
				lv += 2;
		} else if (t[x] == L || t[x] == EN || t[x] == AN) {
			lv += 1;
		}
		p->lev[x] = (uint8_t)lv;
	}
	return UNSPOOF_OK;
}

/* Resolves every isolating run sequence. UNSPOOF_E_NOMEM or OK. */
/* 1 if the level run at level lv ends at x: the next character not removed
 * by X9 has another embedding level (or there is none). */
static int ends_level_run(const struct para *p, size_t x, int lv)
{
	size_t j = x + 1;
	while (j < p->n && is_removed(p->orig[j]))
		j++;
	return j >= p->n || p->elev[j] != lv;
}

static int resolve_runs(struct para *p)
{
	size_t i, n = p->n;
	/* Visit every level run that does not start with a PDI matching an
	 * initiator, and chain through matched isolates (BD13). Level runs are
	 * of the embedding levels (X1-X8), not of levels already resolved. */
	uint8_t *chained = us_uts39_calloc(n ? n : 1, 1);
	if (!chained)
		return UNSPOOF_E_NOMEM;
	for (i = 0; i < n; i++) {
		size_t m = 0, x;
		int lv;
		if (is_removed(p->orig[i]) || chained[i])
			continue;
		x = i;
		lv = p->elev[i];
		for (;;) {
			int jump = 0;
			/* Extend the level run from x. */
			while (x < n) {
				if (!is_removed(p->orig[x])) {
					if (p->elev[x] != lv || chained[x])
						break;
					p->seq[m++] = x;
					chained[x] = 1;
					/* An isolate initiator that ends its level run
					 * continues at its matching PDI. One that overflowed
					 * (X5c) leaves its content at its own level, in the
					 * same level run. */
					if (is_isolate_init(p->orig[x]) && p->match[x] < n &&
					    ends_level_run(p, x, lv)) {
						jump = 1;
						break;
					}
				}
				x++;
			}
			if (jump) {
				x = p->match[x];
				continue; /* the run at the matching PDI follows */
			}
			break;
		}
		if (m && resolve_sequence(p, p->seq, m) != UNSPOOF_OK) {
			free(chained);
			return UNSPOOF_E_NOMEM;
		}
	}
	free(chained);
	return UNSPOOF_OK;
}

static int is_combining(uint32_t cp)
{
	int gc = us_props(cp)->gc;
	return gc == US_GC_Mn || gc == US_GC_Mc || gc == US_GC_Me;
}

static int layout_paragraph(const uint32_t *cps, size_t n, int plevel, us_cpvec *out)
{
	struct para p;
	size_t i, *vis = NULL;
	int rc = UNSPOOF_OK, maxl = 0, minodd = 127, lv;
	unsigned char *mem;

	if (n == 0)
		return UNSPOOF_OK;
	if (n > SIZE_MAX / (4 + 3 * sizeof(size_t)))
		return UNSPOOF_E_NOMEM;
	mem = us_uts39_malloc(n * (4 + 3 * sizeof(size_t)));
	if (!mem)
		return UNSPOOF_E_NOMEM;
	p.cp = cps;
	p.n = n;
	p.plevel = plevel;
	p.match = (size_t *)mem;
	p.seq = p.match + n;
	vis = p.seq + n;
	p.orig = (uint8_t *)(vis + n);
	p.t = p.orig + n;
	p.lev = p.t + n;
	p.elev = p.lev + n;
	for (i = 0; i < n; i++)
		p.orig[i] = us_props(cps[i])->bc;
	match_isolates(&p);
	explicit_levels(&p);
	memcpy(p.elev, p.lev, n);
	if (resolve_runs(&p) != UNSPOOF_OK) {
		free(mem);
		return UNSPOOF_E_NOMEM;
	}
	/* Characters removed by X9 take the level of the one before them. */
	for (i = 0; i < n; i++)
		if (is_removed(p.orig[i]))
			p.lev[i] = i ? p.lev[i - 1] : (uint8_t)plevel;
	/* L1 */
	for (i = n; i > 0; i--) {
		int t = p.orig[i - 1];
		if (t == WS || is_isolate_init(t) || t == PDI || is_removed(t))
			p.lev[i - 1] = (uint8_t)plevel;
		else
			break;
	}
	for (i = 0; i < n; i++) {
		int t = p.orig[i];
		if (t == S || t == B) {
			size_t k = i;
			p.lev[i] = (uint8_t)plevel;
			while (k > 0) {
				int u = p.orig[k - 1];
				if (u == WS || is_isolate_init(u) || u == PDI || is_removed(u))
					p.lev[--k] = (uint8_t)plevel;
				else
					break;
			}
		}
	}
	/* L2 */
	for (i = 0; i < n; i++) {
		vis[i] = i;
		if (p.lev[i] > maxl)
			maxl = p.lev[i];
		if ((p.lev[i] & 1) && p.lev[i] < minodd)
			minodd = p.lev[i];
	}
	for (lv = maxl; lv >= minodd && lv > 0; lv--) {
		for (i = 0; i < n; i++) {
			size_t j = i, a, b;
			if (p.lev[vis[i]] < lv)
				continue;
			while (j < n && p.lev[vis[j]] >= lv)
				j++;
			for (a = i, b = j - 1; a < b; a++, b--) {
				size_t tmp = vis[a];
				vis[a] = vis[b];
				vis[b] = tmp;
			}
			i = j;
		}
	}
	/* L3: in right-to-left runs, a base and its marks stay in logical order. */
	for (i = 0; i < n; i++) {
		size_t j = i, a, b;
		int l0 = p.lev[vis[i]];
		if (!(l0 & 1) || !is_combining(cps[vis[i]]))
			continue;
		while (j < n && p.lev[vis[j]] == l0 && is_combining(cps[vis[j]]))
			j++;
		if (j < n && p.lev[vis[j]] == l0)
			j++; /* the base */
		for (a = i, b = j - 1; a < b; a++, b--) {
			size_t tmp = vis[a];
			vis[a] = vis[b];
			vis[b] = tmp;
		}
		i = j - 1;
	}
	/* L4, and output. */
	rc = us_cpvec_reserve(out, out->n + n);
	if (rc == 0)
		for (i = 0; i < n; i++) {
			uint32_t c = cps[vis[i]];
			out->p[out->n++] = (p.lev[vis[i]] & 1) ? mirror_of(c) : c;
		}
	free(mem);
	return rc;
}

int us_bidi_visual(const uint32_t *cps, size_t n, int para_level, us_cpvec *out)
{
	size_t start = 0, i;
	int rc = UNSPOOF_OK;
	out->n = 0;
	for (i = 0; i < n && rc == 0; i++) {
		if (us_props(cps[i])->bc == US_BC_B || i + 1 == n) {
			rc = layout_paragraph(cps + start, i + 1 - start, para_level, out);
			start = i + 1;
		}
	}
	return rc;
}
