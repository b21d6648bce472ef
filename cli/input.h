/* Inputs of the scan and clean commands: the list of files to process
 * (operands, directories walked with -r, standard input) and a reader that
 * keeps the most recent input bytes in a ring, so that the text around a
 * finding can still be shown after the library reports it. */
#ifndef UNSPOOF_CLI_INPUT_H
#define UNSPOOF_CLI_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

/* One input. path NULL is standard input. */
struct input {
	char *path;    /* as given or as found by -r (dir + "/" + name) */
	const char *name; /* display name: path, or the stdin label */
	int walk_errno;   /* non-zero: the walk could not read this directory */
};

struct input_list {
	struct input *v;
	size_t n, cap;
};

/* Appends the inputs named by operands[0..n) (n == 0: standard input, or
 * "." when recursive). With recursive, directories are walked depth first,
 * entries in byte order, without following symbolic links found inside
 * them (as grep -r). Returns 0, or -1 if memory ran out. */
int inputs_collect(struct input_list *l, char **operands, size_t n, int recursive,
                   const char *stdin_label);
void inputs_free(struct input_list *l);

/* Reads an input. The ring keeps the last RING_SIZE bytes read. */
#define READ_CHUNK (64u * 1024u)
#define RING_SIZE (512u * 1024u)
#define BINARY_PROBE (32u * 1024u)

struct reader {
	int fd;
	int is_stdin;
	int regular;   /* a regular file (else a pipe, terminal, device) */
	struct stat st;
	char *ring;    /* RING_SIZE bytes */
	uint64_t pos;  /* offset of the next byte: bytes read so far, from start */
	uint64_t start; /* where reading began (reader_seek()) */
};

/* Opens in for reading. On failure prints "unspoof: NAME: reason" and
 * returns -1 (missing, unreadable, a directory). */
int reader_open(struct reader *r, const struct input *in);
/* Reads the next chunk; stores a pointer to it (valid until about
 * RING_SIZE - READ_CHUNK more bytes are read) in *chunk. Returns its length,
 * 0 at the end, -1 on a read error (errno set). */
long reader_next(struct reader *r, const char **chunk);
/* Moves to offset off of a regular file: the next chunk starts there, and
 * offsets (pos, reader_copy()) stay those of the file. Returns 0, or -1
 * (errno set). */
int reader_seek(struct reader *r, uint64_t off);
/* Copies the input bytes [off, off+len) that are still in the ring to dst;
 * returns how many were copied from off on (0 if off is too old or not yet
 * read). */
size_t reader_copy(const struct reader *r, uint64_t off, size_t len, char *dst);
/* The byte at input offset off, or -1 if it is not in the ring. */
int reader_byte(const struct reader *r, uint64_t off);
/* The oldest offset still in the ring. */
uint64_t reader_oldest(const struct reader *r);
void reader_close(struct reader *r);

/* Work on inputs, in jobs: an input, or with one document per line (--lines)
 * a block of a regular file larger than LINES_BLOCK: the lines that start at
 * offsets [start, end) (end UINT64_MAX: to the end of the input). line is
 * the number of the block's first line (1 for the first block). */
#define LINES_BLOCK (1u << 20)
struct job {
	size_t input;
	uint64_t start, end, line;
};

/* One job per input, or with split per block of lines for the regular files
 * over LINES_BLOCK bytes that do not look binary (unless text is set: a
 * binary file stays one job, which skips it with a notice). With split the
 * files are read once here to number their blocks' lines. Returns 0 (*jobs
 * allocated, free it), or -1 if memory ran out. */
int jobs_plan(const struct input_list *in, int split, int text, struct job **jobs, size_t *n);

/* --lines: feeds a job's input to a stream line by line, each line (with
 * its newline) a document of its own. */
struct unspoof_stream;
struct lines {
	uint64_t off;  /* input offset of the next byte */
	uint64_t doc;  /* where the current line starts */
	uint64_t line; /* its number */
	uint64_t end;  /* the job ends with the line that runs over this */
	int skip;      /* a block: the line that runs into it is not its own */
	int done;      /* the job's last line has ended */
	/* Finishes the stream's document (l->doc..l->off) and resets the
	 * stream; returns a library status. */
	int (*end_line)(void *ctx, struct unspoof_stream *s);
	void *ctx;
};
/* Starts on job jb, whose reader r is open: seeks to a block's start. */
int lines_start(struct lines *l, const struct job *jb, struct reader *r,
                int (*end_line)(void *ctx, struct unspoof_stream *s), void *ctx);
/* Feeds p[0..n) (the next bytes read): drops a block's first bytes
 * through its first newline, and calls end_line at each newline, until
 * the job's last line has ended (l->done). Returns a library status. */
int lines_feed(struct lines *l, struct unspoof_stream *s, const char *p, size_t n);

/* 1 if data[0..len) looks binary: a NUL byte in its first BINARY_PROBE bytes
 * (grep's rule). */
int looks_binary(const char *data, size_t len);

#endif
