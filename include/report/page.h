/*
 * page: the report's index.html, written from its blocks (build.h). Every
 * text is escaped; a figure is the SVG beside the page (with links to it
 * and to the PNG), a paragraph of files links each file, and the contents
 * and the interactive part (explore.h) come before the first section.
 */
#ifndef PARTNERMAP_REPORT_PAGE_H
#define PARTNERMAP_REPORT_PAGE_H

#include <stdio.h>

#include "report/doc.h"
#include "analysis/model.h"
#include "render/draw.h"

/* Writes the page of D (built from M) to OUT. Returns 0, or -1 when OUT
 * reports an error. */
int report_page(FILE *out, const struct doc *d, const struct model *m, const struct positions *pos);

#endif
