/*
 * render_email.c - out/email.html, a block to paste into a newsletter, and
 * out/email.txt, its plain-text twin (the same entries in the same order).
 *
 * email.html fills TEMPLATES/email.html (libxml2, like the page): table
 * layout with role="presentation", 600 px, every style inline, explicit
 * colours on every cell, absolute links only (sources' http(s) URLs, the
 * page under --site-url), no script, style, link or image.  It holds the
 * newest dated entries, oldest first, as many as fit in EMAIL_MAX bytes.
 * email.txt wraps at 78 characters (esc_wrap).  Each entry's row is a <tr>
 * node whose content is written once by htmlw.h (escaped as libxml2 would,
 * see render_html.c), and a try whose rows alone are too large is not built.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "htmlw.h"
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
	struct hw w;
	struct buf *rows;	/* per entry of the view: its row's content, once */
	bool *done;
	struct xraws raws;	/* the rows in the page being made */
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

/* A <p> with a style and TEXT, through the writer. */
static void
hw_para(struct hw *w, const char *style, const char *text)
{
	hw_open(w, "p");
	hw_attr(w, "style", style);
	hw_text(w, text);
	hw_close(w);
}

static void
hw_link(struct hw *w, const char *href, const char *text)
{
	hw_open(w, "a");
	hw_attr(w, "href", href);
	hw_attr(w, "style", s_link);
	hw_text(w, text);
	hw_close(w);
}

/* The content of RE's <tr>, written once (htmlw.h) and kept. */
static const struct buf *
entry_row(struct mail *m, const struct rentry *re)
{
	const struct rview *rv = m->rv;
	size_t k = (size_t)(re - rv->e);
	struct hw *w = &m->w;
	struct buf *out = &m->rows[k], b = {0};
	const char *page;

	if (m->done[k])
		return out;
	m->done[k] = true;
	page = rv_site(rv, xfmt(rv, "index.html#e-%s", re->e->id));
	hw_begin(w, out, "tr");
	hw_open(w, "td");
	hw_attr(w, "style", td_entry);
	hw_open(w, "p");
	hw_attr(w, "style", s_meta);
	hw_text(w, xfmt(rv, "%s · %s · ", re->date_text, re->kind));
	hw_open(w, "strong");
	hw_attr(w, "style", re->e->status == ST_PLANNED ? s_planned : s_status);
	hw_text(w, re->status);
	hw_close(w);
	hw_close(w);
	hw_open(w, "p");
	hw_attr(w, "style", s_head);
	if (strcmp(re->hl_lang, rv->locale) != 0)
		hw_attr(w, "lang", re->hl_lang);
	if (page)
		hw_link(w, page, re->headline);
	else
		hw_text(w, re->headline);
	hw_close(w);
	for (size_t i = 0; i < re->e->nactors; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", re->actors[i]);
	if (b.n)
		hw_para(w, s_co, b.p);
	buf_free(&b);
	if (re->nsrc && re->src[0].sentence[0]) {
		hw_open(w, "p");
		hw_attr(w, "style", s_quote);
		if (re->src[0].lang[0] && strcmp(re->src[0].lang, rv->locale) != 0)
			hw_attr(w, "lang", re->src[0].lang);
		hw_text(w, xfmt(rv, "“%s”", re->src[0].sentence));
		hw_close(w);
	}
	hw_open(w, "p");
	hw_attr(w, "style", s_src);
	hw_text(w, xfmt(rv, "%s%s", rv_str(rv, "sources"), rv_str(rv, "colon")));
	for (size_t i = 0; i < re->nshow; i++) {
		if (i > 0)
			hw_text(w, ", ");
		if (re->src[i].url)
			hw_link(w, re->src[i].url, re->src[i].name);
		else
			hw_text(w, re->src[i].name);
	}
	if (re->more)
		hw_text(w, xfmt(rv, " %s", re->more));
	hw_close(w);
	hw_close(w);
	hw_end(w);
	return out;
}

/*
 * True if the rows of M's entries alone are more than MAX bytes: the page,
 * which holds them as they are, is then larger still.  Rows are written
 * newest first, only as far as needed.
 */
static bool
rows_exceed(struct mail *m, size_t max)
{
	size_t sum = 0;

	for (size_t i = m->nv; i-- > 0; )
		if ((sum += entry_row(m, m->v[i])->n) > max)
			return true;
	return false;
}

static xmlNodePtr
build(void *arg, const char *name)
{
	struct mail *m = arg;
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
		const struct buf *r = entry_row(m, m->v[i]);
		xraw(&m->raws, xel(frag, "tr", NULL), r->p, r->n);
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
		for (size_t k = 0; k < re->nshow; k++) {
			const struct rsrc *rs = &re->src[k];
			esc_wrap(b, xfmt(rv, "%s%s%s%s%s%s", rv_str(rv, "source"),
			    rv_str(rv, "colon"), rs->name, rs->url ? " <" : "", rs->url ? rs->url : "",
			    rs->url ? ">" : ""), "  ", TXT_WIDTH);
		}
		if (re->more)
			esc_wrap(b, re->more, "  ", TXT_WIDTH);
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
	struct mail m = { .rv = rv };
	char *tmpl = NULL;
	size_t ntmpl, total = 0;
	struct buf html = {0};
	int rc = -1;

	if (rv == NULL)
		return -1;
	if (rv_template(rv, "email.html", &tmpl, &ntmpl, dg) != 0)
		goto out;
	m.v = xcalloc(rv->n + 1, sizeof *m.v);
	m.rows = xcalloc(rv->n + 1, sizeof *m.rows);
	m.done = xcalloc(rv->n + 1, sizeof *m.done);
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
		if (want > 0 && rows_exceed(&m, EMAIL_MAX))
			continue;
		buf_reset(&html);
		if (xpage(rv, "email.html", tmpl, ntmpl, rv->title,
		    "rows", build, &m, &m.raws, &html, dg) != 0)
			goto out;
		if (html.n <= EMAIL_MAX || want == 0)
			break;
	}
	buf_put(outset_file(os, "email.html"), html.p, html.n);
	text_twin(&m, outset_file(os, "email.txt"));
	rc = 0;
out:
	buf_free(&html);
	xraws_free(&m.raws);
	for (size_t i = 0; m.rows && i < rv->n; i++)
		buf_free(&m.rows[i]);
	free(m.rows);
	free(m.done);
	hw_free(&m.w);
	free(m.v);
	free(tmpl);
	rview_free(rv);
	return rc;
}

const struct backend backend_email = { .name = "email", .render = email_render };
