/*
 * gazetteer.h - companies: canonical names, aliases in both languages,
 * parents; loaded from a data file (data/companies.tsv), shared read-only by
 * every worker once loaded.
 */
#ifndef DL_GAZETTEER_H
#define DL_GAZETTEER_H

#include <stddef.h>
#include "diag.h"

struct gazetteer;

/* Load PATH; NULL with a reason in DIAG if it cannot be read. */
struct gazetteer *gaz_load(const char *path, struct diag *);
/* The built-in default (the data file compiled in). */
struct gazetteer *gaz_default(void);
void gaz_free(struct gazetteer *);

/* Parent's canonical name of CANON ("Orange" for "Orange Business"), or NULL. */
const char *gaz_parent(const struct gazetteer *, const char *canon);

#endif
