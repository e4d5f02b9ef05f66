/*
 * render_csv.c - out/timeline.csv, RFC 4180: a header row, CRLF line ends,
 * every field quoted with quotes doubled (esc_csv), fields a spreadsheet
 * would run as formulas prefixed with an apostrophe.  Column names are fixed
 * identifiers, the same in every locale; date_text and the labels follow it.
 * Several values in one field (companies, sources) are joined by " | ".
 */
#include <string.h>

#include "escape.h"
#include "render.h"

static const char *const columns[] = {
	"id", "date_timex", "date_mod", "date_start", "date_end_exclusive",
	"date_text", "kind", "status", "companies", "headline", "headline_lang",
	"source_urls", "source_documents", "sentence",
};

static void
field(struct buf *b, const char *s, bool *first)
{
	if (!*first)
		buf_putc(b, ',');
	*first = false;
	esc_csv(b, s ? s : "");
}

static int
csv_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct rview *rv = rview_new(tl, r, dg);
	struct buf *b, j = {0};
	bool first;

	if (rv == NULL)
		return -1;
	b = outset_file(os, "timeline.csv");
	first = true;
	for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++)
		field(b, columns[i], &first);
	buf_puts(b, "\r\n");
	for (size_t i = 0; i < rv->n; i++) {
		const struct rentry *re = &rv->e[i];
		const struct entry *e = re->e;
		char beg[16] = "", end[16] = "";
		if (re->ranged) {
			snprintf(beg, sizeof beg, "%04d-%02d-%02d", re->beg.y,
			    re->beg.m, re->beg.d);
			snprintf(end, sizeof end, "%04d-%02d-%02d", re->end.y,
			    re->end.m, re->end.d);
		}
		first = true;
		field(b, e->id, &first);
		field(b, e->dated ? e->when.v : "", &first);
		field(b, e->dated && e->when.mod < MOD_MAX ?
		    tx_mod_names[e->when.mod] : "", &first);
		field(b, beg, &first);
		field(b, end, &first);
		field(b, re->date_text, &first);
		field(b, re->kind, &first);
		field(b, re->status, &first);
		buf_reset(&j);
		for (size_t k = 0; k < e->nactors; k++)
			buf_printf(&j, "%s%s", k ? " | " : "", re->actors[k]);
		field(b, j.p ? j.p : "", &first);
		field(b, re->headline, &first);
		field(b, re->hl_lang, &first);
		/* Every source, not only those shown: the safe URLs... */
		buf_reset(&j);
		for (size_t k = 0; k < e->nsrc; k++) {
			size_t at = j.n;
			if (j.n)
				buf_puts(&j, " | ");
			if (!esc_url(&j, e->src[k].o->url))
				j.n = at;	/* none, or not safe: left out */
		}
		field(b, j.p ? j.p : "", &first);
		/* ...and the documents. */
		buf_reset(&j);
		for (size_t k = 0; k < e->nsrc; k++) {
			if (k)
				buf_puts(&j, " | ");
			buf_puts(&j, e->src[k].o->doc ? e->src[k].o->doc : "");
		}
		field(b, j.p ? j.p : "", &first);
		field(b, re->nsrc ? re->src[0].sentence : "", &first);
		buf_puts(b, "\r\n");
		outset_spill(os, b);
	}
	buf_free(&j);
	rview_free(rv);
	return 0;
}

const struct backend backend_csv = { .name = "csv", .render = csv_render };
