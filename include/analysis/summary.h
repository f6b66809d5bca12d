/*
 * summary: what `check` tells about a valid study: its entities, waves,
 * interviews and ties, and who was not interviewed when.
 */
#ifndef PARTNERMAP_ANALYSIS_SUMMARY_H
#define PARTNERMAP_ANALYSIS_SUMMARY_H

#include <stdio.h>

#include "study/dataset.h"
#include "network/network.h"
#include "i18n/texts.h"

/* Writes the summary as text. Returns 0, or an igraph error code. */
int summary_write(FILE *out, const struct dataset *ds, enum tie_filter filter, enum lang lang);

#endif
