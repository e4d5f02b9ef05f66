/*
 * lang_fr.c - French: data only.
 */
#include <stddef.h>

#include "dateline.h"
#include "lang.h"
#include "timex_rules.h"

static const char *const abbrevs[] = {
	"M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Dr.", "Pr.", "Me.",
	"Mgr.", "S.A.", "S.A.S.", "S.A.R.L.", "av.", "apr.", "J.-C.", "etc.",
	"cf.", "p.", "pp.", "env.", "vol.", "n.", "no.", "tél.", "Cie.",
	"janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.",
	"déc.", "St.", "Ste.", NULL
};

static const char *const stopwords[] = {
	"le", "la", "les", "des", "et", "du", "une", "est", "pour", "dans",
	"avec", "sur", "par", "qui", "que", "au", "aux", "son", "ses", "sont",
	"a", "en", "ce", "cette", "leur", "plus", "pas", "annonce", "nouvelle",
	"de", NULL
};

static const struct tx_lex lex[] = {
	{ "janvier", TC_MONTH, 1 }, { "janv", TC_MONTH, 200 + 1 },
	{ "fevrier", TC_MONTH, 2 }, { "fevr", TC_MONTH, 200 + 2 }, { "fev", TC_MONTH, 200 + 2 },
	{ "mars", TC_MONTH, 3 },
	{ "avril", TC_MONTH, 4 }, { "avr", TC_MONTH, 200 + 4 },
	{ "mai", TC_MONTH, 5 },
	{ "juin", TC_MONTH, 6 },
	{ "juillet", TC_MONTH, 7 }, { "juil", TC_MONTH, 200 + 7 },
	{ "aout", TC_MONTH, 8 },
	{ "septembre", TC_MONTH, 9 }, { "sept", TC_MONTH, 200 + 9 },
	{ "octobre", TC_MONTH, 10 }, { "oct", TC_MONTH, 200 + 10 },
	{ "novembre", TC_MONTH, 11 }, { "nov", TC_MONTH, 200 + 11 },
	{ "decembre", TC_MONTH, 12 }, { "dec", TC_MONTH, 200 + 12 },

	{ "lundi", TC_WEEKDAY, 1 }, { "mardi", TC_WEEKDAY, 2 },
	{ "mercredi", TC_WEEKDAY, 3 }, { "jeudi", TC_WEEKDAY, 4 },
	{ "vendredi", TC_WEEKDAY, 5 }, { "samedi", TC_WEEKDAY, 6 },
	{ "dimanche", TC_WEEKDAY, 7 },

	{ "printemps", TC_SEASON, 1 }, { "ete", TC_SEASON, 2 },
	{ "ete", TC_AUX, 0 },	/* "ont été signés": a participle after it */
	{ "automne", TC_SEASON, 3 }, { "hiver", TC_SEASON, 4 },

	{ "un", TC_NUMBER, 1 }, { "une", TC_NUMBER, 1 },
	{ "deux", TC_NUMBER, 2 }, { "trois", TC_NUMBER, 3 },
	{ "quatre", TC_NUMBER, 4 }, { "cinq", TC_NUMBER, 5 },
	{ "six", TC_NUMBER, 6 }, { "sept", TC_NUMBER, 7 },
	{ "huit", TC_NUMBER, 8 }, { "neuf", TC_NUMBER, 9 },
	{ "dix", TC_NUMBER, 10 }, { "onze", TC_NUMBER, 11 },
	{ "douze", TC_NUMBER, 12 }, { "quinze", TC_NUMBER, 15 },
	{ "dix-huit", TC_NUMBER, 18 }, { "vingt", TC_NUMBER, 20 },
	{ "trente", TC_NUMBER, 30 }, { "quarante", TC_NUMBER, 40 },
	{ "cinquante", TC_NUMBER, 50 }, { "soixante", TC_NUMBER, 60 },
	{ "cent", TC_NUMBER, 100 }, { "douzaine", TC_NUMBER, 12 },
	{ "dizaine", TC_NUMBER, 10 }, { "quinzaine", TC_NUMBER, 15 },
	{ "vingtaine", TC_NUMBER, 20 }, { "trentaine", TC_NUMBER, 30 },
	{ "cinquantaine", TC_NUMBER, 50 }, { "centaine", TC_NUMBER, 100 },
	{ "quelques", TC_FEW, 0 }, { "plusieurs", TC_FEW, 0 },

	{ "premier", TC_ORDINAL, 1 }, { "premiere", TC_ORDINAL, 1 },
	{ "1er", TC_ORDINAL, 1 }, { "1re", TC_ORDINAL, 1 },
	{ "deuxieme", TC_ORDINAL, 2 }, { "second", TC_ORDINAL, 2 },
	{ "seconde", TC_ORDINAL, 2 }, { "troisieme", TC_ORDINAL, 3 },
	{ "quatrieme", TC_ORDINAL, 4 },

	{ "jour", TC_UNIT, TU_DAY }, { "jours", TC_UNIT, TU_DAY },
	{ "journee", TC_UNIT, TU_DAY },
	{ "semaine", TC_UNIT, TU_WEEK }, { "semaines", TC_UNIT, TU_WEEK },
	{ "mois", TC_UNIT, TU_MONTH },
	{ "an", TC_UNIT, TU_YEAR }, { "ans", TC_UNIT, TU_YEAR },
	{ "annee", TC_UNIT, TU_YEAR }, { "annees", TC_UNIT, TU_YEAR },
	{ "decennie", TC_UNIT, TU_DECADE }, { "decennies", TC_UNIT, TU_DECADE },
	{ "heure", TC_UNIT, TU_HOUR }, { "heures", TC_UNIT, TU_HOUR },
	{ "minute", TC_UNIT, TU_MINUTE }, { "minutes", TC_UNIT, TU_MINUTE },
	{ "week-end", TC_UNIT, TU_WEEKEND },
	{ "trimestre", TC_QUARTER, 0 }, { "trimestres", TC_QUARTER, 0 },
	{ "semestre", TC_HALF, 0 }, { "semestres", TC_HALF, 0 },
	/* Auxiliaries of the past tenses ("ont signé", "avait annoncé"); "a" is
	 * left out: it is also "à" written without its accent. */
	{ "ont", TC_PASTV, 0 }, { "avait", TC_PASTV, 0 }, { "avaient", TC_PASTV, 0 },
	{ "etait", TC_PASTV, 0 }, { "etaient", TC_PASTV, 0 }, { "fut", TC_PASTV, 0 },
	{ "furent", TC_PASTV, 0 }, { "eut", TC_PASTV, 0 },
	{ "clos", TC_PASTV, 0 }, { "close", TC_PASTV, 0 },	/* "l'exercice clos le 31 mars" */
	{ "est", TC_AUX, 0 }, { "sont", TC_AUX, 0 }, { "etre", TC_PASSIVE, 0 },
	{ "qui", TC_REL, 0 }, { "dont", TC_REL, 0 }, { "lequel", TC_REL, 0 },
	{ "laquelle", TC_REL, 0 }, { "lesquels", TC_REL, 0 }, { "lesquelles", TC_REL, 0 },
	{ "proche avenir", TC_REF, 3 },
	{ "quinquennat", TC_TERM, 5 }, { "septennat", TC_TERM, 7 },
	{ "noel", TC_HOLIDAY, 1225 }, { "saint-sylvestre", TC_HOLIDAY, 1231 },
	{ "toussaint", TC_HOLIDAY, 1101 }, { "saint-valentin", TC_HOLIDAY, 214 },
	{ "fete du travail", TC_HOLIDAY, 501 }, { "fete nationale", TC_HOLIDAY, 714 },
	{ "paques", TC_HOLIDAY, HOLIDAY_EASTER + 100 }, { "lundi de paques", TC_HOLIDAY, HOLIDAY_EASTER + 101 },
	{ "pentecote", TC_HOLIDAY, HOLIDAY_EASTER + 149 }, { "lundi de pentecote", TC_HOLIDAY, HOLIDAY_EASTER + 150 },
	{ "demi", TC_HALF, 0 }, { "demie", TC_HALF, 0 }, { "mille", TC_NUMBER, 1000 },
	{ "siecle", TC_CENTURY, 0 },

	{ "dernier", TC_PAST, 0 }, { "derniere", TC_PAST, 0 },
	{ "derniers", TC_PAST, 0 }, { "dernieres", TC_PAST, 0 },
	{ "prochains", TC_NEXT, 0 }, { "prochaines", TC_NEXT, 0 },
	{ "passe", TC_PAST, 0 }, { "passee", TC_PAST, 0 },
	{ "precedent", TC_PAST, 1 }, { "precedente", TC_PAST, 1 },
	{ "prochain", TC_NEXT, 0 }, { "prochaine", TC_NEXT, 0 },
	{ "suivant", TC_NEXT, 1 }, { "suivante", TC_NEXT, 1 },
	{ "a venir", TC_NEXT, 2 }, { "qui viennent", TC_NEXT, 2 },
	{ "ce", TC_THIS, 0 }, { "cet", TC_THIS, 0 }, { "cette", TC_THIS, 0 },
	{ "ces", TC_THIS, 0 },
	{ "courant", TC_THIS, 5 }, { "courante", TC_THIS, 5 }, { "en cours", TC_THIS, 5 },

	{ "aujourd'hui", TC_DAYREF, 0 }, { "hier", TC_DAYREF, -1 },
	{ "demain", TC_DAYREF, 1 }, { "avant-hier", TC_DAYREF, -2 },
	{ "lendemain", TC_DAYREF, DAYREF_ANCHORED + 1 }, { "veille", TC_DAYREF, DAYREF_ANCHORED - 1 },
	{ "apres-demain", TC_DAYREF, 2 },
	{ "maintenant", TC_REF, 1 }, { "actuellement", TC_REF, 1 },
	{ "desormais", TC_REF, 1 }, { "dorenavant", TC_REF, 6 },
	{ "en ce moment", TC_REF, 1 }, { "bientot", TC_REF, 3 },
	{ "actuel", TC_REF, 1 }, { "actuelle", TC_REF, 1 }, { "auparavant", TC_REF, 2 },
	{ "age", TC_AGE, 0 }, { "agee", TC_AGE, 0 }, { "ages", TC_AGE, 0 },
	{ "recemment", TC_REF, 2 }, { "autrefois", TC_REF, 2 },
	{ "jadis", TC_REF, 2 }, { "naguere", TC_REF, 2 },
	{ "avenir", TC_REF, 3 },

	{ "debut", TC_MOD, MOD_START }, { "mi", TC_MOD, MOD_MID },
	{ "milieu", TC_MOD, MOD_MID }, { "fin", TC_MOD, MOD_END },
	{ "environ", TC_APPROX, 0 }, { "vers", TC_APPROX, APPROX_OUT_OF_SPAN },
	{ "plus", TC_COMPAR, 100 + MOD_MORE_THAN },	/* + 100: only before "de" */
	{ "moins", TC_COMPAR, 100 + MOD_LESS_THAN },
	{ "au moins", TC_COMPAR, MOD_EQUAL_OR_MORE },
	{ "pres", TC_APPROX, 0 }, { "quelque", TC_APPROX, 0 },

	{ "il y a", TC_AGO_PRE, 0 },
	{ "dans", TC_IN, 0 },
	{ "d'ici", TC_WITHIN, 0 }, { "sous", TC_WITHIN, 0 },
	{ "chaque", TC_EVERY, 0 }, { "tous", TC_EVERY, 0 }, { "toutes", TC_EVERY, 0 },
	{ "annuellement", TC_SETADV, TU_YEAR }, { "mensuellement", TC_SETADV, TU_MONTH },
	{ "trimestriellement", TC_SETADV, 100 + TU_QUARTER },
	{ "quotidiennement", TC_SETADV, TU_DAY }, { "annuel", TC_SETADV, TU_YEAR },
	{ "annuelle", TC_SETADV, TU_YEAR }, { "hebdomadaire", TC_SETADV, TU_WEEK },
	{ "mensuel", TC_SETADV, TU_MONTH }, { "mensuelle", TC_SETADV, TU_MONTH },

	{ "le", TC_DET, DET_SINGULAR }, { "la", TC_DET, 0 }, { "les", TC_DET, 0 },
	{ "l'", TC_DET, 0 },
	{ "de", TC_OF, 0 }, { "d'", TC_OF, 0 }, { "du", TC_FROM, 0 }, { "du", TC_OF, 0 },
	{ "des", TC_OF, 0 },
	{ "au", TC_RANGE, 0 }, { "a", TC_RANGE, 0 }, { "a", TC_AUX, 0 }, { "jusqu'au", TC_RANGE, 0 },
	{ "jusqu'a", TC_RANGE, 0 },
	{ "et", TC_AND, 0 },
	{ "entre", TC_FROM, 0 },
	{ "en", TC_PREP, 0 }, { "depuis", TC_PREP, 0 }, { "avant", TC_PREP, 0 },
	{ "apres", TC_PREP, 0 }, { "plus tard", TC_LATER, 0 }, { "jusqu'en", TC_PREP, 0 },
	{ "pour", TC_PREP, 0 }, { "pendant", TC_PREP, 0 }, { "durant", TC_PREP, 0 },
	{ "courant", TC_PREP, 0 }, { "par", TC_PER, 0 }, { "sur", TC_PREP, 0 },
	{ "fois", TC_PER, 0 },

	{ "matin", TC_PARTDAY, 1 }, { "matinee", TC_PARTDAY, 1 },
	{ "apres-midi", TC_PARTDAY, 2 }, { "soir", TC_PARTDAY, 3 },
	{ "soiree", TC_PARTDAY, 3 }, { "nuit", TC_PARTDAY, 4 },
	{ "midi", TC_PARTDAY, 5 }, { "minuit", TC_PARTDAY, 6 },
	{ "h", TC_HOUR, HOUR_MINUTES },

	{ "page", TC_NOTYEAR, 0 }, { "pages", TC_NOTYEAR, 0 }, { "p", TC_NOTYEAR, 0 },
	{ "numero", TC_NOTYEAR, 0 }, { "article", TC_NOTYEAR, 0 }, { "section", TC_NOTYEAR, 0 },
	{ "chapitre", TC_NOTYEAR, 0 }, { "figure", TC_NOTYEAR, 0 }, { "tableau", TC_NOTYEAR, 0 },
	{ "salle", TC_NOTYEAR, 0 }, { "vol", TC_NOTYEAR, 0 }, { "ligne", TC_NOTYEAR, 0 },
	{ "version", TC_NOTYEAR, 0 }, { "modele", TC_NOTYEAR, 0 },
	{ "devrait", TC_FUTURE, 0 }, { "devraient", TC_FUTURE, 0 },
	{ "va", TC_FUTURE, 0 }, { "vont", TC_FUTURE, 0 },
	{ "prevoit", TC_FUTURE, 0 }, { "prevu", TC_FUTURE, 0 },
	{ "prevoient", TC_FUTURE, 0 }, { "vise", TC_FUTURE, 0 }, { "visent", TC_FUTURE, 0 },
	{ "envisage", TC_FUTURE, 0 }, { "envisagent", TC_FUTURE, 0 },
	{ "prevue", TC_FUTURE, 0 }, { "attendu", TC_FUTURE, 0 },
	{ "attendue", TC_FUTURE, 0 }, { "sera", TC_FUTURE, 0 },
	{ "prevus", TC_FUTURE, 0 }, { "prevues", TC_FUTURE, 0 },
	{ "attendus", TC_FUTURE, 0 }, { "attendues", TC_FUTURE, 0 },
	{ "programme", TC_FUTURE, 0 }, { "programmee", TC_FUTURE, 0 },
	{ "seront", TC_FUTURE, 0 }, { "pourra", TC_FUTURE, 0 },
	{ NULL, 0, 0 }
};

static const char *const elisions[] = {
	"l", "d", "qu", "j", "n", "s", "c", "m", "t", "lorsqu", "puisqu", NULL
};
static const char *const ord_suffix[] = { "er", "re", "e", "eme", "ieme", NULL };
static const char *const deadline_preps[] = { "d'ici", "jusqu'en", "jusqu'au", "jusqu'a", NULL };
static const char *const period_end[] = { "clos", "close", "achevee", "acheve", "terminee", "termine", NULL };
static const char *const vague_dets[] = { "des", NULL };
static const char *const age_nouns[] = { "homme", "femme", "fille", "fillette", "garcon",
	"enfant", "bebe", "jeune", "adolescent", "adolescente", "personne", "individu",
	"victime", "retraite", "retraitee", "pere", "mere", "fils", "chauffeur", "conducteur",
	"conductrice", "pieton", "pietonne", "motard", "cycliste", "ouvrier", "ouvriere",
	"agriculteur", "agricultrice", "patient", "patiente", "detenu", "suspect", "eleve",
	"etudiant", "etudiante", "habitant", "habitante", "joueur", "joueuse", "militant",
	"militante", "touriste", "octogenaire", "septuagenaire", "quadragenaire", NULL };
static const char *const clock_preps[] = { "a", "vers", "des", "avant", "apres", NULL };
static const char *const articles[] = { "un", "une", NULL };
static const char *const every_nth[] = { "sur", NULL };
static const char *const unit_adjs[] = { "longues", "longs", "pleines", "pleins", NULL };
/* The future, and the conditional that is the future seen from the past
 * ("a annoncé qu'elle fermerait en mars"); not "aurait" (+ participle: a
 * past fact reported without being confirmed). */
static const char *const future_suffix[] = { "era", "eront", "ira", "iront", "dra", "dront",
	"ura", "uront", "rra", "rront", "erait", "eraient", "irait", "iraient", "drait",
	"draient", "rrait", "rraient", NULL };

/* Past participles of the -er verbs, as written: "signé", "annoncées"
 * ("publie" is the present, "publié" a participle). */
static const char *const participle_ends[] = { "\u00e9", "\u00e9e", "\u00e9s", "\u00e9es", NULL };

static const struct tx_rules rules = {
	.lex = lex,
	.elisions = elisions,
	.slash_dmy = true,
	.ord_suffix = ord_suffix,
	.partday_type = TX_TIME,
	.ref_type = TX_TIME,
	.approx_in_span = true,
	.det_in_span = true,
	.future_suffix = future_suffix,
	.deadline_preps = deadline_preps,
	.period_end = period_end,
	.vague_dets = vague_dets,
	.participle_ends = participle_ends,
	.unit_adjs = unit_adjs,
	.articles = articles,
	.every_nth = every_nth,
	.past_days_back = true,
	.years_decade = true,
	.clock_preps = clock_preps,
	.age_nouns = age_nouns,
};

const struct lang lang_fr = { "fr", abbrevs, stopwords, &rules };
