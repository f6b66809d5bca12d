/*
 * out-timeline: the result of `timeline` as a short account for people, a
 * CSV of the waves, or the JSON document of cli.md.
 */
#ifndef PARTNERMAP_OUT_TIMELINE_H
#define PARTNERMAP_OUT_TIMELINE_H

#include <stdio.h>

#include "util/strbuf.h"
#include "io/tabular.h"
#include "i18n/texts.h"
#include "analysis/timeline.h"

void out_timeline(FILE *out, const struct timeline *tl, enum format format, char sep,
                  enum lang lang);

/* The account of one change for people: ties started, ended, continued
 * and not observed, entities joined and left, how fragmentation and
 * density moved, the Jaccard index with its reading, and the number of
 * missing interviews. Appended to SB. */
void out_change_sentences(struct strbuf *sb, const struct timeline *tl, const struct wave_change *c,
                          enum lang lang);

/* The table of waves as an Excel workbook at PATH. Returns 0, or -1 after
 * an error message. */
int out_timeline_xlsx(const char *path, const struct timeline *tl, enum lang lang);

/* One row per wave: id, date, interviews, response, and the network keys
 * of cli.md; headers in LANG. DATES holds the dates' text, one per wave. */
void out_timeline_table(struct tabular *t, const struct timeline *tl, char (*dates)[11],
                        enum lang lang);

/* One row per pair gained, lost or unobserved between consecutive waves:
 * from, to (wave ids), change, id_a, name_a, id_b, name_b; headers and
 * the change in LANG. The strings belong to TL's study and the texts. */
void out_timeline_changes_table(struct tabular *t, const struct timeline *tl, enum lang lang);

#endif
