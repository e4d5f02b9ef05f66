/*
 * render_json.c - out/timeline.json for Knight Lab's TimelineJS.
 *
 * TimelineJS shows "headline" and "text" as HTML, so both are HTML-escaped
 * (esc_html) before jansson makes them JSON strings.  start_date carries
 * year, month and day only down to the entry's precision (a quarter gives a
 * year, a month no day); display_date is our localized text ("Q4 2022",
 * "automne 2021", "early 2025"), so TimelineJS never shows a made-up day.
 * Entries without a calendar date cannot be placed and are left out.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "escape.h"
#include "render.h"

static json_t *
html_str(const char *s)
{
	struct buf b = {0};
	json_t *j;

	esc_html(&b, s);
	j = json_string(b.p ? b.p : "");
	buf_free(&b);
	return j;
}

static json_t *
num_str(int v)
{
	char s[16];

	snprintf(s, sizeof s, "%d", v);
	return json_string(s);
}

static json_t *
start_date(const struct rentry *re)
{
	json_t *d = json_object();
	int g = re->e->when.gran;

	json_object_set_new(d, "year", num_str(re->beg.y));
	if (g == GRAN_MONTH || g == GRAN_DAY || g == GRAN_TIME)
		json_object_set_new(d, "month", num_str(re->beg.m));
	if (g == GRAN_DAY || g == GRAN_TIME)
		json_object_set_new(d, "day", num_str(re->beg.d));
	json_object_set_new(d, "display_date", json_string(re->date_text));
	return d;
}

/* The entry's body as HTML: facts, quotes, source links. */
static json_t *
body(const struct rview *rv, const struct rentry *re)
{
	struct buf b = {0};
	json_t *j;

	buf_puts(&b, "<p>");
	for (size_t i = 0; i < re->e->nactors; i++) {
		if (i > 0)
			buf_puts(&b, ", ");
		esc_html(&b, re->actors[i]);
	}
	buf_puts(&b, re->e->nactors ? " · " : "");
	esc_html(&b, re->kind);
	buf_puts(&b, " · <strong>");
	esc_html(&b, re->status);
	buf_puts(&b, "</strong></p>");
	for (size_t i = 0; i < re->nsrc; i++) {
		const struct rsrc *rs = &re->src[i];
		if (rs->sentence[0]) {
			buf_puts(&b, "<blockquote");
			if (rs->lang[0] && strcmp(rs->lang, rv->locale) != 0) {
				buf_puts(&b, " lang=\"");
				esc_html(&b, rs->lang);
				buf_puts(&b, "\"");
			}
			buf_puts(&b, ">");
			esc_html(&b, rs->pre);
			if (rs->mark[0]) {
				buf_puts(&b, "<mark>");
				esc_html(&b, rs->mark);
				buf_puts(&b, "</mark>");
			}
			esc_html(&b, rs->post);
			buf_puts(&b, "</blockquote>");
		}
		buf_puts(&b, "<p>");
		if (rs->url) {
			buf_puts(&b, "<a href=\"");
			esc_html(&b, rs->url);
			buf_puts(&b, "\">");
			esc_html(&b, rs->name);
			buf_puts(&b, "</a>");
		} else
			esc_html(&b, rs->name);
		buf_puts(&b, "</p>");
	}
	j = json_string(b.p);
	buf_free(&b);
	return j;
}

static int
json_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	json_t *root, *title, *events;
	char *s;

	if (rv == NULL)
		return -1;
	root = json_object();
	title = json_object();
	json_object_set_new(title, "text", json_pack("{s:o,s:o}",
	    "headline", html_str(rv->title),
	    "text", html_str(rv_str(rv, "description"))));
	json_object_set_new(root, "title", title);
	events = json_array();
	for (size_t i = 0; i < rv->n; i++) {
		const struct rentry *re = &rv->e[i];
		if (!re->ranged)
			continue;
		json_t *ev = json_object();
		json_object_set_new(ev, "unique_id", json_string(
		    arena_printf(rv->a, "e-%s", re->e->id)));
		json_object_set_new(ev, "start_date", start_date(re));
		json_object_set_new(ev, "display_date", json_string(re->date_text));
		json_object_set_new(ev, "text", json_pack("{s:o,s:o}",
		    "headline", html_str(re->headline), "text", body(rv, re)));
		json_object_set_new(ev, "group", json_string(re->kind));
		json_array_append_new(events, ev);
	}
	json_object_set_new(root, "events", events);
	s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	struct buf *b = outset_file(os, "timeline.json");
	buf_puts(b, s ? s : "{}");
	buf_putc(b, '\n');
	free(s);
	json_decref(root);
	rview_free(rv);
	return 0;
}

const struct backend backend_json = { "json", json_render };
