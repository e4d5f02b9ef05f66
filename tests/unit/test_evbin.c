/* test_evbin.c - the events cache's binary records: round trip, and refusal
 * of anything that is not one whole record set. */
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>

#include "evbin.h"
#include "util.h"
#include "xorshift.h"

static void
set_rec(struct evrec *e, const char *doc, const char *sentence, int k)
{
	memset(e, 0, sizeof *e);
	e->dated = k != 2;
	if (e->dated) {
		strcpy(e->when.v, k ? "2024-03" : "2023-Q4");
		e->when.gran = k ? GRAN_MONTH : GRAN_QUARTER;
		e->when.mod = k ? MOD_START : MOD_NONE;
	}
	e->type = k ? TX_DATE : TX_TIME;
	e->actors[0] = "Orange";
	e->actors[1] = k ? "Société \"Test\"" : NULL;
	e->nactors = k ? 2 : 1;
	e->kind = (uint8_t)(k % DEAL_MAX);
	e->status = (uint8_t)(k % ST_MAX);
	e->src.doc = doc;
	e->src.title = k == 1 ? NULL : "Un titre";
	e->src.url = k == 1 ? NULL : "https://example.com/?a=1&b=2";
	e->src.lang = "fr";
	e->src.dct = k == 2 ? NULL : "2024-01-15";
	e->src.sentence = sentence;
	e->src.sspan = (struct span){ (uint32_t)k * 10, (uint32_t)k * 10 + 9 };
	e->src.has_tspan = k != 2;
	e->src.tspan = (struct span){ 1, 4 };
	e->src.ttext = k == 2 ? NULL : "mars";
	e->src.headline = k == 0 ? NULL : "Orange signe";
}

/* Three records (the second shares the first's article and sentence) and
 * two warnings, one reject (never stored). */
static void
sample(struct evrecs *r, struct diag *w)
{
	memset(r, 0, sizeof *r);
	set_rec(evrecs_push(r), "corpus/a.md", "Orange signe en mars.", 0);
	set_rec(evrecs_push(r), "corpus/a.md", "Orange signe en mars.", 1);
	set_rec(evrecs_push(r), "corpus/b.html", "Autre phrase.", 2);
	memset(w, 0, sizeof *w);
	diag_add(w, DIAG_WARN, "corpus/a.md", "U+FFFD at byte %d", 12);
	diag_add(w, DIAG_REJECT, "corpus/c.txt", "not text");
	diag_add(w, DIAG_WARN, "corpus/a.md", "front matter date ignored");
}

static void
same_rec(const struct evrec *a, const struct evrec *b)
{
	cr_expect_eq(a->dated, b->dated);
	cr_expect_str_eq(a->when.v, b->when.v);
	cr_expect_eq(a->when.gran, b->when.gran);
	cr_expect_eq(a->when.mod, b->when.mod);
	cr_expect_eq(a->type, b->type);
	cr_expect_eq(a->nactors, b->nactors);
	for (size_t k = 0; k < a->nactors; k++)
		cr_expect_eq(nstrcmp(a->actors[k], b->actors[k]), 0);
	cr_expect_eq(a->kind, b->kind);
	cr_expect_eq(a->status, b->status);
	cr_expect(origin_is(&(struct origin){ a->src.doc, a->src.title,
	    a->src.url, a->src.lang, a->src.dct }, &b->src));
	cr_expect_eq(nstrcmp(a->src.sentence, b->src.sentence), 0);
	cr_expect_eq(nstrcmp(a->src.ttext, b->src.ttext), 0);
	cr_expect_eq(nstrcmp(a->src.headline, b->src.headline), 0);
	cr_expect_eq(a->src.sspan.beg, b->src.sspan.beg);
	cr_expect_eq(a->src.sspan.end, b->src.sspan.end);
	cr_expect_eq(a->src.has_tspan, b->src.has_tspan);
	cr_expect_eq(a->src.tspan.beg, b->src.tspan.beg);
	cr_expect_eq(a->src.tspan.end, b->src.tspan.end);
}

/* A malloc'd copy of the first N bytes of B, NUL after them. */
static char *
copy(const struct buf *b, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, b->p, n);
	p[n] = '\0';
	return p;
}

/* The header's length field set to N. */
static void
set_len(char *p, size_t n)
{
	uint32_t v = (uint32_t)n;

	memcpy(p + 8 + 3 * 4, &v, sizeof v);
}

Test(evbin, round_trip)
{
	struct evrecs r, got = {0};
	struct diag w, back = {0};
	struct buf b = {0};

	sample(&r, &w);
	evbin_write(&r, &w, &b);
	char *data = copy(&b, b.n);
	cr_assert_eq(evbin_read(data, b.n, &got, &back), 0);
	cr_assert_eq(got.n, 3);
	cr_expect_eq(got.hold, data);
	for (size_t i = 0; i < 3; i++)
		same_rec(&r.rec[i], &got.rec[i]);
	/* The second record's article fields are the first's, not copies. */
	cr_expect_eq(got.rec[1].src.doc, got.rec[0].src.doc);
	cr_expect_eq(got.rec[1].src.sentence, got.rec[0].src.sentence);
	/* Strings point into the bytes read. */
	cr_expect(got.rec[2].src.doc > data && got.rec[2].src.doc < data + b.n);
	cr_assert_eq(back.n, 2);
	cr_expect_str_eq(back.it[0].msg, w.it[0].msg);
	cr_expect_str_eq(back.it[1].msg, w.it[2].msg);
	cr_expect_eq(back.nreject, 0);
	evrecs_free(&got);
	evrecs_free(&r);
	diag_free(&w);
	diag_free(&back);
	buf_free(&b);
}

Test(evbin, empty_set)
{
	struct evrecs r = {0}, got = {0};
	struct diag back = {0};
	struct buf b = {0};

	evbin_write(&r, NULL, &b);
	char *data = copy(&b, b.n);
	cr_assert_eq(evbin_read(data, b.n, &got, &back), 0);
	cr_expect_eq(got.n, 0);
	cr_expect_eq(back.n, 0);
	evrecs_free(&got);
	buf_free(&b);
}

/* Cut anywhere, with or without the header told: refused, nothing kept. */
Test(evbin, torn_is_refused)
{
	struct evrecs r, got = {0};
	struct diag w, back = {0};
	struct buf b = {0};

	sample(&r, &w);
	evbin_write(&r, &w, &b);
	for (size_t n = 0; n < b.n; n++) {
		for (int told = 0; told < 2; told++) {
			char *data = copy(&b, n);
			if (told && n >= 24)
				set_len(data, n);
			cr_expect_eq(evbin_read(data, n, &got, &back), -1,
			    "cut at %zu of %zu (told %d)", n, b.n, told);
			cr_expect_eq(got.rec, NULL);
			cr_expect_eq(back.n, 0);
			free(data);
		}
	}
	evrecs_free(&r);
	diag_free(&w);
	buf_free(&b);
}

/* Another version, a field out of range, a repeat with nothing before it. */
Test(evbin, bad_fields_are_refused)
{
	struct evrecs r, got = {0};
	struct diag w, back = {0};
	struct buf b = {0}, one = {0};
	struct evrecs r1 = {0};

	sample(&r, &w);
	evbin_write(&r, &w, &b);
	char *data = copy(&b, b.n);
	data[8] = 2;	/* version */
	cr_expect_eq(evbin_read(data, b.n, &got, &back), -1);
	free(data);

	/* One record, no warning: its fixed fields right after the header. */
	r1.rec = &r.rec[0];
	r1.n = 1;
	evbin_write(&r1, NULL, &one);
	for (size_t k = 0; k < 8; k++) {
		data = copy(&one, one.n);
		data[24 + k] = (char)200;	/* dated .. has_tspan */
		cr_expect_eq(evbin_read(data, one.n, &got, &back), -1, "field %zu", k);
		free(data);
	}
	/* The value's length made SAME: the first record has no previous one. */
	data = copy(&one, one.n);
	memset(data + 24 + 8 + 16, 0xFE, 1);
	memset(data + 24 + 8 + 16 + 1, 0xFF, 3);
	cr_expect_eq(evbin_read(data, one.n, &got, &back), -1);
	free(data);
	/* A string without its NUL. */
	data = copy(&one, one.n);
	data[24 + 8 + 16 + 4 + strlen(r.rec[0].when.v)] = 'x';
	cr_expect_eq(evbin_read(data, one.n, &got, &back), -1);
	free(data);
	cr_expect_eq(back.n, 0);
	evrecs_free(&r);
	diag_free(&w);
	buf_free(&b);
	buf_free(&one);
}

/* Random damage (the header's length kept right): refused or read, never a
 * read out of bounds (make asan). */
Test(evbin, damage_never_crashes)
{
	struct evrecs r;
	struct diag w;
	struct buf b = {0};

	sample(&r, &w);
	evbin_write(&r, &w, &b);
	rng = 0x5eed;
	for (int i = 0; i < 3000; i++) {
		struct evrecs got = {0};
		struct diag back = {0};
		char *data = copy(&b, b.n);
		for (int k = 0, nk = 1 + (int)rnd(4); k < nk; k++)
			data[24 + rnd((uint32_t)(b.n - 24))] = (char)rnd(256);
		if (evbin_read(data, b.n, &got, &back) == 0) {
			cr_expect_leq(got.n, 3);
			evrecs_free(&got);
		} else
			free(data);
		diag_free(&back);
	}
	evrecs_free(&r);
	diag_free(&w);
	buf_free(&b);
}
