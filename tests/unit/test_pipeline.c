/* test_pipeline.c - the worker pool: every result to DONE once, in path
 * order, one call at a time, whatever the number of threads; records and
 * the cache agree with the JSON Lines. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <criterion/criterion.h>

#include "pipeline.h"
#include "util.h"

#define NFILES 300

static char dir[] = "/tmp/dl-pipeline-XXXXXX";
static char *paths[NFILES];

static void
make_files(void)
{
	cr_assert_not_null(mkdtemp(dir));
	for (int i = 0; i < NFILES; i++) {
		char name[64], text[256];
		snprintf(name, sizeof name, "%s/%03d.txt", dir, i);
		/* Sizes that differ a lot, so workers finish out of order; a few
		 * files that are rejected (not text). */
		int n = snprintf(text, sizeof text, "%s%d.\n",
		    i % 7 == 0 ? "Orange and Capgemini signed a partnership agreement on 3 March 2021 " : "Note ",
		    i);
		if (i % 50 == 49)
			text[0] = '\0', n = 1;	/* a NUL byte: rejected */
		cr_assert_eq(write_file_atomic(name, text, (size_t)n), 0);
		paths[i] = xstrdup(name);
	}
}

static void
remove_files(void)
{
	for (int i = 0; i < NFILES; i++) {
		unlink(paths[i]);
		free(paths[i]);
	}
	rmdir(dir);
}

struct seen {
	size_t next;		/* the index DONE expects */
	atomic_int inside;	/* DONE calls running now */
	int overlap;		/* times two ran at once */
	size_t rejected, nev;
	struct buf events;	/* every file's JSON Lines, in order */
};

static void
done(void *arg, size_t i, struct pl_result *r)
{
	struct seen *s = arg;

	if (atomic_fetch_add(&s->inside, 1) != 0)
		s->overlap++;
	cr_expect_eq(i, s->next, "DONE got file %zu, expected %zu", i, s->next);
	cr_expect_str_eq(r->path, paths[i]);
	s->next = i + 1;
	s->rejected += r->rejected;
	s->nev += r->nev;
	buf_put(&s->events, r->events.p ? r->events.p : "", r->events.n);
	usleep(i % 13 == 0 ? 200 : 0);	/* a slow consumer now and then */
	atomic_fetch_sub(&s->inside, 1);
}

Test(pipeline, done_in_order_one_at_a_time, .init = make_files, .fini = remove_files,
    .timeout = 30)
{
	struct pl_opts o;
	struct buf one = {0};

	pl_opts_default(&o);
	o.gaz = gaz_default();
	for (int jobs = 1; jobs <= 4; jobs++) {
		struct seen s = { 0 };
		struct pl_sink sink = { NULL, done, &s };
		pl_run_all(&o, (const char *const *)paths, NFILES, jobs, false, &sink);
		cr_expect_eq(s.next, NFILES, "jobs %d: %zu files done", jobs, s.next);
		cr_expect_eq(s.overlap, 0, "jobs %d: DONE ran twice at once", jobs);
		cr_expect_eq(s.rejected, NFILES / 50, "jobs %d", jobs);
		cr_expect_gt(s.nev, 0);
		if (jobs == 1)
			buf_put(&one, s.events.p, s.events.n);
		else
			cr_expect(s.events.n == one.n && memcmp(s.events.p, one.p, one.n) == 0,
			    "jobs %d: other events than on one thread", jobs);
		buf_free(&s.events);
	}
	buf_free(&one);
	gaz_free((struct gazetteer *)o.gaz);
}
