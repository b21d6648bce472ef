/* unspoof clean: write text with the obfuscation undone — to standard
 * output, to -o FILE, or back into each file (--in-place, atomically); or
 * only tell (--check, -l) or show (--diff) what would change; --map writes
 * the offset map of the edits as JSON. */
#define _XOPEN_SOURCE 700 /* realpath() */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unspoof.h"
#include "cli.h"
#include "input.h"
#include "json.h"
#include "opt.h"
#include "pool.h"
#include "term.h"

#define DIFF_LINE_MAX (256u * 1024u) /* longest line --diff shows whole */

enum { R_ERROR = -1, R_SKIPPED = -2, R_SAME = 0, R_CHANGED = 1 };

struct clean_cfg {
	unspoof_options opts;
	int in_place, check, list, diff, map, text_out, color, text, recursive, lines;
	struct input_list in;
	struct job *jobs;
	size_t njobs;
	int *result;     /* per job */
};

struct clean_job {
	const struct clean_cfg *cfg;
	const struct input *in;
	struct jout *jo;
	struct reader rd;
	FILE *dst;       /* where the cleaned text goes, or NULL */
	FILE *out;       /* channel 0: text, diff, names */
	FILE *mapf;      /* channel 1: the map */
	int werr;        /* errno of a failed write to dst */
	uint64_t nedits;
	/* --diff */
	uint64_t out_off, line, in_start;
	int64_t delta;   /* output offset minus input offset after the last edit */
	char *oline;
	size_t olen;
	int otrunc, changed, header;
	/* --lines */
	struct lines lf;
	int64_t doc_delta; /* delta when the current line started */
	uint64_t edits;    /* edits of the lines finished */
};

/* ------------------------------------------------ temp files, signals */

#define MAX_TEMPS 1024
static char g_temp[MAX_TEMPS][PATH_MAX + 32];
static volatile sig_atomic_t g_temp_used[MAX_TEMPS];
static atomic_int g_temp_claim[MAX_TEMPS];

static void on_fatal_signal(int sig)
{
	int i;
	for (i = 0; i < MAX_TEMPS; i++)
		if (g_temp_used[i])
			unlink(g_temp[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static int temp_claim(void)
{
	int i;
	for (i = 0; i < MAX_TEMPS; i++) {
		int z = 0;
		if (atomic_compare_exchange_strong(&g_temp_claim[i], &z, 1))
			return i;
	}
	return -1;
}

static void temp_release(int slot)
{
	g_temp_used[slot] = 0;
	atomic_store(&g_temp_claim[slot], 0);
}

/* ----------------------------------------------------------------- diff */

static void diff_text(struct clean_job *j, const char *s, size_t n)
{
	if (j->cfg->color)
		term_safe_text(j->out, s, n);
	else
		fwrite(s, 1, n, j->out);
}

/* The output line in j->oline ended (at output offset `nl`, or at the end
 * of the input without a newline when nl is (uint64_t)-1). */
static void diff_line_end(struct clean_job *j, uint64_t nl)
{
	FILE *o = j->out;
	int c = j->cfg->color, eof = nl == (uint64_t)-1;
	uint64_t in_end = eof ? j->rd.pos : (uint64_t)((int64_t)nl - j->delta);
	j->line++;
	if (j->changed) {
		size_t ilen = (size_t)(in_end - j->in_start);
		if (!j->header) {
			j->header = 1;
			fprintf(o, "%s--- %s\n+++ %s%s\n", c ? SGR_BOLD : "", j->in->name, j->in->name,
			        c ? SGR_RESET : "");
		}
		fprintf(o, "%s@@ -%llu +%llu @@%s\n", c ? SGR_HUNK : "", (unsigned long long)j->line,
		        (unsigned long long)j->line, c ? SGR_RESET : "");
		fputs(c ? SGR_DEL "-" : "-", o);
		if (ilen <= DIFF_LINE_MAX && in_end <= j->rd.pos && j->in_start >= reader_oldest(&j->rd)) {
			char *buf = malloc(ilen ? ilen : 1);
			if (buf) {
				reader_copy(&j->rd, j->in_start, ilen, buf);
				diff_text(j, buf, ilen);
				free(buf);
			}
		} else {
			fputs("[line too long to show]", o);
		}
		fputs(c ? SGR_RESET "\n" : "\n", o);
		if (eof)
			fputs("\\ No newline at end of file\n", o);
		fputs(c ? SGR_ADD "+" : "+", o);
		if (j->otrunc)
			fputs("[line too long to show]", o);
		else
			diff_text(j, j->oline, j->olen);
		fputs(c ? SGR_RESET "\n" : "\n", o);
		if (eof)
			fputs("\\ No newline at end of file\n", o);
	}
	j->in_start = in_end + 1;
	j->olen = 0;
	j->otrunc = 0;
	j->changed = 0;
}

static void diff_feed(struct clean_job *j, const char *p, size_t n)
{
	while (n) {
		const char *nl = memchr(p, '\n', n);
		size_t k = nl ? (size_t)(nl - p) : n;
		if (j->olen + k <= DIFF_LINE_MAX) {
			memcpy(j->oline + j->olen, p, k);
			j->olen += k;
		} else {
			j->otrunc = 1;
		}
		j->out_off += k;
		p += k;
		n -= k;
		if (nl) {
			diff_line_end(j, j->out_off);
			j->out_off++;
			p++;
			n--;
		}
	}
}

/* ------------------------------------------------------------ callbacks */

static int on_output(void *ctx, const char *data, size_t len)
{
	struct clean_job *j = ctx;
	if (j->dst && fwrite(data, 1, len, j->dst) != len) {
		j->werr = errno ? errno : EIO;
		return 1;
	}
	if (j->cfg->diff)
		diff_feed(j, data, len);
	return 0;
}

static int on_edit(void *ctx, const unspoof_edit *e)
{
	struct clean_job *j = ctx;
	/* With --lines the library's offsets are those inside the line. */
	uint64_t in_base = j->lf.doc, out_base = (uint64_t)((int64_t)j->lf.doc + j->doc_delta);
	if (j->cfg->map)
		fprintf(j->mapf,
		        "%s{\"in_offset\":%llu,\"in_length\":%llu,\"out_offset\":%llu,"
		        "\"out_length\":%llu,\"kind\":\"%s\"}",
		        j->nedits ? "," : "", (unsigned long long)(in_base + e->in_offset),
		        (unsigned long long)e->in_length, (unsigned long long)(out_base + e->out_offset),
		        (unsigned long long)e->out_length, unspoof_kind_name(e->kind));
	j->nedits++;
	j->changed = 1;
	j->delta += (int64_t)e->out_length - (int64_t)e->in_length;
	return 0;
}

/* --------------------------------------------------------------- --lines */

/* Ends the line (document) fed so far and starts the next one. */
static int end_line(void *ctx, unspoof_stream *s)
{
	struct clean_job *j = ctx;
	unspoof_summary sum;
	int rc = unspoof_stream_finish(s, &sum);
	if (rc)
		return rc;
	j->edits += sum.edits;
	j->doc_delta = j->delta;
	return unspoof_stream_reset(s, NULL);
}

/* ------------------------------------------------------------- a file */

static void dir_and_base(const char *path, char *dir, size_t cap, const char **base)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		snprintf(dir, cap, ".");
		*base = path;
	} else {
		size_t n = (size_t)(slash - path);
		if (n == 0)
			n = 1;
		snprintf(dir, cap, "%.*s", (int)n, path);
		*base = slash + 1;
	}
}

/* -l, once job index has its result: 1 if its file is to be listed. A
 * file in blocks of lines (--lines) is listed by its last block, once the
 * earlier blocks are done, if some block changed and none failed. */
static int list_file(const struct clean_cfg *c, size_t index, struct jout *jo)
{
	const struct job *job = &c->jobs[index];
	int changed = c->result[index] == R_CHANGED;
	size_t k;
	if (job->start == 0 && job->end == UINT64_MAX)
		return changed;
	if (job->end != UINT64_MAX || jout_wait_head(jo) != 0)
		return 0;
	for (k = index; k-- > 0 && c->jobs[k].input == job->input;) {
		if (c->result[k] == R_ERROR)
			return 0;
		changed |= c->result[k] == R_CHANGED;
	}
	return changed;
}

static int clean_job(void *ctx, size_t index, struct jout *jo)
{
	struct clean_cfg *c = ctx;
	const struct job *job = &c->jobs[index];
	struct clean_job j;
	unspoof_callbacks cb;
	unspoof_stream *s = NULL;
	unspoof_summary sum;
	const char *chunk;
	char *real = NULL;
	long n = 0;
	int rc = 0, first = job->start == 0, slot = -1, tfd = -1;
	memset(&j, 0, sizeof j);
	j.cfg = c;
	j.in = &c->in.v[job->input];
	j.jo = jo;
	j.out = jout_file(jo, 0);
	j.mapf = c->map ? jout_file(jo, 1) : NULL;
	c->result[index] = R_ERROR;
	if (c->in_place && !j.in->path) {
		pool_warn("%s: cannot rewrite standard input in place", j.in->name);
		return 0;
	}
	if (reader_open(&j.rd, j.in))
		return 0;
	if (lines_start(&j.lf, job, &j.rd, end_line, &j) != 0) {
		pool_warn("%s: %s", j.in->name, strerror(errno));
		goto done;
	}
	if (c->diff && !(j.oline = malloc(DIFF_LINE_MAX))) {
		pool_warn("%s: out of memory", j.in->name);
		goto done;
	}
	if (c->in_place) {
		char dir[PATH_MAX];
		const char *base;
		if (!j.rd.regular) {
			pool_warn("%s: not a regular file, cannot rewrite it in place", j.in->name);
			goto done;
		}
		if (!(real = realpath(j.in->path, NULL))) {
			pool_warn("%s: %s", j.in->name, strerror(errno));
			goto done;
		}
		dir_and_base(real, dir, sizeof dir, &base);
		if ((slot = temp_claim()) < 0) {
			pool_warn("%s: too many files open in place", j.in->name);
			goto done;
		}
		if (snprintf(g_temp[slot], sizeof g_temp[slot], "%s/.%s.unspoof-XXXXXX", dir, base) >=
		    (int)sizeof g_temp[slot]) {
			pool_warn("%s: path too long", j.in->name);
			goto done;
		}
		g_temp_used[slot] = 1; /* (mkstemp fills the name in place) */
		if ((tfd = mkstemp(g_temp[slot])) < 0) {
			g_temp_used[slot] = 0;
			pool_warn("%s: cannot create a temporary file in %s: %s", j.in->name, dir,
			          strerror(errno));
			goto done;
		}
		if (!(j.dst = fdopen(tfd, "wb"))) {
			pool_warn("%s: %s", j.in->name, strerror(errno));
			close(tfd);
			goto fail_temp;
		}
	} else if (c->text_out) {
		j.dst = j.out;
	}
	if (c->map) {
		fputc('{', j.mapf);
		json_text_field(j.mapf, "path", j.in->name, strlen(j.in->name));
		fputs(",\"edits\":[", j.mapf);
	}
	cb.output = on_output;
	cb.finding = NULL;
	cb.edit = on_edit;
	cb.ctx = &j;
	if ((rc = unspoof_stream_new(&c->opts, &cb, &s)) != 0)
		goto lib_error;
	while (!j.lf.done && (n = reader_next(&j.rd, &chunk)) > 0) {
		if (first) {
			first = 0;
			if (!c->text && looks_binary(chunk, (size_t)n)) {
				pool_warn("%s: binary file skipped (use -a to clean it as text)", j.in->name);
				c->result[index] = R_SKIPPED;
				goto fail_temp;
			}
		}
		pool_progress_bytes((uint64_t)n);
		if (c->lines)
			rc = lines_feed(&j.lf, s, chunk, (size_t)n);
		else
			rc = unspoof_stream_feed(s, chunk, (size_t)n);
		if (rc)
			break;
		if ((j.rd.regular ? jout_check(jo) : jout_sync(jo)) != 0)
			goto fail_temp;
	}
	if (n < 0) {
		pool_warn("%s: %s", j.in->name, strerror(errno));
		goto fail_temp;
	}
	if (!rc)
		rc = unspoof_stream_finish(s, &sum);
	if (rc)
		goto lib_error;
	if (c->lines) { /* the lines before the last */
		sum.edits += j.edits;
		sum.bytes = j.lf.off - job->start;
	}
	if (c->diff && (j.olen || j.changed))
		diff_line_end(&j, (uint64_t)-1);
	if (c->map)
		fprintf(j.mapf, "],\"in_bytes\":%llu,\"out_bytes\":%llu}\n", (unsigned long long)sum.bytes,
		        (unsigned long long)((int64_t)sum.bytes + j.delta));
	if (c->in_place) {
		FILE *t = j.dst;
		j.dst = NULL;
		if (sum.edits == 0) {
			fclose(t); /* nothing to change: leave the file alone */
			unlink(g_temp[slot]);
		} else {
			int e = 0;
			if (fflush(t) != 0 || fsync(fileno(t)) != 0)
				e = errno;
			if (!e && fchmod(fileno(t), j.rd.st.st_mode & 07777) != 0)
				e = errno;
			if (!e && fchown(fileno(t), j.rd.st.st_uid, j.rd.st.st_gid) != 0)
				e = 0; /* not allowed to give it away: keep ours */
			if (fclose(t) != 0 && !e)
				e = errno;
			if (!e && rename(g_temp[slot], real) != 0)
				e = errno;
			if (e) {
				unlink(g_temp[slot]);
				pool_warn("%s: cannot rewrite: %s (file left unchanged)", j.in->name,
				          strerror(e));
				goto done;
			}
		}
	}
	c->result[index] = sum.edits ? R_CHANGED : R_SAME;
	if (c->list && list_file(c, index, jo))
		fprintf(j.out, "%s\n", j.in->name);
	goto done;
lib_error:
	if (j.werr)
		pool_warn("%s: write error: %s%s", j.in->name, strerror(j.werr),
		          c->in_place ? " (file left unchanged)" : "");
	else if (rc != UNSPOOF_E_ABORTED || !pool_stopping())
		pool_warn("%s: %s", j.in->name, unspoof_strerror(rc));
fail_temp:
	if (c->map && !first)
		fputs("]}\n", j.mapf);
	if (c->in_place && slot >= 0 && g_temp_used[slot]) {
		if (j.dst)
			fclose(j.dst);
		j.dst = NULL;
		unlink(g_temp[slot]);
	}
done:
	if (slot >= 0)
		temp_release(slot);
	free(real);
	free(j.oline);
	unspoof_stream_free(s);
	reader_close(&j.rd);
	return 0;
}

/* ------------------------------------------------------------- options */

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: unspoof clean [OPTIONS] [FILE...]\n"
	        "\n"
	        "Write the text with lookalike characters restored, fancy-font letters made\n"
	        "plain, invisible characters inside words and stacked marks removed. Bytes\n"
	        "that are not valid UTF-8 are kept as they are. Reads standard input without\n"
	        "FILE or for '-'; the results of several files are written one after another.\n"
	        "Input of any size is streamed in bounded memory.\n"
	        "\n"
	        "options:\n"
	        "  -o, --output FILE     write to FILE instead of standard output\n"
	        "  -i, --in-place        rewrite each file (atomically: a temporary file in the\n"
	        "                        same directory, renamed over it, mode kept); files\n"
	        "                        with nothing to undo are left untouched\n"
	        "      --check           write nothing; exit 1 if some text would change\n"
	        "  -l, --files-with-changes  print the names of the files that change\n"
	        "      --diff            show the changed lines as a unified diff instead of\n"
	        "                        writing the text (with -i: as well as rewriting)\n"
	        "      --map FILE        write the offset map of the edits as JSON Lines, one\n"
	        "                        object per input (see unspoof(1))\n"
	        "  -r, --recursive       read the files under each directory (default: .)\n"
	        "  -a, --text            clean binary files too (default: skip files with a\n"
	        "                        NUL byte in their first 32 KiB, with a notice)\n"
	        "      --keep-invisible  keep invisible characters\n"
	        "      --replace-invalid write U+FFFD for invalid UTF-8\n"
	        "      --leet            also restore digits/symbols used as letters (h3ll0)\n"
	        "      --script NAME     restore every lookalike into this script (e.g. Latin)\n"
	        "      --undo KINDS      the kinds to undo, comma-separated (default: all but\n"
	        "                        leet): lookalike,fancy,invisible,bidi,marks,\n"
	        "                        invalid-utf8,leet\n"
	        "      --color WHEN      colour the diff: auto (default), always, never\n"
	        "      --label NAME      the name shown for standard input\n"
	        "      --lines           each line is a document of its own (JSON Lines, one\n"
	        "                        message per line): what one line shows does not\n"
	        "                        change how the next is read; a large file is then\n"
	        "                        cleaned in blocks of lines on all threads\n"
	        "  -j, --threads N       clean N files (or blocks of lines) at once (default:\n"
	        "                        number of CPUs); output stays in input order\n"
	        "  -h, --help            show this help\n"
	        "\n"
	        "exit status: 0 on success, 1 with --check if some text would change,\n"
	        "2 on an error.\n");
}

enum {
	O_HELP, O_OUT, O_INPLACE, O_CHECK, O_LIST, O_DIFF, O_MAP, O_REC, O_TEXT, O_KEEPINV,
	O_REPL, O_LEET, O_SCRIPT, O_UNDO, O_COLOR, O_LABEL, O_THREADS, O_LINES
};

static const struct opt_def clean_opts[] = {
	{"help", 'h', OPT_NOARG, O_HELP},
	{"output", 'o', OPT_ARG, O_OUT},
	{"in-place", 'i', OPT_NOARG, O_INPLACE},
	{"check", 0, OPT_NOARG, O_CHECK},
	{"files-with-changes", 'l', OPT_NOARG, O_LIST},
	{"diff", 0, OPT_NOARG, O_DIFF},
	{"map", 0, OPT_ARG, O_MAP},
	{"recursive", 'r', OPT_NOARG, O_REC},
	{"text", 'a', OPT_NOARG, O_TEXT},
	{"keep-invisible", 0, OPT_NOARG, O_KEEPINV},
	{"replace-invalid", 0, OPT_NOARG, O_REPL},
	{"leet", 0, OPT_NOARG, O_LEET},
	{"script", 0, OPT_ARG, O_SCRIPT},
	{"undo", 0, OPT_ARG, O_UNDO},
	{"color", 0, OPT_ARG, O_COLOR},
	{"colour", 0, OPT_ARG, O_COLOR},
	{"label", 0, OPT_ARG, O_LABEL},
	{"threads", 'j', OPT_ARG, O_THREADS},
	{"lines", 0, OPT_NOARG, O_LINES},
	{NULL, 0, 0, 0},
};

static int parse_undo(const char *s, unsigned *out)
{
	unsigned bits = 0;
	while (*s) {
		size_t n = strcspn(s, ","), k;
		int found = 0;
		for (k = 0; k < UNSPOOF_KIND_COUNT; k++) {
			const char *name = unspoof_kind_name((int)k);
			if (strlen(name) == n && !strncmp(name, s, n)) {
				bits |= UNSPOOF_KIND_BIT(k);
				found = 1;
			}
		}
		if (n == 3 && !strncmp(s, "all", 3)) {
			bits |= (1u << UNSPOOF_KIND_COUNT) - 1;
			found = 1;
		}
		if (!found && n)
			return -1;
		s += n;
		if (*s == ',')
			s++;
	}
	*out = bits;
	return 0;
}

static int clean_fail(char **operands, const char *fmt, const char *arg)
{
	cli_error(fmt, arg);
	free(operands);
	return EXIT_ERROR;
}

int cmd_clean(int argc, char **argv)
{
	struct clean_cfg c;
	struct opt_state st;
	struct pool_cfg pc;
	char **operands;
	const char *outpath = NULL, *mappath = NULL, *label = "(standard input)";
	FILE *outf = stdout, *mapf = NULL;
	size_t nops = 0, i;
	unsigned long long threads = 0;
	int id, color = COLOR_AUTO, errors = 0, changed = 0, undo_set = 0;
	memset(&c, 0, sizeof c);
	unspoof_options_init(&c.opts);
	if (!(operands = calloc((size_t)argc + 1, sizeof *operands))) {
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	opt_init(&st, argc, argv, "clean");
	while ((id = opt_next(&st, clean_opts)) != OPT_END) {
		switch (id) {
		case OPT_ERROR:
			free(operands);
			return EXIT_ERROR;
		case OPT_OPERAND: operands[nops++] = (char *)st.arg; break;
		case O_HELP:
			usage(stdout);
			free(operands);
			return 0;
		case O_OUT: outpath = st.arg; break;
		case O_INPLACE: c.in_place = 1; break;
		case O_CHECK: c.check = 1; break;
		case O_LIST: c.list = 1; break;
		case O_DIFF: c.diff = 1; break;
		case O_MAP: mappath = st.arg; break;
		case O_REC: c.recursive = 1; break;
		case O_TEXT: c.text = 1; break;
		case O_KEEPINV: c.opts.keep_invisible = 1; break;
		case O_REPL: c.opts.invalid = UNSPOOF_INVALID_REPLACE; break;
		case O_LEET: c.opts.leet = 1; break;
		case O_LABEL: label = st.arg; break;
		case O_LINES: c.lines = 1; break;
		case O_SCRIPT:
			if ((c.opts.target_script = unspoof_script_from_name(st.arg)) < 0)
				return clean_fail(operands, "clean: unknown script '%s'", st.arg);
			break;
		case O_UNDO:
			if (parse_undo(st.arg, &c.opts.undo))
				return clean_fail(operands, "clean: --undo: unknown kind in '%s'", st.arg);
			undo_set = 1;
			break;
		case O_COLOR:
			if ((color = term_color_mode(st.arg)) < 0)
				return clean_fail(operands,
				                  "clean: --color: expected auto, always or never, not '%s'",
				                  st.arg);
			break;
		case O_THREADS:
			if (opt_number(&st, &threads)) {
				free(operands);
				return EXIT_ERROR;
			}
			if (threads > 1024)
				return clean_fail(operands, "clean: -j %s: at most 1024 threads", st.arg);
			break;
		}
	}
	if (c.opts.leet && !undo_set)
		c.opts.undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
	if (c.in_place && c.check)
		return clean_fail(operands, "clean: %s", "--in-place and --check exclude each other");
	if (c.in_place && outpath)
		return clean_fail(operands, "clean: %s", "--in-place and -o exclude each other");
	c.map = mappath != NULL;
	c.text_out = !c.in_place && !c.check && !c.diff && !c.list;
	c.color = c.diff && term_use_color(color, outpath ? -1 : 1);
	if (inputs_collect(&c.in, operands, nops, c.recursive, label)) {
		free(operands);
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	free(operands);
	if (outpath && !(outf = fopen(outpath, "wb"))) {
		cli_error("%s: %s", outpath, strerror(errno));
		inputs_free(&c.in);
		return EXIT_ERROR;
	}
	if (mappath && !(mapf = fopen(mappath, "wb"))) {
		cli_error("%s: %s", mappath, strerror(errno));
		if (outf != stdout)
			fclose(outf);
		inputs_free(&c.in);
		return EXIT_ERROR;
	}
	/* With --lines, blocks of a large file are jobs when the text is
	 * written out, checked or listed (list_file()); the other outputs go
	 * file by file. */
	if (jobs_plan(&c.in, c.lines && (c.text_out || c.check || c.list) && !c.map, c.text, &c.jobs,
	              &c.njobs) ||
	    !(c.result = calloc(c.njobs ? c.njobs : 1, sizeof *c.result))) {
		cli_error("out of memory");
		free(c.jobs);
		inputs_free(&c.in);
		return EXIT_ERROR;
	}
	if (c.in_place) {
		signal(SIGINT, on_fatal_signal);
		signal(SIGTERM, on_fatal_signal);
		signal(SIGHUP, on_fatal_signal);
		signal(SIGXFSZ, SIG_IGN); /* a file size limit is a write error */
	}
	memset(&pc, 0, sizeof pc);
	pc.njobs = c.njobs;
	pc.threads = (int)threads;
	pc.job = clean_job;
	pc.ctx = &c;
	pc.targets[0] = outf;
	pc.target_names[0] = outpath;
	pc.targets[1] = mapf;
	pc.target_names[1] = mappath;
	pc.progress = 1;
	if (pool_run(&pc))
		errors++;
	for (i = 0; i < c.njobs; i++) {
		if (c.result[i] == R_ERROR)
			errors++;
		else if (c.result[i] == R_CHANGED)
			changed = 1;
	}
	if (outf != stdout && fclose(outf) != 0) {
		cli_error("%s: %s", outpath, strerror(errno));
		errors++;
	}
	if (mapf && fclose(mapf) != 0) {
		cli_error("%s: %s", mappath, strerror(errno));
		errors++;
	}
	free(c.result);
	free(c.jobs);
	inputs_free(&c.in);
	if (pool_broken_pipe())
		return 0;
	return errors ? EXIT_ERROR : c.check && changed ? 1 : 0;
}
