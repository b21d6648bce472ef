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

/* 1 if data[0..len) looks binary: a NUL byte in its first BINARY_PROBE bytes
 * (grep's rule). */
int looks_binary(const char *data, size_t len);

#endif
