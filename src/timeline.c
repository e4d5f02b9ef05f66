/* timeline.c - merge (first version: being written). */
#include <stdlib.h>
#include "timeline.h"
#include "util.h"
struct timeline *tl_new(void) { struct timeline *t = xcalloc(1, sizeof *t); t->a = arena_new(); return t; }
void tl_add(struct timeline *t, const struct evrec *r) { (void)r; t->nrec++; }
void tl_finish(struct timeline *t) { (void)t; }
void tl_free(struct timeline *t) { if (t) { arena_free(t->a); free(t); } }
