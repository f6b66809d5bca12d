/*
 * report-html: the report's index.html, rendered from the model (model.h)
 * in the report's language. It names the files report.c writes beside it
 * (network-waveN, change, overlap, growth as .svg and .png; the CSV files).
 */
#ifndef PARTNERMAP_REPORT_HTML_H
#define PARTNERMAP_REPORT_HTML_H

#include <stdio.h>

#include "report/model.h"
#include "report/report.h"

/* Writes the page to OUT. Returns 0, or -1 when OUT reports an error. */
int report_html(FILE *out, const struct model *m, const struct report_options *o);

#endif
