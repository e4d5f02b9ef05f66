/* test_timeline.c - merging event records into one entry per deal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>

#include "dateline.h"
#include "evjson.h"
#include "timeline.h"
#include "tval.h"
#include "util.h"

/*
 * A record: KIND, companies "A|B", date VALUE of granularity GRAN (NULL:
 * undated), language, document and sentence offset.  Strings in arena A.
 */
static struct evrec
rec(struct arena *a, int kind, const char *actors, const char *value,
    int gran, const char *lang, const char *doc, uint32_t off)
{
	struct evrec r;
	char *s = arena_strdup(a, actors), *tok, *save = NULL;

	memset(&r, 0, sizeof r);
	for (tok = strtok_r(s, "|", &save); tok && r.nactors < DL_MAX_ACTORS;
	    tok = strtok_r(NULL, "|", &save))
		r.actors[r.nactors++] = tok;
	r.kind = (uint8_t)kind;
	r.status = ST_DONE;
	if (value) {
		r.dated = true;
		snprintf(r.when.v, sizeof r.when.v, "%s", value);
		r.when.gran = (uint8_t)gran;
	}
	r.type = TX_DATE;
	r.src.doc = doc;
	r.src.lang = lang;
	r.src.sentence = arena_printf(a, "Sentence %u of %s.", off, doc);
	r.src.sspan.beg = off;
	r.src.sspan.end = off + 20;
	r.src.headline = arena_printf(a, "%s headline of %s", lang, doc);
	return r;
}

static char *
dump(struct timeline *tl)
{
	struct buf b = {0};

	evjson_write_timeline(tl, &b);
	return b.p ? buf_detach(&b) : xstrdup("");
}

/* TL's dump kept in *FIRST the first time, compared with it after. */
static void
same_as_first(char **first, struct timeline *tl, int round)
{
	char *s = dump(tl);

	if (*first == NULL) {
		*first = s;
		return;
	}
	cr_expect(strcmp(*first, s) == 0, "round %d differs", round);
	free(s);
}

Test(timeline, same_deal_in_english_and_french_merges)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct evrec r;

	r = rec(a, DEAL_JV, "Orange|Capgemini|Bleu", "2021-05-27", GRAN_DAY,
	    "en", "corpus/bleu-en.txt", 10);
	tl_add(tl, &r);
	r = rec(a, DEAL_JV, "Capgemini|Orange", "2021-05", GRAN_MONTH, "fr",
	    "corpus/bleu-fr.txt", 0);
	r.status = ST_PLANNED;
	r.src.dct = "2021-06-01";
	tl_add(tl, &r);
	tl_finish(tl);
	cr_assert_eq(tl->n, 1);
	const struct entry *e = &tl->e[0];
	cr_expect_eq(e->nsrc, 2);
	cr_expect_str_eq(e->src[0].o->doc, "corpus/bleu-en.txt");
	cr_expect_str_eq(e->src[1].o->doc, "corpus/bleu-fr.txt");
	cr_expect_str_eq(e->when.v, "2021-05-27", "the most precise date");
	cr_expect_eq(e->nactors, 3);
	cr_expect_str_eq(e->actors[0], "Bleu");
	cr_expect_str_eq(e->actors[1], "Capgemini");
	cr_expect_str_eq(e->actors[2], "Orange");
	cr_expect_str_eq(e->headline[0], "en headline of corpus/bleu-en.txt");
	cr_expect_str_eq(e->headline[1], "fr headline of corpus/bleu-fr.txt");
	cr_expect_eq(e->status, ST_PLANNED, "status of the latest article");
	cr_expect_eq(strlen(e->id), 16);
	tl_free(tl);
	arena_free(a);
}

Test(timeline, different_kinds_or_far_dates_do_not_merge)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct evrec r;

	r = rec(a, DEAL_JV, "Orange|Capgemini", "2021-05-27", GRAN_DAY, "en", "a", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_PARTNERSHIP, "Orange|Capgemini", "2021-05-27", GRAN_DAY, "fr", "b", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_JV, "Orange|Capgemini", "2019-05-27", GRAN_DAY, "fr", "c", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_JV, "Orange|Capgemini", "2021-05-29", GRAN_DAY, "fr", "d", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_JV, "Orange|Capgemini", "2021-05-28", GRAN_DAY, "fr", "e", 0);
	tl_add(tl, &r);
	tl_finish(tl);
	/* a, e, d chain by adjacent days; b another kind; c another year. */
	cr_expect_eq(tl->n, 3);
	cr_expect_str_eq(tl->e[0].when.v, "2019-05-27", "chronological");
	size_t three = 0;
	for (size_t i = 0; i < tl->n; i++)
		three += tl->e[i].nsrc == 3;
	cr_expect_eq(three, 1);
	tl_free(tl);
	arena_free(a);
}

Test(timeline, companies_must_overlap_enough)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct evrec r;

	r = rec(a, DEAL_PARTNERSHIP, "Orange|Google Cloud", "2021-03", GRAN_MONTH, "en", "a", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_PARTNERSHIP, "Orange|Microsoft", "2021-03-10", GRAN_DAY, "en", "b", 0);
	tl_add(tl, &r);
	/* One company, two candidate deals: stays alone. */
	r = rec(a, DEAL_PARTNERSHIP, "Orange", "2021", GRAN_YEAR, "en", "c", 0);
	tl_add(tl, &r);
	/* One company, one candidate: joins it. */
	r = rec(a, DEAL_PARTNERSHIP, "Microsoft", "2021-03", GRAN_MONTH, "fr", "d", 0);
	tl_add(tl, &r);
	tl_finish(tl);
	cr_assert_eq(tl->n, 3);
	for (size_t i = 0; i < tl->n; i++) {
		const struct entry *e = &tl->e[i];
		if (strcmp(e->src[0].o->doc, "b") == 0) {
			cr_expect_eq(e->nsrc, 2);
			cr_expect_str_eq(e->src[1].o->doc, "d");
			cr_expect_str_eq(e->when.v, "2021-03-10");
		} else
			cr_expect_eq(e->nsrc, 1);
	}
	tl_free(tl);
	arena_free(a);
}

Test(timeline, undated_joins_exactly_one_match)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct evrec r;

	r = rec(a, DEAL_ACQUISITION, "Thales|Imperva", "2023-07", GRAN_MONTH, "en", "a", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_ACQUISITION, "Imperva|Thales", NULL, 0, "fr", "b", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_LAUNCH, "Nokia", "2020", GRAN_YEAR, "en", "c", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_LAUNCH, "Nokia", "2022", GRAN_YEAR, "en", "d", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_LAUNCH, "Nokia", NULL, 0, "en", "e", 0);
	tl_add(tl, &r);
	tl_finish(tl);
	cr_assert_eq(tl->n, 4);
	cr_expect_str_eq(tl->e[0].when.v, "2020");
	cr_expect_str_eq(tl->e[1].when.v, "2022");
	cr_expect_str_eq(tl->e[2].when.v, "2023-07");
	cr_expect_eq(tl->e[2].nsrc, 2, "undated joined the Thales deal");
	cr_expect_not(tl->e[3].dated, "ambiguous undated record stays, last");
	tl_free(tl);
	arena_free(a);
}

Test(timeline, undated_single_company_needs_the_same_company)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct evrec r;

	r = rec(a, DEAL_INVESTMENT, "Microsoft|Vodafone", "2024-04", GRAN_MONTH, "en", "a", 0);
	tl_add(tl, &r);
	r = rec(a, DEAL_INVESTMENT, "Microsoft", NULL, 0, "fr", "b", 0);
	tl_add(tl, &r);
	tl_finish(tl);
	cr_expect_eq(tl->n, 2, "one shared company with a deal of two proves little");
	tl_free(tl);
	arena_free(a);
}

Test(timeline, duplicate_sources_and_stable_ids)
{
	struct arena *a = arena_new();
	struct timeline *t1 = tl_new(), *t2 = tl_new();
	struct evrec r;

	r = rec(a, DEAL_CONTRACT, "SAP|Delos Cloud", "2022-10", GRAN_MONTH, "en", "a", 5);
	tl_add(t1, &r);
	tl_add(t1, &r);		/* the same file in two shards */
	r.when.gran = GRAN_MONTH;
	tl_add(t2, &r);
	tl_finish(t1);
	tl_finish(t2);
	cr_assert_eq(t1->n, 1);
	cr_expect_eq(t1->e[0].nsrc, 1);
	cr_expect_eq(t1->nrec, 2);
	cr_expect_str_eq(t1->e[0].id, t2->e[0].id);
	tl_free(t1);
	tl_free(t2);
	arena_free(a);
}

Test(timeline, empty)
{
	struct timeline *tl = tl_new();
	char *s;

	tl_finish(tl);
	cr_expect_eq(tl->n, 0);
	s = dump(tl);
	cr_expect_str_eq(s, "");
	free(s);
	tl_free(tl);
}

/* A small deterministic generator: no global state. */
static uint32_t
rnd(uint64_t *s)
{
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)(*s >> 33);
}

static void
shuffle(struct evrec *r, size_t n, uint64_t *s)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = rnd(s) % i;
		struct evrec t = r[i - 1];
		r[i - 1] = r[j];
		r[j] = t;
	}
}

/* One to three of the NCO companies CO, "A|B|C", into OUT. */
static void
rnd_actors(char *out, size_t cap, const char *const *co, size_t nco,
    uint64_t *seed)
{
	int na = 1 + (int)(rnd(seed) % 3);

	snprintf(out, cap, "%s", co[rnd(seed) % nco]);
	for (int k = 1; k < na; k++) {
		size_t l = strlen(out);
		snprintf(out + l, cap - l, "|%s", co[rnd(seed) % nco]);
	}
}

Test(timeline, order_independent_on_1000_random_records)
{
	static const char *const co[] = {
		"Orange", "Capgemini", "Google Cloud", "Thales", "SAP", "Nokia"
	};
	static const char *const langs[] = { "en", "fr" };
	enum { N = 1000 };
	struct arena *a = arena_new();
	struct evrec *r = xcalloc(N, sizeof *r);
	uint64_t seed = 42;
	char *first = NULL;

	for (size_t i = 0; i < N; i++) {
		char actors[64], when[16];
		int g;
		rnd_actors(actors, sizeof actors, co, 6, &seed);
		int y = 2019 + (int)(rnd(&seed) % 4), m = 1 + (int)(rnd(&seed) % 12),
		    d = 1 + (int)(rnd(&seed) % 28);
		switch (rnd(&seed) % 4) {
		case 0:
			snprintf(when, sizeof when, "%d", y);
			g = GRAN_YEAR;
			break;
		case 1:
			snprintf(when, sizeof when, "%d-%02d", y, m);
			g = GRAN_MONTH;
			break;
		case 2:
			snprintf(when, sizeof when, "%d-%02d-%02d", y, m, d);
			g = GRAN_DAY;
			break;
		default:
			when[0] = '\0';
			g = 0;
		}
		r[i] = rec(a, (int)(rnd(&seed) % 3), actors, when[0] ? when : NULL,
		    g, langs[rnd(&seed) % 2], arena_printf(a, "doc%03zu", i % 300),
		    (uint32_t)(i / 300) * 100);
		r[i].status = (uint8_t)(rnd(&seed) % ST_MAX);
		if (rnd(&seed) % 2)
			r[i].src.dct = arena_printf(a, "%d-%02d-%02d", y, m, d);
	}
	for (int round = 0; round < 4; round++) {
		struct timeline *tl = tl_new();
		size_t nsrc = 0;
		if (round)
			shuffle(r, N, &seed);
		for (size_t i = 0; i < N; i++)
			tl_add(tl, &r[i]);
		tl_finish(tl);
		for (size_t i = 0; i < tl->n; i++) {
			nsrc += tl->e[i].nsrc;
			if (i && tl->e[i].dated && tl->e[i - 1].dated)
				cr_expect_leq(tval_cmp(&tl->e[i - 1].when,
				    &tl->e[i].when), 0);
			if (i)
				cr_expect_geq(tl->e[i - 1].dated, tl->e[i].dated,
				    "undated last");
		}
		cr_expect_eq(nsrc, N, "every record is a source once");
		same_as_first(&first, tl, round);
		tl_free(tl);
	}
	free(first);
	free(r);
	arena_free(a);
}

/* ------------------------------------------------ the rules, pair by pair */

/*
 * The merge rules of timeline.c's header, applied the slow way (every pair
 * of records), to check the buckets and sweeps against them.
 */
struct ref {
	const struct evrec *r;
	uint8_t fam;
	bool anchored;
	long beg, end;
};

static size_t
ref_find(size_t *up, size_t i)
{
	while (up[i] != i)
		i = up[i];
	return i;
}

static void
ref_unite(size_t *up, size_t a, size_t b)
{
	a = ref_find(up, a);
	b = ref_find(up, b);
	if (a != b)
		up[a < b ? b : a] = a < b ? a : b;
}

static size_t
ref_shared(const struct evrec *a, const struct evrec *b)
{
	size_t n = 0;

	for (size_t i = 0; i < a->nactors; i++)
		for (size_t j = 0; j < b->nactors; j++)
			n += strcmp(a->actors[i], b->actors[j]) == 0;
	return n;
}

static bool
ref_compatible(const struct ref *a, const struct ref *b)
{
	if (!a->r->dated || !b->r->dated)
		return false;
	if (a->anchored && b->anchored)
		return a->beg <= b->end && b->beg <= a->end;
	return !a->anchored && !b->anchored &&
	    strcmp(a->r->when.v, b->r->when.v) == 0;
}

/*
 * For each group of records picked by WHICH, the one group of CAND it may
 * join (records of it matching one of theirs by MATCH), else nothing; then
 * every join at once.
 */
static void
ref_attach(size_t *up, const struct ref *x, size_t n,
    bool (*which)(const struct ref *),
    bool (*match)(const struct ref *, const struct ref *))
{
	size_t *to = xcalloc(n, sizeof *to);	/* 0 none, n+1 several */

	for (size_t i = 0; i < n; i++) {
		if (!which(&x[i]))
			continue;
		size_t g = ref_find(up, i);
		for (size_t j = 0; j < n; j++) {
			if (x[i].fam != x[j].fam || !match(&x[i], &x[j]))
				continue;
			size_t c = ref_find(up, j) + 1;
			to[g] = to[g] == 0 || to[g] == c ? c : n + 1;
		}
	}
	for (size_t g = 0; g < n; g++)
		if (to[g] && to[g] <= n)
			ref_unite(up, g, to[g] - 1);
	free(to);
}

static bool
ref_dated_one(const struct ref *x)
{
	return x->r->dated && x->r->nactors == 1;
}

static bool
ref_weak_match(const struct ref *a, const struct ref *b)
{
	return b->r->nactors > 1 && ref_compatible(a, b) && ref_shared(a->r, b->r) == 1;
}

static bool
ref_undated(const struct ref *x)
{
	return !x->r->dated && x->r->nactors > 0;
}

static bool
ref_undated_match(const struct ref *a, const struct ref *b)
{
	if (!b->r->dated)
		return false;
	if (a->r->nactors == 1 && b->r->nactors == 1)
		return strcmp(a->r->actors[0], b->r->actors[0]) == 0;
	return ref_shared(a->r, b->r) >= 2;
}

/* Union-find parents of records R[0..n) (companies sorted, no repeats). */
static size_t *
ref_group(const struct evrec *r, size_t n)
{
	struct ref *x = xcalloc(n, sizeof *x);
	size_t *up = xcalloc(n, sizeof *up);

	for (size_t i = 0; i < n; i++) {
		struct ymd b, e;
		up[i] = i;
		x[i].r = &r[i];
		x[i].fam = r[i].kind == DEAL_CONTRACT ? DEAL_PARTNERSHIP : r[i].kind;
		if (r[i].dated && tval_range(&r[i].when, &b, &e) == 0) {
			x[i].anchored = true;
			x[i].beg = ymd_to_days(b);
			x[i].end = ymd_to_days(e);
		}
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			const struct evrec *a = &r[i], *b = &r[j];
			size_t sh = ref_shared(a, b);
			if (x[i].fam != x[j].fam || a->nactors == 0 || b->nactors == 0)
				continue;
			if (ref_compatible(&x[i], &x[j]) &&
			    ((a->nactors == 1 && b->nactors == 1 && sh == 1) ||
			    (a->nactors > 1 && b->nactors > 1 && sh >= 2)))
				ref_unite(up, i, j);
			if (!a->dated && !b->dated && a->nactors == b->nactors &&
			    sh == a->nactors)
				ref_unite(up, i, j);
		}
	ref_attach(up, x, n, ref_dated_one, ref_weak_match);
	ref_attach(up, x, n, ref_undated, ref_undated_match);
	free(x);
	return up;
}

Test(timeline, groups_as_the_rules_say_pair_by_pair)
{
	static const char *const co[] = { "A", "B", "C", "D", "E" };
	static const char *const when[] = {
		"2021", "2021-05", "2021-06", "2021-05-31", "2021-06-01",
		"2021-Q2", "2021-H2", "2021-W22", "2021-SU", "202X", "20XX",
		"PRESENT_REF", "PAST_REF", "P2Y", "XXXX-03", "2022-01-01T10:00",
		"2020-12", "2022"
	};
	enum { N = 400, ROUNDS = 30 };
	uint64_t seed = 7;

	for (int round = 0; round < ROUNDS; round++) {
		struct arena *a = arena_new();
		struct evrec *r = xcalloc(N, sizeof *r);
		struct timeline *tl = tl_new();
		size_t ncomp = 2 + (size_t)round % 4, nw = 3 + (size_t)round % 16;
		size_t *entry = xcalloc(N, sizeof *entry);

		for (size_t i = 0; i < N; i++) {
			/* Companies sorted, without repeats, as tl_add keeps them. */
			unsigned mask = 1 + rnd(&seed) % ((1u << ncomp) - 1);
			if (rnd(&seed) % 2)
				mask &= -mask;		/* mostly one company */
			for (size_t k = 0; k < ncomp; k++)
				if (mask & (1u << k))
					r[i].actors[r[i].nactors++] = co[k];
			r[i].kind = (uint8_t)(rnd(&seed) % 3 == 0 ? DEAL_CONTRACT :
			    rnd(&seed) % 2 ? DEAL_PARTNERSHIP : DEAL_LAUNCH);
			if (rnd(&seed) % 5) {
				r[i].dated = true;
				snprintf(r[i].when.v, sizeof r[i].when.v, "%s",
				    when[rnd(&seed) % nw]);
			}
			r[i].src.doc = arena_printf(a, "doc%zu", i);
			r[i].src.lang = "en";
			r[i].src.sentence = "s";
			tl_add(tl, &r[i]);
		}
		tl_finish(tl);
		for (size_t k = 0; k < tl->n; k++)
			for (size_t s = 0; s < tl->e[k].nsrc; s++)
				entry[atoi(tl->e[k].src[s].o->doc + 3)] = k;
		size_t *up = ref_group(r, N);
		size_t bad = 0;
		for (size_t i = 0; i < N; i++)
			for (size_t j = i + 1; j < N; j++)
				bad += (ref_find(up, i) == ref_find(up, j)) !=
				    (entry[i] == entry[j]);
		cr_expect_eq(bad, 0, "round %d: %zu pairs grouped otherwise", round,
		    bad);
		free(up);
		free(entry);
		tl_free(tl);
		free(r);
		arena_free(a);
	}
}

/* An article's fields are kept once for all its events, as they were given. */
Test(timeline, article_fields_once_per_article)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct evrec r;

	/* Three events of one article, one of another, and a third article
	 * with the first one's path but its own title (a hand-made file). */
	for (uint32_t off = 0; off < 3; off++) {
		r = rec(a, DEAL_CONTRACT, "Orange|AWS", "2022-03-01", GRAN_DAY, "en",
		    arena_strdup(a, "one.txt"), off * 30);
		r.src.title = arena_strdup(a, "One");
		r.src.dct = arena_strdup(a, "2022-03-02");
		tl_add(tl, &r);
	}
	r = rec(a, DEAL_CONTRACT, "Orange|AWS", "2022-03-01", GRAN_DAY, "fr",
	    "two.txt", 0);
	r.src.title = "Deux";
	tl_add(tl, &r);
	r = rec(a, DEAL_CONTRACT, "Orange|AWS", "2022-03-01", GRAN_DAY, "en",
	    "one.txt", 200);
	r.src.title = "Other title";
	tl_add(tl, &r);
	tl_finish(tl);
	cr_assert_eq(tl->n, 1);
	const struct entry *e = &tl->e[0];
	cr_assert_eq(e->nsrc, 5);
	int one = 0, other = 0;
	const struct origin *o1 = NULL;
	for (size_t i = 0; i < e->nsrc; i++) {
		const struct origin *o = e->src[i].o;
		cr_assert_not_null(o);
		if (strcmp(o->title, "One") == 0) {
			cr_expect(o1 == NULL || o1 == o, "one origin for the article");
			o1 = o;
			cr_expect_str_eq(o->doc, "one.txt");
			cr_expect_str_eq(o->dct, "2022-03-02");
			cr_expect_str_eq(o->lang, "en");
			one++;
		} else if (strcmp(o->title, "Other title") == 0) {
			cr_expect_neq(o, o1);
			cr_expect_null(o->dct);
			other++;
		} else {
			cr_expect_str_eq(o->title, "Deux");
			cr_expect_str_eq(o->lang, "fr");
		}
	}
	cr_expect_eq(one, 3);
	cr_expect_eq(other, 1);
	tl_free(tl);
	arena_free(a);
}

/* Merged on two threads or one: the same timeline, whatever the order. */
Test(timeline, two_threads_same_timeline)
{
	static const char *const co[] = {
		"Orange", "Capgemini", "Google Cloud", "Thales", "SAP", "Nokia",
		"AWS", "Vodafone"
	};
	enum { N = 30000 };
	struct arena *a = arena_new();
	struct evrec *r = xcalloc(N, sizeof *r);
	uint64_t seed = 7;
	char *first = NULL;

	for (size_t i = 0; i < N; i++) {
		char actors[64], when[16];
		rnd_actors(actors, sizeof actors, co, 8, &seed);
		int y = 2015 + (int)(rnd(&seed) % 10), m = 1 + (int)(rnd(&seed) % 12);
		bool dated = rnd(&seed) % 5 != 0;
		snprintf(when, sizeof when, "%d-%02d", y, m);
		/* Every kind, so that every family of kinds has records. */
		r[i] = rec(a, (int)(rnd(&seed) % DEAL_MAX), actors, dated ? when : NULL,
		    GRAN_MONTH, i % 2 ? "en" : "fr", arena_printf(a, "doc%04zu", i % 4000),
		    (uint32_t)(i / 4000) * 100);
	}
	for (int round = 0; round < 3; round++) {
		struct timeline *tl = tl_new();
		if (round == 2)
			shuffle(r, N, &seed);
		tl_set_jobs(tl, round == 0 ? 1 : 2);
		for (size_t i = 0; i < N; i++)
			tl_add(tl, &r[i]);
		tl_finish(tl);
		cr_assert_gt(tl->n, 100);
		same_as_first(&first, tl, round);
		tl_free(tl);
	}
	free(first);
	free(r);
	arena_free(a);
}

/* Entries written with an article's fields copied from the memo are the
 * entries written afresh, byte for byte: articles whose fields differ in one
 * place each (title, URL, date, a quote to escape), sources of one article
 * in several entries. */
Test(timeline, memo_writes_the_same_lines)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	const char *titles[] = { "Plain", NULL, "With \"quotes\" <b>", "Plain" };
	const char *urls[] = { "https://a.example/x?y=1&z=2", NULL, NULL, "https://b.example/" };
	const char *dcts[] = { "2021-05-01", "2021-05-01", NULL, "2022-01-31" };
	const char *kinds_actors[] = { "Orange|Capgemini", "Orange", "Capgemini|Thales" };
	struct buf fresh = {0}, memo = {0};

	for (int d = 0; d < 4; d++) {
		char *doc = arena_printf(a, "corpus/doc%d.md", d);
		for (int k = 0; k < 6; k++) {
			struct evrec r = rec(a, k % 3 == 2 ? DEAL_JV : DEAL_PARTNERSHIP,
			    kinds_actors[k % 3], k % 2 ? "2021-05" : "2021",
			    k % 2 ? GRAN_MONTH : GRAN_YEAR, d % 2 ? "fr" : "en", doc,
			    (uint32_t)(k * 30));
			r.src.title = titles[d];
			r.src.url = urls[d];
			r.src.dct = dcts[d];
			tl_add(tl, &r);
		}
	}
	tl_finish(tl);
	cr_assert_gt(tl->n, 1);
	struct evjson_memo *m = evjson_memo_new();
	for (size_t i = 0; i < tl->n; i++) {
		evjson_write_entry(&tl->e[i], NULL, &fresh);
		evjson_write_entry(&tl->e[i], m, &memo);
	}
	evjson_memo_free(m);
	cr_expect_eq(fresh.n, memo.n);
	cr_expect(fresh.n == memo.n && memcmp(fresh.p, memo.p, fresh.n) == 0);
	buf_free(&fresh);
	buf_free(&memo);
	tl_free(tl);
	arena_free(a);
}
