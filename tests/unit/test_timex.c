/*
 * test_timex.c - the temporal tagger against the cases in tests/timex/en.tsv and fr.tsv.
 *
 * Each line: sentence TAB dct TAB expected text TAB type TAB value [TAB mod].
 * DCT "-" means none.  Expected text "-" means the sentence holds no date
 * expression at all (a false-alarm case).  Failures name FILE:LINE.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "dateline.h"
#include "lang.h"
#include "normalize.h"
#include "segment.h"
#include "timex.h"
#include "tval.h"
#include "util.h"

struct txcase {
	char *file;
	int line;
	char *lang;
	char *sentence, *dct, *text, *type, *value, *mod;
};

static char *
cr_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = cr_malloc(n);
	memcpy(p, s, n);
	return p;
}

static void
free_cases(struct criterion_test_params *p)
{
	struct txcase *c = p->params;

	for (size_t i = 0; i < p->length; i++) {
		cr_free(c[i].file);
		cr_free(c[i].lang);
		cr_free(c[i].sentence);
		cr_free(c[i].dct);
		cr_free(c[i].text);
		cr_free(c[i].type);
		cr_free(c[i].value);
		cr_free(c[i].mod);
	}
	cr_free(c);
}

static size_t
load(const char *path, const char *lang, struct txcase **out, size_t n, size_t *cap)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	int lineno = 0;

	if (fp == NULL)
		return n;
	while ((len = getline(&line, &lcap, fp)) > 0) {
		char *f[6] = {0};
		int k = 0;
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		for (char *p = line, *tab; k < 6 && p; k++) {
			f[k] = p;
			tab = strchr(p, '\t');
			if (tab)
				*tab++ = '\0';
			p = tab;
		}
		if (k < 3)
			continue;
		if (n == *cap) {
			size_t nc = *cap ? *cap * 2 : 256;
			struct txcase *nx = cr_malloc(nc * sizeof *nx);
			if (n)
				memcpy(nx, *out, n * sizeof *nx);
			cr_free(*out);
			*out = nx;
			*cap = nc;
		}
		struct txcase *c = &(*out)[n++];
		c->file = cr_dup(path);
		c->line = lineno;
		c->lang = cr_dup(lang);
		c->sentence = cr_dup(f[0]);
		c->dct = cr_dup(f[1]);
		c->text = cr_dup(f[2]);
		c->type = cr_dup(f[3] ? f[3] : "");
		c->value = cr_dup(f[4] ? f[4] : "");
		c->mod = cr_dup(f[5] ? f[5] : "");
	}
	free(line);
	fclose(fp);
	return n;
}

ParameterizedTestParameters(timex, cases)
{
	struct txcase *c = NULL;
	size_t n = 0, cap = 0;

	n = load("timex/en.tsv", "en", &c, n, &cap);
	n = load("timex/fr.tsv", "fr", &c, n, &cap);
	return cr_make_param_array(struct txcase, c, n, free_cases);
}

/* The original text of timex T (code points into doc->text). */
static void
span_text(const struct doc *d, const struct timex *t, char *out, size_t cap)
{
	size_t i = 0, cp = 0, b = 0, e = 0;
	int len;

	while (i <= d->text_n) {
		if (cp == t->span.beg)
			b = i;
		if (cp == t->span.end) {
			e = i;
			break;
		}
		if (i == d->text_n)
			break;
		utf8_decode((const unsigned char *)d->text + i, d->text_n - i, &len);
		i += (size_t)len;
		cp++;
	}
	snprintf(out, cap, "%.*s", (int)(e > b ? e - b : 0), d->text + b);
}

ParameterizedTest(struct txcase *c, timex, cases)
{
	struct norm *nm = norm_new();
	struct seg *sg = seg_new();
	struct doc *d = doc_new("case.txt");
	const struct lang *l = lang_get(c->lang);
	char got[256];

	d->text = arena_strdup(d->a, c->sentence);
	d->text_n = strlen(c->sentence);
	if (strcmp(c->dct, "-") != 0) {
		cr_assert_eq(tval_parse(c->dct, &d->dct), 0, "%s:%d: bad DCT %s", c->file, c->line, c->dct);
		d->has_dct = true;
	}
	norm_run(nm, d);
	seg_run(sg, l, d);
	tx_run(l, d, 1000);
	if (strcmp(c->text, "-") == 0) {
		if (d->ntx > 0)
			span_text(d, &d->tx[0], got, sizeof got);
		cr_expect_eq(d->ntx, 0, "%s:%d: false alarm: found '%s' (%s) in: %s",
		    c->file, c->line, d->ntx ? got : "", d->ntx ? d->tx[0].val.v : "", c->sentence);
	} else {
		const struct timex *hit = NULL;
		for (size_t i = 0; i < d->ntx && !hit; i++) {
			span_text(d, &d->tx[i], got, sizeof got);
			if (strcmp(got, c->text) == 0)
				hit = &d->tx[i];
		}
		if (hit == NULL) {
			char all[1024] = "";
			for (size_t i = 0; i < d->ntx; i++) {
				span_text(d, &d->tx[i], got, sizeof got);
				snprintf(all + strlen(all), sizeof all - strlen(all), "[%s=%s] ", got, d->tx[i].val.v);
			}
			cr_expect_not_null(hit, "%s:%d: '%s' not found in: %s (found %s)",
			    c->file, c->line, c->text, c->sentence, all);
		} else {
			cr_expect_str_eq(tx_type_names[hit->type], c->type, "%s:%d: '%s' type",
			    c->file, c->line, c->text);
			cr_expect_str_eq(hit->val.v, c->value, "%s:%d: '%s' value", c->file,
			    c->line, c->text);
			cr_expect_str_eq(tx_mod_names[hit->val.mod], c->mod, "%s:%d: '%s' mod",
			    c->file, c->line, c->text);
		}
	}
	doc_free(d);
	seg_free(sg);
	norm_free(nm);
}
