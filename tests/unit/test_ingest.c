/*
 * test_ingest.c - ingest: formats, metadata, encodings, hostile input.
 * Every input is built here in memory.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "ingest.h"
#include "util.h"

/* One document through ingest_bytes(), with its diagnostics. */
struct run {
	struct ingest *g;
	struct doc *d;
	struct diag dg;
	int rc;
};

static struct run
S_run_n(const char *path, const char *data, size_t n)
{
	struct run r = {0};

	r.g = ingest_new();
	r.d = doc_new(path);
	r.rc = ingest_bytes(r.g, r.d, data, n, &r.dg);
	return r;
}

static struct run
S_run(const char *path, const char *data)
{
	return S_run_n(path, data, strlen(data));
}

static void
S_done(struct run *r)
{
	doc_free(r->d);
	ingest_free(r->g);
	diag_free(&r->dg);
}

/* Is there a diagnostic of LEVEL containing WHAT? */
static int
S_has_diag(const struct run *r, int level, const char *what)
{
	for (size_t i = 0; i < r->dg.n; i++)
		if (r->dg.it[i].level == level &&
		    strstr(r->dg.it[i].msg, what) != NULL)
			return 1;
	return 0;
}

static size_t
S_count(const char *s, const char *what)
{
	size_t k = 0;

	for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
		k++;
	return k;
}

#define FFFD "\xef\xbf\xbd"

/* ------------------------------------------------------------ .txt */

Test(ingest, txt_header)
{
	struct run r = S_run("a.txt",
	    "Date: 2021-05-26\ntitle: Bleu is born\nLang: fr-FR\n"
	    "source: Wire\nurl: https://example.com/bleu\n\n"
	    "Orange et Capgemini annoncent Bleu.\n");

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(r.d->format, FMT_TXT);
	cr_assert(r.d->has_dct);
	cr_assert_str_eq(r.d->dct.v, "2021-05-26");
	cr_assert_eq(r.d->dct.gran, GRAN_DAY);
	cr_assert_str_eq(r.d->title, "Bleu is born");
	cr_assert_str_eq(r.d->lang, "fr");
	cr_assert(r.d->lang_given);
	cr_assert_str_eq(r.d->source, "Wire");
	cr_assert_str_eq(r.d->url, "https://example.com/bleu");
	cr_assert_str_eq(r.d->text, "Orange et Capgemini annoncent Bleu.\n");
	S_done(&r);
}

Test(ingest, txt_without_header_is_untouched)
{
	const char *in = "NEW YORK: Orange said on Monday...\r\n"
	    "date: this is not a header\r\n\r\nMore text.";
	struct run r = S_run("a.txt", in);

	cr_assert_eq(r.rc, 0);
	cr_assert_not(r.d->has_dct);
	cr_assert_null(r.d->title);
	cr_assert_str_eq(r.d->text, in);
	cr_assert_eq(r.d->text_n, strlen(in));
	S_done(&r);
}

Test(ingest, txt_unknown_extension_and_crlf_header)
{
	struct run r = S_run("notes.eml",
	    "title: T\r\ndate: 26 mai 2021\r\n\r\nBody\r\n");

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(r.d->format, FMT_TXT);
	cr_assert_str_eq(r.d->title, "T");
	cr_assert_str_eq(r.d->dct.v, "2021-05-26");
	cr_assert_str_eq(r.d->text, "Body\r\n");
	S_done(&r);
}

Test(ingest, empty_and_blank_files)
{
	struct run r = S_run("e.txt", "");

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, "");
	cr_assert_eq(r.d->text_n, 0);
	cr_assert_eq(r.dg.n, 0);
	S_done(&r);
	r = S_run("e.html", "");
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, "");
	S_done(&r);
	r = S_run("e.md", "  \n\n \t\n");
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, "");
	S_done(&r);
}

Test(ingest, impossible_header_dates_warn)
{
	static const char *const bad[] = {
		"2021-02-30", "0000-00-00", "99999-01-01", "2021-13-01",
		"2023-02-29", "31/04/2021", "not a date",
	};

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char in[128];
		struct run r;

		snprintf(in, sizeof in, "---\ndate: %s\n---\nText.\n", bad[i]);
		r = S_run("d.md", in);
		cr_assert_eq(r.rc, 0, "%s", bad[i]);
		cr_assert_not(r.d->has_dct, "%s", bad[i]);
		cr_assert_str_eq(r.d->dct.v, "");
		cr_assert(S_has_diag(&r, DIAG_WARN,
		    "date in front matter"), "%s", bad[i]);
		cr_assert_eq(r.dg.nreject, 0);
		S_done(&r);
	}
}

/* ------------------------------------------------------------ dates */

Test(ingest, parse_date_forms)
{
	static const char *const good[] = {
		"2021-05-26", "2021-05-26T10:00:00Z",
		"2021-05-26T23:30:00+02:00", "2021-05-26T01:00:00-05:00",
		"26/05/2021", "05/26/2021", "2021/05/26", "26.05.2021",
		"May 26, 2021", "May 26 2021", "26 May 2021",
		"Wednesday, May 26, 2021", "26 mai 2021", "mercredi 26 mai 2021",
		"Wed, 26 May 2021 10:00:00 +0000", "26th May 2021",
		" 2021-05-26 10:00",
	};
	struct tval t;

	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		cr_assert_eq(ingest_parse_date(good[i], &t), 0, "%s", good[i]);
		cr_assert_str_eq(t.v, "2021-05-26", "%s", good[i]);
		cr_assert_eq(t.gran, GRAN_DAY);
		cr_assert_eq(t.mod, MOD_NONE);
	}
	cr_assert_eq(ingest_parse_date("1er f\xc3\xa9vrier 2024", &t), 0);
	cr_assert_str_eq(t.v, "2024-02-01");
	cr_assert_eq(ingest_parse_date("15 ao\xc3\xbbt 2022", &t), 0);
	cr_assert_str_eq(t.v, "2022-08-15");
	cr_assert_eq(ingest_parse_date("2024-02-29", &t), 0);
	cr_assert_eq(ingest_parse_date("2000-02-29", &t), 0);
}

Test(ingest, parse_date_rejects)
{
	static const char *const bad[] = {
		"2021-02-30", "0000-00-00", "99999-01-01", "2021-13-01",
		"1900-02-29", "2021-00-10", "2021-05-32", "May 32, 2021",
		"", "2021", "2021-05", "yesterday", "26 Mayo 2021",
		"2021-05-26garbage", "12/12/21", "0000-01-01",
	};
	struct tval t;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_assert_eq(ingest_parse_date(bad[i], &t), -1, "%s", bad[i]);
	cr_assert_eq(ingest_parse_date(NULL, &t), -1);
}

/* ------------------------------------------------------------ .md */

Test(ingest, md_front_matter_and_body)
{
	struct run r = S_run("a.md",
	    "---\n"
	    "title: \"Orange and Google Cloud\"\n"
	    "date: '2020-04-16'\n"
	    "lang: en\n"
	    "tags:\n  - cloud\n"
	    "---\n"
	    "# Heading\n\n"
	    "Orange *and* Google `Cloud`\nsigned a deal.  \nNew line.\n\n"
	    "- first\n- second\n\n"
	    "> quoted\n\n"
	    "![alt text](x.png) [a link](javascript:alert(1))\n\n"
	    "<div>\n<script>alert('x')</script>\n<p>raw &amp; text</p>\n</div>\n\n"
	    "Inline <script>evil()</script> end <b>bold</b>.\n");

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(r.d->format, FMT_MD);
	cr_assert_str_eq(r.d->title, "Orange and Google Cloud");
	cr_assert_str_eq(r.d->dct.v, "2020-04-16");
	cr_assert_str_eq(r.d->lang, "en");
	cr_assert_str_eq(r.d->text,
	    "Heading\n\n"
	    "Orange and Google Cloud signed a deal.\nNew line.\n\n"
	    "first\n\nsecond\n\n"
	    "quoted\n\n"
	    "a link\n\n"
	    "raw &amp; text\n\n"
	    "Inline end bold.");
	cr_assert_null(strstr(r.d->text, "alert"));
	cr_assert_null(strstr(r.d->text, "evil"));
	S_done(&r);
}

Test(ingest, md_title_from_first_heading_and_toml)
{
	struct run r = S_run("a.markdown",
	    "+++\ntitle = \"TOML title\"\ndate = 2022-06-22\n+++\n"
	    "## Not the title\n\nBody.\n");

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->title, "TOML title");
	cr_assert_str_eq(r.d->dct.v, "2022-06-22");
	S_done(&r);
	r = S_run("b.md", "Intro line.\n\n## Second *level*\n\nBody.\n");
	cr_assert_str_eq(r.d->title, "Second level");
	cr_assert_not(r.d->has_dct);
	S_done(&r);
}

Test(ingest, md_unclosed_front_matter_is_text)
{
	struct run r = S_run("a.md", "---\ntitle: x\nBody without end.\n");

	cr_assert_eq(r.rc, 0);
	cr_assert_null(r.d->title);
	cr_assert_not_null(strstr(r.d->text, "Body without end."));
	S_done(&r);
}

/* ------------------------------------------------------------ .html */

Test(ingest, html_metadata_and_text)
{
	struct run r = S_run("a.html",
	    "<!DOCTYPE html>\n<html lang=\"en-US\"><head>"
	    "<title> Orange &amp; Google\n Cloud </title>"
	    "<meta property=\"article:published_time\" "
	    "content=\"2020-04-16T08:00:00+02:00\">"
	    "<meta property=\"og:url\" content=\"https://example.com/a\">"
	    "<meta property=\"og:site_name\" content=\"Example Wire\">"
	    "<script>var x = '<p>no</p>';</script><style>p { color: red }</style>"
	    "</head><body>"
	    "<header><nav><a href=\"/\">Home</a></nav>Site banner</header>"
	    "<article><header><h1>Orange and Google Cloud</h1>"
	    "<time datetime=\"2020-04-15\">15 April</time></header>"
	    "<p>Orange  announced\n a partnership<br>with <b>Google</b> "
	    "Cloud&nbsp;&eacute;t&#233; &#x2014; done.</p>"
	    "<aside>Related stories</aside><noscript>Enable JS</noscript>"
	    "<form><button>Subscribe</button></form>"
	    "<ul><li>one</li><li>two</li></ul>"
	    "<footer>By A. Writer</footer></article>"
	    "<footer>Copyright 2024</footer></body></html>");

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(r.d->format, FMT_HTML);
	cr_assert_str_eq(r.d->title, "Orange & Google Cloud");
	cr_assert_str_eq(r.d->lang, "en");
	cr_assert(r.d->lang_given);
	cr_assert(r.d->has_dct);
	cr_assert_str_eq(r.d->dct.v, "2020-04-16");
	cr_assert_str_eq(r.d->url, "https://example.com/a");
	cr_assert_str_eq(r.d->source, "Example Wire");
	cr_assert_str_eq(r.d->text,
	    "Orange and Google Cloud\n\n15 April\n\n"
	    "Orange announced a partnership\nwith Google "
	    "Cloud\xc2\xa0\xc3\xa9t\xc3\xa9 \xe2\x80\x94 done.\n\n"
	    "one\n\ntwo\n\nBy A. Writer");
	S_done(&r);
}

Test(ingest, html_time_and_body_fallbacks)
{
	struct run r = S_run("a.htm",
	    "<html lang=fr><body><nav><time datetime=\"2019-01-01\">x</time>"
	    "</nav><header>Banner</header>"
	    "<main><h2>Titre</h2><p>Le <time datetime=\"2021-05-27\">27 mai"
	    "</time>, Bleu.</p></main><footer>Mentions</footer></body></html>");

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->lang, "fr");
	cr_assert_str_eq(r.d->dct.v, "2021-05-27");
	cr_assert_str_eq(r.d->text, "Titre\n\nLe 27 mai, Bleu.");
	S_done(&r);
	r = S_run("b.xhtml",
	    "<html><head><meta property=\"og:title\" content=\"OG\">"
	    "<link rel=\"canonical\" href=\"https://example.com/c\">"
	    "<meta name=\"date\" content=\"2021-02-30\"></head>"
	    "<body><header>Site</header><p>Plain body.</p>"
	    "<div hidden>hidden</div><div aria-hidden=\"true\">aria</div>"
	    "</body></html>");
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->title, "OG");
	cr_assert_str_eq(r.d->url, "https://example.com/c");
	cr_assert_not(r.d->has_dct);
	cr_assert(S_has_diag(&r, DIAG_WARN, "2021-02-30"));
	cr_assert_str_eq(r.d->text, "Plain body.");
	S_done(&r);
}

Test(ingest, html_jsonld_and_javascript_url)
{
	struct run r = S_run("a.html",
	    "<html><head><title>T</title>"
	    "<meta property=\"og:url\" content=\"javascript:alert(1)\">"
	    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
	    " \"datePublished\": \"2023-11-02T09:00:00Z\"}</script></head>"
	    "<body><p onclick=\"alert(2)\">Hi <a href=\"javascript:alert(3)\">"
	    "there</a>.</p></body></html>");

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->dct.v, "2023-11-02");
	cr_assert_null(r.d->url);
	cr_assert_str_eq(r.d->text, "Hi there.");
	S_done(&r);
}

Test(ingest, html_external_entities_not_loaded)
{
	struct run r = S_run("x.html",
	    "<!DOCTYPE html [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
	    "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">\n]>"
	    "<html><body><p>X &xxe; Y &b; Z</p>"
	    "<p><!ENTITY c SYSTEM \"http://example.invalid/\">&c;</p>"
	    "</body></html>");

	cr_assert_eq(r.rc, 0);
	cr_assert_null(strstr(r.d->text, "root:"));
	cr_assert_null(strstr(r.d->text, "aaaaaaaaaa"));
	cr_assert_null(strstr(r.d->text, "ENTITY xxe"));
	cr_assert_not_null(strstr(r.d->text, "X &xxe; Y &b; Z"));
	S_done(&r);
}

Test(ingest, html_nested_100000_deep)
{
	struct buf b = {0};
	struct run r;

	buf_puts(&b, "<html><body><p>before</p>");
	for (int i = 0; i < 100000; i++)
		buf_puts(&b, "<div><span>");
	buf_puts(&b, "deep");
	for (int i = 0; i < 100000; i++)
		buf_puts(&b, "</span></div>");
	buf_puts(&b, "</body></html>");
	r = S_run_n("deep.html", b.p, b.n);
	cr_assert_eq(r.rc, 0);
	cr_assert_not_null(strstr(r.d->text, "before"));
	S_done(&r);
	/* Unclosed inline elements, the other way to nest. */
	buf_reset(&b);
	for (int i = 0; i < 100000; i++)
		buf_puts(&b, "<b>");
	buf_puts(&b, "x");
	r = S_run_n("deep2.html", b.p, b.n);
	cr_assert_eq(r.rc, 0);
	S_done(&r);
	buf_free(&b);
}

Test(ingest, html_meta_charset_latin1)
{
	const char *in = "<html><head><meta charset=\"iso-8859-1\"></head>"
	    "<body><p>Sign\xe9 \xe0 Paris, d\xe9j\xe0.</p></body></html>";
	struct run r = S_run("l.html", in);

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text,
	    "Sign\xc3\xa9 \xc3\xa0 Paris, d\xc3\xa9j\xc3\xa0.");
	S_done(&r);
}

/* ------------------------------------------------------------ .tml */

Test(ingest, tml_dct_and_text_offsets)
{
	const char *in =
	    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>wsj_0001</DOCID>\n"
	    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\" "
	    "functionInDocument=\"CREATION_TIME\">02/06/1998</TIMEX3></DCT>\n"
	    "<TEXT>\nAT&amp;T said <TIMEX3 tid=\"t1\" type=\"DATE\" "
	    "value=\"1998-02-05\">yesterday</TIMEX3> it &lt;grew&gt; "
	    "<EVENT eid=\"e1\" class=\"OCCURRENCE\">fast</EVENT>&#46;\n"
	    "</TEXT>\n</TimeML>\n";
	struct run r = S_run("wsj_0001.tml", in);

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(r.d->format, FMT_TML);
	cr_assert(r.d->has_dct);
	cr_assert_str_eq(r.d->dct.v, "1998-02-06");
	cr_assert_str_eq(r.d->text, "\nAT&T said yesterday it <grew> fast.\n");
	/* "yesterday" at code points 11..20, as the scorer counts them. */
	cr_assert_eq(strncmp(r.d->text + 11, "yesterday", 9), 0);
	S_done(&r);
}

/* ------------------------------------------------------------ encodings */

Test(ingest, utf8_bom_stripped)
{
	struct run r = S_run("b.txt", "\xef\xbb\xbf" "date: 2021-05-26\n\nHello");

	cr_assert_eq(r.rc, 0);
	cr_assert(r.d->has_dct);
	cr_assert_str_eq(r.d->text, "Hello");
	cr_assert_eq(r.dg.n, 0);
	S_done(&r);
}

/* "Orange a signé" in UTF-16, with or without a BOM. */
static size_t
S_utf16(char *out, const char *bom, int le)
{
	static const unsigned short cps[] = { 'O', 'r', 'a', 'n', 'g', 'e',
	    ' ', 'a', ' ', 's', 'i', 'g', 'n', 0xE9, ' ', 0x20AC };
	size_t k = 0;

	if (bom != NULL) {
		memcpy(out, bom, 2);
		k = 2;
	}
	for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		out[k + !le] = (char)(cps[i] & 0xFF);
		out[k + le] = (char)(cps[i] >> 8);
		k += 2;
	}
	return k;
}

Test(ingest, utf16_with_and_without_bom)
{
	const char *want = "Orange a sign\xc3\xa9 \xe2\x82\xac";
	char in[64];
	struct run r;

	r = S_run_n("le.txt", in, S_utf16(in, "\xff\xfe", 1));
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, want);
	S_done(&r);
	r = S_run_n("be.txt", in, S_utf16(in, "\xfe\xff", 0));
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, want);
	S_done(&r);
	r = S_run_n("le.txt", in, S_utf16(in, NULL, 1));
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, want);
	S_done(&r);
	r = S_run_n("be.html", in, S_utf16(in, NULL, 0));
	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, want);
	S_done(&r);
}

Test(ingest, utf16_odd_length_and_lone_surrogate)
{
	/* BOM, "A", a lone high surrogate, "B", then half a unit. */
	const char in[] = "\xff\xfe" "A\0" "\x00\xd8" "B\0" "C";
	struct run r = S_run_n("s.txt", in, sizeof in - 1);

	cr_assert_eq(r.rc, 0);
	cr_assert_not_null(strstr(r.d->text, "A"));
	cr_assert_not_null(strstr(r.d->text, FFFD));
	cr_assert(S_has_diag(&r, DIAG_WARN, "U+FFFD"));
	S_done(&r);
}

Test(ingest, latin1_french)
{
	const char *in = "Le contrat a \xe9t\xe9 sign\xe9 d\xe9j\xe0 \xe0 Paris, "
	    "l'\xe9t\xe9 dernier. L'h\xf4tel-Dieu, \xab" "Bleu\xbb, fa\xe7on.";
	struct run r = S_run("fr.txt", in);

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, "Le contrat a \xc3\xa9t\xc3\xa9 "
	    "sign\xc3\xa9 d\xc3\xa9j\xc3\xa0 \xc3\xa0 Paris, l'\xc3\xa9t\xc3\xa9 "
	    "dernier. L'h\xc3\xb4tel-Dieu, \xc2\xab" "Bleu\xc2\xbb, "
	    "fa\xc3\xa7on.");
	cr_assert(S_has_diag(&r, DIAG_WARN, "encoding detected as"));
	cr_assert_eq(r.dg.nreject, 0);
	S_done(&r);
}

/* Latin-1 with a NUL: read as UTF-8 first, then converted; the text and
 * the warnings are those of the conversion alone. */
Test(ingest, latin1_with_nul)
{
	const char in[] = "Le contrat a \xe9t\xe9 sign\xe9 d\xe9j\xe0 \xe0 Paris, "
	    "l'\xe9t\xe9 dernier, \0et la soci\xe9t\xe9 a \xe9t\xe9 vendue "
	    "\xe0 un groupe fran\xe7" "ais, \xe0 l'\xe9t\xe9.";
	struct run r = S_run_n("fr.txt", in, sizeof in - 1);

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(S_count(r.d->text, FFFD), 1);
	cr_assert_not_null(strstr(r.d->text, "d\xc3\xa9j\xc3\xa0 "));
	cr_assert(S_has_diag(&r, DIAG_WARN, "encoding detected as"));
	cr_assert(!S_has_diag(&r, DIAG_WARN, "ill-formed UTF-8"));
	cr_assert_eq(r.dg.n, 2);	/* detected, NUL replaced */
	S_done(&r);
}

Test(ingest, windows1252_quotes)
{
	const char *in = "It\x92s the company\x92s \x93" "best\x94 year \x96 ever.";
	struct run r = S_run("q.txt", in);

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, "It\xe2\x80\x99s the company\xe2\x80\x99s "
	    "\xe2\x80\x9c" "best\xe2\x80\x9d year \xe2\x80\x93 ever.");
	S_done(&r);
}

/* Ill-formed UTF-8 inside otherwise UTF-8 text: each bad byte is U+FFFD. */
Test(ingest, ill_formed_utf8_each_kind)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		/* stray continuation bytes */
		{ "caf\xc3\xa9 \x80 ok \xbf\xbf", "caf\xc3\xa9 " FFFD " ok "
		    FFFD FFFD },
		/* overlong forms of '/' and NUL */
		{ "caf\xc3\xa9 \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf \xc0\x80",
		    "caf\xc3\xa9 " FFFD FFFD " " FFFD FFFD FFFD " " FFFD FFFD
		    FFFD FFFD " " FFFD FFFD },
		/* UTF-8-encoded surrogates (CESU) */
		{ "caf\xc3\xa9 \xed\xa0\x80\xed\xb0\x80", "caf\xc3\xa9 "
		    FFFD FFFD FFFD FFFD FFFD FFFD },
		/* beyond U+10FFFF and never-valid bytes */
		{ "caf\xc3\xa9 \xf4\x90\x80\x80 \xfe\xff", "caf\xc3\xa9 "
		    FFFD FFFD FFFD FFFD " " FFFD FFFD },
		/* a sequence cut at the end of the file */
		{ "caf\xc3\xa9 \xe2\x82", "caf\xc3\xa9 " FFFD FFFD },
		{ "\xe2\x82\xac 5 \xf0\x9f\x98", "\xe2\x82\xac 5 " FFFD FFFD
		    FFFD },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct run r = S_run(i % 2 ? "u.md" : "u.txt", cases[i].in);

		cr_assert_eq(r.rc, 0, "case %zu", i);
		cr_assert_str_eq(r.d->text, cases[i].want, "case %zu", i);
		cr_assert_eq(r.dg.n, 1, "case %zu: one warning", i);
		cr_assert(S_has_diag(&r, DIAG_WARN,
		    "ill-formed UTF-8 replaced with U+FFFD"), "case %zu", i);
		S_done(&r);
	}
}

Test(ingest, ill_formed_utf8_in_html_and_header)
{
	struct run r = S_run("u.html", "<html><head><title>Bad \xc0\xaf "
	    "t\xc3\xaftle</title></head><body><p>x\xed\xa0\x80y</p></body>"
	    "</html>");

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->title, "Bad " FFFD FFFD " t\xc3\xaftle");
	cr_assert_str_eq(r.d->text, "x" FFFD FFFD FFFD "y");
	cr_assert_eq(S_count(r.d->text, FFFD), 3);
	S_done(&r);
}

Test(ingest, nul_bytes)
{
	struct buf b = {0};
	struct run r;

	/* Isolated NULs in text: U+FFFD and a warning. */
	buf_puts(&b, "Orange and Google Cloud signed a partnership in April "
	    "2020, the companies said in a statement on Thursday morning.");
	buf_put(&b, "\0", 1);
	buf_puts(&b, " End.");
	r = S_run_n("n.txt", b.p, b.n);
	cr_assert_eq(r.rc, 0);
	cr_assert_not_null(strstr(r.d->text, "morning." FFFD " End."));
	cr_assert_eq(strlen(r.d->text), r.d->text_n);
	cr_assert(S_has_diag(&r, DIAG_WARN, "NUL"));
	S_done(&r);
	/* Many NULs, not UTF-16: binary. */
	buf_reset(&b);
	for (int i = 0; i < 300; i++)
		buf_put(&b, i % 3 ? "ab" : "\0\0\0", i % 3 ? 2 : 3);
	r = S_run_n("bin.txt", b.p, b.n);
	cr_assert_eq(r.rc, -1);
	cr_assert(S_has_diag(&r, DIAG_REJECT, "not text (binary data)"));
	S_done(&r);
	/* A PNG signature, whatever the extension. */
	r = S_run_n("img.html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	cr_assert_eq(r.rc, -1);
	cr_assert(S_has_diag(&r, DIAG_REJECT, "not text (binary data)"));
	S_done(&r);
	buf_free(&b);
}

Test(ingest, cr_only_lines_kept)
{
	struct run r = S_run("cr.txt", "Line one.\rLine two.\r\rLine three.");

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(r.d->text, "Line one.\rLine two.\r\rLine three.");
	S_done(&r);
}

Test(ingest, ingest_file_errors)
{
	struct ingest *g = ingest_new();
	struct diag dg = {0};
	struct doc *d = doc_new("no/such/file.txt");

	cr_assert_eq(ingest_file(g, d, 1024, &dg), -1);
	cr_assert_eq(dg.nreject, 1);
	doc_free(d);
	d = doc_new(".");
	cr_assert_eq(ingest_file(g, d, 1024, &dg), -1);
	cr_assert_eq(dg.nreject, 2);
	doc_free(d);
	diag_free(&dg);
	ingest_free(g);
}

Test(ingest, one_context_many_documents)
{
	struct ingest *g = ingest_new();
	struct diag dg = {0};

	for (int i = 0; i < 20; i++) {
		struct doc *d = doc_new(i % 2 ? "a.txt" : "a.html");
		const char *in = i % 2 ? "caf\xe9 cr\xe8me br\xfbl\xe9" :
		    "<p>caf\xc3\xa9</p>";

		cr_assert_eq(ingest_bytes(g, d, in, strlen(in), &dg), 0);
		cr_assert_not_null(strstr(d->text, "caf\xc3\xa9"));
		doc_free(d);
	}
	diag_free(&dg);
	ingest_free(g);
}

Test(ingest, md_markup_flood_read_as_text)
{
	struct buf b = {0};
	struct run r;

	for (int i = 0; i < 300000; i++)
		buf_puts(&b, "<b>x</b> ");
	r = S_run_n("flood.md", b.p, b.n);
	cr_assert_eq(r.rc, 0);
	cr_assert(S_has_diag(&r, DIAG_WARN, "read as plain text"));
	cr_assert_eq(strncmp(r.d->text, "x x x", 5), 0);
	cr_assert_null(strstr(r.d->text, "<b>"));
	S_done(&r);
	buf_free(&b);
}

/* Markdown past the markup limit is read as text; a body as long but of
 * text, or one within the limit, is parsed. */
Test(ingest, markdown_markup_limit)
{
	static const char fill[] = { '*', 'a' };
	static const size_t len[] = { 600000, 600000, 400000 };

	for (size_t k = 0; k < 3; k++) {
		char *in = xmalloc(len[k]);
		memset(in, k == 0 || k == 2 ? fill[0] : fill[1], len[k]);
		struct run r = S_run_n("big.md", in, len[k]);
		cr_assert_eq(r.rc, 0, "case %zu", k);
		cr_assert_eq(S_has_diag(&r, DIAG_WARN, "too much Markdown markup"),
		    k == 0, "case %zu", k);
		S_done(&r);
		free(in);
	}
}
