/*
 * chart: the growth chart of a study, drawn with cairo: ties per wave,
 * density and fragmentation per wave, and partnerships started per year.
 * Sized for the width of an A4 page, axes labelled, in English or Dutch.
 */
#ifndef PARTNERMAP_RENDER_CHART_H
#define PARTNERMAP_RENDER_CHART_H

#include <stdio.h>

#include "i18n/texts.h"
#include "analysis/timeline.h"

/* The format for a file name's extension ("svg", "png", "pdf"), or NULL. */
const char *chart_format(const char *path);

/* Draws the chart to OUT in FORMAT. Returns 0, or -1 after an error
 * message. */
int chart_write(FILE *out, const char *format, const struct timeline *tl, enum lang lang);

#endif
