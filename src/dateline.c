/*
 * dateline.c - name tables and the document object.
 */
#include <string.h>

#include "dateline.h"
#include "util.h"

const char *const tx_type_names[TX_TYPE_MAX] = {
	"DATE", "TIME", "DURATION", "SET"
};

const char *const tx_mod_names[MOD_MAX] = {
	"", "START", "MID", "END", "APPROX", "BEFORE", "AFTER",
	"ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
	"EQUAL_OR_LESS", "EQUAL_OR_MORE"
};

const char *const tx_gran_names[GRAN_MAX] = {
	"none", "ref", "century", "decade", "year", "half", "season",
	"quarter", "month", "week", "day", "time"
};

const char *const deal_kind_names[DEAL_MAX] = {
	"partnership", "joint_venture", "acquisition", "investment",
	"contract", "launch", "certification", "datacenter", "approval",
	"termination", "other"
};

const char *const deal_status_names[ST_MAX] = {
	"done", "announced", "planned", "cancelled"
};

int
dl_name_index(const char *const *names, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

struct doc *
doc_new(const char *path)
{
	struct arena *a = arena_new();
	struct doc *d = arena_alloc(a, sizeof *d);

	d->a = a;
	d->path = arena_strdup(a, path);
	return d;
}

void
doc_free(struct doc *d)
{
	if (d)
		arena_free(d->a);
}

struct span
doc_span(const struct doc *d, uint32_t beg, uint32_t end)
{
	struct span s = {0, 0};

	if (d->to_orig == NULL)
		return s;
	if (beg > d->norm_n)
		beg = (uint32_t)d->norm_n;
	if (end > d->norm_n)
		end = (uint32_t)d->norm_n;
	s.beg = d->to_orig[beg];
	s.end = d->to_orig[end];
	/* Removed characters just before END (zero-width) stay out. */
	if (end > beg && end > 0 && d->to_orig[end - 1] < s.end) {
		/* END maps to the start of the next kept character; that is the
		 * exclusive end of the last kept one only if nothing was
		 * dropped in between: use last byte's char + 1. */
		s.end = d->to_orig[end - 1] + 1;
	}
	return s;
}
