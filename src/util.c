/*
 * util.c - memory, buffers, arenas, files, UTF-8.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static void
oom(void)
{
	fputs("dateline: out of memory, aborting\n", stderr);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (p == NULL)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		oom();
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void
grow(void **p, size_t *cap, size_t n, size_t size)
{
	size_t c;

	if (n <= *cap)
		return;
	c = *cap ? *cap : 8;
	while (c < n) {
		if (c > SIZE_MAX / 2 / size)
			oom();
		c *= 2;
	}
	*p = xrealloc(*p, c * size);
	*cap = c;
}

/* ------------------------------------------------------------ buf */

uint64_t
fnv1a(uint64_t h, const void *s, size_t n)
{
	const unsigned char *p = s;

	for (size_t i = 0; i < n; i++)
		h = fnv1a_byte(h, p[i]);
	return h;
}

/* The 128-bit product of A and B, its halves folded. */
static inline uint64_t
mum(uint64_t a, uint64_t b)
{
	__extension__ typedef unsigned __int128 u128;	/* GCC and Clang */
	u128 r = (u128)a * b;

	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t
hash64(uint64_t seed, const void *s, size_t n)
{
	const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
	const unsigned char *p = s;
	uint64_t h = mum(seed ^ k0, (uint64_t)n ^ k1), a = 0, b = 0;

	for (; n >= 16; p += 16, n -= 16) {
		memcpy(&a, p, 8);
		memcpy(&b, p + 8, 8);
		h = mum(a ^ k1, b ^ h);
	}
	a = b = 0;
	if (n > 8) {
		memcpy(&a, p, 8);
		memcpy(&b, p + 8, n - 8);
	} else if (n > 0)
		memcpy(&a, p, n);
	h = mum(a ^ k1 ^ h, b ^ k0 ^ (uint64_t)n);
	return mum(h ^ k0, h ^ k1);
}

void
buf_put_slow(struct buf *b, const void *s, size_t n)
{
	if (b->n + n + 1 > b->cap)
		GROW(b->p, b->cap, b->n + n + 1);
	if (n)
		memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}


void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	GROW(b->p, b->cap, b->n + (size_t)n + 1);
	vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
	b->n += (size_t)n;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

size_t
utf8_encode(unsigned cp, char out[4])
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void
buf_put_utf8_slow(struct buf *b, unsigned cp)
{
	char s[4];

	buf_put(b, s, utf8_encode(cp, s));
}

void
buf_reset(struct buf *b)
{
	b->n = 0;
	if (b->p)
		b->p[0] = '\0';
}

char *
buf_detach(struct buf *b)
{
	char *p = b->p ? b->p : xstrdup("");

	b->p = NULL;
	b->n = b->cap = 0;
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}

/* ------------------------------------------------------------ arena */

/*
 * Blocks of at least ARENA_BLOCK bytes; a request larger than a block gets a
 * block of its own.  Nothing is freed before arena_free().
 */
#define ARENA_BLOCK (64u * 1024)

struct ablock {
	struct ablock *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

struct arena {
	struct ablock *head;
};

struct arena *
arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

/* N bytes from the head block (or a new one), aligned to ALIGN, a power of 2. */
static unsigned char *
arena_take(struct arena *a, size_t n, size_t align)
{
	struct ablock *b = a->head;
	size_t at = 0, size;

	if (b)
		at = (b->used + align - 1) & ~(align - 1);
	if (b == NULL || at > b->size || b->size - at < n) {
		size = n > ARENA_BLOCK ? (n + 15) & ~(size_t)15 : ARENA_BLOCK;
		b = xmalloc(sizeof *b + size);
		b->size = size;
		b->next = a->head;
		a->head = b;
		at = 0;
	}
	b->used = at + n;
	return b->data + at;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	void *p;

	n = (n + 15) & ~(size_t)15;
	p = arena_take(a, n, 16);
	memset(p, 0, n);
	return p;
}

void *
arena_memdup(struct arena *a, const void *p, size_t n)
{
	void *q = arena_take(a, (n + 15) & ~(size_t)15, 16);

	if (n)
		memcpy(q, p, n);
	return q;
}

void *
arena_grow(struct arena *a, void *p, size_t n, size_t *cap, size_t size)
{
	void *np;

	if (n < *cap)
		return p;
	*cap = *cap ? *cap * 2 : 4;
	np = arena_alloc(a, *cap * size);
	if (n)
		memcpy(np, p, n * size);
	return np;
}

/* Strings need no alignment: packed one after the other. */
char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = (char *)arena_take(a, n + 1, 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	p = (char *)arena_take(a, (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void
arena_free(struct arena *a)
{
	struct ablock *b, *next;

	if (a == NULL)
		return;
	for (b = a->head; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

/* ------------------------------------------------------------ files */

int
read_file(const char *path, size_t max, char **out, size_t *np,
    const char **why)
{
	struct stat st;
	char *p = NULL;
	size_t n = 0, cap = 0;
	ssize_t r;
	int fd;

	/* O_NONBLOCK: opening a named pipe must not hang. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		*why = errno == ENOENT ? "no such file" :
		    errno == EACCES ? "permission denied" :
		    errno == ELOOP ? "too many levels of symbolic links" :
		    "cannot open";
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		*why = "cannot stat";
		goto err;
	}
	if (S_ISDIR(st.st_mode)) {
		*why = "is a directory";
		goto err;
	}
	if (!S_ISREG(st.st_mode)) {
		*why = "not a regular file";
		goto err;
	}
	if ((uintmax_t)st.st_size > max) {
		*why = "larger than the file size limit (see --max-file-size)";
		goto err;
	}
	cap = (size_t)st.st_size + 1;
	p = xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap) {
			/* As large as stat said: grow only if there is more (a file
			 * still being written), seen by reading one byte. */
			char more;
			r = read(fd, &more, 1);
			if (r < 0 && errno == EINTR)
				continue;
			if (r == 0)
				break;
			if (r < 0) {
				*why = "read error";
				goto err;
			}
			if (cap > max + 1) {
				*why = "larger than the file size limit";
				goto err;
			}
			cap *= 2;
			p = xrealloc(p, cap);
			p[n++] = more;
			continue;
		}
		r = read(fd, p + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			*why = errno == EISDIR ? "is a directory" : "read error";
			goto err;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	p[n] = '\0';
	*out = p;
	*np = n;
	return 0;
err:
	free(p);
	close(fd);
	return -1;
}

/*
 * PATH opened for reading if it is a regular file of mode 0644 with no other
 * link (what a write of ours would leave there), its size in *SIZE; else -1.
 */
static int
open_ours(const char *path, size_t *size)
{
	struct stat st;
	int fd;

	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (st.st_mode & 07777) != 0644 || st.st_nlink != 1)
		return -1;
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0)
		*size = (size_t)st.st_size;
	return fd;
}

/* True if the N bytes at offset OFF of FD are those of DATA. */
static bool
same_bytes(int fd, size_t off, const char *data, size_t n)
{
	char chunk[1 << 16];

	while (n > 0) {
		size_t want = n < sizeof chunk ? n : sizeof chunk;
		ssize_t r = pread(fd, chunk, want, (off_t)off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0 || memcmp(chunk, data, (size_t)r) != 0)
			return false;
		data += r;
		off += (size_t)r;
		n -= (size_t)r;
	}
	return true;
}

/* True if PATH already holds exactly the N bytes of DATA, as we write it. */
static bool
same_file(const char *path, const void *data, size_t n)
{
	size_t size;
	int fd = open_ours(path, &size);
	bool same = fd >= 0 && size == n && same_bytes(fd, 0, data, n);

	if (fd >= 0)
		close(fd);
	return same;
}

/* Make the temporary file; -1 with errno if it cannot be. */
static int
afile_temp(struct afile *af)
{
	size_t len = strlen(af->path) + 32;

	af->tmp = xmalloc(len);
	snprintf(af->tmp, len, "%s.tmp.%ld.XXXXXX", af->path, (long)getpid());
	af->fd = mkstemp(af->tmp);
	if (af->fd < 0) {
		free(af->tmp);
		af->tmp = NULL;
		return -1;
	}
	return 0;
}

static void
put_all(struct afile *af, const char *s, size_t n)
{
	while (n > 0 && af->err == 0) {
		ssize_t w = write(af->fd, s, n);
		if (w < 0) {
			if (errno != EINTR)
				af->err = errno;
			continue;
		}
		s += w;
		n -= (size_t)w;
	}
}

/*
 * The bytes written so far were those of the old file: from now on they go
 * to the temporary file, starting with that prefix copied from the old one.
 */
static void
diverge(struct afile *af)
{
	char chunk[1 << 16];
	size_t off = 0;

	if (afile_temp(af) != 0)
		af->err = errno;
	while (af->err == 0 && off < af->n) {
		size_t want = af->n - off < sizeof chunk ? af->n - off : sizeof chunk;
		ssize_t r = pread(af->cmpfd, chunk, want, (off_t)off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			af->err = r < 0 ? errno : EIO;
			break;
		}
		put_all(af, chunk, (size_t)r);
		off += (size_t)r;
	}
	close(af->cmpfd);
	af->cmpfd = -1;
}

int
afile_open(struct afile *af, const char *path)
{
	memset(af, 0, sizeof *af);
	af->fd = -1;
	af->path = xstrdup(path);
	/* Compared with the file in place as it is written: an unchanged file
	 * is never written at all. */
	af->cmpfd = open_ours(path, &af->oldn);
	if (af->cmpfd < 0 && afile_temp(af) != 0) {
		int e = errno;
		free(af->path);
		memset(af, 0, sizeof *af);
		af->fd = af->cmpfd = -1;
		errno = e;
		return -1;
	}
	return 0;
}

void
afile_write(struct afile *af, const void *data, size_t n)
{
	if (af->cmpfd >= 0) {
		if (n <= af->oldn - af->n && same_bytes(af->cmpfd, af->n, data, n)) {
			af->n += n;
			return;
		}
		diverge(af);
	}
	put_all(af, data, n);
	af->n += n;
}

static void
afile_end(struct afile *af)
{
	if (af->fd >= 0)
		close(af->fd);
	if (af->cmpfd >= 0)
		close(af->cmpfd);
	if (af->tmp)
		unlink(af->tmp);
	free(af->path);
	free(af->tmp);
	memset(af, 0, sizeof *af);
	af->fd = af->cmpfd = -1;
}

void
afile_abort(struct afile *af)
{
	int e = errno;

	if (af->path != NULL)
		afile_end(af);
	errno = e;
}

static int
commit(struct afile *af, bool sync)
{
	int e;

	if (af->cmpfd >= 0) {
		if (af->n == af->oldn) {
			afile_end(af);	/* the same bytes: left as it is */
			return 0;
		}
		diverge(af);	/* a prefix of the old file */
	}
	if (af->err != 0) {
		e = af->err;
		goto err;
	}
	if (fchmod(af->fd, 0644) != 0 || (sync && fsync(af->fd) != 0)) {
		e = errno;
		goto err;
	}
	e = close(af->fd);
	af->fd = -1;
	if (e != 0 || rename(af->tmp, af->path) != 0) {
		e = errno;
		goto err;
	}
	free(af->tmp);
	af->tmp = NULL;		/* renamed: not to be removed */
	afile_end(af);
	return 0;
err:
	afile_end(af);
	errno = e;
	return -1;
}

int
afile_commit(struct afile *af)
{
	return commit(af, true);
}

int
write_file_atomic(const char *path, const void *data, size_t n)
{
	return write_file_atomic_flags(path, data, n, true);
}

int
write_file_atomic_flags(const char *path, const void *data, size_t n,
    bool sync)
{
	struct afile af;

	if (same_file(path, data, n))
		return 0;
	if (afile_open(&af, path) != 0)
		return -1;
	/* Known to differ: straight to the temporary file. */
	if (af.cmpfd >= 0)
		diverge(&af);
	afile_write(&af, data, n);
	return commit(&af, sync);
}

int
nstrcmp(const char *a, const char *b)
{
	if (a == b)
		return 0;	/* the same string, or both NULL */
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

const char *
mem_find(const char *s, size_t n, const char *needle, size_t k)
{
	const char *p = s, *end = s + n;

	while (p < end && (p = memchr(p, needle[0], (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) < k)
			return NULL;
		if (memcmp(p, needle, k) == 0)
			return p;
		p++;
	}
	return NULL;
}

int
mkdirs(const char *path)
{
	char *p = xstrdup(path), *s;
	int rc = 0;

	for (s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0755) != 0 && errno != EEXIST) {
				rc = -1;
				break;
			}
			*s = c;
			if (c == '\0')
				break;
		}
	}
	free(p);
	return rc;
}

/* ------------------------------------------------------------ UTF-8 */

int
utf8_decode_slow(const unsigned char *s, size_t n, int *len)
{
	unsigned c = s[0], cp, min;
	int k, i;

	*len = 1;
	if (c < 0x80)
		return (int)c;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 1; cp = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 2; cp = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 3; cp = c & 0x07; min = 0x10000;
	} else
		return -1;
	if ((size_t)k >= n)
		return -1;
	for (i = 1; i <= k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = k + 1;
	return (int)cp;
}

size_t
ascii_span(const char *s, size_t n)
{
	size_t i = 0;

	while (n - i >= 8 && ascii8(s + i))
		i += 8;
	while (i < n && (unsigned char)s[i] - 1u < 0x7Fu)
		i++;
	return i;
}

size_t
utf8_count(const char *s, size_t n)
{
	size_t i = 0, c = 0;
	int len;

	while (i < n) {
		utf8_decode((const unsigned char *)s + i, n - i, &len);
		i += (size_t)len;
		c++;
	}
	return c;
}
