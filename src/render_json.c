/*
 * render_json.c - out/timeline.json for Knight Lab's TimelineJS.
 *
 * TimelineJS shows "headline" and "text" as HTML, so both are HTML-escaped
 * (esc_html) before they are written as JSON strings by jsonw.h, which
 * escapes them as jansson's dump did (the file is the same, byte for byte,
 * as the jansson tree this backend used to build, dumped with
 * JSON_INDENT(2) | JSON_PRESERVE_ORDER).  start_date carries year, month and
 * day only down to the entry's precision (a quarter gives a year, a month
 * no day); display_date is our localized text ("Q4 2022", "automne 2021",
 * "early 2025"), so TimelineJS never shows a made-up day.  Entries without
 * a calendar date cannot be placed and are left out.
 */
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "jsonw.h"
#include "render.h"

/* "KEY": S as HTML (S through esc_html), in scratch buffer T. */
static bool
html_member(struct jsonw *w, const char *key, const char *s, struct buf *t)
{
	buf_reset(t);
	esc_html(t, s);
	return jw_member(w, key, t->p ? t->p : "");
}

static void
num_member(struct jsonw *w, const char *key, int v)
{
	char s[16];

	snprintf(s, sizeof s, "%d", v);
	jw_member(w, key, s);
}

static void
start_date(struct jsonw *w, const struct rentry *re)
{
	int g = re->e->when.gran;

	jw_key(w, "start_date");
	jw_obj_begin(w);
	num_member(w, "year", re->beg.y);
	if (g == GRAN_MONTH || g == GRAN_DAY || g == GRAN_TIME)
		num_member(w, "month", re->beg.m);
	if (g == GRAN_DAY || g == GRAN_TIME)
		num_member(w, "day", re->beg.d);
	jw_member(w, "display_date", re->date_text);
	jw_obj_end(w);
}

/* The entry's body as HTML: facts, quotes, source links. */
static void
body(const struct rview *rv, const struct rentry *re, struct buf *b)
{
	buf_reset(b);
	buf_puts(b, "<p>");
	for (size_t i = 0; i < re->e->nactors; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		esc_html(b, re->actors[i]);
	}
	buf_puts(b, re->e->nactors ? " · " : "");
	esc_html(b, re->kind);
	buf_puts(b, " · <strong>");
	esc_html(b, re->status);
	buf_puts(b, "</strong></p>");
	for (size_t i = 0; i < re->nshow; i++) {
		const struct rsrc *rs = &re->src[i];
		if (rs->sentence[0]) {
			buf_puts(b, "<blockquote");
			if (rs->lang[0] && strcmp(rs->lang, rv->locale) != 0) {
				buf_puts(b, " lang=\"");
				esc_html(b, rs->lang);
				buf_puts(b, "\"");
			}
			buf_puts(b, ">");
			esc_html(b, rs->pre);
			if (rs->mark[0]) {
				buf_puts(b, "<mark>");
				esc_html(b, rs->mark);
				buf_puts(b, "</mark>");
			}
			esc_html(b, rs->post);
			buf_puts(b, "</blockquote>");
		}
		buf_puts(b, "<p>");
		if (rs->url) {
			buf_puts(b, "<a href=\"");
			esc_html(b, rs->url);
			buf_puts(b, "\">");
			esc_html(b, rs->name);
			buf_puts(b, "</a>");
		} else
			esc_html(b, rs->name);
		buf_puts(b, "</p>");
	}
	if (re->more) {
		buf_puts(b, "<p><em>");
		esc_html(b, re->more);
		buf_puts(b, "</em></p>");
	}
}

/*
 * "text": {"headline": HEADLINE, "text": TEXT} (json_pack "{s:o,s:o}"): left
 * out whole if either string cannot be made.
 */
static void
text_member(struct jsonw *w, const char *headline, const char *text,
    struct buf *t)
{
	struct jw_mark m = jw_mark(w);

	jw_key(w, "text");
	jw_obj_begin(w);
	if (!html_member(w, "headline", headline, t) ||
	    !jw_member(w, "text", text)) {
		jw_undo(w, m);
		return;
	}
	jw_obj_end(w);
}

static int
json_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	struct buf t = {0}, d = {0}, id = {0}, *b;
	struct jsonw w = {0};

	if (rv == NULL)
		return -1;
	b = outset_file(os, "timeline.json");
	jw_begin(&w, b, 2);
	jw_obj_begin(&w);
	jw_key(&w, "title");
	jw_obj_begin(&w);
	buf_reset(&d);
	esc_html(&d, rv_str(rv, "description"));
	text_member(&w, rv->title, d.p ? d.p : "", &t);
	jw_obj_end(&w);
	jw_key(&w, "events");
	jw_arr_begin(&w);
	for (size_t i = 0; i < rv->n; i++) {
		const struct rentry *re = &rv->e[i];
		if (!re->ranged)
			continue;
		jw_obj_begin(&w);
		buf_reset(&id);
		buf_puts(&id, "e-");
		buf_puts(&id, re->e->id);
		jw_member(&w, "unique_id", id.p);
		start_date(&w, re);
		jw_member(&w, "display_date", re->date_text);
		body(rv, re, &d);
		text_member(&w, re->headline, d.p, &t);
		jw_member(&w, "group", re->kind);
		jw_obj_end(&w);
	}
	jw_arr_end(&w);
	jw_obj_end(&w);
	buf_putc(b, '\n');
	jw_free(&w);
	buf_free(&t);
	buf_free(&d);
	buf_free(&id);
	rview_free(rv);
	return 0;
}

const struct backend backend_json = { .name = "json", .render = json_render };
