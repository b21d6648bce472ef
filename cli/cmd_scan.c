/* unspoof scan: report lookalike-character obfuscation in files, directories
 * (-r) or standard input, for people (grouped findings, highlighted lines on
 * a terminal) and for programs (--json: JSON Lines). See usage() and
 * man/unspoof.1 for the output formats. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unspoof.h"
#include "cli.h"
#include "input.h"
#include "json.h"
#include "opt.h"
#include "pool.h"
#include "term.h"

/* Findings are printed grouped by kind within a block: the findings of the
 * whole input when it has fewer than BLOCK_FINDINGS of them and is a regular
 * file under BLOCK_BYTES; otherwise of each BLOCK_BYTES of a file, each read
 * of a pipe or terminal (so output follows the input), or each
 * BLOCK_FINDINGS findings. */
#define BLOCK_FINDINGS 10000
#define BLOCK_BYTES (1u << 20)
#define SNIP_BACK 160   /* bytes shown before a finding on a long line */
#define SNIP_MAX 1024   /* bytes of a line shown at most */
#define SNIP_ARENA (1u << 20)

enum { R_ERROR = -1, R_SKIPPED = -2 }; /* else the verdict */

struct scan_cfg {
	unspoof_options opts;
	int json, quiet, count, list, color, text, fail_on, recursive;
	int snips;   /* show the lines of findings (colour) */
	int lines;   /* --lines: each line a document */
	unsigned long long max_findings;
	struct input_list in;
	struct job *jobs;
	size_t njobs;
	int *result; /* per job */
	struct part *parts; /* --lines: per job, what its block of lines gave */
};

/* --lines with the file's verdict only (-c, -l): a block's lines by verdict
 * and their summary, which the file's last block adds up. */
struct part {
	unspoof_summary total;
	uint64_t nlines[3];
	int ok; /* the block was read to its end without an error */
};

struct rec {
	unspoof_finding f;
	int snip;          /* index into snips, -1 if none */
	unsigned nmarks;   /* MARKS: number of combining marks */
	int marks_first;   /* MARKS: the finding starts at a mark, not at its base */
	unsigned char raw[4]; /* INVALID_UTF8: the bytes */
};

struct snip {
	uint64_t start;    /* input offset of its first byte */
	uint64_t line;
	size_t at, len;    /* in the arena */
	int lead, trail;   /* text was cut before / after */
};

struct scan_job {
	const struct scan_cfg *cfg;
	const struct input *in;
	struct jout *jo;
	FILE *out;
	struct reader rd;
	unsigned long long seen;
	int truncated;
	/* human output: the current block */
	struct rec *recs;
	size_t nrecs;
	struct snip *snips;
	size_t nsnips, snipcap;
	char *arena;
	size_t arena_len;
	uint64_t block_from;
	/* --lines: the current line (document) and the file's totals */
	struct lines lf;
	unspoof_summary total;
	uint64_t nlines[3]; /* lines by verdict */
	int head;           /* JSON: the line's object is open */
};

/* ------------------------------------------------------------ snippets */

static int is_cont(int b)
{
	return b >= 0x80 && b < 0xC0;
}

/* Captures the text of the line around finding f into the arena. */
static int capture_snip(struct scan_job *j, const unspoof_finding *f)
{
	const struct reader *r = &j->rd;
	uint64_t oldest = reader_oldest(r), start = f->offset, lim;
	struct snip *s;
	size_t n, k;
	int lead = 0, trail = 0;
	lim = f->offset > SNIP_BACK ? f->offset - SNIP_BACK : 0;
	if (lim < oldest)
		lim = oldest;
	while (start > lim && reader_byte(r, start - 1) != '\n')
		start--;
	if (start > 0 && reader_byte(r, start - 1) != '\n') {
		lead = 1;
		for (k = 0; k < 3 && is_cont(reader_byte(r, start)); k++)
			start++;
	}
	if (j->nsnips == j->snipcap) {
		size_t cap = j->snipcap ? j->snipcap * 2 : 64;
		struct snip *v = realloc(j->snips, cap * sizeof *v);
		if (!v)
			return -1;
		j->snips = v;
		j->snipcap = cap;
	}
	if (!j->arena && !(j->arena = malloc(SNIP_ARENA + SNIP_MAX)))
		return -1;
	n = reader_copy(r, start, SNIP_MAX, j->arena + j->arena_len);
	for (k = 0; k < n && j->arena[j->arena_len + k] != '\n'; k++)
		;
	if (k == SNIP_MAX && start + k < r->pos) {
		trail = 1;
		while (k > 0 && is_cont((unsigned char)j->arena[j->arena_len + k]))
			k--;
	}
	if (k && !trail && j->arena[j->arena_len + k - 1] == '\r')
		k--;
	s = &j->snips[j->nsnips];
	s->start = start;
	s->line = f->line;
	s->at = j->arena_len;
	s->len = k;
	s->lead = lead;
	s->trail = trail;
	j->arena_len += k;
	return (int)j->nsnips++;
}

/* Writes a snippet with the byte ranges of recs[0..n) highlighted. */
static void print_snip(struct scan_job *j, const struct snip *s, const struct rec *recs, size_t n)
{
	FILE *o = j->out;
	const char *t = j->arena + s->at;
	size_t i = 0, run = 0, ri = 0;
	int on = 0;
	fprintf(o, "%s%6llu |%s ", j->cfg->color ? SGR_LINENO : "", (unsigned long long)s->line,
	        j->cfg->color ? SGR_RESET : "");
	if (s->lead)
		fputs("\xE2\x80\xA6", o);
	while (i <= s->len) {
		uint64_t at = s->start + i;
		int hit;
		size_t cn = 1;
		while (ri < n && recs[ri].f.offset + recs[ri].f.length <= at)
			ri++;
		hit = ri < n && recs[ri].f.offset <= at && i < s->len;
		if (i == s->len) {
			term_safe_text(o, t + run, i - run);
			break;
		}
		if (hit != on) {
			term_safe_text(o, t + run, i - run);
			run = i;
			if (j->cfg->color)
				fputs(hit ? SGR_MATCH : SGR_RESET, o);
			on = hit;
		}
		(void)term_needs_escape(t + i, s->len - i, &cn);
		i += cn ? cn : 1;
	}
	if (on && j->cfg->color)
		fputs(SGR_RESET, o);
	if (s->trail)
		fputs("\xE2\x80\xA6", o);
	fputc('\n', o);
}

/* ------------------------------------------------------------ findings */

static const char *script_name(int sc)
{
	const char *n = sc >= 0 ? unspoof_script_name(sc) : NULL;
	return n ? n : "?";
}

static void put_cps(FILE *o, const uint32_t *cps, unsigned n)
{
	unsigned i;
	for (i = 0; i < n; i++) {
		char b[4];
		size_t k = unspoof_utf8_encode(cps[i], b);
		term_safe_text(o, b, k);
	}
}

static void print_finding(struct scan_job *j, const struct rec *r)
{
	const unspoof_finding *f = &r->f;
	FILE *o = j->out;
	int c = j->cfg->color;
	char name[UNSPOOF_NAME_MAX + 1];
	size_t nl = 0;
	unsigned k;
	if (c)
		fprintf(o, SGR_PATH "%s" SGR_RESET ":" SGR_LINENO "%llu" SGR_RESET ":" SGR_LINENO
		           "%llu" SGR_RESET ": ",
		        j->in->name, (unsigned long long)f->line, (unsigned long long)f->column);
	else
		fprintf(o, "%s:%llu:%llu: ", j->in->name, (unsigned long long)f->line,
		        (unsigned long long)f->column);
	if (f->kind == UNSPOOF_KIND_INVALID_UTF8) {
		fprintf(o, "invalid UTF-8 (%u byte%s:", f->length, f->length == 1 ? "" : "s");
		for (k = 0; k < f->length && k < 4; k++)
			fprintf(o, " %02X", r->raw[k]);
		fprintf(o, ") [%s, %.2f]\n", unspoof_kind_name(f->kind), (double)f->confidence);
		return;
	}
	unspoof_char_name(f->cp, UNSPOOF_NAME_LABEL, name, sizeof name - 1, &nl);
	name[nl] = '\0';
	fprintf(o, "U+%04X %s (%s) ", (unsigned)f->cp, name, script_name(f->script));
	switch (f->kind) {
	case UNSPOOF_KIND_INVISIBLE:
		fputs("invisible inside a word", o);
		break;
	case UNSPOOF_KIND_BIDI:
		fputs("bidi control", o);
		break;
	case UNSPOOF_KIND_MARKS:
		if (r->marks_first)
			fprintf(o, "starts a stack of %u combining mark%s", r->nmarks,
			        r->nmarks == 1 ? "" : "s");
		else
			fprintf(o, "carries %u combining mark%s", r->nmarks, r->nmarks == 1 ? "" : "s");
		break;
	default:
		if (f->imitates_len) {
			fputs("imitates '", o);
			put_cps(o, f->imitates, f->imitates_len);
			fprintf(o, "' (%s)", script_name(f->imitates_script));
		} else {
			fputs("stands for nothing", o);
		}
	}
	fprintf(o, " [%s, %.2f]\n", unspoof_kind_name(f->kind), (double)f->confidence);
}

/* Prints the block's findings grouped by kind and empties the block. */
static void flush_block(struct scan_job *j)
{
	int kind;
	size_t i;
	for (kind = 0; kind < UNSPOOF_KIND_COUNT && j->nrecs; kind++) {
		int last = -1;
		for (i = 0; i < j->nrecs; i++) {
			const struct rec *r = &j->recs[i];
			if (r->f.kind != kind)
				continue;
			if (j->cfg->snips && r->snip >= 0 && r->snip != last) {
				/* The findings of this kind on this snippet are next to
				 * each other in recs (input order), perhaps with other
				 * kinds between: gather them. */
				struct rec run[64];
				size_t n = 0, m;
				for (m = i; m < j->nrecs && n < 64; m++)
					if (j->recs[m].f.kind == kind) {
						if (j->recs[m].snip != r->snip)
							break;
						run[n++] = j->recs[m];
					}
				print_snip(j, &j->snips[r->snip], run, n);
				last = r->snip;
			}
			print_finding(j, r);
		}
	}
	j->nrecs = 0;
	j->nsnips = 0;
	j->arena_len = 0;
	j->block_from = j->rd.pos;
}

static void json_finding(struct scan_job *j, const unspoof_finding *f)
{
	FILE *o = j->out;
	char text[64];
	size_t tl = reader_copy(&j->rd, f->offset, f->length < sizeof text ? f->length : sizeof text,
	                        text);
	char name[UNSPOOF_NAME_MAX + 1];
	size_t nl = 0;
	unsigned k;
	int inv = f->kind == UNSPOOF_KIND_INVALID_UTF8;
	if (!tl && !inv)
		tl = unspoof_utf8_encode(f->cp, text);
	fprintf(o, "%s{\"offset\":%llu,\"length\":%u,\"line\":%llu,\"column\":%llu,\"kind\":\"%s\",",
	        j->seen > 1 ? "," : "", (unsigned long long)f->offset, f->length,
	        (unsigned long long)f->line, (unsigned long long)f->column, unspoof_kind_name(f->kind));
	if (inv) {
		fputs("\"cp\":null,", o);
	} else {
		fputs("\"cp\":", o);
		json_cp(o, f->cp);
		fputc(',', o);
	}
	json_text_field(o, "text", text, tl);
	if (inv) {
		fputs(",\"name\":null,\"script\":null", o);
	} else {
		unspoof_char_name(f->cp, UNSPOOF_NAME_LABEL, name, sizeof name - 1, &nl);
		fputs(",\"name\":", o);
		json_string(o, name, nl);
		fprintf(o, ",\"script\":\"%s\"", script_name(f->script));
	}
	{
		char im[16];
		size_t il = 0;
		for (k = 0; k < f->imitates_len && k < 4; k++)
			il += unspoof_utf8_encode(f->imitates[k], im + il);
		fputs(",\"imitates\":", o);
		json_string(o, im, il);
	}
	fputs(",\"imitates_cp\":[", o);
	for (k = 0; k < f->imitates_len && k < 4; k++) {
		if (k)
			fputc(',', o);
		json_cp(o, f->imitates[k]);
	}
	fputs("],\"imitates_script\":", o);
	if (f->imitates_len && f->imitates_script >= 0)
		fprintf(o, "\"%s\"", script_name(f->imitates_script));
	else
		fputs("null", o);
	fprintf(o, ",\"confidence\":%.2f,\"undone\":%s}", (double)f->confidence,
	        f->undone ? "true" : "false");
}

static void json_head(struct scan_job *j)
{
	j->head = 1;
	fputc('{', j->out);
	json_text_field(j->out, "path", j->in->name, strlen(j->in->name));
	if (j->cfg->lines)
		fprintf(j->out, ",\"line\":%llu", (unsigned long long)j->lf.line);
	fputs(",\"findings\":[", j->out);
}

static int on_finding(void *ctx, const unspoof_finding *lf)
{
	struct scan_job *j = ctx;
	const struct scan_cfg *c = j->cfg;
	unspoof_finding fl;
	const unspoof_finding *f = lf;
	struct rec *r;
	if (c->quiet || c->count || c->list)
		return 0;
	if (c->lines) { /* the library's offsets and lines are those inside the line */
		fl = *lf;
		fl.offset += j->lf.doc;
		fl.line += j->lf.line - 1;
		f = &fl;
	}
	if (c->max_findings && j->seen >= c->max_findings) {
		j->truncated = 1;
		return 0;
	}
	j->seen++;
	if (c->json) {
		if (c->lines && !j->head)
			json_head(j);
		json_finding(j, f);
		return 0;
	}
	if (!j->recs && !(j->recs = malloc(BLOCK_FINDINGS * sizeof *j->recs)))
		return 1;
	r = &j->recs[j->nrecs++];
	r->f = *f;
	r->snip = -1;
	r->nmarks = 0;
	r->marks_first = 0;
	if (f->kind == UNSPOOF_KIND_INVALID_UTF8) {
		memset(r->raw, 0, sizeof r->raw);
		if (!reader_copy(&j->rd, f->offset, f->length < 4 ? f->length : 4, (char *)r->raw))
			r->raw[0] = (unsigned char)f->cp;
	} else if (f->kind == UNSPOOF_KIND_MARKS) {
		char buf[4096];
		size_t n = reader_copy(&j->rd, f->offset, f->length < sizeof buf ? f->length : sizeof buf,
		                       buf);
		size_t cps = unspoof_utf8_count(buf, n);
		unspoof_char_info ci;
		/* The finding starts at the base, or at the first mark when the
		 * base has a finding of its own (unspoof.h). */
		r->marks_first = unspoof_char_info_get(f->cp, &ci) == UNSPOOF_OK &&
		                 (ci.general_category == UNSPOOF_GC_Mn ||
		                  ci.general_category == UNSPOOF_GC_Mc ||
		                  ci.general_category == UNSPOOF_GC_Me);
		r->nmarks = r->marks_first ? (unsigned)cps : cps ? (unsigned)cps - 1 : 0;
	}
	if (c->snips) {
		const struct snip *s = j->nsnips ? &j->snips[j->nsnips - 1] : NULL;
		if (s && s->line == f->line && f->offset >= s->start &&
		    f->offset + f->length <= s->start + s->len)
			r->snip = (int)j->nsnips - 1;
		else
			r->snip = capture_snip(j, f);
	}
	if (j->nrecs == BLOCK_FINDINGS || j->arena_len >= SNIP_ARENA)
		flush_block(j);
	return 0;
}

/* ------------------------------------------------------------- a file */

/* Writes a verdict line: the file's (with --lines, followed by its lines
 * by verdict), or with line set the current line's (PATH:LINE). */
static void print_verdict(struct scan_job *j, const unspoof_summary *sum, int line)
{
	FILE *o = j->out;
	int c = j->cfg->color, k, any = 0;
	const char *vc = sum->verdict == UNSPOOF_VERDICT_OBFUSCATED   ? SGR_BAD
	                 : sum->verdict == UNSPOOF_VERDICT_SUSPICIOUS ? SGR_WARN
	                                                              : SGR_GOOD;
	if (c)
		fprintf(o, SGR_PATH "%s" SGR_RESET, j->in->name);
	else
		fputs(j->in->name, o);
	if (line)
		fprintf(o, c ? ":" SGR_LINENO "%llu" SGR_RESET : ":%llu",
		        (unsigned long long)j->lf.line);
	if (c)
		fprintf(o, ": %s%s" SGR_RESET, vc, unspoof_verdict_name(sum->verdict));
	else
		fprintf(o, ": %s", unspoof_verdict_name(sum->verdict));
	fprintf(o, " (score %.2f)", sum->score);
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		if (sum->counts[k]) {
			fprintf(o, "%s%llu %s", any ? ", " : ": ", (unsigned long long)sum->counts[k],
			        unspoof_kind_name(k));
			any = 1;
		}
	if (j->truncated)
		fprintf(o, " (%llu shown)", j->seen);
	if (j->cfg->lines && !line)
		fprintf(o, "; lines: %llu obfuscated, %llu suspicious, %llu clean",
		        (unsigned long long)j->nlines[UNSPOOF_VERDICT_OBFUSCATED],
		        (unsigned long long)j->nlines[UNSPOOF_VERDICT_SUSPICIOUS],
		        (unsigned long long)j->nlines[UNSPOOF_VERDICT_CLEAN]);
	fputc('\n', o);
}

static void json_tail(struct scan_job *j, const unspoof_summary *sum)
{
	FILE *o = j->out;
	int k;
	fprintf(o, "],\"truncated\":%s,\"verdict\":\"%s\",\"score\":%.4f,\"counts\":{",
	        j->truncated ? "true" : "false", unspoof_verdict_name(sum->verdict), sum->score);
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		fprintf(o, "%s\"%s\":%llu", k ? "," : "", unspoof_kind_name(k),
		        (unsigned long long)sum->counts[k]);
	fprintf(o, "},\"bytes\":%llu,\"words\":%llu,\"letters\":%llu,\"edits\":%llu}\n",
	        (unsigned long long)sum->bytes, (unsigned long long)sum->words,
	        (unsigned long long)sum->letters, (unsigned long long)sum->edits);
}


/* --lines: adds the summary of some lines to t, the file's so far (counts
 * add up; the verdict and score are the worst). */
static void add_summary(unspoof_summary *t, const unspoof_summary *s)
{
	int k;
	for (k = 0; k < UNSPOOF_KIND_COUNT; k++)
		t->counts[k] += s->counts[k];
	t->bytes += s->bytes;
	t->words += s->words;
	t->letters += s->letters;
	t->edits += s->edits;
	if (s->verdict > t->verdict)
		t->verdict = s->verdict;
	if (s->score > t->score)
		t->score = s->score;
}

/* --lines: the line (document) fed so far ends. Its findings and verdict
 * are written (text: only for a line with findings or not clean; JSON:
 * one object for every line), its summary added to the file's, and the
 * stream reset for the next line. */
static int end_line(void *ctx, unspoof_stream *s)
{
	struct scan_job *j = ctx;
	const struct scan_cfg *c = j->cfg;
	unspoof_summary sum, *t = &j->total;
	int rc = unspoof_stream_finish(s, &sum);
	if (rc)
		return rc;
	add_summary(t, &sum);
	j->nlines[sum.verdict]++;
	if (c->json) {
		if (!j->head)
			json_head(j);
		json_tail(j, &sum);
		j->head = 0;
	} else if (!c->quiet && !c->count && !c->list &&
	           (j->nrecs || sum.verdict != UNSPOOF_VERDICT_CLEAN)) {
		flush_block(j);
		print_verdict(j, &sum, 1);
	}
	if (c->quiet && sum.verdict >= c->fail_on)
		pool_stop();
	j->seen = 0;
	j->truncated = 0;
	return unspoof_stream_reset(s, NULL);
}

/* -c or -l with --lines, on job index that has read its block (j->total,
 * j->nlines): keeps them in c->parts. A file in one job goes on to write
 * its verdict (returns 1). A block before the file's last writes nothing
 * (returns 0). The last block waits until the earlier blocks of its file
 * are done and written, adds up their parts into j and *sum, and returns 1
 * to write the file's verdict if every block was read (else 0: an error
 * was reported). */
static int file_lines(struct scan_cfg *c, size_t index, struct jout *jo, struct scan_job *j,
                      unspoof_summary *sum)
{
	const struct job *job = &c->jobs[index];
	struct part *pt = &c->parts[index];
	size_t k;
	int v, ok = 1;
	pt->total = j->total;
	memcpy(pt->nlines, j->nlines, sizeof pt->nlines);
	pt->ok = 1;
	if (job->start == 0 && job->end == UINT64_MAX)
		return 1;
	if (job->end != UINT64_MAX || jout_wait_head(jo) != 0)
		return 0;
	for (k = index; k-- > 0 && c->jobs[k].input == job->input;) {
		const struct part *q = &c->parts[k];
		ok &= q->ok;
		add_summary(&j->total, &q->total);
		for (v = 0; v < 3; v++)
			j->nlines[v] += q->nlines[v];
	}
	*sum = j->total;
	return ok;
}

static int scan_job(void *ctx, size_t index, struct jout *jo)
{
	struct scan_cfg *c = ctx;
	const struct job *job = &c->jobs[index];
	struct scan_job j;
	unspoof_callbacks cb;
	unspoof_stream *s = NULL;
	unspoof_summary sum;
	const char *chunk;
	long n = 0;
	int rc = 0, first = job->start == 0;
	memset(&j, 0, sizeof j);
	j.cfg = c;
	j.in = &c->in.v[job->input];
	j.jo = jo;
	j.out = jout_file(jo, 0);
	c->result[index] = R_ERROR;
	if (reader_open(&j.rd, j.in))
		return 0;
	if (lines_start(&j.lf, job, &j.rd, end_line, &j) != 0) {
		pool_warn("%s: %s", j.in->name, strerror(errno));
		goto done;
	}
	cb.output = NULL;
	cb.finding = on_finding;
	cb.edit = NULL;
	cb.ctx = &j;
	if ((rc = unspoof_stream_new(&c->opts, &cb, &s)) != 0)
		goto lib_error;
	while (!j.lf.done && (n = reader_next(&j.rd, &chunk)) > 0) {
		if (first) {
			first = 0;
			if (!c->text && looks_binary(chunk, (size_t)n)) {
				pool_warn("%s: binary file skipped (use -a to scan it as text)", j.in->name);
				c->result[index] = R_SKIPPED;
				goto done;
			}
			if (c->json && !c->lines)
				json_head(&j);
		}
		pool_progress_bytes((uint64_t)n);
		if (c->lines)
			rc = lines_feed(&j.lf, s, chunk, (size_t)n);
		else
			rc = unspoof_stream_feed(s, chunk, (size_t)n);
		if (rc)
			break;
		if (j.nrecs && (!j.rd.regular || j.rd.pos - j.block_from >= BLOCK_BYTES))
			flush_block(&j);
		else if (!j.nrecs)
			j.block_from = j.rd.pos;
		if ((j.rd.regular ? jout_check(jo) : jout_sync(jo)) != 0) {
			/* stopping: output closed or -q found enough (with
			 * --lines, perhaps on a line of this file) */
			if (c->lines && j.total.verdict >= c->fail_on)
				c->result[index] = j.total.verdict;
			goto done;
		}
	}
	if (n < 0) {
		pool_warn("%s: %s", j.in->name, strerror(errno));
		goto done;
	}
	if (c->lines) {
		/* The last line, without a newline (an empty one after the
		 * last newline is no line). */
		if (!rc && j.lf.off > j.lf.doc)
			rc = end_line(&j, s);
		if (rc)
			goto lib_error;
		sum = j.total;
	} else {
		if (first && c->json)
			json_head(&j);
		if (!rc)
			rc = unspoof_stream_finish(s, &sum);
		if (rc)
			goto lib_error;
		flush_block(&j);
	}
	c->result[index] = sum.verdict;
	if (c->lines && (c->count || c->list) && !file_lines(c, index, jo, &j, &sum))
		goto done; /* a block before the file's last, or stopping */
	if (c->json) {
		if (!c->lines)
			json_tail(&j, &sum);
	} else if (c->list) {
		if (sum.verdict >= c->fail_on)
			fprintf(j.out, "%s\n", j.in->name);
	} else if (!c->quiet && (!c->lines || c->count)) {
		print_verdict(&j, &sum, 0);
	}
	if (c->quiet && sum.verdict >= c->fail_on)
		pool_stop(); /* the exit status is known */
	goto done;
lib_error:
	if (rc != UNSPOOF_E_ABORTED || !pool_stopping())
		pool_warn("%s: %s", j.in->name, unspoof_strerror(rc));
	if (c->json && (c->lines ? j.head : !first))
		fputs("]}\n", j.out); /* keep the line valid JSON */
	c->result[index] = R_ERROR;
done:
	unspoof_stream_free(s);
	reader_close(&j.rd);
	free(j.recs);
	free(j.snips);
	free(j.arena);
	return 0;
}

/* ------------------------------------------------------------- options */

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof scan [OPTIONS] [FILE...]\n"
	        "\n"
	        "Report lookalike-character obfuscation: letters of another script standing in\n"
	        "for letters, fancy-font letters, invisible characters inside words, bidi\n"
	        "controls, stacked combining marks, invalid UTF-8. Reads standard input without\n"
	        "FILE or for '-'. Input of any size is streamed in bounded memory.\n"
	        "\n"
	        "Output: for each file, its findings as\n"
	        "  PATH:LINE:COLUMN: U+043F CYRILLIC SMALL LETTER PE (Cyrillic) imitates 'n' (Latin) [lookalike, 0.90]\n"
	        "grouped by kind (within blocks of 1 MiB or 10000 findings of a file, and\n"
	        "of each read of a pipe, so output follows the input), then a verdict line\n"
	        "  PATH: obfuscated (score 0.91): 44 lookalike, 4 fancy\n"
	        "When colour is on, each line with findings is shown with them highlighted.\n"
	        "\n"
	        "options:\n"
	        "  -r, --recursive       read the files under each directory (default: .)\n"
	        "  -a, --text            scan binary files too (default: skip files with a NUL\n"
	        "                        byte in their first 32 KiB, with a notice)\n"
	        "  -c, --count           print only the verdict line of each file\n"
	        "  -l, --files-with-matches  print only the names of obfuscated files\n"
	        "  -q, --quiet           print nothing; stop at the first obfuscated file\n"
	        "      --max-findings N  show at most the first N findings of each file\n"
	        "      --json            one JSON object per file (JSON Lines; see unspoof(1))\n"
	        "      --fail-on LEVEL   'obfuscated' (default) or 'suspicious': the verdict\n"
	        "                        that makes the exit status 1 and -l list a file\n"
	        "      --color WHEN      auto (default: if stdout is a terminal and NO_COLOR\n"
	        "                        is unset), always, never\n"
	        "      --label NAME      the name shown for standard input\n"
	        "      --lines           each line is a document of its own (JSON Lines, one\n"
	        "                        message per line): findings, then a verdict line\n"
	        "                        PATH:LINE: ... for each line with findings; with\n"
	        "                        --json one object per line; with -c the file's\n"
	        "                        verdict and its lines by verdict; a large file is\n"
	        "                        scanned in blocks of lines on all threads\n"
	        "  -j, --threads N       scan N files (or blocks of lines) at once (default:\n"
	        "                        number of CPUs); output stays in input order\n"
	        "      --leet            also treat digits and symbols in words as letters\n"
	        "      --script NAME     judge lookalikes against this script (e.g. Latin)\n"
	        "  -h, --help            show this help\n"
	        "\n"
	        "exit status: 0 if no file is obfuscated, 1 if one is (suspicious files count\n"
	        "only with --fail-on suspicious), 2 on an error (even if one was found,\n"
	        "except with -q).\n");
}

enum {
	O_HELP, O_JSON, O_COUNT, O_LIST, O_QUIET, O_MAX, O_LEET, O_REC, O_TEXT, O_COLOR,
	O_LABEL, O_THREADS, O_FAILON, O_SCRIPT, O_LINES
};

static const struct opt_def scan_opts[] = {
	{"help", 'h', OPT_NOARG, O_HELP},
	{"json", 0, OPT_NOARG, O_JSON},
	{"count", 'c', OPT_NOARG, O_COUNT},
	{"files-with-matches", 'l', OPT_NOARG, O_LIST},
	{"quiet", 'q', OPT_NOARG, O_QUIET},
	{"silent", 0, OPT_NOARG, O_QUIET},
	{"max-findings", 'm', OPT_ARG, O_MAX},
	{"leet", 0, OPT_NOARG, O_LEET},
	{"recursive", 'r', OPT_NOARG, O_REC},
	{"text", 'a', OPT_NOARG, O_TEXT},
	{"color", 0, OPT_ARG, O_COLOR},
	{"colour", 0, OPT_ARG, O_COLOR},
	{"label", 0, OPT_ARG, O_LABEL},
	{"threads", 'j', OPT_ARG, O_THREADS},
	{"fail-on", 0, OPT_ARG, O_FAILON},
	{"script", 0, OPT_ARG, O_SCRIPT},
	{"lines", 0, OPT_NOARG, O_LINES},
	{NULL, 0, 0, 0},
};

int cmd_scan(int argc, char **argv)
{
	struct scan_cfg c;
	struct opt_state st;
	struct pool_cfg pc;
	char **operands;
	size_t nops = 0, i;
	const char *label = "(standard input)";
	unsigned long long threads = 0;
	int id, color = COLOR_AUTO, found = 0, errors = 0;
	memset(&c, 0, sizeof c);
	unspoof_options_init(&c.opts);
	c.fail_on = UNSPOOF_VERDICT_OBFUSCATED;
	operands = calloc((size_t)argc + 1, sizeof *operands);
	if (!operands) {
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	opt_init(&st, argc, argv, "scan");
	while ((id = opt_next(&st, scan_opts)) != OPT_END) {
		switch (id) {
		case OPT_ERROR:
			free(operands);
			return EXIT_ERROR;
		case OPT_OPERAND: operands[nops++] = (char *)st.arg; break;
		case O_HELP:
			usage(stdout);
			free(operands);
			return 0;
		case O_JSON: c.json = 1; break;
		case O_COUNT: c.count = 1; break;
		case O_LIST: c.list = 1; break;
		case O_QUIET: c.quiet = 1; break;
		case O_LEET: c.opts.leet = 1; break;
		case O_REC: c.recursive = 1; break;
		case O_TEXT: c.text = 1; break;
		case O_LABEL: label = st.arg; break;
		case O_LINES: c.lines = 1; break;
		case O_MAX:
			if (opt_number(&st, &c.max_findings)) {
				free(operands);
				return EXIT_ERROR;
			}
			break;
		case O_THREADS:
			if (opt_number(&st, &threads) || threads > 1024) {
				if (threads > 1024)
					cli_error("scan: -j %llu: at most 1024 threads", threads);
				free(operands);
				return EXIT_ERROR;
			}
			break;
		case O_COLOR:
			if ((color = term_color_mode(st.arg)) < 0) {
				cli_error("scan: --color: expected auto, always or never, not '%s'", st.arg);
				free(operands);
				return EXIT_ERROR;
			}
			break;
		case O_FAILON:
			if (!strcmp(st.arg, "obfuscated"))
				c.fail_on = UNSPOOF_VERDICT_OBFUSCATED;
			else if (!strcmp(st.arg, "suspicious"))
				c.fail_on = UNSPOOF_VERDICT_SUSPICIOUS;
			else {
				cli_error("scan: --fail-on: expected obfuscated or suspicious, not '%s'",
				          st.arg);
				free(operands);
				return EXIT_ERROR;
			}
			break;
		case O_SCRIPT:
			if ((c.opts.target_script = unspoof_script_from_name(st.arg)) < 0) {
				cli_error("scan: unknown script '%s'", st.arg);
				free(operands);
				return EXIT_ERROR;
			}
			break;
		}
	}
	c.color = !c.json && term_use_color(color, 1);
	c.snips = c.color;
	if (inputs_collect(&c.in, operands, nops, c.recursive, label)) {
		cli_error("out of memory");
		free(operands);
		return EXIT_ERROR;
	}
	free(operands);
	/* With --lines, blocks of a large file are jobs; with -c and -l the
	 * file's last block adds up the others (file_lines()). */
	if (jobs_plan(&c.in, c.lines, c.text, &c.jobs, &c.njobs) ||
	    !(c.result = calloc(c.njobs ? c.njobs : 1, sizeof *c.result)) ||
	    !(c.parts = calloc(c.njobs ? c.njobs : 1, sizeof *c.parts))) {
		cli_error("out of memory");
		free(c.result);
		free(c.jobs);
		inputs_free(&c.in);
		return EXIT_ERROR;
	}
	memset(&pc, 0, sizeof pc);
	pc.njobs = c.njobs;
	pc.threads = (int)threads;
	pc.job = scan_job;
	pc.ctx = &c;
	pc.targets[0] = stdout;
	pc.progress = 1;
	if (pool_run(&pc))
		errors++;
	for (i = 0; i < c.njobs; i++) {
		if (c.result[i] == R_ERROR)
			errors++;
		else if (c.result[i] >= c.fail_on)
			found = 1;
	}
	free(c.result);
	free(c.parts);
	free(c.jobs);
	inputs_free(&c.in);
	if (pool_broken_pipe())
		return found ? 1 : 0;
	if (c.quiet && found)
		return 1;
	return errors ? EXIT_ERROR : found ? 1 : 0;
}
