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

/* ------------------------------------------------------------ words */

/*
 * A text split into words once (letters, digits, '&'), each folded for
 * matching: lower-cased and without accents ("L'Opérateur" -> "l",
 * "operateur").  The gazetteer and the event cues all match on these.
 */
struct gaz_word {
	uint32_t beg, end;	/* bytes into the text given to gaz_split() */
	uint32_t f, fn;		/* folded form: offset and length in gaz_words.f */
	uint64_t h;		/* gaz_hash() of the folded form */
	unsigned char c;	/* its first byte */
	bool upper1;		/* first letter a capital */
	bool joined;		/* only spaces, '-', '.' or '\'' since the previous
				 * word of the same gaz_split() */
};

struct gaz_words {
	struct gaz_word *w;
	size_t n, cap;
	struct buf f;		/* folded words: gaz_fold()'s output of each
				 * gaz_split() call, one after the other */
};

/* Words W[0..n) of some text, their folded forms in FOLD (a gaz_words' f.p). */
struct gaz_view {
	const struct gaz_word *w;
	size_t n;
	const char *fold;
};

/* Append the words of TEXT[0..n) to WS (offsets relative to TEXT). */
void gaz_split(const char *text, size_t n, struct gaz_words *ws);
/* Empty WS, keeping its memory. */
void gaz_words_reset(struct gaz_words *ws);
void gaz_words_free(struct gaz_words *ws);
/* The hash of folded bytes S[0..n) (struct gaz_word's h). */
uint64_t gaz_hash(const char *s, size_t n);

/*
 * A set of phrases: written forms ("is expected to", "d'ici", "acquisi*"),
 * folded into words as gaz_split() does; a final '*' makes the last word a
 * prefix.  Indexed by first word, so that matching at a word costs one
 * lookup however many phrases there are.  Read-only once built: may be
 * shared by threads.
 */
struct gaz_phrases;

struct gaz_phrases *gaz_phrases_new(void);
/* Add WRITTEN as phrase ID; false (nothing added) if it has no words. */
bool gaz_phrases_add(struct gaz_phrases *, const char *written, uint32_t id);
void gaz_phrases_free(struct gaz_phrases *);
/*
 * The lowest id, at least FROM, of the phrases whose words are those of V
 * from word I on (whole words; a prefix for a final '*'), or -1.
 */
long gaz_phrases_at(const struct gaz_phrases *, const struct gaz_view *v,
    size_t i, uint32_t from);
/*
 * The first word of V from word I on where a phrase of the set may start,
 * or v->n: gaz_phrases_at() is -1 at the words skipped (a cheap test says
 * so; most words are skipped).
 */
size_t gaz_phrases_next(const struct gaz_phrases *, const struct gaz_view *v,
    size_t i);
/*
 * The ids of all the phrases at word I of V (every id gaz_phrases_at()
 * gives there, once each, lowest first) into *IDS, grown as needed (*CAP
 * entries); returns how many.
 */
size_t gaz_phrases_all_at(const struct gaz_phrases *, const struct gaz_view *v,
    size_t i, uint32_t **ids, size_t *cap);
/* Does a phrase of the set occur in V (gaz_phrases_at() at some word)? */
bool gaz_phrases_any(const struct gaz_phrases *, const struct gaz_view *v);
/* The lowest id of the one-word phrases (no '*') equal to word W, or -1. */
long gaz_phrases_word(const struct gaz_phrases *, const struct gaz_view *v,
    size_t w);

/* ------------------------------------------------------------ matching */

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

/* A gaz_lang compiled for gaz_match_words(); read-only once built. */
struct gaz_lex;

struct gaz_lex *gaz_lex_new(const struct gaz_lang *);
void gaz_lex_free(struct gaz_lex *);

/*
 * gaz_match() on a text already split: V the words of TEXT (one gaz_split()
 * of it), LX the language's cues compiled (may be NULL).
 */
size_t gaz_match_words(const struct gazetteer *, const struct gaz_lex *lx,
    const char *text, const struct gaz_view *v, struct gaz_match *out,
    size_t max);

/*
 * Fold TEXT[0..n) for matching and append it to OUT: words (letters, digits,
 * '&') lower-cased and without accents, separated by one space, with one
 * space before and after ("L'Opérateur, SFR" -> " l operateur sfr ").
 */
void gaz_fold(const char *text, size_t n, struct buf *out);

#endif
