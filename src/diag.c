/*
 * diag.c - diagnostics list.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "util.h"

void
diag_add(struct diag *d, int level, const char *file, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;

	if (file)
		buf_printf(&b, "%s: ", file);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	/* One line: a file name or reason with a newline must not break it. */
	for (size_t i = 0; i < b.n; i++)
		if (b.p[i] == '\n' || b.p[i] == '\r')
			b.p[i] = ' ';
	GROW(d->it, d->cap, d->n + 1);
	d->it[d->n].level = level;
	d->it[d->n].msg = buf_detach(&b);
	d->n++;
	if (level == DIAG_REJECT)
		d->nreject++;
}

void
diag_print(const struct diag *d, FILE *fp)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(fp, "dateline: %s%s\n",
		    d->it[i].level == DIAG_WARN ? "warning: " : "",
		    d->it[i].msg);
}

void
diag_move(struct diag *dst, struct diag *src)
{
	if (src->n == 0)
		return;
	GROW(dst->it, dst->cap, dst->n + src->n);
	memcpy(dst->it + dst->n, src->it, src->n * sizeof *src->it);
	dst->n += src->n;
	dst->nreject += src->nreject;
	src->n = 0;
	src->nreject = 0;
}

void
diag_free(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->it[i].msg);
	free(d->it);
	memset(d, 0, sizeof *d);
}
