/*
 * timex_rules.h - the temporal tagger's per-language tables.
 *
 * A language gives words, each with a class and a value; the matcher in
 * timex.c only ever looks at classes, so a third language is one more table
 * (lang_xx.c), never a new branch.  Forms are written lower case without
 * accents ("fevrier", "aout"): tokens are folded the same way before lookup.
 */
#ifndef DL_TIMEX_RULES_H
#define DL_TIMEX_RULES_H

#include <stdbool.h>
#include <stdint.h>

/* Word classes.  VAL gives the detail noted beside each. */
/*
 * The value of a TC_HOLIDAY entry: a fixed day, MONTH * 100 + DAY (1225);
 * the Nth weekday of a month, HOLIDAY_NTH + MONTH * 100 + N * 10 + WEEKDAY
 * (N 5: the last; WEEKDAY 1 Monday .. 7); or a day from Easter Sunday,
 * HOLIDAY_EASTER + 100 + OFFSET (Good Friday: -2).
 */
#define HOLIDAY_NTH 10000
#define HOLIDAY_EASTER 20000

enum tx_cls {
	TC_NONE,
	TC_MONTH,	/* 1..12; +100: also a common word ("may"), a month only
			 * capitalized; +200: an abbreviation ("sept"), a month only
			 * with its period or inside a date */
	TC_WEEKDAY,	/* 1 (Monday) .. 7 */
	TC_SEASON,	/* 1 spring, 2 summer, 3 autumn, 4 winter */
	TC_NUMBER,	/* a number word: its value */
	TC_ORDINAL,	/* an ordinal word: its value ("first" 1, "1er" 1) */
	TC_UNIT,	/* enum tx_unit */
	TC_QUARTER,	/* "quarter", "trimestre" */
	TC_HALF,	/* "half", "semestre" */
	TC_PAST,	/* "last", "dernier", "passe"; 0: also the final one ("the
			 * last quarter of 2021"); 1: from the last date named ("the
			 * previous year"); 2: also a noun ("in the past it..."), and
			 * before a unit a span up to now ("the past year") */
	TC_NEXT,	/* "next", "prochain", "coming"; 1: from the last date named
			 * ("the following year"); 2: only after its noun ("the weeks
			 * ahead", "les mois à venir") */
	TC_THIS,	/* "this", "ce", "cette"; 1: alone it means now ("current");
			 * 3: the last date named ("that year"); 4: the last quarter
			 * named ("the latest quarter"); 5: after its noun ("l'année
			 * en cours", "le mois courant") */
	TC_DAYREF,	/* "today" 0, "yesterday" -1, "tomorrow" 1; +DAYREF_ANCHORED:
			 * from the last day named ("le lendemain" 1, "la veille" -1) */
	TC_REF,		/* 1 PRESENT_REF, 2 PAST_REF, 3 FUTURE_REF (one word: only
			 * after a determiner, "the future", not "future services");
			 * 5 PAST_REF only before a unit ("recent years"); 6
			 * FUTURE_REF alone ("dorénavant") */
	TC_MOD,		/* enum tx_mod: "early" START, "mid" MID, "late" END;
			 * +100: a noun that needs "of" ("the end of 2022");
			 * +200: a prefix joined by a hyphen ("post-1959") */
	TC_APPROX,	/* "around", "about", "environ", "vers"; APPROX_IN_SPAN:
			 * part of the expression even where approx_in_span is
			 * false ("nearly two years"); APPROX_OUT_OF_SPAN: never
			 * ("vers 18 h") */
	TC_COMPAR,	/* "more than", "plus" (de): the mod its value, MORE_THAN or
			 * LESS_THAN (before an "ago" date, BEFORE or AFTER);
			 * +100: only before "of" ("plus de") */
	TC_AGO,		/* "ago" (after the duration) */
	TC_AGO_PRE,	/* "il y a" folded to one cue word: "ya" (before it) */
	TC_IN,		/* "in", "dans": a date that far ahead */
	TC_WITHIN,	/* "within", "d'ici": a duration */
	TC_EVERY,	/* "every", "each", "chaque"; 2: "every other" */
	TC_SETADV,	/* "annually" 4 (year), "monthly" 3, "weekly" 2, "daily" 1;
			 * +100: only as an adverb, not before a noun ("quarterly") */
	TC_DET,		/* "the", "le", "la", "les", "l'"; DET_POSSESSIVE: "its",
			 * "his" (never "its quarter" alone for the quarter) */
	TC_OF,		/* "of", "de", "du", "d'" */
	TC_RANGE,	/* "to", "au", "a", "until", "-" within a range */
	TC_AND,		/* "and", "et" */
	TC_FROM,	/* "from", "du", "between", "entre" */
	TC_PREP,	/* a preposition that may stand before a bare year */
	TC_PARTDAY,	/* 1 morning, 2 afternoon, 3 evening, 4 night */
	TC_AMPM,	/* 0 am, 12 pm */
	TC_HOUR,	/* "h", "heures", "o'clock"; HOUR_MINUTES: minutes may
			 * follow ("14 h 30", "14h30") */
	TC_DECADE,	/* a decade named by a word, its tens: "nineties" 90 ("the
			 * 2010s", "les années 2000" are read by their shape) */
	TC_CENTURY,	/* "century", "siecle" */
	TC_FEW,		/* "several", "few", "quelques", "plusieurs": value X */
	TC_FUTURE,	/* a word that puts the sentence in the future: "will" */
	TC_LATER,	/* "later" (after the duration): that far ahead */
	TC_AGE,		/* AGE_OLD: "old" in "a 6-year-old", an age, not a duration;
			 * AGE_LONG: "long" in "day-long", the unit a duration */
	TC_PER,		/* "per", "par", "once", "twice": "a year" after it is a rate */
	TC_NOTYEAR,	/* "page", "article", "flight": the number after it is no year */
	TC_PASTV,	/* a verb in a past tense: "bought"; see past_suffix */
	TC_SAID,	/* a verb of saying in a past tense: "said" (not TC_PASTV:
			 * news says in the past what will happen) */
	TC_PRESENT,	/* a verb in the present: "is" ("when the case is heard in
			 * May": that clause is not in the sentence's past) */
	TC_REL,		/* a relative pronoun: "which", "qui"; its clause's tense is
			 * not the sentence's */
	TC_PASSIVE,	/* "be", "être": the participle after it takes its tense
			 * ("will be paid Dec. 14") */
	TC_AUX,		/* an auxiliary of a past tense: "a", "sont" (the word after
			 * it is a participle: "a annoncé") */
	TC_TZONE,	/* a time zone after a time, capitalized: "EST", "GMT" */
	TC_HOLIDAY,	/* a holiday, see HOLIDAY_* for its value: "Christmas", "Noël" */
	TC_TERM,	/* a span named by one word, its years: "quinquennat" 5 */
	TC_MAX
};

/* The TC_HOUR value of a word minutes may follow. */
#define HOUR_MINUTES 1

/* The TC_APPROX value of a word kept in the span, and of one left out even
 * where approx_in_span is true ("vers 18 h"). */
#define APPROX_IN_SPAN 1
#define APPROX_OUT_OF_SPAN 2

/* TC_AGE values. */
#define AGE_OLD 0
#define AGE_LONG 1

/* The TC_DET value of a possessive, and of a determiner only singular
 * ("le": "le mois prochain" is one month, "les mois à venir" several). */
#define DET_POSSESSIVE 1
#define DET_SINGULAR 2

/* TC_DAYREF values counted from the last day named, not the article's. */
#define DAYREF_ANCHORED 1000

/* Units of durations and relative dates. */
enum tx_unit {
	TU_NONE, TU_DAY, TU_WEEK, TU_MONTH, TU_QUARTER, TU_YEAR, TU_DECADE,
	TU_HOUR, TU_MINUTE, TU_WEEKEND, TU_MAX
};

struct tx_lex {
	const char *form;	/* folded: lower case, no accents */
	uint8_t cls;		/* enum tx_cls */
	int16_t val;
};

struct tx_rules {
	const struct tx_lex *lex;	/* NULL-form terminated */
	const char *const *elisions;	/* "l", "d", "qu": split "l'an" */
	bool slash_dmy;			/* 03/04/2021 is 3 April (else M/D/Y when ambiguous) */
	bool ordinal_suffixes;		/* "1st", "2nd", "3rd", "4th" */
	const char *const *ord_suffix;	/* "er", "e", "eme", "st", "nd"...: NUMBER+suffix is an ordinal */
	bool det_in_span;		/* "le 27 avril": the determiner belongs to the expression */
	const char *const *future_suffix;	/* verb endings of the future tense ("era") */
	const char *const *period_adjs;		/* "the full year", "the fiscal year" */
	const char *const *period_words;	/* "the latest period": a quarter's other names */
	const char *const *vague_dets;		/* before a plural unit, a vague span: "des années" */
	const char *const *deadline_preps;	/* before a month, a deadline ahead: "by", "until" */
	const char *const *period_end;		/* after "the year", names its end: "the year ended
						 * March 31" is twelve months, not a calendar year */
	const char *const *past_suffix;		/* verb endings of a past tense ("ed"), for
						 * lower-case words the lexicon does not know */
	const char *const *participle_ends;	/* endings of a past participle as written,
						 * accents kept ("é", "ées"): "publié vendredi" */
	const char *const *clock_preps;		/* before "15 heures": a time of day, not
						 * fifteen hours ("à", "vers", "dès") */
	const char *const *age_nouns;		/* "une fillette de 6 ans", "un chauffeur de bus
						 * de 38 ans": a person's age, no duration */
	const char *const *every_nth;		/* "sur" in "une semaine sur deux": a unit, it,
						 * and a count N are every Nth unit */
	const char *const *articles;		/* "a", "un": the number 1 that alone before
						 * a unit ("a year") is too loose a duration */
	const char *const *unit_adjs;		/* between a count and its unit: "two more
						 * weeks", "three additional years" */
	uint8_t partday_type;		/* "Monday night": TX_DATE (TimeBank) or TX_TIME (FTiB);
					 * "this morning", "last night": TX_TIME in both */
	uint8_t ref_type;		/* PRESENT_REF & co: TX_DATE (TimeBank) or TX_TIME (FTiB) */
	bool years_decade;		/* "les années 2000": "years" and a round year name a
					 * decade ("the years 2020 to 2023" do not) */
	bool past_days_back;		/* a day in a clause in a past tense lies back as a
					 * month does ("ont renouvelé l'accord le 3 mars");
					 * English news writes "said Friday it will pay on
					 * Dec. 15" */
	bool approx_in_span;		/* "environ deux mois" keeps "environ" (EN "about" stays
					 * out; comparisons, "more than", stay in everywhere) */
};

#endif
