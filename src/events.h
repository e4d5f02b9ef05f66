/*
 * events.h - deal events: who (companies by canonical name), what kind of
 * deal, done or planned, when (a timex of the sentence, else the DCT for the
 * article's main announcement, else undated), and a headline.
 *
 * Cue lexicons (deal kinds, status, boilerplate headings) are data tables
 * per language.
 */
#ifndef DL_EVENTS_H
#define DL_EVENTS_H

#include "dateline.h"
#include "gazetteer.h"
#include "lang.h"

/* Fill doc->ev (doc->tx and doc->sents set). Returns the number of events. */
size_t ev_run(const struct gazetteer *, const struct lang *, struct doc *);

#endif
