/*
 * ei: Krackhardt's E-I index for each grouping of the entities (kind,
 * municipalities, domains and every attribute that is a grouping, cli.md)
 * and UCINET's permutation test of it: the groups shuffled over the
 * entities that have a value, the network kept as it is. The permutations
 * run on every core; each draws from its own seed, derived from its index,
 * and the counts they give are whole numbers summed, so any number of
 * threads gives the same figures.
 */
#ifndef PARTNERMAP_ANALYSIS_EI_H
#define PARTNERMAP_ANALYSIS_EI_H

#include "network/network.h"

/* The test of one E-I index; NAN everywhere (and 0 permutations) when the
 * index is null. */
struct ei_test {
	double expected;   /* mean E-I over the permutations */
	double p_low;      /* share of permutations whose E-I is at most the observed */
	double p_high;     /* ... at least the observed */
	long permutations; /* EI_PERMUTATIONS, or fewer on a very large network */
};

/* NAN stands for "null" (no value). */
struct ei_index {
	const char *key; /* "kind", "municipalities", "domains" or an attribute */
	double value;    /* NAN when no tie qualifies or the ends hold one group */
	long external, internal;
	struct ei_test test;
};

/* cli.md's number of permutations. Where permutations times (entities +
 * ties) would pass EI_WORK, fewer are run (at least EI_MIN_PERMUTATIONS),
 * so that a national study is tested in about a second; the count says
 * how many. */
enum { EI_PERMUTATIONS = 5000, EI_MIN_PERMUTATIONS = 200 };
#define EI_WORK 2e8

/* The E-I index and its test for every grouping of NET's study, in the
 * order kind, municipalities, domains, then the attributes sorted; an
 * attribute none of whose values two entities share (a remark) is left
 * out. *EI is the caller's to free. Never fails (memory aside, which
 * aborts as everywhere). */
void ei_compute(const struct network *net, struct ei_index **ei, size_t *n);

#endif
