/*
 * render_email.c - out/email.html, a block to paste into a newsletter, and
 * out/email.txt, its plain-text twin (the same entries in the same order).
 *
 * email.html fills TEMPLATES/email.html (libxml2, like the page): table
 * layout with role="presentation", 600 px, every style inline, explicit
 * colours on every cell, absolute links only (sources' http(s) URLs, the
 * page under --site-url), no script, style, link or image.  It holds the
 * newest dated entries, oldest first, as many as fit in EMAIL_MAX bytes.
 * email.txt wraps at 78 characters (esc_wrap).
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "render.h"
#include "render_xml.h"

#define EMAIL_MAX	(100u * 1000u - 4096u)	/* bytes: under 100 KB, with room */
#define TXT_WIDTH	78

#define FONT	"font-family:Arial,Helvetica,sans-serif;"
static const char td_group[] = "padding:20px 24px 4px 24px;background-color:#ffffff;"
    "color:#0b3d6e;" FONT;
static const char td_entry[] = "padding:12px 24px;border-top:1px solid #dddddd;"
    "background-color:#ffffff;color:#1a1a1a;" FONT "font-size:15px;line-height:1.5;"
    "overflow-wrap:anywhere;word-break:break-word";
static const char td_foot[] = "padding:16px 24px 24px 24px;border-top:1px solid #dddddd;"
    "background-color:#ffffff;color:#555555;" FONT "font-size:13px;line-height:1.5";
static const char s_h2[] = "margin:0;font-size:18px;line-height:1.3;color:#0b3d6e";
static const char s_meta[] = "margin:0;font-size:13px;color:#555555";
static const char s_planned[] = "color:#7a3e00;background-color:#fdf0e0;padding:0 4px";
static const char s_status[] = "color:#1a1a1a";
static const char s_head[] = "margin:4px 0;font-size:16px;font-weight:bold;color:#1a1a1a";
static const char s_link[] = "color:#0b5cad;text-decoration:underline";
static const char s_co[] = "margin:0;font-size:14px;color:#333333";
static const char s_quote[] = "margin:6px 0 0 0;font-size:14px;font-style:italic;color:#444444";
static const char s_src[] = "margin:4px 0 0 0;font-size:13px;color:#555555";

struct mail {
	const struct rview *rv;
	const struct rentry **v;	/* the entries, oldest first */
	size_t nv;
};

static xmlNodePtr
row(xmlNodePtr parent, const char *style)
{
	xmlNodePtr td = xel(xel(parent, "tr", NULL), "td", NULL);

	xattr(td, "style", style);
	return td;
}

static xmlNodePtr
para(xmlNodePtr parent, const char *style, const char *text)
{
	xmlNodePtr p = xel(parent, "p", text);

	xattr(p, "style", style);
	return p;
}

static void
entry_row(const struct mail *m, xmlNodePtr frag, const struct rentry *re)
{
	const struct rview *rv = m->rv;
	xmlNodePtr td = row(frag, td_entry), p, x;
	const char *page = rv_site(rv, xfmt(rv, "index.html#e-%s", re->e->id));
	struct buf b = {0};

	p = para(td, s_meta, xfmt(rv, "%s · %s · ", re->date_text, re->kind));
	x = xel(p, "strong", re->status);
	xattr(x, "style", re->e->status == ST_PLANNED ? s_planned : s_status);
	p = para(td, s_head, NULL);
	if (strcmp(re->hl_lang, rv->locale) != 0)
		xattr(p, "lang", re->hl_lang);
	if (page) {
		x = xel(p, "a", re->headline);
		xattr(x, "href", page);
		xattr(x, "style", s_link);
	} else
		xtext(p, re->headline);
	for (size_t i = 0; i < re->e->nactors; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", re->actors[i]);
	if (b.n)
		para(td, s_co, b.p);
	buf_free(&b);
	if (re->nsrc && re->src[0].sentence[0]) {
		p = para(td, s_quote, xfmt(rv, "“%s”", re->src[0].sentence));
		if (re->src[0].lang[0] && strcmp(re->src[0].lang, rv->locale) != 0)
			xattr(p, "lang", re->src[0].lang);
	}
	p = para(td, s_src, xfmt(rv, "%s%s", rv_str(rv, "sources"), rv_str(rv, "colon")));
	for (size_t i = 0; i < re->nsrc; i++) {
		if (i > 0)
			xtext(p, ", ");
		if (re->src[i].url) {
			x = xel(p, "a", re->src[i].name);
			xattr(x, "href", re->src[i].url);
			xattr(x, "style", s_link);
		} else
			xtext(p, re->src[i].name);
	}
}

static xmlNodePtr
build(void *arg, const char *name)
{
	const struct mail *m = arg;
	const struct rview *rv = m->rv;
	xmlNodePtr frag = xmlNewNode(NULL, BAD_CAST "div");
	const char *group = NULL, *page;

	if (strcmp(name, "title") == 0) {
		xtext(frag, rv->title);
		return frag;
	}
	if (strcmp(name, "intro") == 0) {
		xtext(frag, rv_str(rv, "email_intro"));
		return frag;
	}
	if (strcmp(name, "rows") != 0) {
		xmlFreeNode(frag);
		return NULL;
	}
	for (size_t i = 0; i < m->nv; i++) {
		if (group == NULL || strcmp(group, m->v[i]->group) != 0) {
			group = m->v[i]->group;
			xmlNodePtr h = xel(row(frag, td_group), "h2", group);
			xattr(h, "style", s_h2);
		}
		entry_row(m, frag, m->v[i]);
	}
	xmlNodePtr td = row(frag, td_foot);
	if ((page = rv_site(rv, "index.html")) != NULL) {
		xmlNodePtr a = xel(para(td, s_meta, NULL), "a", rv_str(rv, "email_more"));
		xattr(a, "href", page);
		xattr(a, "style", s_link);
	}
	para(td, s_meta, rv_str(rv, "generated"));
	return frag;
}

static void
text_twin(const struct mail *m, struct buf *b)
{
	const struct rview *rv = m->rv;
	const char *group = NULL, *title, *page;
	struct buf t = {0};

	title = rv->title;
	esc_wrap(b, title, "", TXT_WIDTH);
	size_t n = utf8_count(title, strlen(title));
	for (size_t i = 0; i < (n < TXT_WIDTH ? n : TXT_WIDTH); i++)
		buf_putc(b, '=');
	buf_puts(b, "\n\n");
	esc_wrap(b, rv_str(rv, "email_intro"), "", TXT_WIDTH);
	for (size_t i = 0; i < m->nv; i++) {
		const struct rentry *re = m->v[i];
		if (group == NULL || strcmp(group, re->group) != 0) {
			group = re->group;
			buf_putc(b, '\n');
			esc_wrap(b, group, "", TXT_WIDTH);
			n = utf8_count(group, strlen(group));
			for (size_t k = 0; k < (n < TXT_WIDTH ? n : TXT_WIDTH); k++)
				buf_putc(b, '-');
			buf_putc(b, '\n');
		}
		buf_putc(b, '\n');
		size_t at = b->n;
		esc_wrap(b, xfmt(rv, "%s · %s · %s", re->date_text, re->kind,
		    re->status), "  ", TXT_WIDTH);
		b->p[at] = '*';
		esc_wrap(b, re->headline, "  ", TXT_WIDTH);
		buf_reset(&t);
		for (size_t k = 0; k < re->e->nactors; k++)
			buf_printf(&t, "%s%s", k ? ", " : "", re->actors[k]);
		if (t.n)
			esc_wrap(b, t.p, "  ", TXT_WIDTH);
		if ((page = rv_site(rv, xfmt(rv, "index.html#e-%s", re->e->id))))
			esc_wrap(b, page, "  ", TXT_WIDTH);
		for (size_t k = 0; k < re->nsrc; k++) {
			const struct rsrc *rs = &re->src[k];
			esc_wrap(b, xfmt(rv, "%s%s%s%s%s%s", rv_str(rv, "source"),
			    rv_str(rv, "colon"), rs->name, rs->url ? " <" : "", rs->url ? rs->url : "",
			    rs->url ? ">" : ""), "  ", TXT_WIDTH);
		}
	}
	buf_putc(b, '\n');
	if ((page = rv_site(rv, "index.html")) != NULL)
		esc_wrap(b, xfmt(rv, "%s%s%s", rv_str(rv, "email_more"),
		    rv_str(rv, "colon"), page), "", TXT_WIDTH);
	esc_wrap(b, rv_str(rv, "generated"), "", TXT_WIDTH);
	buf_free(&t);
}

static int
email_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	struct mail m = { rv, NULL, 0 };
	char *tmpl = NULL;
	size_t ntmpl, total = 0;
	struct buf html = {0};
	int rc = -1;

	if (rv == NULL)
		return -1;
	if (rv_template(rv, "email.html", &tmpl, &ntmpl, dg) != 0)
		goto out;
	m.v = xcalloc(rv->n + 1, sizeof *m.v);
	for (size_t i = 0; i < rv->n; i++)
		if (rv->e[i].ranged)
			total++;
	/* The newest entries that fit: try all, then three quarters, ... */
	for (size_t want = total; ; want = want * 3 / 4) {
		size_t skip = total - want, k = 0;
		m.nv = 0;
		for (size_t i = 0; i < rv->n; i++)
			if (rv->e[i].ranged && k++ >= skip)
				m.v[m.nv++] = &rv->e[i];
		buf_reset(&html);
		if (xpage(rv, "email.html", tmpl, ntmpl, rv->title,
		    "rows", build,
		    &m, &html, dg) != 0)
			goto out;
		if (html.n <= EMAIL_MAX || want == 0)
			break;
	}
	buf_put(outset_file(os, "email.html"), html.p, html.n);
	text_twin(&m, outset_file(os, "email.txt"));
	rc = 0;
out:
	buf_free(&html);
	free(m.v);
	free(tmpl);
	rview_free(rv);
	return rc;
}

const struct backend backend_email = { "email", email_render };
