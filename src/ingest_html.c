/*
 * ingest_html.c - HTML through libxml2's HTML parser (network off; the HTML
 * parser loads no external entity and expands no user-defined one).
 *
 * Metadata: <html lang>, <title> (or og:title), the publication date
 * (article:published_time, itemprop=datePublished, JSON-LD datePublished,
 * <meta name=date...>, then the first <time datetime>, in <article> first),
 * the URL (og:url, <link rel=canonical>), the source (og:site_name).
 * Text: from <article>, else <main>, else <body>; without script, style,
 * navigation, forms, page header and footer; blocks separated by a blank
 * line, inline white space collapsed.  Every walk is iterative (parent and
 * sibling pointers), so a deeply nested tree cannot exhaust the stack.
 */
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ingest.h"
#include "util.h"

#define HTML_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | \
    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC)

/* Date sources, best first. */
enum { DT_PUBLISHED, DT_ITEMPROP, DT_JSONLD, DT_META, DT_TIME_ARTICLE,
    DT_TIME, DT_MAX };

struct hmeta {
	const char *date[DT_MAX];	/* first candidate of each kind */
	const char *title, *og_title, *url, *canon, *site, *lang;
	xmlNode *article, *main, *body;
};

/* strcasecmp(A, B) == 0, the first letters compared inline first. */
static bool
S_name_eq(const xmlChar *a, const char *b)
{
	return tolower(a[0]) == tolower((unsigned char)b[0]) &&
	    strcasecmp((const char *)a, b) == 0;
}

static int
S_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    S_name_eq(n->name, name);
}

/* Value of attribute NAME of N (not copied), or NULL. */
static const char *
S_attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a != NULL; a = a->next)
		if (a->name != NULL && S_name_eq(a->name, name)) {
			if (a->children != NULL && a->children->content != NULL)
				return (const char *)a->children->content;
			return "";
		}
	return NULL;
}

static int
S_attr_is(const xmlNode *n, const char *name, const char *val)
{
	const char *v = S_attr(n, name);

	return v != NULL && strcasecmp(v, val) == 0;
}

/* Next node in document order; descend into children unless SKIP. */
static xmlNode *
S_next(xmlNode *n, const xmlNode *top, int skip)
{
	if (!skip && n->children != NULL && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n != NULL && n != top) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* Is N inside an element named NAME (below TOP)? */
static int
S_inside(const xmlNode *n, const char *name, int limit)
{
	for (n = n->parent; n != NULL && limit-- > 0; n = n->parent)
		if (S_is(n, name))
			return 1;
	return 0;
}

/* "datePublished": "2021-05-26..." in JSON-LD text. */
static const char *
S_jsonld_date(const char *s, char *out, size_t outsz)
{
	const char *p = strstr(s, "\"datePublished\"");
	size_t k = 0;

	if (p == NULL)
		return NULL;
	p += 15;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
	    *p == ':')
		p++;
	if (*p++ != '"')
		return NULL;
	while (*p && *p != '"' && k + 1 < outsz)
		out[k++] = *p++;
	out[k] = '\0';
	return k > 0 ? out : NULL;
}

/* The text of N's first text child (not copied), or "". */
static const char *
S_text_child(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c != NULL; c = c->next)
		if ((c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
			return (const char *)c->content;
	return "";
}

static void
S_collect(xmlNode *root, struct hmeta *m, char *jsonld, size_t jsonldsz)
{
	const char *v, *p, *c;
	xmlNode *n;
	int skip;

	if (root != NULL && (v = S_attr(root, "lang")) != NULL)
		m->lang = v;
	else if (root != NULL && (v = S_attr(root, "xml:lang")) != NULL)
		m->lang = v;
	for (n = root; n != NULL; n = S_next(n, root, skip)) {
		skip = 0;
		if (n->type != XML_ELEMENT_NODE || n->name == NULL)
			continue;
		if (S_is(n, "title")) {
			if (m->title == NULL && n->parent != NULL &&
			    S_is(n->parent, "head"))
				m->title = S_text_child(n);
			skip = 1;
		} else if (S_is(n, "meta")) {
			p = S_attr(n, "property");
			if (p == NULL)
				p = S_attr(n, "name");
			c = S_attr(n, "content");
			if (p == NULL || c == NULL)
				;
			else if (!strcasecmp(p, "article:published_time") ||
			    !strcasecmp(p, "og:published_time")) {
				if (m->date[DT_PUBLISHED] == NULL)
					m->date[DT_PUBLISHED] = c;
			} else if (!strcasecmp(p, "date") ||
			    !strcasecmp(p, "dc.date") ||
			    !strcasecmp(p, "dcterms.date") ||
			    !strcasecmp(p, "dc.date.issued") ||
			    !strcasecmp(p, "pubdate") ||
			    !strcasecmp(p, "publish-date") ||
			    !strcasecmp(p, "publication_date")) {
				if (m->date[DT_META] == NULL)
					m->date[DT_META] = c;
			} else if (!strcasecmp(p, "og:title")) {
				if (m->og_title == NULL)
					m->og_title = c;
			} else if (!strcasecmp(p, "og:url")) {
				if (m->url == NULL)
					m->url = c;
			} else if (!strcasecmp(p, "og:site_name")) {
				if (m->site == NULL)
					m->site = c;
			}
		} else if (S_is(n, "link")) {
			if (m->canon == NULL && S_attr_is(n, "rel", "canonical"))
				m->canon = S_attr(n, "href");
		} else if (S_is(n, "script")) {
			if (m->date[DT_JSONLD] == NULL &&
			    S_attr_is(n, "type", "application/ld+json"))
				m->date[DT_JSONLD] = S_jsonld_date(
				    S_text_child(n), jsonld, jsonldsz);
			skip = 1;
		} else if (S_is(n, "style") || S_is(n, "svg")) {
			skip = 1;
		} else if (S_is(n, "article")) {
			if (m->article == NULL)
				m->article = n;
		} else if (S_is(n, "main")) {
			if (m->main == NULL)
				m->main = n;
		} else if (S_is(n, "body")) {
			if (m->body == NULL)
				m->body = n;
		}
		if (m->date[DT_ITEMPROP] == NULL &&
		    S_attr_is(n, "itemprop", "datePublished")) {
			v = S_attr(n, "content");
			if (v == NULL)
				v = S_attr(n, "datetime");
			m->date[DT_ITEMPROP] = v;
		}
		if (S_is(n, "time") && (v = S_attr(n, "datetime")) != NULL) {
			if (m->date[DT_TIME_ARTICLE] == NULL &&
			    m->article != NULL && S_inside(n, "article", 1000))
				m->date[DT_TIME_ARTICLE] = v;
			if (m->date[DT_TIME] == NULL &&
			    !S_inside(n, "nav", 1000) &&
			    !S_inside(n, "aside", 1000))
				m->date[DT_TIME] = v;
		}
	}
}

/* ------------------------------------------------------------ text */

struct walk {
	struct buf b;
	int pre;		/* inside <pre> */
	int content;		/* inside article, main or section */
};

static const char *const skip_tags[] = {
	"script", "style", "noscript", "template", "nav", "aside", "form",
	"iframe", "svg", "math", "button", "select", "textarea", "object",
	"embed", "canvas", "audio", "video", "head", "title", "dialog",
	"input", "label", "map",
};

static const char *const block_tags[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
	"dl", "dt", "dd", "blockquote", "tr", "table", "section", "article",
	"main", "header", "footer", "figure", "figcaption", "pre", "address",
	"hr", "thead", "tbody", "tfoot", "caption", "details", "summary",
	"fieldset", "legend", "center", "body", "html", "hgroup",
};

static int
S_in_list(const xmlNode *n, const char *const *list, size_t k)
{
	for (size_t i = 0; i < k; i++)
		if (S_name_eq(n->name, list[i]))
			return 1;
	return 0;
}

static int
S_skip(const struct walk *w, const xmlNode *n)
{
	const char *v;

	if (S_in_list(n, skip_tags, sizeof skip_tags / sizeof skip_tags[0]))
		return 1;
	/* The page's header and footer, not the article's. */
	if ((S_is(n, "header") || S_is(n, "footer")) && w->content == 0)
		return 1;
	if (S_attr(n, "hidden") != NULL || S_attr_is(n, "aria-hidden", "true"))
		return 1;
	if ((v = S_attr(n, "role")) != NULL &&
	    (!strcasecmp(v, "navigation") || !strcasecmp(v, "complementary")
	    || !strcasecmp(v, "search")))
		return 1;
	return 0;
}

static int
S_block(const xmlNode *n)
{
	return S_in_list(n, block_tags, sizeof block_tags / sizeof block_tags[0]);
}

static int
S_container(const xmlNode *n)
{
	return S_is(n, "article") || S_is(n, "main") || S_is(n, "section");
}

static void
S_trim_spaces(struct buf *b)
{
	while (b->n > 0 && (b->p[b->n - 1] == ' ' || b->p[b->n - 1] == '\t'))
		b->p[--b->n] = '\0';
}

static void
S_para(struct buf *b)
{
	S_trim_spaces(b);
	if (b->n == 0)
		return;
	if (b->p[b->n - 1] != '\n')
		buf_putc(b, '\n');
	if (b->n < 2 || b->p[b->n - 2] != '\n')
		buf_putc(b, '\n');
}

/* White space between words of HTML text. */
static bool
S_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Bytes that end a run of text copied as it is: NUL and white space. */
static const bool S_stop[256] = {
	[0] = true, [' '] = true, ['\t'] = true, ['\n'] = true, ['\r'] = true,
	['\f'] = true,
};

/*
 * The end of the run of words from S on, and of the single spaces between
 * them: text that S_text() writes as it is.
 */
static const char *
S_words(const char *s)
{
	for (;;) {
		while (!S_stop[(unsigned char)*s])
			s++;
		if (*s != ' ' || S_stop[(unsigned char)s[1]])
			return s;
		s++;
	}
}

static void
S_text(struct walk *w, const char *s)
{
	struct buf *b = &w->b;

	if (w->pre) {
		buf_puts(b, s);
		return;
	}
	while (*s) {
		const char *run = s;
		if (S_space(*s)) {
			if (b->n > 0 && b->p[b->n - 1] != ' ' &&
			    b->p[b->n - 1] != '\n')
				buf_putc(b, ' ');
			s++;
			continue;
		}
		s = S_words(s);
		buf_put(b, run, (size_t)(s - run));
	}
}

static void
S_enter(struct walk *w, const xmlNode *n)
{
	if (S_is(n, "br")) {
		S_trim_spaces(&w->b);
		buf_putc(&w->b, '\n');
	} else if (S_is(n, "td") || S_is(n, "th")) {
		if (w->b.n > 0 && w->b.p[w->b.n - 1] != ' ' &&
		    w->b.p[w->b.n - 1] != '\n')
			buf_putc(&w->b, ' ');
	} else if (S_block(n))
		S_para(&w->b);
	if (S_is(n, "pre"))
		w->pre++;
	if (S_container(n))
		w->content++;
}

static void
S_leave(struct walk *w, const xmlNode *n)
{
	if (S_block(n))
		S_para(&w->b);
	if (S_is(n, "pre"))
		w->pre--;
	if (S_container(n))
		w->content--;
}

/* Walk ROOT's subtree into plain text, without recursion. */
static void
S_walk(struct walk *w, xmlNode *root)
{
	xmlNode *n = root;
	int down;

	while (n != NULL) {
		down = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				S_text(w, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE && n->name != NULL &&
		    !S_skip(w, n)) {
			S_enter(w, n);
			if (n->children != NULL)
				down = 1;
			else
				S_leave(w, n);
		}
		if (down) {
			n = n->children;
			continue;
		}
		/* Climb: leave each finished element on the way up. */
		while (n != root && n->next == NULL) {
			n = n->parent;
			S_leave(w, n);
		}
		n = n == root ? NULL : n->next;
	}
}

/* Collapse white space and trim; NULL if nothing is left. */
static const char *
S_clean(struct doc *d, const char *s)
{
	struct walk w = {0};
	const char *r;

	if (s == NULL)
		return NULL;
	buf_put(&w.b, "", 0);
	S_text(&w, s);
	S_trim_spaces(&w.b);
	r = w.b.n > 0 ? arena_strndup(d->a, w.b.p, w.b.n) : NULL;
	buf_free(&w.b);
	return r;
}

/*
 * A DOCTYPE with an internal subset ("<!DOCTYPE html [<!ENTITY ...>]>"):
 * the HTML parser ignores the declarations but shows them as text.  Find
 * the subset: sets [*beg, *end) to the bytes to drop; returns 1 if found.
 */
static int
S_doctype_subset(const char *s, size_t n, size_t *beg, size_t *end)
{
	size_t lim = n < 4096 ? n : 4096, i, j;

	for (i = 0; i + 9 <= lim; i++)
		if (strncasecmp(s + i, "<!doctype", 9) == 0)
			break;
	if (i + 9 > lim)
		return 0;
	for (j = i + 9; j < n && s[j] != '>' && s[j] != '['; j++)
		;
	if (j >= n || s[j] != '[')
		return 0;
	*beg = j;
	for (j++; j < n; j++) {
		if (s[j] != ']')
			continue;
		i = j + 1;
		while (i < n && isspace((unsigned char)s[i]))
			i++;
		if (i < n && s[i] == '>') {
			*end = i;
			return 1;
		}
	}
	*end = n;
	return 1;
}

int
ingest_html(struct doc *d, const char *s, size_t n, struct diag *dg)
{
	htmlParserCtxtPtr ctxt;
	htmlDocPtr doc;
	struct hmeta m = {0};
	struct walk w = {0};
	struct buf src = {0};
	size_t cut, cut_end;
	xmlNode *root, *top;
	char jsonld[64];
	const char *t;

	buf_put(&w.b, "", 0);
	if (n == 0) {
		ingest_set_text(d, "", 0);
		buf_free(&w.b);
		return 0;
	}
	if (n > INT_MAX) {
		buf_free(&w.b);
		diag_add(dg, DIAG_REJECT, d->path, "too large for HTML");
		return -1;
	}
	ctxt = htmlNewParserCtxt();
	if (ctxt == NULL) {
		buf_free(&w.b);
		diag_add(dg, DIAG_REJECT, d->path, "cannot parse HTML");
		return -1;
	}
	if (S_doctype_subset(s, n, &cut, &cut_end)) {
		buf_put(&src, s, cut);
		buf_put(&src, s + cut_end, n - cut_end);
		s = src.p;
		n = src.n;
	}
	doc = htmlCtxtReadMemory(ctxt, s, (int)n, NULL, "UTF-8", HTML_OPTS);
	if (ctxt->disableSAX && ctxt->errNo == XML_ERR_INTERNAL_ERROR)
		diag_add(dg, DIAG_WARN, d->path,
		    "HTML nested too deeply: the rest of the file is ignored");
	else if (ctxt->disableSAX)
		diag_add(dg, DIAG_WARN, d->path,
		    "HTML parsing stopped early: the rest of the file is ignored");
	buf_free(&src);
	root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
	if (root != NULL) {
		S_collect(root, &m, jsonld, sizeof jsonld);
		if (m.lang != NULL)
			ingest_meta(d, "lang", 4, m.lang, strlen(m.lang),
			    "metadata", dg);
		t = S_clean(d, m.title);
		if (t == NULL)
			t = S_clean(d, m.og_title);
		if (t != NULL)
			ingest_meta(d, "title", 5, t, strlen(t), "metadata", dg);
		if (m.url != NULL)
			ingest_meta(d, "url", 3, m.url, strlen(m.url),
			    "metadata", dg);
		if (d->url == NULL && m.canon != NULL)
			ingest_meta(d, "url", 3, m.canon, strlen(m.canon),
			    "metadata", dg);
		if ((t = S_clean(d, m.site)) != NULL)
			ingest_meta(d, "source", 6, t, strlen(t), "metadata",
			    dg);
		for (int i = 0; i < DT_MAX && !d->has_dct; i++)
			if (m.date[i] != NULL && m.date[i][0] != '\0')
				ingest_meta(d, "date", 4, m.date[i],
				    strlen(m.date[i]), "metadata", dg);
		top = m.article ? m.article : m.main ? m.main :
		    m.body ? m.body : root;
		S_walk(&w, top);
	}
	while (w.b.n > 0 && isspace((unsigned char)w.b.p[w.b.n - 1]))
		w.b.n--;
	ingest_set_text(d, w.b.p, w.b.n);
	buf_free(&w.b);
	if (doc != NULL)
		xmlFreeDoc(doc);
	htmlFreeParserCtxt(ctxt);
	return 0;
}
