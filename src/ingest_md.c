/*
 * ingest_md.c - Markdown: front matter ("---" YAML-ish or "+++" TOML-ish
 * key/value lines), then the body through cmark, walked into plain text:
 * blocks separated by a blank line, soft breaks as spaces, raw HTML without
 * its tags (and nothing of <script> or <style>), images dropped.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <cmark.h>

#include "ingest.h"
#include "util.h"

#define MD_MAX_MARKS	500000	/* markup bytes given to cmark, at most */

/* One line at S+POS: sets *len (without the newline); returns the next pos. */
static size_t
S_line(const char *s, size_t n, size_t pos, size_t *len)
{
	const char *nl = memchr(s + pos, '\n', n - pos);

	*len = nl ? (size_t)(nl - (s + pos)) : n - pos;
	if (*len > 0 && s[pos + *len - 1] == '\r')
		(*len)--;
	return nl ? (size_t)(nl - s) + 1 : n;
}

/* Is LINE[0..n) the fence FENCE, give or take trailing spaces? */
static int
S_is_fence(const char *line, size_t n, const char *fence)
{
	size_t k = strlen(fence);

	if (n < k || memcmp(line, fence, k) != 0)
		return 0;
	for (; k < n; k++)
		if (line[k] != ' ' && line[k] != '\t')
			return 0;
	return 1;
}

/*
 * Front matter at the top of S: apply its keys to D and return where the
 * body starts (0 if there is none or it is never closed).
 */
static size_t
S_front_matter(struct doc *d, const char *s, size_t n, struct diag *dg)
{
	const char *fence, *line;
	size_t pos, len, k, next;
	char sep;

	pos = S_line(s, n, 0, &len);
	if (S_is_fence(s, len, "---"))
		fence = "---", sep = ':';
	else if (S_is_fence(s, len, "+++"))
		fence = "+++", sep = '=';
	else
		return 0;
	/* Find the closing fence first: an unclosed one is body text. */
	for (next = pos; ; ) {
		size_t at = next;

		if (at >= n)
			return 0;
		next = S_line(s, n, at, &len);
		if (S_is_fence(s + at, len, fence) ||
		    (sep == ':' && S_is_fence(s + at, len, "...")))
			break;
	}
	while (pos < n) {
		line = s + pos;
		pos = S_line(s, n, pos, &len);
		if (S_is_fence(line, len, fence) ||
		    (sep == ':' && S_is_fence(line, len, "...")))
			break;
		/* key: value at column 0; nested and list lines are skipped. */
		for (k = 0; k < len && k <= 32 &&
		    (isalnum((unsigned char)line[k]) || line[k] == '_' ||
		    line[k] == '-'); k++)
			;
		if (k == 0 || k > 32)
			continue;
		{
			size_t j = k;

			while (j < len && (line[j] == ' ' || line[j] == '\t'))
				j++;
			if (j >= len || line[j] != sep)
				continue;
			ingest_meta(d, line, k, line + j + 1, len - j - 1,
			    "front matter", dg);
		}
	}
	return pos;
}

/* End the current block: OUT ends with "\n\n" unless it is empty. */
static void
S_para(struct buf *b)
{
	while (b->n > 0 && (b->p[b->n - 1] == ' ' || b->p[b->n - 1] == '\t'))
		b->p[--b->n] = '\0';
	if (b->n == 0)
		return;
	if (b->p[b->n - 1] != '\n')
		buf_putc(b, '\n');
	if (b->n < 2 || b->p[b->n - 2] != '\n')
		buf_putc(b, '\n');
}

/* Append text with runs of white space made one space. */
static void
S_put_collapsed(struct buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i])) {
			if (b->n > 0 && b->p[b->n - 1] != ' ' &&
			    b->p[b->n - 1] != '\n')
				buf_putc(b, ' ');
		} else
			buf_putc(b, s[i]);
	}
}

/*
 * Append inline text: no space at the start of a line, nor after a space
 * (what a dropped image or script leaves behind).
 */
static void
S_put_inline(struct buf *b, const char *s)
{
	if (b->n == 0 || b->p[b->n - 1] == '\n' || b->p[b->n - 1] == ' ')
		while (*s == ' ')
			s++;
	buf_puts(b, s);
}

/* Does S start with the tag NAME ("<script", "</script")? */
static int
S_tag_is(const char *s, size_t n, const char *name)
{
	size_t k = strlen(name);

	return n >= k && strncasecmp(s, name, k) == 0 &&
	    (n == k || s[k] == '>' || s[k] == '/' ||
	    isspace((unsigned char)s[k]));
}

/* Case-insensitive search for NEEDLE in S[0..n). */
static const char *
S_find_ci(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (strncasecmp(s + i, needle, k) == 0)
			return s + i;
	return NULL;
}

/* Raw HTML: keep the text between tags, nothing of script/style/comments. */
static void
S_strip_tags(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, run;
	const char *e;

	while (i < n) {
		if (s[i] != '<') {
			run = i;
			while (run < n && s[run] != '<')
				run++;
			S_put_collapsed(b, s + i, run - i);
			i = run;
			continue;
		}
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			e = S_find_ci(s + i + 4, n - i - 4, "-->");
			i = e ? (size_t)(e - s) + 3 : n;
			continue;
		}
		if (S_tag_is(s + i, n - i, "<script") ||
		    S_tag_is(s + i, n - i, "<style")) {
			const char *close = s[i + 2] == 'c' || s[i + 2] == 'C' ?
			    "</script" : "</style";

			e = S_find_ci(s + i, n - i, close);
			if (e == NULL)
				return;
			i = (size_t)(e - s);
		}
		e = memchr(s + i, '>', n - i);
		i = e ? (size_t)(e - s) + 1 : n;
	}
}

/* Walk the cmark tree into plain text; the first heading may be the title. */
static void
S_render(struct doc *d, cmark_node *root, struct buf *b)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	cmark_node *node;
	const char *lit;
	size_t title_at = 0;
	int image = 0, raw = 0, in_title = 0, title_done = d->title != NULL;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		node = cmark_iter_get_node(it);
		lit = cmark_node_get_literal(node);
		switch (cmark_node_get_type(node)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			if (!image && !raw && lit != NULL)
				S_put_inline(b, lit);
			break;
		case CMARK_NODE_SOFTBREAK:
			if (!image && !raw)
				S_put_inline(b, " ");
			break;
		case CMARK_NODE_LINEBREAK:
			if (!image && !raw)
				buf_putc(b, '\n');
			break;
		case CMARK_NODE_HTML_INLINE:
			if (lit == NULL)
				break;
			if (S_tag_is(lit, strlen(lit), "<script") ||
			    S_tag_is(lit, strlen(lit), "<style"))
				raw = 1;
			else if (S_tag_is(lit, strlen(lit), "</script") ||
			    S_tag_is(lit, strlen(lit), "</style"))
				raw = 0;
			break;
		case CMARK_NODE_HTML_BLOCK:
			S_para(b);
			if (lit != NULL)
				S_strip_tags(b, lit, strlen(lit));
			S_para(b);
			break;
		case CMARK_NODE_CODE_BLOCK:
			S_para(b);
			if (lit != NULL) {
				size_t k = strlen(lit);

				while (k > 0 && lit[k - 1] == '\n')
					k--;
				buf_put(b, lit, k);
			}
			S_para(b);
			break;
		case CMARK_NODE_IMAGE:
			image += ev == CMARK_EVENT_ENTER ? 1 : -1;
			break;
		case CMARK_NODE_HEADING:
			S_para(b);
			raw = 0;
			if (ev == CMARK_EVENT_ENTER && !title_done) {
				in_title = 1;
				title_at = b->n;
			} else if (ev == CMARK_EVENT_EXIT && in_title) {
				size_t k = b->n;

				while (k > title_at && b->p[k - 1] == '\n')
					k--;
				if (k > title_at)
					d->title = arena_strndup(d->a,
					    b->p + title_at, k - title_at);
				in_title = 0;
				title_done = 1;
			}
			break;
		case CMARK_NODE_PARAGRAPH:
		case CMARK_NODE_BLOCK_QUOTE:
		case CMARK_NODE_LIST:
		case CMARK_NODE_ITEM:
		case CMARK_NODE_THEMATIC_BREAK:
		case CMARK_NODE_CUSTOM_BLOCK:
			S_para(b);
			raw = 0;
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

/* 1 for a byte that may start Markdown markup (counted against MD_MAX_MARKS). */
static const unsigned char md_mark[256] = {
	['<'] = 1, ['*'] = 1, ['_'] = 1, ['`'] = 1, ['['] = 1, ['!'] = 1,
	['&'] = 1, ['\n'] = 1,
};

/* More than MD_MAX_MARKS markup bytes in S[0..n)?  Not counted when N
 * itself is not more. */
static bool
too_much_markup(const char *s, size_t n)
{
	size_t marks = 0;

	if (n <= MD_MAX_MARKS)
		return false;
	for (size_t i = 0; i < n; i++)
		marks += md_mark[(unsigned char)s[i]];
	return marks > MD_MAX_MARKS;
}

int
ingest_md(struct doc *d, const char *s, size_t n, struct diag *dg)
{
	struct buf b = {0};
	cmark_node *root;
	size_t body;

	body = S_front_matter(d, s, n, dg);
	buf_put(&b, "", 0);
	/*
	 * cmark's tree costs some 200 bytes a node: a file of nothing but
	 * markup would take memory out of proportion to its size.  Past a
	 * limit, the body is read as text with its tags dropped.
	 */
	if (too_much_markup(s + body, n - body)) {
		diag_add(dg, DIAG_WARN, d->path,
		    "too much Markdown markup to parse; read as plain text");
		S_strip_tags(&b, s + body, n - body);
		root = NULL;
	} else
		root = cmark_parse_document(s + body, n - body,
		    CMARK_OPT_DEFAULT);
	if (root != NULL) {
		S_render(d, root, &b);
		cmark_node_free(root);
	}
	while (b.n > 0 && isspace((unsigned char)b.p[b.n - 1]))
		b.n--;
	ingest_set_text(d, b.p, b.n);
	buf_free(&b);
	return 0;
}
