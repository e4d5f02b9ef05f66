/* ingest.c - first version: being written. */
#include <stdlib.h>
#include <string.h>
#include "ingest.h"
#include "util.h"
struct ingest { int x; };
struct ingest *ingest_new(void) { return xcalloc(1, sizeof(struct ingest)); }
void ingest_free(struct ingest *g) { free(g); }
int
ingest_bytes(struct ingest *g, struct doc *d, const char *data, size_t n, struct diag *dg)
{
	(void)g; (void)dg;
	d->text = arena_strndup(d->a, data, n);
	d->text_n = n;
	return 0;
}
int
ingest_file(struct ingest *g, struct doc *d, size_t max, struct diag *dg)
{
	char *p; size_t n; const char *why; int rc;
	if (read_file(d->path, max, &p, &n, &why) != 0) { diag_add(dg, DIAG_REJECT, d->path, "%s", why); return -1; }
	rc = ingest_bytes(g, d, p, n, dg);
	free(p);
	return rc;
}
int ingest_parse_date(const char *s, struct tval *o) { (void)s; (void)o; return -1; }
