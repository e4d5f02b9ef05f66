/*
 * timeline.c - event records in, one entry per deal out.
 *
 * tl_finish() works on a canonical order of the records (every field
 * compared), so the result does not depend on the order of tl_add() calls.
 * Candidate pairs come from buckets keyed by (kind, company): every record
 * is put once in the bucket of each of its companies, a bucket is sorted by
 * the first day of its records' dates and swept, so a record meets only the
 * records whose dates can touch its own.
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
 * decision at once: union-find over record indices.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline.h"
#include "tval.h"
#include "util.h"

struct rec {
	struct evrec r;
	bool anchored;		/* dated, and its value is a calendar range */
	long beg, end;		/* days [beg, end) when anchored */
};

struct priv {
	struct rec *r;
	size_t n, cap;
};

struct timeline *
tl_new(void)
{
	struct timeline *t = xcalloc(1, sizeof *t);

	t->a = arena_new();
	t->priv = xcalloc(1, sizeof(struct priv));
	return t;
}

void
tl_free(struct timeline *t)
{
	struct priv *p;

	if (t == NULL)
		return;
	p = t->priv;
	if (p)
		free(p->r);
	free(p);
	free(t->e);
	arena_free(t->a);
	free(t);
}

static const char *
dup(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
tl_add(struct timeline *t, const struct evrec *in)
{
	struct priv *p = t->priv;
	struct rec *x;
	struct evrec *r;
	struct ymd b, e;
	size_t n = 0;

	GROW(p->r, p->cap, p->n + 1);
	x = &p->r[p->n++];
	memset(x, 0, sizeof *x);
	r = &x->r;
	*r = *in;
	/* Companies sorted, without repeats. */
	for (size_t i = 0; i < in->nactors && i < DL_MAX_ACTORS; i++)
		if (in->actors[i])
			r->actors[n++] = dup(t->a, in->actors[i]);
	qsort(r->actors, n, sizeof r->actors[0], strp_cmp);
	r->nactors = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(r->actors[i], r->actors[i - 1]) != 0)
			r->actors[r->nactors++] = r->actors[i];
	r->src.doc = dup(t->a, in->src.doc);
	r->src.title = dup(t->a, in->src.title);
	r->src.url = dup(t->a, in->src.url);
	r->src.lang = dup(t->a, in->src.lang);
	r->src.dct = dup(t->a, in->src.dct);
	r->src.sentence = dup(t->a, in->src.sentence);
	r->src.ttext = dup(t->a, in->src.ttext);
	r->src.headline = dup(t->a, in->src.headline);
	r->when.v[sizeof r->when.v - 1] = '\0';
	if (r->dated && tval_range(&r->when, &b, &e) == 0) {
		x->anchored = true;
		x->beg = ymd_to_days(b);
		x->end = ymd_to_days(e);
	}
	t->nrec++;
}

/* ------------------------------------------------------------ order */

static int
nstrcmp(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
actors_cmp(const struct evrec *a, const struct evrec *b)
{
	for (size_t i = 0; i < a->nactors && i < b->nactors; i++) {
		int c = strcmp(a->actors[i], b->actors[i]);
		if (c)
			return c;
	}
	return (a->nactors > b->nactors) - (a->nactors < b->nactors);
}

#define CMP(x, y) do { if ((x) != (y)) return (x) < (y) ? -1 : 1; } while (0)

static int
src_cmp(const struct source *a, const struct source *b)
{
	int c;

	if ((c = nstrcmp(a->doc, b->doc)) != 0)
		return c;
	CMP(a->sspan.beg, b->sspan.beg);
	CMP(a->sspan.end, b->sspan.end);
	if ((c = nstrcmp(a->sentence, b->sentence)) != 0 ||
	    (c = nstrcmp(a->lang, b->lang)) != 0 ||
	    (c = nstrcmp(a->dct, b->dct)) != 0 ||
	    (c = nstrcmp(a->title, b->title)) != 0 ||
	    (c = nstrcmp(a->url, b->url)) != 0 ||
	    (c = nstrcmp(a->ttext, b->ttext)) != 0 ||
	    (c = nstrcmp(a->headline, b->headline)) != 0)
		return c;
	CMP(a->has_tspan, b->has_tspan);
	CMP(a->tspan.beg, b->tspan.beg);
	CMP(a->tspan.end, b->tspan.end);
	return 0;
}

/* Every field: the canonical order of records. */
static int
rec_cmp(const void *pa, const void *pb)
{
	const struct rec *x = pa, *y = pb;
	const struct evrec *a = &x->r, *b = &y->r;
	int c;

	CMP(a->kind, b->kind);
	if ((c = actors_cmp(a, b)) != 0)
		return c;
	CMP(a->dated, b->dated);
	if ((c = strcmp(a->when.v, b->when.v)) != 0)
		return c;
	CMP(a->when.gran, b->when.gran);
	CMP(a->when.mod, b->when.mod);
	CMP(a->type, b->type);
	CMP(a->status, b->status);
	return src_cmp(&a->src, &b->src);
}

/* ------------------------------------------------------------ union-find */

static size_t
find(size_t *up, size_t i)
{
	while (up[i] != i) {
		up[i] = up[up[i]];
		i = up[i];
	}
	return i;
}

static void
unite(size_t *up, size_t a, size_t b)
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

/* ------------------------------------------------------------ matching */

/* Number of companies A and B share (both sorted). */
static size_t
shared(const struct evrec *a, const struct evrec *b)
{
	size_t i = 0, j = 0, n = 0;

	while (i < a->nactors && j < b->nactors) {
		int c = strcmp(a->actors[i], b->actors[j]);
		if (c == 0)
			n++, i++, j++;
		else if (c < 0)
			i++;
		else
			j++;
	}
	return n;
}

/*
 * Do an undated record's companies overlap a dated one's enough: two
 * shared, or both name one and the same company.  (One company shared with
 * a deal of several proves little: "Microsoft takes a stake" is not every
 * investment Microsoft makes with others.)
 */
static bool
overlap(const struct evrec *a, const struct evrec *b)
{
	if (a->nactors == 1 && b->nactors == 1)
		return strcmp(a->actors[0], b->actors[0]) == 0;
	return shared(a, b) >= 2;
}

static bool
dates_compatible(const struct rec *a, const struct rec *b)
{
	if (a->anchored && b->anchored)
		return a->beg <= b->end && b->beg <= a->end;
	if (a->anchored || b->anchored)
		return false;
	return strcmp(a->r.when.v, b->r.when.v) == 0;
}

/* A record in a (kind, company) bucket. */
struct slot {
	uint8_t kind;
	const char *actor;
	long beg;		/* first day; LONG_MAX/2 unanchored; LONG_MAX undated */
	size_t rec;
};

static int
slot_cmp(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;
	int c;

	CMP(a->kind, b->kind);
	if ((c = strcmp(a->actor, b->actor)) != 0)
		return c;
	CMP(a->beg, b->beg);
	CMP(a->rec, b->rec);
	return 0;
}

struct pairs {
	size_t (*p)[2];
	size_t n, cap;
};

static void
pair_add(struct pairs *ps, size_t a, size_t b)
{
	GROW(ps->p, ps->cap, ps->n + 1);
	ps->p[ps->n][0] = a;
	ps->p[ps->n][1] = b;
	ps->n++;
}

static int
pair_cmp(const void *pa, const void *pb)
{
	const size_t *a = pa, *b = pb;

	CMP(a[0], b[0]);
	CMP(a[1], b[1]);
	return 0;
}

/*
 * PS holds (weak member, candidate) record pairs: map both to their groups,
 * and join each weak group that has exactly one candidate group.
 */
static void
attach(size_t *up, struct pairs *ps)
{
	size_t i, j;

	for (i = 0; i < ps->n; i++) {
		ps->p[i][0] = find(up, ps->p[i][0]);
		ps->p[i][1] = find(up, ps->p[i][1]);
	}
	if (ps->n)
		qsort(ps->p, ps->n, sizeof ps->p[0], pair_cmp);
	/* Decide on the groups as they are now, then apply. */
	size_t nj = 0;
	for (i = 0; i < ps->n; i = j) {
		bool one = true;
		for (j = i + 1; j < ps->n && ps->p[j][0] == ps->p[i][0]; j++)
			if (ps->p[j][1] != ps->p[i][1])
				one = false;
		if (one)
			ps->p[nj][0] = ps->p[i][0], ps->p[nj][1] = ps->p[i][1], nj++;
	}
	for (i = 0; i < nj; i++)
		unite(up, ps->p[i][0], ps->p[i][1]);
	ps->n = 0;
}

/* Groups of records: union-find parent of each record. */
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

static size_t *
group(struct rec *r, size_t n)
{
	size_t *up = xmalloc((n ? n : 1) * sizeof *up);
	struct slot *sl = NULL;
	size_t nsl = 0, cap = 0;
	struct pairs weak = {0}, undated = {0};

	for (size_t i = 0; i < n; i++) {
		up[i] = i;
		for (size_t k = 0; k < r[i].r.nactors; k++) {
			GROW(sl, cap, nsl + 1);
			sl[nsl].kind = kind_family(r[i].r.kind);
			sl[nsl].actor = r[i].r.actors[k];
			sl[nsl].beg = !r[i].r.dated ? LONG_MAX :
			    r[i].anchored ? r[i].beg : LONG_MAX / 2;
			sl[nsl].rec = i;
			nsl++;
		}
	}
	if (nsl)
		qsort(sl, nsl, sizeof *sl, slot_cmp);

	/* Step 1, and the candidates of steps 2 and 3, bucket by bucket. */
	for (size_t b = 0, e; b < nsl; b = e) {
		for (e = b + 1; e < nsl && sl[e].kind == sl[b].kind &&
		    strcmp(sl[e].actor, sl[b].actor) == 0; e++)
			;
		size_t und = e;		/* first undated slot of the bucket */
		while (und > b && sl[und - 1].beg == LONG_MAX)
			und--;
		for (size_t i = b; i < und; i++) {
			const struct rec *x = &r[sl[i].rec];
			long reach = x->anchored ? x->end : LONG_MAX / 2;
			for (size_t j = i + 1; j < und && sl[j].beg <= reach; j++) {
				const struct rec *y = &r[sl[j].rec];
				if (!dates_compatible(x, y))
					continue;
				size_t nx = x->r.nactors, ny = y->r.nactors;
				if ((nx == 1 && ny == 1) ||
				    (nx > 1 && ny > 1 && shared(&x->r, &y->r) >= 2))
					unite(up, sl[i].rec, sl[j].rec);
				else if (nx == 1 && ny > 1)
					pair_add(&weak, sl[i].rec, sl[j].rec);
				else if (ny == 1 && nx > 1)
					pair_add(&weak, sl[j].rec, sl[i].rec);
			}
		}
		for (size_t i = und; i < e; i++) {
			const struct rec *x = &r[sl[i].rec];
			for (size_t j = i + 1; j < e; j++)
				if (actors_cmp(&x->r, &r[sl[j].rec].r) == 0)
					unite(up, sl[i].rec, sl[j].rec);
			for (size_t j = b; j < und; j++)
				if (overlap(&x->r, &r[sl[j].rec].r))
					pair_add(&undated, sl[i].rec, sl[j].rec);
		}
	}
	attach(up, &weak);	/* step 2 */
	attach(up, &undated);	/* step 3 */
	free(weak.p);
	free(undated.p);
	free(sl);
	return up;
}

/* ------------------------------------------------------------ entries */

static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

#define FNV_BASIS 0xcbf29ce484222325ULL

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

static int
srcp_cmp(const void *a, const void *b)
{
	return src_cmp(*(const struct source *const *)a,
	    *(const struct source *const *)b);
}

/* Is record A a better date than B: anchored, then finer. */
static bool
better_date(const struct rec *a, const struct rec *b)
{
	if (!a->r.dated)
		return false;
	if (!b->r.dated || a->anchored != b->anchored)
		return !b->r.dated || a->anchored;
	return a->r.when.gran > b->r.when.gran;
}

/* Fill E from the records M[0..n) of one group, in canonical order. */
static void
build_entry(struct timeline *t, struct entry *e, struct rec *const *m,
    size_t n)
{
	const struct rec *date = m[0], *latest = m[0];
	const struct source **src;
	const char **act;
	size_t na = 0, ns = 0;

	memset(e, 0, sizeof *e);
	e->kind = m[0]->r.kind;
	act = xmalloc(n * DL_MAX_ACTORS * sizeof *act);
	src = xmalloc(n * sizeof *src);
	for (size_t i = 0; i < n; i++) {
		const struct rec *x = m[i];
		if (better_date(x, date))
			date = x;
		/* The most recent article gives the status. */
		if (nstrcmp(x->r.src.dct, latest->r.src.dct) >= 0)
			latest = x;
		for (size_t k = 0; k < x->r.nactors; k++)
			act[na++] = x->r.actors[k];
		src[ns++] = &x->r.src;
	}
	e->dated = date->r.dated;
	if (e->dated)
		e->when = date->r.when;
	e->status = latest->r.status;
	qsort(act, na, sizeof *act, strp_cmp);
	e->actors = arena_alloc(t->a, na * sizeof *e->actors);
	for (size_t i = 0; i < na; i++)
		if (i == 0 || strcmp(act[i], act[i - 1]) != 0)
			e->actors[e->nactors++] = act[i];
	qsort(src, ns, sizeof *src, srcp_cmp);
	e->src = arena_alloc(t->a, ns * sizeof *e->src);
	for (size_t i = 0; i < ns; i++) {
		/* The same sentence twice (overlapping shards) is one source. */
		if (i > 0 && nstrcmp(src[i]->doc, src[i - 1]->doc) == 0 &&
		    src[i]->sspan.beg == src[i - 1]->sspan.beg &&
		    src[i]->sspan.end == src[i - 1]->sspan.end)
			continue;
		e->src[e->nsrc++] = *src[i];
		int l = lang_slot(src[i]->lang);
		if (e->headline[l] == NULL)
			e->headline[l] = src[i]->headline;
	}
	make_id(e, 0);
	free(act);
	free(src);
}

static int
entry_order(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	int c;

	if (a->dated != b->dated)
		return a->dated ? -1 : 1;
	if (a->dated && (c = tval_cmp(&a->when, &b->when)) != 0)
		return c;
	return strcmp(a->id, b->id);
}

/* For collisions: by id, then by date, then by first source. */
static int
entry_id_order(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	int c = strcmp(a->id, b->id);

	if (c)
		return c;
	if ((c = entry_order(a, b)) != 0)
		return c;
	return src_cmp(&a->src[0], &b->src[0]);
}

void
tl_finish(struct timeline *t)
{
	struct priv *p = t->priv;
	struct rec **m;
	size_t *up, *start, n = p->n;

	free(t->e);
	t->e = NULL;
	t->n = 0;
	if (n == 0)
		return;
	qsort(p->r, n, sizeof *p->r, rec_cmp);
	up = group(p->r, n);

	/* Records by group (counting sort on the root), canonical order kept. */
	start = xcalloc(n + 1, sizeof *start);
	for (size_t i = 0; i < n; i++)
		start[find(up, i) + 1]++;
	for (size_t i = 0; i < n; i++)
		start[i + 1] += start[i];
	m = xmalloc(n * sizeof *m);
	{
		size_t *fill = xmalloc(n * sizeof *fill);
		memcpy(fill, start, n * sizeof *fill);
		for (size_t i = 0; i < n; i++)
			m[fill[find(up, i)]++] = &p->r[i];
		free(fill);
	}
	t->e = xcalloc(n, sizeof *t->e);
	for (size_t g = 0; g < n; g++)
		if (start[g + 1] > start[g])
			build_entry(t, &t->e[t->n++], m + start[g],
			    start[g + 1] - start[g]);

	/* Equal ids (same kind, companies and year): number them. */
	qsort(t->e, t->n, sizeof *t->e, entry_id_order);
	for (size_t i = 1, k = 0; i < t->n; i++) {
		if (memcmp(t->e[i].id, t->e[i - 1 - k].id, 16) == 0)
			make_id(&t->e[i], (unsigned)++k);
		else
			k = 0;
	}
	qsort(t->e, t->n, sizeof *t->e, entry_order);
	free(m);
	free(start);
	free(up);
}
