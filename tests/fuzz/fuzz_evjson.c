/*
 * fuzz_evjson.c - libFuzzer: events JSON Lines in, timeline merge, the
 * merged timeline's JSON Lines out and back, and every renderer.
 * The input is JSON Lines (one event a line).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evjson.h"
#include "render.h"
#include "timeline.h"
#include "util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct timeline *tl = tl_new();
	const char *p = (const char *)data, *end = p + size;
	struct buf out = {0};
	static char dir[64];

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		struct arena *a = arena_new();
		struct evrec rec;
		const char *why;
		if (evjson_parse(p, len, a, &rec, &why) == 0)
			tl_add(tl, &rec);
		arena_free(a);
		p += len + 1;
	}
	tl_finish(tl);
	evjson_write_timeline(tl, &out);
	struct timeline *back = tl_new();
	for (const char *q = out.p ? out.p : "", *qe = q + out.n; q < qe; ) {
		const char *nl = memchr(q, '\n', (size_t)(qe - q));
		size_t len = nl ? (size_t)(nl - q) : (size_t)(qe - q);
		const char *why;
		evjson_parse_entry(q, len, back, &why);
		q += len + 1;
	}
	if (tl->n > 0) {
		struct diag dg = {0};
		struct rctx r = { .locale = (size & 1) ? "fr" : "en",
		    .templates = getenv("DATELINE_TEMPLATES") ? getenv("DATELINE_TEMPLATES") : "templates" };
		if (dir[0] == '\0')
			snprintf(dir, sizeof dir, "/tmp/dateline-fuzz-%ld", (long)getpid());
		mkdirs(dir);
		render_all(tl, &r, dir, NULL, &dg);
		diag_free(&dg);
	}
	buf_free(&out);
	tl_free(back);
	tl_free(tl);
	return 0;
}
