/*
 * build: the report's blocks (doc.h) from the model, in the report's
 * language: the title and its remarks (pseudonymised, what-if), then every
 * section with its sentences, tables and diagrams. The page and the Word
 * document are both written from these blocks.
 */
#ifndef PARTNERMAP_REPORT_BUILD_H
#define PARTNERMAP_REPORT_BUILD_H

#include "report/doc.h"
#include "analysis/model.h"
#include "render/draw.h"
#include "report/report.h"

/* Fills D (doc_init() is done here; doc_free() it) from M (MODEL_REPORT),
 * its diagrams on the layout POS (pos->n 0: too many entities to lay
 * out). Cannot fail. */
void report_build(struct doc *d, const struct model *m, const struct positions *pos,
                  const struct report_options *o);

#endif
