/*
 * out-perception: the result of `perception` (cli.md): sentences and two
 * tables for people; the kinds as CSV; cli.md's JSON; a workbook of both
 * tables. Also the sentences the report says from it.
 */
#ifndef PARTNERMAP_OUT_PERCEPTION_H
#define PARTNERMAP_OUT_PERCEPTION_H

#include <stdbool.h>
#include <stdio.h>

#include "analysis/perception.h"
#include "io/tabular.h"
#include "i18n/texts.h"
#include "util/strbuf.h"

/* Writes the perception P of NET's wave in FORMAT. BY_KIND: P's groups are
 * the kinds (they are then named in LANG's words, and the table for
 * people starts with sentences). */
void out_perception(FILE *out, const struct network *net, const struct perception *p, bool by_kind,
                    enum format format, char sep, enum lang lang);

/* The same tables as a workbook at PATH (sheets Perception and Pairs).
 * Returns 0, or -1 after an error message. */
int out_perception_xlsx(const char *path, const struct network *net, const struct perception *p,
                        bool by_kind, enum lang lang);

/* Appends to SB, one sentence per line, where one kind names another that
 * does not name it back, and how both sides rate the ties they share (P
 * by kind), e.g. "Municipalities name 11 organisations as partner; 4 of
 * them do not name the municipality back. ..."; a line that says so when
 * there is nothing to say. */
void out_perception_sentences(struct strbuf *sb, const struct perception *p, enum lang lang);

#endif
