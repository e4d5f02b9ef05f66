/*
 * util.h - memory, growable buffers and arenas.
 *
 * Out of memory aborts with one message (as cmark and redis do), so no code
 * path carries OOM errors: every allocation here returns valid memory.
 */
#ifndef DL_UTIL_H
#define DL_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);

/* Grow *P (of *CAP elements of SIZE bytes) to hold at least N elements. */
void grow(void **p, size_t *cap, size_t n, size_t size);
#define GROW(p, cap, n) grow((void **)&(p), &(cap), (n), sizeof *(p))

/* ------------------------------------------------------------ buf */

/* A growable, owning byte buffer; b.p is always NUL-terminated once used. */
struct buf {
	char *p;
	size_t n, cap;
};

/* A 64-bit FNV-1a hash of N bytes at S, continuing from H (start with
 * FNV1A_INIT): the one hash of the program (caches, interning, tables). */
#define FNV1A_INIT 0xcbf29ce484222325ULL
uint64_t fnv1a(uint64_t h, const void *s, size_t n);
/*
 * A 64-bit hash of N bytes at S from SEED, sixteen bytes a step (several
 * times faster than FNV-1a on long inputs): for keys of whole files (the
 * events cache).  Not for anything published: ids stay on FNV-1a.
 */
uint64_t hash64(uint64_t seed, const void *s, size_t n);
/* One byte C more: fnv1a(h, s, n + 1) is fnv1a_byte(fnv1a(h, s, n), s[n]). */
static inline uint64_t
fnv1a_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * 0x100000001b3ULL;
}

void buf_put_slow(struct buf *, const void *, size_t);
void buf_puts(struct buf *, const char *);

/* Append N bytes (always NUL-terminated after them); inline when they fit. */
static inline void
buf_put(struct buf *b, const void *s, size_t n)
{
	if (b->n + n < b->cap) {
		if (n)
			memcpy(b->p + b->n, s, n);
		b->n += n;
		b->p[b->n] = '\0';
	} else
		buf_put_slow(b, s, n);
}
static inline void
buf_putc(struct buf *b, int c)
{
	if (b->n + 1 < b->cap) {
		b->p[b->n++] = (char)c;
		b->p[b->n] = '\0';
	} else {
		char ch = (char)c;
		buf_put_slow(b, &ch, 1);
	}
}
void buf_printf(struct buf *, const char *, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *, const char *, va_list);
/* CP in UTF-8 at OUT (U+FFFD if not a scalar value); its length, 1 to 4. */
size_t utf8_encode(unsigned cp, char out[4]);
void buf_put_utf8_slow(struct buf *, unsigned cp);
/* Append code point CP as UTF-8 (ASCII inline). */
static inline void
buf_put_utf8(struct buf *b, unsigned cp)
{
	if (cp < 0x80)
		buf_putc(b, (int)cp);
	else
		buf_put_utf8_slow(b, cp);
}
void buf_reset(struct buf *);
/* Hand the bytes over (caller frees); the buffer is empty after. */
char *buf_detach(struct buf *);
void buf_free(struct buf *);

/* ------------------------------------------------------------ arena */

/* A bump allocator: everything is freed at once by arena_free(). */
struct arena *arena_new(void);
void *arena_alloc(struct arena *, size_t);	/* zeroed, 16-byte aligned */
/*
 * Room for item N of the arena array P of *CAP items of SIZE bytes: P, or
 * (when full) a copy twice as large, *CAP updated (4 items to start).
 */
void *arena_grow(struct arena *, void *p, size_t n, size_t *cap, size_t size);
/* A copy of N bytes at P, 16-byte aligned (not zeroed first). */
void *arena_memdup(struct arena *, const void *p, size_t n);
/* Strings are packed, unaligned. */
char *arena_strndup(struct arena *, const char *, size_t);
char *arena_strdup(struct arena *, const char *);
char *arena_printf(struct arena *, const char *, ...)
    __attribute__((format(printf, 2, 3)));
void arena_free(struct arena *);

/* ------------------------------------------------------------ files */

/*
 * Read a whole regular file into a malloc'd buffer (NUL-terminated).
 * Returns 0 and sets *out, *n; or -1 with a short reason in *why
 * (a static string: "no such file", "is a directory", "larger than ...").
 */
int read_file(const char *path, size_t max, char **out, size_t *n,
    const char **why);

/*
 * Write DATA to PATH atomically: a temporary file in the same directory,
 * fsync'd, then renamed into place.  Returns 0, or -1 with errno set; on
 * failure PATH is left as it was.  A PATH that already holds exactly DATA
 * (a regular file, mode 0644, no other link) is left as it is, mtime
 * included: nothing is written.
 */
int write_file_atomic(const char *path, const void *data, size_t n);
/* The same; SYNC false skips the fsync (for caches, not for published files). */
int write_file_atomic_flags(const char *path, const void *data, size_t n,
    bool sync);

/*
 * The same, for a file written in pieces: afile_open() makes the temporary
 * file beside PATH, afile_write() appends (a failure is kept in ERR and the
 * rest is dropped), afile_commit() fsyncs and renames it into place, or
 * leaves PATH as it is if PATH already holds exactly those bytes (see
 * write_file_atomic): while they are the same, they are only compared with
 * PATH's, and the temporary file is made at the first difference.  afile_abort() removes it.  Commit and
 * abort end the afile; each returns 0, or -1 with errno set.
 */
struct afile {
	char *path, *tmp;	/* TMP: NULL until the bytes differ from PATH's */
	int fd;			/* the temporary file, or -1 */
	int cmpfd;		/* PATH, while every byte so far is the same, or -1 */
	size_t n, oldn;		/* bytes written; PATH's size */
	int err;		/* the first write's errno, 0 if none */
};
int afile_open(struct afile *, const char *path);
void afile_write(struct afile *, const void *data, size_t n);
int afile_commit(struct afile *);
void afile_abort(struct afile *);

/* strcmp() where NULL is a string of its own, before every other. */
int nstrcmp(const char *a, const char *b);

/* The first NEEDLE (K bytes, K > 0) in S[0..n), or NULL. */
const char *mem_find(const char *s, size_t n, const char *needle, size_t k);

/* mkdir -p. Returns 0 or -1 with errno. */
int mkdirs(const char *path);

/* ------------------------------------------------------------ UTF-8 */

int utf8_decode_slow(const unsigned char *s, size_t n, int *len);
/* Decode one code point at S (N bytes left); sets *len. Ill-formed: -1, *len=1. */
static inline int
utf8_decode(const unsigned char *s, size_t n, int *len)
{
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	return utf8_decode_slow(s, n, len);
}
/* True if the 8 bytes at P are all ASCII but NUL (1 to 0x7F): a byte 0 or
 * above 0x7F sets its high bit in x or in x - 0x0101... */
static inline bool
ascii8(const void *p)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x;

	memcpy(&x, p, sizeof x);
	return ((x | (x - ones)) & (ones << 7)) == 0;
}

/* The length of the run of ASCII bytes but NUL (1 to 0x7F) at S[0..n). */
size_t ascii_span(const char *s, size_t n);
/* Number of code points in S[0..n) (ill-formed bytes count one each). */
size_t utf8_count(const char *s, size_t n);

#endif
