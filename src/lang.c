/*
 * lang.c - the language registry and detection.
 */
#include <string.h>

#include "lang.h"

const struct lang *const lang_all[] = { &lang_en, &lang_fr, NULL };

const struct lang *
lang_get(const char *code)
{
	if (code == NULL)
		return NULL;
	for (int i = 0; lang_all[i]; i++)
		if (strcmp(lang_all[i]->code, code) == 0)
			return lang_all[i];
	return NULL;
}

/* How much text detection reads: enough words, bounded time. */
#define DETECT_BYTES 8192

static bool
is_stopword(const struct lang *l, const char *w, size_t n)
{
	for (const char *const *s = l->stopwords; s && *s; s++)
		if (strlen(*s) == n && strncmp(*s, w, n) == 0)
			return true;
	return false;
}

/*
 * Count, for each language, the words of TEXT that are among its most
 * frequent ones (lower-cased ASCII words only: accents are rare in stopwords
 * and the count needs no folding).  The language with most wins; a tie goes
 * to the first registered.
 */
const char *
lang_detect(const char *text, size_t n)
{
	int score[8] = {0};
	char w[16];
	size_t i = 0, k;

	if (n > DETECT_BYTES)
		n = DETECT_BYTES;
	while (i < n) {
		while (i < n && !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z')))
			i++;
		k = 0;
		while (i < n && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
			if (k < sizeof w)
				w[k] = (char)(text[i] | 0x20);
			k++;
			i++;
		}
		if (k == 0 || k > sizeof w)
			continue;
		for (int l = 0; lang_all[l] && l < 8; l++)
			if (is_stopword(lang_all[l], w, k))
				score[l]++;
	}
	int best = 0;
	for (int l = 1; lang_all[l] && l < 8; l++)
		if (score[l] > score[best])
			best = l;
	return lang_all[best]->code;
}
