/*
 * fuzz_timex.c - libFuzzer: the normalizer, the segmenter and the temporal
 * tagger on raw text.  First byte: language and whether there is a DCT
 * (taken from the next bytes as a day number).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lang.h"
#include "normalize.h"
#include "segment.h"
#include "timex.h"
#include "tval.h"
#include "util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct norm *nm;
	static struct seg *sg;

	if (size < 3)
		return 0;
	if (nm == NULL) {
		nm = norm_new();
		sg = seg_new();
	}
	const struct lang *l = lang_all[data[0] & 1];
	struct doc *d = doc_new("f.txt");
	if (data[0] & 2) {
		struct ymd y = days_to_ymd(-20000L + data[1] * 256 + data[2]);
		char v[16];
		snprintf(v, sizeof v, "%04d-%02d-%02d", y.y, y.m, y.d);
		d->has_dct = tval_parse(v, &d->dct) == 0;
	}
	d->text = arena_strndup(d->a, (const char *)data + 3, size - 3);
	d->text_n = size - 3;
	norm_run(nm, d);
	seg_run(sg, l, d);
	tx_run(l, d, 5000);
	for (size_t i = 0; i < d->ntx; i++) {
		struct tval t;
		struct ymd b, e;
		/* Every value the tagger writes is a TIMEX3 value it can read. */
		if (tval_parse(d->tx[i].val.v, &t) == 0)
			tval_range(&t, &b, &e);
		if (d->tx[i].span.end < d->tx[i].span.beg)
			__builtin_trap();
	}
	doc_free(d);
	return 0;
}
