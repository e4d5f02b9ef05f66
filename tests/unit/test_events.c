/* test_events.c - the gazetteer and deal events on hand-written sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <criterion/criterion.h>

#include "dateline.h"
#include "events.h"
#include "gazetteer.h"
#include "lang.h"
#include "normalize.h"
#include "segment.h"
#include "tval.h"
#include "util.h"

/* ------------------------------------------------------------ gazetteer */

/* "canon|canon|..." of the companies found in TEXT ("?name" when by context). */
static char *
found(const struct gazetteer *g, const char *lang, const char *text)
{
	struct gaz_match m[16];
	struct buf b = {0};
	size_t n = gaz_match(g, &ev_rules_get(lang)->gaz, text, strlen(text), m, 16);

	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(&b, '|');
		if (m[i].canon)
			buf_puts(&b, m[i].canon);
		else
			buf_printf(&b, "?%.*s", (int)(m[i].end - m[i].beg),
			    text + m[i].beg);
	}
	return b.p ? buf_detach(&b) : xstrdup("");
}

#define FOUND(lang, text, want) do {					\
	char *got_ = found(g, lang, text);				\
	cr_expect_str_eq(got_, want, "%s: got %s", text, got_);		\
	free(got_);							\
} while (0)

Test(gazetteer, aliases_to_canonical)
{
	struct gazetteer *g = gaz_default();

	FOUND("en", "Orange Business Services signs with Google Cloud Platform.",
	    "Orange Business|Google Cloud");
	FOUND("en", "OBS and Orange Business work with GCP and Google.",
	    "Orange Business|Orange Business|Google Cloud|Google Cloud");
	FOUND("fr", "Le groupe Orange et Capgemini créent Bleu.",
	    "Orange|Capgemini|Bleu");
	FOUND("en", "T-Systems, part of Deutsche Telekom (DT), and Telekom.",
	    "T-Systems|Deutsche Telekom|Deutsche Telekom|Deutsche Telekom");
	FOUND("en", "Microsoft Azure, Azure and Microsoft 365.",
	    "Microsoft|Microsoft|Microsoft");
	FOUND("en", "Amazon Web Services (AWS) and AT&T.", "AWS|AWS|AT&T");
	FOUND("en", "OVH, 3DS Outscale and Dassault Systèmes.",
	    "OVHcloud|Outscale|Dassault Systèmes");
	gaz_free(g);
}

Test(gazetteer, acronyms_are_case_sensitive)
{
	struct gazetteer *g = gaz_default();

	FOUND("en", "The obs and the bt of dt.", "");
	FOUND("en", "BT Group and BT and DT.", "BT|BT|Deutsche Telekom");
	FOUND("en", "an orange sky over free software", "");
	gaz_free(g);
}

Test(gazetteer, whole_words_accents_longest_first)
{
	struct gazetteer *g = gaz_default();

	FOUND("en", "Oranges, Freedom and Thalesian art.", "");
	FOUND("es", "Telefonica y Telefónica Tech.", "Telefónica|Telefónica");
	FOUND("fr", "Dassault Systemes et la Banque des Territoires.",
	    "Dassault Systèmes|Banque des Territoires");
	FOUND("en", "Orange Business Services India", "Orange Business");
	gaz_free(g);
}

Test(gazetteer, weak_alias_not_first_word)
{
	struct gazetteer *g = gaz_default();

	FOUND("fr", "Free lance une offre avec Iliad.", "Iliad");
	FOUND("fr", "Iliad et Free lancent une offre.", "Iliad|Free");
	gaz_free(g);
}

Test(gazetteer, unknown_companies_by_context)
{
	struct gazetteer *g = gaz_default();

	FOUND("en", "Orange invests in the French startup Zorglub Robotics.",
	    "Orange|?Zorglub Robotics");
	FOUND("en", "Quantix Systems Inc. selected Capgemini.",
	    "?Quantix Systems|Capgemini");
	FOUND("en", "It bought Kaltwerk GmbH last year.", "?Kaltwerk");
	FOUND("fr", "Orange rachète la société Nuagine, basée à Lyon.",
	    "Orange|?Nuagine");
	FOUND("fr", "La start-up française Cloudine Labs lève des fonds.",
	    "?Cloudine Labs");
	FOUND("fr", "Thales s'allie à l'éditeur Logicio SAS.", "Thales|?Logicio");
	FOUND("en", "The company said the operator would grow.", "");
	gaz_free(g);
}

/* src/companies.inc is data/companies.tsv: every alias of the file is known. */
Test(gazetteer, builtin_matches_data_file)
{
	struct gazetteer *g = gaz_default();
	char *text, *save = NULL;
	size_t n, lines = 0;
	const char *why;

	cr_assert_eq(read_file("../data/companies.tsv", 1 << 20, &text, &n, &why),
	    0, "run from tests/");
	for (char *line = strtok_r(text, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save)) {
		char *f[4] = {0}, *p = line, *bar;
		int k = 0;
		if (*line == '#')
			continue;
		for (f[k++] = p; (p = strchr(p, '\t')) != NULL && k < 4; f[k++] = ++p)
			*p = '\0';
		cr_assert_geq(k, 3, "%s", line);
		for (char *al = f[2]; al && strcmp(al, "-") != 0; al = bar) {
			char sentence[256];
			struct gaz_match m[4];
			if ((bar = strchr(al, '|')) != NULL)
				*bar++ = '\0';
			snprintf(sentence, sizeof sentence, "with %s today", al);
			cr_expect_eq(gaz_match(g, NULL, sentence, strlen(sentence), m, 4), 1,
			    "%s", sentence);
			cr_expect_str_eq(m[0].canon, f[0], "%s: regenerate src/companies.inc "
			    "(sh tools/gen_companies_inc.sh)", al);
		}
		lines++;
	}
	cr_expect_gt(lines, 40);
	free(text);
	gaz_free(g);
}

Test(gazetteer, parents)
{
	struct gazetteer *g = gaz_default();

	cr_expect_str_eq(gaz_parent(g, "Orange Business"), "Orange");
	cr_expect_str_eq(gaz_parent(g, "T-Systems"), "Deutsche Telekom");
	cr_expect_null(gaz_parent(g, "Orange"));
	cr_expect_null(gaz_parent(g, "No Such Company"));
	gaz_free(g);
}

Test(gazetteer, load_file_and_bad_lines)
{
	char path[] = "/tmp/dl_gaz_XXXXXX";
	int fd = mkstemp(path);
	const char *data = "# comment\nAcme\t-\tAcme Corp|ACM\t-\n"
	    "Acme Cloud\tAcme\t-\t-\n\ttoo\tmany\tfields\there\n";
	struct diag dg = {0};

	cr_assert(fd >= 0);
	cr_assert(write(fd, data, strlen(data)) == (ssize_t)strlen(data));
	close(fd);
	struct gazetteer *g = gaz_load(path, &dg);
	unlink(path);
	cr_assert_not_null(g);
	cr_expect_eq(dg.n, 1, "one warning for the bad line");
	FOUND("en", "Acme Cloud, ACM, acm and Acme Corp.", "Acme Cloud|Acme|Acme");
	cr_expect_str_eq(gaz_parent(g, "Acme Cloud"), "Acme");
	gaz_free(g);
	diag_free(&dg);

	cr_expect_null(gaz_load("/nonexistent/companies.tsv", &dg));
	cr_expect_eq(dg.nreject, 1);
	diag_free(&dg);
}

Test(gazetteer, hostile_input)
{
	struct gazetteer *g = gaz_default();
	struct gaz_match m[4];
	struct buf b = {0};
	const struct gaz_lang *l = &ev_rules_get("fr")->gaz;

	for (int i = 0; i < 2000; i++)
		buf_puts(&b, i % 3 ? "la société Zz Inc SA " : "\xff\xc3 Orange, (OBS) ");
	cr_expect_eq(gaz_match(g, l, b.p, b.n, m, 4), 4, "bounded by MAX");
	cr_expect_eq(gaz_match(g, l, "", 0, m, 4), 0);
	cr_expect_eq(gaz_match(g, l, "Inc", 3, m, 4), 0);
	cr_expect_eq(gaz_match(NULL, NULL, "Orange", 6, m, 4), 0);
	buf_reset(&b);
	gaz_fold("\xff\xfe", 2, &b);
	cr_expect_str_eq(b.p, " ", "ill-formed bytes separate words");
	buf_free(&b);
	gaz_free(g);
}

/*
 * Every phrase at a word, lowest id first and once each, whatever the order
 * the phrases were added in: what gaz_phrases_at() gives, from id to id.
 */
Test(gazetteer, phrases_all_at_a_word)
{
	static const struct { const char *form; uint32_t id; } add[] = {
		{ "joint venture*", 7 }, { "joint", 5 }, { "joint*", 9 },
		{ "joint venture", 2 }, { "Joint", 5 }, { "jointly", 1 },
		{ "joint company", 0 }
	};
	struct gaz_phrases *ps = gaz_phrases_new();
	struct gaz_words ws = {0};
	struct gaz_view v;
	uint32_t *ids = NULL;
	size_t cap = 0, n, k = 0;
	const char *text = "a joint venture";

	for (size_t i = 0; i < sizeof add / sizeof add[0]; i++)
		cr_assert(gaz_phrases_add(ps, add[i].form, add[i].id));
	gaz_split(text, strlen(text), &ws);
	v.w = ws.w;
	v.n = ws.n;
	v.fold = ws.f.p;
	n = gaz_phrases_all_at(ps, &v, 1, &ids, &cap);
	cr_expect_eq(n, 4);
	for (long id = gaz_phrases_at(ps, &v, 1, 0); id >= 0;
	    id = gaz_phrases_at(ps, &v, 1, (uint32_t)id + 1), k++)
		cr_expect(k < n && ids[k] == (uint32_t)id, "id %ld", id);
	cr_expect_eq(k, n);
	cr_expect_eq(ids[0], 2);
	cr_expect_eq(ids[3], 9);
	cr_expect_eq(gaz_phrases_word(ps, &v, 1), 5);
	cr_expect_eq(gaz_phrases_all_at(ps, &v, 0, &ids, &cap), 0);
	cr_expect_eq(gaz_phrases_all_at(ps, &v, 3, &ids, &cap), 0);
	free(ids);
	gaz_words_free(&ws);
	gaz_phrases_free(ps);
}

Test(gazetteer, fold)
{
	struct buf b = {0};

	gaz_fold("L'Opérateur, SFR d'ici ŒUVRE", 30, &b);
	cr_expect_str_eq(b.p, " l operateur sfr d ici oeuvre ");
	buf_free(&b);
}

/* ------------------------------------------------------------ events */

struct fixture {
	struct gazetteer *g;
	struct norm *n;
	struct seg *s;
	struct doc *d;
};

/* A document of TEXT in LANG, normalized and split into sentences. */
static struct doc *
make_doc(struct fixture *f, const char *lang, const char *dct,
    const char *text)
{
	struct doc *d = doc_new("t.txt");

	d->text = arena_strdup(d->a, text);
	d->text_n = strlen(text);
	memcpy(d->lang, lang, 2);
	if (dct) {
		d->has_dct = true;
		snprintf(d->dct.v, sizeof d->dct.v, "%s", dct);
		d->dct.gran = GRAN_DAY;
	}
	cr_assert_eq(norm_run(f->n, d), 0);
	cr_assert_eq(seg_run(f->s, lang_get(lang), d), 0);
	d->tx = arena_alloc(d->a, 16 * sizeof *d->tx);
	f->d = d;
	return d;
}

/* Add a DATE timex over the first occurrence of WORDS (tests keep order). */
static void
add_tx(struct doc *d, const char *words, const char *value, int gran)
{
	const char *p = strstr(d->norm, words);
	struct timex *t = &d->tx[d->ntx++];

	cr_assert_not_null(p, "%s", words);
	t->beg = (uint32_t)(p - d->norm);
	t->end = t->beg + (uint32_t)strlen(words);
	t->span = doc_span(d, t->beg, t->end);
	t->type = TX_DATE;
	snprintf(t->val.v, sizeof t->val.v, "%s", value);
	t->val.gran = (uint8_t)gran;
	for (uint32_t i = 0; i < d->nsents; i++)
		if (t->beg >= d->sents[i].beg && t->beg < d->sents[i].end)
			t->sent = i;
}

static size_t
run(struct fixture *f)
{
	return ev_run(f->g, lang_get(f->d->lang), f->d);
}

static struct fixture fx;

static void
setup(void)
{
	fx.g = gaz_default();
	fx.n = norm_new();
	fx.s = seg_new();
	fx.d = NULL;
}

static void
teardown(void)
{
	doc_free(fx.d);
	seg_free(fx.s);
	norm_free(fx.n);
	gaz_free(fx.g);
}

static void
expect_actors(const struct event *e, const char *want)
{
	struct buf b = {0};

	for (size_t i = 0; i < e->nactors; i++) {
		if (i)
			buf_putc(&b, '|');
		buf_puts(&b, e->actors[i]);
	}
	cr_expect_str_eq(b.p ? b.p : "", want);
	buf_free(&b);
}

TestSuite(events, .init = setup, .fini = teardown);

Test(events, en_done_partnership_dated_by_timex)
{
	struct doc *d = make_doc(&fx, "en", "2021-06-10",
	    "Orange signed a partnership with Google Cloud in March 2021.\n");

	add_tx(d, "March 2021", "2021-03", GRAN_MONTH);
	cr_assert_eq(run(&fx), 1);
	const struct event *e = &d->ev[0];
	expect_actors(e, "Orange|Google Cloud");
	cr_expect_eq(e->kind, DEAL_PARTNERSHIP);
	cr_expect_eq(e->status, ST_DONE);
	cr_expect(e->dated);
	cr_expect_eq(e->timex, 0);
	cr_expect_str_eq(e->when.v, "2021-03");
	cr_expect_str_eq(e->headline, "Orange partners with Google Cloud");
}

Test(events, en_planned_vs_done)
{
	struct doc *d = make_doc(&fx, "en", "2023-01-15",
	    "Scaleway opened a new data centre in Paris in 2022.\n"
	    "OVHcloud will open a data centre in Mumbai in 2024.\n"
	    "Thales is expected to complete its acquisition of Imperva in the third quarter.\n");

	add_tx(d, "2022", "2022", GRAN_YEAR);
	add_tx(d, "2024", "2024", GRAN_YEAR);
	add_tx(d, "the third quarter", "2023-Q3", GRAN_QUARTER);
	cr_assert_eq(run(&fx), 3);
	cr_expect_eq(d->ev[0].kind, DEAL_DATACENTER);
	cr_expect_eq(d->ev[0].status, ST_DONE);
	cr_expect_eq(d->ev[1].kind, DEAL_DATACENTER);
	cr_expect_eq(d->ev[1].status, ST_PLANNED);
	cr_expect_str_eq(d->ev[1].headline, "OVHcloud to open a data centre");
	cr_expect_eq(d->ev[2].kind, DEAL_ACQUISITION);
	cr_expect_eq(d->ev[2].status, ST_PLANNED);
	expect_actors(&d->ev[2], "Thales");
}

Test(events, fr_joint_venture_announced_and_planned)
{
	struct doc *d = make_doc(&fx, "fr", "2021-05-27",
	    "Orange et Capgemini ont annoncé ce jour la création de Bleu, une coentreprise.\n"
	    "Bleu devrait obtenir la qualification SecNumCloud d'ici fin 2024.\n");

	add_tx(d, "fin 2024", "2024", GRAN_YEAR);
	cr_assert_eq(run(&fx), 2);
	cr_expect_eq(d->ev[0].kind, DEAL_JV);
	cr_expect_eq(d->ev[0].status, ST_ANNOUNCED);
	expect_actors(&d->ev[0], "Orange|Capgemini|Bleu");
	cr_expect(d->ev[0].dated, "main announcement: dated by the DCT");
	cr_expect_eq(d->ev[0].timex, -1);
	cr_expect_str_eq(d->ev[0].when.v, "2021-05-27");
	cr_expect_str_eq(d->ev[0].headline,
	    "Orange et Capgemini créent la coentreprise Bleu");
	cr_expect_eq(d->ev[1].kind, DEAL_CERTIFICATION);
	cr_expect_eq(d->ev[1].status, ST_PLANNED);
	cr_expect_str_eq(d->ev[1].headline, "Bleu vise la qualification SecNumCloud");
}

Test(events, undated_unless_main_announcement)
{
	struct doc *d = make_doc(&fx, "en", NULL,
	    "Nokia today announced a contract with Vodafone.\n"
	    "Ericsson signed a contract with Telia.\n");

	cr_assert_eq(run(&fx), 2);
	cr_expect_not(d->ev[0].dated, "no DCT: undated, not guessed");
	cr_expect_eq(d->ev[0].status, ST_ANNOUNCED);
	cr_expect_not(d->ev[1].dated);
	doc_free(d);

	d = make_doc(&fx, "en", "2022-02-01",
	    "Nokia today announced a contract with Vodafone.\n"
	    "Ericsson signed a contract with Telia.\n");
	cr_assert_eq(run(&fx), 2);
	cr_expect(d->ev[0].dated);
	cr_expect_str_eq(d->ev[0].when.v, "2022-02-01");
	cr_expect_not(d->ev[1].dated, "neither main nor first: undated");
}

Test(events, boilerplate_is_not_events)
{
	struct doc *d = make_doc(&fx, "en", "2022-02-01",
	    "Cisco launches a new service with Orange.\n\n"
	    "About Orange\n\n"
	    "Orange signed partnerships with Microsoft and Google Cloud in 2020.\n\n"
	    "About Cisco\n\n"
	    "Cisco acquired many companies since 1984.\n");

	cr_assert_eq(run(&fx), 1);
	cr_expect_eq(d->ev[0].kind, DEAL_LAUNCH);
	size_t nb = 0;
	for (size_t i = 0; i < d->nsents; i++)
		nb += d->sents[i].boiler;
	cr_expect_eq(nb, 4, "both About sections are boilerplate");
}

Test(events, fr_boilerplate_contacts_and_banners)
{
	struct doc *d = make_doc(&fx, "fr", "2022-02-01",
	    "Atos s'associe à Thales.\n\n"
	    "Abonnez-vous à notre newsletter pour suivre les partenariats de Thales.\n\n"
	    "Contacts presse\n"
	    "Marie Dupont\n"
	    "marie.dupont@atos.net\n"
	    "Atos signe un contrat avec SAP.\n");

	cr_assert_eq(run(&fx), 1);
	cr_expect_eq(d->ev[0].kind, DEAL_PARTNERSHIP);
	cr_expect_str_eq(d->ev[0].headline, "Atos s'associe à Thales");
}

Test(events, revenue_is_not_a_deal)
{
	make_doc(&fx, "en", "2022-02-01",
	    "Orange reported revenue of 43 billion euros in 2021, driven by its partnership with Google Cloud.\n"
	    "Le chiffre d'affaires de Capgemini a atteint 18 milliards d'euros grâce au contrat avec SAP.\n");

	cr_expect_eq(run(&fx), 0);
}

Test(events, no_company_or_no_cue)
{
	struct doc *d = make_doc(&fx, "en", "2022-02-01",
	    "The partnership was signed in 2021.\n"
	    "Orange is a telecommunications operator.\n");

	(void)d;
	cr_expect_eq(run(&fx), 0);
}

Test(events, anaphora_and_cancelled)
{
	struct doc *d = make_doc(&fx, "en", "2022-02-01",
	    "Vodafone today announced a partnership with Microsoft.\n"
	    "The company also called off the acquisition of a hosting provider.\n");

	cr_assert_eq(run(&fx), 2);
	expect_actors(&d->ev[1], "Vodafone");
	cr_expect_eq(d->ev[1].kind, DEAL_ACQUISITION);
	cr_expect_eq(d->ev[1].status, ST_CANCELLED);
	cr_expect_str_eq(d->ev[1].headline, "Called off: Vodafone plans an acquisition");
}

Test(events, finest_anchored_date_wins)
{
	struct doc *d = make_doc(&fx, "en", "2022-02-01",
	    "In 2021, on 3 May 2021, SAP signed a contract with Delos Cloud.\n");

	add_tx(d, "2021", "2021", GRAN_YEAR);
	add_tx(d, "3 May 2021", "2021-05-03", GRAN_DAY);
	cr_assert_eq(run(&fx), 1);
	cr_expect_eq(d->ev[0].timex, 1);
	cr_expect_str_eq(d->ev[0].when.v, "2021-05-03");
}

Test(events, apposition_companies_are_not_actors)
{
	struct doc *d = make_doc(&fx, "en", "2024-03-12",
	    "Bleu, the joint venture of Orange and Capgemini, has obtained the SecNumCloud qualification.\n"
	    "Orange, Capgemini and Microsoft signed a partnership.\n");

	cr_assert_eq(run(&fx), 2);
	expect_actors(&d->ev[0], "Bleu");
	cr_expect_eq(d->ev[0].kind, DEAL_CERTIFICATION);
	cr_expect_eq(d->ev[0].status, ST_DONE);
	cr_expect_str_eq(d->ev[0].headline, "Bleu obtains SecNumCloud qualification");
	expect_actors(&d->ev[1], "Orange|Capgemini|Microsoft");
	cr_expect_str_eq(d->ev[1].headline, "Orange partners with Capgemini and Microsoft");
}

Test(events, rules_registry)
{
	cr_expect_str_eq(ev_rules_get("fr")->code, "fr");
	cr_expect_str_eq(ev_rules_get("en")->code, "en");
	cr_expect_str_eq(ev_rules_get("de")->code, "en");
	cr_expect_str_eq(ev_rules_get(NULL)->code, "en");
}
