/*
 * datefmt.h - partial dates as text and as HTML date strings.
 *
 * Days and months are written through ICU (udatpg best patterns for the
 * locale: "1 May 2021", "1er mai 2021", "May 2021", "mai 2021"); quarters,
 * halves, seasons, decades, weeks and modifiers ("early", "début") come from
 * our own tables, one per locale ("Q4 2022", "4e trimestre 2022", "H1 2024",
 * "premier semestre 2024", "autumn 2021", "automne 2021", "early 2025",
 * "début 2025").  Unknown locales use the English tables and ICU's patterns.
 */
#ifndef DL_DATEFMT_H
#define DL_DATEFMT_H

#include <stddef.h>
#include "dateline.h"

struct datefmt;

/* A formatter for LOCALE ("en", "fr", ...).  Never NULL. */
struct datefmt *datefmt_new(const char *locale);
void datefmt_free(struct datefmt *);

/*
 * Text of T, NUL-terminated in OUT (N bytes, truncated at a code point).
 * Returns 0, or -1 if T is not a date we can phrase (OUT then holds T's
 * TimeML value as it is).
 */
int datefmt_text(const struct datefmt *, const struct tval *, char *out, size_t n);

/*
 * The finest valid HTML date string that encloses T's range: "2021-05-01"
 * (one day), "2021-W21" (one ISO week), "2021-05" (within a month), "2022"
 * (within a year: "2022-Q4"); "" when none does ("201X", a winter across two
 * years, unanchored values).  Mods are ignored.
 */
void datefmt_html(const struct tval *, char *out, size_t n);

#endif
