/* test_evjson.c - events and timeline JSON Lines: write, parse, round trip. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>
#include <jansson.h>

#include "dateline.h"
#include "evjson.h"
#include "gazetteer.h"
#include "pipeline.h"
#include "timeline.h"
#include "util.h"
#include "xorshift.h"

/*
 * A document whose normalized text is its text, one sentence per line, and
 * one event per sentence over the words "when" ("" for none).
 */
static struct doc *
make_doc(const char *text, const char *when)
{
	struct doc *d = doc_new("corpus/x \"y\".txt");
	size_t n = strlen(text), cp = 0;

	d->text = arena_strdup(d->a, text);
	d->text_n = n;
	d->norm = d->text;
	d->norm_n = n;
	d->to_orig = arena_alloc(d->a, (n + 1) * sizeof *d->to_orig);
	for (size_t i = 0; i < n;) {
		int len;
		utf8_decode((const unsigned char *)text + i, n - i, &len);
		for (int k = 0; k < len; k++)
			d->to_orig[i + (size_t)k] = (uint32_t)cp;
		i += (size_t)len;
		cp++;
	}
	d->to_orig[n] = (uint32_t)cp;
	memcpy(d->lang, "fr", 3);
	d->title = "Titre <b>\"gras\"</b>";
	d->url = "https://example.com/a?b=1&c=2";
	d->has_dct = true;
	strcpy(d->dct.v, "2021-05-27");
	d->dct.gran = GRAN_DAY;
	d->sents = arena_alloc(d->a, 8 * sizeof *d->sents);
	d->tx = arena_alloc(d->a, 8 * sizeof *d->tx);
	d->ev = arena_alloc(d->a, 8 * sizeof *d->ev);
	for (size_t b = 0; b < n && d->nsents < 8;) {
		const char *nl = memchr(text + b, '\n', n - b);
		size_t e = nl ? (size_t)(nl - text) : n;
		struct sent *s = &d->sents[d->nsents];
		struct event *ev = &d->ev[d->nev];
		s->beg = (uint32_t)b;
		s->end = (uint32_t)e;
		ev->sent = (uint32_t)d->nsents;
		ev->timex = -1;
		ev->actors[0] = "Orange";
		ev->actors[1] = "Société \"Test\" <X>";
		ev->nactors = 2;
		ev->kind = DEAL_JV;
		ev->status = ST_PLANNED;
		ev->headline = "Orange et Société \"Test\" <X> vont créer une coentreprise";
		const char *w = *when ? strstr(text + b, when) : NULL;
		if (w && (size_t)(w - text) < e) {
			struct timex *t = &d->tx[d->ntx];
			t->beg = (uint32_t)(w - text);
			t->end = t->beg + (uint32_t)strlen(when);
			t->span = doc_span(d, t->beg, t->end);
			t->type = TX_DATE;
			t->sent = ev->sent;
			strcpy(t->val.v, "2022-Q4");
			t->val.gran = GRAN_QUARTER;
			t->val.mod = MOD_END;
			ev->timex = (int32_t)d->ntx++;
			ev->dated = true;
			ev->when = t->val;
		}
		d->nsents++;
		d->nev++;
		b = e + 1;
	}
	return d;
}

static const char hostile[] =
    "Première phrase « citée » avec \"guillemets\", <script>, \\ et \t tab.\n"
    "Orange et Société \"Test\" créent – fin du 4e trimestre 2022 – une\xe2\x80\xa8" "coentreprise \xf0\x9f\x9a\x80.\n";

Test(evjson, write_is_one_line_per_event_and_escaped)
{
	struct doc *d = make_doc(hostile, "fin du 4e trimestre 2022");
	struct buf out = {0};
	size_t lines = 0;

	evjson_write_doc(d, &out);
	for (size_t i = 0; i < out.n; i++)
		lines += out.p[i] == '\n';
	cr_expect_eq(lines, 2);
	cr_expect(strstr(out.p, "\\u2028") != NULL, "U+2028 escaped");
	cr_expect(strstr(out.p, "\xe2\x80\xa8") == NULL);
	cr_expect(strncmp(out.p, "{\"schema\":1,\"doc\":", 18) == 0, "%s", out.p);
	cr_expect(strstr(out.p, "\"timex\":{\"text\":\"fin du 4e trimestre 2022\",\"span\":[34,58]}") != NULL, "%s", out.p);
	buf_free(&out);
	doc_free(d);
}

Test(evjson, round_trip)
{
	struct doc *d = make_doc(hostile, "fin du 4e trimestre 2022");
	struct buf out = {0};
	struct arena *a = arena_new();
	const char *why = NULL, *p;
	struct evrec r;

	evjson_write_doc(d, &out);
	p = strchr(out.p, '\n') + 1;	/* the second event */
	cr_assert_eq(evjson_parse(p, strlen(p) - 1, a, &r, &why), 0, "%s", why);
	cr_expect_str_eq(r.src.doc, d->path);
	cr_expect_str_eq(r.src.title, d->title);
	cr_expect_str_eq(r.src.url, d->url);
	cr_expect_str_eq(r.src.lang, "fr");
	cr_expect_str_eq(r.src.dct, "2021-05-27");
	cr_expect_str_eq(r.src.sentence,
	    "Orange et Société \"Test\" créent – fin du 4e trimestre 2022 – une\xe2\x80\xa8" "coentreprise \xf0\x9f\x9a\x80.");
	cr_expect_eq(r.src.sspan.beg, d->to_orig[d->sents[1].beg]);
	cr_expect(r.src.has_tspan);
	cr_expect_str_eq(r.src.ttext, "fin du 4e trimestre 2022");
	cr_expect_eq(r.src.tspan.beg, 34);
	cr_expect_eq(r.src.tspan.end, 58);
	cr_expect(r.dated);
	cr_expect_str_eq(r.when.v, "2022-Q4");
	cr_expect_eq(r.when.gran, GRAN_QUARTER);
	cr_expect_eq(r.when.mod, MOD_END);
	cr_expect_eq(r.type, TX_DATE);
	cr_expect_eq(r.nactors, 2);
	cr_expect_str_eq(r.actors[1], "Société \"Test\" <X>");
	cr_expect_eq(r.kind, DEAL_JV);
	cr_expect_eq(r.status, ST_PLANNED);
	cr_expect_str_eq(r.src.headline, d->ev[1].headline);

	/* The first event has no timex: dated by nothing, when null. */
	cr_assert_eq(evjson_parse(out.p, (size_t)(strchr(out.p, '\n') - out.p),
	    a, &r, &why), 0, "%s", why);
	cr_expect_not(r.dated);
	cr_expect_not(r.src.has_tspan);
	cr_expect_null(r.src.ttext);
	arena_free(a);
	buf_free(&out);
	doc_free(d);
}

Test(evjson, rejects_bad_lines)
{
	struct arena *a = arena_new();
	struct evrec r;
	const char *why;
	static const char *const bad[] = {
		"",
		"not json",
		"[1,2]",
		"{\"schema\":2,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":null,\"actors\":[\"A\"],\"kind\":\"launch\",\"status\":\"done\"}",
		"{\"schema\":1,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":null,\"actors\":[],\"kind\":\"launch\",\"status\":\"done\"}",
		"{\"schema\":1,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":null,\"actors\":[\"A\"],\"kind\":\"party\",\"status\":\"done\"}",
		"{\"schema\":1,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[2,1],\"when\":null,\"actors\":[\"A\"],\"kind\":\"launch\",\"status\":\"done\"}",
		"{\"schema\":1,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":{\"value\":\"2021\",\"gran\":\"eon\"},\"actors\":[\"A\"],\"kind\":\"launch\",\"status\":\"done\"}",
		"{\"schema\":1,\"doc\":7,\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":null,\"actors\":[\"A\"],\"kind\":\"launch\",\"status\":\"done\"}",
		"{\"schema\":1,\"schema\":1,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":null,\"actors\":[\"A\"],\"kind\":\"launch\",\"status\":\"done\"}",
	};
	const char *good = "{\"schema\":1,\"doc\":\"a\",\"lang\":\"en\",\"sentence\":\"s\",\"sspan\":[0,1],\"when\":{\"value\":\"2021\",\"gran\":\"year\",\"mod\":null},\"actors\":[\"A\"],\"kind\":\"launch\",\"status\":\"done\"}";

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		why = NULL;
		cr_expect_eq(evjson_parse(bad[i], strlen(bad[i]), a, &r, &why), -1,
		    "accepted: %s", bad[i]);
		cr_expect_not_null(why);
	}
	cr_expect_eq(evjson_parse(good, strlen(good), a, &r, &why), 0);
	cr_expect_null(r.src.title);
	cr_expect_eq(r.when.gran, GRAN_YEAR);
	arena_free(a);
}

Test(evjson, timeline_round_trip_is_byte_identical)
{
	struct doc *d = make_doc(hostile, "fin du 4e trimestre 2022");
	struct buf ev = {0}, one = {0}, two = {0};
	struct timeline *tl = tl_new(), *back = tl_new();
	struct arena *a = arena_new();
	const char *why = NULL;

	evjson_write_doc(d, &ev);
	for (char *p = ev.p, *nl; p && (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		struct evrec r;
		cr_assert_eq(evjson_parse(p, (size_t)(nl - p), a, &r, &why), 0);
		tl_add(tl, &r);
	}
	tl_finish(tl);
	cr_assert_gt(tl->n, 0);
	evjson_write_timeline(tl, &one);
	for (char *p = one.p, *nl; p && (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		cr_assert_eq(evjson_parse_entry(p, (size_t)(nl - p), back, &why), 0,
		    "%s", why);
	cr_expect_eq(back->n, tl->n);
	evjson_write_timeline(back, &two);
	cr_expect_str_eq(two.p, one.p);
	cr_expect(strstr(one.p, "\"headlines\":{\"en\":null,\"fr\":") != NULL, "%s", one.p);
	cr_expect_eq(evjson_parse_entry("{\"id\":\"x\"}", 10, back, &why), -1);
	buf_free(&ev);
	buf_free(&one);
	buf_free(&two);
	tl_free(tl);
	tl_free(back);
	arena_free(a);
	doc_free(d);
}

/*
 * The fast reader (no jansson tree) must accept a line only when jansson
 * does, with the same values.  An unknown key first sends a line to
 * jansson alone; both readings of mutated lines must agree.
 */
static void
mutate(struct buf *m, const char *line)
{
	static const char *const ins[] = {
		"\"", "\\", "\\u0000", "\\ud800", "\\udc00", "\\ud83d\\ude00",
		"\\u00E9", "\\n", "\\x", "\\/", "\xc3", "\xc3\xa9", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "\xc0\xaf", "\x01", "\x7f", "0", "00", "-1",
		"1.0", "1e3", "4294967296", "99999999999999999999", "-0",
		"\"id\":\"0123456789abcdef\",", "\"kind\":\"launch\",", "null",
		"true", " ", "\t", "\r\n", ",", ":", "[", "]", "{", "}", "x",
		"\"when\":null,", "\"type\":\"DATE\",", "\"type\":null,",
		"\"mod\":\"APPROX\",", "\"headlines\":5,", "\"timex\":null,",
		"\"sources\":[],", "\"z\":1,", "\xef\xbb\xbf",
	};
	size_t n = strlen(line);

	buf_reset(m);
	buf_puts(m, line);
	for (uint32_t k = 1 + rnd(3); k > 0; k--) {
		size_t at = rnd((uint32_t)m->n + 1);
		struct buf t = {0};
		buf_put(&t, m->p, at);
		switch (rnd(3)) {
		case 0:
			buf_puts(&t, ins[rnd(sizeof ins / sizeof ins[0])]);
			buf_puts(&t, m->p + at);
			break;
		case 1:
			buf_puts(&t, ins[rnd(sizeof ins / sizeof ins[0])]);
			if (at < m->n)
				buf_puts(&t, m->p + at + 1);
			break;
		default:
			if (at + 1 < m->n)
				buf_puts(&t, m->p + at + 1 + rnd((uint32_t)(m->n - at - 1)));
			break;
		}
		buf_reset(m);
		buf_put(m, t.p ? t.p : "", t.n);
		buf_free(&t);
	}
	(void)n;
}

/* LINE with an unknown first key, if it is an object: jansson reads it. */
static void
slow(struct buf *s, const char *line, size_t n)
{
	buf_reset(s);
	if (n > 0 && line[0] == '{') {
		buf_puts(s, "{\"~\":0,");
		buf_put(s, line + 1, n - 1);
	} else
		buf_put(s, line, n);
}

static bool
rec_same(const struct evrec *x, const struct evrec *y)
{
	const struct source *a = &x->src, *b = &y->src;

	if (x->dated != y->dated || strcmp(x->when.v, y->when.v) != 0 ||
	    x->when.gran != y->when.gran || x->when.mod != y->when.mod ||
	    x->type != y->type || x->nactors != y->nactors ||
	    x->kind != y->kind || x->status != y->status)
		return false;
	for (size_t i = 0; i < x->nactors; i++)
		if (nstrcmp(x->actors[i], y->actors[i]) != 0)
			return false;
	return nstrcmp(a->doc, b->doc) == 0 && nstrcmp(a->title, b->title) == 0 &&
	    nstrcmp(a->url, b->url) == 0 && nstrcmp(a->lang, b->lang) == 0 &&
	    nstrcmp(a->dct, b->dct) == 0 && nstrcmp(a->sentence, b->sentence) == 0 &&
	    nstrcmp(a->headline, b->headline) == 0 && nstrcmp(a->ttext, b->ttext) == 0 &&
	    a->sspan.beg == b->sspan.beg && a->sspan.end == b->sspan.end &&
	    a->has_tspan == b->has_tspan && a->tspan.beg == b->tspan.beg &&
	    a->tspan.end == b->tspan.end;
}

Test(evjson, fast_reader_agrees_with_jansson)
{
	static const char *const entries[] = {
		"{\"id\":\"682923f28fc003a7\",\"when\":{\"value\":\"2021-Q4\",\"gran\":\"quarter\",\"mod\":\"END\"},\"actors\":[\"Deutsche Telekom\",\"Soci\\u00e9t\\u00E9 \\\"X\\\" \\ud83d\\ude00\"],\"kind\":\"partnership\",\"status\":\"done\",\"headlines\":{\"en\":null,\"fr\":\"Accord \\n\\t\\/ <b>\"},\"sources\":[{\"doc\":\"a/b.html\",\"title\":\"T\\u2028\",\"url\":null,\"lang\":\"fr\",\"dct\":\"2017-07-26\",\"sentence\":\"Accord 1001 é\",\"sspan\":[0,28],\"timex\":{\"text\":\"1001\",\"span\":[24,28]},\"headline\":\"H\"},{\"doc\":\"c\",\"title\":null,\"url\":\"https://x/?a=1&b\",\"lang\":\"en\",\"dct\":null,\"sentence\":\"s\",\"sspan\":[4294967295,4294967295],\"timex\":null,\"headline\":null}]}",
		" { \"id\" : \"0123456789abcdef\" , \"when\" : null , \"actors\" : [ \"A\" ] , \"kind\" : \"launch\" , \"status\" : \"planned\" , \"headlines\" : null , \"sources\" : [ ] } \r",
		"{\"sources\":[],\"status\":\"cancelled\",\"kind\":\"other\",\"actors\":[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\",\"I\"],\"id\":\"\\u0030123456789abcde\",\"when\":{\"mod\":null,\"gran\":\"day\",\"value\":\"2021-05-01\"}}",
	};
	static const char *const recs[] = {
		"{\"schema\":1,\"doc\":\"corpus/x \\\"y\\\".txt\",\"title\":\"Titre\",\"url\":\"https://e/a?b=1&c=2\",\"lang\":\"fr\",\"dct\":\"2021-05-27\",\"sentence\":\"fin du 4e trimestre 2022 \\u00e9\",\"sspan\":[0,24],\"timex\":{\"text\":\"fin du 4e trimestre 2022\",\"span\":[0,24]},\"when\":{\"value\":\"2022-Q4\",\"gran\":\"quarter\",\"mod\":\"END\",\"type\":\"DATE\"},\"actors\":[\"Orange\",\"Soci\\u00e9t\\u00e9\"],\"kind\":\"joint_venture\",\"status\":\"planned\",\"headline\":\"Orange et \\\"Test\\\"\"}",
		"{\"schema\":1,\"doc\":\"a\",\"title\":null,\"url\":null,\"lang\":\"en\",\"dct\":null,\"sentence\":\"s\",\"sspan\":[0,1],\"timex\":null,\"when\":null,\"actors\":[\"A\",\"B\",\"C\",\"D\",\"E\",\"F\",\"G\",\"H\"],\"kind\":\"launch\",\"status\":\"done\",\"headline\":null}",
	};
	struct buf m = {0}, s = {0}, w1 = {0}, w2 = {0};
	struct timeline *fast = tl_new(), *ref = tl_new();
	struct arena *a = arena_new();
	int accepted = 0;

	rng = 88172645u;
	for (int round = 0; round < 40000; round++) {
		const char *why;
		bool ent = round % 2 == 0;
		const char *seed = ent ? entries[rnd(3)] : recs[rnd(2)];
		if (round < 10)
			buf_reset(&m), buf_puts(&m, seed);
		else
			mutate(&m, seed);
		slow(&s, m.p, m.n);
		if (ent) {
			int r1 = evjson_parse_entry(m.p, m.n, fast, &why);
			int r2 = evjson_parse_entry(s.p, s.n, ref, &why);
			cr_assert_eq(r1, r2, "%s", m.p);
			accepted += r1 == 0;
		} else {
			struct evrec x, y;
			int r1 = evjson_parse(m.p, m.n, a, &x, &why);
			int r2 = evjson_parse(s.p, s.n, a, &y, &why);
			cr_assert_eq(r1, r2, "%s", m.p);
			if (r1 == 0)
				cr_assert(rec_same(&x, &y), "%s", m.p);
			accepted += r1 == 0;
		}
	}
	cr_expect_gt(accepted, 1000);
	evjson_write_timeline(fast, &w1);
	evjson_write_timeline(ref, &w2);
	cr_expect_eq(fast->n, ref->n);
	cr_expect_str_eq(w1.p ? w1.p : "", w2.p ? w2.p : "");
	buf_free(&m);
	buf_free(&s);
	buf_free(&w1);
	buf_free(&w2);
	tl_free(fast);
	tl_free(ref);
	arena_free(a);
}

/* ------------------------------------------------------------ writer */

/* The writer as it was, through jansson: the reference for the bytes. */

static json_t *
ref_str(const char *s)
{
	struct buf b = {0};
	json_t *j;
	size_t n, i = 0;

	if (s == NULL)
		return json_null();
	n = strlen(s);
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
ref_span(struct span s)
{
	json_t *a = json_array();

	json_array_append_new(a, json_integer(s.beg));
	json_array_append_new(a, json_integer(s.end));
	return a;
}

static json_t *
ref_when(bool dated, const struct tval *v, int type)
{
	json_t *o;

	if (!dated)
		return json_null();
	o = json_object();
	json_object_set_new(o, "value", ref_str(v->v));
	json_object_set_new(o, "gran", ref_str(tx_gran_names[v->gran < GRAN_MAX ?
	    v->gran : GRAN_NONE]));
	json_object_set_new(o, "mod", v->mod != MOD_NONE && v->mod < MOD_MAX ?
	    ref_str(tx_mod_names[v->mod]) : json_null());
	if (type >= 0)
		json_object_set_new(o, "type", ref_str(tx_type_names[type < TX_TYPE_MAX ?
		    type : TX_DATE]));
	return o;
}

static void
ref_dump(json_t *j, struct buf *out)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);

	json_decref(j);
	for (const char *p = s; *p; p++) {
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
			buf_puts(out, (unsigned char)p[2] == 0xA8 ? "\\u2028" : "\\u2029");
			p += 2;
		} else
			buf_putc(out, *p);
	}
	buf_putc(out, '\n');
	free(s);
}

static void
ref_source(json_t *o, const struct source *s)
{
	json_object_set_new(o, "doc", ref_str(s->doc));
	json_object_set_new(o, "title", ref_str(s->title));
	json_object_set_new(o, "url", ref_str(s->url));
	json_object_set_new(o, "lang", ref_str(s->lang));
	json_object_set_new(o, "dct", ref_str(s->dct));
	json_object_set_new(o, "sentence", ref_str(s->sentence));
	json_object_set_new(o, "sspan", ref_span(s->sspan));
	if (s->has_tspan) {
		json_t *t = json_object();
		json_object_set_new(t, "text", ref_str(s->ttext));
		json_object_set_new(t, "span", ref_span(s->tspan));
		json_object_set_new(o, "timex", t);
	} else
		json_object_set_new(o, "timex", json_null());
}

static void
ref_timeline(const struct timeline *tl, struct buf *out)
{
	for (size_t i = 0; i < tl->n; i++) {
		const struct entry *e = &tl->e[i];
		json_t *o = json_object(), *h = json_object(), *srcs = json_array();
		json_t *acts = json_array();

		json_object_set_new(o, "id", ref_str(e->id));
		json_object_set_new(o, "when", ref_when(e->dated, &e->when, -1));
		for (size_t k = 0; k < e->nactors; k++)
			json_array_append_new(acts, ref_str(e->actors[k]));
		json_object_set_new(o, "actors", acts);
		json_object_set_new(o, "kind", ref_str(deal_kind_names[e->kind < DEAL_MAX ?
		    e->kind : DEAL_OTHER]));
		json_object_set_new(o, "status", ref_str(deal_status_names[e->status <
		    ST_MAX ? e->status : ST_ANNOUNCED]));
		json_object_set_new(h, "en", ref_str(e->headline[0]));
		json_object_set_new(h, "fr", ref_str(e->headline[1]));
		json_object_set_new(o, "headlines", h);
		for (size_t k = 0; k < e->nsrc; k++) {
			json_t *s = json_object();
			const struct source flat = esource_flat(&e->src[k]);
			ref_source(s, &flat);
			json_object_set_new(s, "headline", ref_str(e->src[k].headline));
			json_array_append_new(srcs, s);
		}
		json_object_set_new(o, "sources", srcs);
		ref_dump(o, out);
	}
}

Test(evjson, writer_same_bytes_as_jansson)
{
	static const char *const pieces[] = {
		"a", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x01",
		"\x1f", "\x7f", "é", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xf0\x9f\x9a\x80",
		"\xff", "\xc3", "\xed\xa0\x80", "<", "&", "{", "\xef\xbf\xbd",
	};
	struct timeline *tl = tl_new();
	struct buf s = {0}, mine = {0}, ref = {0};
	uint32_t x = 977;

	tl->e = xcalloc(64, sizeof *tl->e);
	for (size_t i = 0; i < 64; i++) {
		struct entry *e = &tl->e[tl->n++];
		const char **strs[8];
		e->actors = arena_alloc(tl->a, 3 * sizeof *e->actors);
		e->nactors = 1 + i % 3;
		e->src = arena_alloc(tl->a, 2 * sizeof *e->src);
		e->nsrc = i % 3;
		struct origin *o0 = arena_alloc(tl->a, sizeof *o0),
		    *o1 = arena_alloc(tl->a, sizeof *o1);
		e->src[0].o = o0;
		e->src[1].o = o1;
		strs[0] = &e->actors[0];
		strs[1] = &e->actors[e->nactors - 1];
		strs[2] = &e->headline[i % 2];
		strs[3] = &o0->doc;
		strs[4] = &e->src[0].sentence;
		strs[5] = &o1->title;
		strs[6] = &e->src[0].ttext;
		strs[7] = &e->src[1].headline;
		for (int k = 0; k < 8; k++) {
			buf_reset(&s);
			for (int m = (int)(x % 7); m >= 0; m--) {
				buf_puts(&s, pieces[xorshift_below(&x,
				    sizeof pieces / sizeof pieces[0])]);
			}
			*strs[k] = arena_strdup(tl->a, s.p);
		}
		for (size_t k = 0; k < e->nactors; k++)
			if (e->actors[k] == NULL)
				e->actors[k] = "A";
		snprintf(e->id, sizeof e->id, "%016zx", i * 7919);
		e->dated = i % 4 != 0;
		snprintf(e->when.v, sizeof e->when.v, "20%02zu-Q%zu", i, 1 + i % 4);
		e->when.gran = (uint8_t)(i % (GRAN_MAX + 1));
		e->when.mod = (uint8_t)(i % (MOD_MAX + 1));
		e->kind = (uint8_t)(i % (DEAL_MAX + 1));
		e->status = (uint8_t)(i % (ST_MAX + 1));
		e->src[0].has_tspan = i % 2;
		e->src[0].tspan = (struct span){ (uint32_t)i, UINT32_MAX };
		e->src[1].sspan = (struct span){ 0, (uint32_t)i };
		o1->lang = "fr";
	}
	evjson_write_timeline(tl, &mine);
	ref_timeline(tl, &ref);
	cr_assert_eq(mine.n, ref.n);
	cr_expect_str_eq(mine.p, ref.p);
	buf_free(&s);
	buf_free(&mine);
	buf_free(&ref);
	tl_free(tl);
}

/* ------------------------------------------------- records without JSON */

static bool
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* D's records from evjson_records_doc() are those its lines parse to. */
static void
expect_records_match(const struct doc *d, const char *what)
{
	struct buf out = {0};
	struct arena *a = arena_new();
	struct evrecs direct = {0};
	struct evrec *parsed = calloc(d->nev + 1, sizeof *parsed);
	size_t np = 0;

	evjson_write_doc(d, &out);
	for (const char *p = out.p; p && p < out.p + out.n;) {
		const char *nl = memchr(p, '\n', (size_t)(out.p + out.n - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(out.p + out.n - p);
		const char *why = NULL;
		if (len && evjson_parse(p, len, a, &parsed[np], &why) == 0)
			np++;
		p += len + 1;
	}
	size_t left = evjson_records_doc(d, &direct);
	cr_expect_eq(direct.n, np, "%s: %zu records, %zu lines parse", what, direct.n, np);
	cr_expect_eq(left, d->nev - np, "%s: %zu left out", what, left);
	for (size_t i = 0; i < np && i < direct.n; i++) {
		const struct evrec *x = &parsed[i], *y = &direct.rec[i];
		cr_expect(same_str(x->src.doc, y->src.doc) && same_str(x->src.title, y->src.title) &&
		    same_str(x->src.url, y->src.url) && same_str(x->src.lang, y->src.lang) &&
		    same_str(x->src.dct, y->src.dct), "%s #%zu: article fields", what, i);
		cr_expect(same_str(x->src.sentence, y->src.sentence), "%s #%zu: sentence [%s] [%s]",
		    what, i, x->src.sentence, y->src.sentence);
		cr_expect(same_str(x->src.ttext, y->src.ttext) && same_str(x->src.headline, y->src.headline),
		    "%s #%zu: date text or headline", what, i);
		cr_expect(x->src.sspan.beg == y->src.sspan.beg && x->src.sspan.end == y->src.sspan.end &&
		    x->src.has_tspan == y->src.has_tspan && x->src.tspan.beg == y->src.tspan.beg &&
		    x->src.tspan.end == y->src.tspan.end, "%s #%zu: spans", what, i);
		cr_expect(x->dated == y->dated && strcmp(x->when.v, y->when.v) == 0 &&
		    x->when.gran == y->when.gran && x->when.mod == y->when.mod && x->type == y->type,
		    "%s #%zu: when [%s] [%s]", what, i, x->when.v, y->when.v);
		cr_expect(x->kind == y->kind && x->status == y->status && x->nactors == y->nactors,
		    "%s #%zu: deal", what, i);
		for (size_t k = 0; k < x->nactors && k < y->nactors; k++)
			cr_expect(same_str(x->actors[k], y->actors[k]), "%s #%zu: actor %zu", what, i, k);
	}
	evrecs_free(&direct);
	free(parsed);
	arena_free(a);
	buf_free(&out);
}

Test(evjson, records_without_json_are_the_lines_parsed)
{
	/* Ill-formed UTF-8, controls, U+2028, a lone continuation byte, a
	 * truncated sequence: repaired as the writer repairs them. */
	struct doc *d = make_doc(hostile, "fin du 4e trimestre 2022");
	expect_records_match(d, "hostile");
	d->title = "Titre \xff\xfe mal \x80 form\xc3";
	d->url = NULL;
	d->path = "corpus/na\xefve.txt";
	d->ev[0].actors[0] = "Or\xe9nge";
	d->ev[1].headline = NULL;
	d->ev[1].when.mod = 200;	/* out of range: written as none */
	d->ev[1].kind = 250;
	d->ev[1].status = 250;
	expect_records_match(d, "ill-formed");
	d->ev[0].nactors = 0;		/* a line that does not parse: left out */
	expect_records_match(d, "no actors");
	doc_free(d);

	/* Every article of the corpus, through the whole pipeline. */
	struct pl_opts o;
	pl_opts_default(&o);
	o.gaz = gaz_default();
	struct worker *w = worker_new();
	DIR *dir = opendir("../corpus");
	struct dirent *de;
	cr_assert_not_null(dir);
	size_t nev = 0, ndoc = 0;
	while ((de = readdir(dir)) != NULL) {
		char path[512];
		struct diag dg = {0};
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "../corpus/%s", de->d_name);
		struct doc *x = pl_process(w, &o, path, &dg);
		if (x) {
			nev += x->nev;
			ndoc++;
			expect_records_match(x, path);
			doc_free(x);
		}
		diag_free(&dg);
	}
	closedir(dir);
	cr_expect_gt(ndoc, 30);
	gaz_free((struct gazetteer *)o.gaz);
	cr_expect_gt(nev, 40, "%zu events in %zu articles", nev, ndoc);
	worker_free(w);
}
