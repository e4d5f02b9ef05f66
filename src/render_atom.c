/*
 * render_atom.c - out/feed.xml, an Atom 1.0 feed (RFC 4287) built as a
 * libxml2 tree: newest entry first, one <entry> per dated deal, the newest
 * ATOM_MAX of them.
 *
 * Ids are "urn:dateline:entry:ID" from the entry's stable id, so readers see
 * the same item across rebuilds.  <updated> is the latest source's own date
 * (else the deal's first day), at midnight UTC: a rebuild changes nothing.
 * Links point at the page (with --site-url) or the first source.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "render.h"
#include "render_xml.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"
#define ATOM_MAX 100	/* entries: a feed says what is new, the page holds all */

static const char *
stamp(const struct rview *rv, struct ymd d)
{
	return xfmt(rv, "%04d-%02d-%02dT00:00:00Z", d.y, d.m, d.d);
}

/* Newest first: by first day, then last day, both descending; then id. */
static int
newest_first(const void *a, const void *b)
{
	const struct rentry *x = *(const struct rentry *const *)a;
	const struct rentry *y = *(const struct rentry *const *)b;
	long dx = ymd_to_days(x->beg), dy = ymd_to_days(y->beg);

	if (dx != dy)
		return dx > dy ? -1 : 1;
	dx = ymd_to_days(x->end);
	dy = ymd_to_days(y->end);
	if (dx != dy)
		return dx > dy ? -1 : 1;
	return strcmp(x->e->id, y->e->id);
}

static void
entry(const struct rview *rv, xmlNodePtr feed, const struct rentry *re)
{
	xmlNodePtr en = xel(feed, "entry", NULL), x;
	const char *page = rv_site(rv, xfmt(rv, "index.html#e-%s", re->e->id));
	const char *href = page ? page : re->nsrc && re->src[0].url ?
	    re->src[0].url : NULL;
	struct buf s = {0};

	xel(en, "id", xfmt(rv, "urn:dateline:entry:%s", re->e->id));
	x = xel(en, "title", re->headline);
	xattr(x, "type", "text");
	if (strcmp(re->hl_lang, rv->locale) != 0)
		xmlNodeSetLang(x, BAD_CAST re->hl_lang);
	xel(en, "updated", stamp(rv, re->has_updated ? re->updated : re->beg));
	if (href) {
		x = xel(en, "link", NULL);
		xattr(x, "rel", "alternate");
		xattr(x, "href", href);
	}
	for (size_t i = 0; i < re->nshow; i++) {
		if (re->src[i].url == NULL || (href && !strcmp(href, re->src[i].url)))
			continue;
		x = xel(en, "link", NULL);
		xattr(x, "rel", "related");
		xattr(x, "href", re->src[i].url);
		xattr(x, "title", re->src[i].name);
	}
	x = xel(en, "category", NULL);
	xattr(x, "term", re->e->kind < DEAL_MAX ? deal_kind_names[re->e->kind] :
	    "other");
	xattr(x, "label", re->kind);
	/* Summary: "27 May 2021 · Orange, Capgemini · joint venture · announced. Sentence" */
	buf_puts(&s, re->date_text);
	for (size_t i = 0; i < re->e->nactors; i++)
		buf_printf(&s, "%s%s", i ? ", " : " · ", re->actors[i]);
	buf_printf(&s, " · %s · %s.", re->kind, re->status);
	if (re->nsrc && re->src[0].sentence[0])
		buf_printf(&s, " “%s”", re->src[0].sentence);
	x = xel(en, "summary", s.p);
	xattr(x, "type", "text");
	buf_free(&s);
}

static int
atom_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	xmlDocPtr doc;
	xmlNodePtr feed, x;
	const struct rentry **v;
	size_t nv = 0;
	xmlChar *mem = NULL;
	int len = 0;
	const char *self, *page;

	if (rv == NULL)
		return -1;
	v = xcalloc(rv->n + 1, sizeof *v);
	for (size_t i = 0; i < rv->n; i++)
		if (rv->e[i].ranged)
			v[nv++] = &rv->e[i];
	qsort(v, nv, sizeof *v, newest_first);
	if (nv > ATOM_MAX)
		nv = ATOM_MAX;

	doc = xmlNewDoc(BAD_CAST "1.0");
	feed = xmlNewNode(NULL, BAD_CAST "feed");
	xmlSetNs(feed, xmlNewNs(feed, BAD_CAST ATOM_NS, NULL));
	xmlDocSetRootElement(doc, feed);
	xmlNodeSetLang(feed, BAD_CAST rv->locale);
	x = xel(feed, "title", rv->title);
	xattr(x, "type", "text");
	x = xel(feed, "subtitle", rv_str(rv, "description"));
	xattr(x, "type", "text");
	self = rv_site(rv, "feed.xml");
	page = rv_site(rv, "index.html");
	xel(feed, "id", self ? self : "urn:dateline:feed");
	if (self) {
		x = xel(feed, "link", NULL);
		xattr(x, "rel", "self");
		xattr(x, "type", "application/atom+xml");
		xattr(x, "href", self);
	}
	if (page) {
		x = xel(feed, "link", NULL);
		xattr(x, "rel", "alternate");
		xattr(x, "type", "text/html");
		xattr(x, "href", page);
	}
	/* The feed changed when its newest item did. */
	struct ymd upd = { 1970, 1, 1 };
	for (size_t i = 0; i < nv; i++)
		if (ymd_to_days(v[i]->updated) > ymd_to_days(upd))
			upd = v[i]->updated;
	xel(feed, "updated", stamp(rv, upd));
	x = xel(feed, "author", NULL);
	xel(x, "name", "Dateline");
	x = xel(feed, "generator", "Dateline");
	xattr(x, "version", DATELINE_VERSION);
	for (size_t i = 0; i < nv; i++)
		entry(rv, feed, v[i]);

	xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
	bool ok = mem != NULL;
	if (ok)
		buf_put(outset_file(os, "feed.xml"), mem, (size_t)len);
	xmlFree(mem);
	xmlFreeDoc(doc);
	free(v);
	rview_free(rv);
	if (!ok) {
		diag_add(dg, DIAG_REJECT, "feed.xml", "cannot serialize the feed");
		return -1;
	}
	return 0;
}

const struct backend backend_atom = { .name = "atom", .render = atom_render };
