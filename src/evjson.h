/*
 * evjson.h - the events JSON Lines schema (version EVENTS_SCHEMA), written by
 * `dateline extract`, read by `merge` and `build`; and the merged timeline's
 * JSON Lines (out/events.jsonl), read by `render`.  Written byte for byte as
 * jansson's compact dump, every string escaped.  Read by a strict reader of
 * the schema's own lines, and by jansson whenever that reader gives up (any
 * other line, malformed ones included), so what is accepted is what jansson
 * accepts.
 * Schema: README "Events schema".
 */
#ifndef DL_EVJSON_H
#define DL_EVJSON_H

#include "dateline.h"
#include "evbin.h"
#include "timeline.h"
#include "util.h"

/* Append one JSON line per event of DOC to OUT. */
void evjson_write_doc(const struct doc *, struct buf *out);

/*
 * Append to OUT (its arena made if it has none) the records DOC's lines, as
 * evjson_write_doc() writes them, parse to: the same fields, strings
 * repaired the same way (ill-formed UTF-8 to U+FFFD), without the JSON.
 * Returns how many events were left out as a line of them would not parse
 * (none of ours).  `build` takes its records from here; `extract | merge`
 * from the lines.
 */
size_t evjson_records_doc(const struct doc *, struct evrecs *out);

/*
 * Parse one events line into REC; strings are allocated in arena A.
 * Returns 0, or -1 with a static reason in *why.
 */
int evjson_parse(const char *line, size_t n, struct arena *a,
    struct evrec *rec, const char **why);

/* Append the merged timeline as JSON Lines, one entry a line. */
void evjson_write_timeline(const struct timeline *, struct buf *out);

/*
 * An article's fields as written, for the next sources of the same article
 * (struct origin): copied, not escaped again.
 */
struct evjson_memo;
struct evjson_memo *evjson_memo_new(void);
void evjson_memo_free(struct evjson_memo *);
/* Append one entry of it, a line; MEMO (may be NULL) is the line's
 * writer's own, for every entry it writes. */
void evjson_write_entry(const struct entry *, struct evjson_memo *,
    struct buf *out);
/* Read a merged timeline line back (for `dateline render`). */
int evjson_parse_entry(const char *line, size_t n, struct timeline *tl,
    const char **why);

#endif
