/* render.c - backends registry (first version: being written). */
#include "render.h"
int render_all(const struct timeline *t, const struct rctx *r, const char *o, const char *only, struct diag *d) { (void)t; (void)r; (void)o; (void)only; (void)d; return 0; }
