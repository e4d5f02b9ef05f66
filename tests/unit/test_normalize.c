/* test_normalize.c - the normalizer and its map back to the original text. */
#include <stdio.h>
#include <string.h>
#include <criterion/criterion.h>

#include "dateline.h"
#include "normalize.h"
#include "segment.h"
#include "lang.h"
#include "util.h"

static struct doc *
make(const char *text)
{
	struct doc *d = doc_new("t.txt");
	d->text = arena_strdup(d->a, text);
	d->text_n = strlen(text);
	return d;
}

static char *
normalized(const char *text)
{
	struct norm *n = norm_new();
	struct doc *d = make(text);
	norm_run(n, d);
	char *s = xstrdup(d->norm);
	doc_free(d);
	norm_free(n);
	return s;
}

#define NORM_EQ(in, want) do {						\
	char *got_ = normalized(in);					\
	cr_expect_str_eq(got_, want, "normalize(%s)", in);		\
	free(got_);							\
} while (0)

Test(normalize, quotes_and_apostrophes)
{
	NORM_EQ("aujourd\xe2\x80\x99hui", "aujourd'hui");
	NORM_EQ("\xe2\x80\x9cquoted\xe2\x80\x9d", "\"quoted\"");
	NORM_EQ("\xc2\xab\xc2\xa0" "Bleu" "\xc2\xa0\xc2\xbb", "\" Bleu \"");
	NORM_EQ("it\xca\xbcs", "it's");
}

Test(normalize, spaces_and_dashes)
{
	NORM_EQ("22\xe2\x80\xafjuin", "22 juin");
	NORM_EQ("1\xc2\xa0" "500 euros", "1 500 euros");
	NORM_EQ("2020\xe2\x80\x93" "2021", "2020-2021");
	NORM_EQ("a \xe2\x80\x94 b", "a - b");
}

Test(normalize, invisible_characters_dropped)
{
	NORM_EQ("soft\xc2\xadhyphen", "softhyphen");
	NORM_EQ("zero\xe2\x80\x8bwidth", "zerowidth");
	NORM_EQ("\xe2\x80\xae" "evil\xe2\x80\xac", "evil");
	NORM_EQ("\xef\xbb\xbf" "bom", "bom");
}

Test(normalize, nfc_composes)
{
	NORM_EQ("Cafe\xcc\x81", "Caf\xc3\xa9");
	NORM_EQ("\xe2\x84\xab", "\xc3\x85");	/* Angstrom sign */
	NORM_EQ("\xe2\x84\xa6", "\xce\xa9");	/* Ohm sign */
	NORM_EQ("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80");	/* jamo */
	/* Already NFC: kept (a composition exclusion, compatibility forms). */
	NORM_EQ("\xe0\xa4\x95\xe0\xa4\xbc", "\xe0\xa4\x95\xe0\xa4\xbc");
	NORM_EQ("5 \xe2\x82\xac \xef\xac\x81n", "5 \xe2\x82\xac \xef\xac\x81n");
}

Test(normalize, line_ends)
{
	NORM_EQ("a\r\nb", "a\nb");
	NORM_EQ("a\rb", "a\nb");
	NORM_EQ("This line is long enough to be a hard wrapped line of text\nand goes on",
	    "This line is long enough to be a hard wrapped line of text and goes on");
	NORM_EQ("Short heading\nText", "Short heading\nText");
	NORM_EQ("para one is long enough to be wrapped, really it is long\n\npara two",
	    "para one is long enough to be wrapped, really it is long\n\npara two");
}

Test(normalize, ill_formed_utf8_becomes_replacement)
{
	NORM_EQ("a\xff" "b", "a\xef\xbf\xbd" "b");
	NORM_EQ("cut\xe2\x80", "cut\xef\xbf\xbd\xef\xbf\xbd");
}

Test(normalize, map_points_into_original)
{
	/* "l’été 2021": the apostrophe is 3 bytes, one code point. */
	struct norm *n = norm_new();
	struct doc *d = make("\xe2\x80\x8bl\xe2\x80\x99\xc3\xa9t\xc3\xa9 2021");
	norm_run(n, d);
	cr_assert_str_eq(d->norm, "l'\xc3\xa9t\xc3\xa9 2021");
	const char *p = strstr(d->norm, "2021");
	uint32_t beg = (uint32_t)(p - d->norm);
	struct span s = doc_span(d, beg, beg + 4);
	/* original: ZWSP l ' é t é space 2 0 2 1 -> "2021" at code points 7..11 */
	cr_expect_eq(s.beg, 7);
	cr_expect_eq(s.end, 11);
	cr_expect_eq(d->to_orig[d->norm_n], 11);
	doc_free(d);
	norm_free(n);
}

Test(normalize, decomposed_map_end)
{
	struct norm *n = norm_new();
	struct doc *d = make("Cafe\xcc\x81 2021");	/* 10 code points */
	norm_run(n, d);
	const char *p = strstr(d->norm, "2021");
	uint32_t beg = (uint32_t)(p - d->norm);
	struct span s = doc_span(d, beg, beg + 4);
	cr_expect_eq(s.beg, 6);
	cr_expect_eq(s.end, 10);
	doc_free(d);
	norm_free(n);
}

/* One normalizer for several documents: each maps into its own text. */
Test(normalize, reused_for_documents)
{
	static const struct { const char *in, *want; uint32_t ncp; } docs[] = {
		{ "A long first document, ending in a combining accent: cafe\xcc\x81",
		  "A long first document, ending in a combining accent: caf\xc3\xa9", 58 },
		{ "", "", 0 },
		{ "e\xcc\x81t\xc3\xa9\r\nx", "\xc3\xa9t\xc3\xa9\nx", 7 },
		{ "short", "short", 5 },
	};
	struct norm *n = norm_new();

	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		struct doc *d = make(docs[i].in);
		norm_run(n, d);
		cr_expect_str_eq(d->norm, docs[i].want, "document %zu", i);
		cr_expect_eq(d->norm_n, strlen(docs[i].want));
		cr_expect_eq(d->to_orig[d->norm_n], docs[i].ncp, "document %zu", i);
		doc_free(d);
	}
	norm_free(n);
}

/* A document larger than the scratch kept, then a small one. */
Test(normalize, large_document_then_small)
{
	size_t n = 3u << 20;
	char *big = xmalloc(n + 1);
	struct norm *nm = norm_new();

	memset(big, 'a', n);
	big[n] = '\0';
	struct doc *d = make(big);
	norm_run(nm, d);
	cr_expect_eq(d->norm_n, n);
	cr_expect_eq(d->to_orig[n], n);
	doc_free(d);
	d = make("caf\xc3\xa9 \xe2\x80\x94 ok");
	norm_run(nm, d);
	cr_expect_str_eq(d->norm, "caf\xc3\xa9 - ok");
	cr_expect_eq(d->to_orig[d->norm_n], 9);
	doc_free(d);
	norm_free(nm);
	free(big);
}

static size_t
sentences(const char *lang, const char *text, char out[][128], size_t max)
{
	struct norm *n = norm_new();
	struct seg *s = seg_new();
	struct doc *d = make(text);
	size_t k;

	norm_run(n, d);
	seg_run(s, lang_get(lang), d);
	for (k = 0; k < d->nsents && k < max; k++)
		snprintf(out[k], 128, "%.*s", (int)(d->sents[k].end - d->sents[k].beg),
		    d->norm + d->sents[k].beg);
	k = d->nsents;
	doc_free(d);
	seg_free(s);
	norm_free(n);
	return k;
}

Test(segment, english_abbreviations)
{
	char s[8][128];
	size_t n = sentences("en", "Mr. Smith joined Acme Inc. in May. He left.", s, 8);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(s[0], "Mr. Smith joined Acme Inc. in May.");
	cr_expect_str_eq(s[1], "He left.");
}

Test(segment, french_abbreviations)
{
	char s[8][128];
	size_t n = sentences("fr", "M. Martin dirige Capgemini S.A. depuis 2020. Il parle.", s, 8);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(s[0], "M. Martin dirige Capgemini S.A. depuis 2020.");
}

Test(segment, paragraphs_split)
{
	char s[8][128];
	size_t n = sentences("en", "About Orange\n\nOrange is a company", s, 8);
	cr_assert_eq(n, 2);
	cr_expect_str_eq(s[0], "About Orange");
}

Test(segment, empty_text)
{
	char s[1][128];
	cr_expect_eq(sentences("en", "", s, 1), 0);
	cr_expect_eq(sentences("fr", " \n\n  ", s, 1), 0);
}
