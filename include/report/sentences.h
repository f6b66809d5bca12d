/*
 * report/sentences: what the report says in sentences about change
 * between two waves (cli.md's "The report's sentences"): how many
 * partnerships started, ended and continued, who was interviewed in one
 * wave but not the other and what that means for the figures, and which
 * ties grew closer or less close. Each function appends one paragraph in
 * the report's language to SB, or nothing when it has nothing to say; the
 * HTML page and the Word document both write them. Nothing here fails.
 */
#ifndef PARTNERMAP_REPORT_SENTENCES_H
#define PARTNERMAP_REPORT_SENTENCES_H

#include "analysis/model.h"

/* The partnerships that started, ended and continued from C's wave A to
 * B, the entities that joined and left, how fragmentation and density
 * moved and how stable the ties were; or, when A or B has no interview,
 * that the change cannot be measured. */
void say_change(struct strbuf *sb, const struct model *m, const struct wave_change *c,
                enum lang lang);

/* Who was interviewed in A but not in B (by name), and in B but not in A,
 * and what it does to the change figures. */
void say_nonresponse(struct strbuf *sb, const struct model *m, const struct wave_change *c,
                     enum lang lang);

/* The continued ties that grew closer or less close, and the falls that
 * do not count because a respondent of A was not interviewed again. */
void say_levels(struct strbuf *sb, const struct model *m, const struct wave_change *c,
                enum lang lang);

/* "rose from 0.10 to 0.25", "fell from ...", "stayed at 0.25", or, when
 * the two differ but round to the same number, "hardly changed (0.42)":
 * never a comparison of two equal numbers. */
void say_movement(struct strbuf *sb, enum lang lang, double from, double to, int decimals);

/* Appends the N ITEMS as "A, B and C" ("A, B en C"). */
void say_list(struct strbuf *sb, const char *const *items, size_t n, enum lang lang);

#endif
