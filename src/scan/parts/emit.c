/* Pass 3: findings, edits and output in input order, with lines and
 * columns.
 * (A part of src/scan/scan.c, which includes the parts in order.) */

/* ------------------------------------------------------------- emitting */

static int emit(unspoof_stream *s, const void *p, size_t n)
{
	if (!n || s->silent)
		return 0;
	s->out_off += n;
	if (s->cb.output && !s->aborted && s->cb.output(s->cb.ctx, (const char *)p, n))
		s->aborted = 1;
	return s->aborted;
}

static int undone(const unspoof_stream *s, const struct unit *u)
{
	if (u->kind == NO_KIND)
		return 0;
	if (!(s->o.undo & UNSPOOF_KIND_BIT(u->kind)))
		return 0;
	if (u->kind == UNSPOOF_KIND_INVALID_UTF8)
		return (s->o.invalid & UNSPOOF_INVALID_REPLACE) != 0;
	/* A fancy letter restored as its letter's twin in the word's script
	 * (bold 𝐞 in a Cyrillic word: е) changes script too: only with the
	 * lookalikes. Else the word's other foreign letters stay, and the
	 * twin would move the edge of their run for the next clean ("ч𝐞TTT"
	 * as "чеTTT" is Cyrillic "че" glued to Latin "TTT"). */
	if (u->kind == UNSPOOF_KIND_FANCY && !(s->o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE)) &&
	    u->imit_script != US_LK_SCRIPT(lk_fancy(u)))
		return 0;
	return u->repl != REPL_KEEP || u->kind == UNSPOOF_KIND_MARKS;
}

/* Does clean() write something else for unit u than its bytes? */
static int unit_change(const unspoof_stream *s, const struct unit *u)
{
	if (u->kind != NO_KIND)
		return u->cls == C_INVALID || u->repl != REPL_KEEP ? undone(s, u) : 0;
	if (u->repl == REPL_KEEP)
		return 0; /* (an ill-formed subpart always has its finding) */
	/* a mark removed as part of a MARKS finding */
	return (s->o.undo & UNSPOOF_KIND_BIT(UNSPOOF_KIND_MARKS)) != 0;
}

/* Reports the finding of unit u (index idx); und: undone(s, u). */
static void report(unspoof_stream *s, const struct unit *u, size_t idx, size_t nunits,
                   const unsigned char *seg, int und)
{
	unspoof_finding f;
	size_t k;
	float conf = (float)u->conf / 100.0f;
	s->sum.counts[u->kind]++;
	if (u->kind != UNSPOOF_KIND_INVALID_UTF8) {
		s->conf_sum += conf;
		if (u->conf >= 70 && u->kind != UNSPOOF_KIND_LOOKALIKE)
			s->strong_other++;
		if (u->conf >= 70 && !((u->flags & UF_WORD) && s->word_counted)) {
			s->strong++;
			s->word_counted = (u->flags & UF_WORD) != 0;
		}
	}
	/* The finding itself only for a caller that takes it (clean() does
	 * not). */
	if (!s->cb.finding || s->aborted)
		return;
	memset(&f, 0, sizeof f);
	f.offset = s->base + u->off;
	f.line = s->line;
	f.column = s->col + 1;
	f.kind = u->kind;
	f.confidence = conf;
	f.undone = und;
	f.imitates_script = -1;
	if (u->cls == C_INVALID) {
		f.cp = seg[u->off];
		f.length = u->len;
		f.script = -1;
	} else {
		f.cp = u->cp;
		f.script = u->cls == C_LETTER && ((u->flags & UF_FANCY) || (u->pre & PRE_LEET))
		                   ? us_props(u->cp)->sc
		                   : u->script;
		f.length = u->len;
		if (u->kind == UNSPOOF_KIND_MARKS) {
			for (k = 1; k < u->span && idx + k < nunits; k++)
				f.length += u[k].len;
			if (u->cls != C_MARK) {
				f.imitates[0] = u->cp;
				f.imitates_len = 1;
				f.imitates_script = u->script;
			}
		} else if (u->repl != REPL_KEEP && u->repl != REPL_DELETE) {
			f.imitates[0] = u->repl;
			f.imitates_len = 1;
			f.imitates_script = u->imit_script;
		} else if (u->kind == UNSPOOF_KIND_INVALID_UTF8) {
			f.imitates[0] = 0xFFFD;
			f.imitates_len = 1;
		}
	}
	if (s->cb.finding(s->cb.ctx, &f))
		s->aborted = 1;
}

static void edit(unspoof_stream *s, uint64_t in_off, uint64_t in_len, uint64_t out_len, int kind)
{
	unspoof_edit e;
	s->sum.edits++;
	if (!s->cb.edit || s->aborted)
		return;
	e.in_offset = in_off;
	e.in_length = in_len;
	e.out_offset = s->out_off;
	e.out_length = out_len;
	e.kind = kind;
	if (s->cb.edit(s->cb.ctx, &e))
		s->aborted = 1;
}

/* Pass 3. */
/* The offset of the first line feed in seg[from..len), SIZE_MAX if none. */
static size_t next_lf(const unsigned char *seg, size_t from, size_t len)
{
	const unsigned char *p = from < len ? memchr(seg + from, '\n', len - from) : NULL;
	return p ? (size_t)(p - seg) : SIZE_MAX;
}

static void emit_segment(unspoof_stream *s, const unsigned char *seg, size_t nunits)
{
	size_t i, copy_from = 0; /* byte offset in seg of the pending unchanged run */
	/* The segment's bytes, and the next line feed in them (a line feed is
	 * always a unit of its own): runs of unchanged units move the line
	 * only when they reach it. */
	size_t len = nunits ? s->u[nunits - 1].off + s->u[nunits - 1].len : 0;
	size_t lf = next_lf(seg, 0, len);
	s->word_counted = 0;
	/* A sentinel after the last unit ends the runs below (process_segment()
	 * made room for len + 1 units, more than it used). */
	s->u[nunits].kind = UNSPOOF_KIND_LOOKALIKE;
	for (i = 0; i < nunits && !s->aborted; i++) {
		struct unit *u = &s->u[i];
		int change;
		/* Most units have no finding and no change: only the position
		 * moves on, until the next unit that needs more. (An ill-formed
		 * subpart always has its finding, from pass 1 on.) */
		if (plain_unit(u) && u->cls != C_INVALID) {
			unsigned word = UF_WORD;
			size_t j, end;
			do {
				word &= u->flags;
				u++;
			} while (plain_unit(u));
			j = (size_t)(u - s->u);
			end = j < nunits ? u->off : len; /* the run's bytes end */
			if (lf < end) {
				/* Line feeds in the run: the column counts the
				 * units after the last one (found by its offset). */
				size_t last, lo = i, hi = j - 1;
				do {
					s->line++;
					last = lf;
					lf = next_lf(seg, lf + 1, len);
				} while (lf < end);
				while (lo < hi) {
					size_t mid = lo + (hi - lo) / 2;
					if (s->u[mid].off < last)
						lo = mid + 1;
					else
						hi = mid;
				}
				s->col = j - lo - 1;
			} else {
				s->col += j - i;
			}
			i = j;
			if (!word)
				s->word_counted = 0;
			if (i == nunits)
				break;
		}
		if (!(u->flags & UF_WORD))
			s->word_counted = 0;
		if (u->kind != NO_KIND)
			report(s, u, i, nunits, seg, undone(s, u));
		change = unit_change(s, u);
		if (change) {
			unsigned char enc[4];
			size_t n = 0;
			int kind = u->kind;
			emit(s, seg + copy_from, u->off - copy_from);
			if (u->cls == C_INVALID) {
				n = us_utf8_encode(0xFFFD, enc);
			} else if (u->repl != REPL_DELETE) {
				n = us_utf8_encode(u->repl, enc);
			}
			if (kind == NO_KIND)
				kind = UNSPOOF_KIND_MARKS;
			edit(s, s->base + u->off, u->len, n, kind);
			emit(s, enc, n);
			copy_from = u->off + u->len;
		}
		if (u->cp == '\n') {
			s->line++;
			s->col = 0;
			lf = next_lf(seg, u->off + 1, len);
		} else {
			s->col++;
		}
	}
	if (nunits) {
		const struct unit *last = &s->u[nunits - 1];
		emit(s, seg + copy_from, last->off + last->len - copy_from);
	}
}
