/*
 * render_md.c - out/timeline.md: CommonMark built as a cmark tree.
 *
 * Every value is a text node (cmark_node_set_literal), so cmark's renderer
 * escapes what Markdown would read as markup; no HTML node is ever made.
 * The rendered text then goes through esc_md_template(): each '{' becomes
 * "\{" and "{%" becomes "\{\%" (CommonMark backslash escapes that render as
 * the characters themselves), so neither Hugo shortcodes ("{{<", "{{%") nor
 * Liquid ("{{", "{%") find anything to run.  --front-matter hugo|jekyll
 * adds a YAML block whose strings are JSON-escaped with '{', '}' and '%' as
 * \u escapes.
 */
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "escape.h"
#include "render.h"

static cmark_node *
add(cmark_node *parent, cmark_node_type type)
{
	cmark_node *n = cmark_node_new(type);

	cmark_node_append_child(parent, n);
	return n;
}

static void
text(cmark_node *parent, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	cmark_node_set_literal(add(parent, CMARK_NODE_TEXT), s);
}

/* TYPE (strong, emph) around the text S. */
static void
wrap(cmark_node *parent, cmark_node_type type, const char *s)
{
	if (s != NULL && *s)
		text(add(parent, type), s);
}

static void
link(cmark_node *parent, const char *url, const char *label)
{
	cmark_node *a;

	if (url == NULL) {
		text(parent, label);
		return;
	}
	a = add(parent, CMARK_NODE_LINK);
	cmark_node_set_url(a, url);
	/* A title keeps cmark from writing an autolink, where escapes don't work. */
	cmark_node_set_title(a, label);
	text(a, label);
}

static void
entry(const struct rview *rv, cmark_node *list, const struct rentry *re)
{
	cmark_node *item = add(list, CMARK_NODE_ITEM), *p;

	p = add(item, CMARK_NODE_PARAGRAPH);
	wrap(p, CMARK_NODE_STRONG, re->date_text);
	text(p, " — ");
	text(p, re->headline);
	add(p, CMARK_NODE_LINEBREAK);
	for (size_t i = 0; i < re->e->nactors; i++) {
		if (i > 0)
			text(p, ", ");
		text(p, re->actors[i]);
	}
	text(p, re->e->nactors ? " · " : "");
	text(p, re->kind);
	text(p, " · ");
	wrap(p, re->e->status == ST_PLANNED ? CMARK_NODE_STRONG : CMARK_NODE_EMPH,
	    re->status);
	if (re->e->dated) {
		text(p, " · ");
		cmark_node *c = add(p, CMARK_NODE_CODE);
		/* The TimeML value and mod: only [0-9A-Z_ -], never a brace. */
		cmark_node_set_literal(c, re->e->when.mod && re->e->when.mod < MOD_MAX ?
		    arena_printf(rv->a, "%s %s", re->e->when.v,
		    tx_mod_names[re->e->when.mod]) : re->e->when.v);
	}
	for (size_t i = 0; i < re->nsrc; i++) {
		const struct rsrc *rs = &re->src[i];
		if (rs->sentence[0]) {
			cmark_node *q = add(item, CMARK_NODE_BLOCK_QUOTE);
			cmark_node *qp = add(q, CMARK_NODE_PARAGRAPH);
			text(qp, rs->pre);
			wrap(qp, CMARK_NODE_EMPH, rs->mark);
			text(qp, rs->post);
		}
		p = add(item, CMARK_NODE_PARAGRAPH);
		text(p, "— ");
		link(p, rs->url, rs->name);
		if (rs->lang[0]) {
			text(p, " (");
			text(p, rs->lang);
			text(p, ")");
		}
	}
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
	cmark_node *doc, *h, *list = NULL;
	const char *group = NULL, *title;
	struct buf *b;
	char *md;

	if (rv == NULL)
		return -1;
	title = rv->title;
	doc = cmark_node_new(CMARK_NODE_DOCUMENT);
	h = add(doc, CMARK_NODE_HEADING);
	cmark_node_set_heading_level(h, 1);
	text(h, title);
	text(add(doc, CMARK_NODE_PARAGRAPH), rv_str(rv, "description"));
	for (size_t i = 0; i < rv->n; i++) {
		const struct rentry *re = &rv->e[i];
		if (group == NULL || strcmp(group, re->group) != 0) {
			group = re->group;
			h = add(doc, CMARK_NODE_HEADING);
			cmark_node_set_heading_level(h, 2);
			text(h, group);
			list = add(doc, CMARK_NODE_LIST);
			cmark_node_set_list_type(list, CMARK_ORDERED_LIST);
			cmark_node_set_list_start(list, 1);
			cmark_node_set_list_tight(list, false);
		}
		entry(rv, list, re);
	}
	md = cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0);
	b = outset_file(os, "timeline.md");
	front_matter(rv, b, title);
	esc_md_template(b, md, strlen(md));
	free(md);
	cmark_node_free(doc);
	rview_free(rv);
	return 0;
}

const struct backend backend_md = { "md", md_render };
