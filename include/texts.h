/*
 * texts: every sentence, heading and label partnermap shows in a diagram
 * or report, in English and Dutch. A translation is this one pair of files.
 * Templates hold {1}, {2}, ... where txf() puts its arguments, so that a
 * translation may change the word order.
 */
#ifndef PARTNERMAP_TEXTS_H
#define PARTNERMAP_TEXTS_H

#include "args.h"
#include "strbuf.h"

enum text_id {
	T_KIND_MUNICIPALITY,
	T_KIND_ORGANISATION,
	T_KIND_TEAM,
	T_KIND_INFORMAL,
	T_LEGEND_KIND,
	T_LEGEND_TIES,
	T_LEGEND_SIZE,
	T_LEVEL_1,
	T_LEVEL_2,
	T_LEVEL_3,
	T_ONE_SIDED,
	T_SIZE_BY, /* {1} the measure */
	T_HIGHLIGHTED,
	T_OTHER,
	T_NONE,
	T_WAVE_CAPTION, /* {1} wave id, {2} " (label)" or "", {3} entities, {4} ties */
	T_GAINED,
	T_LOST,
	T_KEPT,
	T_JOINED,
	T_LEFT,
	T_DIFF_CAPTION, /* {1} from, {2} to */
	T_UNAWARE,
	T_AWARE,
	T_OVERLAP_CAPTION, /* {1} wave */
	T_OVERLAP_WIDTH,
	T_GROUP_CAPTION, /* {1} groups, {2} entities */
	T_GROUP_SIZE,
	T_EGO_CAPTION, /* {1} name, {2} radius */
	T_CHART_TITLE,
	T_CHART_TIES,
	T_CHART_SHAPE,
	T_CHART_DENSITY,
	T_CHART_FRAGMENTATION,
	T_CHART_STARTED,
	T_CHART_STARTED_NOTE,
	T_COUNT
};

/* The text in the language; never NULL. */
const char *tx(enum lang lang, enum text_id id);

/* Appends the template with {1}.. replaced by the string arguments, which
 * end with NULL. */
void txf(struct strbuf *sb, enum lang lang, enum text_id id, ...);

#endif
