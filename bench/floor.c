/*
 * floor.c - the work no tagger of Unicode text can skip, as a speed floor:
 * read each file (one read), UTF-8 to UTF-16, NFC, ICU sentence breaks.
 * Single-threaded; ICU objects opened once.
 *
 * With --libs, the work Dateline's required libraries do on top of that:
 * each HTML file is parsed by libxml2 (as ingest does, a tree), and the
 * sentence breaks are ICU's with the English or French abbreviations
 * ("en@ss=standard", by the file's name, as the bench's chrono row is told
 * the language).  No tagging, no output: what extract cannot go below while
 * it uses these libraries.
 *
 * usage: floor [--libs] FILE... | floor [--libs] - (paths on stdin)
 * prints: files bytes sentences
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static char *buf;
static size_t cap;
static UChar *u16, *nfc;
static int32_t ucap;
static unsigned long long bytes, sentences, files;
static int libs;
static htmlParserCtxtPtr hctx;

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static void
one(UBreakIterator *const bi[2], const UNormalizer2 *n, const char *path)
{
	FILE *fp = fopen(path, "rb");
	size_t len;
	UErrorCode e = U_ZERO_ERROR;
	int32_t ul, nl;
	UBreakIterator *it = bi[libs && strstr(path, "-fr.") != NULL];

	if (fp == NULL)
		return;
	fseek(fp, 0, SEEK_END);
	len = (size_t)ftell(fp);
	rewind(fp);
	if (len + 1 > cap) {
		cap = len + 1;
		buf = realloc(buf, cap);
	}
	len = fread(buf, 1, len, fp);
	fclose(fp);
	if (libs && (ends_with(path, ".html") || ends_with(path, ".htm"))) {
		/* ingest's options (a smaller tree, a parser reused: no slower) */
		htmlDocPtr doc = htmlCtxtReadMemory(hctx, buf, (int)len, NULL, "UTF-8",
		    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
		xmlFreeDoc(doc);
	}
	if ((int32_t)len * 2 + 16 > ucap) {
		ucap = (int32_t)len * 2 + 16;
		u16 = realloc(u16, (size_t)ucap * sizeof *u16);
		nfc = realloc(nfc, (size_t)ucap * sizeof *nfc);
	}
	u_strFromUTF8Lenient(u16, ucap, &ul, buf, (int32_t)len, &e);
	nl = unorm2_normalize(n, u16, ul, nfc, ucap, &e);
	ubrk_setText(it, nfc, nl, &e);
	for (int32_t b = ubrk_first(it); b != UBRK_DONE; b = ubrk_next(it))
		sentences++;
	bytes += len;
	files++;
}

int
main(int argc, char **argv)
{
	UErrorCode e = U_ZERO_ERROR;
	UBreakIterator *bi[2];
	const UNormalizer2 *n = unorm2_getNFCInstance(&e);
	char line[4096];
	int first = 1;

	if (argc > 1 && strcmp(argv[1], "--libs") == 0) {
		libs = 1;
		first = 2;
		hctx = htmlNewParserCtxt();
	}
	bi[0] = ubrk_open(UBRK_SENTENCE, libs ? "en@ss=standard" : "en", NULL, 0, &e);
	bi[1] = libs ? ubrk_open(UBRK_SENTENCE, "fr@ss=standard", NULL, 0, &e) : bi[0];
	if (U_FAILURE(e))
		return 1;
	for (int i = first; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			while (fgets(line, sizeof line, stdin)) {
				line[strcspn(line, "\n")] = '\0';
				one(bi, n, line);
			}
		} else
			one(bi, n, argv[i]);
	}
	printf("%llu files %llu bytes %llu sentences\n", files, bytes, sentences);
	if (libs) {
		ubrk_close(bi[1]);
		htmlFreeParserCtxt(hctx);
	}
	ubrk_close(bi[0]);
	free(buf);
	free(u16);
	free(nfc);
	return 0;
}
