/*
 * tval.h - TIMEX3 values as calendar ranges: parse, compare, contain.
 *
 * Shared by the tagger, the timeline (ordering and merging partial dates) and
 * the renderers (HTML datetime, iCalendar ranges, display text).
 */
#ifndef DL_TVAL_H
#define DL_TVAL_H

#include <stdbool.h>
#include "dateline.h"

/* A day: y-m-d, proleptic Gregorian. */
struct ymd {
	int y, m, d;
};

/*
 * Set out->v to V and out->gran from its shape ("2021" YEAR, "2021-Q4"
 * QUARTER, "2021-05-26" DAY, "201X" DECADE, "PAST_REF" REF, "P2Y" NONE...).
 * out->mod is left MOD_NONE.  Returns 0, or -1 if V is not a TIMEX3 value.
 */
int tval_parse(const char *v, struct tval *out);

/*
 * The days the value covers: [*beg, *end) with END exclusive ("2022-Q4" ->
 * 2022-10-01 .. 2023-01-01).  Returns 0, or -1 if the value is not anchored
 * in the calendar (durations, XXXX-03, PRESENT_REF...).  Mods are ignored.
 */
int tval_range(const struct tval *, struct ymd *beg, struct ymd *end);

/* True if A's range contains B's (both anchored). */
bool tval_contains(const struct tval *a, const struct tval *b);

/*
 * Chronological order: by start day, then coarser before finer, then by
 * value text; unanchored values last.  A total order, for qsort.
 */
int tval_cmp(const struct tval *a, const struct tval *b);

/* Days since 1970-01-01 (may be negative); and back. */
long ymd_to_days(struct ymd);
struct ymd days_to_ymd(long);
bool ymd_valid(int y, int m, int d);
int ymd_days_in_month(int y, int m);

#endif
