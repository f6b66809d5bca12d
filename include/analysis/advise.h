/*
 * advise: what would most change a wave's network (cli.md "advise").
 * - keep: the K entities whose joint removal raises distance
 *   fragmentation the most (Borgatti's key player problem, KPP-Neg);
 * - reach: the K entities tied to the most others (KPP-Pos, one step);
 * - ties: K new ties, each the pair whose tie lowers distance
 *   fragmentation the most given the ties chosen before it.
 * A part is exact when trying every set (or every pair) takes at most
 * ADVISE_MAX_EVALUATIONS evaluations; otherwise it comes from a greedy
 * start improved by swaps. Where answers are equally good, the one whose
 * ids come first (sets compared as id-sorted lists) wins. The work is
 * spread over the cores; Ctrl-C stops it (progress.h).
 */
#ifndef PARTNERMAP_ANALYSIS_ADVISE_H
#define PARTNERMAP_ANALYSIS_ADVISE_H

#include <stdbool.h>

#include "network/network.h"
#include "analysis/overlap.h"

enum { ADVISE_MAX_K = 10 };
#define ADVISE_MAX_EVALUATIONS 1e6

struct advice_tie {
	igraph_integer_t a, b;         /* vertices; a's id before b's */
	bool overlap;                  /* two teams whose coverage overlaps (overlap.h) */
	double distance_fragmentation; /* with this tie and the ones before it */
	long closer;                   /* pairs of entities it brings closer */
};

struct advice {
	long k;
	double distance_fragmentation; /* of the network as it is */
	bool keep_exact, reach_exact, ties_exact;
	igraph_integer_t *keep; /* vertices, by id */
	size_t n_keep;
	double keep_fragmentation; /* distance fragmentation without them */
	igraph_integer_t *reach;   /* vertices, by id */
	size_t n_reach;
	long reached;       /* entities outside the set tied to one in it */
	double reach_share; /* reached / (n - n_reach); 0 when nobody is left */
	struct advice_tie *ties;
	size_t n_ties; /* fewer than k when no more pair brings anyone closer */
};

/* Computes the advice for K (1..ADVISE_MAX_K) on NET; OV (may be NULL)
 * marks overlapping teams. Returns 0, or an igraph error code
 * (IGRAPH_INTERRUPTED after Ctrl-C, IGRAPH_ENOMEM when the distances of
 * every pair do not fit in memory); *a is then empty. */
int advise_compute(const struct network *net, const struct overlap *ov, long k, struct advice *a);
void advice_free(struct advice *a);

/* Whether the whole advice is exact. */
bool advice_exact(const struct advice *a);

#endif
