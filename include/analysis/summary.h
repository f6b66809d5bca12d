/*
 * summary: what `check` tells about a valid study: its entities, waves,
 * interviews and ties, and who was not interviewed when.
 */
#ifndef PARTNERMAP_ANALYSIS_SUMMARY_H
#define PARTNERMAP_ANALYSIS_SUMMARY_H

#include <stdio.h>

#include "analysis/model.h"
#include "i18n/texts.h"

/* Writes the summary of model M (MODEL_SUMMARY) as text. Cannot fail. */
void summary_write(FILE *out, const struct model *m, enum lang lang);

#endif
