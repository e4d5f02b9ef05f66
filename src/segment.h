/*
 * segment.h - sentences: ICU sentence breaks, with the language's
 * abbreviations ("M.", "Mr.", "S.A.", "Inc.", "av. J.-C.") never ending a
 * sentence.  Blank lines (paragraph ends) always end one.
 */
#ifndef DL_SEGMENT_H
#define DL_SEGMENT_H

#include "dateline.h"
#include "lang.h"

struct seg;	/* per-worker: the ICU break iterator, opened once */

struct seg *seg_new(void);
void seg_free(struct seg *);
/* Fill doc->sents over doc->norm. Returns 0, or -1 if ICU failed. */
int seg_run(struct seg *, const struct lang *, struct doc *);

#endif
