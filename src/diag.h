/*
 * diag.h - diagnostics: "dateline: FILE: reason" lines.
 *
 * Bad input is a value, not a crash: a stage that rejects a file returns -1
 * and records the reason here; warnings (U+FFFD substitution, impossible
 * front-matter dates) go into the same list.  The CLI prints them in order.
 */
#ifndef DL_DIAG_H
#define DL_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_level { DIAG_WARN, DIAG_REJECT };

struct diag_item {
	int level;		/* enum diag_level */
	char *msg;		/* "FILE: reason", malloc'd */
};

struct diag {
	struct diag_item *it;
	size_t n, cap;
	size_t nreject;
};

void diag_add(struct diag *, int level, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Print each item as "dateline: MSG" (warnings as "dateline: warning: MSG"). */
void diag_print(const struct diag *, FILE *);
/* Move every item of SRC to the end of DST. */
void diag_move(struct diag *dst, struct diag *src);
void diag_free(struct diag *);

#endif
