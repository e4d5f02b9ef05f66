/*
 * evbin.h - one document's event records in a compact binary form, for the
 * events cache: read back without parsing, the records' strings pointing
 * into the bytes read.
 *
 * The form is this program's own (fixed-width fields in the machine's byte
 * order, a header naming its version); it is never published.  A file that
 * is not exactly one such form - torn, truncated, from another version - is
 * refused whole, never half read: the cache then treats it as a miss.
 */
#ifndef DL_EVBIN_H
#define DL_EVBIN_H

#include "diag.h"
#include "timeline.h"
#include "util.h"

/* Event records, and what holds their strings. */
struct evrecs {
	struct evrec *rec;
	size_t n, cap;
	struct arena *a;	/* strings of records parsed from JSON, or NULL */
	char *hold;		/* the bytes evbin_read() pointed them into, or NULL */
};

/* Room for one more record at the end of R: it, zeroed. */
struct evrec *evrecs_push(struct evrecs *);
void evrecs_free(struct evrecs *);

/* Append R's records and the messages of the warnings in W to OUT. */
void evbin_write(const struct evrecs *r, const struct diag *w, struct buf *out);

/*
 * Read DATA[0..n) (NUL-terminated at DATA[n], as read_file() leaves it):
 * on success, returns 0, fills OUT (empty before) with the records, whose
 * strings point into DATA, gives DATA to OUT->hold (freed with it) and adds
 * the warnings to W.  Returns -1 and leaves everything as it was if DATA is
 * not one well-formed record set.
 */
int evbin_read(char *data, size_t n, struct evrecs *out, struct diag *w);

#endif
