/*
 * evbin.c - event records in the events cache's binary form.
 *
 *   header   "DLEVBIN" NUL, u32 version, u32 records, u32 warnings, u32 bytes
 *   warning  u8 level, str
 *   record   u8 dated, type, kind, status, gran, mod, nactors, has_tspan,
 *            u32 sspan.beg, sspan.end, tspan.beg, tspan.end,
 *            str value, str actors[nactors],
 *            str doc, title, url, lang, dct, sentence, ttext, headline
 *   str      u32 length, then the bytes and a NUL; length NONE is NULL,
 *            SAME is the same string as the previous record's field (an
 *            article's fields, and a sentence with several events)
 *
 * "bytes" is the whole file's length: a torn file is refused at once.
 */
#include "evbin.h"

#include <stdlib.h>
#include <string.h>

#define MAGIC "DLEVBIN"			/* 8 bytes with its NUL */
#define VERSION 1u
#define HEADER (8 + 4 * 4)
#define NONE 0xFFFFFFFFu
#define SAME 0xFFFFFFFEu

/* The fields written as str after the actors, in this order. */
#define NFIELD 8

struct evrec *
evrecs_push(struct evrecs *r)
{
	GROW(r->rec, r->cap, r->n + 1);
	memset(&r->rec[r->n], 0, sizeof r->rec[0]);
	return &r->rec[r->n++];
}

void
evrecs_free(struct evrecs *r)
{
	free(r->rec);
	arena_free(r->a);
	free(r->hold);
	memset(r, 0, sizeof *r);
}

static void
fields(const struct evrec *e, const char *f[NFIELD])
{
	f[0] = e->src.doc;
	f[1] = e->src.title;
	f[2] = e->src.url;
	f[3] = e->src.lang;
	f[4] = e->src.dct;
	f[5] = e->src.sentence;
	f[6] = e->src.ttext;
	f[7] = e->src.headline;
}

static void
put_u32(struct buf *b, uint32_t v)
{
	buf_put(b, &v, sizeof v);
}

static void
put_str(struct buf *b, const char *s)
{
	size_t n;

	if (s == NULL) {
		put_u32(b, NONE);
		return;
	}
	n = strlen(s);
	put_u32(b, (uint32_t)n);
	buf_put(b, s, n + 1);
}

void
evbin_write(const struct evrecs *r, const struct diag *w, struct buf *out)
{
	size_t start = out->n, nwarn = 0;
	const char *prev[NFIELD] = {0};
	uint32_t v;

	for (size_t i = 0; w && i < w->n; i++)
		nwarn += w->it[i].level == DIAG_WARN;
	buf_put(out, MAGIC, 8);
	put_u32(out, VERSION);
	put_u32(out, (uint32_t)r->n);
	put_u32(out, (uint32_t)nwarn);
	put_u32(out, 0);	/* the length, once known */
	for (size_t i = 0; w && i < w->n; i++)
		if (w->it[i].level == DIAG_WARN) {
			buf_putc(out, DIAG_WARN);
			put_str(out, w->it[i].msg);
		}
	for (size_t i = 0; i < r->n; i++) {
		const struct evrec *e = &r->rec[i];
		const char *f[NFIELD];
		uint8_t h[8] = { e->dated, e->type, e->kind, e->status,
		    e->when.gran, e->when.mod, e->nactors, e->src.has_tspan };
		uint32_t sp[4] = { e->src.sspan.beg, e->src.sspan.end,
		    e->src.tspan.beg, e->src.tspan.end };
		buf_put(out, h, sizeof h);
		buf_put(out, sp, sizeof sp);
		put_str(out, e->when.v);
		for (size_t k = 0; k < e->nactors; k++)
			put_str(out, e->actors[k]);
		fields(e, f);
		for (int k = 0; k < NFIELD; k++) {
			if (i > 0 && f[k] && prev[k] && strcmp(f[k], prev[k]) == 0)
				put_u32(out, SAME);
			else
				put_str(out, f[k]);
			prev[k] = f[k];
		}
	}
	v = (uint32_t)(out->n - start);
	memcpy(out->p + start + 8 + 3 * 4, &v, sizeof v);
}

/* ------------------------------------------------------------ reading */

struct rd {
	char *p, *end;
};

static bool
get(struct rd *r, void *v, size_t n)
{
	if ((size_t)(r->end - r->p) < n)
		return false;
	memcpy(v, r->p, n);
	r->p += n;
	return true;
}

/* A str: *S points into the data; SAME gives *PREV (there must be one). */
static bool
get_str(struct rd *r, const char **s, const char *const *prev)
{
	uint32_t n;

	if (!get(r, &n, sizeof n))
		return false;
	if (n == NONE) {
		*s = NULL;
		return true;
	}
	if (n == SAME) {
		if (prev == NULL || *prev == NULL)
			return false;
		*s = *prev;
		return true;
	}
	if ((size_t)(r->end - r->p) < (size_t)n + 1 || r->p[n] != '\0' ||
	    memchr(r->p, '\0', n) != NULL)
		return false;
	*s = r->p;
	r->p += (size_t)n + 1;
	return true;
}

static bool
get_rec(struct rd *r, struct evrec *e, const struct evrec *prev)
{
	uint8_t h[8];
	uint32_t sp[4];
	const char *v, *pf[NFIELD], *f[NFIELD];

	if (!get(r, h, sizeof h) || !get(r, sp, sizeof sp))
		return false;
	if (h[0] > 1 || h[1] >= TX_TYPE_MAX || h[2] >= DEAL_MAX || h[3] >= ST_MAX ||
	    h[4] >= GRAN_MAX || h[5] >= MOD_MAX || h[6] > DL_MAX_ACTORS || h[7] > 1)
		return false;
	e->dated = h[0];
	e->type = h[1];
	e->kind = h[2];
	e->status = h[3];
	e->when.gran = h[4];
	e->when.mod = h[5];
	e->nactors = h[6];
	e->src.has_tspan = h[7];
	e->src.sspan = (struct span){ sp[0], sp[1] };
	e->src.tspan = (struct span){ sp[2], sp[3] };
	if (!get_str(r, &v, NULL) || v == NULL || strlen(v) >= sizeof e->when.v)
		return false;
	memcpy(e->when.v, v, strlen(v) + 1);
	for (size_t k = 0; k < e->nactors; k++)
		if (!get_str(r, &e->actors[k], NULL) || e->actors[k] == NULL)
			return false;
	if (prev)
		fields(prev, pf);
	for (int k = 0; k < NFIELD; k++)
		if (!get_str(r, &f[k], prev ? &pf[k] : NULL))
			return false;
	e->src = (struct source){ .doc = f[0], .title = f[1], .url = f[2],
	    .lang = f[3], .dct = f[4], .sentence = f[5], .ttext = f[6],
	    .headline = f[7], .sspan = e->src.sspan, .tspan = e->src.tspan,
	    .has_tspan = e->src.has_tspan };
	/* What a JSON record cannot be without. */
	return e->src.doc && e->src.lang && e->src.sentence;
}

int
evbin_read(char *data, size_t n, struct evrecs *out, struct diag *w)
{
	struct rd r = { data, data + n };
	char magic[8];
	uint32_t version, nrec, nwarn, len;
	struct evrecs got = {0};
	struct diag warn = {0};

	if (!get(&r, magic, sizeof magic) || memcmp(magic, MAGIC, 8) != 0 ||
	    !get(&r, &version, 4) || version != VERSION || !get(&r, &nrec, 4) ||
	    !get(&r, &nwarn, 4) || !get(&r, &len, 4) || len != n)
		return -1;
	/* Each record takes at least its fixed fields: no huge allocation
	 * from a bad count. */
	if (nrec > n / (8 + 16 + 4 * (1 + NFIELD)) || nwarn > n / 5)
		return -1;
	for (uint32_t i = 0; i < nwarn; i++) {
		uint8_t level;
		const char *msg;
		if (!get(&r, &level, 1) || level != DIAG_WARN ||
		    !get_str(&r, &msg, NULL) || msg == NULL)
			goto bad;
		diag_add(&warn, DIAG_WARN, NULL, "%s", msg);
	}
	if (nrec) {
		got.cap = nrec;
		got.rec = xmalloc(nrec * sizeof *got.rec);
	}
	for (uint32_t i = 0; i < nrec; i++) {
		struct evrec *e = &got.rec[got.n];
		memset(e, 0, sizeof *e);
		if (!get_rec(&r, e, i ? &got.rec[got.n - 1] : NULL))
			goto bad;
		got.n++;
	}
	if (r.p != r.end)
		goto bad;
	got.hold = data;
	*out = got;
	diag_move(w, &warn);
	diag_free(&warn);
	return 0;
bad:
	free(got.rec);
	diag_free(&warn);
	return -1;
}
