/*
 * out-measure: the result of `measure` as a table for people (with a
 * plain-language reading), as CSV, or as the JSON document of cli.md.
 */
#ifndef PARTNERMAP_OUT_MEASURE_H
#define PARTNERMAP_OUT_MEASURE_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdio.h>

#include "analysis/measure.h"
#include "io/tabular.h"
#include "i18n/texts.h"

/* Writes the measures of the network in the format. When the network was
 * changed by a what-if (net->edit), every format says so, and BEFORE (the
 * measures of the unchanged network, may be NULL) is shown beside them:
 * a table of every network key in the table, "what_if.before" in JSON. */
void out_measure(FILE *out, const struct network *net, const struct measures *m,
                 const struct measures *before, enum format format, char sep, enum lang lang);

/* The entity table as an Excel workbook at PATH (one sheet, named after the
 * wave, by betweenness). Returns 0, or -1 after an error message. */
int out_measure_xlsx(const char *path, const struct network *net, const struct measures *m,
                     enum lang lang);

/* The network keys of cli.md as a JSON object (also used by timeline). */
cJSON *out_network_json(const struct network_measures *nm);

/* One row per entity with the entity keys of cli.md (measure-table.h), in
 * entity order, table headers in LANG; with SAY_ESTIMATE and a sample, a
 * last column gives the number of sources. */
void out_measure_table(struct tabular *t, const struct network *net, const struct measures *m,
                       bool say_estimate, enum lang lang);

/* In a language other than English, names each entity's kind in the column
 * "kind" of T (the dataset's keywords, as measure_keys give them) in that
 * language's words, for people and their spreadsheets; JSON and English
 * keep the keywords. */
void out_measure_kinds_in_words(struct tabular *t, enum lang lang);

/* Vertex order by betweenness (highest first), then name; free() it. */
size_t *out_by_betweenness(const struct network *net, const struct measures *m);

#endif
