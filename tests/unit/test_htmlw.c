/*
 * test_htmlw.c - the tree-less HTML writer against libxml2's serializer.
 *
 * Random trees of hostile text and attributes are built twice: as libxml2
 * nodes (as the HTML backend used to build them) and through htmlw.h.  The
 * outer element is then serialized by libxml2 with its real children, and
 * with the writer's bytes as one unescaped text child: both must be equal.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <criterion/criterion.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>

#include "htmlw.h"
#include "util.h"
#include "xorshift.h"

static const char *const pieces[] = {
	"&", "&{", "}", "<!--", "-->", "<", ">", "\"", "'", " ", "\t", "\n",
	"\r", "\x01", "\x1f", "\x7f", "é", "€", "a", "b c", "#", "%", "%20", "{",
	"|", "[", "]", "$", "@", "/", ":", "?", "=", ";", ",", "+", "!", "~",
	"*", "(", ")", "`", "^", "\\", "-", "_", ".", "&amp;", "http://x.y/z",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static const char *const names[] = {
	"li", "p", "a", "span", "time", "h2", "h3", "ol", "ul", "section", "nav",
	"figure", "figcaption", "blockquote", "mark", "cite", "div", "pre",
	"table", "tr", "td", "script", "style", "html", "body", "strong", "q",
	"dt", "option", "picture", "A", "SCRIPT",
};
static const char *const empties[] = { "meta", "link", "br", "img", "hr", "param" };
static const char *const attrs[] = {
	"href", "src", "action", "name", "class", "title", "lang", "checked",
	"data-x", "HREF", "cite", "id",
};

/* A random subtree under X (libxml2) and W (writer), DEPTH levels left. */
static void
gen(xmlNodePtr x, struct hw *w, int depth, struct buf *t)
{
	size_t n = rnd(5);

	for (size_t i = 0; i < n; i++) {
		uint32_t k = rnd(10);
		if (k < 3 || depth == 0) {
			const char *s = rnd_text(t, 5, pieces, NPIECES);
			if (*s)
				xmlAddChild(x, xmlNewText(BAD_CAST s));
			hw_text(w, s);
			continue;
		}
		bool empty = k == 3;
		const char *name = empty ? empties[rnd(6)] : names[rnd(
		    sizeof names / sizeof names[0])];
		xmlNodePtr c = xmlNewNode(NULL, BAD_CAST name);
		xmlAddChild(x, c);
		hw_open(w, name);
		for (size_t a = rnd(4); a > 0; a--) {
			const char *an = attrs[rnd(sizeof attrs / sizeof attrs[0])];
			const char *v = rnd_text(t, 5, pieces, NPIECES);
			if (xmlHasProp(c, BAD_CAST an))
				continue;
			xmlNewProp(c, BAD_CAST an, BAD_CAST v);
			hw_attr(w, an, v);
		}
		if (!empty)
			gen(c, w, depth - 1, t);
		hw_close(w);
	}
}

static char *
dump(htmlDocPtr doc, xmlNodePtr n)
{
	xmlOutputBufferPtr ob = xmlAllocOutputBuffer(NULL);
	char *s;

	htmlNodeDumpFormatOutput(ob, doc, n, "UTF-8", 1);
	xmlOutputBufferFlush(ob);
	s = xstrndup((const char *)xmlOutputBufferGetContent(ob),
	    xmlOutputBufferGetSize(ob));
	xmlOutputBufferClose(ob);
	return s;
}

Test(htmlw, same_bytes_as_libxml2)
{
	struct hw w = {0};
	struct buf t = {0}, out = {0};

	rng = 2463534242u;
	for (int round = 0; round < 4000; round++) {
		htmlDocPtr doc = htmlNewDocNoDtD(NULL, NULL);
		xmlNodePtr body = xmlNewNode(NULL, BAD_CAST "body");
		const char *rname = names[rnd(sizeof names / sizeof names[0])];
		xmlNodePtr real = xmlNewNode(NULL, BAD_CAST rname);
		xmlNodePtr mine = xmlNewNode(NULL, BAD_CAST rname);

		xmlNodePtr w1 = xmlNewNode(NULL, BAD_CAST "div");
		xmlNodePtr w2 = xmlNewNode(NULL, BAD_CAST "div");

		/* Each alone in its parent: no sibling to break the line for. */
		xmlDocSetRootElement(doc, body);
		xmlAddChild(body, w1);
		xmlAddChild(body, w2);
		xmlAddChild(w1, real);
		xmlAddChild(w2, mine);
		buf_reset(&out);
		hw_begin(&w, &out, rname);
		gen(real, &w, 3, &t);
		if (hw_end(&w)) {
			xmlNodePtr raw = xmlNewTextLen(BAD_CAST (out.p ? out.p : ""),
			    (int)out.n);
			raw->name = xmlStringTextNoenc;
			xmlAddChild(mine, raw);
		}
		char *a = dump(doc, real), *b = dump(doc, mine);
		cr_assert_str_eq(b, a, "round %d", round);
		free(a);
		free(b);
		xmlFreeDoc(doc);
	}
	hw_free(&w);
	buf_free(&t);
	buf_free(&out);
}

Test(htmlw, known_cases)
{
	struct hw w = {0};
	struct buf out = {0};

	hw_begin(&w, &out, "ul");
	hw_open(&w, "li");
	hw_open(&w, "a");
	hw_attr(&w, "href", " x y\"&{z}");
	hw_attr(&w, "title", "say \"hi\"");
	hw_text(&w, "a < b & c");
	hw_close(&w);
	hw_close(&w);
	hw_open(&w, "li");
	hw_close(&w);
	cr_assert(hw_end(&w));
	cr_expect_str_eq(out.p, "\n<li><a href=\"x%20y%22&%7Bz%7D\" "
	    "title='say \"hi\"'>a &lt; b &amp; c</a></li>\n<li>\n");
	hw_free(&w);
	buf_free(&out);
}

/*
 * Children of an element NAME, written by W; with PUT, each element child
 * is written by a second writer and put in with hw_put_element().
 */
static void
children(struct hw *w, struct hw *w2, bool put, struct buf *piece,
    struct buf *t)
{
	xmlNodePtr junk = xmlNewNode(NULL, BAD_CAST "div");

	for (size_t i = rnd(5); i > 0; i--) {
		if (rnd(4) == 0) {
			hw_text(w, rnd_text(t, 5, pieces, NPIECES));
			continue;
		}
		const char *name = names[rnd(sizeof names / sizeof names[0])];
		struct hw *into = w;
		if (put) {
			buf_reset(piece);
			hw_begin(w2, piece, "div");
			into = w2;
		}
		hw_open(into, name);
		gen(junk, into, 2, t);
		hw_close(into);
		if (put)
			hw_put_element(w, name, piece->p ? piece->p : "", piece->n);
	}
	xmlFreeNode(junk);
}

/* An element written elsewhere and put in: the same bytes as written here. */
Test(htmlw, put_element_same_as_writing_it)
{
	struct hw w = {0}, w2 = {0};
	struct buf t = {0}, a = {0}, b = {0}, piece = {0};

	for (int round = 0; round < 2000; round++) {
		const char *outer = names[round % (sizeof names / sizeof names[0])];
		buf_reset(&a);
		buf_reset(&b);
		rng = 88172645u + (uint32_t)round;
		hw_begin(&w, &a, outer);
		children(&w, &w2, false, &piece, &t);
		hw_end(&w);
		rng = 88172645u + (uint32_t)round;
		hw_begin(&w, &b, outer);
		children(&w, &w2, true, &piece, &t);
		hw_end(&w);
		cr_assert_eq(a.n, b.n, "round %d", round);
		cr_assert(a.n == 0 || memcmp(a.p, b.p, a.n) == 0, "round %d:\n%s\n%s",
		    round, a.p, b.p);
	}
	hw_free(&w);
	hw_free(&w2);
	buf_free(&t);
	buf_free(&a);
	buf_free(&b);
	buf_free(&piece);
}
