/*
 * out-timeline: the result of `timeline` as a short account for people, a
 * CSV of the waves, or the JSON document of cli.md.
 */
#ifndef PARTNERMAP_OUT_TIMELINE_H
#define PARTNERMAP_OUT_TIMELINE_H

#include <stdio.h>

#include "tabular.h"
#include "timeline.h"

void out_timeline(FILE *out, const struct timeline *tl, enum format format, char sep);

/* One row per wave: id, date, and the network keys of cli.md. */
void out_timeline_table(struct tabular *t, const struct timeline *tl, char (*dates)[11]);

#endif
