/* evjson.c - events JSON Lines (first version: being written). */
#include "evjson.h"
void evjson_write_doc(const struct doc *d, struct buf *o) { (void)d; (void)o; }
int evjson_parse(const char *l, size_t n, struct arena *a, struct evrec *r, const char **why) { (void)l; (void)n; (void)a; (void)r; *why = "not yet"; return -1; }
void evjson_write_timeline(const struct timeline *t, struct buf *o) { (void)t; (void)o; }
int evjson_parse_entry(const char *l, size_t n, struct timeline *t, const char **why) { (void)l; (void)n; (void)t; *why = "not yet"; return -1; }
