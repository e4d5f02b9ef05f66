/* gazetteer.c - companies (first version: being written). */
#include <stdlib.h>
#include "gazetteer.h"
#include "util.h"
struct gazetteer { int n; };
struct gazetteer *gaz_load(const char *path, struct diag *d) { (void)path; (void)d; return xcalloc(1, sizeof(struct gazetteer)); }
struct gazetteer *gaz_default(void) { return xcalloc(1, sizeof(struct gazetteer)); }
void gaz_free(struct gazetteer *g) { free(g); }
const char *gaz_parent(const struct gazetteer *g, const char *c) { (void)g; (void)c; return NULL; }
