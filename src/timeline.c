/*
 * timeline.c - event records in, one entry per deal out.
 *
 * tl_finish() works on a canonical order of the records (every field
 * compared), so the result does not depend on the order of tl_add() calls.
 *
 * Two records are the same deal when their kinds agree, their dates are
 * compatible (the day ranges overlap or touch: one contains the other, or
 * they are one granularity step apart, "2021-05" and "2021-06", two adjacent
 * days) and their companies overlap.  Overlap is strict enough that a
 * one-company record cannot chain deals together:
 *
 *   1. records of several companies merge when they share two of them;
 *      records of one company merge when it is the same company;
 *      undated records merge when they name the same companies;
 *   2. a group of one-company records then joins a group of several
 *      companies that it is compatible with, if there is exactly one;
 *   3. a group of undated records joins a dated group of the same kind
 *      whose companies overlap (two shared, or the same single company),
 *      if there is exactly one; otherwise it stays on its own, undated.
 *
 * Each step decides on the groups of the step before, then applies every
 * decision at once: union-find over record indices.  No step compares
 * records pair by pair.  Records are put in buckets: by (kind, company) for
 * one company, by (kind, pair of companies) for several; in a bucket sorted
 * by first day, the records whose date ranges touch are one run, found in
 * one sweep (step 1).  A group of step 1 in one company's bucket is then one
 * range of days, and the groups of several companies touching it are found
 * by binary search (step 2); step 3 needs only, per bucket, the smallest and
 * largest group in it.
 *
 * Memory: a record is its source (struct esource, the entries' array in the
 * end) and a 16-byte key.  Every string but the sentence is stored once
 * (interned: documents, titles, dates, headlines, companies repeat), and so
 * are the articles' fields (struct origin), dates and sets of companies; a
 * sentence with several events is stored once.  tl_finish() frees everything but the entries and their strings.
 */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "timeline.h"
#include "tval.h"
#include "util.h"

#define NONE UINT32_MAX

/* ------------------------------------------------------------ hashing */

#define fnv fnv1a

#define FNV_BASIS 0xcbf29ce484222325ULL

static uint32_t
hash32(uint64_t h)
{
	return (uint32_t)(h ^ (h >> 32));
}

/*
 * An open-addressing index of items 1..n (0 marks an empty slot), probing
 * linearly from the item's hash; at most half full.
 */
struct index {
	uint32_t *slot;
	size_t size;		/* a power of two, or 0 */
};

/* Make room for item N (items 1..N-1 in it, their hashes in HASH). */
static void
index_room(struct index *x, size_t n, const uint32_t *hash)
{
	if (2 * n < x->size)
		return;
	free(x->slot);
	x->size = x->size ? 2 * x->size : 64;
	x->slot = xcalloc(x->size, sizeof *x->slot);
	for (uint32_t id = 1; id < n; id++) {
		size_t i = hash[id] & (x->size - 1);
		while (x->slot[i])
			i = (i + 1) & (x->size - 1);
		x->slot[i] = id;
	}
}

static void
index_free(struct index *x)
{
	free(x->slot);
	memset(x, 0, sizeof *x);
}

/* ------------------------------------------------------------ state */

/* A date value, once for every record that has it. */
struct when {
	struct tval v;
	uint32_t vid;		/* string id of v.v: equal ids, equal values */
	bool ranged;		/* a calendar range: [beg, end) in days */
	long beg, end;
};

/* A set of companies, sorted, without repeats: ids[off .. off+n). */
struct aset {
	uint32_t off;
	uint8_t n;
};

/* What a record is besides its source; strings and sets by id. */
struct key {
	uint32_t doc;		/* string id of the source's document */
	uint32_t acts;		/* set of companies */
	uint32_t when;		/* date value (even when undated) */
	uint8_t dated, type, kind, status;
};

struct priv {
	/* Records, by order of tl_add(). */
	struct esource *src;
	struct key *key;
	size_t n, capsrc, capkey;
	const char *lastsent;	/* sentence of the record before */
	/* The record before's string ids (its date's, its set's), by field:
	 * the records of an article come in a row and repeat them. */
	uint32_t last_ttext, last_headline, last_act[DL_MAX_ACTORS];
	uint32_t last_when, last_set;

	/* Articles' fields, each once (in the arena): id 0 is unused. */
	const struct origin **org;
	uint32_t *orghash;
	size_t norg, caporg, caporghash;
	struct index orgi;
	const struct origin *lastorg;	/* of the record before */
	uint32_t lastdoc;		/* string id of its document */

	/* Interned strings: id 0 is NULL. */
	const char **str;
	uint32_t *strhash;
	size_t nstr, capstr, caphash;
	struct index stri;

	struct when *when;
	uint32_t *whenhash;
	size_t nwhen, capwhen, capwhash;
	struct index wheni;

	struct aset *set;
	uint32_t *sethash;
	size_t nset, capset, capshash;
	uint32_t *ids;		/* the sets' string ids */
	size_t nids, capids;
	struct index seti;

	bool finished;
	int jobs;		/* threads tl_finish() may use (tl_set_jobs) */
};

struct timeline *
tl_new(void)
{
	struct timeline *t = xcalloc(1, sizeof *t);
	struct priv *p = xcalloc(1, sizeof *p);

	t->a = arena_new();
	t->priv = p;
	/* Item 0 of each table is a placeholder: ids start at 1. */
	GROW(p->str, p->capstr, 1);
	GROW(p->strhash, p->caphash, 1);
	p->str[0] = NULL;
	p->nstr = 1;
	GROW(p->when, p->capwhen, 1);
	GROW(p->whenhash, p->capwhash, 1);
	p->nwhen = 1;
	GROW(p->set, p->capset, 1);
	GROW(p->sethash, p->capshash, 1);
	p->nset = 1;
	GROW(p->org, p->caporg, 1);
	GROW(p->orghash, p->caporghash, 1);
	p->norg = 1;
	return t;
}

/* What only tl_add() needs (the interning indexes): freed before the
 * merge needs room of its own. */
static void
free_intern_state(struct priv *p)
{
	free(p->strhash);
	index_free(&p->stri);
	free(p->whenhash);
	index_free(&p->wheni);
	free(p->sethash);
	index_free(&p->seti);
	free(p->org);
	free(p->orghash);
	index_free(&p->orgi);
	p->org = NULL;
	p->orghash = NULL;
	p->lastorg = NULL;
	p->strhash = p->whenhash = p->sethash = NULL;
}

/* What only tl_add() and tl_finish() need. */
static void
free_merge_state(struct priv *p)
{
	free_intern_state(p);
	free(p->key);
	free(p->str);
	free(p->when);
	free(p->set);
	free(p->ids);
	p->key = NULL;
	p->str = NULL;
	p->ids = NULL;
	p->when = NULL;
	p->set = NULL;
}

void
tl_free(struct timeline *t)
{
	struct priv *p;

	if (t == NULL)
		return;
	p = t->priv;
	if (p) {
		free_merge_state(p);
		free(p->src);
	}
	free(p);
	free(t->e);
	arena_free(t->a);
	free(t);
}

/* ------------------------------------------------------------ interning */

/* The id of S (0 for NULL), stored in the arena the first time. */
static uint32_t
str_id(struct timeline *t, const char *s)
{
	struct priv *p = t->priv;
	size_t len, i;
	uint32_t h, id;

	if (s == NULL)
		return 0;
	len = strlen(s);
	h = hash32(fnv(FNV_BASIS, s, len));
	index_room(&p->stri, p->nstr, p->strhash);
	for (i = h & (p->stri.size - 1); (id = p->stri.slot[i]) != 0;
	    i = (i + 1) & (p->stri.size - 1))
		if (p->strhash[id] == h && strcmp(p->str[id], s) == 0)
			return id;
	GROW(p->str, p->capstr, p->nstr + 1);
	GROW(p->strhash, p->caphash, p->nstr + 1);
	id = (uint32_t)p->nstr++;
	p->str[id] = arena_strndup(t->a, s, len);
	p->strhash[id] = h;
	p->stri.slot[i] = id;
	return id;
}

static const char *
intern(struct timeline *t, const char *s)
{
	uint32_t id = str_id(t, s);	/* first: it may move the table */

	return ((struct priv *)t->priv)->str[id];
}

/* str_id(), trying *LAST (the id this field had the record before) first. */
static uint32_t
str_id_last(struct timeline *t, uint32_t *last, const char *s)
{
	struct priv *p = t->priv;

	if (s && *last && strcmp(p->str[*last], s) == 0)
		return *last;
	return *last = str_id(t, s);
}

static uint32_t
when_id(struct timeline *t, const struct tval *v)
{
	struct priv *p = t->priv;
	uint32_t vid, h, id;
	uint64_t hh;
	struct when *w;
	struct ymd b, e;
	size_t i;

	if (p->last_when) {
		w = &p->when[p->last_when];
		if (w->v.gran == v->gran && w->v.mod == v->mod && strcmp(w->v.v, v->v) == 0)
			return p->last_when;
	}
	vid = str_id(t, v->v);
	hh = fnv(FNV_BASIS, &vid, sizeof vid);

	hh = fnv(hh, &v->gran, 1);
	hh = fnv(hh, &v->mod, 1);
	h = hash32(hh);
	index_room(&p->wheni, p->nwhen, p->whenhash);
	for (i = h & (p->wheni.size - 1); (id = p->wheni.slot[i]) != 0;
	    i = (i + 1) & (p->wheni.size - 1)) {
		w = &p->when[id];
		if (w->vid == vid && w->v.gran == v->gran && w->v.mod == v->mod)
			return p->last_when = id;
	}
	GROW(p->when, p->capwhen, p->nwhen + 1);
	GROW(p->whenhash, p->capwhash, p->nwhen + 1);
	id = (uint32_t)p->nwhen++;
	w = &p->when[id];
	memset(w, 0, sizeof *w);
	memcpy(w->v.v, p->str[vid], strlen(p->str[vid]) + 1);
	w->v.gran = v->gran;
	w->v.mod = v->mod;
	w->vid = vid;
	if (tval_range(&w->v, &b, &e) == 0) {
		w->ranged = true;
		w->beg = ymd_to_days(b);
		w->end = ymd_to_days(e);
	}
	p->whenhash[id] = h;
	p->wheni.slot[i] = id;
	return p->last_when = id;
}

static uint32_t
set_id(struct timeline *t, const uint32_t *ids, size_t n)
{
	struct priv *p = t->priv;
	uint32_t h, id;
	size_t i;

	if (p->last_set && p->set[p->last_set].n == n &&
	    memcmp(p->ids + p->set[p->last_set].off, ids, n * sizeof *ids) == 0)
		return p->last_set;
	h = hash32(fnv(FNV_BASIS, ids, n * sizeof *ids));

	index_room(&p->seti, p->nset, p->sethash);
	for (i = h & (p->seti.size - 1); (id = p->seti.slot[i]) != 0;
	    i = (i + 1) & (p->seti.size - 1))
		if (p->sethash[id] == h && p->set[id].n == n &&
		    memcmp(p->ids + p->set[id].off, ids, n * sizeof *ids) == 0)
			return p->last_set = id;
	GROW(p->set, p->capset, p->nset + 1);
	GROW(p->sethash, p->capshash, p->nset + 1);
	GROW(p->ids, p->capids, p->nids + n + 1);
	id = (uint32_t)p->nset++;
	p->set[id].off = (uint32_t)p->nids;
	p->set[id].n = (uint8_t)n;
	if (n)
		memcpy(p->ids + p->nids, ids, n * sizeof *ids);
	p->nids += n;
	p->sethash[id] = h;
	p->seti.slot[i] = id;
	return p->last_set = id;
}

bool
origin_is(const struct origin *o, const struct source *s)
{
	return nstrcmp(o->doc, s->doc) == 0 && nstrcmp(o->title, s->title) == 0 &&
	    nstrcmp(o->url, s->url) == 0 && nstrcmp(o->lang, s->lang) == 0 &&
	    nstrcmp(o->dct, s->dct) == 0;
}

struct source
esource_flat(const struct esource *e)
{
	return (struct source){
		.doc = e->o->doc, .title = e->o->title, .url = e->o->url,
		.lang = e->o->lang, .dct = e->o->dct, .sentence = e->sentence,
		.sspan = e->sspan, .has_tspan = e->has_tspan, .tspan = e->tspan,
		.ttext = e->ttext, .headline = e->headline,
	};
}

/* The article's fields of S, interned, stored once; lastdoc its document's id. */
static const struct origin *
origin_of(struct timeline *t, const struct source *s)
{
	struct priv *p = t->priv;
	const struct origin *l = p->lastorg;
	struct origin o;
	uint32_t h, id;
	size_t i;

	/* The events of an article come one after another. */
	if (l && origin_is(l, s))
		return l;
	p->lastdoc = str_id(t, s->doc);
	o.doc = p->str[p->lastdoc];
	o.title = intern(t, s->title);
	o.url = intern(t, s->url);
	o.lang = intern(t, s->lang);
	o.dct = intern(t, s->dct);
	/* Interned: equal fields are equal pointers. */
	if (p->lastorg && memcmp(p->lastorg, &o, sizeof o) == 0)
		return p->lastorg;
	h = hash32(fnv(FNV_BASIS, &o, sizeof o));
	index_room(&p->orgi, p->norg, p->orghash);
	for (i = h & (p->orgi.size - 1); (id = p->orgi.slot[i]) != 0;
	    i = (i + 1) & (p->orgi.size - 1))
		if (p->orghash[id] == h && memcmp(p->org[id], &o, sizeof o) == 0)
			return p->lastorg = p->org[id];
	GROW(p->org, p->caporg, p->norg + 1);
	GROW(p->orghash, p->caporghash, p->norg + 1);
	id = (uint32_t)p->norg++;
	struct origin *n = arena_alloc(t->a, sizeof *n);
	*n = o;
	p->org[id] = n;
	p->orghash[id] = h;
	p->orgi.slot[i] = id;
	return p->lastorg = n;
}

/* ------------------------------------------------------------ adding */

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
tl_add(struct timeline *t, const struct evrec *in)
{
	struct priv *p = t->priv;
	const char *act[DL_MAX_ACTORS];
	uint32_t ids[DL_MAX_ACTORS];
	size_t n = 0, na = 0;
	struct tval w;
	struct esource *s;
	struct key *k;

	if (p->finished)
		return;
	GROW(p->src, p->capsrc, p->n + 1);
	GROW(p->key, p->capkey, p->n + 1);
	s = &p->src[p->n];
	k = &p->key[p->n];
	p->n++;
	/* Companies sorted, without repeats. */
	for (size_t i = 0; i < in->nactors && i < DL_MAX_ACTORS; i++)
		if (in->actors[i])
			act[n++] = in->actors[i];
	qsort(act, n, sizeof act[0], strp_cmp);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(act[i], act[i - 1]) != 0) {
			ids[na] = str_id_last(t, &p->last_act[na], act[i]);
			na++;
		}
	w = in->when;
	w.v[sizeof w.v - 1] = '\0';
	memset(k, 0, sizeof *k);
	k->acts = set_id(t, ids, na);
	k->when = when_id(t, &w);
	k->dated = in->dated;
	k->type = in->type;
	k->kind = in->kind;
	k->status = in->status;

	memset(s, 0, sizeof *s);
	s->o = origin_of(t, &in->src);
	k->doc = p->lastdoc;	/* the string id of s->o->doc */
	s->sspan = in->src.sspan;
	s->tspan = in->src.tspan;
	s->has_tspan = in->src.has_tspan;
	/* Ids first: interning may move the table. */
	uint32_t tid = str_id_last(t, &p->last_ttext, in->src.ttext);
	uint32_t hid = str_id_last(t, &p->last_headline, in->src.headline);
	s->ttext = p->str[tid];
	s->headline = p->str[hid];
	/* A sentence with several events comes in records one after another. */
	if (in->src.sentence && p->lastsent &&
	    strcmp(in->src.sentence, p->lastsent) == 0)
		s->sentence = p->lastsent;
	else
		s->sentence = p->lastsent = in->src.sentence ?
		    arena_strdup(t->a, in->src.sentence) : NULL;
	t->nrec++;
}

/* ------------------------------------------------------------ sorting */

/* Below this many records, tl_finish() does not start a thread. */
#define PAR_MIN 8192

/* FN(A) here and FN(B) on a second thread (here too if none can start). */
static void
both(void *(*fn)(void *), void *a, void *b)
{
	pthread_t th;
	bool threaded = pthread_create(&th, NULL, fn, b) == 0;

	fn(a);
	if (threaded)
		pthread_join(th, NULL);
	else
		fn(b);
}

/*
 * MSORT_DEFINE(NAME, T, C, BEFORE) defines NAME(V, N, CTX): a stable
 * bottom-up merge sort of V[0..n) of T.  BEFORE(CTX, &x, &y) is true when x
 * goes strictly before y: a macro or an inline function, so each kind of
 * item is sorted with its comparison inline.  MSORT_TWO_DEFINE(NAME, T, C)
 * adds NAME_two(V, N, CTX, JOBS): the halves sorted on two threads (JOBS >
 * 1 and N large), then merged, the left half first on ties, so the order
 * is NAME's.
 */
#define MSORT_DEFINE(name, T, C, before)					\
static void								\
name##_merge(const T *a, size_t na, const T *b, size_t nb, T *out, C ctx) \
{									\
	size_t i = 0, j = 0, k = 0;					\
									\
	while (i < na && j < nb)					\
		out[k++] = before(ctx, &b[j], &a[i]) ? b[j++] : a[i++];	\
	while (i < na)							\
		out[k++] = a[i++];					\
	while (j < nb)							\
		out[k++] = b[j++];					\
}									\
									\
static void								\
name(T *v, size_t n, C ctx)						\
{									\
	T *tmp, *from = v, *to;						\
									\
	if (n < 2)							\
		return;							\
	to = tmp = xmalloc(n * sizeof *tmp);				\
	for (size_t w = 1; w < n; w *= 2) {				\
		for (size_t lo = 0; lo < n; lo += 2 * w) {		\
			size_t mid = lo + w < n ? lo + w : n;		\
			size_t hi = lo + 2 * w < n ? lo + 2 * w : n;	\
			name##_merge(from + lo, mid - lo, from + mid,	\
			    hi - mid, to + lo, ctx);			\
		}							\
		T *x = from;						\
		from = to;						\
		to = x;							\
	}								\
	if (from != v)							\
		memcpy(v, from, n * sizeof *v);				\
	free(tmp);							\
}

#define MSORT_TWO_DEFINE(name, T, C)					\
struct name##_job {							\
	T *v;								\
	size_t n;							\
	C ctx;								\
};									\
									\
static void *								\
name##_run(void *arg)							\
{									\
	struct name##_job *j = arg;					\
									\
	name(j->v, j->n, j->ctx);					\
	return NULL;							\
}									\
									\
static void								\
name##_two(T *v, size_t n, C ctx, int jobs)				\
{									\
	if (jobs < 2 || n < PAR_MIN) {					\
		name(v, n, ctx);					\
		return;							\
	}								\
	size_t h = n / 2;						\
	struct name##_job a = { v, h, ctx }, b = { v + h, n - h, ctx };	\
	T *tmp = xmalloc(n * sizeof *tmp);				\
									\
	both(name##_run, &a, &b);					\
	name##_merge(v, h, v + h, n - h, tmp, ctx);			\
	memcpy(v, tmp, n * sizeof *v);					\
	free(tmp);							\
}

/* Ids by a comparison with a context: stable, no global state. */
typedef int (*id_cmp)(const void *ctx, uint32_t, uint32_t);

struct id_order {
	id_cmp cmp;
	const void *ctx;
};

#define ID_BEFORE(o, a, b) ((o)->cmp((o)->ctx, *(a), *(b)) < 0)
MSORT_DEFINE(ids_msort, uint32_t, const struct id_order *, ID_BEFORE)
MSORT_TWO_DEFINE(ids_msort, uint32_t, const struct id_order *)

static void
sort_ids(uint32_t *v, size_t n, id_cmp cmp, const void *ctx)
{
	struct id_order o = { cmp, ctx };

	ids_msort(v, n, &o);
}

/* sort_ids() with its halves on two threads if JOBS > 1: the same order. */
static void
sort_ids_par(uint32_t *v, size_t n, id_cmp cmp, const void *ctx, int jobs)
{
	struct id_order o = { cmp, ctx };

	ids_msort_two(v, n, &o, jobs);
}

#define CMP(x, y) do { if ((x) != (y)) return (x) < (y) ? -1 : 1; } while (0)

/*
 * The order of strings, sets and dates, as ranks: comparing ranks is
 * comparing what they stand for.
 */
struct ranks {
	const struct priv *p;
	uint32_t *str;		/* by string id; NULL first */
	uint32_t *set;		/* by set id */
	uint32_t *when;		/* by date id */
};

static int
str_order(const void *ctx, uint32_t a, uint32_t b)
{
	const struct priv *p = ctx;

	return strcmp(p->str[a], p->str[b]);
}

static int
set_order(const void *ctx, uint32_t a, uint32_t b)
{
	const struct ranks *r = ctx;
	const struct aset *x = &r->p->set[a], *y = &r->p->set[b];
	const uint32_t *ix = r->p->ids + x->off, *iy = r->p->ids + y->off;

	for (size_t i = 0; i < x->n && i < y->n; i++)
		CMP(r->str[ix[i]], r->str[iy[i]]);
	CMP(x->n, y->n);
	return 0;
}

static int
when_order(const void *ctx, uint32_t a, uint32_t b)
{
	const struct ranks *r = ctx;
	const struct when *x = &r->p->when[a], *y = &r->p->when[b];

	CMP(r->str[x->vid], r->str[y->vid]);
	CMP(x->v.gran, y->v.gran);
	CMP(x->v.mod, y->v.mod);
	return 0;
}

/* Ranks of items 1..N-1 in the order CMP (equal items, equal ranks). */
static uint32_t *
rank(size_t n, id_cmp cmp, const void *ctx)
{
	uint32_t *ord = xmalloc(n * sizeof *ord), *rk = xcalloc(n, sizeof *rk);
	uint32_t r = 0;

	for (size_t i = 1; i < n; i++)
		ord[i - 1] = (uint32_t)i;
	sort_ids(ord, n - 1, cmp, ctx);
	for (size_t i = 0; i + 1 < n; i++) {
		if (i == 0 || cmp(ctx, ord[i - 1], ord[i]) != 0)
			r++;
		rk[ord[i]] = r;
	}
	free(ord);
	return rk;
}

static void
ranks_make(struct ranks *r, const struct priv *p)
{
	r->p = p;
	r->str = rank(p->nstr, str_order, p);
	r->set = rank(p->nset, set_order, r);
	r->when = rank(p->nwhen, when_order, r);
}

static void
ranks_free(struct ranks *r)
{
	free(r->str);
	free(r->set);
	free(r->when);
}


/* Sources A and B, document by rank D (NULL: by name). */
static int
src_cmp_doc(const struct esource *a, const struct esource *b, int d)
{
	int c;

	if (d)
		return d;
	CMP(a->sspan.beg, b->sspan.beg);
	CMP(a->sspan.end, b->sspan.end);
	if ((c = nstrcmp(a->sentence, b->sentence)) != 0 ||
	    (c = nstrcmp(a->o->lang, b->o->lang)) != 0 ||
	    (c = nstrcmp(a->o->dct, b->o->dct)) != 0 ||
	    (c = nstrcmp(a->o->title, b->o->title)) != 0 ||
	    (c = nstrcmp(a->o->url, b->o->url)) != 0 ||
	    (c = nstrcmp(a->ttext, b->ttext)) != 0 ||
	    (c = nstrcmp(a->headline, b->headline)) != 0)
		return c;
	CMP(a->has_tspan, b->has_tspan);
	CMP(a->tspan.beg, b->tspan.beg);
	CMP(a->tspan.end, b->tspan.end);
	return 0;
}

static int
src_cmp(const struct esource *a, const struct esource *b)
{
	return src_cmp_doc(a, b, nstrcmp(a->o->doc, b->o->doc));
}

/* Records I and J by their sources. */
static int
rec_src_order(const void *ctx, uint32_t i, uint32_t j)
{
	const struct ranks *r = ctx;
	const uint32_t di = r->str[r->p->key[i].doc], dj = r->str[r->p->key[j].doc];

	return src_cmp_doc(&r->p->src[i], &r->p->src[j],
	    di == dj ? 0 : di < dj ? -1 : 1);
}

/* Every field: the canonical order of records. */
static int
rec_order(const void *ctx, uint32_t i, uint32_t j)
{
	const struct ranks *r = ctx;
	const struct key *a = &r->p->key[i], *b = &r->p->key[j];

	CMP(a->kind, b->kind);
	CMP(r->set[a->acts], r->set[b->acts]);
	CMP(a->dated, b->dated);
	CMP(r->when[a->when], r->when[b->when]);
	CMP(a->type, b->type);
	CMP(a->status, b->status);
	return rec_src_order(ctx, i, j);
}

/* ------------------------------------------------------------ keyed sorts */

/*
 * A source's place among an entry's as far as two words tell it: HI its
 * document's rank and where its sentence begins, LO where it ends, the
 * first fields rec_src_order() compares.  Sources equal on both are
 * ordered by rec_src_order() itself.
 */
struct ckey {
	uint64_t hi, lo;
};

/* Items (places in a group) by their keys K, then by rec_src_order() of
 * their records ID[item]. */
struct keyed {
	const struct ckey *k;
	const uint32_t *id;
	const struct ranks *rk;
};

static inline bool
keyed_before(const struct keyed *c, uint32_t a, uint32_t b)
{
	const struct ckey *x = &c->k[a], *y = &c->k[b];

	if (x->hi != y->hi)
		return x->hi < y->hi;
	if (x->lo != y->lo)
		return x->lo < y->lo;
	return rec_src_order(c->rk, c->id[a], c->id[b]) < 0;
}

#define KEYED_BEFORE(c, a, b) keyed_before((c), *(a), *(b))
MSORT_DEFINE(keyed_msort, uint32_t, const struct keyed *, KEYED_BEFORE)

#define CKEY_RANK_MAX ((uint32_t)1 << 24)	/* ranks of sets and dates fit in 24 bits */

/* Record ids by H[id]. */
#define HI_BEFORE(h, a, b) ((h)[*(a)] < (h)[*(b)])
MSORT_DEFINE(hi_msort, uint32_t, const uint64_t *, HI_BEFORE)
MSORT_TWO_DEFINE(hi_msort, uint32_t, const uint64_t *)

static void sort_groups(uint32_t *, const uint32_t *, size_t, size_t,
    const struct ranks *, int);

/*
 * CANON[0..n) (record ids) in the canonical order, as sort_ids(rec_order)
 * would put them, on two threads if JOBS > 1.  First by one integer a
 * record (kind, companies' rank, dated, date's rank, type, status: the
 * first fields rec_order() compares, in its order), then each run of equal
 * ones by its sources as an entry's are (sort_groups()): rec_order() there
 * is rec_src_order().
 */
static void
sort_canon(uint32_t *canon, size_t n, const struct ranks *rk, int jobs)
{
	const struct priv *p = rk->p;

	if (p->nset > CKEY_RANK_MAX || p->nwhen > CKEY_RANK_MAX || n < 2) {
		sort_ids_par(canon, n, rec_order, rk, jobs);
		return;
	}
	uint64_t *h = xmalloc(p->n * sizeof *h);
	for (size_t i = 0; i < p->n; i++) {
		const struct key *x = &p->key[i];
		h[i] = (uint64_t)x->kind << 56 | (uint64_t)rk->set[x->acts] << 32 |
		    (uint64_t)(x->dated != 0) << 31 | (uint64_t)rk->when[x->when] << 7 |
		    (uint64_t)(x->type & 7) << 4 | (uint64_t)(x->status & 7) << 1;
	}
	hi_msort_two(canon, n, h, jobs);
	uint32_t *tmp = xmalloc(n * sizeof *tmp);
	/* The runs of equal integers, as groups: TMP holds where each begins. */
	size_t nrun = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || h[canon[i]] != h[canon[i - 1]])
			tmp[nrun++] = (uint32_t)i;
	free(h);
	uint32_t *start = xrealloc(tmp, (nrun + 1) * sizeof *start);
	start[nrun] = (uint32_t)n;
	sort_groups(canon, start, nrun, n, rk, jobs);
	free(start);
}

/* ------------------------------------------------------------ union-find */

static uint32_t
find(uint32_t *up, uint32_t i)
{
	while (up[i] != i) {
		up[i] = up[up[i]];
		i = up[i];
	}
	return i;
}

static void
unite(uint32_t *up, uint32_t a, uint32_t b)
{
	a = find(up, a);
	b = find(up, b);
	/* The smaller index stays root: the result does not depend on the
	 * order of unions. */
	if (a < b)
		up[b] = a;
	else if (b < a)
		up[a] = b;
}

/* Decisions of a step, applied at once. */
struct joins {
	uint32_t (*p)[2];
	size_t n, cap;
};

static void
join_add(struct joins *j, uint32_t a, uint32_t b)
{
	GROW(j->p, j->cap, j->n + 1);
	j->p[j->n][0] = a;
	j->p[j->n][1] = b;
	j->n++;
}

static void
joins_apply(struct joins *j, uint32_t *up)
{
	for (size_t i = 0; i < j->n; i++)
		unite(up, j->p[i][0], j->p[i][1]);
	j->n = 0;
}

/* ------------------------------------------------------------ grouping */

/*
 * Kinds that agree: one article's "partnership" is another's "contract"
 * (a customer choosing a provider is reported both ways), so the two share
 * buckets.  Every other kind agrees only with itself.
 */
static uint8_t
kind_family(uint8_t k)
{
	return k == DEAL_CONTRACT ? DEAL_PARTNERSHIP : k;
}

/* A record in a bucket: (kind family, company a[, company b]). */
struct item {		/* 20 bytes: there are a few per record */
	int32_t x;		/* first day if anchored, else id of the value */
	uint32_t a, b;		/* company ranks; b 0 for one company */
	uint32_t pos;		/* the record, by canonical position */
	uint8_t fam;
	uint8_t cls;		/* 0 anchored, 1 dated but not anchored, 2 undated */
};

static int
item_cmp(const void *pa, const void *pb)
{
	const struct item *a = pa, *b = pb;

	CMP(a->fam, b->fam);
	CMP(a->a, b->a);
	CMP(a->b, b->b);
	CMP(a->cls, b->cls);
	CMP(a->x, b->x);
	CMP(a->pos, b->pos);
	return 0;
}

static bool
same_bucket(const struct item *a, const struct item *b)
{
	return a->fam == b->fam && a->a == b->a && a->b == b->b;
}

static bool
same_class(const struct item *a, const struct item *b)
{
	return same_bucket(a, b) && a->cls == b->cls;
}

struct items {
	struct item *it;
	size_t n, cap;
};

/* A group of step 1 in a bucket, from item I0: days [beg, end]. */
struct run {
	size_t i0;
	int64_t beg, end;	/* not anchored: beg is the value's id */
	uint32_t min, max;	/* groups touching it (step 2), NONE if none */
};

struct runs {
	struct run *r;
	size_t n, cap;
};

struct grouping {
	const struct priv *p;
	const struct ranks *rk;
	const uint32_t *canon;	/* position -> record */
	uint32_t *up;		/* union-find over positions */
	struct items one, two, multi, undated;
	struct runs runs;	/* of ONE */
};

static const struct key *
key_at(const struct grouping *g, uint32_t pos)
{
	return &g->p->key[g->canon[pos]];
}

static const struct when *
when_at(const struct grouping *g, uint32_t pos)
{
	return &g->p->when[key_at(g, pos)->when];
}

static void
item_add(struct items *v, const struct grouping *g, uint32_t pos,
    uint32_t a, uint32_t b)
{
	const struct key *k = key_at(g, pos);
	const struct when *w = when_at(g, pos);
	struct item *it;

	GROW(v->it, v->cap, v->n + 1);
	it = &v->it[v->n++];
	memset(it, 0, sizeof *it);
	it->fam = kind_family(k->kind);
	it->a = a;
	it->b = b;
	it->pos = pos;
	if (!k->dated) {
		it->x = (int32_t)k->acts;	/* undated: grouped by set */
		it->cls = 2;
	} else if (w->ranged && w->beg >= INT32_MIN && w->beg <= INT32_MAX) {
		it->x = (int32_t)w->beg;
		it->cls = 0;
	} else {
		/* Not anchored, or years beyond any calendar: by value. */
		it->x = (int32_t)w->vid;
		it->cls = 1;
	}
}

static inline bool
item_before(const struct item *a, const struct item *b)
{
	if (a->fam != b->fam)
		return a->fam < b->fam;
	if (a->a != b->a)
		return a->a < b->a;
	if (a->b != b->b)
		return a->b < b->b;
	if (a->cls != b->cls)
		return a->cls < b->cls;
	if (a->x != b->x)
		return a->x < b->x;
	return a->pos < b->pos;
}

/* By item_cmp(), the comparison inline (qsort() would call item_cmp()
 * through a pointer, hundreds of thousands of times). */
#define ITEM_BEFORE(unused, a, b) item_before((a), (b))
MSORT_DEFINE(item_msort, struct item, const void *, ITEM_BEFORE)

static void
items_sort(struct items *v)
{
	item_msort(v->it, v->n, NULL);
}

/* Every record of kind family FAM into its buckets. */
static void
fill_items(struct grouping *g, size_t n, uint8_t fam)
{
	const struct priv *p = g->p;

	for (uint32_t pos = 0; pos < n; pos++) {
		const struct key *k = key_at(g, pos);
		const struct aset *s = &p->set[k->acts];
		const uint32_t *ids = p->ids + s->off;
		if (s->n == 0 || kind_family(k->kind) != fam)
			continue;
		if (!k->dated) {
			item_add(&g->undated, g, pos, 0, 0);
			continue;
		}
		if (s->n == 1) {
			item_add(&g->one, g, pos, g->rk->str[ids[0]], 0);
			continue;
		}
		for (size_t i = 0; i < s->n; i++) {
			item_add(&g->multi, g, pos, g->rk->str[ids[i]], 0);
			for (size_t j = i + 1; j < s->n; j++)
				item_add(&g->two, g, pos, g->rk->str[ids[i]],
				    g->rk->str[ids[j]]);
		}
	}
	items_sort(&g->one);
	items_sort(&g->two);
	items_sort(&g->multi);
	items_sort(&g->undated);
}

/*
 * Step 1 over sorted items V: in a bucket, records whose date ranges touch
 * (anchored), or whose values are the same (not anchored), are one group;
 * the runs go to RUNS if not NULL.
 */
static void
sweep(struct grouping *g, const struct items *v, struct runs *runs)
{
	const struct item *it = v->it;

	for (size_t i = 0, j; i < v->n; i = j) {
		int64_t reach = it[i].cls == 0 ? when_at(g, it[i].pos)->end :
		    it[i].x;
		for (j = i + 1; j < v->n && same_class(&it[i], &it[j]) &&
		    (it[j].cls == 0 ? it[j].x <= reach : it[j].x == it[i].x); j++) {
			unite(g->up, it[i].pos, it[j].pos);
			if (it[j].cls == 0 && when_at(g, it[j].pos)->end > reach)
				reach = when_at(g, it[j].pos)->end;
		}
		if (runs) {
			GROW(runs->r, runs->cap, runs->n + 1);
			runs->r[runs->n++] = (struct run){ i, it[i].x, reach,
			    NONE, NONE };
		}
	}
}

/* The first run of R[0..n) whose END is at least DAY. */
static size_t
first_ending_from(const struct run *r, size_t n, int64_t day)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r[mid].end < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first run of R[0..n) that begins after DAY. */
static size_t
first_beginning_after(const struct run *r, size_t n, int64_t day)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r[mid].beg <= day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Next run from I not yet painted: skip pointers, compressed. */
static size_t
next_free(size_t *skip, size_t i)
{
	size_t r = i;

	while (skip[r] != r)
		r = skip[r];
	while (skip[i] != r) {
		size_t nx = skip[i];
		skip[i] = r;
		i = nx;
	}
	return r;
}

struct cand {
	int64_t beg, end;
	uint32_t root;
};

static int
cand_up(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;

	CMP(a->root, b->root);
	return 0;
}

/*
 * Give each of the disjoint, ordered runs R[0..nr) the group of the first
 * candidate of C[0..nc) whose days touch it: in run.max if MAX, else in
 * run.min.  Each run is given once (skip pointers jump over given runs).
 */
static void
paint(struct run *r, size_t nr, const struct cand *c, size_t nc, size_t *skip,
    bool max)
{
	for (size_t i = 0; i <= nr; i++)
		skip[i] = i;
	for (size_t k = 0; k < nc; k++) {
		size_t lo = first_ending_from(r, nr, c[k].beg);
		size_t hi = first_beginning_after(r, nr, c[k].end);
		for (size_t i = next_free(skip, lo); i < hi;
		    i = next_free(skip, i + 1)) {
			if (max)
				r[i].max = c[k].root;
			else
				r[i].min = c[k].root;
			skip[i] = i + 1;
		}
	}
}

/*
 * Step 2: each one-company group (a run of ONE) joins the group of several
 * companies touching it, if there is exactly one.
 */
static void
step2(struct grouping *g)
{
	const struct items *m = &g->multi;
	struct run *runs = g->runs.r;
	size_t nruns = g->runs.n, ri = 0, mi = 0;
	struct cand *c = xmalloc((m->n ? m->n : 1) * sizeof *c);
	size_t *skip = xmalloc((nruns + 1) * sizeof *skip);
	struct joins j = {0};

	/* Buckets and classes of both lists, in the same order. */
	while (ri < nruns && mi < m->n) {
		const struct item *ra = &g->one.it[runs[ri].i0], *ma = &m->it[mi];
		size_t re = ri, me = mi;
		int c0 = item_cmp(ra, ma);
		if (!same_class(ra, ma)) {
			/* Not the same bucket and class: skip the smaller. */
			if (c0 < 0)
				while (ri < nruns && same_class(&g->one.it[runs[ri].i0], ra))
					ri++;
			else
				while (mi < m->n && same_class(&m->it[mi], ma))
					mi++;
			continue;
		}
		while (re < nruns && same_class(&g->one.it[runs[re].i0], ra))
			re++;
		while (me < m->n && same_class(&m->it[me], ma))
			me++;
		size_t nc = 0;
		for (size_t k = mi; k < me; k++) {
			const struct when *w = when_at(g, m->it[k].pos);
			c[nc++] = (struct cand){ m->it[k].x,
			    ra->cls == 0 ? w->end : m->it[k].x,
			    find(g->up, m->it[k].pos) };
		}
		/* A value not anchored is a range of one: its id. */
		qsort(c, nc, sizeof *c, cand_up);
		paint(runs + ri, re - ri, c, nc, skip, false);
		for (size_t k = 0; k < nc / 2; k++) {
			struct cand x = c[k];
			c[k] = c[nc - 1 - k];
			c[nc - 1 - k] = x;
		}
		paint(runs + ri, re - ri, c, nc, skip, true);
		ri = re;
		mi = me;
	}
	for (size_t i = 0; i < nruns; i++)
		if (runs[i].min != NONE && runs[i].min == runs[i].max)
			join_add(&j, find(g->up, g->one.it[runs[i].i0].pos),
			    runs[i].min);
	joins_apply(&j, g->up);
	free(j.p);
	free(skip);
	free(c);
}

/* Smallest and largest group of each bucket of sorted items V. */
struct span_of {
	uint8_t fam;
	uint32_t a, b;
	uint32_t min, max;
};

static struct span_of *
bucket_groups(struct grouping *g, const struct items *v, size_t *n)
{
	struct span_of *s = xmalloc((v->n ? v->n : 1) * sizeof *s);
	size_t ns = 0;

	for (size_t i = 0, j; i < v->n; i = j) {
		uint32_t lo = NONE, hi = 0;
		for (j = i; j < v->n && same_bucket(&v->it[i], &v->it[j]); j++) {
			uint32_t r = find(g->up, v->it[j].pos);
			if (r < lo)
				lo = r;
			if (r > hi)
				hi = r;
		}
		s[ns++] = (struct span_of){ v->it[i].fam, v->it[i].a, v->it[i].b,
		    lo, hi };
	}
	*n = ns;
	return s;
}

static const struct span_of *
bucket_find(const struct span_of *s, size_t n, uint8_t fam, uint32_t a,
    uint32_t b)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct span_of *x = &s[mid];
		if (x->fam == fam && x->a == a && x->b == b)
			return x;
		if (x->fam < fam || (x->fam == fam && (x->a < a ||
		    (x->a == a && x->b < b))))
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* [LO, HI] widened to the groups of bucket B, if any. */
static void
widen(const struct span_of *b, uint32_t *lo, uint32_t *hi)
{
	if (b == NULL)
		return;
	if (b->min < *lo)
		*lo = b->min;
	if (b->max > *hi)
		*hi = b->max;
}

/*
 * Step 3: each group of undated records joins the dated group of its kind
 * whose companies overlap its own, if there is exactly one: same single
 * company, or two shared (a bucket of two companies).
 */
static void
step3(struct grouping *g)
{
	const struct priv *p = g->p;
	size_t n1, n2;
	struct span_of *s1 = bucket_groups(g, &g->one, &n1);
	struct span_of *s2 = bucket_groups(g, &g->two, &n2);
	const struct items *u = &g->undated;
	struct joins j = {0};

	for (size_t i = 0, e; i < u->n; i = e) {
		for (e = i + 1; e < u->n && u->it[e].fam == u->it[i].fam &&
		    u->it[e].x == u->it[i].x; e++)
			;
		const struct aset *s = &p->set[key_at(g, u->it[i].pos)->acts];
		const uint32_t *ids = p->ids + s->off;
		uint8_t fam = u->it[i].fam;
		uint32_t lo = NONE, hi = 0;
		if (s->n == 1)
			widen(bucket_find(s1, n1, fam, g->rk->str[ids[0]], 0),
			    &lo, &hi);
		for (size_t x = 0; s->n > 1 && x < s->n; x++)
			for (size_t y = x + 1; y < s->n; y++)
				widen(bucket_find(s2, n2, fam, g->rk->str[ids[x]],
				    g->rk->str[ids[y]]), &lo, &hi);
		if (lo != NONE && lo == hi)
			join_add(&j, find(g->up, u->it[i].pos), lo);
	}
	joins_apply(&j, g->up);
	free(j.p);
	free(s1);
	free(s2);
}

/* The families a thread groups: fam[i] for each i. */
struct families {
	struct grouping g;
	size_t n;		/* records */
	uint8_t fam[UINT8_MAX + 1];
	int nfam;
};

/*
 * Group the records of F's families.  Kinds that do not agree never meet:
 * a family's records are united only with each other, so two threads, each
 * with its families, touch disjoint parts of UP.
 */
static void *
group_families(void *arg)
{
	struct families *f = arg;
	struct grouping *g = &f->g;

	for (int k = 0; k < f->nfam; k++) {
		fill_items(g, f->n, f->fam[k]);
		/* Step 1. */
		sweep(g, &g->one, &g->runs);
		sweep(g, &g->two, NULL);
		for (size_t i = 1; i < g->undated.n; i++)
			if (g->undated.it[i].x == g->undated.it[i - 1].x)
				unite(g->up, g->undated.it[i - 1].pos,
				    g->undated.it[i].pos);
		step2(g);
		step3(g);
		g->one.n = g->two.n = g->multi.n = g->undated.n = g->runs.n = 0;
	}
	free(g->one.it);
	free(g->two.it);
	free(g->multi.it);
	free(g->undated.it);
	free(g->runs.r);
	return NULL;
}

/*
 * Groups of records: union-find parent of each canonical position.  With
 * JOBS > 1, the families are shared between two threads, the largest first
 * to the one with fewer records so far.
 */
static uint32_t *
group(const struct priv *p, const struct ranks *rk, const uint32_t *canon,
    size_t n, int jobs)
{
	struct families f[2];
	size_t count[UINT8_MAX + 1] = { 0 }, load[2] = { 0, 0 };
	uint32_t *up = xmalloc((n ? n : 1) * sizeof *up);
	bool par = jobs > 1 && n >= PAR_MIN;

	memset(f, 0, sizeof f);
	for (int t = 0; t < 2; t++) {
		f[t].g = (struct grouping){ .p = p, .rk = rk, .canon = canon, .up = up };
		f[t].n = n;
	}
	for (size_t i = 0; i < n; i++) {
		up[i] = (uint32_t)i;
		count[kind_family(key_at(&f[0].g, (uint32_t)i)->kind)]++;
	}
	for (;;) {
		int big = -1;
		for (int fam = 0; fam <= UINT8_MAX; fam++)
			if (count[fam] && (big < 0 || count[fam] > count[big]))
				big = fam;
		if (big < 0)
			break;
		int t = par && load[1] < load[0];
		f[t].fam[f[t].nfam++] = (uint8_t)big;
		load[t] += count[big];
		count[big] = 0;
	}
	if (par)
		both(group_families, &f[0], &f[1]);
	else
		group_families(&f[0]);
	return up;
}

/* ------------------------------------------------------------ entries */

/* kind, companies, year (or "undated"), and a collision number if > 0. */
static void
make_id(struct entry *e, unsigned salt)
{
	uint64_t h = FNV_BASIS;
	char year[8] = "undated";

	h = fnv(h, deal_kind_names[e->kind], strlen(deal_kind_names[e->kind]) + 1);
	for (size_t i = 0; i < e->nactors; i++)
		h = fnv(h, e->actors[i], strlen(e->actors[i]) + 1);
	if (e->dated) {
		memcpy(year, e->when.v, 4);
		year[4] = '\0';
	}
	h = fnv(h, year, strlen(year) + 1);
	if (salt) {
		char num[16];
		int k = snprintf(num, sizeof num, "#%u", salt);
		h = fnv(h, num, (size_t)k);
	}
	/* FNV's last bytes change only the low bits: mix (splitmix64). */
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	for (int i = 15; i >= 0; i--, h >>= 4)
		e->id[i] = "0123456789abcdef"[h & 15];
	e->id[16] = '\0';
}

static int
lang_slot(const char *lang)
{
	return lang && strcmp(lang, "fr") == 0 ? 1 : 0;
}

static bool
anchored(const struct priv *p, const struct key *k)
{
	return k->dated && p->when[k->when].ranged;
}

/* Is record A a better date than B: anchored, then finer. */
static bool
better_date(const struct priv *p, const struct key *a, const struct key *b)
{
	if (!a->dated)
		return false;
	if (!b->dated || anchored(p, a) != anchored(p, b))
		return !b->dated || anchored(p, a);
	return p->when[a->when].v.gran > p->when[b->when].v.gran;
}

static int
rank_order(const void *ctx, uint32_t a, uint32_t b)
{
	const uint32_t *rk = ctx;

	CMP(rk[a], rk[b]);
	return 0;
}

/*
 * Fill E but its sources from the records M[0..n) of one group (record
 * indices, canonical order).
 */
static void
build_entry(struct timeline *t, const struct ranks *rk, struct entry *e,
    const uint32_t *m, size_t n, uint32_t **act, size_t *cap)
{
	const struct priv *p = t->priv;
	const struct key *date = &p->key[m[0]];
	uint32_t latest = m[0], last_acts = NONE;
	size_t na = 0;

	memset(e, 0, sizeof *e);
	e->kind = date->kind;
	for (size_t i = 0; i < n; i++) {
		const struct key *x = &p->key[m[i]];
		const struct aset *s = &p->set[x->acts];
		if (better_date(p, x, date))
			date = x;
		/* The most recent article gives the status. */
		if (nstrcmp(p->src[m[i]].o->dct, p->src[latest].o->dct) >= 0)
			latest = m[i];
		/* Records of the same companies come together (canonical
		 * order): their ids once. */
		if (s->n && x->acts != last_acts) {
			last_acts = x->acts;
			GROW(*act, *cap, na + s->n);
			memcpy(*act + na, p->ids + s->off, s->n * sizeof **act);
			na += s->n;
		}
	}
	e->dated = date->dated;
	if (e->dated)
		e->when = p->when[date->when].v;
	e->status = p->key[latest].status;
	sort_ids(*act, na, rank_order, rk->str);
	e->actors = arena_alloc(t->a, na * sizeof *e->actors);
	for (size_t i = 0; i < na; i++)
		if (i == 0 || (*act)[i] != (*act)[i - 1])
			e->actors[e->nactors++] = p->str[(*act)[i]];
	make_id(e, 0);
}

/* Its sources, in order from SRC[0..n): one for each sentence. */
static void
entry_sources(struct entry *e, struct esource *src, size_t n)
{
	e->src = src;
	e->nsrc = 0;
	for (size_t i = 0; i < n; i++) {
		/* The same sentence twice (overlapping shards) is one source. */
		if (i > 0 && nstrcmp(src[i].o->doc, src[e->nsrc - 1].o->doc) == 0 &&
		    src[i].sspan.beg == src[e->nsrc - 1].sspan.beg &&
		    src[i].sspan.end == src[e->nsrc - 1].sspan.end)
			continue;
		if (e->nsrc != i)
			src[e->nsrc] = src[i];
		int l = lang_slot(src[e->nsrc].o->lang);
		if (e->headline[l] == NULL)
			e->headline[l] = src[e->nsrc].headline;
		e->nsrc++;
	}
}

/* Put V[i] = V[to[i]] for every i (TO a permutation), in place. */
static void
permute(struct esource *v, const uint32_t *to, size_t n)
{
	unsigned char *done = xcalloc(n ? n : 1, 1);

	for (size_t k = 0; k < n; k++) {
		if (done[k])
			continue;
		struct esource keep = v[k];
		size_t i = k;
		for (;;) {
			size_t from = to[i];
			done[i] = 1;
			if (from == k) {
				v[i] = keep;
				break;
			}
			v[i] = v[from];
			i = from;
		}
	}
	free(done);
}

/*
 * An entry and its date's day range, worked out once for sorting: what
 * entry_order() compares, tval_cmp() without a tval_range() per comparison.
 */
struct eorder {
	struct entry *e;
	bool ranged;
	long beg, end;
};

/* entry_order() but the ids. */
static int
eorder_date(const struct eorder *a, const struct eorder *b)
{
	const struct tval *x = &a->e->when, *y = &b->e->when;

	if (a->e->dated != b->e->dated)
		return a->e->dated ? -1 : 1;
	if (!a->e->dated)
		return 0;
	/* As tval_cmp(). */
	if (a->ranged != b->ranged)
		return a->ranged ? -1 : 1;
	if (a->ranged) {
		CMP(a->beg, b->beg);
		CMP(b->end, a->end);	/* the wider range first */
	}
	CMP(x->mod, y->mod);
	return strcmp(x->v, y->v);
}

/* entry_order(). */
static int
eorder_cmp(const void *pa, const void *pb)
{
	const struct eorder *a = pa, *b = pb;
	int c = eorder_date(a, b);

	return c ? c : strcmp(a->e->id, b->e->id);
}

/* For collisions: by id, then by date, then by first source. */
static int
eorder_id_cmp(const void *pa, const void *pb)
{
	const struct eorder *a = pa, *b = pb;
	int c = strcmp(a->e->id, b->e->id);

	if (c || (c = eorder_date(a, b)) != 0)
		return c;
	return src_cmp(&a->e->src[0], &b->e->src[0]);
}

/* Number the entries whose ids are equal (same kind, companies, year),
 * then put them in timeline order. */
static void
order_entries(struct timeline *t)
{
	struct eorder *o = xmalloc((t->n ? t->n : 1) * sizeof *o);
	struct entry *e = xmalloc((t->n ? t->n : 1) * sizeof *e);

	for (size_t i = 0; i < t->n; i++) {
		struct ymd b, x;
		o[i] = (struct eorder){ &t->e[i], false, 0, 0 };
		if (t->e[i].dated && tval_range(&t->e[i].when, &b, &x) == 0) {
			o[i].ranged = true;
			o[i].beg = ymd_to_days(b);
			o[i].end = ymd_to_days(x);
		}
	}
	qsort(o, t->n, sizeof *o, eorder_id_cmp);
	for (size_t i = 1, k = 0; i < t->n; i++) {
		if (memcmp(o[i].e->id, o[i - 1 - k].e->id, 16) == 0)
			make_id(o[i].e, (unsigned)++k);
		else
			k = 0;
	}
	qsort(o, t->n, sizeof *o, eorder_cmp);
	for (size_t i = 0; i < t->n; i++)
		e[i] = *o[i].e;
	free(o);
	free(t->e);
	t->e = e;
}

/* The groups START[g] .. START[g+1] of M[0..n) whose records a thread sorts. */
struct group_sort {
	uint32_t *m;
	const uint32_t *start;
	size_t g0, g1;		/* groups g0 .. g1-1 */
	const struct ranks *rk;
};

/* Each group's records by rec_src_order(): keyed by document rank and
 * sentence span first. */
static void *
group_sort_run(void *arg)
{
	struct group_sort *s = arg;
	const struct priv *p = s->rk->p;
	struct ckey *k = NULL;
	uint32_t *pos = NULL, *ids0 = NULL;
	size_t cap = 0;

	for (size_t g = s->g0; g < s->g1; g++) {
		uint32_t *ids = s->m + s->start[g];
		size_t n = s->start[g + 1] - s->start[g];
		if (n < 2)
			continue;
		if (n > cap) {
			cap = n;
			free(k);
			free(pos);
			free(ids0);
			k = xmalloc(cap * sizeof *k);
			pos = xmalloc(cap * sizeof *pos);
			ids0 = xmalloc(cap * sizeof *ids0);
		}
		/* Items are places in the group, keyed where they are. */
		for (size_t i = 0; i < n; i++) {
			const struct esource *e = &p->src[ids[i]];
			k[i].hi = (uint64_t)s->rk->str[p->key[ids[i]].doc] << 32 | e->sspan.beg;
			k[i].lo = e->sspan.end;
			pos[i] = (uint32_t)i;
			ids0[i] = ids[i];
		}
		struct keyed c = { k, ids0, s->rk };
		keyed_msort(pos, n, &c);
		for (size_t i = 0; i < n; i++)
			ids[i] = ids0[pos[i]];
	}
	free(k);
	free(pos);
	free(ids0);
	return NULL;
}

/* Each group of M by its sources; on two threads, half the records each. */
static void
sort_groups(uint32_t *m, const uint32_t *start, size_t ng, size_t n,
    const struct ranks *rk, int jobs)
{
	struct group_sort a = { m, start, 0, ng, rk }, b = a;

	if (jobs < 2 || n < PAR_MIN) {
		group_sort_run(&a);
		return;
	}
	/* The first group that begins in the second half of the records. */
	size_t lo = 0, hi = ng;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (start[mid] < n / 2)
			lo = mid + 1;
		else
			hi = mid;
	}
	a.g1 = b.g0 = lo;
	both(group_sort_run, &a, &b);
}

void
tl_set_jobs(struct timeline *t, int jobs)
{
	if (jobs <= 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = c > 0 ? (int)c : 1;
	}
	((struct priv *)t->priv)->jobs = jobs;
}

void
tl_finish(struct timeline *t)
{
	struct priv *p = t->priv;
	struct ranks rk;
	uint32_t *canon, *up, *m, *start, *act = NULL;
	size_t n = p->n, ng = 0, capact = 0;

	if (p->finished)
		return;
	p->finished = true;
	if (n == 0) {
		free_merge_state(p);
		return;
	}
	free_intern_state(p);
	ranks_make(&rk, p);
	canon = xmalloc(n * sizeof *canon);
	for (size_t i = 0; i < n; i++)
		canon[i] = (uint32_t)i;
	sort_canon(canon, n, &rk, p->jobs);
	up = group(p, &rk, canon, n, p->jobs);

	/* Records by group (counting sort on the root), canonical order kept. */
	start = xcalloc(n + 1, sizeof *start);
	for (size_t i = 0; i < n; i++)
		start[find(up, (uint32_t)i) + 1]++;
	for (size_t i = 0; i < n; i++) {
		ng += start[i + 1] > 0;
		start[i + 1] += start[i];
	}
	m = xmalloc(n * sizeof *m);
	for (size_t i = 0; i < n; i++)
		m[start[find(up, (uint32_t)i)]++] = canon[i];
	free(canon);
	/* START[g] now ends group g: back to beginnings. */
	for (size_t i = n; i > 0; i--)
		start[i] = start[i - 1];
	start[0] = 0;
	free(up);

	t->e = xcalloc(ng, sizeof *t->e);
	for (size_t g = 0; g < n; g++) {
		size_t b = start[g], e = start[g + 1];
		if (e > b)
			build_entry(t, &rk, &t->e[t->n++], m + b, e - b, &act,
			    &capact);
	}
	/* Each entry's sources next to each other, in order. */
	sort_groups(m, start, n, n, &rk, p->jobs);
	free(act);
	ranks_free(&rk);
	free_merge_state(p);
	permute(p->src, m, n);
	free(m);
	for (size_t g = 0, k = 0; g < n; g++)
		if (start[g + 1] > start[g])
			entry_sources(&t->e[k++], p->src + start[g],
			    start[g + 1] - start[g]);
	free(start);

	order_entries(t);
}
