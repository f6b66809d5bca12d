/*
 * report-explore: the report's interactive part. The model goes into the
 * page as JSON (every "<", ">" and "&" escaped, so no name can end the
 * block), and one inline script (admitted by its hash in the page's
 * Content-Security-Policy) draws each wave on the study's layout, finds an
 * entity by name, highlights its ties and figures, shows one municipality,
 * area or kind only, and keeps the view in the address
 * (#wave=ID&focus=ID). Names reach the page only as text (textContent).
 * Without scripts the section stays hidden and the page is static.
 */
#ifndef PARTNERMAP_REPORT_EXPLORE_H
#define PARTNERMAP_REPORT_EXPLORE_H

#include <stdio.h>

#include "analysis/model.h"
#include "render/draw.h"
#include "i18n/texts.h"

/* "'sha256-BASE64'", the script's hash for the Content-Security-Policy
 * (static storage). */
const char *explore_script_hash(void);

/* Writes the section, the JSON and the script to OUT: the model M, drawn
 * on the layout POS. */
void explore_write(FILE *out, const struct model *m, const struct positions *pos, enum lang lang);

#endif
