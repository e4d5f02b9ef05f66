/*
 * tval.c - TIMEX3 values as calendar ranges.
 *
 * A value is parsed by its shape, never by language:
 *   "2021"        YEAR      2021-01-01 .. 2022-01-01
 *   "2021-05"     MONTH     2021-05-01 .. 2021-06-01
 *   "2021-05-26"  DAY       one day; "2021-05-26T14:30" TIME, the same day
 *   "2021-W21"    WEEK      ISO week, Monday to Monday
 *   "2022-Q4"     QUARTER   2022-10-01 .. 2023-01-01
 *   "2024-H1"     HALF      2024-01-01 .. 2024-07-01
 *   "2021-FA"     SEASON    meteorological, northern: SP Mar-May, SU Jun-Aug,
 *                           FA Sep-Nov, WI Dec-Feb (of the next year)
 *   "201X"        DECADE    2010 .. 2020;  "20" or "20XX" CENTURY 2000 .. 2100
 *   "PAST_REF"    REF       not anchored
 *   "P2Y", "XXXX-03", "XXXX-WXX-1"   NONE, not anchored
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tval.h"

bool
ymd_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= ymd_days_in_month(y, m);
}

int
ymd_days_in_month(int y, int m)
{
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && leap ? 29 : dim[m - 1];
}

/* Howard Hinnant's days_from_civil. */
long
ymd_to_days(struct ymd d)
{
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct ymd
days_to_ymd(long z)
{
	struct ymd r;
	long era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(y + (r.m <= 2));
	return r;
}

/* The day after valid day D: days_to_ymd(ymd_to_days(D) + 1) without the
 * round trip. */
static struct ymd
next_day(struct ymd d)
{
	if (d.d < ymd_days_in_month(d.y, d.m))
		return (struct ymd){ d.y, d.m, d.d + 1 };
	if (d.m < 12)
		return (struct ymd){ d.y, d.m + 1, 1 };
	return (struct ymd){ d.y + 1, 1, 1 };
}

/* N digits at S, or -1. */
static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Shape of a value: gran and, if anchored, its range.  -1 if not a value. */
static int
shape(const char *v, int *gran, struct ymd *b, struct ymd *e)
{
	size_t n = strlen(v);
	int y, m, d;

	*gran = GRAN_NONE;
	b->y = e->y = 0;
	if (n == 0)
		return -1;
	if ((v[0] == 'P' || v[0] == 'F') && (strcmp(v, "PRESENT_REF") == 0 ||
	    strcmp(v, "PAST_REF") == 0 || strcmp(v, "FUTURE_REF") == 0)) {
		*gran = GRAN_REF;
		return 1;
	}
	if (v[0] == 'P' || (v[0] == 'X' && n >= 4))
		return v[0] == 'P' || strncmp(v, "XXXX", 4) == 0 ? 1 : -1;
	/* Centuries and decades: "20", "20XX", "201X". */
	if (n == 2 && (y = digits(v, 2)) >= 0) {
		*gran = GRAN_CENTURY;
		*b = (struct ymd){ y > 0 ? y * 100 : 1, 1, 1 };
		*e = (struct ymd){ y * 100 + 100, 1, 1 };
		return 0;
	}
	if (n == 4 && strcmp(v + 2, "XX") == 0 && (y = digits(v, 2)) >= 0) {
		*gran = GRAN_CENTURY;
		*b = (struct ymd){ y > 0 ? y * 100 : 1, 1, 1 };
		*e = (struct ymd){ y * 100 + 100, 1, 1 };
		return 0;
	}
	if (n == 3 && (y = digits(v, 3)) >= 0) {
		*gran = GRAN_DECADE;
		*b = (struct ymd){ y > 0 ? y * 10 : 1, 1, 1 };
		*e = (struct ymd){ y * 10 + 10, 1, 1 };
		return 0;
	}
	if (n == 4 && v[3] == 'X' && (y = digits(v, 3)) >= 0) {
		*gran = GRAN_DECADE;
		*b = (struct ymd){ y > 0 ? y * 10 : 1, 1, 1 };
		*e = (struct ymd){ y * 10 + 10, 1, 1 };
		return 0;
	}
	if (n < 4 || (y = digits(v, 4)) < 1)
		return -1;
	if (n == 4) {
		*gran = GRAN_YEAR;
		*b = (struct ymd){ y, 1, 1 };
		*e = (struct ymd){ y + 1, 1, 1 };
		return 0;
	}
	if (v[4] != '-')
		return -1;
	const char *r = v + 5;
	size_t rn = n - 5;
	if (rn == 2 && r[0] == 'Q' && r[1] >= '1' && r[1] <= '4') {
		int q = r[1] - '0';
		*gran = GRAN_QUARTER;
		*b = (struct ymd){ y, 3 * q - 2, 1 };
		*e = q == 4 ? (struct ymd){ y + 1, 1, 1 } : (struct ymd){ y, 3 * q + 1, 1 };
		return 0;
	}
	if (rn == 2 && r[0] == 'H' && (r[1] == '1' || r[1] == '2')) {
		*gran = GRAN_HALF;
		*b = (struct ymd){ y, r[1] == '1' ? 1 : 7, 1 };
		*e = r[1] == '1' ? (struct ymd){ y, 7, 1 } : (struct ymd){ y + 1, 1, 1 };
		return 0;
	}
	if (rn == 2 && (!strcmp(r, "SP") || !strcmp(r, "SU") || !strcmp(r, "FA") ||
	    !strcmp(r, "WI"))) {
		*gran = GRAN_SEASON;
		if (r[0] == 'S' && r[1] == 'P')
			*b = (struct ymd){ y, 3, 1 }, *e = (struct ymd){ y, 6, 1 };
		else if (r[0] == 'S')
			*b = (struct ymd){ y, 6, 1 }, *e = (struct ymd){ y, 9, 1 };
		else if (r[0] == 'F')
			*b = (struct ymd){ y, 9, 1 }, *e = (struct ymd){ y, 12, 1 };
		else
			*b = (struct ymd){ y, 12, 1 }, *e = (struct ymd){ y + 1, 3, 1 };
		return 0;
	}
	if (rn >= 3 && r[0] == 'W') {
		int w = digits(r + 1, 2);
		if (w < 1 || w > 53)
			return rn >= 3 && r[1] == 'X' ? 1 : -1;
		/* ISO week 1 holds January 4th. */
		struct ymd j4 = { y, 1, 4 };
		long d4 = ymd_to_days(j4);
		long wd = ((d4 % 7) + 7 + 3) % 7;	/* 0 = Monday (1970-01-01 was a Thursday) */
		long mon = d4 - wd + (long)(w - 1) * 7;
		/* Week 53 exists only where December 28th falls in it. */
		if (w == 53 && ymd_to_days((struct ymd){ y, 12, 28 }) < mon)
			return -1;
		*gran = GRAN_WEEK;
		if (rn == 3) {
			*b = days_to_ymd(mon);
			*e = days_to_ymd(mon + 7);
			return 0;
		}
		if (rn == 5 && r[3] == '-' && r[4] >= '1' && r[4] <= '7') {
			*gran = GRAN_DAY;
			*b = days_to_ymd(mon + (r[4] - '1'));
			*e = days_to_ymd(mon + (r[4] - '1') + 1);
			return 0;
		}
		if (!strcmp(r + 3, "-WE")) {
			*b = days_to_ymd(mon + 5);
			*e = days_to_ymd(mon + 7);
			return 0;
		}
		return -1;
	}
	if (rn < 2 || (m = digits(r, 2)) < 1 || m > 12)
		return rn >= 2 && r[0] == 'X' ? 1 : -1;
	if (rn == 2) {
		*gran = GRAN_MONTH;
		*b = (struct ymd){ y, m, 1 };
		*e = m == 12 ? (struct ymd){ y + 1, 1, 1 } : (struct ymd){ y, m + 1, 1 };
		return 0;
	}
	if (r[2] != '-' || rn < 5 || (d = digits(r + 3, 2)) < 1 || !ymd_valid(y, m, d))
		return -1;
	*gran = rn == 5 ? GRAN_DAY : GRAN_TIME;
	if (rn > 5 && r[5] != 'T')
		return -1;
	*b = (struct ymd){ y, m, d };
	*e = next_day(*b);
	return 0;
}

int
tval_parse(const char *v, struct tval *out)
{
	struct ymd b, e;
	int gran;

	memset(out, 0, sizeof *out);
	if (strlen(v) >= sizeof out->v || shape(v, &gran, &b, &e) < 0)
		return -1;
	memcpy(out->v, v, strlen(v) + 1);
	out->gran = (uint8_t)gran;
	return 0;
}

int
tval_range(const struct tval *t, struct ymd *beg, struct ymd *end)
{
	int gran;

	if (shape(t->v, &gran, beg, end) != 0)
		return -1;
	return 0;
}

bool
tval_contains(const struct tval *a, const struct tval *b)
{
	struct ymd ab, ae, bb, be;

	if (tval_range(a, &ab, &ae) != 0 || tval_range(b, &bb, &be) != 0)
		return false;
	return ymd_to_days(ab) <= ymd_to_days(bb) && ymd_to_days(be) <= ymd_to_days(ae);
}

int
tval_cmp(const struct tval *a, const struct tval *b)
{
	struct ymd ab, ae, bb, be;
	bool ha = tval_range(a, &ab, &ae) == 0;
	bool hb = tval_range(b, &bb, &be) == 0;

	if (ha != hb)
		return ha ? -1 : 1;
	if (ha) {
		long da = ymd_to_days(ab), db = ymd_to_days(bb);
		if (da != db)
			return da < db ? -1 : 1;
		/* Same start: the wider range (coarser) first. */
		long ea = ymd_to_days(ae), eb = ymd_to_days(be);
		if (ea != eb)
			return ea > eb ? -1 : 1;
	}
	if (a->mod != b->mod)
		return a->mod < b->mod ? -1 : 1;
	return strcmp(a->v, b->v);
}
