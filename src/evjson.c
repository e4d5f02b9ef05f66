/*
 * evjson.c - events and timeline entries as JSON Lines (docs/events-schema.md).
 *
 * Lines are written as jansson's compact dump (JSON_COMPACT |
 * JSON_PRESERVE_ORDER) writes them, so keys come in the order they are
 * written here and the output is the same byte for byte on every run.
 * Non-ASCII text is written as UTF-8, except U+2028 and U+2029, written
 * "\u2028" and "\u2029" so that no tool splitting lines on Unicode
 * separators cuts a record in two.  Lines are read by a strict reader of
 * exactly these lines, and by jansson when it gives up.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "evjson.h"
#include "jsonw.h"
#include "tval.h"

/* ------------------------------------------------------------ writing */

/*
 * Written straight into the buffer, byte for byte as jansson's json_dumps()
 * with JSON_COMPACT | JSON_PRESERVE_ORDER wrote the same objects (the
 * reader still uses jansson for lines it does not know): keys in this
 * order, no blanks, '"' '\\' and the C0 controls escaped (\b \f \n \r \t,
 * else \u00XX), everything else as UTF-8 but U+2028 and U+2029.
 */

/* String literal S appended. */
#define put_lit(b, s) buf_put((b), (s), sizeof(s) - 1)
/* ,"KEY": -- and {"KEY": for an object's first (KEY a string literal). */
#define put_key(b, key) put_lit(b, ",\"" key "\":")
#define put_key1(b, key) put_lit(b, "{\"" key "\":")

/* S[0..n) as a JSON string (ill-formed UTF-8 repaired to U+FFFD), or null. */
static void
put_strn(struct buf *b, const char *s, size_t n)
{
	if (s == NULL)
		put_lit(b, "null");
	else
		jw_put_string(b, s, n, JW_REPAIR | JW_LS_PS);
}

/* The length of S, 0 if NULL. */
static size_t
len0(const char *s)
{
	return s ? strlen(s) : 0;
}

static void
put_str(struct buf *b, const char *s)
{
	put_strn(b, s, len0(s));
}

/* V in decimal, ending at END: where it starts. */
static char *
u32_before(char *end, uint32_t v)
{
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return end;
}

/* [beg,end], made whole before it is appended. */
static void
put_span(struct buf *b, struct span s)
{
	char t[2 * 10 + 3], *p = t + sizeof t;

	*--p = ']';
	p = u32_before(p, s.end);
	*--p = ',';
	p = u32_before(p, s.beg);
	*--p = '[';
	buf_put(b, p, (size_t)(t + sizeof t - p));
}

static void
put_when(struct buf *b, bool dated, const struct tval *v, int type)
{
	if (!dated) {
		put_lit(b, "null");
		return;
	}
	put_key1(b, "value");
	put_str(b, v->v);
	put_key(b, "gran");
	put_str(b, tx_gran_names[v->gran < GRAN_MAX ? v->gran : GRAN_NONE]);
	put_key(b, "mod");
	put_str(b, v->mod != MOD_NONE && v->mod < MOD_MAX ?
	    tx_mod_names[v->mod] : NULL);
	if (type >= 0) {
		put_key(b, "type");
		put_str(b, tx_type_names[type < TX_TYPE_MAX ? type : TX_DATE]);
	}
	buf_putc(b, '}');
}

/*
 * The document's fields of a source, the first of both schemas, in this
 * order, after KEY0's '{' if FIRST.
 */
static void
put_source_doc(struct buf *b, const struct source *s, bool first)
{
	if (first)
		put_key1(b, "doc");
	else
		put_key(b, "doc");
	put_str(b, s->doc);
	put_key(b, "title");
	put_str(b, s->title);
	put_key(b, "url");
	put_str(b, s->url);
	put_key(b, "lang");
	put_str(b, s->lang);
	put_key(b, "dct");
	put_str(b, s->dct);
}

/*
 * The rest of a source's fields: the sentence (SN bytes at s->sentence),
 * its span, the date expression (TN bytes at s->ttext).
 */
static void
put_source_sentence(struct buf *b, const struct source *s, size_t sn,
    size_t tn)
{
	put_key(b, "sentence");
	put_strn(b, s->sentence, sn);
	put_key(b, "sspan");
	put_span(b, s->sspan);
	put_key(b, "timex");
	if (s->has_tspan) {
		put_key1(b, "text");
		put_strn(b, s->ttext, tn);
		put_key(b, "span");
		put_span(b, s->tspan);
		buf_putc(b, '}');
	} else
		put_lit(b, "null");
}

struct evjson_memo {
	const struct origin **key;	/* open addressing, a power of two */
	uint32_t *off, *len;		/* each one's fields in TEXT */
	size_t size, n;
	struct buf text;
};

struct evjson_memo *
evjson_memo_new(void)
{
	return xcalloc(1, sizeof(struct evjson_memo));
}

void
evjson_memo_free(struct evjson_memo *m)
{
	if (m == NULL)
		return;
	free(m->key);
	free(m->off);
	free(m->len);
	buf_free(&m->text);
	free(m);
}

static size_t
memo_slot(const struct evjson_memo *m, const struct origin *o)
{
	uint64_t h = (uint64_t)(uintptr_t)o * 0x9e3779b97f4a7c15ULL;
	size_t i = (size_t)(h >> 32) & (m->size - 1);

	while (m->key[i] != NULL && m->key[i] != o)
		i = (i + 1) & (m->size - 1);
	return i;
}

static void
memo_grow(struct evjson_memo *m)
{
	struct evjson_memo old = *m;

	m->size = old.size ? old.size * 2 : 1024;
	m->key = xcalloc(m->size, sizeof *m->key);
	m->off = xmalloc(m->size * sizeof *m->off);
	m->len = xmalloc(m->size * sizeof *m->len);
	for (size_t i = 0; i < old.size; i++)
		if (old.key[i]) {
			size_t j = memo_slot(m, old.key[i]);
			m->key[j] = old.key[i];
			m->off[j] = old.off[i];
			m->len[j] = old.len[i];
		}
	free(old.key);
	free(old.off);
	free(old.len);
}

/* An entry's source, as a source is written; its article's fields from
 * MEMO when they were written before. */
static void
put_esource(struct buf *b, const struct esource *e, struct evjson_memo *m)
{
	const struct source s = esource_flat(e);
	size_t i = 0, at = b->n;

	if (m && m->size) {
		i = memo_slot(m, e->o);
		if (m->key[i] == e->o) {
			buf_put(b, m->text.p + m->off[i], m->len[i]);
			put_source_sentence(b, &s, len0(s.sentence), len0(s.ttext));
			return;
		}
	}
	put_source_doc(b, &s, true);
	if (m && b->n - at <= UINT32_MAX && m->text.n + (b->n - at) <= UINT32_MAX) {
		if (2 * (m->n + 1) > m->size) {
			memo_grow(m);
		}
		i = memo_slot(m, e->o);
		m->key[i] = e->o;
		m->off[i] = (uint32_t)m->text.n;
		m->len[i] = (uint32_t)(b->n - at);
		m->n++;
		buf_put(&m->text, b->p + at, b->n - at);
	}
	put_source_sentence(b, &s, len0(s.sentence), len0(s.ttext));
}

static void
put_actors(struct buf *b, const char *const *a, size_t n)
{
	buf_putc(b, '[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(b, ',');
		put_str(b, a[i]);
	}
	buf_putc(b, ']');
}

/* "actors", "kind", "status": the deal, in both schemas. */
static void
put_deal(struct buf *b, const char *const *actors, size_t n, int kind,
    int status)
{
	put_key(b, "actors");
	put_actors(b, actors, n);
	put_key(b, "kind");
	put_str(b, deal_kind_names[kind < DEAL_MAX ? kind : DEAL_OTHER]);
	put_key(b, "status");
	put_str(b, deal_status_names[status < ST_MAX ? status : ST_ANNOUNCED]);
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
		/* A run of ASCII: a code point a byte. */
		size_t k = ascii_span(w->s + w->byte, cp - w->cp < w->n - w->byte ?
		    cp - w->cp : w->n - w->byte);
		if (k > 0) {
			w->byte += k;
			w->cp += (uint32_t)k;
			continue;
		}
		utf8_decode((const unsigned char *)w->s + w->byte,
		    w->n - w->byte, &len);
		w->byte += (size_t)len;
		w->cp++;
	}
	return w->byte;
}

/*
 * The text of bytes [b, e) of D's original text, as a C string of it
 * would be (up to a NUL): its length.
 */
static size_t
text_len(const struct doc *d, size_t b, size_t e)
{
	return d->text ? strnlen(d->text + b, e - b) : 0;
}

/* EV's date expression (code points), within its sentence SP. */
static struct span
timex_in(const struct doc *d, const struct event *ev, struct span sp)
{
	const struct timex *t = &d->tx[ev->timex];
	uint32_t tb = t->span.beg, te = t->span.end;

	if (tb < sp.beg)
		tb = sp.beg;
	if (te > sp.end)
		te = sp.end;
	if (te < tb)
		te = tb;
	return (struct span){ tb, te };
}

/* A line's bytes besides the document's fields, the sentence and its date
 * expression, about (keys, spans, when, deal, headline). */
#define LINE_REST 320

/*
 * Room in OUT for D's lines, about (the sentences counted twice, for the
 * date expressions in them): fewer reallocations while they are written.
 */
static void
reserve_lines(const struct doc *d, size_t head, struct buf *out)
{
	size_t need = out->n + 1;

	for (size_t i = 0; i < d->nev; i++) {
		const struct sent *st = &d->sents[d->ev[i].sent];
		need += head + 2 * (size_t)(st->end - st->beg) + LINE_REST;
	}
	GROW(out->p, out->cap, need);
}

#define STR_(x) #x
#define STR(x) STR_(x)

void
evjson_write_doc(const struct doc *d, struct buf *out)
{
	struct cpwalk w = { d->text, d->text ? d->text_n : 0, 0, 0 };
	struct buf head = {0};
	struct source s;

	memset(&s, 0, sizeof s);
	s.doc = d->path;
	s.title = d->title;
	s.url = d->url;
	s.lang = d->lang;
	s.dct = d->has_dct ? d->dct.v : NULL;
	/* The document's fields, the same on each of its lines: once. */
	if (d->nev > 0) {
		put_lit(&head, "{\"schema\":" STR(EVENTS_SCHEMA));
		put_source_doc(&head, &s, false);
		reserve_lines(d, head.n, out);
	}
	for (size_t i = 0; i < d->nev; i++) {
		const struct event *ev = &d->ev[i];
		const struct sent *st = &d->sents[ev->sent];
		struct span sp = doc_span(d, st->beg, st->end);
		size_t b, e, tbb = 0, tn = 0;

		s.sspan = sp;
		s.has_tspan = false;
		s.ttext = NULL;
		/* Code points to bytes in increasing order: one walk per doc. */
		b = cp_byte(&w, sp.beg);
		if (ev->timex >= 0 && (size_t)ev->timex < d->ntx) {
			struct span ts = timex_in(d, ev, sp);
			s.has_tspan = true;
			s.tspan.beg = ts.beg - sp.beg;
			s.tspan.end = ts.end - sp.beg;
			tbb = cp_byte(&w, ts.beg);
			tn = text_len(d, tbb, cp_byte(&w, ts.end));
			s.ttext = d->text ? d->text + tbb : "";
		}
		e = cp_byte(&w, sp.end);
		s.sentence = d->text ? d->text + b : "";
		buf_put(out, head.p, head.n);
		put_source_sentence(out, &s, text_len(d, b, e), tn);
		put_key(out, "when");
		put_when(out, ev->dated, &ev->when,
		    ev->timex >= 0 && (size_t)ev->timex < d->ntx ?
		    d->tx[ev->timex].type : TX_DATE);
		put_deal(out, ev->actors, ev->nactors, ev->kind, ev->status);
		put_key(out, "headline");
		put_str(out, ev->headline);
		put_lit(out, "}\n");
	}
	buf_free(&head);
}

/*
 * S[0..n) as the JSON reader gives back what put_strn() wrote of it: a copy
 * in A, each byte of ill-formed UTF-8 as U+FFFD (jw_put_string's repair);
 * NULL for NULL.
 */
static const char *
rec_strn(struct arena *a, const char *s, size_t n)
{
	size_t i = 0, bad = 0;

	if (s == NULL)
		return NULL;
	while (i < n) {
		int len;
		i += ascii_span(s + i, n - i);
		if (i >= n)
			break;
		if (utf8_decode((const unsigned char *)s + i, n - i, &len) < 0)
			bad++;
		i += (size_t)len;
	}
	if (bad == 0)
		return arena_strndup(a, s, n);
	char *o = arena_alloc(a, n + 2 * bad + 1), *q = o;
	for (i = 0; i < n; ) {
		int len, cp = utf8_decode((const unsigned char *)s + i, n - i, &len);
		if (cp < 0) {
			memcpy(q, "\xEF\xBF\xBD", 3);
			q += 3;
		} else {
			memcpy(q, s + i, (size_t)len);
			q += len;
		}
		i += (size_t)len;
	}
	*q = '\0';
	return o;
}

static const char *
rec_str(struct arena *a, const char *s)
{
	return rec_strn(a, s, len0(s));
}

size_t
evjson_records_doc(const struct doc *d, struct evrecs *out)
{
	struct cpwalk w = { d->text, d->text ? d->text_n : 0, 0, 0 };
	struct source s;
	size_t left = 0;

	if (d->nev == 0)
		return 0;
	if (out->a == NULL)
		out->a = arena_new();
	struct arena *a = out->a;
	/* The document's fields, shared by its records. */
	memset(&s, 0, sizeof s);
	s.doc = rec_str(a, d->path);
	s.title = rec_str(a, d->title);
	s.url = rec_str(a, d->url);
	s.lang = rec_str(a, d->lang);
	s.dct = d->has_dct ? rec_str(a, d->dct.v) : NULL;
	for (size_t i = 0; i < d->nev; i++) {
		const struct event *ev = &d->ev[i];
		const struct sent *st = &d->sents[ev->sent];
		struct span sp = doc_span(d, st->beg, st->end);
		bool tx = ev->timex >= 0 && (size_t)ev->timex < d->ntx;
		size_t na = ev->nactors < DL_MAX_ACTORS ? ev->nactors : DL_MAX_ACTORS;

		/* A line whose actors are no array of 1 to 8 strings does not
		 * parse: no record (evjson_parse() would refuse it). */
		bool ok = na > 0;
		for (size_t k = 0; k < na; k++)
			ok = ok && ev->actors[k] != NULL;
		/* Nor one whose date's value is too long for a struct tval. */
		const char *v = ev->dated ? ev->when.v : "";
		size_t vn = strlen(v);
		if (ascii_span(v, vn) != vn)
			vn = strlen(v = rec_str(a, v));
		if (!ok || ev->nactors > DL_MAX_ACTORS || vn >= sizeof ev->when.v) {
			left++;
			continue;
		}
		struct evrec *r = evrecs_push(out);
		r->src = s;
		r->src.sspan = sp;
		size_t b = cp_byte(&w, sp.beg);
		if (tx) {
			struct span ts = timex_in(d, ev, sp);
			r->src.has_tspan = true;
			r->src.tspan.beg = ts.beg - sp.beg;
			r->src.tspan.end = ts.end - sp.beg;
			size_t tbb = cp_byte(&w, ts.beg);
			size_t tn = text_len(d, tbb, cp_byte(&w, ts.end));
			r->src.ttext = rec_strn(a, d->text ? d->text + tbb : "", tn);
		}
		size_t e = cp_byte(&w, sp.end);
		r->src.sentence = rec_strn(a, d->text ? d->text + b : "", text_len(d, b, e));
		r->src.headline = rec_str(a, ev->headline);
		r->dated = ev->dated;
		r->type = TX_DATE;
		if (ev->dated) {
			int ty = tx ? d->tx[ev->timex].type : TX_DATE;
			memcpy(r->when.v, v, vn);
			r->when.gran = ev->when.gran < GRAN_MAX ? ev->when.gran : GRAN_NONE;
			r->when.mod = ev->when.mod != MOD_NONE && ev->when.mod < MOD_MAX ?
			    ev->when.mod : MOD_NONE;
			r->type = (uint8_t)(ty < TX_TYPE_MAX ? ty : TX_DATE);
		}
		for (size_t k = 0; k < na; k++)
			r->actors[k] = rec_str(a, ev->actors[k]);
		r->nactors = (uint8_t)na;
		r->kind = ev->kind < DEAL_MAX ? ev->kind : DEAL_OTHER;
		r->status = ev->status < ST_MAX ? ev->status : ST_ANNOUNCED;
	}
	return left;
}

void
evjson_write_entry(const struct entry *e, struct evjson_memo *m, struct buf *out)
{
	put_key1(out, "id");
	put_str(out, e->id);
	put_key(out, "when");
	put_when(out, e->dated, &e->when, -1);
	put_deal(out, e->actors, e->nactors, e->kind, e->status);
	put_key(out, "headlines");
	put_key1(out, "en");
	put_str(out, e->headline[0]);
	put_key(out, "fr");
	put_str(out, e->headline[1]);
	buf_putc(out, '}');
	put_key(out, "sources");
	buf_putc(out, '[');
	for (size_t k = 0; k < e->nsrc; k++) {
		if (k)
			buf_putc(out, ',');
		put_esource(out, &e->src[k], m);
		put_key(out, "headline");
		put_str(out, e->src[k].headline);
		buf_putc(out, '}');
	}
	put_lit(out, "]}\n");
}

void
evjson_write_timeline(const struct timeline *tl, struct buf *out)
{
	struct evjson_memo *m = evjson_memo_new();

	for (size_t i = 0; i < tl->n; i++)
		evjson_write_entry(&tl->e[i], m, out);
	evjson_memo_free(m);
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

/* ------------------------------------------------------------ fast reader */

/*
 * Lines as evjson_write_*() writes them are read without jansson's tree: a
 * strict reader takes an object whose keys are the schema's own, each once,
 * whose strings are well-formed UTF-8 (every escape decoded, "\u0000" and
 * lone surrogates refused), whose numbers are integers of at most 15 digits
 * and whose values are of the schema's types.  On anything else it gives up
 * and the line is read by jansson (load() and the get_*() above), whose
 * verdict and reason stand.  Everything it accepts, jansson accepts with
 * the same values: it only saves the tree.
 */
struct jr {
	const char *p, *end;
	struct arena *a;
};

static void
jr_ws(struct jr *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' ||
	    *r->p == '\n' || *r->p == '\r'))
		r->p++;
}

/* Skip blanks; true (and past it) if C comes next. */
static bool
jr_ch(struct jr *r, char c)
{
	jr_ws(r);
	if (r->p < r->end && *r->p == c) {
		r->p++;
		return true;
	}
	return false;
}

static bool
jr_null(struct jr *r)
{
	jr_ws(r);
	if (r->end - r->p >= 4 && memcmp(r->p, "null", 4) == 0) {
		r->p += 4;
		return true;
	}
	return false;
}

static int
hex4(const char *s)
{
	int v = 0;

	for (int i = 0; i < 4; i++) {
		char c = s[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* The escape at S (after its '\\', before END): code point, or -1. */
static long
jr_escape(const char **s, const char *end)
{
	const char *p = *s;
	long cp;

	if (p >= end)
		return -1;
	switch (*p++) {
	case '"': cp = '"'; break;
	case '\\': cp = '\\'; break;
	case '/': cp = '/'; break;
	case 'b': cp = '\b'; break;
	case 'f': cp = '\f'; break;
	case 'n': cp = '\n'; break;
	case 'r': cp = '\r'; break;
	case 't': cp = '\t'; break;
	case 'u':
		if (end - p < 4 || (cp = hex4(p)) <= 0)
			return -1;	/* bad digits, or U+0000 */
		p += 4;
		if (cp >= 0xDC00 && cp <= 0xDFFF)
			return -1;	/* lone low surrogate */
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			int lo;
			if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
			    (lo = hex4(p + 2)) < 0xDC00 || lo > 0xDFFF)
				return -1;
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			p += 6;
		}
		break;
	default:
		return -1;
	}
	*s = p;
	return cp;
}

/* A string into the arena (*OUT, *LEN without the NUL). */
static bool
jr_str(struct jr *r, const char **out, size_t *len)
{
	const char *s, *p;
	char *d, *q;

	jr_ws(r);
	if (r->p >= r->end || *r->p != '"')
		return false;
	s = p = r->p + 1;
	/* Plain bytes first: most strings have no escape. */
	while (p < r->end && *p != '"' && *p != '\\') {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20)
			return false;
		if (c < 0x80)
			p++;
		else {
			int n;
			if (utf8_decode((const unsigned char *)p,
			    (size_t)(r->end - p), &n) < 0)
				return false;
			p += n;
		}
	}
	if (p >= r->end)
		return false;
	if (*p == '"') {
		*out = arena_strndup(r->a, s, (size_t)(p - s));
		if (len)
			*len = (size_t)(p - s);
		r->p = p + 1;
		return true;
	}
	/* Escapes: the decoded string is never longer than the escaped one. */
	const char *e = p;
	while (e < r->end && *e != '"')
		e += *e == '\\' && e + 1 < r->end ? 2 : 1;
	if (e >= r->end)
		return false;
	d = q = arena_alloc(r->a, (size_t)(e - s) + 1);
	memcpy(q, s, (size_t)(p - s));
	q += p - s;
	while (p < r->end && *p != '"') {
		unsigned char c = (unsigned char)*p;
		if (c == '\\') {
			const char *t = p + 1;
			long cp = jr_escape(&t, r->end);
			if (cp < 0)
				return false;
			q += utf8_encode((unsigned)cp, q);
			p = t;
		} else if (c < 0x20)
			return false;
		else if (c < 0x80)
			*q++ = *p++;
		else {
			int n;
			if (utf8_decode((const unsigned char *)p,
			    (size_t)(r->end - p), &n) < 0)
				return false;
			memcpy(q, p, (size_t)n);
			q += n;
			p += n;
		}
	}
	if (p >= r->end || q - d > e - s)
		return false;
	*q = '\0';
	*out = d;
	if (len)
		*len = (size_t)(q - d);
	r->p = p + 1;
	return true;
}

/* A string or null (*OUT NULL). */
static bool
jr_strnull(struct jr *r, const char **out)
{
	*out = NULL;
	return jr_null(r) || jr_str(r, out, NULL);
}

/* A string that is one of NAMES: its index in *K. */
static bool
jr_name(struct jr *r, const char *const *names, int n, uint8_t *k)
{
	const char *s;
	int i;

	if (!jr_str(r, &s, NULL) || (i = dl_name_index(names, n, s)) < 0)
		return false;
	*k = (uint8_t)i;
	return true;
}

/* A non-negative integer of at most 15 digits, no leading zero. */
static bool
jr_uint(struct jr *r, uint64_t *v)
{
	const char *p;
	uint64_t x = 0;

	jr_ws(r);
	p = r->p;
	while (p < r->end && *p >= '0' && *p <= '9' && p - r->p < 16)
		x = x * 10 + (uint64_t)(*p++ - '0');
	if (p == r->p || p - r->p > 15 || (*r->p == '0' && p - r->p > 1))
		return false;
	/* A fraction or an exponent makes it a real. */
	if (p < r->end && (*p == '.' || *p == 'e' || *p == 'E'))
		return false;
	r->p = p;
	*v = x;
	return true;
}

static bool
jr_span(struct jr *r, struct span *s)
{
	uint64_t b, e;

	if (!jr_ch(r, '[') || !jr_uint(r, &b) || !jr_ch(r, ',') ||
	    !jr_uint(r, &e) || !jr_ch(r, ']') || e < b || e > UINT32_MAX)
		return false;
	s->beg = (uint32_t)b;
	s->end = (uint32_t)e;
	return true;
}

/*
 * The next key of an object, one of KEYS (plain, no escape) not yet in
 * *SEEN, and its ':'.  Its index in *K.
 */
static bool
jr_key(struct jr *r, const char *const *keys, int n, uint32_t *seen, int *k)
{
	const char *s, *p;

	jr_ws(r);
	if (r->p >= r->end || *r->p != '"')
		return false;
	s = p = r->p + 1;
	while (p < r->end && *p != '"' && *p != '\\')
		p++;
	if (p >= r->end || *p != '"')
		return false;
	for (int i = 0; i < n; i++) {
		size_t j = 0, len = (size_t)(p - s);
		while (j < len && keys[i][j] != '\0' && keys[i][j] == s[j])
			j++;
		if (j == len && keys[i][j] == '\0') {
			if (*seen & (1u << i))
				return false;	/* duplicate */
			*seen |= 1u << i;
			*k = i;
			r->p = p + 1;
			return jr_ch(r, ':');
		}
	}
	return false;
}

/*
 * An object of KEYS: FIELD(R, ARG, K) reads the value of each key.  True if
 * it is well-formed and every key in REQUIRED (bits) is there.
 */
static bool
jr_object(struct jr *r, const char *const *keys, int n, uint32_t required,
    bool (*field)(struct jr *, void *, int), void *arg)
{
	uint32_t seen = 0;
	int k;

	if (!jr_ch(r, '{'))
		return false;
	if (!jr_ch(r, '}')) {
		do {
			if (!jr_key(r, keys, n, &seen, &k) || !field(r, arg, k))
				return false;
		} while (jr_ch(r, ','));
		if (!jr_ch(r, '}'))
			return false;
	}
	return (seen & required) == required;
}

/* Strings of an array, at least one, at most MAX (0: any) into the arena. */
static bool
jr_strings(struct jr *r, size_t max, const char ***out, size_t *n)
{
	const char **v = NULL, *s;
	size_t cap = 0;

	*n = 0;
	if (!jr_ch(r, '[') || jr_ch(r, ']'))
		return false;
	do {
		if (!jr_str(r, &s, NULL) || (max && *n == max))
			return false;
		v = arena_grow(r->a, v, *n, &cap, sizeof *v);
		v[(*n)++] = s;
	} while (jr_ch(r, ','));
	*out = v;
	return jr_ch(r, ']');
}

/* "when": as get_when() (TYPE may be NULL). */
struct jr_when {
	struct tval *t;
	uint8_t *type;
};

static const char *const when_keys[] = { "value", "gran", "mod", "type" };

static bool
when_field(struct jr *r, void *arg, int k)
{
	struct jr_when *w = arg;
	const char *s;
	size_t n;

	switch (k) {
	case 0:
		if (!jr_str(r, &s, &n) || n >= sizeof w->t->v)
			return false;
		memcpy(w->t->v, s, n);
		return true;
	case 1:
		return jr_name(r, tx_gran_names, GRAN_MAX, &w->t->gran);
	case 2:
		if (jr_null(r)) {
			w->t->mod = MOD_NONE;
			return true;
		}
		return jr_name(r, tx_mod_names, MOD_MAX, &w->t->mod);
	default: {
		uint8_t ty;
		if (!jr_name(r, tx_type_names, TX_TYPE_MAX, &ty))
			return false;
		if (w->type)
			*w->type = ty;
		return true;
	}
	}
}

static bool
jr_when(struct jr *r, bool *dated, struct tval *t, uint8_t *type)
{
	struct jr_when w = { t, type };

	memset(t, 0, sizeof *t);	/* mod: MOD_NONE */
	*dated = false;
	if (type)
		*type = TX_DATE;
	if (jr_null(r))
		return true;
	if (!jr_object(r, when_keys, 4, 3u, when_field, &w))
		return false;
	*dated = true;
	return true;
}

/* The "timex" of a source: null or {text, span}. */
static const char *const timex_keys[] = { "text", "span" };

static bool
timex_field(struct jr *r, void *arg, int k)
{
	struct source *s = arg;

	return k == 0 ? jr_strnull(r, &s->ttext) : jr_span(r, &s->tspan);
}

/* A source field K (SOURCE_KEYS) into S; FALSE if not one. */
static const char *const source_keys[] = { "doc", "title", "url", "lang",
	"dct", "sentence", "headline", "sspan", "timex" };
#define SOURCE_REQUIRED ((1u << 0) | (1u << 3) | (1u << 5) | (1u << 7))

static bool
source_field(struct jr *r, struct source *s, int k)
{
	switch (k) {
	case 0: return jr_str(r, &s->doc, NULL);
	case 1: return jr_strnull(r, &s->title);
	case 2: return jr_strnull(r, &s->url);
	case 3: return jr_str(r, &s->lang, NULL);
	case 4: return jr_strnull(r, &s->dct);
	case 5: return jr_str(r, &s->sentence, NULL);
	case 6: return jr_strnull(r, &s->headline);
	case 7: return jr_span(r, &s->sspan);
	default:
		if (jr_null(r))
			return true;
		s->has_tspan = true;
		return jr_object(r, timex_keys, 2, 2u, timex_field, s);
	}
}

static bool
source_obj_field(struct jr *r, void *arg, int k)
{
	return source_field(r, arg, k);
}

/* Nothing but blanks left. */
static bool
jr_end(struct jr *r)
{
	jr_ws(r);
	return r->p == r->end;
}

/* An events record (schema 1): its keys, the source's first. */
static const char *const rec_keys[] = { "doc", "title", "url", "lang",
	"dct", "sentence", "headline", "sspan", "timex", "schema", "when",
	"actors", "kind", "status" };
#define REC_REQUIRED (SOURCE_REQUIRED | (1u << 9) | (1u << 11) | (1u << 12) | \
	(1u << 13))

static bool
rec_field(struct jr *r, void *arg, int k)
{
	struct evrec *rec = arg;
	uint64_t v;
	const char **acts;
	size_t n;

	switch (k) {
	case 9:
		return jr_uint(r, &v) && v == EVENTS_SCHEMA;
	case 10:
		return jr_when(r, &rec->dated, &rec->when, &rec->type);
	case 11:
		if (!jr_strings(r, DL_MAX_ACTORS, &acts, &n))
			return false;
		memcpy(rec->actors, acts, n * sizeof *acts);
		rec->nactors = (uint8_t)n;
		return true;
	case 12:
		return jr_name(r, deal_kind_names, DEAL_MAX, &rec->kind);
	case 13:
		return jr_name(r, deal_status_names, ST_MAX, &rec->status);
	default:
		return source_field(r, &rec->src, k);
	}
}

static bool
fast_parse(const char *line, size_t n, struct arena *a, struct evrec *rec)
{
	struct jr r = { line, line + n, a };

	memset(rec, 0, sizeof *rec);
	rec->type = TX_DATE;
	return jr_object(&r, rec_keys, 14, REC_REQUIRED, rec_field, rec) &&
	    jr_end(&r);
}

/*
 * S as an entry keeps it, in arena A: its article's fields are *LAST's if
 * they are the same (the sources of an article follow each other), else
 * new, and then *LAST.
 */
static void
to_esource(struct arena *a, const struct source *s, struct esource *out,
    const struct origin **last)
{
	const struct origin *o = *last;

	if (o == NULL || !origin_is(o, s)) {
		struct origin *n = arena_alloc(a, sizeof *n);
		*n = (struct origin){ s->doc, s->title, s->url, s->lang, s->dct };
		*last = o = n;
	}
	*out = (struct esource){ .o = o, .sentence = s->sentence,
	    .ttext = s->ttext, .headline = s->headline, .sspan = s->sspan,
	    .tspan = s->tspan, .has_tspan = s->has_tspan };
}

/* A timeline entry. */
static const char *const entry_keys[] = { "id", "when", "actors", "kind",
	"status", "headlines", "sources" };
static const char *const hl_keys[] = { "en", "fr" };

static bool
hl_field(struct jr *r, void *arg, int k)
{
	struct entry *e = arg;

	return jr_strnull(r, &e->headline[k]);
}

static bool
jr_sources(struct jr *r, struct entry *e)
{
	struct esource *v = NULL;
	const struct origin *last = NULL;
	size_t cap = 0;

	if (!jr_ch(r, '['))
		return false;
	if (!jr_ch(r, ']')) {
		do {
			struct source s;
			v = arena_grow(r->a, v, e->nsrc, &cap, sizeof *v);
			memset(&s, 0, sizeof s);
			if (!jr_object(r, source_keys, 9, SOURCE_REQUIRED,
			    source_obj_field, &s))
				return false;
			to_esource(r->a, &s, &v[e->nsrc++], &last);
		} while (jr_ch(r, ','));
		if (!jr_ch(r, ']'))
			return false;
	}
	e->src = v ? v : arena_alloc(r->a, sizeof *e->src);
	return true;
}

static bool
entry_field(struct jr *r, void *arg, int k)
{
	struct entry *e = arg;
	const char *s;
	size_t n;

	switch (k) {
	case 0:
		if (!jr_str(r, &s, &n) || n != 16)
			return false;
		memcpy(e->id, s, 17);
		return true;
	case 1:
		return jr_when(r, &e->dated, &e->when, NULL);
	case 2:
		return jr_strings(r, 0, &e->actors, &e->nactors);
	case 3:
		return jr_name(r, deal_kind_names, DEAL_MAX, &e->kind);
	case 4:
		return jr_name(r, deal_status_names, ST_MAX, &e->status);
	case 5:
		return jr_null(r) || jr_object(r, hl_keys, 2, 0, hl_field, e);
	default:
		return jr_sources(r, e);
	}
}

static bool
fast_parse_entry(const char *line, size_t n, struct timeline *tl,
    struct entry *e)
{
	struct jr r = { line, line + n, tl->a };

	return jr_object(&r, entry_keys, 7, (1u << 0) | (1u << 2) | (1u << 3) |
	    (1u << 4) | (1u << 6), entry_field, e) && jr_end(&r);
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

	if (fast_parse(line, n, a, rec))
		return 0;
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
	const struct origin *last = NULL;
	struct entry *e;
	int k, s;
	size_t i, na;
	int rc = -1;

	e = new_entry(tl);
	if (fast_parse_entry(line, n, tl, e)) {
		tl->n++;
		return 0;
	}
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
		struct source src;
		if (!json_is_object(x)) {
			*why = "a source is not an object";
			goto out;
		}
		if (get_source(x, tl->a, &src, why) != 0)
			goto out;
		to_esource(tl->a, &src, &e->src[i], &last);
	}
	tl->n++;
	rc = 0;
out:
	json_decref(o);
	return rc;
}
