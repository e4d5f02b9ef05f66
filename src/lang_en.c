#include "lang.h"
#include "timex_rules.h"
static const char *const abbrevs[] = { "Mr.", "Mrs.", "Ms.", "Dr.", "Inc.", "Corp.", "Ltd.", "Co.", "St.", "vs.", "e.g.", "i.e.", NULL };
static const char *const stop[] = { "the", "and", "of", "to", "in", "is", "with", "for", "that", "on", NULL };
static const struct tx_rules rules;
const struct lang lang_en = { "en", abbrevs, stop, &rules };
