/*
 * floor.c - the work no tagger of Unicode text can skip, as a speed floor:
 * read each file (one read), UTF-8 to UTF-16, NFC, ICU sentence breaks.
 * Single-threaded; ICU objects opened once.
 *
 * usage: floor FILE... | floor - (paths on stdin)
 * prints: files bytes sentences
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static char *buf;
static size_t cap;
static UChar *u16, *nfc;
static int32_t ucap;
static unsigned long long bytes, sentences, files;

static void
one(UBreakIterator *bi, const UNormalizer2 *n, const char *path)
{
	FILE *fp = fopen(path, "rb");
	size_t len;
	UErrorCode e = U_ZERO_ERROR;
	int32_t ul, nl;

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
	if ((int32_t)len * 2 + 16 > ucap) {
		ucap = (int32_t)len * 2 + 16;
		u16 = realloc(u16, (size_t)ucap * sizeof *u16);
		nfc = realloc(nfc, (size_t)ucap * sizeof *nfc);
	}
	u_strFromUTF8Lenient(u16, ucap, &ul, buf, (int32_t)len, &e);
	nl = unorm2_normalize(n, u16, ul, nfc, ucap, &e);
	ubrk_setText(bi, nfc, nl, &e);
	for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi))
		sentences++;
	bytes += len;
	files++;
}

int
main(int argc, char **argv)
{
	UErrorCode e = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &e);
	const UNormalizer2 *n = unorm2_getNFCInstance(&e);
	char line[4096];

	if (U_FAILURE(e))
		return 1;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			while (fgets(line, sizeof line, stdin)) {
				line[strcspn(line, "\n")] = '\0';
				one(bi, n, line);
			}
		} else
			one(bi, n, argv[i]);
	}
	printf("%llu files %llu bytes %llu sentences\n", files, bytes, sentences);
	ubrk_close(bi);
	free(buf);
	free(u16);
	free(nfc);
	return 0;
}
