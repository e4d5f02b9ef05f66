/*
 * events.h - deal events: who (companies by canonical name), what kind of
 * deal, done or planned, when (a timex of the sentence, else the DCT for the
 * article's main announcement, else undated), and a headline.
 *
 * Cue lexicons (deal kinds, status, boilerplate headings) are data tables
 * per language.
 */
#ifndef DL_EVENTS_H
#define DL_EVENTS_H

#include "dateline.h"
#include "gazetteer.h"
#include "lang.h"

/* Fill doc->ev (doc->tx and doc->sents set). Returns the number of events. */
size_t ev_run(const struct gazetteer *, const struct lang *, struct doc *);

/* ------------------------------------------------------------ cue tables */

/*
 * A cue: words as written ("is expected to", "d'ici", "acquisi*"); a final
 * '*' makes the last word a prefix.  Matching ignores case, accents and
 * punctuation (gaz_fold), on whole words.
 */
struct ev_cue {
	const char *form;
	uint8_t val;		/* enum deal_kind or enum deal_status */
	uint8_t weight;		/* kinds: 2 verbs and names of a deal ("acquires",
				 * "SecNumCloud"), 1 nouns that often stand in
				 * apposition ("the joint venture"), 0 vague
				 * ones ("agreement"); status: 1 for "done" cues
				 * that outrank "planned" ("completed") */
	const char *label;	/* certification name for the headline, or NULL */
};

/* One language's event rules: data only (cues_en.c, cues_fr.c). */
struct ev_rules {
	const char *code;			/* "en" */
	const struct ev_cue *kinds;		/* {NULL} terminated */
	const struct ev_cue *status;		/* strongest status wins */
	const char *const *main;		/* "today announced": dated by the DCT */
	const char *const *revenue;		/* facts, not deals */
	const char *const *boiler_heads;	/* headings opening a boilerplate section */
	const char *const *boiler_lines;	/* boilerplate sentences anywhere */
	const char *const *anaphora;		/* "the company": the article's main actor */
	const char *const *apposition;		/* "Bleu, the joint venture of A and B,":
						 * words opening one; its companies
						 * are not actors */
	struct gaz_lang gaz;			/* names marked by context */
	/*
	 * Headlines per kind: [0] several companies, [1] one, [2] several,
	 * planned, [3] one, planned.  "%1" the first company, "%r" the others,
	 * "%a" all ("A, B and C"), "%c" the certification's label.
	 */
	const char *headline[DEAL_MAX][4];
	/*
	 * A joint venture of three companies or more is named by the last
	 * one ("Orange and Capgemini create Bleu"): [0] done, [1] planned;
	 * "%o" the others, "%n" its name.
	 */
	const char *jv_named[2];
	const char *and;			/* " and " */
	const char *cancelled;			/* prefix: "Called off: " */
	const char *cert_default;		/* "a certification" */
};

extern const struct ev_rules ev_rules_en, ev_rules_fr;

/* The rules for language CODE; English when there are none. */
const struct ev_rules *ev_rules_get(const char *code);

#endif
