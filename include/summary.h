/*
 * summary: what `check` tells about a valid study: its entities, waves,
 * interviews and ties, and who was not interviewed when.
 */
#ifndef PARTNERMAP_SUMMARY_H
#define PARTNERMAP_SUMMARY_H

#include <stdio.h>

#include "dataset.h"
#include "network.h"
#include "texts.h"

/* Writes the summary as text. Returns 0, or an igraph error code. */
int summary_write(FILE *out, const struct dataset *ds, enum tie_filter filter, enum lang lang);

#endif
