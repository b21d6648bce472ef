/* Cutting the input into segments, the public stream API, kind names and
 * options, and the hooks the tests use.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* A hard cut at code point boundary c of a run without white space moves
 * back to a word boundary, so that no word is split: a piece of a word cut
 * off from the rest can be judged otherwise than the whole word, and a
 * second clean(), whose cut falls elsewhere (the text has changed length),
 * sees the whole word. A word boundary here is a code point that is not a
 * mark, invisible or bidi control, after punctuation, a symbol or an
 * ill-formed byte that can never be part of a word (ASCII letters and the
 * characters leet mode reads as letters can). The last one in the `back`
 * bytes before c (SEG_HARD - SEG_SOFT) is taken. Without one (a single
 * huge word), the cut moves back (at most 256 bytes) to just before a
 * letter that follows a visible character, so that no invisible character
 * loses its word at the cut. */
static int separates(uint32_t cp)
{
	if (cp == US_CP_INVALID)
		return 1;
	if (cp < 0x80)
		return !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') && !ascii_leet(cp);
	return (us_scan_info(cp) & US_FI_CLS) == C_OTHER;
}

static size_t word_cut(const unsigned char *b, size_t len, size_t c, size_t back)
{
	size_t p, lo = c > back ? c - back : 0, best = 0;
	int after_sep = 0;
	uint32_t cp, prev;
	/* Forward from a code point start at or after lo: UTF-8 resynchronises
	 * on the first lead byte. */
	for (p = lo; p < c && p < lo + 3 && (b[p] & 0xC0) == 0x80; p++)
		;
	while (p < c) {
		size_t l = us_utf8_decode(b + p, len - p, &cp);
		unsigned cls = cp == US_CP_INVALID ? C_INVALID : us_scan_info(cp) & US_FI_CLS;
		if (after_sep && cls != C_MARK && cls != C_INVIS && cls != C_BIDI)
			best = p;
		after_sep = separates(cp);
		p += l;
	}
	if (best)
		return best;
	p = c;
	lo = c > 256 ? c - 256 : 0;
	while (p > lo) {
		size_t q = p - 1;
		while (q > lo && (b[q] & 0xC0) == 0x80)
			q--;
		us_utf8_decode(b + p, len - p, &cp);
		us_utf8_decode(b + q, p - q, &prev);
		if (cp != US_CP_INVALID && prev != US_CP_INVALID &&
		    (us_scan_info(cp) & US_FI_CLS) == C_LETTER) {
			unsigned pc = us_scan_info(prev) & US_FI_CLS;
			if (pc != C_INVIS && pc != C_BIDI)
				return p;
		}
		p = q;
	}
	return c;
}

/* The class of code point cp (US_CP_INVALID: an ill-formed subpart) as the
 * full pass sees it. */
static unsigned unit_class(uint32_t cp)
{
	if (cp == US_CP_INVALID)
		return C_INVALID;
	if (cp < TEMPLATE_END) {
		if (!atomic_load_explicit(&templates_ready, memory_order_acquire))
			pthread_once(&templates_once, make_templates);
		return templates[cp].cls;
	}
	/* classify(0, ...)'s class, cached by block (a paragraph of
	 * Georgian or Devanagari without blank lines is cut by counting its
	 * units, each looked up here). */
	return us_fast_info(cp) & US_FI_CLS;
}

/* Counts the units of b[p..end) quickly while *pu < stop, for as long as
 * they need no decision: ASCII other than line feeds, two-byte sequences of
 * plain lead bytes. Returns where it stopped. */
#if !defined(__SSE2__) && defined(__aarch64__) && defined(__ARM_NEON)
/* A mask of 4 bits per byte of compare result m (all ones or zero bytes):
 * bits 4i..4i+3 for byte i, as _mm_movemask_epi8() gives bit i. */
static inline uint64_t nibbles(uint8x16_t m)
{
	return vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(m), 4)), 0);
}
#endif

static size_t count_plain(const unsigned char *b, size_t p, size_t end, size_t *pu, size_t stop)
{
	size_t u = *pu;
#if defined(__SSE2__)
	/* 16 bytes at a time: ASCII without line feeds and Cyrillic U+0400..
	 * U+047F (lead bytes D0, D1), whole sequences only. */
	if (us_utf8_impl_effective() != US_UTF8_IMPL_SCALAR) {
		while (p + 16 <= end && u + 16 <= stop) {
			__m128i v = _mm_loadu_si128((const void *)(b + p));
			unsigned hi = (unsigned)_mm_movemask_epi8(v);
			unsigned nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
			unsigned lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
				_mm_and_si128(v, _mm_set1_epi8((char)0xFE)), _mm_set1_epi8((char)0xD0)));
			unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
				_mm_and_si128(v, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
			unsigned take = 16, keep;
			if (lead & 0x8000u) { /* its continuation is in the next block */
				take = 15;
				lead &= 0x7FFFu;
			}
			keep = (1u << take) - 1;
			if ((nl & keep) || (hi & keep) != ((lead | cont) & keep) ||
			    (cont & keep) != ((lead << 1) & keep))
				break;
			u += (unsigned)__builtin_popcount(~cont & keep);
			p += take;
		}
	}
#elif defined(__aarch64__) && defined(__ARM_NEON)
	/* The same 16 bytes at a time, with masks of 4 bits per byte (the
	 * compares narrowed by vshrn). */
	if (us_utf8_impl_effective() != US_UTF8_IMPL_SCALAR) {
		while (p + 16 <= end && u + 16 <= stop) {
			uint8x16_t v = vld1q_u8(b + p);
			uint64_t hi = nibbles(vcltzq_s8(vreinterpretq_s8_u8(v)));
			uint64_t nl = nibbles(vceqq_u8(v, vdupq_n_u8('\n')));
			uint64_t lead = nibbles(vceqq_u8(vandq_u8(v, vdupq_n_u8(0xFE)), vdupq_n_u8(0xD0)));
			uint64_t cont = nibbles(vceqq_u8(vandq_u8(v, vdupq_n_u8(0xC0)), vdupq_n_u8(0x80)));
			uint64_t keep = ~0ull;
			unsigned take = 16;
			if (lead >> 60) { /* its continuation is in the next block */
				take = 15;
				keep = (1ull << 60) - 1;
				lead &= keep;
			}
			if ((nl & keep) || (hi & keep) != ((lead | cont) & keep) ||
			    (cont & keep) != ((lead << 4) & keep))
				break;
			u += (unsigned)__builtin_popcountll(~cont & keep) / 4;
			p += take;
		}
	}
#endif
	if (!atomic_load_explicit(&templates_ready, memory_order_acquire))
		pthread_once(&templates_once, make_templates);
	while (p < end && u < stop) {
		unsigned char c = b[p];
		if (c < 0x80) {
			uint64_t w, x;
			if (p + 8 <= end && u + 8 <= stop) {
				memcpy(&w, b + p, 8);
				x = w ^ 0x0A0A0A0A0A0A0A0Aull; /* zero bytes where '\n' */
				if (!(w & 0x8080808080808080ull) &&
				    !((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull)) {
					p += 8;
					u += 8;
					continue;
				}
			}
			if (c == '\n')
				break;
			p++;
			u++;
		} else if (c >= 0xC2 && c <= 0xDF && ((plain_lead2 >> (c - 0xC0)) & 1) && p + 1 < end &&
		           (b[p + 1] & 0xC0) == 0x80) {
			p += 2;
			u++;
		} else {
			break;
		}
	}
	*pu = u;
	return p;
}

/* A hard cut at byte i (moved to a code point boundary, then back to a word
 * boundary). */
static size_t hard_cut(const unsigned char *b, size_t len, size_t i, size_t back)
{
	size_t c = i, k;
	for (k = 0; k < 3 && c > 0 && (b[c] & 0xC0) == 0x80; k++)
		c--;
	if ((b[c] & 0xC0) == 0x80)
		c = i;
	return c ? word_cut(b, len, c, back) : i;
}

/* Is the line after the line feed b[i] blank (white space other than line
 * feeds, and marks, invisible characters and bidi controls, which clean()
 * may remove), ending before lim? 1 if so (*end: past its line feed), 0 if
 * not, -1 if more input is needed to tell. */
static int blank_line(const unsigned char *b, size_t len, size_t i, size_t lim, int final,
                      size_t *end)
{
	size_t j = i + 1;
	while (j < len && j < lim) {
		unsigned char c = b[j];
		uint32_t cp;
		size_t l;
		unsigned k;
		if (c == '\n') {
			*end = j + 1;
			return 1;
		}
		if (c == ' ' || c == '\t' || c == '\r') {
			j++;
			continue;
		}
		if (c < 0x80)
			return 0;
		l = us_utf8_decode(b + j, len - j, &cp);
		if (!final && l == len - j && cp == US_CP_INVALID && l < 4)
			return -1; /* perhaps a sequence cut by the chunking */
		k = unit_class(cp);
		if (k != C_MARK && k != C_INVIS && k != C_BIDI)
			return 0;
		j += l;
	}
	return j == len && !final ? -1 : 0;
}

/* Where the segment starting at b[0] ends in b[0..len), or 0 if more input
 * is needed to tell. Depends only on the bytes, never on the chunking; *st
 * says where to resume looking (all zero for a new segment).
 *
 * Long paragraphs are cut by counting units: code points (an ill-formed
 * subpart counts as one), less marks, invisible characters and bidi
 * controls. clean() maps each such unit to exactly one (a letter to a
 * letter, an ill-formed subpart to U+FFFD) and removes only the others, so
 * a second clean() cuts at the same places and judges every word in the
 * same context: clean is idempotent. A segment ends
 *   - after a blank line (white space, marks, invisible characters and bidi
 *     controls only: clean() may remove those), while it has fewer than
 *     U_SOFT = SEG_SOFT / 32 = 2048 units;
 *   - else at the first white space from unit U_SOFT on;
 *   - else before unit U_HARD + 1 (U_SOFT + (SEG_HARD - SEG_SOFT) / 16 =
 *     2304), moved back to just after the last separator (punctuation,
 *     symbol, ill-formed byte: never part of a word) among the last 128
 *     units;
 *   - else, as the memory bound, at SEG_HARD bytes. U_HARD units take at
 *     most SEG_HARD / 4 bytes, so only text with more than about 25 bytes
 *     of marks or invisible characters per unit (heavy zalgo) gets there,
 *     and there a second clean, without those marks, can cut elsewhere.
 * Counting needs decoding, so it is done only for paragraphs longer than
 * U_SOFT bytes (and is vectorised for ASCII and Cyrillic). */
static size_t find_cut(const unspoof_stream *s, const unsigned char *b, size_t len,
                       struct cut_state *st, int final)
{
	const size_t soft = s->seg_soft, hard = s->seg_hard;
	const size_t usoft = soft / 32, uhard = usoft + (hard - soft) / 16;
	const size_t back = (hard - soft) / 32;
	size_t i = st->pos, limit = len < usoft ? len : usoft, p, u;
	if (!st->counting) {
		while (i < limit) {
			const unsigned char *nl = memchr(b + i, '\n', limit - i);
			size_t j;
			int blank;
			if (!nl) {
				i = limit;
				break;
			}
			i = (size_t)(nl - b);
			/* Most lines start with a visible ASCII character: not blank. */
			if (i + 1 < len && i + 1 < usoft && b[i + 1] > ' ' && b[i + 1] < 0x80) {
				i++;
				continue;
			}
			blank = blank_line(b, len, i, usoft, final, &j);
			if (blank < 0) {
				st->pos = i;
				return 0;
			}
			if (blank)
				return j;
			i++;
		}
		if (len < usoft) {
			st->pos = i;
			return 0;
		}
		/* A long paragraph: count its units from the start. */
		memset(st, 0, sizeof *st);
		st->counting = 1;
	}
	for (p = st->pos, u = st->u; p < len;) {
		uint32_t cp;
		size_t l;
		unsigned cls;
		if (u < usoft) {
			/* Until U_SOFT only line feeds matter (the separators,
			 * for the hard cut, only within 256 units of U_HARD). */
			size_t q = count_plain(b, p, len < hard ? len : hard, &u, usoft);
			/* Other scripts, one code point at a time; like
			 * count_plain()'s vector loops, not with the scalar
			 * kernel forced, so that tests compare the two ways
			 * of counting (test_fastpath). */
			if (q == p && us_utf8_impl_effective() != US_UTF8_IMPL_SCALAR)
				q = us_fast_units(b, p, len < hard ? len : hard, &u, usoft);
			if (q != p) {
				p = q;
				continue;
			}
		}
		if (p >= hard)
			return hard_cut(b, len, p, hard - soft);
		if (b[p] < 0x80) {
			cp = b[p];
			l = 1;
		} else {
			if (!final && len - p < 4 && us_utf8_decode(b + p, len - p, &cp) == len - p &&
			    cp == US_CP_INVALID)
				break; /* perhaps a sequence cut by the chunking */
			l = us_utf8_decode(b + p, len - p, &cp);
		}
		cls = cp < 0x80 ? (((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? C_LETTER : C_OTHER)
		                : unit_class(cp);
		if (cls == C_MARK || cls == C_INVIS || cls == C_BIDI) {
			p += l;
			continue;
		}
		/* p starts a unit. */
		if (st->after_sep) {
			st->bnd = p;
			st->bnd_u = u;
		}
		if (u == uhard)
			return st->bnd && u - st->bnd_u <= back ? st->bnd : p;
		if (cp == '\n' && u < usoft) {
			size_t j;
			int blank = blank_line(b, len, p, hard, final, &j);
			if (blank < 0)
				break;
			if (blank)
				return j;
		}
		if (u >= usoft && cp < 0x80 && is_ws((unsigned char)cp))
			return p + 1;
		u++;
		/* Separators: characters that are never part of a word (not
		 * letters, nor digits or symbols that leet mode reads as
		 * letters), in clean()'s output too. */
		st->after_sep = (cls == C_OTHER || cls == C_INVALID) && !(cp < 0x80 && ascii_leet(cp));
		p += l;
	}
	st->pos = p;
	st->u = u;
	return 0;
}

/* Processes the complete segments in the buffer (and, if final, the rest). */
static int run(unspoof_stream *s, int final)
{
	size_t cut, start = 0;
	int rc = UNSPOOF_OK;
	if (!s->len)
		return UNSPOOF_OK; /* nothing buffered (the buffer may not exist yet) */
	for (;;) {
		if (!s->cut.pos && !s->cut.counting) {
			cut = plain_paragraphs(s, s->buf + start, s->len - start, &rc);
			s->base += cut;
			start += cut;
			if (rc)
				break;
		}
		cut = find_cut(s, s->buf + start, s->len - start, &s->cut, final);
		if (!cut)
			break;
		rc = process_segment(s, s->buf + start, cut, s->len - start - cut);
		if (rc == SEG_WAIT) {
			rc = UNSPOOF_OK;
			break;
		}
		s->base += cut;
		start += cut;
		memset(&s->cut, 0, sizeof s->cut);
		if (rc)
			break;
	}
	if (!rc && final && s->len > start) {
		rc = process_segment(s, s->buf + start, s->len - start, 0);
		s->base += s->len - start;
		start = s->len;
		memset(&s->cut, 0, sizeof s->cut);
	}
	if (start) {
		memmove(s->buf, s->buf + start, s->len - start);
		s->len -= start;
	}
	return rc;
}

static atomic_size_t test_seg_soft, test_seg_hard;

void us_scan_segment_sizes(size_t soft, size_t hard)
{
	if (!soft || hard < soft + 64) {
		soft = 0;
		hard = 0;
	}
	atomic_store_explicit(&test_seg_soft, soft, memory_order_relaxed);
	atomic_store_explicit(&test_seg_hard, hard, memory_order_relaxed);
}

static int bad_options(const unspoof_options *o)
{
	return o && ((o->undo & ~0x7Fu) || o->target_script < -1 ||
	             o->target_script >= US_SCRIPT_COUNT ||
	             (o->invalid != UNSPOOF_INVALID_KEEP && o->invalid != UNSPOOF_INVALID_REPLACE));
}

int unspoof_stream_new(const unspoof_options *opts, const unspoof_callbacks *cb,
                       unspoof_stream **out)
{
	unspoof_stream *s;
	if (!out)
		return UNSPOOF_E_NULL;
	*out = NULL;
	if (bad_options(opts))
		return UNSPOOF_E_INVALID_ARG;
	s = calloc(1, sizeof *s);
	if (!s)
		return UNSPOOF_E_NOMEM;
	*out = s;
	return us_stream_reset(s, opts, cb);
}

int unspoof_stream_reset(unspoof_stream *s, const unspoof_options *opts)
{
	unspoof_options o;
	unspoof_callbacks cb;
	if (!s)
		return UNSPOOF_E_NULL;
	if (bad_options(opts))
		return UNSPOOF_E_INVALID_ARG;
	o = opts ? *opts : s->o;
	cb = s->cb;
	return us_stream_reset(s, &o, &cb);
}

/* s as unspoof_stream_new(opts, cb) makes it (nothing fed, no counts), but
 * with the buffers it has and its n-gram score cache (not part of any
 * result, see cached_score()): for the one-shot calls (oneshot.c), which
 * reuse streams. */
int us_stream_reset(unspoof_stream *s, const unspoof_options *opts, const unspoof_callbacks *cb)
{
	unsigned char *buf = s->buf;
	struct unit *u = s->u;
	struct word *w = s->w;
	struct score_cache *scache = s->scache;
	size_t cap = s->cap, ucap = s->ucap, wcap = s->wcap;
	uint32_t nscored = s->nscored;
	unspoof_stream *st = s->st;
	struct unit *u2 = s->u2;
	struct word *w2 = s->w2;
	size_t u2cap = s->u2cap, w2cap = s->w2cap, obufcap = s->obufcap;
	uint32_t *omap = s->omap;
	unsigned char *obuf = s->obuf;
	unsigned k;
	if (bad_options(opts))
		return UNSPOOF_E_INVALID_ARG;
	free(s->rhist);
	/* The arrays at the end of the struct, by their lists and flags (a
	 * one-shot call on a line costs a few hundred instructions less than
	 * clearing 5 KB), then all the rest. */
	for (k = 0; k < s->nseg_seen; k++) {
		s->seg_letters[s->seg_seen[k]] = 0;
		s->seg_anchor[s->seg_seen[k]] = 0;
	}
	for (k = 0; k < s->ncarry; k++) {
		s->carry_anchor[s->carry_seen[k]] = 0;
		s->in_carry[s->carry_seen[k]] = 0;
	}
	if (s->subst_any)
		memset(s->subst, 0, sizeof s->subst);
	if (s->prev_subst_any)
		memset(s->prev_subst, 0, sizeof s->prev_subst);
	if (s->alpha_made) {
		memset(s->alpha, 0, sizeof s->alpha);
		memset(s->alpha_of, 0, sizeof s->alpha_of);
	}
	if (s->prev_seen_any) {
		memset(s->prev_seen, 0, sizeof s->prev_seen);
		memset(s->lex, 0, sizeof s->lex);
	}
	memset(s, 0, offsetof(unspoof_stream, carry_anchor));
	s->buf = buf;
	s->u = u;
	s->w = w;
	s->scache = scache;
	s->nscored = nscored;
	s->cap = cap;
	s->ucap = ucap;
	s->wcap = wcap;
	s->st = st;
	s->u2 = u2;
	s->u2cap = u2cap;
	s->w2 = w2;
	s->w2cap = w2cap;
	s->omap = omap;
	s->obuf = obuf;
	s->obufcap = obufcap;
	s->shadow_same = 1;
	s->shadow_ix = ST_SHADOW_A;
	if (opts)
		s->o = *opts;
	else
		unspoof_options_init(&s->o);
	if (cb)
		s->cb = *cb;
	s->line = 1;
	s->seg_soft = atomic_load_explicit(&test_seg_soft, memory_order_relaxed);
	s->seg_hard = atomic_load_explicit(&test_seg_hard, memory_order_relaxed);
	if (!s->seg_soft) {
		s->seg_soft = SEG_SOFT;
		s->seg_hard = SEG_HARD;
	}
	if (s->cap != s->seg_hard + AHEAD_BYTES + 8) { /* the sizes changed (tests): a new buffer */
		free(s->buf);
		s->buf = NULL;
		s->cap = 0;
	}
	return UNSPOOF_OK;
}

static int ensure_buf(unspoof_stream *s)
{
	if (s->cap < s->seg_hard + AHEAD_BYTES + 8) {
		unsigned char *b = realloc(s->buf, s->seg_hard + AHEAD_BYTES + 8);
		if (!b)
			return -1;
		s->buf = b;
		s->cap = s->seg_hard + AHEAD_BYTES + 8;
	}
	return 0;
}

/* Segments that lie wholly inside the caller's data are processed where they
 * are; only a segment split across feeds is copied into the buffer. */
int unspoof_stream_feed(unspoof_stream *s, const char *data, size_t len)
{
	const unsigned char *d = (const unsigned char *)data;
	int rc;
	if (!s || (!data && len))
		return UNSPOOF_E_NULL;
	if (s->finished)
		return UNSPOOF_E_STATE;
	if (s->aborted)
		return UNSPOOF_E_ABORTED;
	if (ensure_buf(s))
		return UNSPOOF_E_NOMEM;
	s->sum.bytes += len;
	while (len) {
		size_t cut, old = s->len, take;
		if (!old) {
			struct cut_state st;
			memset(&st, 0, sizeof st);
			for (;;) {
				cut = plain_paragraphs(s, d, len, &rc);
				s->base += cut;
				d += cut;
				len -= cut;
				if (rc)
					return rc;
				cut = find_cut(s, d, len, &st, 0);
				if (!cut)
					break;
				rc = process_segment(s, d, cut, len - cut);
				if (rc == SEG_WAIT) {
					/* (st is as before find_cut(): it found the
					 * cut without keeping its progress.) */
					memset(&st, 0, sizeof st);
					break;
				}
				s->base += cut;
				d += cut;
				len -= cut;
				memset(&st, 0, sizeof st);
				if (rc)
					return rc;
			}
			/* The rest is shorter than a segment can be (or is a segment
			 * and fewer than AHEAD_BYTES after it: SEG_WAIT). */
			memcpy(s->buf, d, len);
			s->len = len;
			s->cut = st;
			return UNSPOOF_OK;
		}
		take = s->cap - old < len ? s->cap - old : len;
		/* Copy in growing pieces, not all the room: the segment usually
		 * ends in the first few KB, and the rest of the new data is then
		 * read in place. */
		if (take > (old > 4096 ? old : 4096))
			take = old > 4096 ? old : 4096;
		memcpy(s->buf + old, d, take);
		s->len += take;
		cut = find_cut(s, s->buf, s->len, &s->cut, 0);
		if (!cut) {
			d += take;
			len -= take;
			continue;
		}
		rc = process_segment(s, s->buf, cut, s->len - cut);
		if (rc == SEG_WAIT) {
			/* More bytes after the segment first (the buffer
			 * holds a segment and AHEAD_BYTES after it). */
			d += take;
			len -= take;
			continue;
		}
		s->base += cut;
		memset(&s->cut, 0, sizeof s->cut);
		if (cut >= old) {
			/* The segment ended inside the new data: go on from there. */
			d += cut - old;
			len -= cut - old;
			s->len = 0;
		} else {
			memmove(s->buf, s->buf + cut, s->len - cut);
			s->len -= cut;
			d += take;
			len -= take;
		}
		if (rc)
			return rc;
	}
	return run(s, 0);
}

/* unspoof_stream_feed(s, text, len), then unspoof_stream_finish(s, sum),
 * for the one-shot calls (oneshot.c) on a new stream: where the text is
 * one segment (shorter than U_SOFT units, so find_cut() does not count,
 * and without a blank line, which needs two line feeds), feeding would
 * find no cut and copy it into the buffer, and finishing would judge it
 * whole with the end of the input after it. Here it is judged in place,
 * without the search and the copy (about 400 instructions of a call on a
 * line), and without making what it would carry (last_segment). */
int us_stream_oneshot(unspoof_stream *s, const char *text, size_t len, unspoof_summary *sum)
{
	const char *nl;
	int rc;
	if (!s || !text || !len || len >= s->seg_soft / 32 || s->sum.bytes || s->len ||
	    s->finished ||
	    ((nl = memchr(text, '\n', len)) != NULL &&
	     memchr(nl + 1, '\n', len - (size_t)(nl + 1 - text)) != NULL)) {
		rc = unspoof_stream_feed(s, text, len);
		return rc ? rc : unspoof_stream_finish(s, sum);
	}
	s->sum.bytes += len;
	s->finishing = 1;
	s->last_segment = 1;
	rc = process_segment(s, (const unsigned char *)text, len, 0);
	if (rc)
		return rc; /* (as unspoof_stream_feed() would) */
	s->base += len;
	return unspoof_stream_finish(s, sum);
}

int unspoof_stream_finish(unspoof_stream *s, unspoof_summary *summary)
{
	int rc;
	if (!s)
		return UNSPOOF_E_NULL;
	if (s->finished)
		return UNSPOOF_E_STATE;
	s->finishing = 1;
	rc = run(s, 1);
	s->finished = 1;
	{
		unspoof_summary *m = &s->sum;
		uint64_t words = m->words ? m->words : 1;
		m->score = s->conf_sum / (s->conf_sum + 4.0);
		/* Obfuscated: strong findings in one word in twenty or more, or
		 * three strong findings of kinds real text almost never has (fancy
		 * letters, invisible characters inside words, stacked marks, bidi
		 * controls). A few stray lookalikes in a long text (typos in real
		 * documents leave Latin letters in Cyrillic words) make it
		 * suspicious. */
		if ((s->strong >= 1 && s->strong * 20 >= words) || s->strong_other >= 3)
			m->verdict = UNSPOOF_VERDICT_OBFUSCATED;
		else if (s->conf_sum > 0 || m->counts[UNSPOOF_KIND_INVALID_UTF8])
			m->verdict = UNSPOOF_VERDICT_SUSPICIOUS;
		else
			m->verdict = UNSPOOF_VERDICT_CLEAN;
	}
	if (summary)
		*summary = s->sum;
	return rc;
}

void unspoof_stream_free(unspoof_stream *s)
{
	if (!s)
		return;
	free(s->buf);
	free(s->u);
	free(s->w);
	free(s->scache);
	free(s->rhist);
	free(s->st);
	free(s->u2);
	free(s->w2);
	free(s->omap);
	free(s->obuf);
	free(s);
}
static const char *const kind_names[UNSPOOF_KIND_COUNT] = {
	"lookalike", "fancy", "invisible", "bidi", "marks", "invalid-utf8", "leet",
};

const char *unspoof_kind_name(int kind)
{
	return kind >= 0 && kind < UNSPOOF_KIND_COUNT ? kind_names[kind] : NULL;
}

const char *unspoof_verdict_name(int verdict)
{
	static const char *const v[] = {"clean", "suspicious", "obfuscated"};
	return verdict >= 0 && verdict <= 2 ? v[verdict] : NULL;
}

void unspoof_options_init(unspoof_options *o)
{
	if (!o)
		return;
	memset(o, 0, sizeof *o);
	o->undo = UNSPOOF_UNDO_DEFAULT;
	o->target_script = -1;
	o->invalid = UNSPOOF_INVALID_KEEP;
}

void us_stream_merge_output(unspoof_stream *s)
{
	s->merge_output = 1;
}

uint64_t us_scan_digest(const unspoof_stream *s)
{
	return s->digest;
}

int us_stream_pristine(const unspoof_stream *s)
{
	unsigned char any = 0;
	size_t k;
	for (k = 0; k < US_SCRIPT_COUNT; k++)
		any |= (unsigned char)(s->carry_anchor[k] != 0) | s->in_carry[k] |
		       (unsigned char)(s->seg_anchor[k] != 0) | (unsigned char)(s->seg_letters[k] != 0);
	for (k = 0; k < SUBST_END / 8; k++)
		any |= s->subst[k] | s->prev_subst[k] | s->alpha[k] | s->alpha_of[k];
	for (k = 0; k < sizeof s->prev_seen; k++)
		any |= s->prev_seen[k];
	for (k = 0; k < LEX_SIZE; k++)
		any |= (unsigned char)(s->lex[k] != 0);
	return !any;
}

uint64_t us_scan_fast_bytes(const unspoof_stream *s)
{
	return s->fast_bytes;
}

int us_scan_anchor_script(uint32_t cp)
{
	struct unit u;
	u.cp = cp;
	classify(0, &u);
	if (u.cls != C_LETTER)
		return -1;
	if (u.flags & UF_ANCHOR_READ)
		return u.script;
	return (u.pre & PRE_ANCHOR_FOR) ? u.anchor_sc : -1;
}

/* Does decide_invisible() keep a U+200C ZERO WIDTH NON-JOINER written
 * between letter a (of script sc) and letter b of one word? Its second
 * test (the letters of a joining script on both sides); the fast path
 * takes the others to the full pass. */
int us_scan_zwnj_kept(unsigned sc, uint32_t a, uint32_t b)
{
	return !plain_alphabet(sc) && us_props(a)->jt != US_JT_U && us_props(b)->jt != US_JT_U;
}

/* Facts about one code point for the fast path, from the classification
 * the full pass uses, so the two cannot disagree. */
uint16_t us_scan_info(uint32_t cp)
{
	struct unit u;
	uint32_t c[4];
	uint16_t i;
	int o;
	u.cp = cp;
	classify(0, &u);
	o = u.cls == C_LETTER ? orthography(cp) : 0;
	i = (uint16_t)(u.cls | (u.script << 8));
	if (u.flags & UF_ANCHOR)
		i |= US_FI_ANCHOR;
	if (u.cls == C_LETTER && (u.script == US_SC_Zyyy || u.script == US_SC_Zinh))
		i |= US_FI_NOSCRIPT;
	if (u.cls == C_BIDI || u.cls == C_INVALID || (u.flags & UF_FANCY) ||
	    (u.pre & PRE_ANCHOR_FOR) ||
	    (u.cls == C_LETTER && !(u.flags & UF_RECOMMENDED) && lk_cands(&u, u.script, 0, c)) ||
	    o == 2 || o == -2)
		i |= US_FI_SPECIAL;
	/* Turkic letters: counted (fast_segment() decides). */
	if (o == 1)
		i |= US_FI_DOTLESS;
	else if (o == -1)
		i |= US_FI_TURKIC;
	return i;
}
