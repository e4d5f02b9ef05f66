/*
 * fuzz_ingest.c - libFuzzer: one file through every per-document stage.
 * First byte: format (txt, md, html, tml) and language; the rest is the file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "events.h"
#include "gazetteer.h"
#include "ingest.h"
#include "lang.h"
#include "normalize.h"
#include "segment.h"
#include "timex.h"

static const char *const names[] = { "f.txt", "f.md", "f.html", "f.tml" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ingest *ing;
	static struct norm *nm;
	static struct seg *sg;
	static struct gazetteer *gaz;
	struct diag dg = {0};

	if (size < 1)
		return 0;
	if (ing == NULL) {
		ing = ingest_new();
		nm = norm_new();
		sg = seg_new();
		gaz = gaz_default();
	}
	struct doc *d = doc_new(names[data[0] & 3]);
	const struct lang *l = lang_all[(data[0] >> 2) & 1];
	if (ingest_bytes(ing, d, (const char *)data + 1, size - 1, &dg) == 0) {
		norm_run(nm, d);
		seg_run(sg, l, d);
		tx_run(l, d, 2000);
		ev_run(gaz, l, d);
	}
	doc_free(d);
	diag_free(&dg);
	return 0;
}
