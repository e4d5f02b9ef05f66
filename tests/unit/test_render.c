/*
 * test_render.c - every backend over a small timeline built by hand, with a
 * hostile entry whose every string tries to escape its context.
 */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include <cmark.h>
#include <jansson.h>
#include <libxml/parser.h>

#include "evjson.h"
#include "render.h"
#include "timeline.h"
#include "tval.h"
#include "util.h"

extern const struct backend backend_html, backend_email, backend_md,
    backend_json, backend_jsonl, backend_csv, backend_atom, backend_ics;

/* Free what a backend made in OS. */
static void
outset_clear(struct outset *os)
{
	for (size_t i = 0; i < os->n; i++) {
		free(os->f[i].name);
		buf_free(&os->f[i].b);
	}
	free(os->f);
	memset(os, 0, sizeof *os);
}

#define HOSTILE "<script>alert(1)</script> & \"q\" 'a' \u202Eevil\u202C {{< sc >}} {% tag %}"

static struct evrec
rec(struct arena *a, int kind, const char *actors, const char *value, int mod,
    const char *lang, const char *doc)
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
		cr_assert_eq(tval_parse(value, &r.when), 0, "%s", value);
		r.when.mod = (uint8_t)mod;
	}
	r.type = TX_DATE;
	r.src.doc = doc;
	r.src.lang = lang;
	r.src.url = "https://example.com/news?a=1&b=2";
	r.src.title = arena_printf(a, "Title of %s", doc);
	r.src.sentence = arena_printf(a, "%s said it in %s.", actors, value ? value : "no date");
	r.src.headline = arena_printf(a, "%s headline of %s", lang, doc);
	return r;
}

static struct timeline *
sample(struct arena *a)
{
	struct timeline *tl = tl_new();
	struct evrec r;

	r = rec(a, DEAL_JV, "Orange|Capgemini", "2021-05-01", MOD_NONE, "fr", "bleu-fr.txt");
	r.src.sentence = "Orange et Capgemini ont annoncé le 1er mai 2021 la création de Bleu.";
	r.src.has_tspan = true;
	r.src.tspan = (struct span){ 35, 47 };	/* "1er mai 2021" */
	tl_add(tl, &r);
	r = rec(a, DEAL_CONTRACT, "Orange|Microsoft", "2022-Q4", MOD_NONE, "en", "q4.txt");
	tl_add(tl, &r);
	r = rec(a, DEAL_PARTNERSHIP, "Telefonica|Google Cloud", "2021-FA", MOD_NONE, "en", "fa.txt");
	r.status = ST_PLANNED;
	tl_add(tl, &r);
	r = rec(a, DEAL_LAUNCH, "Vodafone|AWS", "2024-H1", MOD_NONE, "en", "h1.txt");
	tl_add(tl, &r);
	r = rec(a, DEAL_DATACENTER, "Iliad", "2025", MOD_START, "fr", "debut.txt");
	tl_add(tl, &r);
	r = rec(a, DEAL_INVESTMENT, "Deutsche Telekom", "201X", MOD_NONE, "en", "decade.txt");
	tl_add(tl, &r);
	r = rec(a, DEAL_ACQUISITION, "Société Générale|Orange", NULL, MOD_NONE, "fr", "undated.txt");
	tl_add(tl, &r);
	/* The hostile one: every string. */
	r = rec(a, DEAL_PARTNERSHIP, "Evil <b>Corp</b>|=cmd|Orange", "2023-03-15", MOD_NONE,
	    "en", "../../hostile<script>.txt");
	r.src.title = HOSTILE;
	r.src.url = "javascript:alert(1)";
	r.src.sentence = "=HYPERLINK(1) " HOSTILE " on 15 March 2023.";
	r.src.headline = "=SUM(A1) " HOSTILE;
	tl_add(tl, &r);
	tl_finish(tl);
	return tl;
}

struct run {
	struct arena *a;
	struct timeline *tl;
	struct outset os;
	struct diag dg;
	struct rctx r;
};

static const char *
run(struct run *x, const struct backend *be, const char *locale, const char *file)
{
	x->a = arena_new();
	x->tl = sample(x->a);
	x->r = (struct rctx){ .locale = locale, .templates = "../templates",
	    .front_matter = FM_NONE };
	cr_assert_eq(be->render(x->tl, &x->r, &x->os, &x->dg), 0, "%s: %s",
	    be->name, x->dg.n ? x->dg.it[0].msg : "");
	for (size_t i = 0; i < x->os.n; i++)
		if (strcmp(x->os.f[i].name, file) == 0)
			return x->os.f[i].b.p ? x->os.f[i].b.p : "";
	cr_assert_fail("%s wrote no %s", be->name, file);
	return NULL;
}

static void
done(struct run *x)
{
	outset_clear(&x->os);
	diag_free(&x->dg);
	tl_free(x->tl);
	arena_free(x->a);
}

/* The hostile strings never appear raw. */
static void
no_raw_hostile(const char *s, const char *what)
{
	cr_expect_null(strstr(s, "<script>alert"), "%s: raw <script>", what);
	cr_expect_null(strstr(s, "javascript:"), "%s: javascript: link", what);
	cr_expect_null(strstr(s, "\u202E"), "%s: bidi override", what);
	cr_expect_null(strstr(s, "<b>Corp"), "%s: raw <b>", what);
}

Test(render, html_page)
{
	struct run x = {0};
	const char *s = run(&x, &backend_html, "en", "index.html");

	cr_expect_eq(strncmp(s, "<!DOCTYPE html>", 15), 0);
	no_raw_hostile(s, "index.html");
	cr_expect_not_null(strstr(s, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	cr_expect_not_null(strstr(s, "<html lang=\"en\""));
	cr_expect_not_null(strstr(s, "datetime=\"2022\" data-timex=\"2022-Q4\""));
	cr_expect_not_null(strstr(s, "datetime=\"2021-05-01\""));
	cr_expect_not_null(strstr(s, "data-timex=\"201X\""));
	cr_expect_null(strstr(s, "datetime=\"201"), "no datetime for a decade");
	cr_expect_not_null(strstr(s, "<blockquote class=\"p-summary\" lang=\"fr\""));
	cr_expect_not_null(strstr(s, "<mark>1er mai 2021</mark>"));
	cr_expect_not_null(strstr(s, "planned, not yet done"));
	cr_expect_not_null(strstr(s, "class=\"entry h-event"));
	cr_expect_not_null(strstr(s, "application/ld+json"));
	cr_expect_not_null(strstr(s, ">Undated</h2>"));
	/* Company pages, ASCII slugs. */
	bool co = false;
	for (size_t i = 0; i < x.os.n; i++)
		if (strcmp(x.os.f[i].name, "companies/societe-generale.html") == 0)
			co = true;
		else if (strncmp(x.os.f[i].name, "companies/", 10) == 0) {
			for (const char *p = x.os.f[i].name + 10; *p; p++)
				cr_expect(strchr("abcdefghijklmnopqrstuvwxyz0123456789-.", *p),
				    "%s", x.os.f[i].name);
			no_raw_hostile(x.os.f[i].b.p, x.os.f[i].name);
		}
	cr_expect(co);
	/* The JSON-LD parses and holds no "</". */
	const char *j = strstr(s, "application/ld+json\">");
	cr_assert_not_null(j);
	j += strlen("application/ld+json\">");
	const char *end = strstr(j, "</script>");
	cr_assert_not_null(end);
	json_error_t err;
	json_t *ld = json_loadb(j, (size_t)(end - j), 0, &err);
	cr_assert_not_null(ld, "JSON-LD: %s", err.text);
	json_t *g = json_object_get(ld, "@graph");
	cr_expect_gt(json_array_size(g), 5);
	json_decref(ld);
	done(&x);
}

Test(render, html_french)
{
	struct run x = {0};
	const char *s = run(&x, &backend_html, "fr", "index.html");

	cr_expect_not_null(strstr(s, "<html lang=\"fr\""));
	cr_expect_not_null(strstr(s, ">1er mai 2021</time>"));
	cr_expect_not_null(strstr(s, ">automne 2021</time>"));
	cr_expect_not_null(strstr(s, ">premier semestre 2024</time>"));
	cr_expect_not_null(strstr(s, ">début 2025</time>"));
	cr_expect_not_null(strstr(s, "lang=\"en\""), "English quotes marked");
	done(&x);
}

Test(render, missing_template_is_named)
{
	struct arena *a = arena_new();
	struct timeline *tl = sample(a);
	struct rctx r = { .locale = "en", .templates = "no-such-folder",
	    .front_matter = FM_NONE };
	struct outset os = {0};
	struct diag dg = {0};

	cr_expect_eq(backend_html.render(tl, &r, &os, &dg), -1);
	cr_assert_gt(dg.n, 0);
	cr_expect_not_null(strstr(dg.it[0].msg, "no-such-folder/strings/en.tsv"), "%s",
	    dg.it[0].msg);
	outset_clear(&os);
	diag_free(&dg);
	tl_free(tl);
	arena_free(a);
}

/* Render the page with TEMPLATES/page.html = PAGE; the first diagnostic. */
static char *
page_error(const char *page)
{
	char tmpl[] = "/tmp/dl-templates-XXXXXX";
	const char *dir = mkdtemp(tmpl);
	struct arena *a = arena_new();
	struct timeline *tl = sample(a);
	struct outset os = {0};
	struct diag dg = {0};
	char *data, *msg;
	size_t n;
	const char *why;

	cr_assert_not_null(dir);
	cr_assert_eq(mkdirs(arena_printf(a, "%s/strings", dir)), 0);
	cr_assert_eq(read_file("../templates/strings/en.tsv", 1 << 20, &data, &n, &why), 0);
	cr_assert_eq(write_file_atomic(arena_printf(a, "%s/strings/en.tsv", dir), data, n), 0);
	free(data);
	cr_assert_eq(write_file_atomic(arena_printf(a, "%s/style.css", dir), "", 0), 0);
	cr_assert_eq(write_file_atomic(arena_printf(a, "%s/page.html", dir), page,
	    strlen(page)), 0);
	struct rctx r = { .locale = "en", .templates = dir,
	    .front_matter = FM_NONE };
	cr_expect_eq(backend_html.render(tl, &r, &os, &dg), -1, "%s", page);
	msg = xstrdup(dg.n ? dg.it[0].msg : "");
	outset_clear(&os);
	remove(arena_printf(a, "%s/strings/en.tsv", dir));
	remove(arena_printf(a, "%s/strings", dir));
	remove(arena_printf(a, "%s/style.css", dir));
	remove(arena_printf(a, "%s/page.html", dir));
	remove(dir);
	diag_free(&dg);
	tl_free(tl);
	arena_free(a);
	return msg;
}

Test(render, broken_template_is_named)
{
	char *m;

	m = page_error("<!DOCTYPE html><html><body><main></main></body></html>");
	cr_expect_not_null(strstr(m, "/page.html: no <!--dateline:entries--> placeholder"), "%s", m);
	free(m);
	m = page_error("<html><body><!--dateline:entries--><!--dateline:nosuch--></body></html>");
	cr_expect_not_null(strstr(m, "unknown placeholder <!--dateline:nosuch-->"), "%s", m);
	free(m);
	m = page_error("just text, no markup at all");
	cr_expect_not_null(strstr(m, "/page.html: not an HTML page"), "%s", m);
	free(m);
}

Test(render, markdown)
{
	struct run x = {0};
	const char *s = run(&x, &backend_md, "en", "timeline.md");

	cr_expect_null(strstr(s, "{{"));
	cr_expect_null(strstr(s, "{%"));
	char *html = cmark_markdown_to_html(s, strlen(s), CMARK_OPT_DEFAULT);
	no_raw_hostile(html, "markdown as HTML");
	cr_expect_not_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	cr_expect_not_null(strstr(html, "{{&lt; sc &gt;}} {% tag %}"),
	    "braces render as themselves");
	cr_expect_not_null(strstr(html, "<h2>2022</h2>"));
	free(html);
	done(&x);
}

Test(render, markdown_front_matter)
{
	struct run x = {0};

	x.a = arena_new();
	x.tl = sample(x.a);
	x.r = (struct rctx){ .locale = "fr", .templates = "../templates",
	    .front_matter = FM_HUGO, .title = "Titre {{< x >}}" };
	cr_assert_eq(backend_md.render(x.tl, &x.r, &x.os, &x.dg), 0);
	const char *s = x.os.f[0].b.p;
	cr_expect_eq(strncmp(s, "---\ntitle: \"Titre \\u007b\\u007b\\u003c x", 38), 0, "%s", s);
	cr_expect_not_null(strstr(s, "draft: false\n---\n"));
	cr_expect_null(strstr(s, "{{"));
	done(&x);
}

Test(render, timelinejs)
{
	struct run x = {0};
	const char *s = run(&x, &backend_json, "en", "timeline.json");
	json_error_t err;
	json_t *root = json_loads(s, 0, &err), *ev;
	size_t i;
	bool q4 = false;

	cr_assert_not_null(root, "%s", err.text);
	no_raw_hostile(s, "timeline.json");
	json_array_foreach(json_object_get(root, "events"), i, ev) {
		json_t *d = json_object_get(ev, "start_date");
		cr_expect_not_null(json_object_get(ev, "unique_id"));
		cr_expect_not_null(json_object_get(json_object_get(ev, "text"), "headline"));
		if (strcmp(json_string_value(json_object_get(d, "display_date")), "Q4 2022") == 0) {
			q4 = true;
			cr_expect_str_eq(json_string_value(json_object_get(d, "year")), "2022");
			cr_expect_null(json_object_get(d, "month"), "no month for a quarter");
		}
	}
	cr_expect(q4);
	cr_expect_eq(json_array_size(json_object_get(root, "events")), 7, "undated left out");
	json_decref(root);
	done(&x);
}

Test(render, csv)
{
	struct run x = {0};
	const char *s = run(&x, &backend_csv, "en", "timeline.csv");
	size_t lines = 0;

	for (const char *p = s; (p = strchr(p, '\n')) != NULL; p++) {
		cr_expect_eq(p[-1], '\r', "CRLF");
		lines++;
	}
	cr_expect_eq(lines, 9, "header and 8 entries");
	cr_expect_not_null(strstr(s, "\"'=SUM(A1) "), "formula neutralised");
	cr_expect_not_null(strstr(s, "\"\"q\"\""), "quotes doubled");
	cr_expect_not_null(strstr(s, "\"2022-10-01\",\"2023-01-01\""));
	cr_expect_null(strstr(s, "javascript:"));
	done(&x);
}

Test(render, icalendar)
{
	struct run x = {0};
	const char *s = run(&x, &backend_ics, "en", "timeline.ics");

	cr_expect_eq(strncmp(s, "BEGIN:VCALENDAR\r\n", 17), 0);
	for (const char *p = s, *nl; *p; p = nl + 2) {
		nl = strstr(p, "\r\n");
		cr_assert_not_null(nl, "CRLF at the end of every line");
		cr_expect_leq(nl - p, 75, "folded at 75 octets");
		cr_expect_null(memchr(p, '\n', (size_t)(nl - p)), "no bare LF");
	}
	cr_expect_not_null(strstr(s, "DTSTART;VALUE=DATE:20221001\r\nDTEND;VALUE=DATE:20230101\r\n"));
	cr_expect_not_null(strstr(s, "DTSTART;VALUE=DATE:20210901\r\nDTEND;VALUE=DATE:20211201\r\n"));
	cr_expect_not_null(strstr(s, "@dateline\r\n"));
	cr_expect_not_null(strstr(s, "STATUS:TENTATIVE"));
	cr_expect_null(strstr(s, "javascript:"));
	done(&x);
}

Test(render, atom)
{
	struct run x = {0};
	const char *s = run(&x, &backend_atom, "en", "feed.xml");
	xmlDocPtr doc = xmlReadMemory(s, (int)strlen(s), "feed.xml", NULL, XML_PARSE_NONET);

	cr_assert_not_null(doc, "well-formed XML");
	xmlFreeDoc(doc);
	no_raw_hostile(s, "feed.xml");
	/* Newest first: the 2025 entry before the 2021 one. */
	const char *a = strstr(s, "urn:dateline:entry:"), *y25 = strstr(s, "early 2025"),
	    *y21 = strstr(s, "1 May 2021");
	cr_assert(a && y25 && y21);
	cr_expect_lt(y25, y21);
	done(&x);
}

Test(render, email)
{
	struct run x = {0};
	const char *s = run(&x, &backend_email, "en", "email.html");
	const char *t = NULL;

	no_raw_hostile(s, "email.html");
	cr_expect_lt(strlen(s), 100000);
	cr_expect_not_null(strstr(s, "<table role=\"presentation\""));
	cr_expect_null(strstr(s, "<style"));
	cr_expect_null(strstr(s, "<link"));
	cr_expect_null(strstr(s, "<script"));
	cr_expect_null(strstr(s, "href=\"/"));
	cr_expect_null(strstr(s, "href=\"#"));
	for (size_t i = 0; i < x.os.n; i++)
		if (strcmp(x.os.f[i].name, "email.txt") == 0)
			t = x.os.f[i].b.p;
	cr_assert_not_null(t);
	for (const char *p = t, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		cr_assert_not_null(nl);
		cr_expect_leq(utf8_count(p, (size_t)(nl - p)), 78);
	}
	cr_expect_null(strstr(t, "\u202E"));
	/* Same entries, same order. */
	const char *h1 = strstr(s, "Q4 2022"), *h2 = strstr(s, "early 2025");
	const char *t1 = strstr(t, "Q4 2022"), *t2 = strstr(t, "early 2025");
	cr_assert(h1 && h2 && t1 && t2);
	cr_expect_lt(h1, h2);
	cr_expect_lt(t1, t2);
	done(&x);
}

Test(render, jsonl_round_trip)
{
	struct run x = {0};
	const char *s = run(&x, &backend_jsonl, "en", "events.jsonl");
	size_t n = 0;

	for (const char *p = s, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		cr_assert_not_null(nl);
		json_error_t err;
		json_t *j = json_loadb(p, (size_t)(nl - p), 0, &err);
		cr_expect_not_null(j, "%s", err.text);
		json_decref(j);
		n++;
	}
	cr_expect_eq(n, x.tl->n);
	done(&x);
}

/*
 * Golden cases: render/NAME.in.jsonl (a merged timeline, as out/events.jsonl)
 * rendered in each locale whose folder render/NAME.LOCALE/ exists, every
 * file compared with the one there.  BLESS=1 rewrites the folders (en and fr)
 * for review in git diff.
 */
static void
golden(const char *in, const char *locale, bool bless)
{
	char *data, *dir;
	size_t n;
	const char *why;
	struct timeline *tl = tl_new();
	struct rctx r = { .locale = locale, .templates = "../templates",
	    .front_matter = FM_NONE, .site_url = "https://example.org/deals/" };
	struct diag dg = {0};
	struct stat st;

	dir = xstrdup(in);
	strcpy(strstr(dir, ".in.jsonl"), "");
	char *d = arena_printf(tl->a, "%s.%s", dir, locale);
	free(dir);
	if (!bless && stat(d, &st) != 0)
		goto out;
	cr_assert_eq(read_file(in, 1u << 24, &data, &n, &why), 0, "%s: %s", in, why);
	for (char *p = data, *nl; p < data + n; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = data + n;
		if (nl > p)
			cr_assert_eq(evjson_parse_entry(p, (size_t)(nl - p), tl, &why), 0,
			    "%s: %s", in, why);
	}
	free(data);
	if (bless) {
		cr_assert_eq(mkdirs(d), 0);
		cr_assert_eq(render_all(tl, &r, d, NULL, &dg), 0, "%s",
		    dg.n ? dg.it[0].msg : "");
		goto out;
	}
	for (size_t i = 0; i < 8; i++) {
		const struct backend *const all[] = { &backend_html, &backend_email,
		    &backend_md, &backend_json, &backend_jsonl, &backend_csv,
		    &backend_atom, &backend_ics };
		struct outset os = {0};
		cr_assert_eq(all[i]->render(tl, &r, &os, &dg), 0);
		for (size_t k = 0; k < os.n; k++) {
			char *want, *path = arena_printf(tl->a, "%s/%s", d, os.f[k].name);
			size_t wn;
			cr_assert_eq(read_file(path, 1u << 24, &want, &wn, &why), 0,
			    "%s: %s (BLESS=1 make unit writes it)", path, why);
			cr_expect(wn == os.f[k].b.n && memcmp(want, os.f[k].b.p, wn) == 0,
			    "%s differs (BLESS=1 make unit rewrites it)", path);
			free(want);
		}
		outset_clear(&os);
	}
out:
	diag_free(&dg);
	tl_free(tl);
}

Test(render, golden_cases)
{
	glob_t g;
	bool bless = getenv("BLESS") && strcmp(getenv("BLESS"), "1") == 0;

	if (glob("render/*.in.jsonl", 0, NULL, &g) != 0)
		cr_skip_test("no render/*.in.jsonl");
	for (size_t i = 0; i < g.gl_pathc; i++) {
		golden(g.gl_pathv[i], "en", bless);
		golden(g.gl_pathv[i], "fr", bless);
	}
	cr_expect_gt(g.gl_pathc, 0);
	globfree(&g);
}

/* Entries with nothing in them: no companies, no source, no headline. */
Test(render, empty_entries)
{
	const struct backend *const all[] = { &backend_html, &backend_email,
	    &backend_md, &backend_json, &backend_jsonl, &backend_csv,
	    &backend_atom, &backend_ics };
	struct timeline *tl = tl_new();
	struct rctx r = { .locale = "fr", .templates = "../templates",
	    .front_matter = FM_JEKYLL, .site_url = "javascript:alert(1)",
	    .title = "" };

	tl->e = xcalloc(3, sizeof *tl->e);	/* tl_free frees it */
	tl->n = 3;
	strcpy(tl->e[0].id, "0000000000000001");
	tl->e[0].dated = true;
	cr_assert_eq(tval_parse("PRESENT_REF", &tl->e[0].when), 0);
	strcpy(tl->e[1].id, "0000000000000002");
	tl->e[1].kind = DEAL_OTHER;
	tl->e[1].status = ST_CANCELLED;
	tl->e[1].src = arena_alloc(tl->a, sizeof *tl->e[1].src);
	tl->e[1].nsrc = 1;	/* a source with nothing set */
	tl->e[1].src[0].o = arena_alloc(tl->a, sizeof *tl->e[1].src[0].o);
	tl->e[1].src[0].has_tspan = true;
	tl->e[1].src[0].tspan = (struct span){ 5, 500 };
	strcpy(tl->e[2].id, "0000000000000003");
	tl->e[2].dated = true;
	cr_assert_eq(tval_parse("2020-WI", &tl->e[2].when), 0);
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
		struct outset os = {0};
		struct diag dg = {0};
		cr_expect_eq(all[i]->render(tl, &r, &os, &dg), 0, "%s", all[i]->name);
		for (size_t k = 0; k < os.n; k++) {
			cr_expect_null(strstr(os.f[k].b.p ? os.f[k].b.p : "", "javascript:"),
			    "%s", os.f[k].name);
		}
		outset_clear(&os);
		diag_free(&dg);
	}
	tl_free(tl);
}

/* ------------------------------------------------------------ --max-sources */

/* One deal reported by five articles, src-1.txt .. src-5.txt. */
static struct timeline *
five_sources(struct arena *a)
{
	struct timeline *tl = tl_new();

	for (int i = 1; i <= 5; i++) {
		struct evrec r = rec(a, DEAL_PARTNERSHIP, "Orange|Google Cloud",
		    "2020-07-07", MOD_NONE, "en", arena_printf(a, "src-%d.txt", i));
		r.src.url = arena_printf(a, "https://example.com/src-%d.txt", i);
		tl_add(tl, &r);
	}
	tl_finish(tl);
	cr_assert_eq(tl->n, 1, "the five reports merge");
	cr_assert_eq(tl->e[0].nsrc, 5);
	return tl;
}

/*
 * How many of the five sources FILE of BE names (by title, URL or path:
 * each holds "src-N.txt"), with MAX sources shown; MORE, the "more" line
 * expected, or NULL for none.  iCalendar lines are unfolded first.
 */
static int
titles_named(const struct backend *be, const char *locale, size_t max,
    const char *file, const char *more)
{
	struct arena *a = arena_new();
	struct timeline *tl = five_sources(a);
	struct outset os = {0};
	struct diag dg = {0};
	struct rctx r = { .locale = locale, .templates = "../templates",
	    .front_matter = FM_NONE, .max_sources = max };
	const char *s = NULL;
	int n = 0;

	cr_assert_eq(be->render(tl, &r, &os, &dg), 0, "%s", be->name);
	for (size_t i = 0; i < os.n; i++)
		if (strcmp(os.f[i].name, file) == 0)
			s = os.f[i].b.p;
	cr_assert_not_null(s, "%s wrote %s", be->name, file);
	char *u = arena_strdup(a, s), *o = u;
	for (const char *p = u; *p; )
		if (strncmp(p, "\r\n ", 3) == 0)
			p += 3;
		else
			*o++ = *p++;
	*o = '\0';
	s = u;
	for (int i = 1; i <= 5; i++)
		n += strstr(s, arena_printf(a, "src-%d.txt", i)) != NULL;
	if (more)
		cr_expect_not_null(strstr(s, more), "%s: %s says \"%s\"", be->name,
		    file, more);
	else
		cr_expect_null(strstr(s, "more source"), "%s: %s", be->name, file);
	outset_clear(&os);
	diag_free(&dg);
	tl_free(tl);
	arena_free(a);
	return n;
}

Test(render, max_sources_caps_the_reading_formats)
{
	static const struct { const struct backend *be; const char *file; } f[] = {
		{ &backend_html, "index.html" }, { &backend_html, "companies/orange.html" },
		{ &backend_md, "timeline.md" }, { &backend_email, "email.html" },
		{ &backend_email, "email.txt" }, { &backend_ics, "timeline.ics" },
		{ &backend_json, "timeline.json" },
	};

	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		cr_expect_eq(titles_named(f[i].be, "en", 2, f[i].file,
		    "and 3 more sources"), 2, "%s %s", f[i].be->name, f[i].file);
		cr_expect_eq(titles_named(f[i].be, "en", 4, f[i].file,
		    "and 1 more source"), 4, "%s %s", f[i].be->name, f[i].file);
		cr_expect_eq(titles_named(f[i].be, "en", 0, f[i].file, NULL), 5,
		    "%s %s: 0 shows all", f[i].be->name, f[i].file);
		cr_expect_eq(titles_named(f[i].be, "en", 5, f[i].file, NULL), 5,
		    "%s %s: as many as the cap", f[i].be->name, f[i].file);
	}
	cr_expect_eq(titles_named(&backend_md, "fr", 2, "timeline.md",
	    "et 3 autres sources"), 2);
	/* Atom: related links only, capped the same way. */
	cr_expect_eq(titles_named(&backend_atom, "en", 2, "feed.xml", NULL), 2);
}

Test(render, max_sources_keeps_every_source_in_the_data_formats)
{
	cr_expect_eq(titles_named(&backend_csv, "en", 2, "timeline.csv", NULL), 5);
	cr_expect_eq(titles_named(&backend_jsonl, "en", 2, "events.jsonl", NULL), 5);
}

/* ------------------------------------------------------------ large files */

/* 3,000 deals with long sentences: megabytes of JSON Lines, CSV, iCalendar. */
static struct timeline *
large(struct arena *a)
{
	struct timeline *tl = tl_new();
	char pad[401];

	memset(pad, 'x', 400);
	pad[400] = '\0';
	for (int i = 0; i < 3000; i++) {
		struct evrec r = rec(a, DEAL_CONTRACT, i % 2 ? "Orange|AWS" : "SAP|Vodafone",
		    arena_printf(a, "%04d-%02d-%02d", 1990 + i / 336, 1 + i / 28 % 12,
		    1 + i % 28), MOD_NONE, "en", arena_printf(a, "doc-%d.txt", i));
		r.src.sentence = arena_printf(a, "Deal %d, %s.", i, pad);
		tl_add(tl, &r);
	}
	tl_finish(tl);
	return tl;
}

/*
 * Files larger than what a backend keeps in memory go to their temporary
 * file as they are made: what lands in out/ is byte for byte what the
 * backend makes in memory.
 */
Test(render, large_files_written_as_made)
{
	char dir[] = "/tmp/dateline-render-XXXXXX";
	struct arena *a = arena_new();
	struct timeline *tl = large(a);
	struct rctx r = { .locale = "en", .templates = "../templates",
	    .front_matter = FM_NONE, .jobs = 1, .max_sources = 10 };
	struct diag dg = {0};
	static const struct { const struct backend *be; const char *file; } f[] = {
		{ &backend_jsonl, "events.jsonl" }, { &backend_csv, "timeline.csv" },
		{ &backend_ics, "timeline.ics" },
	};

	cr_assert_not_null(mkdtemp(dir));
	cr_assert_eq(render_all(tl, &r, dir, "jsonl,csv,ics", &dg), 0, "%s",
	    dg.n ? dg.it[0].msg : "");
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		struct outset os = {0};
		char *got;
		size_t n;
		const char *why, *path = arena_printf(a, "%s/%s", dir, f[i].file);
		cr_assert_eq(f[i].be->render(tl, &r, &os, &dg), 0);
		cr_assert_eq(read_file(path, 1u << 30, &got, &n, &why), 0, "%s", path);
		cr_expect_gt(n, 1u << 20, "%s: over a megabyte", f[i].file);
		cr_expect_eq(n, os.f[0].b.n, "%s", f[i].file);
		cr_expect(n == os.f[0].b.n && memcmp(got, os.f[0].b.p, n) == 0,
		    "%s: the same bytes", f[i].file);
		free(got);
		unlink(path);
		outset_clear(&os);
	}
	cr_expect_eq(rmdir(dir), 0, "no temporary file left");
	diag_free(&dg);
	tl_free(tl);
	arena_free(a);
}

/* ------------------------------------------------------------ companies */

/* Names that make the same slug get -2, -3; each company lists its entries. */
Test(render, companies_slugs_and_entries)
{
	struct arena *a = arena_new();
	struct timeline *tl = tl_new();
	struct rctx r = { .locale = "en", .templates = "../templates",
	    .front_matter = FM_NONE, .jobs = 1, .max_sources = 10 };
	struct diag dg = {0};
	static const char *const acts[] = { "Orange|SAP", "orange|SAP", "ORANGE!",
	    "SAP", "Orange" };

	for (int i = 0; i < 5; i++) {
		struct evrec rc = rec(a, DEAL_LAUNCH + i % 2, acts[i],
		    arena_printf(a, "20%02d", 10 + i), MOD_NONE, "en",
		    arena_printf(a, "d%d.txt", i));
		tl_add(tl, &rc);
	}
	tl_finish(tl);
	struct rview *rv = rview_new(tl, &r, &dg);
	cr_assert_not_null(rv);
	cr_assert_eq(rv->nco, 4);
	for (size_t k = 0; k < rv->nco; k++)
		for (size_t m = 0; m < k; m++)
			cr_expect_str_neq(rv->co[k].slug, rv->co[m].slug);
	const struct rcompany *o = rv_company(rv, "Orange"),
	    *lo = rv_company(rv, "orange"), *up = rv_company(rv, "ORANGE!"),
	    *sap = rv_company(rv, "SAP");
	cr_assert(o && lo && up && sap);
	cr_expect_null(rv_company(rv, "Oran"));
	cr_expect_eq(o->nent, 2);
	cr_expect_eq(lo->nent, 1);
	cr_expect_eq(up->nent, 1);
	cr_expect_eq(sap->nent, 3);
	/* Each list in view order, each entry naming the company. */
	for (size_t k = 0; k < rv->nco; k++) {
		const struct rcompany *c = &rv->co[k];
		for (size_t i = 0; i < c->nent; i++) {
			const struct rentry *re = &rv->e[c->ent[i]];
			bool named = false;
			cr_expect(i == 0 || c->ent[i - 1] < c->ent[i]);
			for (size_t j = 0; j < re->e->nactors; j++)
				if (strcmp(re->actors[j], c->name) == 0) {
					named = true;
					cr_expect_str_eq(re->slugs[j], c->slug);
				}
			cr_expect(named, "%s", c->name);
		}
	}
	rview_free(rv);
	diag_free(&dg);
	tl_free(tl);
	arena_free(a);
}

/* The HTML pages made in parts at once are those made in one call. */
Test(render, html_in_parts)
{
	char dir[] = "/tmp/dateline-render-XXXXXX";
	struct arena *a = arena_new();
	struct timeline *tl = sample(a);
	struct rctx r = { .locale = "en", .templates = "../templates",
	    .front_matter = FM_NONE, .jobs = 2, .max_sources = 10 };
	struct diag dg = {0};
	struct outset os = {0};

	cr_assert_gt(backend_html.parts, 1);
	cr_assert_not_null(mkdtemp(dir));
	cr_assert_eq(render_all(tl, &r, dir, "html", &dg), 0);
	cr_assert_eq(backend_html.render(tl, &r, &os, &dg), 0);
	cr_assert_gt(os.n, 3, "the index and company pages");
	for (size_t i = 0; i < os.n; i++) {
		const char *path = arena_printf(a, "%s/%s", dir, os.f[i].name), *why;
		char *got;
		size_t n;
		cr_assert_eq(read_file(path, 1u << 30, &got, &n, &why), 0, "%s", path);
		cr_expect(n == os.f[i].b.n && memcmp(got, os.f[i].b.p, n) == 0,
		    "%s", os.f[i].name);
		free(got);
		unlink(path);
	}
	outset_clear(&os);
	rmdir(arena_printf(a, "%s/companies", dir));
	cr_expect_eq(rmdir(dir), 0, "no other file");
	diag_free(&dg);
	tl_free(tl);
	arena_free(a);
}

/* A timeline out of order (a hand-made file) renders as the ordered one. */
Test(render, entries_out_of_order_are_ordered)
{
	struct run x = {0}, y = {0};
	const char *a = run(&x, &backend_md, "en", "timeline.md");

	y.a = arena_new();
	y.tl = sample(y.a);
	for (size_t i = 0, j = y.tl->n - 1; i < j; i++, j--) {
		struct entry t = y.tl->e[i];
		y.tl->e[i] = y.tl->e[j];
		y.tl->e[j] = t;
	}
	y.r = (struct rctx){ .locale = "en", .templates = "../templates",
	    .front_matter = FM_NONE };
	cr_assert_eq(backend_md.render(y.tl, &y.r, &y.os, &y.dg), 0);
	cr_expect_str_eq(y.os.f[0].b.p, a);
	done(&x);
	done(&y);
}
