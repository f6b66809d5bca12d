/*
 * out-advise: the result of `advise` as plain sentences and a table for
 * people, as CSV (one row per entity of keep and reach and per suggested
 * tie), or as the JSON document of cli.md. Every form says whether the
 * answer is exact and, after a what-if, what was changed.
 */
#ifndef PARTNERMAP_OUT_ADVISE_H
#define PARTNERMAP_OUT_ADVISE_H

#include <stdbool.h>
#include <stdio.h>

#include "analysis/advise.h"
#include "io/tabular.h"
#include "i18n/texts.h"

void out_advise(FILE *out, const struct network *net, const struct advice *a, enum format format,
                char sep, enum lang lang);

/* The advice in plain sentences (keep, reach, each tie, how it was found),
 * one paragraph per line, for the table and the report. */
void out_advise_sentences(struct strbuf *sb, const struct network *net, const struct advice *a,
                          enum lang lang);

/* One row per entity of keep and reach and per tie, as in the CSV; the
 * column "advice" holds keep, reach or tie, or FOR_PEOPLE, those words in
 * the language. */
void out_advise_table(struct tabular *t, const struct network *net, const struct advice *a,
                      enum lang lang, bool for_people);

#endif
