/*
 * spelling: one thing spelt in more than one way. Areas and target groups
 * are compared by their key (trimmed, lower case; cli.md), so "Centrum" and
 * "centrum " are one area everywhere. `check` warns about the spellings
 * that the key merges, about values that differ only slightly
 * ("Zuid-Oost" / "Zuidoost", "ouderen" / "oudere"), and about entity names
 * that look like one organisation under two names ("GGD Utrecht" / "GGD
 * regio Utrecht", "Stichting Pulse" / "Stichting Plse").
 *
 * Cost: near-linear in the number of values and names. Equal keys are
 * found by hashing; a name with one word more than another (not at its end)
 * by hashing each of its names with one word left out (names of at most
 * SPELLING_MAX_WORDS words); slight differences by the sorted-neighbourhood method: the keys
 * are sorted forwards and by their reversed text, and each is compared
 * with its SPELLING_WINDOW neighbours in both orders by an edit distance
 * bounded by 2 (cost linear in the length). So at most 2 x SPELLING_WINDOW
 * comparisons per value or name; a pair with many similar keys sorted
 * between both of its members in both orders can be missed.
 */
#ifndef PARTNERMAP_ANALYSIS_SPELLING_H
#define PARTNERMAP_ANALYSIS_SPELLING_H

#include <stdbool.h>

#include "study/dataset.h"
#include "load/load.h"
#include "util/strbuf.h"

enum { SPELLING_WINDOW = 8, SPELLING_MAX_WORDS = 12 };

/* Appends the key of an area or target group: S without spaces at either
 * end, in lower case (ASCII and the Latin letters of Latin-1 and Latin
 * Extended-A, so "É" and "é", "Ĳ" and "ĳ" are the same). */
void spelling_key(struct strbuf *sb, const char *s);

/* Adds a warning to D (an error when STRICT) for every spelling variant in
 * the study: of areas, of target groups and of entity names. The place is
 * the JSON path of the later spelling; the message names the earlier one
 * and its place. Cannot fail. */
void spelling_check(const struct dataset *ds, bool strict, struct diags *d);

#endif
