/*
 * render_jsonl.c - out/events.jsonl: the merged timeline as JSON Lines, in
 * the schema evjson.h writes and `dateline render` reads back.
 */
#include "evjson.h"
#include "render.h"

static int
jsonl_render(const struct timeline *tl, const struct rctx *r, struct outset *os,
    struct diag *dg)
{
	struct buf *b = outset_file(os, "events.jsonl");
	struct evjson_memo *m = evjson_memo_new();

	(void)r;
	(void)dg;
	for (size_t i = 0; i < tl->n; i++) {
		evjson_write_entry(&tl->e[i], m, b);
		outset_spill(os, b);
	}
	evjson_memo_free(m);
	return 0;
}

const struct backend backend_jsonl = { .name = "jsonl", .render = jsonl_render,
	.no_view = true };
