/* How the obfuscator of a document works: the alphabet of letters it
 * substitutes, how often it substitutes them (count_rates()), and the
 * prior that a word of lookalikes is its work (substitution_prior()).
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* Index of a script whose letters stand in for others, in the rate
 * counts: Latin 0, Cyrillic 1, Greek 2; -1 for others. */
static int rate_index(unsigned sc)
{
	return sc == US_SC_Latn ? 0 : sc == US_SC_Cyrl ? 1 : sc == US_SC_Grek ? 2 : -1;
}

/* Script sc's bit in alpha_scripts: bit rate_index(sc), bit 3 for others. */
static unsigned alpha_script_bit(unsigned sc)
{
	int x = rate_index(sc);
	return x < 0 ? 8u : 1u << x;
}

/* Has a mixed word of this segment or the previous ones (while
 * substitutions are carried) shown letter c, or c in the other case,
 * substituted (the obfuscator's alphabet)? */
static int in_subst(const unspoof_stream *s, uint32_t c)
{
	return c < SUBST_END && ((s->subst[c / 8] | s->prev_subst[c / 8]) >> (c % 8)) & 1;
}

static int in_alphabet(const unspoof_stream *s, uint32_t c)
{
	if (c < SUBST_END)
		return (s->alpha[c / 8] >> (c % 8)) & 1;
	return in_subst(s, us_simple_lower(c)) || in_subst(s, us_simple_upper(c));
}

/* Makes s->alpha: c is set when c, its lower or its upper case is in
 * subst or prev_subst. (The case tables exist: process_segment() made
 * them before pass 1.) */
static void build_alphabet(unspoof_stream *s)
{
	unsigned b, k;
	uint8_t of[SUBST_END / 8];
	/* Paragraphs of one document mostly show the same substitutions:
	 * the same letters make the same alphabet. */
	for (b = 0; b < SUBST_END / 8; b++)
		of[b] = s->subst[b] | s->prev_subst[b];
	if (!memcmp(of, s->alpha_of, sizeof of))
		return;
	memcpy(s->alpha_of, of, sizeof of);
	memset(s->alpha, 0, sizeof s->alpha);
	s->alpha_scripts = 0;
	s->alpha_gen = ++s->alpha_made; /* (64 bits: never wraps) */
	for (b = 0; b < SUBST_END / 8; b++) {
		unsigned v, j, c;
		if (b % 8 == 0) { /* skip 8 empty bytes at once */
			uint64_t x;
			memcpy(&x, of + b, 8);
			if (!x) {
				b += 7;
				continue;
			}
		}
		v = of[b];
		for (j = 0; v >> j; j++) {
			if (!((v >> j) & 1))
				continue;
			c = b * 8 + j;
			s->alpha[c / 8] |= (uint8_t)(1u << (c % 8));
			s->alpha_scripts |= (uint8_t)alpha_script_bit(us_props(c)->sc);
			for (k = 0; k < case_ninv[c]; k++)
				s->alpha[case_inv[c][k] / 8] |= (uint8_t)(1u << (case_inv[c][k] % 8));
		}
	}
}

/* Is the evidence of obfuscation no support for restoring a word wholly
 * of letters of script sc into dom? So when the obfuscator was seen to
 * write letters (mixed words restored: its alphabet, made) none of which
 * is of sc, and either some are of dom (it wrote into text of another
 * script than dom) or the evidence is all carried from segments before
 * (this one restored no mixed word). Documents in sequence carry the
 * evidence of one written in Latin with Cyrillic and Greek letters
 * ("Plaпt") into a Russian one that names "wget и ar", whose "ar" read as
 * Cyrillic "аг", and of a French one with Greek letters into a Bulgarian
 * one ("от Adobe", read as Latin "ot"). (Lacking sc alone is no sign
 * where this segment shows evidence: an obfuscator mixing scripts may
 * show some of them in mixed words only, and at high rates few words are
 * mixed.) */
static int alphabet_against(const unspoof_stream *s, unsigned sc, unsigned dom)
{
	return s->alpha_scripts && !(s->alpha_scripts & alpha_script_bit(sc)) &&
	       ((s->alpha_scripts & alpha_script_bit(dom)) || s->evidence == 0);
}

/* How often does the obfuscator of this document substitute? For each
 * script X: the letters of X that mixed words had restored (written in X
 * for another script's letter), and the letters of other scripts left as
 * they are although the obfuscator's alphabet has their twin in X (it
 * could have written them in X and did not). Counted once per segment,
 * after decide_mixed(), when there is evidence of substitutions. */
/* The scripts X (bit rate_index(X)) into which letters with lookalike
 * entries lk have an entry (lk_into(u, X, 0)) in the obfuscator's
 * alphabet, other than the letters' own script sc. */
static unsigned rate_left_mask(const unspoof_stream *s, unsigned lk, unsigned sc)
{
	const uint32_t *t = rate_twin[lk];
	int x = rate_index(sc);
	unsigned k, m = 0;
	for (k = 0; k < 3; k++)
		if ((int)k != x && t[k] && in_alphabet(s, t[k]))
			m |= 1u << k;
	return m;
}


/* rate_left_mask(s, lk, sc), from the memo. */
static inline unsigned rate_left_memo(const unspoof_stream *s, struct rate_hist *h, unsigned lk,
                                      unsigned sc)
{
	int x = rate_index(sc);
	unsigned m;
	if (h->memo[lk] >> 3 == s->alpha_gen) {
		m = (unsigned)h->memo[lk] & 7;
	} else {
		m = rate_left_mask(s, lk, US_SC_Zzzz);
		h->memo[lk] = s->alpha_gen << 3 | m;
	}
	return x >= 0 ? m & ~(1u << x) : m;
}

/* Streams that have counted this many letters one by one make their
 * rate_hist (short texts and per-line calls never pay for it). With
 * US_CHECK_RATES (the fuzz build), from the first: each segment's counts
 * from the histogram are then compared with the walk's (see below). */
#ifdef US_CHECK_RATES
#define RATE_HIST_AFTER 1u
#else
#define RATE_HIST_AFTER 4096u
#endif

/* count_rates() letter by letter: adds to left and used the letters of
 * the segment's words as the histogram counts them; returns how many
 * were counted as left. */
static uint32_t walk_rates(const unspoof_stream *s, size_t nw, uint32_t left[3], uint32_t used[3])
{
	size_t i, w;
	uint32_t n = 0;
	unsigned m;
	/* rate_left_mask() of the ASCII letters, made on first use (0xFF:
	 * not yet): the alphabet does not change here. */
	uint8_t amask[0x80];
	memset(amask, 0xFF, sizeof amask);
	/* Every letter is inside a word (process_segment() builds the words
	 * from the letters), so only the words' units are looked at. */
	for (w = 0; w < nw; w++)
		for (i = s->w[w].first; i < s->w[w].end; i++) {
			const struct unit *u = &s->u[i];
			if (u->cls != C_LETTER || (u->flags & UF_FANCY))
				continue;
			if (u->kind == UNSPOOF_KIND_LOOKALIKE) {
				int x = rate_index(u->script);
				if (x >= 0 && u->imit_script != u->script)
					used[x]++;
				continue;
			}
			if (u->kind != NO_KIND || (u->flags & UF_ANCHOR) || !u->lk)
				continue;
			if (u->cp < 0x80 && !(u->pre & PRE_LEET)) {
				/* A Latin letter (its entries those of its
				 * template): masked as rate_left_memo() does. */
				if (amask[u->cp] == 0xFF)
					amask[u->cp] = (uint8_t)rate_left_mask(s, u->lk, US_SC_Zzzz);
				m = amask[u->cp] & ~1u;
			} else {
				m = rate_left_mask(s, u->lk, u->script);
			}
			left[0] += m & 1;
			left[1] += (m >> 1) & 1;
			left[2] += m >> 2;
			n++;
		}
	return n;
}

static void count_rates(unspoof_stream *s, size_t nw)
{
	size_t i, w;
	uint32_t left[3] = {0, 0, 0};
	unsigned j, m;
	/* substitution_prior() needs the alphabet when decide_pure() runs. */
	if (s->evidence + s->carry_evidence + s->exotic + s->carry_exotic > 0)
		build_alphabet(s);
	if (s->evidence + s->carry_evidence == 0)
		return;
	pthread_once(&rate_twin_once, make_rate_twins);
	if (s->rhist_filled && !s->rhist->conflict) {
		struct rate_hist *h = s->rhist;
#ifdef US_CHECK_RATES
		uint32_t wl[3] = {0, 0, 0}, wu[3] = {0, 0, 0}, u0[3];
		memcpy(u0, s->rate_used, sizeof u0);
		walk_rates(s, nw, wl, wu);
#endif
		for (j = 0; j < h->nl; j++) {
			unsigned lk = h->list[j];
			m = rate_left_memo(s, h, lk, h->script[lk]);
			left[0] += (m & 1) * h->n[lk];
			left[1] += ((m >> 1) & 1) * h->n[lk];
			left[2] += (m >> 2) * h->n[lk];
		}
		/* Restored letters were counted there but are not left: only
		 * words restored into a script, those with a part restored
		 * (glued_pair()) and those decide_exotic() restored letters of
		 * hold them. */
		for (w = 0; w < nw; w++) {
			if (s->w[w].target == 255 && !s->w[w].part && !s->exotic_seg)
				continue;
			for (i = s->w[w].first; i < s->w[w].end; i++) {
				const struct unit *u = &s->u[i];
				int x;
				if (u->cls != C_LETTER || u->kind != UNSPOOF_KIND_LOOKALIKE)
					continue;
				x = rate_index(u->script);
				if (x >= 0 && u->imit_script != u->script)
					s->rate_used[x]++;
				if (!(u->flags & (UF_FANCY | UF_ANCHOR)) && u->lk) {
					m = rate_left_memo(s, h, u->lk, u->script);
					left[0] -= m & 1;
					left[1] -= (m >> 1) & 1;
					left[2] -= m >> 2;
				}
			}
		}
#ifdef US_CHECK_RATES
		/* The histogram must count what the walk counts (a stream's
		 * results must not depend on which of the two it took). */
		for (j = 0; j < 3; j++)
			if (wl[j] != left[j] || wu[j] != s->rate_used[j] - u0[j])
				abort();
#endif
	} else {
		s->nrated += walk_rates(s, nw, left, s->rate_used);
		/* Pass 1 fills the histogram only outside leet mode (leet
		 * digits become letters after it, in leet_word()). */
		if (!s->rhist && !s->o.leet && s->nrated >= RATE_HIST_AFTER)
			s->rhist = calloc(1, sizeof *s->rhist);
	}
	for (j = 0; j < 3; j++)
		s->rate_left[j] += left[j];
}

/* 256 * log2(x) for 2^-16 < x < 2^16, without libm. */
static int log2_fixed(double x)
{
	int r = 0, b;
	if (x <= 0)
		return -16 * 256;
	while (x >= 2 && r < 16 * 256) {
		x /= 2;
		r += 256;
	}
	while (x < 1 && r > -16 * 256) {
		x *= 2;
		r -= 256;
	}
	for (b = 128; b; b >>= 1) {
		x *= x;
		if (x >= 2) {
			x /= 2;
			r += b;
		}
	}
	return r;
}

static void seen_letters(unspoof_stream *s);
static unsigned twins_written(const unspoof_stream *s, const struct unit *u);

/* The prior that the letters of w (a word of script sc) were written by
 * the obfuscator, in n-gram score units per letter: the average log-odds
 * of each letter being a substitute. The obfuscator's rate r for sc is
 * estimated from count_rates(); a letter of its alphabet was substituted
 * with odds r : (1 - r), a letter it was not seen using with a quarter of
 * r. Clipped to +-4 bits per letter: the n-gram model still has its say.
 * In Cyrillic text whose mixed words showed TWINS_USED substitutes or
 * more, a small Latin letter not seen substituted whose Cyrillic twins
 * the text writes as they are, as small letters (twins_written(): t
 * times) pays (1 - r) more for each time, up to t: an obfuscator that
 * substitutes most letters it can would have written some of those twins
 * in Latin. Where that leaves a letter under 1 in 64 at a rate of 1 in 2
 * or more, the word pays the floor (-4 bits a letter), as a word with a
 * letter the obfuscator does not write cannot be its work ("nano",
 * "mbox", "top", "Meta" beside Cyrillic text that writes п, м, т, or
 * writes т as m, and has no Latin n, m, t inside its words). Dev set
 * (ru bg be uk): Latin-in-Cyrillic exact documents 96.64% -> 97.17%
 * (at a rate of 1, with sr mk kk: 91.38 -> 93.13), mix 96.68 -> 97.13;
 * sr mk kk unchanged. */
#define TWINS_USED 16
static int substitution_prior(unspoof_stream *s, const struct word *w, unsigned sc)
{
	int x = rate_index(sc), sum = 0, n = 0, imp = 0;
	unsigned i;
	double used, left, r;
	if (x < 0)
		return 0;
	used = (double)s->rate_used[x] + s->carry_used[x];
	left = (double)s->rate_left[x] + s->carry_left[x];
	r = (used + 0.5) / (used + left + 1.0);
	for (i = w->first; i < w->end; i++) {
		double p;
		int o;
		if (s->u[i].cls != C_LETTER)
			continue;
		p = in_alphabet(s, s->u[i].cp) ? r : r / 4;
		if (sc == US_SC_Latn && s->dom_seg == US_SC_Cyrl && (s->u[i].flags & UF_LOWER) &&
		    used >= TWINS_USED && !in_subst(s, s->u[i].cp)) {
			unsigned times;
			seen_letters(s);
			times = twins_written(s, &s->u[i]);
			if (times) {
				p = r / 4;
				while (times-- > 0 && p >= 1.0 / 1024)
					p *= 1.0 - r;
				imp |= r >= 0.5 && p < 1.0 / 64;
			}
		}
		o = log2_fixed(p / (1.0 - p));
		o = o > 4 * US_NGRAM_ONE_BIT ? 4 * US_NGRAM_ONE_BIT : o;
		o = o < -4 * US_NGRAM_ONE_BIT ? -4 * US_NGRAM_ONE_BIT : o;
		sum += o;
		n++;
	}
	if (imp)
		return -4 * US_NGRAM_ONE_BIT;
	return n ? sum / n : 0;
}
