/*
 * out-overlap: the result of `overlap`: unaware pairs first, in sentences,
 * for people; CSV and the JSON of cli.md for programs.
 */
#ifndef PARTNERMAP_OUT_OVERLAP_H
#define PARTNERMAP_OUT_OVERLAP_H

#include <stdio.h>

#include "analysis/overlap.h"
#include "io/tabular.h"
#include "i18n/texts.h"

/* Writes the pairs with a coverage overlap of at least MIN, and the gaps;
 * with GAPS_ONLY the gaps alone (the CSV then holds the gaps, not the
 * pairs; the JSON has every key, with no pairs). Tables and CSV in LANG. */
void out_overlap(FILE *out, const struct network *net, const struct overlap *ov, double min,
                 bool gaps_only, enum format format, char sep, enum lang lang);

/* The same pairs as an Excel workbook at PATH. Returns 0, or -1 after an
 * error message. */
int out_overlap_xlsx(const char *path, const struct network *net, const struct overlap *ov,
                     double min, enum lang lang);

/* One row per pair, with the keys of cli.md and headers in LANG. */
void out_overlap_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                       double min, enum lang lang);

/* One row per gap: municipality (id), area, target_group (null when the
 * study names no target group); headers in LANG. */
void out_gaps_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                    enum lang lang);

#endif
