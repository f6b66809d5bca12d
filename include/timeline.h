/*
 * timeline: how the network changes from wave to wave (cli.md): the
 * network measures of every wave, the ties gained, lost and kept and the
 * entities that joined and left between consecutive waves, and the ties
 * of the last wave by the year they began.
 */
#ifndef PARTNERMAP_TIMELINE_H
#define PARTNERMAP_TIMELINE_H

#include "measure.h"

struct entity_pair {
	size_t a, b; /* entity indexes, a's id before b's */
};

struct wave_change {
	size_t from, to;                   /* wave indexes */
	struct entity_pair *gained, *lost; /* sorted by ids */
	size_t n_gained, n_lost;
	long kept;
	size_t *joined, *left; /* entity indexes, sorted by id */
	size_t n_joined, n_left;
};

struct year_count {
	int year;
	long ties;
};

struct timeline {
	const struct dataset *ds;
	struct network_measures *waves; /* one per wave */
	struct wave_change *changes;    /* n_waves - 1 */
	size_t n_changes;
	struct year_count *started; /* by year, ascending */
	size_t n_started;
	long without_since; /* ties of the last wave with no start year */
	long sample;        /* > 0: distance fragmentation estimated from that many sources */
};

/* Computes the timeline; SAMPLE as for measure_compute(). Returns 0, or
 * an igraph error code. */
int timeline_compute(const struct dataset *ds, enum tie_filter filter, long sample,
                     struct timeline *tl);
/* The timeline of networks and measures already computed, one per wave
 * (nets[w].wave == w); it copies what it keeps, so they may be freed
 * first. */
void timeline_of(const struct dataset *ds, const struct network *nets, const struct measures *ms,
                 struct timeline *tl);
void timeline_free(struct timeline *tl);

#endif
