/*
 * lang.h - languages: tables only, and the registry.
 *
 * A language is data (lang_en.c, lang_fr.c): its abbreviations for the
 * segmenter, its stopwords for detection, and the temporal tagger's tables
 * (struct tx_rules, timex.h).  A third language is one more file and one line
 * in lang.c; no code branches on a language code.
 */
#ifndef DL_LANG_H
#define DL_LANG_H

#include "dateline.h"

struct tx_rules;

struct lang {
	const char *code;			/* "en" */
	const char *const *abbrevs;		/* "Mr.", "Inc.", NULL-terminated */
	const char *const *stopwords;		/* frequent words, for detection */
	const struct tx_rules *tx;		/* temporal tagger tables */
};

extern const struct lang lang_en, lang_fr;

/* The language with CODE, or NULL. */
const struct lang *lang_get(const char *code);
/* All languages, NULL-terminated. */
extern const struct lang *const lang_all[];

/* Guess the language of TEXT (normalized UTF-8) by stopword counts: a code. */
const char *lang_detect(const char *text, size_t n);

#endif
