/*
 * render_md.c - out/timeline.md: CommonMark written by mdw.h.
 *
 * Every value is written as a text node's literal would be (mw_text and the
 * like): mdw.h writes the bytes cmark's renderer wrote for the tree these
 * calls describe, escaping what Markdown would read as markup; no HTML is
 * ever written.  mdw.h then does what esc_md_template() did to cmark's
 * output: each '{' becomes "\{" and "{%" becomes "\{\%" (CommonMark
 * backslash escapes that render as the characters themselves), so neither
 * Hugo shortcodes ("{{<", "{{%") nor Liquid ("{{", "{%") find anything to
 * run.  --front-matter hugo|jekyll adds a YAML block whose strings are
 * JSON-escaped with '{', '}' and '%' as \u escapes.
 */
#include <string.h>

#include "escape.h"
#include "mdw.h"
#include "render.h"

static void
entry(const struct rview *rv, struct mdw *w, const struct rentry *re)
{
	mw_item_begin(w);
	mw_para_begin(w);
	mw_strong(w, re->date_text);
	mw_text(w, " — ");
	mw_text(w, re->headline);
	mw_linebreak(w);
	for (size_t i = 0; i < re->e->nactors; i++) {
		if (i > 0)
			mw_text(w, ", ");
		mw_text(w, re->actors[i]);
	}
	mw_text(w, re->e->nactors ? " · " : "");
	mw_text(w, re->kind);
	mw_text(w, " · ");
	if (re->e->status == ST_PLANNED)
		mw_strong(w, re->status);
	else
		mw_emph(w, re->status);
	if (re->e->dated) {
		mw_text(w, " · ");
		/* The TimeML value and mod: only [0-9A-Z_ -], never a brace. */
		mw_code(w, re->e->when.mod && re->e->when.mod < MOD_MAX ?
		    arena_printf(rv->a, "%s %s", re->e->when.v,
		    tx_mod_names[re->e->when.mod]) : re->e->when.v);
	}
	mw_para_end(w);
	for (size_t i = 0; i < re->nshow; i++) {
		const struct rsrc *rs = &re->src[i];
		if (rs->sentence[0]) {
			mw_quote_begin(w);
			mw_para_begin(w);
			mw_text(w, rs->pre);
			mw_emph(w, rs->mark);
			mw_text(w, rs->post);
			mw_para_end(w);
			mw_quote_end(w);
		}
		mw_para_begin(w);
		mw_text(w, "— ");
		mw_link(w, rs->url, rs->name);
		if (rs->lang[0]) {
			mw_text(w, " (");
			mw_text(w, rs->lang);
			mw_text(w, ")");
		}
		mw_para_end(w);
	}
	if (re->more) {
		mw_para_begin(w);
		mw_emph(w, re->more);
		mw_para_end(w);
	}
	mw_item_end(w);
}

static void
front_matter(const struct rview *rv, struct buf *b, const char *title)
{
	if (rv->r->front_matter != FM_HUGO && rv->r->front_matter != FM_JEKYLL)
		return;
	buf_puts(b, "---\n");
	if (rv->r->front_matter == FM_JEKYLL)
		buf_puts(b, "layout: page\n");
	buf_puts(b, "title: ");
	esc_json(b, title, JSON_ESC_TEMPLATE | JSON_ESC_MARKUP);
	buf_puts(b, "\ndescription: ");
	esc_json(b, rv_str(rv, "description"), JSON_ESC_TEMPLATE | JSON_ESC_MARKUP);
	buf_puts(b, "\nlang: ");
	esc_json(b, rv->locale, JSON_ESC_TEMPLATE);
	if (rv->r->front_matter == FM_HUGO)
		buf_puts(b, "\ndraft: false\n");
	else
		buf_puts(b, "\n");
	buf_puts(b, "---\n\n");
}

static int
md_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	const char *group = NULL;
	struct mdw w = {0};
	struct buf *b;

	if (rv == NULL)
		return -1;
	b = outset_file(os, "timeline.md");
	front_matter(rv, b, rv->title);
	mw_begin(&w, b);
	mw_heading_begin(&w, 1);
	mw_text(&w, rv->title);
	mw_heading_end(&w);
	mw_para_begin(&w);
	mw_text(&w, rv_str(rv, "description"));
	mw_para_end(&w);
	for (size_t i = 0; i < rv->n; i++) {
		const struct rentry *re = &rv->e[i];
		if (group == NULL || strcmp(group, re->group) != 0) {
			if (group != NULL)
				mw_list_end(&w);
			group = re->group;
			mw_heading_begin(&w, 2);
			mw_text(&w, group);
			mw_heading_end(&w);
			mw_list_begin(&w);
		}
		entry(rv, &w, re);
	}
	if (group != NULL)
		mw_list_end(&w);
	mw_end(&w);
	mw_free(&w);
	rview_free(rv);
	return 0;
}

const struct backend backend_md = { .name = "md", .render = md_render };
