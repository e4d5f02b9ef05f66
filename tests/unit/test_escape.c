/* test_escape.c - one escape function per output context; partial dates. */
#include <stdint.h>
#include <string.h>
#include <criterion/criterion.h>

#include "datefmt.h"
#include "escape.h"
#include "tval.h"
#include "util.h"
#include "xorshift.h"

/* Run F over S into a fresh buffer; the caller frees the result. */
#define ESC(dst, call) do { struct buf b_ = {0}; call; \
	dst = b_.p ? buf_detach(&b_) : xstrdup(""); } while (0)

Test(escape, text_drops_controls_and_bidi)
{
	char *s;
	ESC(s, esc_text(&b_, "  a\x01" "b\u202Eevil\u202C \n\tc\u2066d\u2069  ", 27));

	cr_expect_str_eq(s, "abevil cd");
	free(s);
	ESC(s, esc_text(&b_, "bad \xff byte", 10));
	cr_expect_str_eq(s, "bad \uFFFD byte");
	free(s);
}

Test(escape, csv_quotes_and_formulas)
{
	char *s;
	ESC(s, esc_csv(&b_, "say \"hi\", then go"));
	cr_expect_str_eq(s, "\"say \"\"hi\"\", then go\"");
	free(s);
	ESC(s, esc_csv(&b_, "=HYPERLINK(\"http://x\")"));
	cr_expect_str_eq(s, "\"'=HYPERLINK(\"\"http://x\"\")\"");
	free(s);
	const char *bad[] = { "+1", "-2", "@SUM(A1)" };
	for (size_t i = 0; i < 3; i++) {
		ESC(s, esc_csv(&b_, bad[i]));
		cr_expect_eq(s[1], '\'', "%s", bad[i]);
		free(s);
	}
	ESC(s, esc_csv(&b_, "line\r\nbreak"));
	cr_expect_str_eq(s, "\"line break\"");
	free(s);
}

Test(escape, ics_text_and_folding)
{
	char *s;
	ESC(s, esc_ics_text(&b_, "a;b,c\\d\ne"));
	cr_expect_str_eq(s, "a\\;b\\,c\\\\d e");
	free(s);

	/* 200 octets of 2-byte letters: no line over 75 octets, none cut mid-letter. */
	struct buf line = {0};
	buf_puts(&line, "SUMMARY:");
	for (int i = 0; i < 100; i++)
		buf_puts(&line, "é");
	ESC(s, ics_fold(&b_, line.p, line.n));
	buf_free(&line);
	for (char *p = s, *nl; *p; p = nl + 2) {
		nl = strstr(p, "\r\n");
		cr_assert_not_null(nl, "every line ends in CRLF");
		cr_expect_leq(nl - p, 75);
		if (p != s)
			cr_expect_eq(*p, ' ', "continuation lines start with a space");
		cr_expect_neq((unsigned char)p[p == s ? 0 : 1] & 0xC0, 0x80,
		    "no line starts inside a UTF-8 sequence");
	}
	free(s);
}

Test(escape, url_http_only)
{
	struct buf b = {0};

	cr_expect_not(esc_url(&b, "javascript:alert(1)"));
	cr_expect_not(esc_url(&b, " JavaScript:alert(1)"));
	cr_expect_not(esc_url(&b, "data:text/html,<script>"));
	cr_expect_not(esc_url(&b, "//example.com/x"));
	cr_expect_not(esc_url(&b, "http://"));
	cr_expect_not(esc_url(&b, NULL));
	cr_expect_eq(b.n, 0);
	cr_expect(esc_url(&b, "HTTPS://example.com/a b\"<x>{{y}}"));
	cr_expect_str_eq(b.p, "https://example.com/a%20b%22%3Cx%3E%7B%7By%7D%7D");
	buf_free(&b);
}

Test(escape, slug)
{
	char *s;
	ESC(s, esc_slug(&b_, "Société Générale"));
	cr_expect_str_eq(s, "societe-generale");
	free(s);
	ESC(s, esc_slug(&b_, "../../etc/passwd"));
	cr_expect_str_eq(s, "etc-passwd");
	free(s);
	ESC(s, esc_slug(&b_, "<>"));
	cr_expect_str_eq(s, "x");
	free(s);
	ESC(s, esc_slug(&b_, "AT&T Œuvre"));
	cr_expect_str_eq(s, "at-t-oeuvre");
	free(s);
}

Test(escape, markdown_template_syntax)
{
	const char *md = "a {{< x >}} b {% raw %} c \\\\{ d";
	char *s;
	ESC(s, esc_md_template(&b_, md, strlen(md)));

	cr_expect_str_eq(s, "a \\{\\{< x >}} b \\{\\% raw %} c \\\\\\{ d");
	cr_expect_null(strstr(s, "{{"));
	cr_expect_null(strstr(s, "{%"));
	free(s);
}

Test(escape, json_and_script)
{
	char *s;
	ESC(s, esc_json(&b_, "</script>{{x}}\"", JSON_ESC_MARKUP | JSON_ESC_TEMPLATE));
	cr_expect_str_eq(s, "\"\\u003c/script\\u003e\\u007b\\u007bx\\u007d\\u007d\\\"\"");
	free(s);
	ESC(s, esc_json_script(&b_, "{\"a\":\"</script><!--\"}"));
	cr_expect_str_eq(s, "{\"a\":\"\\u003c/script>\\u003c!--\"}");
	free(s);
	ESC(s, esc_html(&b_, "<a href='x'>&\"</a>"));
	cr_expect_str_eq(s, "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
	free(s);
}

Test(escape, wrap_at_78)
{
	struct buf in = {0};

	for (int i = 0; i < 60; i++)
		buf_puts(&in, "mot élégant ");
	buf_puts(&in, "https://example.com/a-very-long-address-that-cannot-fit-on-one-line-of-seventy-eight");
	char *s;
	ESC(s, esc_wrap(&b_, in.p, "  ", 78));
	buf_free(&in);
	for (char *p = s, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		cr_assert_not_null(nl);
		cr_expect_leq(utf8_count(p, (size_t)(nl - p)), 78);
		cr_expect_eq(strncmp(p, "  ", 2), 0);
	}
	free(s);
}

struct dcase {
	const char *v;
	int mod;
	const char *en, *fr, *html;
};

Test(datefmt, partial_dates_in_english_and_french)
{
	static const struct dcase cases[] = {
		{ "2021-05-01", MOD_NONE, "1 May 2021", "1er mai 2021", "2021-05-01" },
		{ "2021-05-26", MOD_NONE, "26 May 2021", "26 mai 2021", "2021-05-26" },
		{ "2021-05", MOD_NONE, "May 2021", "mai 2021", "2021-05" },
		{ "2021-FA", MOD_NONE, "autumn 2021", "automne 2021", "2021" },
		{ "2021-WI", MOD_NONE, "winter 2021", "hiver 2021", "" },
		{ "2024-H1", MOD_NONE, "H1 2024", "premier semestre 2024", "2024" },
		{ "2022-Q4", MOD_NONE, "Q4 2022", "4e trimestre 2022", "2022" },
		{ "2022-Q1", MOD_NONE, "Q1 2022", "1er trimestre 2022", "2022" },
		{ "2025", MOD_START, "early 2025", "début 2025", "2025" },
		{ "2025", MOD_END, "late 2025", "fin 2025", "2025" },
		{ "2023-06", MOD_MID, "mid-June 2023", "mi-juin 2023", "2023-06" },
		{ "201X", MOD_NONE, "the 2010s", "années 2010", "" },
		{ "2021-W21", MOD_NONE, "week 21, 2021", "semaine 21 de 2021", "2021-W21" },
	};
	struct datefmt *en = datefmt_new("en"), *fr = datefmt_new("fr");
	char out[128];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct tval t;
		cr_assert_eq(tval_parse(cases[i].v, &t), 0, "%s", cases[i].v);
		t.mod = (uint8_t)cases[i].mod;
		cr_expect_eq(datefmt_text(en, &t, out, sizeof out), 0);
		cr_expect_str_eq(out, cases[i].en, "%s en", cases[i].v);
		cr_expect_eq(datefmt_text(fr, &t, out, sizeof out), 0);
		cr_expect_str_eq(out, cases[i].fr, "%s fr", cases[i].v);
		datefmt_html(&t, out, sizeof out);
		cr_expect_str_eq(out, cases[i].html, "%s html", cases[i].v);
	}
	struct tval t = { "P2Y", GRAN_NONE, MOD_NONE };
	cr_expect_eq(datefmt_text(en, &t, out, sizeof out), -1);
	cr_expect_str_eq(out, "P2Y");
	datefmt_free(en);
	datefmt_free(fr);
}

/* esc_text as it was first written, one code point at a time. */
static void
esc_text_ref(struct buf *b, const char *s, size_t n)
{
	size_t i = 0;
	bool space = false, any = false;

	while (i < n) {
		int len, cp = utf8_decode((const unsigned char *)s + i, n - i, &len);
		i += (size_t)len;
		if (cp < 0)
			cp = 0xFFFD;
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 ||
		    cp == 0x2029) {
			space = any;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFEFF ||
		    cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x202A && cp <= 0x202E) ||
		    (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
		    cp == 0x061C)
			continue;
		if (space)
			buf_putc(b, ' ');
		space = false;
		any = true;
		buf_put_utf8(b, (unsigned)cp);
	}
	if (b->p == NULL)
		buf_puts(b, "");
}

Test(escape, text_same_as_code_point_walk)
{
	static const char *const pieces[] = {
		"a", "Zz", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\x01", "\x7f",
		"\xc2\x85", "\xc2\x9f", "\xc2\xa0", "é", "\xe2\x80\xa8", "\xe2\x80\xae",
		"\xe2\x81\xa6", "\xef\xbb\xbf", "\xef\xbf\xbe", "\xef\xbf\xbd", "\xf0\x9f\x98\x80",
		"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80",
		"\x80", "~", "!", "\0", "\xd8\x9c", "\xe2\x80\x8e", "\xe2\x80\x89",
		"\xe2\x80\x94", "\xdf\xbf", "\xe0\xa0\x80", "\xe0\x9f\xbf",
		"\xee\x80\x80", "\xef\xbf\xbf",
	};
	uint32_t x = 12345;

	for (int round = 0; round < 20000; round++) {
		struct buf in = {0}, a = {0}, b = {0};
		for (int k = (int)(x % 9); k >= 0; k--) {
			const char *p = pieces[xorshift_below(&x,
			    sizeof pieces / sizeof pieces[0])];
			buf_put(&in, p, *p ? strlen(p) : 1);
		}
		esc_text(&a, in.p, in.n);
		esc_text_ref(&b, in.p, in.n);
		cr_assert_eq(a.n, b.n, "round %d", round);
		cr_assert(memcmp(a.p, b.p, a.n) == 0, "round %d", round);
		buf_free(&in);
		buf_free(&a);
		buf_free(&b);
	}
}

/* esc_html as it was first written: esc_text, then each character. */
static void
esc_html_ref(struct buf *b, const char *s)
{
	struct buf t = {0};

	esc_text_ref(&t, s, s ? strlen(s) : 0);
	for (const char *p = t.p; p && *p; p++) {
		switch (*p) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		case '\'': buf_puts(b, "&#39;"); break;
		default: buf_putc(b, *p); break;
		}
	}
	if (b->p == NULL)
		buf_puts(b, "");
	buf_free(&t);
}

Test(escape, html_same_as_reference)
{
	static const char *const pieces[] = {
		"a", " ", "  ", "\t", "\n", "\x01", "&", "<", ">", "\"", "'", "&amp;",
		"é", "\xe2\x80\xa8", "\xe2\x80\xae", "\xff", "\xc3", "<p>", "x y",
	};
	uint32_t x = 4242;

	for (int round = 0; round < 20000; round++) {
		struct buf in = {0}, a = {0}, b = {0};
		/* Appended to what is there, as the backends do. */
		const char *before = round % 2 ? "<p>\"x\" " : "";
		buf_puts(&in, "");
		for (int k = (int)(x % 7); k >= 0; k--) {
			buf_puts(&in, pieces[xorshift_below(&x,
			    sizeof pieces / sizeof pieces[0])]);
		}
		buf_puts(&a, before);
		buf_puts(&b, before);
		esc_html(&a, round % 5 == 0 ? NULL : in.p);
		esc_html_ref(&b, round % 5 == 0 ? NULL : in.p);
		cr_assert_str_eq(a.p, b.p, "round %d", round);
		buf_free(&in);
		buf_free(&a);
		buf_free(&b);
	}
}

/* esc_ics_text and ics_fold as they were first written. */
static void
esc_ics_text_ref(struct buf *b, const char *s)
{
	struct buf t = {0};

	esc_text_ref(&t, s, s ? strlen(s) : 0);
	for (const char *p = t.p; p && *p; p++) {
		if (*p == '\\' || *p == ';' || *p == ',')
			buf_putc(b, '\\');
		buf_putc(b, *p);
	}
	buf_free(&t);
}

static void
ics_fold_ref(struct buf *b, const char *line, size_t n)
{
	size_t i = 0, col = 0;

	while (i < n) {
		size_t len = 1;
		unsigned char c = (unsigned char)line[i];
		if (c >= 0xF0)
			len = 4;
		else if (c >= 0xE0)
			len = 3;
		else if (c >= 0xC0)
			len = 2;
		if (i + len > n)
			len = n - i;
		if (col + len > 75) {
			buf_puts(b, "\r\n ");
			col = 1;
		}
		buf_put(b, line + i, len);
		col += len;
		i += len;
	}
	buf_puts(b, "\r\n");
}

Test(escape, ics_same_as_reference)
{
	static const char *const pieces[] = {
		"a", "DESCRIPTION:", " ", "\t", "\n", "\x01", "\\", ";", ",", "é",
		"“", "😀", "\xe2\x80\xae", "\xff", "\xc3", "\x80", "0123456789abcdef",
		"0123456789012345678901234567890123456789012345678901234567890123456789",
	};
	uint32_t x = 777;

	for (int round = 0; round < 20000; round++) {
		struct buf in = {0}, a = {0}, b = {0};
		buf_puts(&in, "");
		for (int k = (int)(x % 11); k >= 0; k--) {
			buf_puts(&in, pieces[xorshift_below(&x,
			    sizeof pieces / sizeof pieces[0])]);
		}
		buf_puts(&a, "X:");
		buf_puts(&b, "X:");
		esc_ics_text(&a, round % 7 == 0 ? NULL : in.p);
		esc_ics_text_ref(&b, round % 7 == 0 ? NULL : in.p);
		cr_assert_str_eq(a.p, b.p, "round %d", round);
		buf_reset(&a);
		buf_reset(&b);
		/* Folded as it is, ill-formed bytes included. */
		ics_fold(&a, in.p, in.n);
		ics_fold_ref(&b, in.p, in.n);
		cr_assert_str_eq(a.p, b.p, "round %d", round);
		buf_free(&in);
		buf_free(&a);
		buf_free(&b);
	}
}
