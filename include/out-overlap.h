/*
 * out-overlap: the result of `overlap`: unaware pairs first, in sentences,
 * for people; CSV and the JSON of cli.md for programs.
 */
#ifndef PARTNERMAP_OUT_OVERLAP_H
#define PARTNERMAP_OUT_OVERLAP_H

#include <stdio.h>

#include "overlap.h"
#include "tabular.h"

/* Writes the pairs with a coverage overlap of at least MIN. */
void out_overlap(FILE *out, const struct network *net, const struct overlap *ov, double min,
                 enum format format, char sep);

/* One row per pair, with the keys of cli.md. */
void out_overlap_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                       double min);

#endif
