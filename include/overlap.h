/*
 * overlap: pairs of teams that serve the same areas and target groups in a
 * wave (cli.md), and whether they know each other. A team's coverage is a
 * set of cells area x target group, with cli.md's rule for a team that
 * names no areas or no target groups.
 */
#ifndef PARTNERMAP_OVERLAP_H
#define PARTNERMAP_OVERLAP_H

#include <stdbool.h>

#include "network.h"

struct overlap_pair {
	size_t a, b; /* entity indexes, a's id before b's */
	double coverage_overlap;
	long shared_cells;
	double member_overlap;       /* 0 when neither has active members */
	const char **shared_members; /* ids, sorted */
	size_t n_shared_members;
	const char **shared_areas, **shared_groups; /* sorted, for people */
	size_t n_shared_areas, n_shared_groups;
	bool aware;
};

struct overlap {
	struct overlap_pair *pairs; /* coverage_overlap > 0, largest first, then by ids */
	size_t n_pairs;
	size_t n_teams;
};

/* Compares every pair of teams active in the network's wave. The result
 * borrows strings from the dataset. */
void overlap_compute(const struct network *net, struct overlap *ov);
void overlap_free(struct overlap *ov);

#endif
