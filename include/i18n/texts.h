/*
 * texts: the languages partnermap speaks, and every sentence, heading and
 * label it shows a person. A language is a value (struct language): its
 * code and how it writes numbers, dates and CSV. Its words are a gettext
 * catalogue, po/CODE.po, that the build compiles (msgfmt) into the binary
 * (i18n/catalog.h). English is the source: each enum text_id has a row in
 * texts-en.c, TEXT_("T_ID", "English"), whose msgctxt in the catalogue is
 * the id's name; each message is its English printf format at its call
 * site (msg.h), a msgid without a context. Templates hold {1}, {2}, ...
 * where txf() puts its arguments, so that a translation may change the
 * word order. README.md ("Texts and translations") says how to add a text
 * or a language.
 */
#ifndef PARTNERMAP_I18N_TEXTS_H
#define PARTNERMAP_I18N_TEXTS_H

#include <stdarg.h>

#include <stdbool.h>

#include "util/strbuf.h"

/* The languages, in the order of the table in texts.c. */
enum lang { LANG_EN, LANG_NL, LANG_COUNT };

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
	T_HIGHLIGHTED,
	T_OTHER,
	T_NONE,
	T_WAVE_CAPTION, /* {1} wave id, {2} " (label)" or "", {3} "23 entities", {4} "57 ties"
	                   (tx_count) */
	T_GAINED,
	T_LOST,
	T_KEPT,
	T_JOINED,
	T_LEFT,
	T_DIFF_CAPTION, /* {1} from, {2} to */
	T_UNOBSERVED,
	T_DIFF_NOTE, /* {1} Jaccard index, {2} its reading, {3} missing interviews, {4} unobserved
	              */
	T_UNAWARE,
	T_AWARE,
	T_OVERLAP_CAPTION, /* {1} wave */
	T_OVERLAP_WIDTH,
	T_GROUP_CAPTION, /* {1} "4 groups", {2} "40 entities" (tx_count) */
	T_GROUP_SIZE,
	T_GROUP_REST,         /* {1} groups drawn as one node */
	T_GROUP_REST_CAPTION, /* {1} groups, {2} entities */
	T_EGO_CAPTION,        /* {1} name, {2} radius */
	T_SIZE_MEANS_BETWEENNESS,
	T_SIZE_MEANS_DEGREE,
	T_SIZE_MEANS_PAGERANK,
	T_SIZE_MEANS_CLOSENESS,
	T_SIZE_MEANS_EIGENVECTOR,
	T_SIZE_LOWEST,    /* {1} value */
	T_SIZE_HIGHEST,   /* {1} value */
	T_LABELS_LIMITED, /* {1} entities named, {2} entities drawn */
	T_CHART_TITLE,
	T_CHART_TIES,
	T_CHART_SHAPE,
	T_CHART_DENSITY,
	T_CHART_FRAGMENTATION,
	T_CHART_STARTED,
	T_CHART_STARTED_NOTE,
	/* The entity keys of measure (measure-table.c): short header, name. */
	T_M_ID,
	T_MN_ID,
	T_M_NAME,
	T_MN_NAME,
	T_M_KIND,
	T_MN_KIND,
	T_M_DEGREE,
	T_MN_DEGREE,
	T_M_NAMED_BY,
	T_MN_NAMED_BY,
	T_M_BETWEENNESS,
	T_MN_BETWEENNESS,
	T_M_CLOSENESS,
	T_MN_CLOSENESS,
	T_M_EIGENVECTOR,
	T_MN_EIGENVECTOR,
	T_M_PAGERANK,
	T_MN_PAGERANK,
	T_M_CORENESS,
	T_MN_CORENESS,
	T_M_COMMUNITY,
	T_MN_COMMUNITY,
	T_M_CUTPOINT,
	T_MN_CUTPOINT,
	T_M_F_WITHOUT,
	T_MN_F_WITHOUT,
	T_M_TRUST,
	T_MN_TRUST,
	T_M_CONSTRAINT,
	T_MN_CONSTRAINT,
	T_M_EFFECTIVE_SIZE,
	T_MN_EFFECTIVE_SIZE,
	T_M_COORDINATOR,
	T_MN_COORDINATOR,
	T_M_CONSULTANT,
	T_MN_CONSULTANT,
	T_M_GATEKEEPER,
	T_MN_GATEKEEPER,
	T_M_LIAISON,
	T_MN_LIAISON,
	T_SIZE_MEANS_EFFECTIVE_SIZE,
	/* Pseudonymised output (pseudonym.c): the word of each kind's codes. */
	T_CODE_MUNICIPALITY,
	T_CODE_ORGANISATION,
	T_CODE_TEAM,
	T_CODE_INFORMAL,
	T_PSEUDONYMISED, /* the sentence every pseudonymised output carries */
	/* The sheets of export's workbook beside the study's. */
	T_SHEET_MEASURES,
	T_SHEET_OVERLAP,
	T_SHEET_GAPS,
	T_SHEET_TIMELINE,
	T_M_SOURCES,      /* the column that says from how many sources estimates come */
	T_CHART_RESPONSE, /* {1} interviews, {2} response */
	T_CHART_TIES_NOTE,
	/* The account of timeline. */
	T_TL_CHANGE,          /* {1} from, {2} to, {3} started, {4} ended, {5} kept, {6} unobserved,
	                         {7} joined, {8} left */
	T_TL_SHAPE,           /* {1} how fragmentation moved, {2} how density moved */
	T_TL_ROSE,            /* {1} from, {2} to */
	T_TL_FELL,            /* {1} from, {2} to */
	T_TL_STAYED,          /* {1} value */
	T_TL_JACCARD,         /* {1} Jaccard index, {2} its reading */
	T_TL_MISSING,         /* {1} missing interviews */
	T_TL_NOT_INTERVIEWED, /* {1} wave not interviewed in, {2} wave interviewed in */
	T_TL_STARTED,
	T_TL_ENDED,
	T_TL_UNOBSERVED,
	T_STABILITY_UNKNOWN,
	T_STABILITY_TOO_LOW,
	T_STABILITY_MODERATE,
	T_STABILITY_STABLE,
	/* overlap: gaps and the coverage matrix. */
	T_OV_GAPS,
	T_OV_NO_GAPS,
	T_OV_NO_MUNICIPALITY,
	T_OV_ALL_GROUPS,
	T_COV_GAP,
	T_COV_CELLS,
	T_COV_LEGEND_GAP,
	T_COV_LEGEND_ONE,
	T_COV_LEGEND_MANY,
	T_COV_TEAMS,
	T_COV_CAPTION, /* {1} wave, {2} "6 gaps" (tx_count) */
	T_R_COVERAGE,
	T_R_COVERAGE_TEXT,
	T_R_GAPS_OF, /* {1} municipality, {2} areas with their groups */
	T_R_NO_GAPS,
	T_R_SCORES_OVER_TIME,
	T_R_SCORES_OVER_TIME_TEXT, /* {1} first wave, {2} last wave */
	T_R_SCORES_CHANGE,         /* {1} first wave, {2} last wave */
	T_R_SCORES_BY_KIND,        /* {1} first wave, {2} last wave */
	/* The report. */
	T_R_LANG,
	T_R_DEF_GAPS,
	T_R_DEF_JACCARD,
	T_R_DEF_UNOBSERVED,
	T_R_SUBTITLE, /* {1} waves, {2} entities, {3} interviews, counted (tx_count) */
	T_R_FICTION_NOTE,
	T_R_CONTENTS,
	T_R_GLANCE,
	T_R_GLANCE_TEXT, /* counted (tx_count): {1} entities, {2} municipalities, {3} organisations,
	                    {4} teams, {5} informal */
	T_R_WHO,
	T_R_INTERVIEWED_IN,
	T_R_WAVE,
	T_R_DATE,
	T_R_INTERVIEWS,
	T_R_ENTITIES,
	T_R_TIES,
	T_R_CONFIRMED,
	T_R_RESPONSE,
	T_R_NETWORKS,
	T_R_NETWORKS_TEXT,
	T_R_NETWORK_OF, /* {1} wave, {2} " (label)" or "" */
	T_R_BROKERS,
	T_R_BROKERS_TEXT,  /* {1} names of the top brokers, {2} wave */
	T_R_KEYPLAYER,     /* {1} name, {2} F before, {3} F after, {4} cut off */
	T_R_KEYPLAYER_ONE, /* {1} name, {2} F before, {3} F after */
	T_R_NO_KEYPLAYER,
	T_R_NAME,
	T_R_KIND,
	T_R_DEGREE,
	T_R_BETWEENNESS,
	T_R_CLOSENESS,
	T_R_CUTPOINT,
	T_R_F_WITHOUT,
	T_R_YES,
	T_R_NO,
	T_R_FRAGMENTATION,
	T_R_FRAGMENTATION_TEXT, /* {1} components, {2} largest, {3} isolates, {4} F, {5} distance F
	                         */
	T_R_CONNECTED_TEXT,     /* {1} F, {2} distance F */
	T_R_ISOLATES_ARE,       /* {1} names */
	T_R_ISOLATES_MORE,      /* {1} names, {2} how many more */
	T_R_FIRST_ENTITIES,     /* {1} listed, {2} entities in the study */
	T_R_BROKERS_TOP,        /* {1} listed, {2} entities in the wave, {3} the CSV file */
	T_R_CHANGE_TOO_MANY,
	T_R_SILOS,
	T_R_SILOS_TEXT,
	T_R_EI_KEY,
	T_R_EI_VALUE,
	T_R_EI_READING,
	T_R_EI_INSIDE,
	T_R_EI_ACROSS,
	T_R_EI_MIXED,
	T_R_EI_NONE,
	T_R_TRUST,
	T_R_TRUST_TEXT, /* {1} mean trust */
	T_R_TRUST_NONE,
	T_R_TRUST_ROW,
	T_R_TRUST_RECEIVED,
	T_R_OVERLAP,
	T_R_OVERLAP_TEXT,
	T_R_OVERLAP_UNAWARE, /* {1} a, {2} b, {3} groups, {4} areas, {5} overlap */
	T_R_OVERLAP_AWARE,   /* the same */
	T_R_OVERLAP_NONE,
	T_R_CHANGE,
	T_R_CHANGE_ONE_WAVE,
	T_R_STARTED_TIES,
	T_R_ENDED_TIES,
	T_R_PAIRS_MORE, /* {1} how many more */
	T_R_GROWTH,
	T_R_SCORES,
	T_R_SCORES_TEXT, /* {1} wave, {2} lowest task, {3} its mean, {4} highest, {5} its mean */
	T_R_SCORES_NONE,
	T_R_TASK,
	T_R_MEAN,
	T_R_ALL,
	T_R_METHOD,
	T_X_TITLE,
	T_X_HELP,
	T_X_SEARCH,
	T_X_SHOW,
	T_X_ALL,
	T_X_KIND,
	T_X_MUNICIPALITY,
	T_X_AREA,
	T_X_ABSENT,
	T_R_METHOD_TEXT,
	T_R_DEF_DENSITY,
	T_R_DEF_FRAGMENTATION,
	T_R_DEF_DISTANCE_FRAGMENTATION,
	T_R_DEF_CENTRALIZATION,
	T_R_DEF_BETWEENNESS,
	T_R_DEF_CLOSENESS,
	T_R_DEF_EIGENVECTOR,
	T_R_DEF_CUTPOINT,
	T_R_DEF_CONSTRAINT,
	T_R_DEF_EFFECTIVE_SIZE,
	T_R_DEF_BROKERAGE,
	T_R_DEF_EI,
	T_R_DEF_COMMUNITIES,
	T_R_DEF_CONFIRMED,
	T_R_DEF_OVERLAP,
	T_R_FILES,
	T_R_MADE_BY, /* {1} version */
	/* What-if and advise. */
	T_LIST_AND,
	T_WHATIF,         /* {1} the changes */
	T_WHATIF_WITHOUT, /* {1} names */
	T_WHATIF_TIE,     /* {1}, {2} names */
	T_WHATIF_MEASURE,
	T_WHATIF_BEFORE,
	T_WHATIF_AFTER,
	T_WHATIF_LEGEND,
	T_WHATIF_COLUMN,
	T_WHATIF_REPORT,
	T_A_TITLE, /* {1} wave, {2} label, {3} "23 entities", {4} "57 ties" */
	T_A_KEEP_HEAD,
	T_A_KEEP,     /* {1} names, {2} before, {3} after */
	T_A_KEEP_ONE, /* the same for one entity */
	T_A_KEEP_NONE,
	T_A_REACH_HEAD,
	T_A_REACH,     /* {1} names, {2} reached, {3} others, {4} share */
	T_A_REACH_ONE, /* the same for one entity */
	T_A_TIES_HEAD,
	T_A_TIE,      /* {1}, {2} names, {3} pairs, {4} before, {5} after */
	T_A_TIE_NEXT, /* the same, after the ties before it */
	T_A_TIE_OVERLAP,
	T_A_TIES_NONE,
	T_A_EXACT, /* {1} K */
	T_A_SEARCH,
	T_A_TIEBREAK,
	T_R_ADVISE,
	T_R_ADVISE_TEXT,   /* {1} wave */
	T_R_ADVISE_FIGURE, /* {1} wave */
	T_SUGGESTED_TIE,
	/* The workbook template (workbook.c). */
	T_WB_EXPLAIN_SHEET,
	T_WB_INTRO,
	T_WB_H_SHEET,
	T_WB_H_COLUMN,
	T_WB_H_MEANING,
	T_WB_H_EXAMPLE,
	T_WB_OWN_COLUMN,
	T_WB_TASK_COLUMN,
	T_WB_STUDY_KEY,
	T_WB_STUDY_VALUE,
	T_WB_WAVE_ID,
	T_WB_WAVE_DATE,
	T_WB_WAVE_LABEL,
	T_WB_TASK_ID,
	T_WB_TASK_LABEL,
	T_WB_ENT_ID,
	T_WB_ENT_NAME,
	T_WB_ENT_KIND,
	T_WB_ENT_MUNIS,
	T_WB_ENT_DOMAINS,
	T_WB_ENT_AREAS,
	T_WB_ENT_GROUPS,
	T_WB_ENT_SINCE,
	T_WB_ENT_UNTIL,
	T_WB_ENT_OWN,
	T_WB_MEM_TEAM,
	T_WB_MEM_MEMBER,
	T_WB_MEM_SINCE,
	T_WB_MEM_UNTIL,
	T_WB_IV_WAVE,
	T_WB_IV_RESPONDENT,
	T_WB_IV_DATE,
	T_WB_IV_TASK,
	T_WB_TIE_WAVE,
	T_WB_TIE_RESPONDENT,
	T_WB_TIE_WITH,
	T_WB_TIE_TYPE,
	T_WB_TIE_LEVEL,
	T_WB_TIE_TRUST,
	T_WB_TIE_SINCE,
	T_WB_TIE_NOTE,
	/* measure, overlap and timeline in the terminal; their column headers. */
	T_N_DENSITY,
	T_N_COMPONENTS,
	T_N_COMPONENTS_VALUE, /* {1} components, {2} largest, {3} isolates */
	T_N_FRAGMENTATION,
	T_N_DISTANCE_FRAGMENTATION,
	T_N_CENTRALIZATION,
	T_N_TRANSITIVITY,
	T_N_COMMUNITIES,
	T_N_MODULARITY,
	T_N_CUTPOINTS,
	T_N_BRIDGES,
	T_N_TRUST,
	T_N_CONFIRMED,
	T_N_EI,
	T_N_EI_NOTE,
	T_N_EI_P_NOTE,
	T_N_BROKERS,
	T_N_NO_BROKERS,
	T_N_NO_KEYPLAYER,
	T_N_KEYPLAYER,     /* {1} name, {2} F, {3} F without, {4} cut off */
	T_N_KEYPLAYER_ONE, /* the same, one cut off */
	T_N_CUTPOINT_LIST, /* {1} how many */
	T_N_ESTIMATES,     /* {1} sources */
	T_N_ENTITIES_BY,
	T_AND,
	T_O_HEADER, /* {1} wave, {2} "4 teams", {3} "2 overlapping pairs" */
	T_O_TIED,
	T_O_UNTIED,
	T_O_PAIR_UNAWARE, /* {1} a, {2} b, {3} groups, {4} areas, {5} overlap; the bracket is closed
	                     after the members */
	T_O_PAIR_AWARE,   /* the same */
	T_O_MEMBERS,      /* {1} names */
	T_O_H_A,
	T_O_H_B,
	T_O_H_OVERLAP,
	T_O_H_CELLS,
	T_O_H_MEMBERS,
	T_O_H_SHARED,
	T_O_H_TIED,
	T_G_H_AREA,
	T_G_H_GROUP,
	T_TL_STUDY,
	T_TL_WAVES,    /* {1} title, {2} waves */
	T_TL_ONE_WAVE, /* {1} title */
	T_TL_BY_YEAR,  /* {1} wave */
	T_TL_NO_YEAR,
	T_TL_WITHOUT_YEAR, /* {1} count */
	T_TL_ESTIMATED,    /* {1} sources */
	T_TL_H_WAVE,
	T_TL_H_FROM,
	T_TL_H_TO,
	T_TL_H_CHANGE,
	T_TL_H_ID_A,
	T_TL_H_NAME_A,
	T_TL_H_ID_B,
	T_TL_H_NAME_B,
	T_TL_NOT_OBSERVED,
	T_TL_H_DATE,
	T_TL_H_ENTITIES,
	T_TL_H_TIES,
	T_TL_H_RESPONSE,
	T_TL_H_DENSITY,
	T_TL_H_COMPONENTS,
	T_TL_H_LARGEST,
	T_TL_H_ISOLATES,
	T_TL_H_FRAGMENTATION,
	T_TL_H_DISTANCE,
	T_TL_H_CENTRALIZATION,
	T_TL_H_TRANSITIVITY,
	T_TL_H_COMMUNITIES,
	T_TL_H_MODULARITY,
	T_TL_H_CUTPOINTS,
	T_TL_H_BRIDGES,
	T_TL_H_TRUST,
	T_TL_H_CONFIRMED,
	/* check's summary. */
	T_S_STUDY,
	T_S_ENTITIES,
	T_S_TASKS,
	T_S_INTERVIEWS,
	T_S_WAVES,
	T_S_NO_TITLE,
	T_S_NOT_INTERVIEWED,
	T_S_H_INTERVIEWS,
	T_S_H_CONFIRMED,
	T_KINDS_MUNICIPALITY,
	T_KINDS_ORGANISATION,
	T_KINDS_TEAM,
	T_KINDS_INFORMAL,
	T_A_COL_ADVICE,
	T_A_COL_RANK,
	T_A_COL_NAME,
	T_A_COL_PARTNER,
	T_A_COL_DF,
	T_A_COL_SHARE,
	T_A_COL_OVERLAP,
	T_A_COL_PARTNER_ID,
	T_A_COL_CLOSER,
	T_A_COL_EXACT,
	T_A_WORD_KEEP,
	T_A_WORD_REACH,
	T_A_WORD_TIE,
	T_R_ADVISE_TOO_LARGE,
	/* The E-I index by one of the study's own categories. */
	T_EI_KIND,
	T_EI_MUNICIPALITIES,
	T_EI_DOMAINS,
	/* Counted nouns (tx_count): the singular, then the plural. */
	T_CT_ENTITY,
	T_CT_ENTITIES,
	T_CT_TIE,
	T_CT_TIES,
	T_CT_GROUP,
	T_CT_GROUPS,
	T_CT_GAP,
	T_CT_GAPS,
	T_CT_WAVE,
	T_CT_WAVES,
	T_CT_INTERVIEW,
	T_CT_INTERVIEWS,
	T_CT_TEAM,
	T_CT_TEAMS,
	T_CT_PAIR,
	T_CT_PAIRS,
	/* Dates for people (tx_date). */
	T_DATE,       /* {1} day, {2} month's name, {3} year (struct language's named_months) */
	T_N_LARGEST,  /* the largest component, in measure's what-if table */
	T_N_ISOLATES, /* entities without a tie, ditto */
	T_MONTH_1,
	T_MONTH_2,
	T_MONTH_3,
	T_MONTH_4,
	T_MONTH_5,
	T_MONTH_6,
	T_MONTH_7,
	T_MONTH_8,
	T_MONTH_9,
	T_MONTH_10,
	T_MONTH_11,
	T_MONTH_12,
	/* timeline's level changes and missing interviews. */
	T_TL_STRENGTHENED,
	T_TL_WEAKENED,
	T_TL_H_STRONGER,
	T_TL_H_WEAKER,
	T_TL_H_NOT_INTERVIEWED,
	T_STRONGER, /* draw --diff: a kept tie at a higher level */
	/* The report's sentences (report/sentences.c). */
	T_RS_NO_CHANGE, /* {1} wave without interviews, {2} A, {3} B */
	T_RS_CHANGE, /* {1} A, {2} B, {3} started, {4} ended, {5} continued (the clauses below) */
	T_RS_GAINED_0,
	T_RS_GAINED_1,
	T_RS_GAINED_N, /* {1} count */
	T_RS_LOST_0,
	T_RS_LOST_1,
	T_RS_LOST_N, /* {1} count */
	T_RS_KEPT_0,
	T_RS_KEPT_1,
	T_RS_KEPT_N,  /* {1} count */
	T_RS_JOINED,  /* {1} wave, {2} names */
	T_RS_LEFT,    /* {1} wave, {2} names */
	T_RS_SHAPE,   /* {1} how fragmentation moved, {2} density (say_movement) */
	T_RS_ROSE,    /* {1} from, {2} to */
	T_RS_FELL,    /* {1} from, {2} to */
	T_RS_STAYED,  /* {1} value */
	T_RS_HARDLY,  /* {1} value */
	T_RS_JACCARD, /* {1} share, {2} Jaccard index, {3} reading */
	T_RS_STABLE,
	T_RS_MODERATE,
	T_RS_TOO_CHANGED,
	T_RS_MISSING_TO_1,   /* {1} name, {2} B, {3} A */
	T_RS_MISSING_TO_N,   /* {1} names, {2} B, {3} A */
	T_RS_HIDDEN_0,       /* {1} A */
	T_RS_HIDDEN_1,       /* {1} count, {2} A, {3} B */
	T_RS_HIDDEN_N,       /* {1} count, {2} A, {3} B */
	T_RS_FALLS_1,        /* {1} count, {2} A, {3} B */
	T_RS_FALLS_N,        /* {1} count, {2} A, {3} B */
	T_RS_MISSING_FROM_1, /* {1} name, {2} B, {3} A */
	T_RS_MISSING_FROM_N, /* {1} names, {2} B, {3} A */
	T_RS_UNSEEN_1,       /* {1} count, {2} A, {3} B */
	T_RS_UNSEEN_N,       /* {1} count, {2} A, {3} B */
	T_RS_LEVELS_SAME,    /* {1} A */
	T_RS_BETWEEN,        /* {1}, {2} names */
	T_RS_AND_MORE,       /* {1} how many more */
	T_RS_STRONGER_1,     /* {1} count, {2} A, {3} the pair (T_RS_BETWEEN) */
	T_RS_STRONGER_N,     /* {1} count, {2} A, {3} the pairs */
	T_RS_WEAKER_0,
	T_RS_WEAKER_1, /* {1} count, {2} A, {3} the pair */
	T_RS_WEAKER_N, /* {1} count, {2} A, {3} the pairs */
	/* The analyses of brokerage, E-I tests and perception (out/analyses.c). */
	T_PK_PLURAL_0,
	T_PK_PLURAL_1,
	T_PK_PLURAL_2,
	T_PK_PLURAL_3,
	T_PK_THE_0,
	T_PK_THE_1,
	T_PK_THE_2,
	T_PK_THE_3,
	T_PK_ONE_0,
	T_PK_MANY_0,
	T_PK_ONE_1,
	T_PK_MANY_1,
	T_PK_ONE_2,
	T_PK_MANY_2,
	T_PK_ONE_3,
	T_PK_MANY_3,
	T_PC_NAMES,       /* {1} kind X in the plural, {2} counted partners of kind Y */
	T_PC_BACK_ALL,    /* {1} X with its article */
	T_PC_BACK_ONE,    /* {1} X with its article */
	T_PC_BACK_MANY,   /* {1} X with its article, {2} count */
	T_PC_LEVELS,      /* {1} X, {2} its mean level, {3} Y, {4} its mean level */
	T_PC_LEVELS_SAME, /* {1} the mean level both gave */
	T_PC_TRUST,       /* {1} X, {2} its mean trust, {3} Y, {4} its mean trust */
	T_PC_NOTHING,
	T_PC_NO_PAIRS,
	T_PC_HEADER, /* {1} wave, {2} counted interviewed entities */
	T_PC_KINDS,
	T_PC_PAIRS,
	T_PC_PAIR, /* {1} A, {2} B, {3} level A gave, {4} level B gave, {5} trust A gave, {6} trust
	              B gave */
	T_PC_H_FROM,
	T_PC_H_TO,
	T_PC_H_NAMED,
	T_PC_H_BACK,
	T_PC_H_LEVEL,
	T_PC_H_LEVEL_BACK,
	T_PC_H_TRUST,
	T_PC_H_TRUST_BACK,
	T_PC_H_A,
	T_PC_H_B,
	T_PC_H_LEVEL_A,
	T_PC_H_LEVEL_B,
	T_PC_H_TRUST_A,
	T_PC_H_TRUST_B,
	T_SHEET_PERCEPTION,
	T_SHEET_PERCEPTION_PAIRS,
	T_BR_BETWEEN,    /* {1} the list of brokers (T_BR_ITEM) */
	T_BR_ITEM,       /* {1} name, {2} pairs as gatekeeper, {3} pairs as liaison */
	T_BR_ITEM_SHORT, /* {1} name, {2} gatekeeper pairs, {3} liaison pairs */
	T_BR_NONE,
	T_BR_INFORMAL, /* {1} list of names with counts */
	T_BR_INFORMAL_NONE,
	T_BR_CONSTRAINT, /* {1} list of names with their constraint */
	T_EI_SILO,       /* {1} grouping, {2} E-I, {3} expected, {4} p */
	T_EI_MIXING,     /* {1} grouping, {2} E-I, {3} expected, {4} p */
	T_EI_CHANCE,     /* {1} grouping, {2} E-I, {3} expected, {4} p */
	/* Whole-word headers of the exported workbook's sheets (export/xlsx.c). */
	T_XL_NAME_A,
	T_XL_NAME_B,
	T_XL_MUNICIPALITY_ID,
	T_XL_MUNICIPALITY_NAME,
	T_XL_RESPONSE,
	T_XL_COMPONENTS,
	T_XL_LARGEST,
	T_XL_FRAGMENTATION,
	T_XL_DISTANCE,
	T_XL_CENTRALIZATION,
	T_XL_TRANSITIVITY,
	T_XL_COMMUNITIES,
	T_XL_MODULARITY,
	T_XL_CUTPOINTS,
	T_XL_CONFIRMED,
	T_XL_TRUST,
	T_XL_ISOLATES,
	T_CHART_JACCARD,      /* {1} the Jaccard index between two waves */
	T_CHART_WITHOUT_YEAR, /* {1} "7 ties" (tx_count) */
	T_EX_TIES_REPORTED,   /* what an export's description says of its ties */
	T_EX_TIES_CONFIRMED,
	T_R_BROKERS_ONE, /* {1} name of the one broker, {2} wave */
	T_COUNT
};

/* Marks a string for xgettext (make pot) where it is written; it is
 * translated where it is shown (msg_tr, tx_message). */
#define N_(english) english

/* One row of the English table: the text's msgctxt in po/ (the name of its
 * enum text_id, written out so that xgettext can read it) and its English. */
struct text {
	const char *id, *english;
};
#define TEXT_(id, english)                                                                         \
	{                                                                                          \
		id, english                                                                        \
	}

struct language {
	const char *code;   /* "en", "nl": --lang, PARTNERMAP_LANG, po/CODE.po */
	const char *name;   /* "English", "Nederlands" */
	char decimal_mark;  /* '.' or ',' in tables and CSV */
	char csv_separator; /* ',' or ';' (a comma decimal needs another one) */
	bool csv_bom;       /* start CSV with a UTF-8 byte-order mark */
	bool named_months;  /* dates for people as T_DATE ("3 mei 2019"), else YYYY-MM-DD */
};

extern const struct text texts_en[T_COUNT];

/* The description of a language; LANG out of range gives English. */
const struct language *language(enum lang lang);

/* The language with code CODE ("nl", "NL", "nl_NL.UTF-8" all give Dutch);
 * -1 when none matches. */
int lang_from_code(const char *code);

/* The language a person gets without --lang: PARTNERMAP_LANG, then
 * LC_ALL, LC_MESSAGES and LANG (the first that is set and not empty);
 * English when none names a known language. */
enum lang lang_from_environment(void);

/* ENGLISH (a message or a printf format) in the language: its msgstr in
 * the language's catalogue (no msgctxt), or ENGLISH itself when there is
 * none. Never NULL. */
const char *tx_message(enum lang lang, const char *english) __attribute__((format_arg(2)));

/* How a person reads an E-I index key of measure ("kind",
 * "municipalities", "domains"; an attribute's key is the user's own word
 * and is returned as it is). */
const char *tx_ei_key(enum lang lang, const char *key);

/* Writes N and the noun ONE or MANY (text ids) as the count asks, "1
 * entity" or "23 entities", into BUF (cut to SIZE) and returns BUF. */
char *tx_count(char *buf, size_t size, enum lang lang, long n, enum text_id one, enum text_id many);

/* Appends DATE (date.h, YYYYMMDD) as a person in LANG reads it: with the
 * month's name where the language has named_months ("3 mei 2019", T_DATE),
 * else YYYY-MM-DD (English); "-" for DATE_NONE. */
void tx_date(struct strbuf *sb, enum lang lang, int date);

/* The text in the language: its msgstr with msgctxt the id's name, else
 * its English; "" for an id out of range. Never NULL. */
const char *tx(enum lang lang, enum text_id id);

/* Appends x with DECIMALS digits: a decimal comma in Dutch; "-" for NAN. */
void tx_number(struct strbuf *sb, enum lang lang, double x, int decimals);

/* Appends X to A and Y to B with DECIMALS digits, or with up to two more
 * where X and Y differ but would read the same ("from 0.423 to 0.418",
 * never "from 0.42 to 0.42"). */
void tx_number_pair(struct strbuf *a, struct strbuf *b, enum lang lang, double x, double y,
                    int decimals);

/* Appends the template with {1}.. replaced by the string arguments, which
 * end with NULL. */
void txf(struct strbuf *sb, enum lang lang, enum text_id id, ...);
void vtxf(struct strbuf *sb, enum lang lang, enum text_id id, va_list ap);

#endif
