/*
 * evjson.c - events and timeline entries as JSON Lines (docs/events-schema.md).
 *
 * Objects are built with jansson and dumped with JSON_COMPACT |
 * JSON_PRESERVE_ORDER, so keys come in the order they are set here and the
 * output is the same byte for byte on every run.  Non-ASCII text is written
 * as UTF-8, except U+2028 and U+2029, written "\u2028" and "\u2029" so that
 * no tool splitting lines on Unicode separators cuts a record in two.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "evjson.h"
#include "tval.h"

/* ------------------------------------------------------------ writing */

/* A JSON string of S[0..n) (ill-formed UTF-8 repaired to U+FFFD), or null. */
static json_t *
jstrn(const char *s, size_t n)
{
	struct buf b = {0};
	json_t *j;
	size_t i = 0;
	bool bad = false;

	if (s == NULL)
		return json_null();
	while (i < n) {
		int len, cp = utf8_decode((const unsigned char *)s + i, n - i, &len);
		if (cp < 0) {
			bad = true;
			break;
		}
		i += (size_t)len;
	}
	if (!bad)
		return json_stringn(s, n);
	for (i = 0; i < n;) {
		int len, cp = utf8_decode((const unsigned char *)s + i, n - i, &len);
		buf_put_utf8(&b, cp < 0 ? 0xFFFD : (unsigned)cp);
		i += (size_t)len;
	}
	j = json_stringn(b.p ? b.p : "", b.n);
	buf_free(&b);
	return j;
}

static json_t *
jstr(const char *s)
{
	return s ? jstrn(s, strlen(s)) : json_null();
}

static json_t *
jspan(struct span s)
{
	json_t *a = json_array();

	json_array_append_new(a, json_integer(s.beg));
	json_array_append_new(a, json_integer(s.end));
	return a;
}

static json_t *
jwhen(bool dated, const struct tval *v, int type)
{
	json_t *o;

	if (!dated)
		return json_null();
	o = json_object();
	json_object_set_new(o, "value", jstr(v->v));
	json_object_set_new(o, "gran", jstr(tx_gran_names[v->gran < GRAN_MAX ?
	    v->gran : GRAN_NONE]));
	json_object_set_new(o, "mod", v->mod != MOD_NONE && v->mod < MOD_MAX ?
	    jstr(tx_mod_names[v->mod < MOD_MAX ? v->mod : 0]) : json_null());
	if (type >= 0)
		json_object_set_new(o, "type", jstr(tx_type_names[type < TX_TYPE_MAX ? type : TX_DATE]));
	return o;
}

/* Dump J as one line (then a newline) to OUT, and release it. */
static void
dump_line(json_t *j, struct buf *out)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);

	json_decref(j);
	if (s == NULL)
		return;
	for (const char *p = s; *p; p++) {
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
			buf_puts(out, (unsigned char)p[2] == 0xA8 ?
			    "\\u2028" : "\\u2029");
			p += 2;
		} else
			buf_putc(out, *p);
	}
	buf_putc(out, '\n');
	free(s);
}

/* Source fields shared by both schemas, in this order. */
static void
set_source(json_t *o, const struct source *s)
{
	json_object_set_new(o, "doc", jstr(s->doc));
	json_object_set_new(o, "title", jstr(s->title));
	json_object_set_new(o, "url", jstr(s->url));
	json_object_set_new(o, "lang", jstr(s->lang));
	json_object_set_new(o, "dct", jstr(s->dct));
	json_object_set_new(o, "sentence", jstr(s->sentence));
	json_object_set_new(o, "sspan", jspan(s->sspan));
	if (s->has_tspan) {
		json_t *t = json_object();
		json_object_set_new(t, "text", jstr(s->ttext));
		json_object_set_new(t, "span", jspan(s->tspan));
		json_object_set_new(o, "timex", t);
	} else
		json_object_set_new(o, "timex", json_null());
}

static json_t *
jactors(const char *const *a, size_t n)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, jstr(a[i]));
	return arr;
}

/* Walks code points of a text forward, restarting when asked to go back. */
struct cpwalk {
	const char *s;
	size_t n, byte;
	uint32_t cp;
};

static size_t
cp_byte(struct cpwalk *w, uint32_t cp)
{
	if (cp < w->cp) {
		w->cp = 0;
		w->byte = 0;
	}
	while (w->cp < cp && w->byte < w->n) {
		int len;
		utf8_decode((const unsigned char *)w->s + w->byte,
		    w->n - w->byte, &len);
		w->byte += (size_t)len;
		w->cp++;
	}
	return w->byte;
}

void
evjson_write_doc(const struct doc *d, struct buf *out)
{
	struct cpwalk w = { d->text, d->text ? d->text_n : 0, 0, 0 };

	for (size_t i = 0; i < d->nev; i++) {
		const struct event *ev = &d->ev[i];
		const struct sent *st = &d->sents[ev->sent];
		struct source s;
		struct span sp = doc_span(d, st->beg, st->end);
		json_t *o = json_object();
		size_t b, e;
		char *sentence, *ttext = NULL;

		memset(&s, 0, sizeof s);
		s.doc = d->path;
		s.title = d->title;
		s.url = d->url;
		s.lang = d->lang;
		s.dct = d->has_dct ? d->dct.v : NULL;
		s.sspan = sp;
		/* Code points to bytes in increasing order: one walk per doc. */
		b = cp_byte(&w, sp.beg);
		if (ev->timex >= 0 && (size_t)ev->timex < d->ntx) {
			const struct timex *t = &d->tx[ev->timex];
			uint32_t tb = t->span.beg, te = t->span.end;
			if (tb < sp.beg)
				tb = sp.beg;
			if (te > sp.end)
				te = sp.end;
			if (te < tb)
				te = tb;
			s.has_tspan = true;
			s.tspan.beg = tb - sp.beg;
			s.tspan.end = te - sp.beg;
			size_t tbb = cp_byte(&w, tb), teb = cp_byte(&w, te);
			ttext = xstrndup(d->text + tbb, teb - tbb);
			s.ttext = ttext;
		}
		e = cp_byte(&w, sp.end);
		sentence = xstrndup(d->text ? d->text + b : "", e - b);
		s.sentence = sentence;
		json_object_set_new(o, "schema", json_integer(EVENTS_SCHEMA));
		set_source(o, &s);
		json_object_set_new(o, "when", jwhen(ev->dated, &ev->when,
		    ev->timex >= 0 && (size_t)ev->timex < d->ntx ?
		    d->tx[ev->timex].type : TX_DATE));
		json_object_set_new(o, "actors", jactors(ev->actors, ev->nactors));
		json_object_set_new(o, "kind", jstr(deal_kind_names[ev->kind < DEAL_MAX ? ev->kind : DEAL_OTHER]));
		json_object_set_new(o, "status",
		    jstr(deal_status_names[ev->status < ST_MAX ? ev->status : ST_ANNOUNCED]));
		json_object_set_new(o, "headline", jstr(ev->headline));
		dump_line(o, out);
		free(sentence);
		free(ttext);
	}
}

void
evjson_write_timeline(const struct timeline *tl, struct buf *out)
{
	for (size_t i = 0; i < tl->n; i++) {
		const struct entry *e = &tl->e[i];
		json_t *o = json_object(), *h = json_object(), *srcs = json_array();

		json_object_set_new(o, "id", jstr(e->id));
		json_object_set_new(o, "when", jwhen(e->dated, &e->when, -1));
		json_object_set_new(o, "actors", jactors(e->actors, e->nactors));
		json_object_set_new(o, "kind", jstr(deal_kind_names[e->kind < DEAL_MAX ? e->kind : DEAL_OTHER]));
		json_object_set_new(o, "status", jstr(deal_status_names[e->status < ST_MAX ? e->status : ST_ANNOUNCED]));
		json_object_set_new(h, "en", jstr(e->headline[0]));
		json_object_set_new(h, "fr", jstr(e->headline[1]));
		json_object_set_new(o, "headlines", h);
		for (size_t k = 0; k < e->nsrc; k++) {
			json_t *s = json_object();
			set_source(s, &e->src[k]);
			json_object_set_new(s, "headline", jstr(e->src[k].headline));
			json_array_append_new(srcs, s);
		}
		json_object_set_new(o, "sources", srcs);
		dump_line(o, out);
	}
}

/* ------------------------------------------------------------ reading */

/* String member K of O into the arena; NULL if absent or null. */
static int
get_str(json_t *o, const char *k, struct arena *a, const char **out,
    bool required)
{
	json_t *v = json_object_get(o, k);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return required ? -1 : 0;
	if (!json_is_string(v))
		return -1;
	*out = arena_strndup(a, json_string_value(v), json_string_length(v));
	return 0;
}

static int
get_span(json_t *v, struct span *s)
{
	json_t *b, *e;

	if (!json_is_array(v) || json_array_size(v) != 2)
		return -1;
	b = json_array_get(v, 0);
	e = json_array_get(v, 1);
	if (!json_is_integer(b) || !json_is_integer(e) ||
	    json_integer_value(b) < 0 || json_integer_value(e) <
	    json_integer_value(b) || json_integer_value(e) > UINT32_MAX)
		return -1;
	s->beg = (uint32_t)json_integer_value(b);
	s->end = (uint32_t)json_integer_value(e);
	return 0;
}

static int
get_name(json_t *o, const char *k, const char *const *names, int n)
{
	json_t *v = json_object_get(o, k);

	if (!json_is_string(v))
		return -1;
	return dl_name_index(names, n, json_string_value(v));
}

/* "when": null, or {value, gran, mod[, type]}. */
static int
get_when(json_t *v, bool *dated, struct tval *t, uint8_t *type,
    const char **why)
{
	json_t *val, *mod;
	int g, m = MOD_NONE, ty = TX_DATE;

	memset(t, 0, sizeof *t);
	*dated = false;
	if (type)
		*type = TX_DATE;
	if (v == NULL || json_is_null(v))
		return 0;
	val = json_object_get(v, "value");
	if (!json_is_object(v) || !json_is_string(val) ||
	    json_string_length(val) >= sizeof t->v) {
		*why = "\"when\" needs a short string \"value\"";
		return -1;
	}
	if ((g = get_name(v, "gran", tx_gran_names, GRAN_MAX)) < 0) {
		*why = "\"when\" has no known \"gran\"";
		return -1;
	}
	mod = json_object_get(v, "mod");
	if (mod && !json_is_null(mod) &&
	    (m = get_name(v, "mod", tx_mod_names, MOD_MAX)) < 0) {
		*why = "\"when\" has an unknown \"mod\"";
		return -1;
	}
	if (json_object_get(v, "type") &&
	    (ty = get_name(v, "type", tx_type_names, TX_TYPE_MAX)) < 0) {
		*why = "\"when\" has an unknown \"type\"";
		return -1;
	}
	memcpy(t->v, json_string_value(val), json_string_length(val));
	t->gran = (uint8_t)g;
	t->mod = (uint8_t)m;
	if (type)
		*type = (uint8_t)ty;
	*dated = true;
	return 0;
}

static int
get_source(json_t *o, struct arena *a, struct source *s, const char **why)
{
	json_t *tx;

	memset(s, 0, sizeof s[0]);
	if (get_str(o, "doc", a, &s->doc, true) || get_str(o, "title", a,
	    &s->title, false) || get_str(o, "url", a, &s->url, false) ||
	    get_str(o, "lang", a, &s->lang, true) || get_str(o, "dct", a,
	    &s->dct, false) || get_str(o, "sentence", a, &s->sentence, true) ||
	    get_str(o, "headline", a, &s->headline, false)) {
		*why = "missing or bad string field (doc, lang, sentence required)";
		return -1;
	}
	if (get_span(json_object_get(o, "sspan"), &s->sspan) != 0) {
		*why = "\"sspan\" is not [begin, end]";
		return -1;
	}
	tx = json_object_get(o, "timex");
	if (tx && !json_is_null(tx)) {
		if (!json_is_object(tx) ||
		    get_span(json_object_get(tx, "span"), &s->tspan) != 0 ||
		    get_str(tx, "text", a, &s->ttext, false) != 0) {
			*why = "\"timex\" is not {text, span}";
			return -1;
		}
		s->has_tspan = true;
	}
	return 0;
}

static int
get_actors(json_t *v, struct arena *a, const char **out, size_t max,
    size_t *n)
{
	size_t i;
	json_t *x;

	if (!json_is_array(v) || json_array_size(v) == 0 ||
	    json_array_size(v) > max)
		return -1;
	json_array_foreach(v, i, x) {
		if (!json_is_string(x))
			return -1;
		out[i] = arena_strndup(a, json_string_value(x),
		    json_string_length(x));
	}
	*n = json_array_size(v);
	return 0;
}

static json_t *
load(const char *line, size_t n, const char **why)
{
	json_error_t err;
	json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES, &err);

	if (o == NULL) {
		*why = "not valid JSON";
		return NULL;
	}
	if (!json_is_object(o)) {
		json_decref(o);
		*why = "not a JSON object";
		return NULL;
	}
	return o;
}

int
evjson_parse(const char *line, size_t n, struct arena *a, struct evrec *rec,
    const char **why)
{
	json_t *o, *sc;
	int k, s;
	size_t na = 0;
	int rc = -1;

	memset(rec, 0, sizeof *rec);
	if ((o = load(line, n, why)) == NULL)
		return -1;
	sc = json_object_get(o, "schema");
	if (!json_is_integer(sc) || json_integer_value(sc) != EVENTS_SCHEMA) {
		*why = "not an events record of schema 1";
		goto out;
	}
	if (get_source(o, a, &rec->src, why) != 0)
		goto out;
	if (get_when(json_object_get(o, "when"), &rec->dated, &rec->when,
	    &rec->type, why) != 0)
		goto out;
	if (get_actors(json_object_get(o, "actors"), a, rec->actors,
	    DL_MAX_ACTORS, &na) != 0) {
		*why = "\"actors\" is not an array of 1 to 8 strings";
		goto out;
	}
	rec->nactors = (uint8_t)na;
	if ((k = get_name(o, "kind", deal_kind_names, DEAL_MAX)) < 0 ||
	    (s = get_name(o, "status", deal_status_names, ST_MAX)) < 0) {
		*why = "unknown \"kind\" or \"status\"";
		goto out;
	}
	rec->kind = (uint8_t)k;
	rec->status = (uint8_t)s;
	rc = 0;
out:
	json_decref(o);
	return rc;
}

/* Room for one more entry: capacity doubles at powers of two. */
static struct entry *
new_entry(struct timeline *tl)
{
	if (tl->n == 0 || (tl->n & (tl->n - 1)) == 0)
		tl->e = xrealloc(tl->e, (tl->n ? tl->n * 2 : 1) * sizeof *tl->e);
	memset(&tl->e[tl->n], 0, sizeof tl->e[0]);
	return &tl->e[tl->n];
}

int
evjson_parse_entry(const char *line, size_t n, struct timeline *tl,
    const char **why)
{
	json_t *o, *id, *h, *srcs, *x, *acts;
	struct entry *e;
	int k, s;
	size_t i, na;
	int rc = -1;

	if ((o = load(line, n, why)) == NULL)
		return -1;
	e = new_entry(tl);
	id = json_object_get(o, "id");
	if (!json_is_string(id) || json_string_length(id) != 16) {
		*why = "\"id\" is not 16 hex digits";
		goto out;
	}
	memcpy(e->id, json_string_value(id), 17);
	if (get_when(json_object_get(o, "when"), &e->dated, &e->when, NULL,
	    why) != 0)
		goto out;
	acts = json_object_get(o, "actors");
	if (!json_is_array(acts) || json_array_size(acts) == 0) {
		*why = "\"actors\" is not a non-empty array";
		goto out;
	}
	na = json_array_size(acts);
	e->actors = arena_alloc(tl->a, na * sizeof *e->actors);
	json_array_foreach(acts, i, x) {
		if (!json_is_string(x)) {
			*why = "\"actors\" holds a non-string";
			goto out;
		}
		e->actors[i] = arena_strndup(tl->a, json_string_value(x),
		    json_string_length(x));
	}
	e->nactors = na;
	if ((k = get_name(o, "kind", deal_kind_names, DEAL_MAX)) < 0 ||
	    (s = get_name(o, "status", deal_status_names, ST_MAX)) < 0) {
		*why = "unknown \"kind\" or \"status\"";
		goto out;
	}
	e->kind = (uint8_t)k;
	e->status = (uint8_t)s;
	h = json_object_get(o, "headlines");
	if (h && json_is_object(h) && (get_str(h, "en", tl->a, &e->headline[0],
	    false) || get_str(h, "fr", tl->a, &e->headline[1], false))) {
		*why = "\"headlines\" is not {en, fr}";
		goto out;
	}
	srcs = json_object_get(o, "sources");
	if (!json_is_array(srcs)) {
		*why = "\"sources\" is not an array";
		goto out;
	}
	e->nsrc = json_array_size(srcs);
	e->src = arena_alloc(tl->a, (e->nsrc ? e->nsrc : 1) * sizeof *e->src);
	json_array_foreach(srcs, i, x) {
		if (!json_is_object(x)) {
			*why = "a source is not an object";
			goto out;
		}
		if (get_source(x, tl->a, &e->src[i], why) != 0)
			goto out;
	}
	tl->n++;
	rc = 0;
out:
	json_decref(o);
	return rc;
}
