/* Findings on units, and the readings of a word: the candidate letters it
 * could be restored to, their n-gram scores (cached), the choice among
 * them, what a document's earlier choices teach (learn_readings()), and
 * restore_word(), which writes the choice.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* ------------------------------------------------------------- findings */

static void set_finding(struct unit *u, int kind, uint32_t repl, unsigned conf, unsigned iscript)
{
	u->kind = (uint8_t)kind;
	u->repl = repl;
	u->conf = (uint8_t)conf;
	u->imit_script = (uint8_t)iscript;
}

/* The candidates of letter u in script t: the usual reading first (or the
 * case alternative first when want_alt). Returns how many (0..4). */
static unsigned lk_cands(const struct unit *u, unsigned t, int want_alt, uint32_t out[4])
{
	unsigned n, i, k = 0;
	uint32_t alt = 0;
	const uint32_t *e = lk_entries(u, &n);
	for (i = 0; i < n; i++) {
		if ((e[i] & US_LK_FANCY) || US_LK_SCRIPT(e[i]) != t)
			continue;
		/* ʋ ƒ ɣ ɩ Ɩ are what obfuscators write, never what another
		 * script's letter is restored to (у is y, not ɣ). */
		if (orthography(US_LK_TARGET(e[i])) == 2 && u->script != US_SC_Latn)
			continue;
		if (e[i] & US_LK_CASEALT)
			alt = e[i];
		else if (k < 4)
			out[k++] = US_LK_TARGET(e[i]);
	}
	if (alt && (want_alt || k == 0)) {
		if (k == 4)
			k--;
		memmove(out + 1, out, k * sizeof *out);
		out[0] = US_LK_TARGET(alt);
		k++;
	}
	return k;
}

/* A letter without case (Latin ǀ, Lisu ꓲ) may stand for I or l. The
 * n-gram model cannot tell (it is case-blind: it reads "weIche" as
 * "weiche"), the case of the word can: inside a word, only the candidates
 * of the case of the nearest cased letter before it are kept, unless that
 * letter begins the word (a title-case capital: then the nearest cased
 * letter after it decides, if any; with none, the model does: "Il" or
 * "UI"). At the start of a word followed by
 * small letters, both stay, the small one first ("long"; "In" still wins on
 * the model). Lisu letters, shaped after Latin capitals, stand for capitals
 * when no cased letter decides. Returns the number of candidates kept. */
/* Does w follow an apostrophe right after a letter ("you’ll", "l’homme")? */
static int after_elision(const unspoof_stream *s, const struct word *w)
{
	uint32_t a;
	if (w->first < 2)
		return 0;
	a = s->u[w->first - 1].cp;
	return (a == '\'' || a == 0x2019 || a == 0x02BC) && s->u[w->first - 2].cls == C_LETTER;
}

static unsigned case_by_context(const unspoof_stream *s, const struct word *w, unsigned i,
                                uint32_t *c, unsigned k)
{
	const struct unit *u = s->u;
	unsigned j, n = 0, want = 0, before = 0, after = 0, first = 0, keep_all = 0;
	uint32_t tmp[4];
	if (k < 2 || (u[i].flags & (UF_UPPER | UF_LOWER)))
		return k;
	for (j = w->first; j < w->end && u[j].cls != C_LETTER; j++)
		;
	first = j; /* the word's first letter */
	for (j = i; j > w->first && !before; j--)
		if (u[j - 1].cls == C_LETTER)
			before = u[j - 1].flags & (UF_UPPER | UF_LOWER) ? j : 0;
	for (j = i + 1; j < w->end && !after; j++)
		if (u[j].cls == C_LETTER)
			after = u[j].flags & (UF_UPPER | UF_LOWER) ? j + 1 : 0;
	/* A small first letter is no title-case capital: it decides as any
	 * other ("aǀǀ" is "all", not "aII"). Between a capital inside the word
	 * and a small letter right after it, both cases are possible, each a
	 * piece of camel case ("OwnCǀoud": OwnCloud or OwnCIoud): choose_g()
	 * reads them with case (camel_score()). (Not with a letter without
	 * case between: "ՍՍꓲꓓꜱ" is UUIDs.) */
	if (before && after == i + 2 && before - 1 != first && (u[before - 1].flags & UF_UPPER) &&
	    (u[after - 1].flags & UF_LOWER)) {
		return k;
	} else if (before && (before - 1 != first || (u[before - 1].flags & UF_LOWER))) {
		want = u[before - 1].flags & (UF_UPPER | UF_LOWER);
	} else if (after) {
		want = u[after - 1].flags & (UF_UPPER | UF_LOWER);
		/* At the start of the word, a capital is possible too; not
		 * after an apostrophe that follows a letter, where the word
		 * goes on a token ("you’ǀl" is "you’ll", not "you’Il"). */
		keep_all = !before && want == UF_LOWER && !after_elision(s, w);
	}
	/* A title-case capital alone before it ("Il", "UI"): the model decides. */
	if (!want && u[i].script == US_SC_Lisu)
		want = UF_UPPER;
	/* Lisu letters imitate capitals: one that follows no small letter
	 * is a capital, whatever comes after it ("ꓲan", "Nꓲꓚs", "ꓲꓓs": the
	 * letter models prefer "lan", "NlCs", "lDs"). */
	if (u[i].script == US_SC_Lisu && want == UF_LOWER &&
	    !(before && (u[before - 1].flags & UF_LOWER))) {
		want = UF_UPPER;
		keep_all = 0;
	}
	/* A word of this one letter ("ǀ’installateur") inside a sentence is
	 * small: a capital I alone there is rare, French l’ and English a
	 * pronoun-less l are not. At the start of a sentence the model
	 * decides. */
	if (!want && !before && !after && first == i) {
		size_t b = w->first;
		for (j = i + 1; j < w->end && u[j].cls != C_LETTER; j++)
			;
		while (b > 0 && (u[b - 1].cp == ' ' || u[b - 1].cp == '\t'))
			b--;
		if (j == w->end && b > 0) {
			uint32_t p = u[b - 1].cp;
			if (p != '.' && p != '!' && p != '?' && p != ':' && p != '\n' && p != '"' &&
			    !(p >= 0x2018 && p <= 0x201F) && p != 0xAB)
				want = UF_LOWER;
		}
	}
	if (!want)
		return k;
	for (j = 0; j < k; j++)
		if ((want == UF_LOWER) == (us_props(c[j])->gc == US_GC_Ll))
			tmp[n++] = c[j];
	if (n == 0)
		return k;
	if (keep_all)
		for (j = 0; j < k; j++)
			if ((want == UF_LOWER) != (us_props(c[j])->gc == US_GC_Ll))
				tmp[n++] = c[j];
	memcpy(c, tmp, n * sizeof *c);
	return n;
}

#define MAX_CANDS 24     /* letters of a word restored at once */
#define MAX_SCORED 64    /* letters of a word given to the n-gram model */
#define MAX_COMBOS 64    /* readings of a word compared */

struct cands {
	unsigned n;
	unsigned idx[MAX_CANDS];   /* unit index */
	unsigned nc[MAX_CANDS];    /* candidates of that unit */
	uint32_t c[MAX_CANDS][4];
	unsigned pick[MAX_CANDS];  /* chosen candidate */
};

/* The letters of word w as code points, with the candidates of cs (if not
 * NULL) substituted; fancy letters read as what they imitate, letters
 * already restored as restored. With pos, pos[k] is set to where the
 * candidate of cs->idx[k] went in out (left alone if it went nowhere). */
static size_t word_letters(const unspoof_stream *s, const struct word *w, const struct cands *cs,
                           uint32_t *out, int *pos)
{
	size_t n = 0;
	unsigned i, k = 0;
	for (i = w->first; i < w->end && n < MAX_SCORED; i++) {
		const struct unit *u = &s->u[i];
		uint32_t c = letter_of(u);
		if (u->cls != C_LETTER)
			continue;
		if (u->flags & UF_FANCY)
			c = US_LK_TARGET(lk_fancy(u));
		if (u->kind != NO_KIND && u->repl != REPL_KEEP && u->repl != REPL_DELETE)
			c = u->repl; /* already restored */
		while (cs && k < cs->n && cs->idx[k] < i)
			k++;
		if (cs && k < cs->n && cs->idx[k] == i) {
			c = cs->c[k][cs->pick[k]];
			if (pos)
				pos[k] = (int)n;
		}
		out[n++] = c;
	}
	return n;
}

/* us_ngram_score() is a pure function of its arguments, and text repeats
 * its words: a stream remembers the scores of short readings in a
 * two-way set-associative cache (made once the stream has scored SCACHE_AFTER
 * readings, so that short texts do not pay for it; without memory, scores
 * are simply computed). */
#define SCACHE_SIZE 1024u  /* entries (a power of two), in sets of two */
#define SCACHE_LEN 14u     /* code points of the longest reading kept */
#define SCACHE_AFTER 256u

struct score_ent {
	uint32_t cps[SCACHE_LEN];
	int32_t score;
	uint8_t n, g, used;
};

struct score_cache {
	struct score_ent e[SCACHE_SIZE];
};

/* "Group" SCORE_TRLEX caches us_trlex_word() instead (a pure function
 * too). */
#define SCORE_TRLEX 254

/* And SCORE_TRATT tr_attested(). */
#define SCORE_TRATT 253
static int tr_attested(const uint32_t *cps, size_t n);

static int score_of(int g, const uint32_t *cps, size_t n)
{
	return g == SCORE_TRLEX   ? us_trlex_word(cps, n)
	       : g == SCORE_TRATT ? tr_attested(cps, n)
	                          : us_ngram_score(g, cps, n);
}

static int cached_score(const unspoof_stream *cs, int g, const uint32_t *cps, size_t n)
{
	unspoof_stream *s = (unspoof_stream *)cs; /* the cache is not part of the result */
	struct score_ent *e;
	uint64_t h;
	size_t i;
	if (n > SCACHE_LEN)
		return score_of(g, cps, n);
	if (!s->scache) {
		if (++s->nscored < SCACHE_AFTER || !(s->scache = calloc(1, sizeof *s->scache)))
			return score_of(g, cps, n);
	}
	h = 0xcbf29ce484222325ull ^ (uint64_t)(unsigned)g ^ (uint64_t)n << 8;
	for (i = 0; i < n; i++)
		h = (h ^ cps[i]) * 0x100000001B3ull;
	e = &s->scache->e[(h ^ h >> 29) & (SCACHE_SIZE - 2)];
	if (e->used && e->n == n && e->g == (unsigned)g && !memcmp(e->cps, cps, n * sizeof *cps))
		return e->score;
	if (e[1].used && e[1].n == n && e[1].g == (unsigned)g && !memcmp(e[1].cps, cps, n * sizeof *cps))
		return e[1].score;
	/* Two ways per set: the new reading goes first, the first one
	 * second (the one in second place goes). */
	e[1] = e[0];
	e->score = score_of(g, cps, n);
	memcpy(e->cps, cps, n * sizeof *cps);
	e->n = (uint8_t)n;
	e->g = (uint8_t)g;
	e->used = 1;
	return e->score;
}

/* Plausibility of word w read in script t with the picks of cs, or of w as
 * it stands (cs NULL) in script t. INT32_MIN when t has no model. */
static int word_score_g(const unspoof_stream *s, const struct word *w, int g,
                        const struct cands *cs)
{
	uint32_t cps[MAX_SCORED];
	if (g < 0)
		return INT32_MIN;
	return cached_score(s, g, cps, word_letters(s, w, cs, cps, NULL));
}

static int word_score(const unspoof_stream *s, const struct word *w, unsigned t,
                      const struct cands *cs)
{
	return word_score_g(s, w, us_ngram_group(t), cs);
}

/* Collects, for each letter of w not in script t, its candidates in t:
 * at most MAX_CANDS letters, from unit index from on. Returns where to go
 * on from (w->end when every letter has been looked at). */
static unsigned gather(const unspoof_stream *s, const struct word *w, unsigned t,
                       struct cands *cs, unsigned from)
{
	unsigned i, lower = 0, upper = 0;
	const struct unit *u = s->u;
	cs->n = 0;
	for (i = w->first; i < w->end; i++) {
		if (u[i].cls != C_LETTER || (u[i].flags & UF_FANCY))
			continue;
		if (u[i].flags & UF_LOWER)
			lower++;
		else if (u[i].flags & UF_UPPER)
			upper++;
	}
	for (i = from; i < w->end && cs->n < MAX_CANDS; i++) {
		int alt;
		unsigned k;
		if (u[i].cls != C_LETTER || (u[i].flags & UF_FANCY) || u[i].script == t ||
		    u[i].script == US_SC_Zyyy || u[i].script == US_SC_Zinh)
			continue;
		/* An uppercase lookalike inside a lowercase word (Greek Ι in
		 * "heΙΙo") stands for the lowercase twin (l) when there is one. */
		alt = (u[i].flags & UF_UPPER) && i > w->first && lower > 0 && upper <= 2 &&
		      lower >= upper;
		k = lk_cands(&u[i], t, alt, cs->c[cs->n]);
		if (!k)
			continue;
		k = case_by_context(s, w, i, cs->c[cs->n], k);
		cs->idx[cs->n] = i;
		cs->nc[cs->n] = k;
		cs->pick[cs->n] = 0;
		cs->n++;
	}
	return i;
}

static int log2_fixed(double x);

static unsigned reading_count(const unspoof_stream *s, uint32_t src, uint32_t dst)
{
	unsigned k;
	for (k = 0; k < s->nreadings; k++)
		if (s->readings[k].src == src && s->readings[k].dst == dst)
			return s->readings[k].n;
	return 0;
}

/* Has the document's obfuscator been seen to mean one of two readings of
 * a letter, its usual one (cs's first candidate), READING_CERTAIN_N
 * times or more (sure readings, counted in quarters) and never the
 * other? Then it writes that letter from a table
 * that has only the one (ʋ for v, never for u), and the other reading
 * would need far more than the odds below can give: the letter models
 * rate a technical token read the usual way poorly ("svg" 12 bits below
 * "sug"; "vlc", "resolv", "dvbs"; the odds below give at most 4 bits), so
 * reading_odds() then gives READING_CERTAIN_BITS for the usual reading.
 * Two sure readings suffice: on eval/corpus 0201-0400 (not scored),
 * Latin-extended English went from 97.50% of documents restored exactly
 * to 98.42% (97.83% with four). Never for a reading other than the usual
 * one: two sure readings can be wrong ("iconv" read as iconu twice), and
 * made certain they would misread every word after ("uersion"). */
#define READING_CERTAIN_N 2
#define READING_CERTAIN_BITS 32
static int reading_certain(unsigned nj, unsigned n0)
{
	return nj == 0 && n0 >= 4 * READING_CERTAIN_N;
}

/* The log-odds (bits times US_NGRAM_ONE_BIT, a total for the word) of
 * reading candidate j of cs's letter k rather than its first candidate,
 * from how often the document's obfuscator was seen to mean each (an
 * obfuscator writes from a table: its m stands for т everywhere, or for м
 * everywhere): log2((n_j + 1/2) / (n_0 + 1/2)), clipped to +-4 bits (the
 * counts are kept in quarters). 0 while nothing was seen. */
static int reading_odds(const unspoof_stream *s, const struct cands *cs, unsigned k, unsigned j)
{
	uint32_t src;
	unsigned nj, n0;
	int o;
	if (!s->nreadings)
		return 0;
	src = s->u[cs->idx[k]].cp;
	nj = reading_count(s, src, cs->c[k][j]);
	n0 = reading_count(s, src, cs->c[k][0]);
	if (nj == n0)
		return 0;
	if (reading_certain(nj, n0))
		return -READING_CERTAIN_BITS * US_NGRAM_ONE_BIT;
	o = log2_fixed((nj + 2.0) / (n0 + 2.0));
	if (o > 4 * US_NGRAM_ONE_BIT)
		return 4 * US_NGRAM_ONE_BIT;
	return o < -4 * US_NGRAM_ONE_BIT ? -4 * US_NGRAM_ONE_BIT : o;
}

/* Picks, among the readings of the ambiguous letters, the one the n-gram
 * model of script t finds most plausible; returns its score (INT32_MIN
 * without a model; then the usual readings stay picked). With need_score 0
 * and a single reading, nothing is scored and 0 is returned. */
/* The readings of a word's ambiguous letters (those of cs with more than
 * one candidate, as many as MAX_COMBOS combinations allow), one after the
 * other. They differ only in those letters: the word's letters are
 * gathered once (readings_letters()), and each reading writes its picks
 * where they go (readings_pick(), as word_score_g() would read them). */
struct readings {
	unsigned amb[MAX_CANDS], na, combos;
	int pos[MAX_CANDS];
	uint32_t cps[MAX_SCORED];
	size_t n;
};

static void readings_init(const struct cands *cs, struct readings *rd)
{
	unsigned k;
	rd->na = 0;
	rd->combos = 1;
	for (k = 0; k < cs->n; k++)
		if (cs->nc[k] > 1 && rd->combos * cs->nc[k] <= MAX_COMBOS) {
			rd->amb[rd->na++] = k;
			rd->combos *= cs->nc[k];
		}
}

static void readings_letters(const unspoof_stream *s, const struct word *w,
                             const struct cands *cs, struct readings *rd)
{
	unsigned k;
	for (k = 0; k < cs->n; k++)
		rd->pos[k] = -1;
	rd->n = word_letters(s, w, cs, rd->cps, rd->pos);
}

/* Picks reading c (0 .. combos - 1) in cs and in rd->cps. */
static void readings_pick(struct cands *cs, struct readings *rd, unsigned c)
{
	unsigned k, a;
	for (k = 0; k < rd->na; k++) {
		a = rd->amb[k];
		cs->pick[a] = c % cs->nc[a];
		c /= cs->nc[a];
		if (rd->pos[a] >= 0)
			rd->cps[rd->pos[a]] = cs->c[a][cs->pick[a]];
	}
}

/* The plausibility of the letters cps[0..n) read with their case: split
 * into the pieces of camel case (a capital after a small letter, or a
 * capital before a small letter after another capital, begins a piece:
 * "Own|Cloud", "XML|Http"), each scored as a word, the total spread over
 * the letters as cached_score() does. Used where the readings of a word
 * differ in case (a letter without case, ǀ or ꓲ, read as I or l), which
 * the letter model, blind to case, cannot tell apart: "OwnCIoud" is
 * "Own|C|Ioud", "AlI" is "Al|I". */
static int camel_score(const unspoof_stream *s, int g, const uint32_t *cps, size_t n)
{
	size_t i, from = 0;
	long total = 0;
	int split = 0;
	for (i = 1; i <= n; i++) {
		int cut = i == n;
		if (!cut && us_props(cps[i])->gc == US_GC_Lu) {
			unsigned prev = us_props(cps[i - 1])->gc;
			cut = prev == US_GC_Ll ||
			      (prev == US_GC_Lu && i + 1 < n && us_props(cps[i + 1])->gc == US_GC_Ll);
		}
		if (!cut)
			continue;
		if (i < n)
			split = 1;
		else if (!split)
			return cached_score(s, g, cps, n);
		total += (long)cached_score(s, g, cps + from, i - from) * (long)(i - from + 1);
		from = i;
	}
	return (int)(total / (long)(n + 1));
}

/* Do the candidates of some letter of cs differ in case? */
static int case_readings(const struct cands *cs)
{
	unsigned k, j;
	for (k = 0; k < cs->n; k++)
		for (j = 1; j < cs->nc[k]; j++)
			if ((us_props(cs->c[k][j])->gc == US_GC_Ll) !=
			    (us_props(cs->c[k][0])->gc == US_GC_Ll))
				return 1;
	return 0;
}

/* The margin a reading other than the usual one of cs's letter k pays
 * (margin, per letter of the word). In Kazakh (the Kazakh model),
 * capital Y stands for Ү, its exact twin, as readily as for У, its
 * usual reading elsewhere (whose arms differ): Ү pays a quarter of the
 * Kazakh margin (restore_word()) there. The model with that margin
 * reads "Үшін" (102 units per letter better with Ү), "Үлкенірек" (221),
 * "Үнсіз" (341) and "Университет" (27 better with Ү) right, with the
 * full margin only the last. Not small y, whose twin is у (ү is
 * straight): with that margin "сурет" was read "сүрет" (dev set,
 * Kazakh Latin-in-Cyrillic documents 88.10% exact against 92.06%). */
static int pick_margin(int g, const struct cands *cs, unsigned k, int margin)
{
	if (g == US_NGRAM_KAZAKH && cs->c[k][0] == 0x423 && cs->c[k][cs->pick[k]] == 0x4AE)
		return margin / 4;
	/* Latin m stands for т first (its usual reading: italic т is
	 * m-shaped), for upright м, a small capital M, only where т reads
	 * far worse: м pays three margins. The letter model, made of all the
	 * Cyrillic dictionaries, rates м above т at a word's start and end
	 * by more than one margin where т is right (Serbian "титл" 0.54 bit
	 * a letter below "митл", "тзв" 0.94 below "мзв", Bulgarian "низът"
	 * 1.86 below "низъм"). Dev set, exact documents: Latin-in-Cyrillic
	 * sr 96.33% -> 96.58%, mk 94.74 -> 94.96, uk 98.33 -> 98.42; mix sr
	 * 96.08 -> 96.75, mk 93.64 -> 93.86, uk 98.50 -> 98.75, ru 93.92 ->
	 * 94.00, bg 95.17 -> 95.25; kk unchanged. */
	if (cs->c[k][0] == 0x442 && cs->c[k][cs->pick[k]] == 0x43C)
		return margin * 3;
	/* Likewise ʋ stands for v first (gen/data: a v with a hook), for u
	 * (as confusables.txt maps it) only where u reads far better: u pays
	 * three margins. The letter model rates technical tokens and
	 * Serbian words better with u ("resolu", "osnoune"). Dev set, exact
	 * documents, Latin-extended letters: sr-Latn 98.50% -> 99.50%, de
	 * 99.17 -> 99.33, en 99.00 unchanged (one gained, one lost: "vcgt"
	 * left as written); mix en 99.33 -> 99.67, sr-Latn 98.42 -> 98.83. */
	if (cs->c[k][0] == 'v' && cs->c[k][cs->pick[k]] == 'u')
		return margin * 3;
	return margin;
}

/* Is cs's letter k a v-shaped letter (read v first: ʋ) right before a
 * digit? There it is a version or a protocol's ("ʋ1.2", "IPʋ6",
 * "LDAPʋ3"), which English, French, German and Vietnamese text write
 * with v; the letter models, which see the word without its digits, read
 * "IPu", "LDAPu" as readily. Its u reading is then not taken. Dev set
 * (not scored), documents obfuscated with Latin-extended letters restored
 * exactly: vi 98.83% -> 99.00%; tr, en, fr, de and mix unchanged
 * (held-out: de 98.17% -> 98.50%, the others unchanged). */
static int v_before_digit(const unspoof_stream *s, const struct cands *cs, unsigned k)
{
	size_t i = cs->idx[k] + 1;
	return cs->c[k][0] == 'v' && i < s->nunits_seg && s->u[i].cp >= '0' && s->u[i].cp <= '9';
}

/* Is cs's letter k, a letter without case (ǀ) read as a capital, the first
 * letter of w, followed by a small letter, inside a sentence (after
 * neither . ! ? : nor a line break or quotation mark)? There a title-case
 * word is rare ("Is", "In" begin sentences; a name may still be one),
 * while the letter models, blind to case, rate "ls", "lp", "lldb" as "is",
 * "ip", "ildb" (below them): the capital pays TITLE_BITS bits. Dev set
 * (not scored), documents restored exactly, Latin-extended letters: en
 * 99.00% -> 99.17%, de 99.50% -> 99.58%, vi 99.00% -> 99.08%; mix fr 99.67%
 * -> 99.75%; tr, sr-Latn and the other families unchanged (held-out: en
 * 98.00% -> 98.67%, de 98.50% -> 98.83%, tr 88.50% -> 88.67%, mix tr
 * 91.83% -> 92.00%, none lower). 8 bits left "Is", "Ip"; 16 read
 * "lnkscape", "lnternet". */
#define TITLE_BITS 12
static int title_inside(const unspoof_stream *s, const struct word *w, const struct cands *cs,
                        unsigned k)
{
	const struct unit *u = s->u;
	size_t i = cs->idx[k], j, b = w->first;
	uint32_t p;
	if (us_props(cs->c[k][cs->pick[k]])->gc != US_GC_Lu || (u[i].flags & (UF_UPPER | UF_LOWER)))
		return 0;
	for (j = w->first; j < i; j++)
		if (u[j].cls == C_LETTER)
			return 0;
	for (j = i + 1; j < w->end && u[j].cls != C_LETTER; j++)
		;
	if (j == w->end || !(u[j].flags & UF_LOWER))
		return 0;
	while (b > 0 && (u[b - 1].cp == ' ' || u[b - 1].cp == '\t'))
		b--;
	if (b == 0)
		return 0;
	p = u[b - 1].cp;
	return p != '.' && p != '!' && p != '?' && p != ':' && p != '\n' && p != '"' &&
	       !(p >= 0x2018 && p <= 0x201F) && p != 0xAB;
}

static int cands_v_digit(const unspoof_stream *s, const struct cands *cs)
{
	unsigned k;
	for (k = 0; k < cs->n; k++)
		if (v_before_digit(s, cs, k))
			return 1;
	return 0;
}

static int choose_g(const unspoof_stream *s, const struct word *w, int g, struct cands *cs,
                    int need_score, int margin)
{
	int cased = case_readings(cs);
	unsigned k, c, na, *amb;
	unsigned best_pick[MAX_CANDS];
	int best = INT32_MIN;
	struct readings rd;
	readings_init(cs, &rd);
	na = rd.na;
	amb = rd.amb;
	if (g < 0)
		return INT32_MIN;
	if (na == 0 && !need_score)
		return 0;
	memcpy(best_pick, cs->pick, sizeof best_pick);
	readings_letters(s, w, cs, &rd);
	for (c = 0; c < rd.combos; c++) {
		int sc;
		size_t n = rd.n;
		readings_pick(cs, &rd, c);
		sc = cased ? camel_score(s, g, rd.cps, n) : cached_score(s, g, rd.cps, n);
		/* The usual reading (first candidate) is the prior: each other
		 * pick must pay for itself. Dictionary trigrams alone rate
		 * "mimes" above "times". What the document's other words
		 * showed of its obfuscator's readings moves that prior
		 * (reading_odds()) when a restored word's letters are picked,
		 * never in a score that decides whether a word is restored
		 * (need_score): the words it was learned from are restored
		 * when clean runs again, so the next clean would decide
		 * without it ("Ұee раeeee": e read as ҽ in the first word made
		 * the second a glued word, which the next clean restored). */
		for (k = 0; k < na; k++)
			if (cs->pick[amb[k]] && cs->c[amb[k]][cs->pick[amb[k]]] == 'u' &&
			    v_before_digit(s, cs, amb[k]))
				sc = INT32_MIN + 1;
		for (k = 0; k < na && sc > INT32_MIN + 1; k++)
			if (cs->pick[amb[k]])
				sc -= pick_margin(g, cs, amb[k], margin) +
				      (title_inside(s, w, cs, amb[k])
				           ? TITLE_BITS * US_NGRAM_ONE_BIT / (int)(n + 1)
				           : 0) -
				      (need_score ? 0
				                  : reading_odds(s, cs, amb[k], cs->pick[amb[k]]) /
				                        (int)(n + 1));
		if (sc > best) {
			best = sc;
			memcpy(best_pick, cs->pick, sizeof best_pick);
		}
	}
	memcpy(cs->pick, best_pick, sizeof best_pick);
	return best;
}

static int choose(const unspoof_stream *s, const struct word *w, unsigned t, struct cands *cs,
                  int need_score)
{
	return choose_g(s, w, us_ngram_group(t), cs, need_score, US_NGRAM_MARGIN);
}

/* The letters of w's best reading in script t (gather(), choose()) into
 * cps: how many, or -1 where w has no reading in t. */
static long best_reading(const unspoof_stream *s, const struct word *w, unsigned t,
                         uint32_t cps[MAX_SCORED])
{
	struct cands cs;
	gather(s, w, t, &cs, w->first);
	if (choose(s, w, t, &cs, 1) == INT32_MIN)
		return -1;
	return (long)word_letters(s, w, &cs, cps, NULL);
}

/* us_twinlex_word(kind) of w's best reading in script t; -2 where w has no
 * reading in t. */
static int twin_reading(const unspoof_stream *s, const struct word *w, unsigned t, unsigned kind)
{
	uint32_t cps[MAX_SCORED];
	long n = best_reading(s, w, t, cps);
	return n < 0 ? -2 : us_twinlex_word(kind, cps, (size_t)n);
}

/* Remembers the readings of the ambiguous letters of cs (as chosen) that
 * the n-gram model of t was sure of: every other reading of that letter
 * makes the word READING_SURE_BITS less likely (odds of 8 to 1), the rest
 * of the word as chosen (whatever reading_odds() said: the model alone). They show how the
 * document's obfuscator writes (reading_odds()). Counted in quarters, kept
 * while the segments show substitutions, halved after each segment that
 * shows none (end_segment()): there, one sure reading lasts three
 * paragraphs. (Halved after every segment, they were forgotten in a
 * document of one-line paragraphs, messages of a program, before they
 * were of use: "oʋde" read as oude after many ʋ read as v.) */
#define READING_SURE_BITS 3
static void learn_readings(unspoof_stream *s, const struct word *w, unsigned t, struct cands *cs)
{
	unsigned k, j, r;
	int g = us_ngram_group(t), best = 0;
	/* The word's letters as chosen (made at the first ambiguous letter),
	 * and where each candidate went in them: another reading of letter
	 * k is the same letters with cps[pos[k]] changed (a letter past
	 * MAX_SCORED is not scored, pos[k] < 0). */
	uint32_t cps[MAX_SCORED];
	int pos[MAX_CANDS];
	size_t len = 0;
	int made = 0;
	if (g < 0)
		return;
	for (k = 0; k < cs->n; k++) {
		unsigned keep = cs->pick[k];
		int sure = 1;
		uint32_t src = s->u[cs->idx[k]].cp, dst = cs->c[k][keep];
		if (cs->nc[k] < 2 || (s->u[cs->idx[k]].pre & PRE_LEET))
			continue;
		if (!made) {
			for (j = 0; j < cs->n; j++)
				pos[j] = -1;
			len = word_letters(s, w, cs, cps, pos);
			best = cached_score(s, g, cps, len);
			made = 1;
		}
		for (j = 0; j < cs->nc[k] && sure; j++) {
			int sc = best;
			if (j == keep || us_simple_lower(cs->c[k][j]) == us_simple_lower(dst))
				continue;
			if (pos[k] >= 0) {
				cps[pos[k]] = cs->c[k][j];
				sc = cached_score(s, g, cps, len);
				cps[pos[k]] = dst;
			}
			sure = (long)(best - sc) * (long)(len + 1) >= READING_SURE_BITS * US_NGRAM_ONE_BIT;
		}
		if (!sure)
			continue;
		for (r = 0; r < s->nreadings; r++)
			if (s->readings[r].src == src && s->readings[r].dst == dst)
				break;
		if (r == s->nreadings) {
			if (r == READINGS)
				continue;
			s->nreadings++;
			s->readings[r].src = src;
			s->readings[r].dst = dst;
			s->readings[r].n = 0;
		}
		s->readings[r].n += 4;
	}
}

/* Does the segment write Kazakh: two or more of the letters қ ң ұ (of
 * the Kazakh alphabet, ұ of it alone; letters without a twin, which
 * clean() leaves as they are)? Looked up once per segment, when a word is
 * restored into Cyrillic or, after an obfuscated segment, when it ends. */
static int kazakh_letters(unspoof_stream *s)
{
	size_t i;
	unsigned n = 0;
	if (s->kazakh >= 0)
		return s->kazakh;
	/* Pass 1 noted whether there is one at all (PRE_KAZAKH); two are
	 * counted only then. */
	for (i = 0; i < s->nunits_seg && n < 2 && (s->pre_seg & PRE_KAZAKH); i++)
		n += s->u[i].cls == C_LETTER && kazakh_cp(s->u[i].cp);
	s->kazakh = n >= 2;
	return s->kazakh;
}

static int attested(unspoof_stream *s, uint32_t c);
static int national_letter(uint32_t c);

/* Drops from cs the Cyrillic readings that are letters of a national
 * alphabet the text does not write (national_letter(), attested()) where
 * a letter has another: Latin y in Ukrainian or Russian text is у, never
 * the ү of Kazakh, Kyrgyz or Mongolian, which the letter model (of every
 * Cyrillic alphabet's words) may rate higher ("кyті" was read as "күті"
 * in Ukrainian text). Kazakh text, read by its own model, is left to it:
 * at a high rate every ү it writes is a Latin y, and no ү is seen. */
static void drop_unattested(unspoof_stream *s, struct cands *cs)
{
	unsigned k, j, m;
	for (k = 0; k < cs->n; k++) {
		uint32_t keep[4];
		if (cs->nc[k] < 2)
			continue;
		for (j = m = 0; j < cs->nc[k]; j++)
			if (!national_letter(cs->c[k][j]) || attested(s, cs->c[k][j]))
				keep[m++] = cs->c[k][j];
		if (m && m < cs->nc[k]) {
			memcpy(cs->c[k], keep, m * sizeof *keep);
			cs->nc[k] = m;
			cs->pick[k] = 0;
		}
	}
}

/* Restores every letter of word w that is not in script t into t, reading
 * ambiguous letters (Latin m in a Russian word: м or т?) by plausibility.
 * In Kazakh text (kazakh_letters(), or carried from the paragraphs before),
 * the letters of a word restored into Cyrillic are read by the Kazakh
 * model: the Cyrillic one, mostly Slavonic, reads Y as У where Kazakh
 * writes Ү ("Үнсіз", "Үлкен"). That model, of one language's 54,000 stems,
 * knows loanwords less ("сурет", "платформа"): a reading other than the
 * usual one pays twice the margin there, as with the Turkish model
 * (orth_piece()). Only which letter is written depends on it, never
 * whether a word is restored. Returns the number of letters changed. */
static unsigned restore_word(unspoof_stream *s, const struct word *w, unsigned t, unsigned conf)
{
	struct cands cs;
	unsigned k, n = 0, from = w->first;
	int g = t == US_SC_Cyrl && (s->carry_kazakh || kazakh_letters(s)) ? US_NGRAM_KAZAKH
	                                                                      : us_ngram_group(t);
	/* A word with more foreign letters than fit in cs is restored in
	 * pieces: every letter, or a second clean would find more to do. */
	while (from < w->end) {
		from = gather(s, w, t, &cs, from);
		if (t == US_SC_Cyrl && g != US_NGRAM_KAZAKH)
			drop_unattested(s, &cs);
		choose_g(s, w, g, &cs, 0, g == US_NGRAM_KAZAKH ? 2 * US_NGRAM_MARGIN : US_NGRAM_MARGIN);
		learn_readings(s, w, t, &cs);
		for (k = 0; k < cs.n; k++) {
			/* Leet digits stand for Latin letters only: in a word
			 * of another script they stay digits ("пр1вет"), though
			 * they are read (and must be restorable) as the letter's
			 * twin there, as a second clean would read the Latin
			 * letter it writes if the word stayed Latin. */
			if (s->u[cs.idx[k]].pre & PRE_LEET)
				continue;
			set_finding(&s->u[cs.idx[k]], UNSPOOF_KIND_LOOKALIKE, cs.c[k][cs.pick[k]],
			            conf, t);
			n++;
		}
	}
	return n;
}
