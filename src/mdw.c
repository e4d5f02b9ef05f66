/*
 * mdw.c - CommonMark straight into a buffer, as cmark would render it.
 *
 * cmark's renderer (render.c S_out, commonmark.c outc and S_render_node,
 * cmark 0.30) with width 0, reduced to the nodes the Markdown backend
 * makes:
 *   - a line break or blank line is only due (need_cr) until the next
 *     output, which writes it, the blank line with the prefix of the open
 *     containers (list items, block quotes) and no break at all where the
 *     output already ends in one;
 *   - each line starts with the prefix; the start of a line, a list item, a
 *     block quote or a heading is "the beginning of content" until a
 *     character other than a digit ("a digit" meaning, as in cmark, a code
 *     point whose low byte is an ASCII digit) is written;
 *   - the escaping of each kind of output is in mdw.h; a string is read as
 *     UTF-8 and cut at its first ill-formed sequence.
 * esc_md_template() is done on the way out (tput): the bytes that precede a
 * '{' or '%' in the buffer are those cmark wrote before it, as the backslashes
 * it adds come only right before one.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdw.h"

enum esc { LITERAL, NORMAL, URL, TITLE };

/* ASCII bytes some output kind may change: bit C of lo (C < 64) or hi. */
#define LO(c) ((c) < 64 ? UINT64_C(1) << (c) : 0)
#define HI(c) ((c) >= 64 ? UINT64_C(1) << ((c) - 64) : 0)

static const uint64_t special[4][2] = {
	[LITERAL] = { 0, 0 },	/* not used: LITERAL is written code point by code point */
	[NORMAL] = { UINT64_C(0xFFFFFFFF) | LO('*') | LO('#') | LO('<') |
	    LO('>') | LO('!') | LO('&') | LO('%'), HI('_') | HI('[') | HI(']') |
	    HI('\\') | HI('`') | HI('{') },
	[URL] = { LO('\t') | LO('\n') | LO('\v') | LO('\f') | LO('\r') |
	    LO(' ') | LO('<') | LO('>') | LO('(') | LO(')') | LO('%'),
	    HI('\\') | HI('`') | HI('{') },
	[TITLE] = { LO('<') | LO('>') | LO('"') | LO('%'), HI('\\') | HI('`') |
	    HI('{') },
};

static bool
is_special(enum esc esc, unsigned char c)
{
	if (c >= 0x80)
		return true;
	return (special[esc][c >> 6] >> (c & 63)) & 1;
}

/* cmark_isspace, cmark_isdigit, cmark_isalpha: ASCII only. */
static bool
blank(unsigned c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool
digit(unsigned c)
{
	return c >= '0' && c <= '9';
}

static bool
alpha(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The ASCII byte C of cmark's output, with esc_md_template's backslash. */
static void
tput(struct mdw *w, char c)
{
	struct buf *b = w->b;

	if (c == '{') {
		size_t k = b->n, bs = 0;
		while (k > w->base && b->p[k - 1] == '\\') {
			k--;
			bs++;
		}
		if (bs % 2 == 0)
			buf_putc(b, '\\');
	} else if (c == '%' && b->n > w->base && b->p[b->n - 1] == '{')
		buf_putc(b, '\\');
	buf_putc(b, c);
}

static void
put_prefix(struct mdw *w)
{
	if (w->prefix.n)
		buf_put(w->b, w->prefix.p, w->prefix.n);
}

/* The line break or blank line that is due, before any output. */
static void
flush(struct mdw *w)
{
	struct buf *b = w->b;
	size_t k = b->n;	/* just after the byte looked at */

	while (w->need_cr > 0) {
		if (k == w->base || b->p[k - 1] == '\n') {
			if (k > w->base)
				k--;
		} else {
			buf_putc(b, '\n');
			if (w->need_cr > 1)
				put_prefix(w);
		}
		w->begin_line = true;
		w->begin_content = true;
		w->need_cr--;
	}
}

static void
cr(struct mdw *w)
{
	if (w->need_cr < 1)
		w->need_cr = 1;
}

static void
blankline(struct mdw *w)
{
	if (w->need_cr < 2)
		w->need_cr = 2;
}

/* Markup of our own: ASCII, no line break, no '{' or '%'. */
static void
lit(struct mdw *w, const char *s)
{
	flush(w);
	if (*s == '\0')
		return;
	if (w->begin_line)
		put_prefix(w);
	w->begin_line = false;
	for (const char *p = s; *p; p++)
		w->begin_content = w->begin_content && digit((unsigned char)*p);
	buf_puts(w->b, s);
}

/* The code point C (bytes S, LEN of them) as cmark's outc() writes it. */
static void
outc(struct mdw *w, enum esc esc, int c, const unsigned char *s, int len,
    unsigned nextc)
{
	struct buf *b = w->b;
	bool follows_digit = b->n > w->base && digit((unsigned char)b->p[b->n - 1]);
	bool e = false;

	if (c >= 0x80) {
		buf_put(b, s, (size_t)len);
		return;
	}
	switch (esc) {
	case NORMAL:
		switch (c) {
		case '*': case '_': case '[': case ']': case '#': case '<':
		case '>': case '\\': case '`': case '!':
			e = true;
			break;
		case '&':
			e = alpha(nextc);
			break;
		case '-': case '+': case '=':
			e = w->begin_content && !follows_digit;
			break;
		case '.': case ')':
			e = w->begin_content && follows_digit &&
			    (nextc == 0 || blank(nextc));
			break;
		default:
			e = c < 0x20;
		}
		break;
	case URL:
		e = c == '`' || c == '<' || c == '>' || blank((unsigned)c) ||
		    c == '\\' || c == ')' || c == '(';
		break;
	case TITLE:
		e = c == '`' || c == '<' || c == '>' || c == '"' || c == '\\';
		break;
	case LITERAL:
		break;
	}
	if (!e)
		tput(w, (char)c);
	else if (esc == URL && blank((unsigned)c)) {
		char enc[8];
		snprintf(enc, sizeof enc, "%%%2X", (unsigned)c);
		tput(w, enc[0]);
		buf_puts(b, enc + 1);
	} else if (c >= 0x20) {	/* punctuation */
		buf_putc(b, '\\');
		tput(w, (char)c);
	} else
		buf_printf(b, "&#%d;", c);
}

/*
 * The rest of S (N bytes from I) once neither the line nor its content has
 * just begun, in kind ESC other than LITERAL: runs of bytes that need
 * nothing are copied whole.
 */
static void
out_run(struct mdw *w, const unsigned char *s, size_t i, size_t n,
    enum esc esc)
{
	while (i < n) {
		size_t j = i;
		int len;

		while (j < n && !is_special(esc, s[j]))
			j++;
		buf_put(w->b, s + i, j - i);
		if (j == n)
			return;
		i = j;
		if (s[i] >= 0x80) {
			if (utf8_decode(s + i, n - i, &len) < 0)
				return;
			buf_put(w->b, s + i, (size_t)len);
			i += (size_t)len;
		} else {
			outc(w, esc, s[i], s + i, 1, s[i + 1]);
			i++;
		}
	}
}

/* S as cmark's S_out() writes it, without wrapping. */
static void
out(struct mdw *w, const char *str, enum esc esc)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = strlen(str), i = 0;

	flush(w);
	while (i < n) {
		int c, len;

		if (w->begin_line)
			put_prefix(w);
		else if (esc != LITERAL && !w->begin_content) {
			out_run(w, s, i, n, esc);
			return;
		}
		c = utf8_decode(s + i, n - i, &len);
		if (c < 0)
			return;
		if (esc == LITERAL && c == '\n') {
			buf_putc(w->b, '\n');
			w->begin_line = true;
			w->begin_content = true;
		} else {
			if (esc == LITERAL) {
				if (c < 0x80)
					tput(w, (char)c);
				else
					buf_put(w->b, s + i, (size_t)len);
			} else
				outc(w, esc, c, s + i, len, s[i + (size_t)len]);
			w->begin_line = false;
			w->begin_content = w->begin_content &&
			    digit((unsigned)c & 0xFF);
		}
		i += (size_t)len;
	}
}

static void
push(struct mdw *w, const char *s)
{
	GROW(w->marks, w->cmarks, w->nmarks + 1);
	w->marks[w->nmarks++] = w->prefix.n;
	buf_puts(&w->prefix, s);
}

static void
pop(struct mdw *w)
{
	if (w->nmarks > 0)
		w->prefix.n = w->marks[--w->nmarks];
	if (w->prefix.p)
		w->prefix.p[w->prefix.n] = '\0';
}

void
mw_begin(struct mdw *w, struct buf *out)
{
	w->b = out;
	w->base = out->n;
	buf_reset(&w->prefix);
	w->nmarks = 0;
	w->need_cr = 0;
	w->begin_line = true;
	w->begin_content = true;
	w->item = 0;
}

void
mw_end(struct mdw *w)
{
	struct buf *b = w->b;

	if (b->n == w->base || b->p[b->n - 1] != '\n')
		buf_putc(b, '\n');
}

void
mw_free(struct mdw *w)
{
	buf_free(&w->prefix);
	free(w->marks);
	w->marks = NULL;
	w->cmarks = w->nmarks = 0;
}

void
mw_heading_begin(struct mdw *w, int level)
{
	for (int i = 0; i < level; i++)
		lit(w, "#");
	lit(w, " ");
	w->begin_content = true;
}

void
mw_heading_end(struct mdw *w)
{
	blankline(w);
}

void
mw_para_begin(struct mdw *w)
{
	(void)w;
}

void
mw_para_end(struct mdw *w)
{
	blankline(w);
}

void
mw_list_begin(struct mdw *w)
{
	w->item = 0;
}

void
mw_list_end(struct mdw *w)
{
	(void)w;
}

void
mw_item_begin(struct mdw *w)
{
	char marker[24];
	int n = ++w->item;

	/* At least 4 wide, as cmark makes it. */
	snprintf(marker, sizeof marker, "%d.%s", n, n < 10 ? "  " : " ");
	lit(w, marker);
	w->begin_content = true;
	memset(marker, ' ', strlen(marker));
	push(w, marker);
}

void
mw_item_end(struct mdw *w)
{
	pop(w);
	cr(w);
}

void
mw_quote_begin(struct mdw *w)
{
	lit(w, "> ");
	w->begin_content = true;
	push(w, "> ");
}

void
mw_quote_end(struct mdw *w)
{
	pop(w);
	blankline(w);
}

void
mw_text(struct mdw *w, const char *s)
{
	if (s != NULL && *s)
		out(w, s, NORMAL);
}

void
mw_strong(struct mdw *w, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	lit(w, "**");
	out(w, s, NORMAL);
	lit(w, "**");
}

void
mw_emph(struct mdw *w, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	lit(w, "*");
	out(w, s, NORMAL);
	lit(w, "*");
}

/* The shortest run of backticks S lacks (at most 32, as cmark counts). */
static int
ticks(const char *s)
{
	uint32_t used = 1;
	int run = 0, i = 0;

	for (;; s++) {
		if (*s == '`')
			run++;
		else {
			if (run > 0 && run < 32)
				used |= UINT32_C(1) << run;
			run = 0;
		}
		if (*s == '\0')
			break;
	}
	while (i < 32 && (used & 1)) {
		used >>= 1;
		i++;
	}
	return i;
}

void
mw_code(struct mdw *w, const char *s)
{
	size_t n;
	bool pad;
	int k;

	if (s == NULL)
		s = "";
	n = strlen(s);
	k = ticks(s);
	/*
	 * A space inside both ends if the code is empty, either end is a '`',
	 * or both are spaces and not everything is.
	 */
	pad = n == 0 || s[0] == '`' || s[n - 1] == '`' || (s[0] == ' ' &&
	    s[n - 1] == ' ' && strspn(s, " ") < n);
	for (int i = 0; i < k; i++)
		lit(w, "`");
	if (pad)
		lit(w, " ");
	out(w, s, LITERAL);
	if (pad)
		lit(w, " ");
	for (int i = 0; i < k; i++)
		lit(w, "`");
}

void
mw_linebreak(struct mdw *w)
{
	lit(w, "  ");
	cr(w);
}

void
mw_link(struct mdw *w, const char *url, const char *label)
{
	if (url == NULL) {
		mw_text(w, label);
		return;
	}
	lit(w, "[");
	mw_text(w, label);
	lit(w, "](");
	out(w, url, URL);
	if (label != NULL && *label) {
		lit(w, " \"");
		out(w, label, TITLE);
		lit(w, "\"");
	}
	lit(w, ")");
}
