/*
 * render_html.c - out/index.html and out/companies/SLUG.html.
 *
 * The page template (TEMPLATES/page.html) is parsed with libxml2; each
 * <!--dateline:NAME--> comment is replaced by nodes built here with
 * xmlNewNode/xmlNewText/xmlNewProp, so every value is escaped by the
 * serializer.  The entries, nearly all of a page, are the exception: each
 * group is a <section> node whose content (heading and entries) is written
 * by htmlw.h straight into a buffer and given to the serializer as one text
 * node it writes as it is.  htmlw.h escapes every value (text, attribute,
 * link) exactly as libxml2's serializer does, tests/unit/test_htmlw.c
 * checks it against libxml2, so the page is the same as if it were nodes.
 * Per-company pages are the same page over the entries of one company: the
 * filter that needs no script.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "escape.h"
#include "htmlw.h"
#include "jsonw.h"
#include "render.h"
#include "render_xml.h"

struct page {
	const struct rview *rv;
	const struct rcompany *co;	/* a company's page, or NULL: every entry */
	const char *up;		/* "" for index.html, "../" for companies/ */
	const char *co_dir;	/* folder of company pages from this page */
	const char *css;	/* contents of style.css */
	size_t ncss;
	const char *js;		/* contents of filter.js, or NULL */
	size_t njs;
	struct hw *w;		/* writer of the entries */
	struct buf *out;	/* its output, one section at a time */
	struct buf *scratch;
	struct xraws *raws;	/* the sections in the page being made */
	/* Company pages: each entry's <li>, written once for all of them (the
	 * same on every company page), indexed like the view's entries. */
	struct buf *lis;
	struct hw *liw;		/* the writer that writes them */
};

/* How many entries page PG lists, and its Kth. */
static size_t
page_n(const struct page *pg)
{
	return pg->co ? pg->co->nent : pg->rv->n;
}

static const struct rentry *
page_entry(const struct page *pg, size_t k)
{
	return &pg->rv->e[pg->co ? pg->co->ent[k] : k];
}

/* The date of RE: <time> if HTML has a string for it, else a <span>. */
static void
date_el(struct hw *w, const struct rentry *re, const char *cls)
{
	if (re->html_date[0]) {
		hw_open(w, "time");
		hw_attr(w, "class", cls);
		hw_attr(w, "datetime", re->html_date);
	} else {
		hw_open(w, "span");
		hw_attr(w, "class", "date");
	}
	if (re->e->dated)
		hw_attr(w, "data-timex", re->e->when.v);
	hw_text(w, re->date_text);
	hw_close(w);
}

/* An element NAME with one attribute and its text. */
static void
el_attr(struct hw *w, const char *name, const char *attr, const char *value,
    const char *text)
{
	hw_open(w, name);
	hw_attr(w, attr, value);
	hw_text(w, text);
	hw_close(w);
}

static void
source_el(const struct page *pg, struct hw *w, const struct rsrc *rs, bool first)
{
	const struct rview *rv = pg->rv;

	hw_open(w, "figure");
	hw_attr(w, "class", "source");
	if (rs->sentence[0]) {
		hw_open(w, "blockquote");
		if (first)
			hw_attr(w, "class", "p-summary");
		if (rs->lang[0])
			hw_attr(w, "lang", rs->lang);
		if (rs->url)
			hw_attr(w, "cite", rs->url);
		hw_open(w, "p");
		hw_text(w, rs->pre);
		if (rs->mark[0])
			hw_el(w, "mark", rs->mark);
		hw_text(w, rs->post);
		hw_close(w);
		hw_close(w);
	}
	hw_open(w, "figcaption");
	if (rs->url) {
		hw_open(w, "a");
		hw_attr(w, "href", rs->url);
	} else
		hw_open(w, "cite");
	/* The source's title is in the source's language. */
	if (rs->lang[0] && strcmp(rs->lang, rv->locale) != 0)
		hw_attr(w, "lang", rs->lang);
	hw_text(w, rs->name);
	hw_close(w);
	if (rs->dct_text) {
		hw_text(w, " (");
		if (rs->dct_html[0])
			el_attr(w, "time", "datetime", rs->dct_html, rs->dct_text);
		else
			hw_el(w, "span", rs->dct_text);
		hw_text(w, ")");
	}
	hw_close(w);
	hw_close(w);
}

static void
entry_el(const struct page *pg, struct hw *w, const struct rentry *re)
{
	const struct rview *rv = pg->rv;

	hw_open(w, "li");
	hw_attrf(w, "class", "entry h-event status-%s", re->e->status < ST_MAX ?
	    deal_status_names[re->e->status] : "announced");
	hw_attrf(w, "id", "e-%s", re->e->id);
	if (re->e->nactors > 0) {
		struct buf *sl = pg->scratch;
		buf_reset(sl);
		for (size_t i = 0; i < re->e->nactors; i++)
			buf_printf(sl, "%s%s", i ? " " : "", re->slugs[i]);
		hw_attr(w, "data-companies", sl->p);
	}

	hw_open(w, "p");
	hw_attr(w, "class", "meta");
	date_el(w, re, "dt-start");
	hw_text(w, " · ");
	el_attr(w, "span", "class", "kind p-category", re->kind);
	hw_text(w, " · ");
	el_attr(w, "span", "class", "status", re->status);
	hw_close(w);

	hw_open(w, "h3");
	if (strcmp(re->hl_lang, rv->locale) != 0)
		hw_attr(w, "lang", re->hl_lang);
	hw_open(w, "a");
	hw_attr(w, "class", "p-name u-url");
	hw_attrf(w, "href", "%s#e-%s", pg->up[0] ? "../index.html" : "",
	    re->e->id);
	hw_text(w, re->headline);
	hw_close(w);
	hw_close(w);

	if (re->e->nactors > 0) {
		hw_open(w, "ul");
		hw_attr(w, "class", "companies");
		hw_attr(w, "aria-label", rv_str(rv, "companies"));
		for (size_t i = 0; i < re->e->nactors; i++) {
			hw_open(w, "li");
			hw_open(w, "a");
			hw_attr(w, "class", "p-attendee");
			hw_attrf(w, "href", "%s%s.html", pg->co_dir, re->slugs[i]);
			hw_text(w, re->actors[i]);
			hw_close(w);
			hw_close(w);
		}
		hw_close(w);
	}
	for (size_t i = 0; i < re->nshow; i++)
		source_el(pg, w, &re->src[i], i == 0);
	if (re->more)
		el_attr(w, "p", "class", "more-sources", re->more);
	hw_close(w);
}

/* The content written for SEC (if any) becomes its child. */
static void
end_section(const struct page *pg, xmlNodePtr sec)
{
	if (sec != NULL && hw_end(pg->w))
		xraw(pg->raws, sec, pg->out->p, pg->out->n);
}

/*
 * One <section> per group: the sections are nodes of the page, their
 * contents (the heading and every entry) are written by htmlw.h.
 */
static xmlNodePtr
build_entries(const struct page *pg)
{
	const struct rview *rv = pg->rv;
	struct hw *w = pg->w;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div"), sec = NULL;
	const char *group = NULL;
	int ng = 0;

	for (size_t i = 0; i < page_n(pg); i++) {
		const struct rentry *re = page_entry(pg, i);
		if (group == NULL || strcmp(group, re->group) != 0) {
			/* Stable anchors: #y-2021, #undated; #g-N for decades... */
			const char *hid = re->undated ? "undated" :
			    re->e->when.gran >= GRAN_YEAR ? xfmt(rv, "y-%d", re->year) :
			    xfmt(rv, "g-%d", ++ng);
			end_section(pg, sec);
			group = re->group;
			sec = xel(frag, "section", NULL);
			xattr(sec, "aria-labelledby", hid);
			xattr(sec, "class", re->undated ? "group undated" : "group");
			buf_reset(pg->out);
			hw_begin(w, pg->out, "section");
			el_attr(w, "h2", "id", hid, group);
			hw_open(w, "ol");
			hw_attr(w, "class", "entries");
		}
		if (pg->lis != NULL) {
			struct buf *li = &pg->lis[pg->co->ent[i]];
			if (li->n == 0) {
				hw_begin(pg->liw, li, "ol");
				entry_el(pg, pg->liw, re);
			}
			hw_put_element(w, "li", li->p, li->n);
		} else
			entry_el(pg, w, re);
	}
	end_section(pg, sec);
	return frag;
}

static xmlNodePtr
build_nav(const struct page *pg)
{
	const struct rview *rv = pg->rv;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div"), nav, ul, li, a;

	if (rv->nco == 0)
		return frag;
	nav = xel(frag, "nav", NULL);
	xattr(nav, "class", "companies");
	xattr(nav, "aria-labelledby", "nav-h");
	a = xel(nav, "h2", rv_str(rv, "companies"));
	xattr(a, "id", "nav-h");
	ul = xel(nav, "ul", NULL);
	li = xel(ul, "li", NULL);
	a = xel(li, "a", rv_str(rv, "all_entries"));
	xattr(a, "href", pg->up[0] ? "../index.html" : "index.html");
	if (pg->co == NULL) {
		xattr(a, "aria-current", "page");
		xattr(a, "data-slug", "");
	}
	for (size_t k = 0; k < rv->nco; k++) {
		li = xel(ul, "li", NULL);
		a = xel(li, "a", rv->co[k].name);
		xattr(a, "href", xfmt(rv, "%s%s.html", pg->co_dir, rv->co[k].slug));
		if (pg->co == &rv->co[k])
			xattr(a, "aria-current", "page");
		if (pg->co == NULL)
			xattr(a, "data-slug", rv->co[k].slug);
		xtext(li, xfmt(rv, " (%zu)", rv->co[k].n));
	}
	return frag;
}

static xmlNodePtr
build_footer(const struct page *pg)
{
	const struct rview *rv = pg->rv;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div"), ul, li, a;
	static const struct {
		const char *file, *key;
	} links[] = {
		{ "feed.xml", "feed" }, { "timeline.ics", "calendar" },
		{ "events.jsonl", "data" },
	};

	xel(frag, "p", rv_str(rv, "generated"));
	ul = xel(frag, "ul", NULL);
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		li = xel(ul, "li", NULL);
		a = xel(li, "a", rv_str(rv, links[i].key));
		xattr(a, "href", xfmt(rv, "%s%s", pg->up, links[i].file));
	}
	if (pg->co) {
		li = xel(ul, "li", NULL);
		a = xel(li, "a", rv_str(rv, "back"));
		xattr(a, "href", "../index.html");
	}
	return frag;
}

static xmlNodePtr
build_head(const struct page *pg)
{
	const struct rview *rv = pg->rv;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div"), m;

	m = xel(frag, "meta", NULL);
	xattr(m, "name", "description");
	xattr(m, "content", rv_str(rv, "description"));
	m = xel(frag, "link", NULL);
	xattr(m, "rel", "alternate");
	xattr(m, "type", "application/atom+xml");
	xattr(m, "href", xfmt(rv, "%sfeed.xml", pg->up));
	xattr(m, "title", rv_str(rv, "feed"));
	return frag;
}

/*
 * A <style> or <script> element holding template text (trusted, from the
 * templates folder): only "</" could end the element early, so it becomes
 * "<\/" (the same in CSS and JavaScript strings and comments).
 */
static xmlNodePtr
raw_element(const char *name, const char *text, size_t n)
{
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div"), st;
	struct buf b = {0};

	for (size_t i = 0; i < n; i++) {
		if (text[i] == '<' && i + 1 < n && text[i + 1] == '/')
			buf_puts(&b, "<\\");
		else
			buf_putc(&b, text[i]);
	}
	st = xel(frag, name, NULL);
	xmlAddChild(st, xmlNewText(BAD_CAST (b.p ? b.p : "")));
	buf_free(&b);
	return frag;
}

/* schema.org BusinessEvent for each entry with a calendar range. */
static xmlNodePtr
build_jsonld(const struct page *pg)
{
	const struct rview *rv = pg->rv;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div"), sc;
	struct buf *s = pg->out, b = {0};
	struct jsonw j = {0};
	char date[16];

	/* as jansson's json_dumps() with JSON_INDENT(1) | JSON_ENSURE_ASCII */
	buf_reset(s);
	jw_begin(&j, s, 1);
	j.ascii = true;
	jw_obj_begin(&j);
	jw_member(&j, "@context", "https://schema.org");
	jw_key(&j, "@graph");
	jw_arr_begin(&j);
	for (size_t i = 0; i < page_n(pg); i++) {
		const struct rentry *re = page_entry(pg, i);
		if (!re->ranged)
			continue;
		struct ymd last = days_to_ymd(ymd_to_days(re->end) - 1);
		const char *url = rv_site(rv, xfmt(rv, "index.html#e-%s", re->e->id));
		jw_obj_begin(&j);
		jw_member(&j, "@type", "BusinessEvent");
		jw_member(&j, "@id", url ? url :
		    xfmt(rv, "%s#e-%s", pg->up[0] ? "../index.html" : "", re->e->id));
		jw_member(&j, "name", re->headline);
		snprintf(date, sizeof date, "%04d-%02d-%02d", re->beg.y, re->beg.m,
		    re->beg.d);
		jw_member(&j, "startDate", date);
		snprintf(date, sizeof date, "%04d-%02d-%02d", last.y, last.m, last.d);
		jw_member(&j, "endDate", date);
		jw_member(&j, "eventStatus", re->e->status == ST_CANCELLED ?
		    "https://schema.org/EventCancelled" :
		    "https://schema.org/EventScheduled");
		if (re->nsrc > 0 && re->src[0].sentence[0])
			jw_member(&j, "description", re->src[0].sentence);
		if (re->nsrc > 0 && re->src[0].url)
			jw_member(&j, "url", re->src[0].url);
		jw_key(&j, "organizer");
		jw_arr_begin(&j);
		for (size_t k = 0; k < re->e->nactors; k++) {
			jw_obj_begin(&j);
			jw_member(&j, "@type", "Organization");
			jw_member(&j, "name", re->actors[k]);
			jw_obj_end(&j);
		}
		jw_arr_end(&j);
		jw_obj_end(&j);
	}
	jw_arr_end(&j);
	jw_obj_end(&j);
	jw_free(&j);
	esc_json_script(&b, s->p);
	sc = xel(frag, "script", NULL);
	xattr(sc, "type", "application/ld+json");
	xmlAddChild(sc, xmlNewText(BAD_CAST b.p));
	buf_free(&b);
	return frag;
}

static xmlNodePtr
build_text(const struct page *pg, const char *name)
{
	const struct rview *rv = pg->rv;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div");

	if (strcmp(name, "title") == 0 && pg->co)
		xtext(frag, xsubst(rv, rv_str(rv, "company_title"), pg->co->name));
	else if (strcmp(name, "title") == 0)
		xtext(frag, rv->title);
	else
		xtext(frag, rv_str(rv, name));
	return frag;
}

static xmlNodePtr
build(void *arg, const char *name)
{
	const struct page *pg = arg;

	if (strcmp(name, "entries") == 0)
		return build_entries(pg);
	if (strcmp(name, "nav") == 0)
		return build_nav(pg);
	if (strcmp(name, "footer") == 0)
		return build_footer(pg);
	if (strcmp(name, "head") == 0)
		return build_head(pg);
	if (strcmp(name, "style") == 0)
		return raw_element("style", pg->css, pg->ncss);
	if (strcmp(name, "script") == 0) {
		/* Company pages are already filtered: no script there. */
		if (pg->co != NULL || pg->js == NULL)
			return xmlNewNode(NULL, BAD_CAST "div");
		return raw_element("script", pg->js, pg->njs);
	}
	if (strcmp(name, "jsonld") == 0)
		return build_jsonld(pg);
	if (strcmp(name, "title") == 0 || strcmp(name, "description") == 0 ||
	    strcmp(name, "skip") == 0)
		return build_text(pg, name);
	return NULL;
}

static int
render_page(struct page *pg, const char *tmpl, size_t ntmpl, struct buf *out,
    struct diag *dg)
{
	const struct rview *rv = pg->rv;
	const char *title;

	if (pg->co)
		title = xsubst(rv, rv_str(rv, "company_title"), pg->co->name);
	else
		title = rv->title;
	return xpage(rv, "page.html", tmpl, ntmpl, title, "entries", build, pg,
	    pg->raws, out, dg);
}

/* Shares of the company pages at most (parts of the backend but one). */
#define MAX_SHARES 8

/* A company page's weight: its entries and the sources they show. */
static size_t
page_weight(const struct rview *rv, const struct rcompany *co)
{
	size_t w = 0;

	for (size_t i = 0; i < co->nent; i++)
		w += 2 + rv->e[co->ent[i]].nshow;
	return w;
}

struct weighed {
	size_t w, k;
};

/* Heaviest first; the same weight by index. */
static int
heavier(const void *a, const void *b)
{
	const struct weighed *x = a, *y = b;

	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

/*
 * Which of N shares each company page goes to: the heaviest first, each to
 * the lightest share so far (ties to the lower index), so that the parts
 * take about as long.  The same for every part that asks.
 */
static int *
company_shares(const struct rview *rv, int n)
{
	int *share = xcalloc(rv->nco + 1, sizeof *share);
	struct weighed *o = xcalloc(rv->nco + 1, sizeof *o);
	size_t load[MAX_SHARES] = { 0 };

	if (n > MAX_SHARES)
		n = MAX_SHARES;
	for (size_t k = 0; k < rv->nco; k++)
		o[k] = (struct weighed){ page_weight(rv, &rv->co[k]), k };
	qsort(o, rv->nco, sizeof *o, heavier);
	for (size_t i = 0; i < rv->nco; i++) {
		int to = 0;
		for (int s = 1; s < n; s++)
			if (load[s] < load[to])
				to = s;
		share[o[i].k] = to;
		load[to] += o[i].w;
	}
	free(o);
	return share;
}

static int
html_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	char *tmpl = NULL, *css = NULL, *js = NULL;
	size_t ntmpl, ncss, njs = 0;
	struct hw w = {0};
	struct buf wout = {0}, scratch = {0};
	struct xraws raws = {0};
	struct hw liw = {0};
	struct buf *lis = NULL;
	int *share = NULL;
	int rc = -1;

	if (rv == NULL)
		return -1;
	if (rv_template(rv, "page.html", &tmpl, &ntmpl, dg) != 0 ||
	    rv_template(rv, "style.css", &css, &ncss, dg) != 0)
		goto out;
	/* The script only if the template asks for it. */
	if (strstr(tmpl, "<!--dateline:script-->") &&
	    rv_template(rv, "filter.js", &js, &njs, dg) != 0)
		goto out;
	struct page pg = { rv, NULL, "", "companies/", css, ncss, js, njs,
	    &w, &wout, &scratch, &raws, NULL, NULL };
	/* Part 0 makes the index, the others a share of the company pages. */
	bool all = r->nparts <= 1;
	if ((all || r->part == 0) &&
	    render_page(&pg, tmpl, ntmpl, outset_file(os, "index.html"), dg) != 0)
		goto out;
	if (!all && r->part == 0) {
		rc = 0;
		goto out;
	}
	if (!all)
		share = company_shares(rv, r->nparts - 1);
	lis = xcalloc(rv->n + 1, sizeof *lis);
	for (size_t k = 0; k < rv->nco; k++) {
		if (share && share[k] != r->part - 1)
			continue;
		struct page cp = { rv, &rv->co[k], "../", "", css,
		    ncss, NULL, 0, &w, &wout, &scratch, &raws, lis, &liw };
		const char *name = xfmt(rv, "companies/%s.html", rv->co[k].slug);
		if (render_page(&cp, tmpl, ntmpl, outset_file(os, name), dg) != 0)
			goto out;
	}
	rc = 0;
out:
	for (size_t i = 0; lis && i < rv->n; i++)
		buf_free(&lis[i]);
	free(lis);
	free(share);
	hw_free(&liw);
	xraws_free(&raws);
	hw_free(&w);
	buf_free(&wout);
	buf_free(&scratch);
	free(tmpl);
	free(css);
	free(js);
	rview_free(rv);
	return rc;
}

/* The index, then the company pages in two shares: three jobs at once. */
const struct backend backend_html = { .name = "html", .render = html_render,
	.parts = 3 };
