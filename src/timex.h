/*
 * timex.h - the temporal tagger: English and French date expressions,
 * normalized to TimeML TIMEX3 values, resolved against the document's DCT.
 *
 * One linear pass over each sentence's tokens; language rules are the tables
 * of struct tx_rules (timex_rules.h), filled by lang_en.c and lang_fr.c.
 */
#ifndef DL_TIMEX_H
#define DL_TIMEX_H

#include "dateline.h"
#include "lang.h"

/*
 * Find every date expression in doc->norm, sentence by sentence (doc->sents
 * must be set), and append them to doc->tx in text order: byte offsets, span
 * (code points into doc->text), type, value, mod and sentence index.
 * Relative expressions are resolved against doc->dct when doc->has_dct; else
 * they keep an unresolved value ("XXXX-03", "PAST_REF"...).
 * At most MAX expressions are kept.  Returns the number found.
 */
size_t tx_run(const struct lang *, struct doc *, size_t max);

#endif
