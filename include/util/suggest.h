/*
 * suggest: "did you mean ...?" The closest of a set of candidates to what a
 * person typed, when it is close enough to be a typing error. Candidates
 * are offered one at a time, so that any list (ids, names, option values)
 * can be searched without copying it. Nothing is allocated.
 */
#ifndef PARTNERMAP_UTIL_SUGGEST_H
#define PARTNERMAP_UTIL_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

struct suggest {
	const char *word; /* what was typed */
	const char *best; /* the closest candidate so far, or NULL */
	size_t best_distance;
};

void suggest_init(struct suggest *s, const char *word);

/* Considers CANDIDATE (which must outlive S). Comparison ignores ASCII case
 * and spaces around either string. */
void suggest_offer(struct suggest *s, const char *candidate);

/* The closest candidate when it is a plausible misspelling of the word (at
 * most a third of the word's characters differ, at least one may), else
 * NULL. A candidate equal to the word is never suggested. */
const char *suggest_result(const struct suggest *s);

/* Edit distance (insertions, deletions, substitutions and swaps of two
 * neighbouring bytes) between A and B ignoring ASCII case; counts at most
 * up to LIMIT + 1, so that long strings cost little. */
size_t suggest_distance(const char *a, const char *b, size_t limit);

/* Whether SHORTER abbreviates LONGER (workbook.md): each of SHORTER's
 * words is, in order, either one of LONGER's words or the initials (in
 * capitals) of two or more of its next words (where "en", "van", "de", "of", "and", "the"
 * ... may be left out), at least one word is initials, and every word of
 * LONGER is accounted for; ASCII case is ignored. "GGD HM" abbreviates
 * "GGD Hollands Midden", "SWK" "Stichting Welzijn Krimpenerwaard". Words
 * are runs of letters and digits; at most SUGGEST_ABBR_WORDS of each. */
enum { SUGGEST_ABBR_WORDS = 16 };
bool suggest_abbreviates(const char *shorter, const char *longer);

#endif
