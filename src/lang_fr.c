#include "lang.h"
#include "timex_rules.h"
static const char *const abbrevs[] = { "M.", "MM.", "Mme.", "Mlle.", "Dr.", "S.A.", "av.", "J.-C.", "etc.", NULL };
static const char *const stop[] = { "le", "la", "les", "des", "et", "du", "une", "est", "pour", "dans", "avec", "sur", NULL };
static const struct tx_rules rules;
const struct lang lang_fr = { "fr", abbrevs, stop, &rules };
