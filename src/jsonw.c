/*
 * jsonw.c - indented JSON straight into a buffer, as jansson would dump it.
 *
 * jansson's rules (dump.c, do_dump and dump_indent, flags JSON_INDENT(n) |
 * JSON_PRESERVE_ORDER): a container with members writes '{' or '[', then
 * before its first member a break to the members' level, before each other
 * one ',' and a break (or ' ' when N is 0), and before its end a break to
 * its own level; a break is "\n" and N spaces a level.  Strings are escaped
 * by jw_put_string() as dump_string() escapes them, after checking the UTF-8
 * that json_string() checks: a string it refuses is taken back out.
 */
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"

static void
brk(struct jsonw *w, size_t level, bool space)
{
	static const char sp[] = "                                ";

	if (w->indent > 0) {
		size_t n = level * (size_t)w->indent;
		buf_putc(w->b, '\n');
		for (; n > sizeof sp - 1; n -= sizeof sp - 1)
			buf_put(w->b, sp, sizeof sp - 1);
		buf_put(w->b, sp, n);
	} else if (space)
		buf_putc(w->b, ' ');
}

/* Before a value in an array or a key in an object: separator and break. */
static void
slot(struct jsonw *w)
{
	size_t *c;

	if (w->depth == 0)
		return;
	c = &w->count[w->depth - 1];
	if (*c > 0)
		buf_putc(w->b, ',');
	brk(w, w->depth, *c > 0);
	(*c)++;
}

/* Bytes written as they are, whatever the flags: ASCII but the C0
 * controls, '"' and '\\'. */
static const bool plain_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 1_ */
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 2_ */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 3_ */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 4_ */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,	/* 5_ */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 6_ */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 7_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 8_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 9_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* A_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* B_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* C_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* D_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* E_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* F_ */
};

/* Is byte C written as it is, whatever the flags (ASCII, no escape)? */
static inline bool
plain(unsigned char c)
{
	return plain_byte[c];
}

/* The 8 bytes at P, the first the lowest. */
static inline uint64_t
load8(const unsigned char *p)
{
	uint64_t x;

	memcpy(&x, p, sizeof x);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

/*
 * The high bit of each byte of X (8 bytes from load8()) that is not
 * plain(), and maybe of some after the first: the lowest one set is exact.
 */
static inline uint64_t
unplain8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones << 7;

	/* A byte below 0x20 borrows into its high bit; '"' and '\\' become
	 * 0 and borrow; a byte from 0x80 up has it.  Only a byte so marked
	 * borrows from the next. */
	return ((x - 0x20 * ones) | ((x ^ 0x22 * ones) - ones) |
	    ((x ^ 0x5C * ones) - ones) | x) & highs;
}

/* The end of the run of plain() bytes from P on, in the string S..END. */
static const unsigned char *
plain_run(const unsigned char *s, const unsigned char *p,
    const unsigned char *end)
{
	size_t left;

	for (; end - p >= 8; p += 8) {
		uint64_t m = unplain8(load8(p));
		if (m != 0)
			return p + (__builtin_ctzll(m) >> 3);
	}
	left = (size_t)(end - p);
	if (left > 0 && end - s >= 8) {
		/* The string's last 8 bytes, those before P shifted out: the
		 * zeros shifted in stop the run at END. */
		uint64_t m = unplain8(load8(end - 8) >> (8 * (8 - left)));
		size_t k = (size_t)__builtin_ctzll(m) >> 3;
		return p + (k < left ? k : left);
	}
	while (p < end && plain(*p))
		p++;
	return p;
}

/* U as \uXXXX (uppercase hex) at O: past it. */
static char *
put_u(char *o, unsigned u)
{
	static const char hex[] = "0123456789ABCDEF";

	o[0] = '\\';
	o[1] = 'u';
	o[2] = hex[u >> 12];
	o[3] = hex[(u >> 8) & 15];
	o[4] = hex[(u >> 4) & 15];
	o[5] = hex[u & 15];
	return o + 6;
}

/* ASCII byte C, not plain(), escaped at O: past it. */
static char *
escape_ascii(char *o, unsigned char c)
{
	char e;

	switch (c) {
	case '"': e = '"'; break;
	case '\\': e = '\\'; break;
	case '\b': e = 'b'; break;
	case '\f': e = 'f'; break;
	case '\n': e = 'n'; break;
	case '\r': e = 'r'; break;
	case '\t': e = 't'; break;
	default: return put_u(o, c);
	}
	o[0] = '\\';
	o[1] = e;
	return o + 2;
}

/*
 * Code point CP at O as \uXXXX (a surrogate pair above U+FFFF), or -1 (an
 * ill-formed byte) as U+FFFD: past it.
 */
static char *
escape_cp(char *o, int cp)
{
	if (cp < 0) {
		memcpy(o, "\xEF\xBF\xBD", 3);
		return o + 3;
	}
	if (cp > 0xFFFF) {
		o = put_u(o, 0xD800 | ((unsigned)(cp - 0x10000) >> 10));
		return put_u(o, 0xDC00 | ((unsigned)(cp - 0x10000) & 0x3FF));
	}
	return put_u(o, (unsigned)cp);
}

/* The bytes [from, to) at O: past them. */
static char *
copy(char *o, const unsigned char *from, const unsigned char *to)
{
	if (to > from)
		memcpy(o, from, (size_t)(to - from));
	return o + (to - from);
}

/* The most bytes written for one byte of a string: a control, \u00XX. */
#define MAX_GROWTH 6

bool
jw_put_string(struct buf *b, const char *s, size_t n, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n, *run = p;
	size_t room = MAX_GROWTH * n + 3;	/* the quotes and the NUL */
	char *o;

	/* Room for the worst once: then written straight, runs at a time. */
	if (b->n + room > b->cap)
		GROW(b->p, b->cap, b->n + room);
	o = b->p + b->n;
	*o++ = '"';
	while ((p = plain_run((const unsigned char *)s, p, end)) < end) {
		unsigned char c = *p;
		int len = 1, cp = c;

		if (c >= 0x80) {
			cp = utf8_decode(p, (size_t)(end - p), &len);
			if (cp < 0 && !(flags & JW_REPAIR)) {
				b->p[b->n] = '\0';	/* json_string() refuses it */
				return false;
			}
			if (cp >= 0 && !(flags & JW_ASCII) &&
			    !((flags & JW_LS_PS) && (cp == 0x2028 || cp == 0x2029))) {
				p += len;
				continue;
			}
		}
		o = copy(o, run, p);
		o = c >= 0x80 ? escape_cp(o, cp) : escape_ascii(o, c);
		run = p += len;
	}
	o = copy(o, run, p);
	*o++ = '"';
	*o = '\0';
	b->n = (size_t)(o - b->p);
	return true;
}

/* S as the writer's options say, or false (nothing written). */
static bool
put_string(const struct jsonw *w, const char *s)
{
	return jw_put_string(w->b, s, strlen(s), w->ascii ? JW_ASCII : 0);
}

static void
value(struct jsonw *w)
{
	if (w->keyed)
		w->keyed = false;
	else
		slot(w);
}

void
jw_begin(struct jsonw *w, struct buf *out, int indent)
{
	w->b = out;
	w->indent = indent;
	w->depth = 0;
	w->keyed = false;
	w->ascii = false;
}

void
jw_free(struct jsonw *w)
{
	free(w->count);
	w->count = NULL;
	w->cap = w->depth = 0;
}

static void
level_begin(struct jsonw *w, char c)
{
	value(w);
	buf_putc(w->b, c);
	GROW(w->count, w->cap, w->depth + 1);
	w->count[w->depth++] = 0;
}

static void
level_end(struct jsonw *w, char c)
{
	if (w->depth == 0)
		return;
	if (w->count[--w->depth] > 0)
		brk(w, w->depth, false);
	buf_putc(w->b, c);
}

void
jw_obj_begin(struct jsonw *w)
{
	level_begin(w, '{');
}

void
jw_obj_end(struct jsonw *w)
{
	level_end(w, '}');
}

void
jw_arr_begin(struct jsonw *w)
{
	level_begin(w, '[');
}

void
jw_arr_end(struct jsonw *w)
{
	level_end(w, ']');
}

struct jw_mark
jw_mark(const struct jsonw *w)
{
	struct jw_mark m;

	m.n = w->b->n;
	m.depth = w->depth;
	m.count = w->depth ? w->count[w->depth - 1] : 0;
	m.keyed = w->keyed;
	return m;
}

void
jw_undo(struct jsonw *w, struct jw_mark m)
{
	w->b->n = m.n;
	if (w->b->p)
		w->b->p[m.n] = '\0';
	w->depth = m.depth;
	if (m.depth)
		w->count[m.depth - 1] = m.count;
	w->keyed = m.keyed;
}

bool
jw_str(struct jsonw *w, const char *s)
{
	struct jw_mark m = jw_mark(w);

	if (s == NULL)
		return false;
	value(w);
	if (!put_string(w, s)) {
		jw_undo(w, m);
		return false;
	}
	return true;
}

void
jw_key(struct jsonw *w, const char *key)
{
	slot(w);
	put_string(w, key);
	buf_put(w->b, ": ", 2);
	w->keyed = true;
}

bool
jw_member(struct jsonw *w, const char *key, const char *s)
{
	struct jw_mark m = jw_mark(w);

	jw_key(w, key);
	if (!jw_str(w, s)) {
		jw_undo(w, m);
		return false;
	}
	return true;
}
