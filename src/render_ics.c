/*
 * render_ics.c - out/timeline.ics, iCalendar (RFC 5545): one all-day VEVENT
 * per dated deal, spanning the whole partial date (DTSTART;VALUE=DATE is the
 * first day, DTEND the day after the last: "2022-Q4" is 20221001..20230101).
 * Lines end in CRLF and are folded at 75 octets (ics_fold); TEXT values go
 * through esc_ics_text.  UID is the entry's stable id + "@dateline"; DTSTAMP
 * the latest source date, so a rebuild writes the same file.
 */
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "render.h"

/* One content line "NAME:value" with VALUE escaped as TEXT, built in L. */
static void
prop_text(struct buf *b, const char *name, const char *value, struct buf *l)
{
	buf_reset(l);
	buf_puts(l, name);
	buf_putc(l, ':');
	esc_ics_text(l, value);
	ics_fold(b, l->p, l->n);
}

/* One content line as it is (names, dates, URIs we made safe). */
static void
prop_raw(struct buf *b, const char *line)
{
	ics_fold(b, line, strlen(line));
}

static const char *
ics_status(int st)
{
	static const char *const s[ST_MAX] = { "CONFIRMED", "CONFIRMED",
	    "TENTATIVE", "CANCELLED" };

	return st >= 0 && st < ST_MAX ? s[st] : "CONFIRMED";
}

/* Scratch buffers, kept from one event to the next. */
struct ics_tmp {
	struct buf line, desc;
};

static void
vevent(struct buf *b, const struct rentry *re, struct ics_tmp *t)
{
	struct buf *d = &t->desc;
	char line[128];

	prop_raw(b, "BEGIN:VEVENT");
	snprintf(line, sizeof line, "UID:%s@dateline", re->e->id);
	prop_raw(b, line);
	snprintf(line, sizeof line, "DTSTAMP:%04d%02d%02dT000000Z", re->updated.y,
	    re->updated.m, re->updated.d);
	prop_raw(b, line);
	snprintf(line, sizeof line, "DTSTART;VALUE=DATE:%04d%02d%02d", re->beg.y,
	    re->beg.m, re->beg.d);
	prop_raw(b, line);
	snprintf(line, sizeof line, "DTEND;VALUE=DATE:%04d%02d%02d", re->end.y,
	    re->end.m, re->end.d);
	prop_raw(b, line);
	prop_text(b, strcmp(re->hl_lang, "fr") == 0 ? "SUMMARY;LANGUAGE=fr" :
	    "SUMMARY;LANGUAGE=en", re->headline, &t->line);
	/* DESCRIPTION: facts, then each source's sentence and link. */
	buf_reset(d);
	buf_puts(d, re->date_text);
	for (size_t i = 0; i < re->e->nactors; i++) {
		buf_puts(d, i ? ", " : " · ");
		buf_puts(d, re->actors[i]);
	}
	buf_puts(d, " · ");
	buf_puts(d, re->kind);
	buf_puts(d, " · ");
	buf_puts(d, re->status);
	buf_puts(d, ".");
	for (size_t i = 0; i < re->nshow; i++) {
		const struct rsrc *rs = &re->src[i];
		if (rs->sentence[0]) {
			buf_puts(d, " “");
			buf_puts(d, rs->sentence);
			buf_puts(d, "”");
		}
		buf_puts(d, " (");
		buf_puts(d, rs->name);
		if (rs->url) {
			buf_puts(d, " ");
			buf_puts(d, rs->url);
		}
		buf_puts(d, ")");
	}
	if (re->more) {
		buf_puts(d, " (");
		buf_puts(d, re->more);
		buf_puts(d, ")");
	}
	prop_text(b, "DESCRIPTION", d->p, &t->line);
	prop_text(b, "CATEGORIES", re->kind, &t->line);
	snprintf(line, sizeof line, "STATUS:%s", ics_status(re->e->status));
	prop_raw(b, line);
	for (size_t i = 0; i < re->nshow; i++)
		if (re->src[i].url) {
			buf_reset(&t->line);
			buf_puts(&t->line, "URL:");
			buf_puts(&t->line, re->src[i].url);
			ics_fold(b, t->line.p, t->line.n);
			break;
		}
	prop_raw(b, "TRANSP:TRANSPARENT");
	prop_raw(b, "END:VEVENT");
}

static int
ics_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	struct ics_tmp t = {{0}, {0}};
	struct buf *b;

	if (rv == NULL)
		return -1;
	b = outset_file(os, "timeline.ics");
	prop_raw(b, "BEGIN:VCALENDAR");
	prop_raw(b, "VERSION:2.0");
	prop_raw(b, "PRODID:-//Dateline//Dateline " DATELINE_VERSION "//EN");
	prop_raw(b, "CALSCALE:GREGORIAN");
	prop_raw(b, "METHOD:PUBLISH");
	prop_text(b, "X-WR-CALNAME", rv->title, &t.line);
	prop_text(b, "X-WR-CALDESC", rv_str(rv, "description"), &t.line);
	for (size_t i = 0; i < rv->n; i++)
		if (rv->e[i].ranged) {
			vevent(b, &rv->e[i], &t);
			outset_spill(os, b);
		}
	prop_raw(b, "END:VCALENDAR");
	buf_free(&t.line);
	buf_free(&t.desc);
	rview_free(rv);
	return 0;
}

const struct backend backend_ics = { .name = "ics", .render = ics_render };
