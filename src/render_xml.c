/*
 * render_xml.c - libxml2 helpers for the HTML, email and Atom backends.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>

#include "escape.h"
#include "render_xml.h"

#define PLACEHOLDER "dateline:"

xmlNodePtr
xel(xmlNodePtr parent, const char *name, const char *text)
{
	xmlNodePtr n = xmlNewNode(NULL, BAD_CAST name);

	if (text != NULL && *text)
		xmlAddChild(n, xmlNewText(BAD_CAST text));
	if (parent != NULL)
		xmlAddChild(parent, n);
	return n;
}

void
xattr(xmlNodePtr n, const char *name, const char *value)
{
	xmlNewProp(n, BAD_CAST name, BAD_CAST (value ? value : ""));
}

void
xtext(xmlNodePtr parent, const char *text)
{
	if (text != NULL && *text)
		xmlAddChild(parent, xmlNewText(BAD_CAST text));
}

/* The marker of piece K in the tree: a comment no template can leave in the
 * page (xpage drops the template's comments; text and attributes have their
 * '<' escaped). */
#define RAW_MARK "<!--dateline-raw:"

void
xraw(struct xraws *x, xmlNodePtr parent, const char *html, size_t n)
{
	char mark[64];
	xmlNodePtr t;

	buf_put(&x->b, html ? html : "", n);
	GROW(x->end, x->cap, x->n + 1);
	x->end[x->n] = x->b.n;
	snprintf(mark, sizeof mark, RAW_MARK "%zu-->", x->n++);
	t = xmlNewText(BAD_CAST mark);
	if (t == NULL)
		abort();
	/* The serializer writes a text node of this name unescaped. */
	t->name = xmlStringTextNoenc;
	xmlAddChild(parent, t);
}

void
xraws_free(struct xraws *x)
{
	buf_free(&x->b);
	free(x->end);
	memset(x, 0, sizeof *x);
}

/*
 * P[0..n) into OUT with each marker of RAWS, in their order, replaced by
 * its piece.  False if a marker is missing.
 */
static bool
splice(struct buf *out, const char *p, size_t n, const struct xraws *x)
{
	const char *end = p + n;

	for (size_t k = 0; x && k < x->n; k++) {
		char mark[64];
		int ml = snprintf(mark, sizeof mark, RAW_MARK "%zu-->", k);
		const char *at = mem_find(p, (size_t)(end - p), mark, (size_t)ml);
		if (at == NULL)
			return false;
		size_t beg = k ? x->end[k - 1] : 0;
		buf_put(out, p, (size_t)(at - p));
		buf_put(out, x->b.p + beg, x->end[k] - beg);
		p = at + ml;
	}
	buf_put(out, p, (size_t)(end - p));
	return true;
}

const char *
xclean(const struct rview *rv, const char *s)
{
	struct buf b = {0};
	const char *r;

	esc_text(&b, s, s ? strlen(s) : 0);
	r = arena_strdup(rv->a, b.p ? b.p : "");
	buf_free(&b);
	return r;
}

const char *
xsubst(const struct rview *rv, const char *tmpl, const char *value)
{
	const char *p = strstr(tmpl, "%s");

	if (p == NULL)
		return arena_printf(rv->a, "%s", tmpl);
	return arena_printf(rv->a, "%.*s%s%s", (int)(p - tmpl), tmpl, value, p + 2);
}

struct found {
	xmlNodePtr *n;		/* placeholders */
	size_t len, cap;
	xmlNodePtr *other;	/* other comments: the template's notes, dropped */
	size_t nother, ocap;
	xmlNodePtr title;
};

static void
walk(xmlNodePtr n, struct found *f)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_COMMENT_NODE && n->content &&
		    strncmp((const char *)n->content, PLACEHOLDER,
		    strlen(PLACEHOLDER)) == 0) {
			GROW(f->n, f->cap, f->len + 1);
			f->n[f->len++] = n;
		} else if (n->type == XML_COMMENT_NODE) {
			GROW(f->other, f->ocap, f->nother + 1);
			f->other[f->nother++] = n;
		} else if (n->type == XML_ELEMENT_NODE) {
			if (f->title == NULL && strcmp((const char *)n->name, "title") == 0)
				f->title = n;
			walk(n->children, f);
		}
	}
}

int
xpage(const struct rview *rv, const char *tname, const char *tmpl, size_t n,
    const char *title, const char *required,
    xmlNodePtr (*build)(void *, const char *), void *arg, struct xraws *raws,
    struct buf *out, struct diag *dg)
{
	const char *where = xfmt(rv, "%s/%s", rv->r->templates ?
	    rv->r->templates : "templates", tname);
	htmlDocPtr doc;
	xmlNodePtr root;
	struct found f = {0};
	int rc = -1;
	bool have_required = false;

	if (n > (size_t)INT32_MAX) {
		diag_add(dg, DIAG_REJECT, where, "template too large");
		return -1;
	}
	doc = htmlReadMemory(tmpl, (int)n, tname, "UTF-8", HTML_PARSE_NONET |
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL ||
	    strcmp((const char *)root->name, "html") != 0) {
		diag_add(dg, DIAG_REJECT, where, "not an HTML page (no <html> element)");
		goto out;
	}
	xmlSetProp(root, BAD_CAST "lang", BAD_CAST rv->locale);
	walk(doc->children, &f);
	for (size_t i = 0; i < f.nother; i++) {
		xmlUnlinkNode(f.other[i]);
		xmlFreeNode(f.other[i]);
	}
	if (f.title != NULL && title != NULL) {
		while (f.title->children) {
			xmlNodePtr c = f.title->children;
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
		xtext(f.title, title);
	}
	for (size_t i = 0; i < f.len; i++) {
		const char *name = (const char *)f.n[i]->content + strlen(PLACEHOLDER);
		char *nm = xstrdup(name);
		/* Trim spaces around the name. */
		size_t k = strlen(nm);
		while (k > 0 && (nm[k - 1] == ' ' || nm[k - 1] == '\n'))
			nm[--k] = '\0';
		if (required && strcmp(nm, required) == 0)
			have_required = true;
		xmlNodePtr frag = build(arg, nm);
		if (frag == NULL) {
			diag_add(dg, DIAG_REJECT, where, "unknown placeholder "
			    "<!--dateline:%s-->", nm);
			free(nm);
			goto out;
		}
		free(nm);
		while (frag->children) {
			xmlNodePtr c = frag->children;
			xmlUnlinkNode(c);
			xmlAddPrevSibling(f.n[i], c);
		}
		xmlFreeNode(frag);
		xmlUnlinkNode(f.n[i]);
		xmlFreeNode(f.n[i]);
	}
	if (required && !have_required) {
		diag_add(dg, DIAG_REJECT, where, "no <!--dateline:%s--> placeholder",
		    required);
		goto out;
	}
	/* UTF-8 out, not named entities: the page says <meta charset="utf-8">. */
	xmlOutputBufferPtr ob = xmlAllocOutputBuffer(NULL);
	htmlDocContentDumpFormatOutput(ob, doc, "UTF-8", 1);
	xmlOutputBufferFlush(ob);
	const char *p = ob->error == 0 ? (const char *)xmlOutputBufferGetContent(ob) :
	    NULL, *end = p ? p + xmlOutputBufferGetSize(ob) : NULL;
	if (p == NULL || p == end) {
		xmlOutputBufferClose(ob);
		diag_add(dg, DIAG_REJECT, where, "cannot serialize the page");
		goto out;
	}
	/* Our own doctype, whatever the template had. */
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
		p++;
	if (end - p > 9 && strncasecmp(p, "<!DOCTYPE", 9) == 0) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		p = gt ? gt + 1 : p;
		while (p < end && (*p == '\n' || *p == '\r'))
			p++;
	}
	size_t at = out->n;
	buf_puts(out, "<!DOCTYPE html>\n");
	bool whole = splice(out, p, (size_t)(end - p), raws);
	xmlOutputBufferClose(ob);
	if (!whole) {
		out->n = at;
		diag_add(dg, DIAG_REJECT, where, "cannot serialize the page");
		goto out;
	}
	rc = 0;
out:
	if (raws)
		xraws_free(raws);
	free(f.n);
	free(f.other);
	if (doc)
		xmlFreeDoc(doc);
	return rc;
}
