/*
 * lang_en.c - English: data only.
 */
#include <stddef.h>

#include "dateline.h"
#include "lang.h"
#include "timex_rules.h"

static const char *const abbrevs[] = {
	"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Gen.",
	"Gov.", "Sen.", "Rep.", "Inc.", "Corp.", "Ltd.", "Co.", "Bros.",
	"Plc.", "vs.", "etc.", "e.g.", "i.e.", "No.", "Nos.", "approx.",
	"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
	"Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.", "E.U.",
	"a.m.", "p.m.", "Mt.", "Ft.", "Ave.", NULL
};

static const char *const stopwords[] = {
	"the", "and", "of", "to", "in", "is", "with", "for", "that", "on",
	"its", "will", "has", "have", "by", "this", "from", "are", "was",
	"which", "as", "an", "at", "be", "it", "their", "said", "new",
	"today", "announced", NULL
};

static const struct tx_lex lex[] = {
	{ "january", TC_MONTH, 1 }, { "jan", TC_MONTH, 200 + 1 },
	{ "february", TC_MONTH, 2 }, { "feb", TC_MONTH, 200 + 2 },
	{ "march", TC_MONTH, 103 }, { "mar", TC_MONTH, 200 + 3 },
	{ "april", TC_MONTH, 4 }, { "apr", TC_MONTH, 200 + 4 },
	{ "may", TC_MONTH, 105 },
	{ "june", TC_MONTH, 6 }, { "jun", TC_MONTH, 200 + 6 },
	{ "july", TC_MONTH, 7 }, { "jul", TC_MONTH, 200 + 7 },
	{ "august", TC_MONTH, 8 }, { "aug", TC_MONTH, 200 + 8 },
	{ "september", TC_MONTH, 9 }, { "sep", TC_MONTH, 200 + 9 }, { "sept", TC_MONTH, 200 + 9 },
	{ "october", TC_MONTH, 10 }, { "oct", TC_MONTH, 200 + 10 },
	{ "november", TC_MONTH, 11 }, { "nov", TC_MONTH, 200 + 11 },
	{ "december", TC_MONTH, 12 }, { "dec", TC_MONTH, 200 + 12 },

	{ "monday", TC_WEEKDAY, 1 }, { "tuesday", TC_WEEKDAY, 2 },
	{ "wednesday", TC_WEEKDAY, 3 }, { "thursday", TC_WEEKDAY, 4 },
	{ "friday", TC_WEEKDAY, 5 }, { "saturday", TC_WEEKDAY, 6 },
	{ "sunday", TC_WEEKDAY, 7 },

	{ "spring", TC_SEASON, 1 }, { "summer", TC_SEASON, 2 },
	{ "autumn", TC_SEASON, 3 }, { "fall", TC_SEASON, 3 },
	{ "winter", TC_SEASON, 4 },

	{ "a", TC_NUMBER, 1 }, { "an", TC_NUMBER, 1 }, { "one", TC_NUMBER, 1 },
	{ "two", TC_NUMBER, 2 }, { "three", TC_NUMBER, 3 }, { "four", TC_NUMBER, 4 },
	{ "five", TC_NUMBER, 5 }, { "six", TC_NUMBER, 6 }, { "seven", TC_NUMBER, 7 },
	{ "eight", TC_NUMBER, 8 }, { "nine", TC_NUMBER, 9 }, { "ten", TC_NUMBER, 10 },
	{ "eleven", TC_NUMBER, 11 }, { "twelve", TC_NUMBER, 12 },
	{ "thirteen", TC_NUMBER, 13 }, { "fourteen", TC_NUMBER, 14 },
	{ "fifteen", TC_NUMBER, 15 }, { "sixteen", TC_NUMBER, 16 },
	{ "seventeen", TC_NUMBER, 17 }, { "eighteen", TC_NUMBER, 18 },
	{ "nineteen", TC_NUMBER, 19 }, { "twenty", TC_NUMBER, 20 },
	{ "thirty", TC_NUMBER, 30 }, { "forty", TC_NUMBER, 40 },
	{ "fifty", TC_NUMBER, 50 }, { "sixty", TC_NUMBER, 60 },
	{ "seventy", TC_NUMBER, 70 }, { "eighty", TC_NUMBER, 80 },
	{ "ninety", TC_NUMBER, 90 },
	{ "hundred", TC_NUMBER, 100 }, { "thousand", TC_NUMBER, 1000 }, { "dozen", TC_NUMBER, 12 },
	{ "couple", TC_NUMBER, 2 },
	{ "twenties", TC_DECADE, 20 }, { "thirties", TC_DECADE, 30 },
	{ "forties", TC_DECADE, 40 }, { "fifties", TC_DECADE, 50 },
	{ "sixties", TC_DECADE, 60 }, { "seventies", TC_DECADE, 70 },
	{ "eighties", TC_DECADE, 80 }, { "nineties", TC_DECADE, 90 },
	{ "several", TC_FEW, 0 }, { "few", TC_FEW, 0 }, { "many", TC_FEW, 0 },
	{ "some", TC_FEW, 0 },

	{ "first", TC_ORDINAL, 1 }, { "second", TC_ORDINAL, 2 },
	{ "third", TC_ORDINAL, 3 }, { "fourth", TC_ORDINAL, 4 },
	{ "fifth", TC_ORDINAL, 5 }, { "last", TC_PAST, 0 },

	{ "day", TC_UNIT, TU_DAY }, { "days", TC_UNIT, TU_DAY },
	{ "week", TC_UNIT, TU_WEEK }, { "weeks", TC_UNIT, TU_WEEK },
	{ "month", TC_UNIT, TU_MONTH }, { "months", TC_UNIT, TU_MONTH },
	{ "year", TC_UNIT, TU_YEAR }, { "years", TC_UNIT, TU_YEAR },
	{ "decade", TC_UNIT, TU_DECADE }, { "decades", TC_UNIT, TU_DECADE },
	{ "hour", TC_UNIT, TU_HOUR }, { "hours", TC_UNIT, TU_HOUR },
	{ "minute", TC_UNIT, TU_MINUTE }, { "minutes", TC_UNIT, TU_MINUTE },
	{ "weekend", TC_UNIT, TU_WEEKEND },
	{ "quarter", TC_QUARTER, 0 }, { "quarters", TC_QUARTER, 0 },
	{ "half", TC_HALF, 0 },
	{ "century", TC_CENTURY, 0 },

	{ "previous", TC_PAST, 1 }, { "preceding", TC_PAST, 1 }, { "past", TC_PAST, 2 },
	{ "next", TC_NEXT, 0 }, { "coming", TC_NEXT, 0 }, { "following", TC_NEXT, 1 },
	{ "ahead", TC_NEXT, 2 }, { "to come", TC_NEXT, 2 },
	{ "this", TC_THIS, 0 }, { "current", TC_THIS, 1 }, { "that", TC_THIS, 3 },
	{ "latest", TC_THIS, 4 }, { "near future", TC_REF, 3 }, { "near term", TC_REF, 3 },
	{ "latest", TC_PAST, 0 },

	{ "today", TC_DAYREF, 0 }, { "yesterday", TC_DAYREF, -1 },
	{ "tomorrow", TC_DAYREF, 1 }, { "tonight", TC_DAYREF, 100 },
	{ "now", TC_REF, 1 }, { "currently", TC_REF, 1 }, { "nowadays", TC_REF, 1 },
	{ "presently", TC_REF, 1 },
	{ "recently", TC_REF, 2 }, { "lately", TC_REF, 2 }, { "recent", TC_REF, 5 },
	{ "soon", TC_REF, 3 },
	{ "future", TC_REF, 3 }, { "at present", TC_REF, 1 },
	{ "these days", TC_REF, 1 }, { "right now", TC_REF, 1 },

	{ "early", TC_MOD, MOD_START }, { "beginning", TC_MOD, 100 + MOD_START },
	{ "start", TC_MOD, 100 + MOD_START },
	{ "mid", TC_MOD, MOD_MID }, { "middle", TC_MOD, 100 + MOD_MID },
	{ "late", TC_MOD, MOD_END }, { "end", TC_MOD, 100 + MOD_END },
	{ "post", TC_MOD, 200 + MOD_AFTER }, { "pre", TC_MOD, 200 + MOD_BEFORE },
	{ "around", TC_APPROX, 0 }, { "about", TC_APPROX, 0 },
	{ "approximately", TC_APPROX, 0 }, { "roughly", TC_APPROX, 0 },
	{ "nearly", TC_APPROX, APPROX_IN_SPAN }, { "almost", TC_APPROX, 0 },
	{ "more than", TC_COMPAR, MOD_MORE_THAN }, { "less than", TC_COMPAR, MOD_LESS_THAN },
	{ "no more than", TC_COMPAR, MOD_EQUAL_OR_LESS },
	{ "not more than", TC_COMPAR, MOD_EQUAL_OR_LESS },
	{ "at most", TC_COMPAR, MOD_EQUAL_OR_LESS },
	{ "at least", TC_COMPAR, MOD_EQUAL_OR_MORE },
	{ "more than expected", TC_NONE, 0 }, { "less than expected", TC_NONE, 0 },

	{ "ago", TC_AGO, 0 }, { "earlier", TC_AGO, 0 }, { "before", TC_AGO, 0 },
	{ "later", TC_LATER, 0 }, { "old", TC_AGE, AGE_OLD }, { "aged", TC_AGE, AGE_OLD },
	{ "long", TC_AGE, AGE_LONG },
	{ "within", TC_WITHIN, 0 },
	{ "every", TC_EVERY, 0 }, { "each", TC_EVERY, 0 }, { "every other", TC_EVERY, 2 },
	{ "annually", TC_SETADV, TU_YEAR }, { "yearly", TC_SETADV, TU_YEAR },
	{ "monthly", TC_SETADV, TU_MONTH }, { "weekly", TC_SETADV, TU_WEEK },
	{ "quarterly", TC_SETADV, 100 + TU_QUARTER },	/* "quarterly results": no set */
	{ "daily", TC_SETADV, TU_DAY }, { "hourly", TC_SETADV, 100 + TU_HOUR },

	{ "the", TC_DET, 0 }, { "its", TC_DET, DET_POSSESSIVE },
	{ "their", TC_DET, DET_POSSESSIVE }, { "our", TC_DET, DET_POSSESSIVE },
	{ "his", TC_DET, DET_POSSESSIVE }, { "her", TC_DET, DET_POSSESSIVE },
	{ "of", TC_OF, 0 },
	{ "to", TC_RANGE, 0 }, { "until", TC_RANGE, 0 }, { "through", TC_RANGE, 0 },
	{ "and", TC_AND, 0 },
	{ "from", TC_FROM, 0 }, { "between", TC_FROM, 0 },
	{ "in", TC_IN, 0 },
	{ "since", TC_PREP, 0 }, { "by", TC_PREP, 0 }, { "on", TC_PREP, 0 },
	{ "after", TC_PREP, 0 }, { "during", TC_PREP, 0 },
	{ "for", TC_PREP, 0 }, { "at", TC_PREP, 0 }, { "as", TC_PREP, 0 },
	{ "fiscal", TC_PREP, 0 }, { "per", TC_PER, 0 }, { "once", TC_PER, 0 },
	{ "twice", TC_PER, 0 },

	{ "morning", TC_PARTDAY, 1 }, { "afternoon", TC_PARTDAY, 2 },
	{ "evening", TC_PARTDAY, 3 }, { "night", TC_PARTDAY, 4 },
	{ "noon", TC_PARTDAY, 5 }, { "midday", TC_PARTDAY, 5 }, { "midnight", TC_PARTDAY, 6 },
	{ "am", TC_AMPM, 0 }, { "pm", TC_AMPM, 12 },
	{ "a.m", TC_AMPM, 0 }, { "p.m", TC_AMPM, 12 },
	{ "o'clock", TC_HOUR, 0 }, { "h", TC_HOUR, HOUR_MINUTES },
	{ "christmas", TC_HOLIDAY, 1225 }, { "christmas day", TC_HOLIDAY, 1225 },
	{ "christmas eve", TC_HOLIDAY, 1224 }, { "new year day", TC_HOLIDAY, 101 },
	{ "new year eve", TC_HOLIDAY, 1231 }, { "independence day", TC_HOLIDAY, 704 },
	{ "halloween", TC_HOLIDAY, 1031 }, { "valentine day", TC_HOLIDAY, 214 },
	{ "veterans day", TC_HOLIDAY, 1111 },
	{ "thanksgiving", TC_HOLIDAY, HOLIDAY_NTH + 1100 + 40 + 4 },
	{ "thanksgiving day", TC_HOLIDAY, HOLIDAY_NTH + 1100 + 40 + 4 },
	{ "labor day", TC_HOLIDAY, HOLIDAY_NTH + 900 + 10 + 1 },
	{ "memorial day", TC_HOLIDAY, HOLIDAY_NTH + 500 + 50 + 1 },
	{ "easter", TC_HOLIDAY, HOLIDAY_EASTER + 100 }, { "easter sunday", TC_HOLIDAY, HOLIDAY_EASTER + 100 },
	{ "easter monday", TC_HOLIDAY, HOLIDAY_EASTER + 101 }, { "good friday", TC_HOLIDAY, HOLIDAY_EASTER + 98 },
	{ "est", TC_TZONE, 0 }, { "edt", TC_TZONE, 0 }, { "cst", TC_TZONE, 0 },
	{ "cdt", TC_TZONE, 0 }, { "mst", TC_TZONE, 0 }, { "mdt", TC_TZONE, 0 },
	{ "pst", TC_TZONE, 0 }, { "pdt", TC_TZONE, 0 }, { "gmt", TC_TZONE, 0 },
	{ "et", TC_TZONE, 0 }, { "pt", TC_TZONE, 0 }, { "ct", TC_TZONE, 0 },
	{ "utc", TC_TZONE, 0 }, { "bst", TC_TZONE, 0 }, { "cet", TC_TZONE, 0 },

	{ "page", TC_NOTYEAR, 0 }, { "pages", TC_NOTYEAR, 0 }, { "p", TC_NOTYEAR, 0 },
	{ "pp", TC_NOTYEAR, 0 }, { "no", TC_NOTYEAR, 0 }, { "number", TC_NOTYEAR, 0 },
	{ "item", TC_NOTYEAR, 0 }, { "section", TC_NOTYEAR, 0 }, { "article", TC_NOTYEAR, 0 },
	{ "room", TC_NOTYEAR, 0 }, { "flight", TC_NOTYEAR, 0 }, { "route", TC_NOTYEAR, 0 },
	{ "model", TC_NOTYEAR, 0 }, { "version", TC_NOTYEAR, 0 }, { "chapter", TC_NOTYEAR, 0 },
	{ "figure", TC_NOTYEAR, 0 }, { "table", TC_NOTYEAR, 0 }, { "part", TC_NOTYEAR, 0 },
	{ "will", TC_FUTURE, 0 }, { "shall", TC_FUTURE, 0 }, { "would", TC_FUTURE, 0 },
	{ "expected", TC_FUTURE, 0 }, { "plans", TC_FUTURE, 0 },
	{ "aims", TC_FUTURE, 0 },
	{ "intends", TC_FUTURE, 0 },
	{ "planned", TC_FUTURE, 0 }, { "upcoming", TC_FUTURE, 0 },

	/* Past tenses the "-ed" rule does not see; words it must not take.
	 * Verbs of saying are left out: news reports in the past what will
	 * happen ("said it will close in March"). */
	{ "was", TC_PASTV, 0 }, { "were", TC_PASTV, 0 },
	{ "had", TC_PASTV, 0 }, { "bought", TC_PASTV, 0 },
	{ "sold", TC_PASTV, 0 }, { "brought", TC_PASTV, 0 }, { "began", TC_PASTV, 0 },
	{ "came", TC_PASTV, 0 }, { "took", TC_PASTV, 0 }, { "made", TC_PASTV, 0 },
	{ "won", TC_PASTV, 0 }, { "went", TC_PASTV, 0 }, { "grew", TC_PASTV, 0 },
	{ "fell", TC_PASTV, 0 }, { "rose", TC_PASTV, 0 }, { "met", TC_PASTV, 0 },
	{ "gave", TC_PASTV, 0 }, { "held", TC_PASTV, 0 }, { "became", TC_PASTV, 0 },
	{ "saw", TC_PASTV, 0 }, { "paid", TC_PASTV, 0 }, { "wrote", TC_PASTV, 0 },
	{ "spent", TC_PASTV, 0 }, { "lost", TC_PASTV, 0 }, { "struck", TC_PASTV, 0 },
	{ "sought", TC_PASTV, 0 }, { "built", TC_PASTV, 0 }, { "chose", TC_PASTV, 0 },
	{ "did", TC_PASTV, 0 }, { "got", TC_PASTV, 0 }, { "kept", TC_PASTV, 0 },
	{ "knew", TC_PASTV, 0 }, { "thought", TC_PASTV, 0 }, { "agreed", TC_PASTV, 0 },
	{ "said", TC_SAID, 0 }, { "told", TC_SAID, 0 },
	{ "is", TC_PRESENT, 0 }, { "are", TC_PRESENT, 0 }, { "am", TC_PRESENT, 0 },
	{ "be", TC_PASSIVE, 0 }, { "been", TC_PASSIVE, 0 }, { "being", TC_PASSIVE, 0 },
	{ "which", TC_REL, 0 }, { "who", TC_REL, 0 }, { "whose", TC_REL, 0 },
	{ "need", TC_NONE, 0 }, { "speed", TC_NONE, 0 }, { "indeed", TC_NONE, 0 },
	{ "proceed", TC_NONE, 0 }, { "exceed", TC_NONE, 0 }, { "succeed", TC_NONE, 0 },
	{ "based", TC_NONE, 0 }, { "limited", TC_NONE, 0 }, { "united", TC_NONE, 0 },
	{ "scheduled", TC_FUTURE, 0 }, { "planning", TC_FUTURE, 0 },
	{ "as soon as", TC_FUTURE, 0 }, { "as expected", TC_NONE, 0 }, { "than expected", TC_NONE, 0 },
	{ "is to", TC_FUTURE, 0 }, { "are to", TC_FUTURE, 0 }, { "going to", TC_FUTURE, 0 },
	{ "is set to", TC_FUTURE, 0 }, { "are set to", TC_FUTURE, 0 },
	{ "plan to", TC_FUTURE, 0 }, { "aims to", TC_FUTURE, 0 }, { "intends to", TC_FUTURE, 0 },
	{ NULL, 0, 0 }
};

static const char *const elisions[] = { NULL };
static const char *const ord_suffix[] = { "st", "nd", "rd", "th", NULL };
static const char *const past_suffix[] = { "ed", NULL };
static const char *const period_adjs[] = { "full", "fiscal", "calendar", "entire", "whole", NULL };
static const char *const period_words[] = { "period", NULL };
static const char *const deadline_preps[] = { "by", "until", "till", "through", NULL };
static const char *const period_end[] = { "ended", "ending", NULL };
static const char *const articles[] = { "a", "an", NULL };
static const char *const unit_adjs[] = { "more", "additional", "further", "extra",
	"consecutive", "straight", "full", "business", "trading", "working", NULL };

static const struct tx_rules rules = {
	.lex = lex,
	.elisions = elisions,
	.slash_dmy = false,
	.ord_suffix = ord_suffix,
	.past_suffix = past_suffix,
	.deadline_preps = deadline_preps,
	.period_end = period_end,
	.period_adjs = period_adjs,
	.period_words = period_words,
	.unit_adjs = unit_adjs,
	.articles = articles,
	.partday_type = TX_DATE,
	.ref_type = TX_DATE,
	.approx_in_span = false,
	.det_in_span = false,
};

const struct lang lang_en = { "en", abbrevs, stopwords, &rules };
