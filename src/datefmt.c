/*
 * datefmt.c - partial dates as text (ICU plus our tables) and HTML strings.
 *
 * Phrases are filled templates, not printf formats: "%1" and "%2" stand for
 * the first and second argument ("Q%1 %2" -> "Q4 2022"), so the tables stay
 * data and no format string comes from a table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ustring.h>

#include "datefmt.h"
#include "tval.h"
#include "util.h"

struct dtab {
	const char *code;
	const char *season[4];	/* SP SU FA WI */
	const char *quarter;	/* %1 quarter, %2 year */
	const char *quarter1;	/* the first quarter, if it differs */
	const char *half[2];	/* %1 year */
	const char *decade;	/* %1 first year */
	const char *century;	/* %1 ordinal number of the century */
	const char *week;	/* %1 week, %2 year */
	const char *weekend;	/* %1 week, %2 year */
	const char *ref[3];	/* PRESENT_REF, PAST_REF, FUTURE_REF */
	const char *mod[MOD_MAX];	/* %1 the date */
	const char *day1;	/* literal after the day number on the 1st */
};

static const struct dtab tabs[] = {
	{ "en",
	  { "spring %1", "summer %1", "autumn %1", "winter %1" },
	  "Q%1 %2", NULL,
	  { "H1 %1", "H2 %1" },
	  "the %1s", "century %1",
	  "week %1, %2", "weekend of week %1, %2",
	  { "now", "in the past", "in the future" },
	  { "%1", "early %1", "mid-%1", "late %1", "around %1", "before %1",
	    "after %1", "by %1", "from %1", "less than %1", "more than %1",
	    "at most %1", "at least %1" },
	  NULL },
	{ "fr",
	  { "printemps %1", "été %1", "automne %1", "hiver %1" },
	  "%1e trimestre %2", "1er trimestre %2",
	  { "premier semestre %1", "second semestre %1" },
	  "années %1", "%1e siècle",
	  "semaine %1 de %2", "week-end de la semaine %1 de %2",
	  { "aujourd’hui", "par le passé", "à l’avenir" },
	  { "%1", "début %1", "mi-%1", "fin %1", "vers %1", "avant %1",
	    "après %1", "au plus tard %1", "à partir de %1", "moins de %1",
	    "plus de %1", "au plus %1", "au moins %1" },
	  "er" },
};

struct datefmt {
	const struct dtab *t;
	UDateFormat *day, *day1, *month, *time;
};

/* Copy S into OUT (N bytes), cut at a code point boundary. */
static void
copy(char *out, size_t n, const char *s)
{
	size_t len = strlen(s);

	if (n == 0)
		return;
	if (len >= n) {
		len = n - 1;
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(out, s, len);
	out[len] = '\0';
}

/* TMPL with "%1" and "%2" replaced by A and B, into OUT. */
static void
fill(char *out, size_t n, const char *tmpl, const char *a, const char *b)
{
	struct buf r = {0};

	for (const char *p = tmpl; *p; p++) {
		if (p[0] == '%' && (p[1] == '1' || p[1] == '2')) {
			buf_puts(&r, p[1] == '1' ? a : b);
			p++;
		} else
			buf_putc(&r, *p);
	}
	copy(out, n, r.p ? r.p : "");
	buf_free(&r);
}

/*
 * A formatter for the locale's best pattern for SKELETON; with DAY1, the
 * literal DAY1 quoted after the day field ("d MMMM y" -> "d'er' MMMM y").
 */
static UDateFormat *
open_fmt(const char *locale, UDateTimePatternGenerator *pg, const char *skel,
    const char *day1)
{
	UChar us[32], pat[128], pat2[160], tz[4];
	UErrorCode err = U_ZERO_ERROR;
	int32_t n, j = 0;
	bool quoted = false, done = false;

	u_uastrcpy(us, skel);
	u_uastrcpy(tz, "UTC");
	n = udatpg_getBestPattern(pg, us, -1, pat, 128, &err);
	if (U_FAILURE(err) || n <= 0 || n >= 128)
		return NULL;
	if (day1 != NULL) {
		for (int32_t i = 0; i < n && j < 150; i++) {
			pat2[j++] = pat[i];
			if (pat[i] == '\'')
				quoted = !quoted;
			else if (!quoted && !done && pat[i] == 'd' &&
			    (i + 1 == n || pat[i + 1] != 'd')) {
				pat2[j++] = '\'';
				for (const char *s = day1; *s && j < 150; s++)
					pat2[j++] = (UChar)*s;
				pat2[j++] = '\'';
				done = true;
			}
		}
		memcpy(pat, pat2, (size_t)j * sizeof *pat);
		n = j;
	}
	UDateFormat *f = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, tz, -1,
	    pat, n, &err);
	if (U_FAILURE(err)) {
		if (f)
			udat_close(f);
		return NULL;
	}
	return f;
}

struct datefmt *
datefmt_new(const char *locale)
{
	struct datefmt *df = xcalloc(1, sizeof *df);
	UErrorCode err = U_ZERO_ERROR;
	UDateTimePatternGenerator *pg;

	if (locale == NULL || *locale == '\0')
		locale = "en";
	df->t = &tabs[0];
	for (size_t i = 0; i < sizeof tabs / sizeof tabs[0]; i++)
		if (strcmp(tabs[i].code, locale) == 0)
			df->t = &tabs[i];
	/* ICU's "en" is American ("May 1, 2021"); we write "1 May 2021". */
	if (strcmp(locale, "en") == 0)
		locale = "en_GB";
	pg = udatpg_open(locale, &err);
	if (U_FAILURE(err) || pg == NULL)
		return df;
	df->day = open_fmt(locale, pg, "yMMMMd", NULL);
	df->day1 = df->t->day1 ? open_fmt(locale, pg, "yMMMMd", df->t->day1) : NULL;
	df->month = open_fmt(locale, pg, "yMMMM", NULL);
	df->time = open_fmt(locale, pg, "yMMMMdHHmm", NULL);
	udatpg_close(pg);
	return df;
}

void
datefmt_free(struct datefmt *df)
{
	if (df == NULL)
		return;
	if (df->day)
		udat_close(df->day);
	if (df->day1)
		udat_close(df->day1);
	if (df->month)
		udat_close(df->month);
	if (df->time)
		udat_close(df->time);
	free(df);
}

/* Format the UTC day D (plus MINUTES) with F into OUT; -1 if F is NULL. */
static int
icu_fmt(UDateFormat *f, struct ymd d, int minutes, char *out, size_t n)
{
	UChar u[128];
	char s[384];
	UErrorCode err = U_ZERO_ERROR;
	UDate t = ((double)ymd_to_days(d) * 86400.0 + minutes * 60.0) * 1000.0;

	if (f == NULL)
		return -1;
	int32_t un = udat_format(f, t, u, 128, NULL, &err);
	if (U_FAILURE(err) || un >= 128)
		return -1;
	err = U_ZERO_ERROR;
	u_strToUTF8(s, sizeof s, NULL, u, un, &err);
	if (U_FAILURE(err))
		return -1;
	copy(out, n, s);
	return 0;
}

/* The bare text of T (no modifier) into OUT; -1 if we have none. */
static int
bare(const struct datefmt *df, const struct tval *t, char *out, size_t n)
{
	const struct dtab *tb = df->t;
	struct ymd b, e;
	char y[16], k[16];
	const char *v = t->v;

	if (strcmp(v, "PRESENT_REF") == 0 || strcmp(v, "PAST_REF") == 0 ||
	    strcmp(v, "FUTURE_REF") == 0) {
		copy(out, n, tb->ref[v[0] == 'P' ? (v[1] == 'R' ? 0 : 1) : 2]);
		return 0;
	}
	if (tval_range(t, &b, &e) != 0)
		return -1;
	snprintf(y, sizeof y, "%d", b.y);
	switch (t->gran) {
	case GRAN_CENTURY:
		snprintf(k, sizeof k, "%d", b.y / 100 + 1);
		fill(out, n, tb->century, k, "");
		return 0;
	case GRAN_DECADE:
		snprintf(k, sizeof k, "%d", b.y - b.y % 10);
		fill(out, n, tb->decade, k, "");
		return 0;
	case GRAN_YEAR:
		copy(out, n, y);
		return 0;
	case GRAN_HALF:
		fill(out, n, tb->half[b.m > 6], y, "");
		return 0;
	case GRAN_SEASON: {
		static const char codes[] = "SPSUFAWI";
		int s = 0;
		for (int i = 0; i < 4; i++)
			if (strncmp(v + 5, codes + 2 * i, 2) == 0)
				s = i;
		fill(out, n, tb->season[s], y, "");
		return 0;
	}
	case GRAN_QUARTER:
		snprintf(k, sizeof k, "%d", (b.m + 2) / 3);
		fill(out, n, b.m == 1 && tb->quarter1 ? tb->quarter1 : tb->quarter,
		    k, y);
		return 0;
	case GRAN_MONTH:
		return icu_fmt(df->month, b, 0, out, n);
	case GRAN_WEEK: {
		int w = atoi(v + 6);
		snprintf(k, sizeof k, "%d", w);
		snprintf(y, sizeof y, "%.4s", v);
		fill(out, n, strstr(v, "-WE") ? tb->weekend : tb->week, k, y);
		return 0;
	}
	case GRAN_DAY:
		return icu_fmt(b.d == 1 && df->day1 ? df->day1 : df->day, b, 0,
		    out, n);
	case GRAN_TIME: {
		const char *tp = strchr(v, 'T');
		int hh, mm;
		if (tp && sscanf(tp + 1, "%2d:%2d", &hh, &mm) == 2 &&
		    hh >= 0 && hh < 24 && mm >= 0 && mm < 60)
			return icu_fmt(df->time, b, hh * 60 + mm, out, n);
		return icu_fmt(b.d == 1 && df->day1 ? df->day1 : df->day, b, 0,
		    out, n);
	}
	default:
		return -1;
	}
}

int
datefmt_text(const struct datefmt *df, const struct tval *t, char *out, size_t n)
{
	char inner[256];

	if (bare(df, t, inner, sizeof inner) != 0) {
		copy(out, n, t->v);
		return -1;
	}
	fill(out, n, t->mod < MOD_MAX ? df->t->mod[t->mod] : "%1", inner, "");
	return 0;
}

void
datefmt_html(const struct tval *t, char *out, size_t n)
{
	struct ymd b, e, last;
	long db, de;

	copy(out, n, "");
	if (tval_range(t, &b, &e) != 0)
		return;
	db = ymd_to_days(b);
	de = ymd_to_days(e);
	if (de <= db || b.y < 1 || b.y > 9999)
		return;
	last = days_to_ymd(de - 1);
	if (de - db == 1)
		snprintf(out, n, "%04d-%02d-%02d", b.y, b.m, b.d);
	else if (t->gran == GRAN_WEEK && strlen(t->v) >= 8 && t->v[5] == 'W' &&
	    t->v[6] >= '0' && t->v[6] <= '9' && t->v[7] >= '0' && t->v[7] <= '9')
		snprintf(out, n, "%.8s", t->v);
	else if (last.y == b.y && last.m == b.m)
		snprintf(out, n, "%04d-%02d", b.y, b.m);
	else if (last.y == b.y)
		snprintf(out, n, "%04d", b.y);
}
