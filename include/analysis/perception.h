/*
 * perception: how the two sides see the ties between them (cli.md's
 * `perception`), from the interviews of one wave alone (memberships left
 * out), over the pairs of entities that were both interviewed in it: per
 * ordered pair of groups how often one named the other and was named back,
 * and the levels and trust each side gave the same tie.
 */
#ifndef PARTNERMAP_ANALYSIS_PERCEPTION_H
#define PARTNERMAP_ANALYSIS_PERCEPTION_H

#include "network/network.h"

/* One ordered pair of groups (X, Y); means are NAN where nothing is
 * averaged. */
struct perception_kinds {
	int from, to;      /* groups */
	long named;        /* how often an X named a Y */
	long named_back;   /* of those, how often the Y named the X too */
	long mutual_trust; /* of those, how often both rated trust */
	double back_share; /* named_back / named */
	double level, level_back, trust, trust_back;
};

/* A mutual pair whose two levels or two trust ratings differ by 2 or more. */
struct perception_pair {
	igraph_integer_t a, b; /* vertices; a is the one whose id comes first */
	int level_a, level_b;  /* the level each gave */
	int trust_a, trust_b;  /* 0 when not rated */
};

struct perception {
	const char **group_names; /* per group: kind_name(), or the value */
	int n_groups;
	struct perception_kinds *kinds; /* the pairs with named > 0, by from, then to */
	size_t n_kinds;
	struct perception_pair *pairs; /* largest difference first, then by ids */
	size_t n_pairs;
};

/* Computes the perception of NET's wave with groups by KEY (NULL for kind;
 * brokerage.h's groups_of). With CONFIRMED_ONLY (--ties confirmed), only
 * ties both sides named count. Never fails (memory aside). */
void perception_compute(const struct network *net, const char *key, bool confirmed_only,
                        struct perception *p);
void perception_free(struct perception *p);

#endif
