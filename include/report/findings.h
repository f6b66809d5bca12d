/*
 * findings: the report's sentences about brokers between kinds, silos
 * tested against chance and how both sides see their ties (cli.md, "The
 * report's sentences"), for the page and the Word document alike. Each
 * function appends one sentence per line to SB.
 */
#ifndef PARTNERMAP_REPORT_FINDINGS_H
#define PARTNERMAP_REPORT_FINDINGS_H

#include "analysis/measure.h"
#include "i18n/texts.h"
#include "util/strbuf.h"

/* Who bridges which kinds (the largest gatekeeper and liaison counts),
 * through whom the informal circuit reaches the other kinds (when the
 * wave has informal partners), and the lowest constraint. */
void findings_brokers(struct strbuf *sb, const struct network *net, const struct measures *m,
                      enum lang lang);

/* Per grouping with a test, whether its E-I index is beyond chance. */
void findings_silos(struct strbuf *sb, const struct network_measures *nm, enum lang lang);

/* From perception by kind: where one kind names another that does not
 * name it back, and where both sides rate the same ties differently. */
void findings_perception(struct strbuf *sb, const struct network *net, enum lang lang);

#endif
