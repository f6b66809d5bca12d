/*
 * overlap: pairs of teams that serve the same areas and target groups in a
 * wave (cli.md), whether they know each other, and the gaps: the cells of
 * each municipality that no active team serves. A team's coverage is a set
 * of cells area x target group, with cli.md's rule for a team that names
 * no areas or no target groups. Areas and target groups are compared by
 * their spelling key (spelling.h): "Centrum" and "centrum " are one area,
 * shown as spelt where the study first names it.
 */
#ifndef PARTNERMAP_ANALYSIS_OVERLAP_H
#define PARTNERMAP_ANALYSIS_OVERLAP_H

#include <stdbool.h>

#include "network/network.h"

struct overlap_pair {
	size_t a, b; /* entity indexes, a's id before b's */
	double coverage_overlap;
	long shared_cells;
	double member_overlap;       /* 0 when neither has active members */
	const char **shared_members; /* ids, sorted */
	size_t n_shared_members;
	const char **shared_areas, **shared_groups; /* shown spellings, sorted, for people */
	size_t n_shared_areas, n_shared_groups;
	bool aware;
};

/* An active team and the cells it serves: its areas times its target
 * groups. Each is a sorted list of positions in the overlap's areas and
 * groups, or, by cli.md's rule for a team that names none, every one:
 * all_areas is every area that some team names, all_groups every group.
 * Kept this way (not as flags over every area and group), a study of many
 * teams, areas and groups costs what it names, not their product. */
struct overlap_team {
	size_t entity;
	size_t *areas, *groups; /* sorted, distinct; unused when all_areas, all_groups */
	size_t n_areas, n_groups;
	bool all_areas, all_groups;
};

/* Who serves which cell (overlap.c's own): for overlap_served(). */
struct overlap_cells;

/* A row of the coverage matrix: an area of a municipality. */
struct overlap_row {
	size_t municipality; /* entity index */
	size_t area;         /* index into areas */
};

struct overlap_gap {
	size_t municipality; /* entity index */
	size_t area, group;  /* indexes into areas and groups */
};

struct overlap {
	struct overlap_pair *pairs; /* coverage_overlap > 0, largest first, then by ids */
	size_t n_pairs;
	struct overlap_team *teams; /* active in the wave, in the study's order */
	size_t n_teams;
	/* Every area and target group of the study by key, as first spelt.
	 * When no team names a target group (no_groups), groups holds one
	 * entry, "all target groups", and every team serves it. */
	const char **areas, **groups;
	size_t n_areas, n_groups;
	bool no_groups;
	struct overlap_cells *cells;
	/* Per municipality that an active team names (by id), its areas (cli.md:
	 * those its teams name and its own), by area: the rows of the coverage
	 * matrix; and the cells among them that no active team serves. */
	struct overlap_row *rows;
	size_t n_rows;
	struct overlap_gap *gaps;
	size_t n_gaps;
	struct arena arena; /* owns the shown spellings */
};

/* Compares every pair of teams active in the network's wave and finds the
 * gaps. Only pairs that share an area are compared, so the time grows with
 * what the teams name and with the pairs and gaps found. The result
 * borrows ids from the dataset; overlap_free() releases the rest. Cannot
 * fail. */
void overlap_compute(const struct network *net, struct overlap *ov);
void overlap_free(struct overlap *ov);

/* Whether the team at position TEAM of ov->teams serves cell (area,
 * group); in time logarithmic in its areas and groups. */
bool overlap_serves(const struct overlap *ov, size_t team, size_t area, size_t group);

/* Whether some team names AREA: the teams of every area serve it. */
bool overlap_area_named(const struct overlap *ov, size_t area);

/* How many active teams serve cell (area, group): in time proportional to
 * the teams that name that area (with a logarithm). */
long overlap_served(const struct overlap *ov, size_t area, size_t group);

#endif
