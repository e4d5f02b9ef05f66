/*
 * gazetteer.h - companies: canonical names, aliases in both languages,
 * parents; loaded from a data file (data/companies.tsv), shared read-only by
 * every worker once loaded.
 */
#ifndef DL_GAZETTEER_H
#define DL_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "diag.h"
#include "util.h"

struct gazetteer;

/* Load PATH; NULL with a reason in DIAG if it cannot be read. */
struct gazetteer *gaz_load(const char *path, struct diag *);
/* The built-in default (the data file compiled in). */
struct gazetteer *gaz_default(void);
void gaz_free(struct gazetteer *);

/* Parent's canonical name of CANON ("Orange" for "Orange Business"), or NULL. */
const char *gaz_parent(const struct gazetteer *, const char *canon);

/*
 * Does CANON carry FLAG in the data file's flags column ("weak", "jv": a
 * joint venture, named as such in headlines)?  Flags are comma-separated.
 */
bool gaz_has_flag(const struct gazetteer *, const char *canon,
    const char *flag);

/* ------------------------------------------------------------ matching */

/*
 * How a language marks a name the gazetteer lacks as a company: the words
 * before it ("startup", "la société", "l'opérateur"), nationality or trade
 * adjectives that may stand between ("French", "française"), legal forms
 * after it ("Inc", "SA", "GmbH"), and words never part of such a name.
 * Every list is NULL-terminated; triggers, adjectives and nonames match
 * whatever the case, accents and punctuation ("start-up" is "start up");
 * suffixes match exactly as written ("GmbH").
 */
struct gaz_lang {
	const char *const *triggers;
	const char *const *adjectives;
	const char *const *suffixes;
	const char *const *nonames;
};

/* One company found in a text. */
struct gaz_match {
	uint32_t beg, end;	/* bytes into the text given to gaz_match() */
	const char *canon;	/* canonical name (owned by the gazetteer), or
				 * NULL: a name marked by context, text[beg,end) */
};

/*
 * Companies in TEXT[0..n) (normalized UTF-8, one sentence), in text order:
 * whole words, longest alias first, in one pass (aliases are indexed by their
 * first word); then names marked by context with L's cues (L may be NULL).
 * Writes at most MAX matches to OUT and returns how many.
 */
size_t gaz_match(const struct gazetteer *, const struct gaz_lang *l,
    const char *text, size_t n, struct gaz_match *out, size_t max);

/*
 * Fold TEXT[0..n) for matching and append it to OUT: words (letters, digits,
 * '&') lower-cased and without accents, separated by one space, with one
 * space before and after ("L'Opérateur, SFR" -> " l operateur sfr ").
 */
void gaz_fold(const char *text, size_t n, struct buf *out);

#endif
