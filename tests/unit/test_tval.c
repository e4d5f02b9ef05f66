/* test_tval.c - TIMEX3 values as calendar ranges. */
#include <criterion/criterion.h>

#include "tval.h"

static void
range_is(const char *v, int gran, struct ymd b, struct ymd e)
{
	struct tval t;
	struct ymd gb, ge;

	cr_assert_eq(tval_parse(v, &t), 0, "parse %s", v);
	cr_expect_eq(t.gran, gran, "gran of %s: %d", v, t.gran);
	cr_assert_eq(tval_range(&t, &gb, &ge), 0, "range of %s", v);
	cr_expect(gb.y == b.y && gb.m == b.m && gb.d == b.d, "%s begins %d-%d-%d", v, gb.y, gb.m, gb.d);
	cr_expect(ge.y == e.y && ge.m == e.m && ge.d == e.d, "%s ends %d-%d-%d", v, ge.y, ge.m, ge.d);
}

#define D(y, m, d) ((struct ymd){ y, m, d })

Test(tval, ranges)
{
	range_is("2021", GRAN_YEAR, D(2021, 1, 1), D(2022, 1, 1));
	range_is("2021-05", GRAN_MONTH, D(2021, 5, 1), D(2021, 6, 1));
	range_is("2021-12", GRAN_MONTH, D(2021, 12, 1), D(2022, 1, 1));
	range_is("2021-05-26", GRAN_DAY, D(2021, 5, 26), D(2021, 5, 27));
	range_is("2024-02-29", GRAN_DAY, D(2024, 2, 29), D(2024, 3, 1));
	range_is("2021-05-26T14:30", GRAN_TIME, D(2021, 5, 26), D(2021, 5, 27));
	range_is("2022-Q4", GRAN_QUARTER, D(2022, 10, 1), D(2023, 1, 1));
	range_is("2023-Q3", GRAN_QUARTER, D(2023, 7, 1), D(2023, 10, 1));
	range_is("2024-H1", GRAN_HALF, D(2024, 1, 1), D(2024, 7, 1));
	range_is("2024-H2", GRAN_HALF, D(2024, 7, 1), D(2025, 1, 1));
	range_is("2021-FA", GRAN_SEASON, D(2021, 9, 1), D(2021, 12, 1));
	range_is("2021-WI", GRAN_SEASON, D(2021, 12, 1), D(2022, 3, 1));
	range_is("201X", GRAN_DECADE, D(2010, 1, 1), D(2020, 1, 1));
	range_is("20XX", GRAN_CENTURY, D(2000, 1, 1), D(2100, 1, 1));
	range_is("2021-W01", GRAN_WEEK, D(2021, 1, 4), D(2021, 1, 11));
	range_is("2020-W53", GRAN_WEEK, D(2020, 12, 28), D(2021, 1, 4));
}

Test(tval, unanchored)
{
	struct tval t;
	struct ymd b, e;

	cr_assert_eq(tval_parse("P2Y", &t), 0);
	cr_expect_eq(tval_range(&t, &b, &e), -1);
	cr_assert_eq(tval_parse("PAST_REF", &t), 0);
	cr_expect_eq(t.gran, GRAN_REF);
	cr_expect_eq(tval_range(&t, &b, &e), -1);
	cr_assert_eq(tval_parse("XXXX-03", &t), 0);
	cr_expect_eq(tval_range(&t, &b, &e), -1);
}

Test(tval, rejects)
{
	struct tval t;

	cr_expect_eq(tval_parse("2021-02-30", &t), -1);
	cr_expect_eq(tval_parse("2021-13", &t), -1);
	cr_expect_eq(tval_parse("0000", &t), -1);
	cr_expect_eq(tval_parse("", &t), -1);
	cr_expect_eq(tval_parse("May 2021", &t), -1);
	cr_expect_eq(tval_parse("2021-Q5", &t), -1);
	cr_expect_eq(tval_parse("2021-W53", &t), -1, "2021 has 52 ISO weeks");
	cr_expect_eq(tval_parse("2020-W53", &t), 0, "2020 has 53");
}

Test(tval, contains_and_order)
{
	struct tval y, q, m, d, other;

	tval_parse("2022", &y);
	tval_parse("2022-Q4", &q);
	tval_parse("2022-11", &m);
	tval_parse("2022-11-15", &d);
	tval_parse("2023-01", &other);
	cr_expect(tval_contains(&y, &q));
	cr_expect(tval_contains(&q, &m));
	cr_expect(tval_contains(&m, &d));
	cr_expect(!tval_contains(&d, &m));
	cr_expect(!tval_contains(&q, &other));
	cr_expect_lt(tval_cmp(&y, &q), 0);	/* same start? no: 2022-01 < 2022-10 */
	cr_expect_lt(tval_cmp(&q, &m), 0);
	cr_expect_lt(tval_cmp(&m, &d), 0);
	cr_expect_lt(tval_cmp(&d, &other), 0);
	cr_expect_gt(tval_cmp(&other, &y), 0);

	struct tval m1, d1;
	tval_parse("2022-11", &m1);
	tval_parse("2022-11-01", &d1);
	cr_expect_lt(tval_cmp(&m1, &d1), 0, "coarser first at the same start");
}

Test(tval, day_arithmetic)
{
	cr_expect_eq(ymd_to_days(D(1970, 1, 1)), 0);
	cr_expect_eq(ymd_to_days(D(2000, 3, 1)), 11017);
	struct ymd r = days_to_ymd(ymd_to_days(D(2024, 2, 28)) + 1);
	cr_expect(r.y == 2024 && r.m == 2 && r.d == 29);
	cr_expect(!ymd_valid(2023, 2, 29));
	cr_expect(ymd_valid(2000, 2, 29));
	cr_expect(!ymd_valid(1900, 2, 29));
}
