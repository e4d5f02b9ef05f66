/*
 * test_mdw.c - the tree-less CommonMark writer against cmark's renderer.
 *
 * Random documents of hostile text, shaped like the Markdown backend's
 * (headings, loose ordered lists of items holding paragraphs and block
 * quotes; text, strong, emphasis, code spans, hard breaks and titled links),
 * are built twice: as cmark nodes (as the backend used to build them),
 * rendered by cmark_render_commonmark(CMARK_OPT_DEFAULT, width 0) and passed
 * through esc_md_template(), and through mdw.h.  The bytes must be equal.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>
#include <cmark.h>

#include "escape.h"
#include "mdw.h"
#include "util.h"
#include "xorshift.h"

static const char *const pieces[] = {
	"a", "b c", "Orange", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\x01",
	"\x1f", "\x7f", "1", "2021", "9", "0", ".", ")", "1.", "2)", "10. ", "-",
	"+", "=", "*", "_", "[", "]", "(", ")", "<", ">", "#", "!", "![", "|",
	"~", "`", "``", "\\", "\\\\", "&", "&a", "&amp;", "&#1;", "{", "}", "{{",
	"{%", "%", "%}", "{{<", "\"", "'", ",", ";", ":", "?", "@", "$", "^",
	"/", "http://x.y/z?a=1&b=2", "é", "—", "·", "“", "\u0430", "\u0130",
	"\u2030", "\u2028", "\u00a0", "😀", "\xff", "\xc3", "\xe0\x80\x80",
	"\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static cmark_node *
add(cmark_node *parent, cmark_node_type type)
{
	cmark_node *n = cmark_node_new(type);

	cmark_node_append_child(parent, n);
	return n;
}

/* As render_md.c's text(): NULL or "" adds no node. */
static void
text(cmark_node *parent, struct mdw *w, const char *s)
{
	if (s != NULL && *s)
		cmark_node_set_literal(add(parent, CMARK_NODE_TEXT), s);
	mw_text(w, s);
}

/* Inlines of one paragraph or heading. */
static void
inlines(cmark_node *p, struct mdw *w, struct buf *t, bool heading)
{
	size_t n = rnd(7);

	for (size_t i = 0; i < n; i++) {
		uint32_t k = rnd(heading ? 1 : 8);
		const char *s = rnd_text(t, 4, pieces, NPIECES);
		cmark_node *c;

		switch (k) {
		case 0: case 1: case 2:
			text(p, w, s);
			break;
		case 3:
			if (*s)
				cmark_node_set_literal(add(add(p, CMARK_NODE_STRONG),
				    CMARK_NODE_TEXT), s);
			mw_strong(w, s);
			break;
		case 4:
			if (*s)
				cmark_node_set_literal(add(add(p, CMARK_NODE_EMPH),
				    CMARK_NODE_TEXT), s);
			mw_emph(w, s);
			break;
		case 5:
			c = add(p, CMARK_NODE_CODE);
			cmark_node_set_literal(c, s);
			mw_code(w, s);
			break;
		case 6:
			add(p, CMARK_NODE_LINEBREAK);
			mw_linebreak(w);
			break;
		case 7:
			if (rnd(4) == 0) {
				text(p, w, s);	/* a link without a URL */
				break;
			} else {
				struct buf u = {0};
				const char *url = rnd_text(&u, 3, pieces, NPIECES);
				c = add(p, CMARK_NODE_LINK);
				cmark_node_set_url(c, url);
				cmark_node_set_title(c, s);
				if (*s)
					cmark_node_set_literal(add(c, CMARK_NODE_TEXT), s);
				mw_link(w, url, s);
				buf_free(&u);
			}
			break;
		}
	}
}

static void
para(cmark_node *parent, struct mdw *w, struct buf *t)
{
	cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH);

	mw_para_begin(w);
	inlines(p, w, t, false);
	mw_para_end(w);
}

static void
heading(cmark_node *doc, struct mdw *w, struct buf *t, int level)
{
	cmark_node *h = add(doc, CMARK_NODE_HEADING);

	cmark_node_set_heading_level(h, level);
	mw_heading_begin(w, level);
	inlines(h, w, t, true);
	mw_heading_end(w);
}

static void
item(cmark_node *list, struct mdw *w, struct buf *t)
{
	cmark_node *it = add(list, CMARK_NODE_ITEM);
	size_t n = rnd(4);

	mw_item_begin(w);
	for (size_t i = 0; i < n; i++) {
		if (rnd(3) == 0) {
			cmark_node *q = add(it, CMARK_NODE_BLOCK_QUOTE);
			mw_quote_begin(w);
			for (size_t k = rnd(3); k > 0; k--)
				para(q, w, t);
			mw_quote_end(w);
		} else
			para(it, w, t);
	}
	mw_item_end(w);
}

static char *
cmark_bytes(cmark_node *doc)
{
	char *md = cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0);
	struct buf b = {0};

	esc_md_template(&b, md, strlen(md));
	free(md);
	return buf_detach(&b);
}

Test(mdw, same_bytes_as_cmark)
{
	struct mdw w = {0};
	struct buf t = {0}, out = {0};

	rng = 2463534242u;
	for (int round = 0; round < 6000; round++) {
		cmark_node *doc = cmark_node_new(CMARK_NODE_DOCUMENT);
		/* What comes before (front matter) must not count. */
		static const char *const befores[] = { "", "---\n\n", "x\\", "y{" };
		const char *before = befores[round % 4];
		size_t nb = rnd(5);

		buf_reset(&out);
		buf_puts(&out, before);
		mw_begin(&w, &out);
		if (rnd(2))
			heading(doc, &w, &t, 1);
		if (rnd(2))
			para(doc, &w, &t);
		for (size_t i = 0; i < nb; i++) {
			uint32_t k = rnd(4);
			if (k == 0)
				para(doc, &w, &t);
			else if (k == 1)
				heading(doc, &w, &t, 1 + (int)rnd(3));
			else {
				cmark_node *list;
				heading(doc, &w, &t, 2);
				list = add(doc, CMARK_NODE_LIST);
				cmark_node_set_list_type(list, CMARK_ORDERED_LIST);
				cmark_node_set_list_start(list, 1);
				cmark_node_set_list_tight(list, false);
				mw_list_begin(&w);
				/* Up to 12 items: markers of one and two digits. */
				for (size_t j = rnd(13); j > 0; j--)
					item(list, &w, &t);
				mw_list_end(&w);
			}
		}
		mw_end(&w);
		char *want = cmark_bytes(doc);
		cr_assert_str_eq(out.p + strlen(before), want, "round %d", round);
		free(want);
		cmark_node_free(doc);
	}
	mw_free(&w);
	buf_free(&t);
	buf_free(&out);
}

/* The cases the random documents rely on, spelled out. */
Test(mdw, known_cases)
{
	struct mdw w = {0};
	struct buf out = {0};

	mw_begin(&w, &out);
	mw_heading_begin(&w, 2);
	mw_text(&w, "1. {{< x >}} {% y %}");
	mw_heading_end(&w);
	mw_list_begin(&w);
	mw_item_begin(&w);
	mw_para_begin(&w);
	mw_text(&w, "-a *b* \\{");
	mw_linebreak(&w);
	mw_text(&w, "\u0430-");
	mw_para_end(&w);
	mw_quote_begin(&w);
	mw_para_begin(&w);
	mw_link(&w, "http://x/( )", "t \"q\"");
	mw_para_end(&w);
	mw_quote_end(&w);
	mw_item_end(&w);
	mw_list_end(&w);
	mw_end(&w);
	cr_assert_str_eq(out.p, "## 1\\. \\{\\{\\< x \\>}} \\{\\% y %}\n\n"
	    "1.  \\-a \\*b\\* \\\\\\{  \n    \u0430\\-\n    \n"
	    "    > [t \"q\"](http://x/\\(%20\\) \"t \\\"q\\\"\")\n");
	mw_free(&w);
	buf_free(&out);
}
