/* Input files and the ring reader (see input.h). */
#include "input.h"
#include "unspoof.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "pool.h"

static int push(struct input_list *l, char *path, const char *name, int err)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct input *v = realloc(l->v, cap * sizeof *v);
		if (!v) {
			free(path);
			return -1;
		}
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n].path = path;
	l->v[l->n].name = name ? name : path;
	l->v[l->n].walk_errno = err;
	l->n++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
	size_t a = strlen(dir), b = strlen(name);
	char *p = malloc(a + b + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, a);
	if (a && dir[a - 1] != '/')
		p[a++] = '/';
	memcpy(p + a, name, b + 1);
	return p;
}

/* Walks directory `dir` (owned by the list once pushed). */
static int walk(struct input_list *l, char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int rc = 0;
	if (!d)
		return push(l, dir, NULL, errno ? errno : EIO);
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (n == cap) {
			char **v = realloc(names, (cap = cap ? cap * 2 : 32) * sizeof *v);
			if (!v) {
				rc = -1;
				break;
			}
			names = v;
		}
		if (!(names[n] = join(dir, e->d_name))) {
			rc = -1;
			break;
		}
		n++;
	}
	closedir(d);
	free(dir);
	if (!rc)
		qsort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n; i++) {
		struct stat st;
		if (rc) {
			free(names[i]);
			continue;
		}
		if (lstat(names[i], &st) != 0) {
			rc = push(l, names[i], NULL, 0); /* reported when opened */
		} else if (S_ISLNK(st.st_mode)) {
			free(names[i]); /* as grep -r: links inside directories are skipped */
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk(l, names[i]);
		} else if (S_ISREG(st.st_mode)) {
			rc = push(l, names[i], NULL, 0);
		} else {
			free(names[i]); /* devices, fifos, sockets found by the walk */
		}
	}
	free(names);
	return rc;
}

int inputs_collect(struct input_list *l, char **operands, size_t n, int recursive,
                   const char *stdin_label)
{
	static char dot[] = ".";
	static char *dot_list[] = {dot};
	size_t i;
	if (n == 0) {
		if (!recursive)
			return push(l, NULL, stdin_label, 0);
		operands = dot_list;
		n = 1;
	}
	for (i = 0; i < n; i++) {
		struct stat st;
		char *p;
		if (!strcmp(operands[i], "-")) {
			if (push(l, NULL, stdin_label, 0))
				return -1;
			continue;
		}
		if (!(p = strdup(operands[i])))
			return -1;
		if (recursive && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (walk(l, p))
				return -1;
		} else if (push(l, p, NULL, 0)) {
			return -1;
		}
	}
	return 0;
}

void inputs_free(struct input_list *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		free(l->v[i].path);
	free(l->v);
	memset(l, 0, sizeof *l);
}

int reader_open(struct reader *r, const struct input *in)
{
	memset(r, 0, sizeof *r);
	r->fd = -1;
	if (in->walk_errno) {
		pool_warn("%s: %s", in->name, strerror(in->walk_errno));
		return -1;
	}
	if (!in->path) {
		r->fd = 0;
		r->is_stdin = 1;
	} else if ((r->fd = open(in->path, O_RDONLY)) < 0) {
		pool_warn("%s: %s", in->name, strerror(errno));
		return -1;
	}
	if (fstat(r->fd, &r->st) != 0) {
		pool_warn("%s: %s", in->name, strerror(errno));
		reader_close(r);
		return -1;
	}
	if (S_ISDIR(r->st.st_mode)) {
		pool_warn("%s: is a directory (use -r to read the files in it)", in->name);
		reader_close(r);
		return -1;
	}
	r->regular = S_ISREG(r->st.st_mode);
	if (!(r->ring = malloc(RING_SIZE))) {
		pool_warn("%s: out of memory", in->name);
		reader_close(r);
		return -1;
	}
	return 0;
}

long reader_next(struct reader *r, const char **chunk)
{
	size_t at = (size_t)(r->pos % RING_SIZE), room = RING_SIZE - at;
	ssize_t n;
	if (room > READ_CHUNK)
		room = READ_CHUNK;
	do
		n = read(r->fd, r->ring + at, room);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	*chunk = r->ring + at;
	r->pos += (uint64_t)n;
	return (long)n;
}

int reader_seek(struct reader *r, uint64_t off)
{
	if (lseek(r->fd, (off_t)off, SEEK_SET) < 0)
		return -1;
	r->pos = r->start = off;
	return 0;
}

uint64_t reader_oldest(const struct reader *r)
{
	/* The chunk being filled next may overwrite up to READ_CHUNK bytes. */
	uint64_t keep = RING_SIZE - READ_CHUNK;
	return r->pos - r->start > keep ? r->pos - keep : r->start;
}

size_t reader_copy(const struct reader *r, uint64_t off, size_t len, char *dst)
{
	size_t done = 0;
	if (off < reader_oldest(r) || off >= r->pos)
		return 0;
	if (len > r->pos - off)
		len = (size_t)(r->pos - off);
	while (done < len) {
		size_t at = (size_t)((off + done) % RING_SIZE), n = RING_SIZE - at;
		if (n > len - done)
			n = len - done;
		memcpy(dst + done, r->ring + at, n);
		done += n;
	}
	return done;
}

int reader_byte(const struct reader *r, uint64_t off)
{
	if (off < reader_oldest(r) || off >= r->pos)
		return -1;
	return (unsigned char)r->ring[off % RING_SIZE];
}

void reader_close(struct reader *r)
{
	if (r->fd > 0)
		close(r->fd);
	r->fd = -1;
	free(r->ring);
	r->ring = NULL;
}

int looks_binary(const char *data, size_t len)
{
	return memchr(data, 0, len < BINARY_PROBE ? len : BINARY_PROBE) != NULL;
}

/* How many blocks input in is split into (1: not split). */
static uint64_t line_blocks(const struct input *in, int text)
{
	struct stat st;
	char probe[BINARY_PROBE];
	ssize_t n;
	int fd;
	if (!in->path || in->walk_errno || stat(in->path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (uint64_t)st.st_size <= LINES_BLOCK)
		return 1;
	if (!text) {
		if ((fd = open(in->path, O_RDONLY)) < 0)
			return 1;
		n = read(fd, probe, sizeof probe);
		close(fd);
		if (n < 0 || looks_binary(probe, (size_t)n))
			return 1;
	}
	return ((uint64_t)st.st_size + LINES_BLOCK - 1) / LINES_BLOCK;
}

/* Numbers the first line of each of the nb blocks v[0..nb) of the file
 * (read in chunks; a read error leaves the numbers found so far, and the
 * job meets the error itself). */
static void number_lines(const char *path, struct job *v, uint64_t nb)
{
	static const size_t cap = 1u << 20;
	char *buf = malloc(cap);
	uint64_t off = 0, line = 1, k = 1;
	int fd = buf ? open(path, O_RDONLY) : -1;
	ssize_t n;
	if (fd >= 0) {
		/* v[k].line: 1 + the newlines before the first line that
		 * starts at or after v[k].start. */
		while (k < nb && (n = read(fd, buf, cap)) > 0) {
			const char *p = buf, *e = buf + n, *nl;
			while (k < nb && (nl = memchr(p, '\n', (size_t)(e - p))) != NULL) {
				uint64_t next = off + (uint64_t)(nl - buf) + 1; /* a line starts here */
				line++;
				while (k < nb && next >= v[k].start)
					v[k++].line = line;
				p = nl + 1;
			}
			off += (uint64_t)n;
		}
		close(fd);
	}
	while (k < nb)
		v[k++].line = line; /* no line starts in these blocks */
	free(buf);
}

int jobs_plan(const struct input_list *in, int split, int text, struct job **jobs, size_t *n)
{
	size_t i, cap = in->n ? in->n : 1;
	struct job *v = malloc(cap * sizeof *v);
	*jobs = v;
	*n = 0;
	if (!v)
		return -1;
	for (i = 0; i < in->n; i++) {
		uint64_t nb = split ? line_blocks(&in->v[i], text) : 1, k;
		size_t first = *n;
		for (k = 0; k < nb; k++) {
			struct job *jb;
			if (*n == cap) {
				struct job *w = realloc(v, 2 * cap * sizeof *w);
				if (!w)
					return -1;
				*jobs = v = w;
				cap *= 2;
			}
			jb = &v[(*n)++];
			jb->input = i;
			jb->start = k * LINES_BLOCK;
			jb->end = k + 1 < nb ? (k + 1) * LINES_BLOCK : UINT64_MAX;
			jb->line = 1;
		}
		if (nb > 1)
			number_lines(in->v[i].path, v + first, nb);
	}
	return 0;
}

int lines_start(struct lines *l, const struct job *jb, struct reader *r,
                int (*end_line)(void *ctx, struct unspoof_stream *s), void *ctx)
{
	memset(l, 0, sizeof *l);
	l->end = jb->end;
	l->line = jb->line;
	l->end_line = end_line;
	l->ctx = ctx;
	l->skip = jb->start > 0;
	if (l->skip && reader_seek(r, jb->start - 1) != 0)
		return -1;
	l->off = l->doc = r->pos;
	return 0;
}

int lines_feed(struct lines *l, struct unspoof_stream *s, const char *p, size_t n)
{
	while (n && !l->done) {
		const char *nl = memchr(p, '\n', n);
		size_t k = nl ? (size_t)(nl - p) + 1 : n;
		int rc = l->skip ? UNSPOOF_OK : unspoof_stream_feed(s, p, k);
		if (rc)
			return rc;
		l->off += k;
		p += k;
		n -= k;
		if (l->skip) { /* dropped: the next line starts after it */
			l->doc = l->off;
			l->skip = !nl;
		} else if (nl) {
			if ((rc = l->end_line(l->ctx, s)) != UNSPOOF_OK)
				return rc;
			l->line++;
			l->doc = l->off;
		}
		if (nl)
			l->done = l->off >= l->end;
	}
	return UNSPOOF_OK;
}
