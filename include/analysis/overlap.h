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
#include <stdint.h>

#include "network/network.h"

/* A pair of teams that share a cell. Kept small (24 bytes), since a field
 * of 5,000 teams that serve one area has 12.5 million pairs: what the two
 * share (members, areas, groups) is found again by overlap_detail() when a
 * writer needs it, and member_overlap by overlap_member_overlap(). */
struct overlap_pair {
	uint32_t a, b; /* entity indexes, a's id before b's */
	uint32_t shared_cells;
	uint32_t shared_members : 31; /* how many active members both have */
	uint32_t aware : 1;           /* the two are tied in the wave */
	double coverage_overlap;
};

/* What a pair shares, spelt out for a writer: member ids sorted, areas and
 * groups as shown to people, sorted. The arrays belong to the detail and
 * are reused by the next overlap_detail() on it; overlap_detail_free()
 * releases them. */
struct overlap_detail {
	const char **members, **areas, **groups;
	size_t n_members, n_areas, n_groups;
	size_t *pos, alloc; /* room for positions, and how many each array holds */
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
	size_t *members; /* active on the wave's date: sorted, distinct entity indexes */
	size_t n_members;
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
	size_t *team_of;   /* per entity index: its position in teams */
	size_t *all_areas; /* every area some team names, sorted: "all areas" */
	size_t n_all_areas;
	size_t *every_group; /* 0 .. n_groups - 1: "all target groups" */
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

/* The Jaccard index of the active members of P's teams (0 when neither
 * has any). */
double overlap_member_overlap(const struct overlap *ov, const struct overlap_pair *p);

/* Fills D with what P's teams share, in time linear in their areas, groups
 * and members. Cannot fail (allocation failure aborts). */
void overlap_detail(const struct overlap *ov, const struct dataset *ds,
                    const struct overlap_pair *p, struct overlap_detail *d);
void overlap_detail_free(struct overlap_detail *d);

/* Whether the team at position TEAM of ov->teams serves cell (area,
 * group); in time logarithmic in its areas and groups. */
bool overlap_serves(const struct overlap *ov, size_t team, size_t area, size_t group);

/* Whether some team names AREA: the teams of every area serve it. */
bool overlap_area_named(const struct overlap *ov, size_t area);

/* How many active teams serve cell (area, group): in time proportional to
 * the teams that name that area (with a logarithm). */
long overlap_served(const struct overlap *ov, size_t area, size_t group);

#endif
