/*
 * htmlw.c - HTML straight into a buffer, as libxml2 would serialize it.
 *
 * libxml2's rules (HTMLtree.c, htmlNodeDumpFormatOutput, format on), for an
 * element E with libxml2's description D (NULL for names HTML 4 lacks):
 *   - no children: "<E>" alone if D is empty or D's end tag may be left out
 *     (not for html and body), else "<E></E>";
 *   - a line break after the start tag and another before the end tag when
 *     D is a block element, E has more than one child, the first (last)
 *     child is not text, and E's name does not begin with 'p';
 *   - a line break after E when D is a block element, E's next sibling is
 *     not text, and the parent's name does not begin with 'p'.
 * The first rule needs the second child and the last needs the next
 * sibling: the break after a start tag is inserted when the second child
 * comes, the break after an element is written when the next one comes.
 */
#include <stdarg.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "htmlw.h"

struct hw_tag {
	const char *name;
	bool block;		/* known to libxml2 and not inline */
	bool empty;		/* no content, no end tag */
	bool save_end;		/* end tag left out when there is no content */
};

struct hw_el {
	const char *name;
	struct hw_tag t;	/* a copy: the cache may move */
	bool open;		/* start tag not yet ended by '>' */
	bool pname;		/* the name begins with 'p' (p, pre, param) */
	bool raw;		/* script or style: text as it is */
	bool first_el;		/* the first child is an element */
	bool last_text;		/* the last child so far is text */
	bool pending;		/* a break is due if the next child is an element */
	size_t nkids;
	size_t pos;		/* offset just after the start tag */
};

static const struct hw_tag *
tag(struct hw *w, const char *name)
{
	const htmlElemDesc *d;
	struct hw_tag *t;

	for (size_t i = 0; i < w->ntags; i++)
		if (w->tags[i].name == name)
			return &w->tags[i];
	for (size_t i = 0; i < w->ntags; i++)
		if (strcmp(w->tags[i].name, name) == 0)
			return &w->tags[i];
	GROW(w->tags, w->tcap, w->ntags + 1);
	t = &w->tags[w->ntags++];
	d = htmlTagLookup((const xmlChar *)name);
	t->name = name;
	t->block = d != NULL && !d->isinline;
	t->empty = d != NULL && d->empty;
	t->save_end = d != NULL && d->saveEndTag && strcmp(d->name, "html") != 0 &&
	    strcmp(d->name, "body") != 0;
	return t;
}

static struct hw_el *
push(struct hw *w, const char *name)
{
	struct hw_el *e;

	GROW(w->st, w->cap, w->n + 1);
	e = &w->st[w->n++];
	memset(e, 0, sizeof *e);
	e->name = name;
	e->t = *tag(w, name);
	e->pname = name[0] == 'p';
	e->raw = strcasecmp(name, "script") == 0 || strcasecmp(name, "style") == 0;
	return e;
}

/* The open element gets a child: end its start tag, write the breaks due. */
static void
child(struct hw *w, bool text)
{
	struct hw_el *p = &w->st[w->n - 1];
	struct buf *b = w->b;

	if (p->open) {
		buf_putc(b, '>');
		p->open = false;
		p->pos = b->n;
	}
	if (p->nkids == 0)
		p->first_el = !text;
	if (++p->nkids == 2 && p->first_el && p->t.block && !p->pname) {
		/* The break after the start tag, now that there are two. */
		buf_putc(b, '\n');
		memmove(b->p + p->pos + 1, b->p + p->pos, b->n - 1 - p->pos);
		b->p[p->pos] = '\n';
	}
	if (!text && p->pending)
		buf_putc(b, '\n');
	p->pending = false;
	p->last_text = text;
}

/*
 * S as libxml2's xmlEncodeEntitiesReentrant() writes it in an HTML document;
 * ATTR: as xmlEncodeAttributeEntities(), which keeps "&{...}" and
 * "<!--...-->" as they are.
 */
static void
put_escaped(struct buf *b, const char *s, bool attr)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;

	for (; *p; p++) {
		const char *rep;
		const char *end;
		unsigned char c = *p;

		if (c >= 0x20 && c != '&' && c != '<' && c != '>')
			continue;
		if (c == '\t' || c == '\n' || c == '\r')
			continue;
		if (attr && c == '&' && p[1] == '{' &&
		    (end = strchr((const char *)p, '}')) != NULL) {
			p = (const unsigned char *)end;
			continue;
		}
		if (attr && c == '<' && p[1] == '!' && p[2] == '-' && p[3] == '-' &&
		    (end = strstr((const char *)p, "-->")) != NULL) {
			p = (const unsigned char *)end + 2;
			continue;
		}
		buf_put(b, run, (size_t)(p - run));
		rep = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "";
		buf_puts(b, rep);	/* other controls are dropped */
		run = p + 1;
	}
	buf_put(b, run, (size_t)(p - run));
}

/* Bytes xmlURIEscapeStr() keeps with libxml2's list for HTML links. */
static bool
uri_keep(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' && strchr("-_.!~*'()@/:=?;#%&,+<>",
	    c) != NULL);
}

/* V (N bytes) as xmlBufWriteQuotedString() writes it. */
static void
put_quoted(struct buf *b, const char *v, size_t n)
{
	if (memchr(v, '"', n) == NULL) {
		buf_putc(b, '"');
		buf_put(b, v, n);
		buf_putc(b, '"');
	} else if (memchr(v, '\'', n) == NULL) {
		buf_putc(b, '\'');
		buf_put(b, v, n);
		buf_putc(b, '\'');
	} else {
		buf_putc(b, '"');
		for (size_t i = 0; i < n; i++) {
			if (v[i] == '"')
				buf_puts(b, "&quot;");
			else
				buf_putc(b, v[i]);
		}
		buf_putc(b, '"');
	}
}

static bool
is_url_attr(const struct hw_el *e, const char *name)
{
	return strcasecmp(name, "href") == 0 || strcasecmp(name, "src") == 0 ||
	    strcasecmp(name, "action") == 0 || (strcasecmp(name, "name") == 0 &&
	    strcasecmp(e->name, "a") == 0);
}

void
hw_begin(struct hw *w, struct buf *out, const char *name)
{
	struct hw_el *e;

	w->b = out;
	w->n = 0;
	e = push(w, name);
	e->pos = out->n;
}

bool
hw_end(struct hw *w)
{
	struct hw_el *e;

	while (w->n > 1)
		hw_close(w);
	e = &w->st[0];
	if (e->nkids > 1 && e->t.block && !e->last_text && !e->pname)
		buf_putc(w->b, '\n');
	w->n = 0;
	return e->nkids > 0;
}

void
hw_free(struct hw *w)
{
	free(w->st);
	free(w->tags);
	buf_free(&w->tmp);
	memset(w, 0, sizeof *w);
}

void
hw_open(struct hw *w, const char *name)
{
	child(w, false);
	buf_putc(w->b, '<');
	buf_puts(w->b, name);
	push(w, name)->open = true;
}

void
hw_attr(struct hw *w, const char *name, const char *value)
{
	const struct hw_el *e = &w->st[w->n - 1];
	struct buf *t = &w->tmp;
	const char *v;

	buf_putc(w->b, ' ');
	buf_puts(w->b, name);
	if (htmlIsBooleanAttr((const xmlChar *)name))
		return;
	buf_putc(w->b, '=');
	buf_reset(t);
	put_escaped(t, value ? value : "", true);
	v = t->p ? t->p : "";
	if (is_url_attr(e, name)) {
		size_t n = t->n, i = 0, start;
		while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' ||
		    v[i] == '\r'))
			i++;
		/* Escaped after the value, in the same scratch buffer. */
		start = t->n;
		for (; i < n; i++) {
			unsigned char c = (unsigned char)t->p[i];
			if (uri_keep(c))
				buf_putc(t, (char)c);
			else {
				static const char hex[] = "0123456789ABCDEF";
				char x[3] = { '%', hex[c >> 4], hex[c & 15] };
				buf_put(t, x, 3);
			}
		}
		put_quoted(w->b, t->p + start, t->n - start);
		return;
	}
	put_quoted(w->b, v, t->n);
}

void
hw_attrf(struct hw *w, const char *name, const char *fmt, ...)
{
	struct buf v = {0};
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&v, fmt, ap);
	va_end(ap);
	hw_attr(w, name, v.p ? v.p : "");
	buf_free(&v);
}

void
hw_text(struct hw *w, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	child(w, true);
	if (w->st[w->n - 1].raw)
		buf_puts(w->b, text);
	else
		put_escaped(w->b, text, false);
}

void
hw_close(struct hw *w)
{
	struct hw_el *e, *p;
	struct buf *b = w->b;

	if (w->n <= 1)
		return;		/* the outer element is hw_end()'s */
	e = &w->st[w->n - 1];
	if (e->open) {
		/* No children. */
		if (e->t.empty || e->t.save_end)
			buf_putc(b, '>');
		else {
			buf_puts(b, "></");
			buf_puts(b, e->name);
			buf_putc(b, '>');
		}
	} else {
		if (e->nkids > 1 && e->t.block && !e->last_text && !e->pname)
			buf_putc(b, '\n');
		buf_puts(b, "</");
		buf_puts(b, e->name);
		buf_putc(b, '>');
	}
	p = &w->st[--w->n - 1];
	p->pending = e->t.block && !p->pname;
}

void
hw_put_element(struct hw *w, const char *name, const char *s, size_t n)
{
	struct hw_el *p;
	bool block = tag(w, name)->block;

	child(w, false);
	buf_put(w->b, s, n);
	p = &w->st[w->n - 1];
	p->pending = block && !p->pname;	/* as hw_close() leaves it */
}

void
hw_el(struct hw *w, const char *name, const char *text)
{
	hw_open(w, name);
	hw_text(w, text);
	hw_close(w);
}
