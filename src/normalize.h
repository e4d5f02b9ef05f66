/*
 * normalize.h - the normalized text and its map back to the original.
 *
 * NFC (ICU); typographic quotes and apostrophes to ' and "; no-break, narrow
 * no-break and other spaces to a space; dashes to '-'; soft hyphens and
 * zero-width characters removed; bidi controls removed.  Fills doc->norm,
 * doc->norm_n and doc->to_orig (norm_n + 1 entries, each a code-point offset
 * into doc->text), so any later span maps back into the original text.
 */
#ifndef DL_NORMALIZE_H
#define DL_NORMALIZE_H

#include "dateline.h"

struct norm;	/* per-worker: the ICU normalizer, opened once */

struct norm *norm_new(void);
void norm_free(struct norm *);
/* Returns 0, or -1 if ICU failed (then doc->norm is a plain copy). */
int norm_run(struct norm *, struct doc *);

#endif
