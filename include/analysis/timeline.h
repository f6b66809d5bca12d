/*
 * timeline: how the network changes from wave to wave (cli.md): the
 * network measures, interviews and response of every wave; between
 * consecutive waves the ties gained, lost, kept and unobserved (a missing
 * interview is not a lost partnership), the Jaccard index of the ties and
 * the entities that joined and left; and the ties of the last wave by the
 * year they began.
 */
#ifndef PARTNERMAP_ANALYSIS_TIMELINE_H
#define PARTNERMAP_ANALYSIS_TIMELINE_H

#include "analysis/measure.h"
#include "i18n/texts.h"

struct entity_pair {
	size_t a, b; /* entity indexes, a's id before b's */
};

/* The comparison of two waves' networks, A (from) and B (to). A pair tied
 * in one of them only is unobserved when the other cannot tell (cli.md):
 * no membership, both entities exist in the other wave, and nobody who
 * named the pair was interviewed there. Every list is sorted by ids. */
struct wave_change {
	size_t from, to; /* wave indexes */
	struct entity_pair *gained, *lost, *unobserved;
	size_t n_gained, n_lost, n_unobserved;
	long kept;
	double jaccard; /* kept / (gained + lost + kept); NAN when that is 0 */
	/* Of the kept pairs, those whose level is higher in B (strengthened)
	 * or lower (weakened); a fall counts only when every entity that
	 * named the pair in A was interviewed in B, so that a missing report
	 * never reads as a weaker tie. */
	struct entity_pair *strengthened, *weakened;
	size_t n_strengthened, n_weakened;
	size_t *joined, *left; /* entity indexes */
	size_t n_joined, n_left;
	/* Missing interviews: entities in both waves interviewed in B but not
	 * in A (missing_from), or in A but not in B (missing_to, cli.md's
	 * not_interviewed). */
	size_t *missing_from, *missing_to;
	size_t n_missing_from, n_missing_to;
};

/* How the longitudinal literature reads a Jaccard index of ties. */
enum stability {
	STABILITY_UNKNOWN,  /* no observed ties (NAN) */
	STABILITY_TOO_LOW,  /* below 0.2: too different to compare positions */
	STABILITY_MODERATE, /* 0.2 to 0.3 */
	STABILITY_STABLE,   /* above 0.3 */
};
enum stability timeline_stability(double jaccard);
/* The reading for people (texts.h). */
enum text_id timeline_stability_text(double jaccard);

struct year_count {
	int year;
	long ties;
};

struct timeline {
	const struct dataset *ds;
	struct network_measures *waves; /* one per wave */
	long *interviews;               /* per wave: the interviews of that wave */
	double *response;            /* per wave: share of its entities interviewed; NAN if none */
	struct wave_change *changes; /* n_waves - 1 */
	size_t n_changes;
	struct year_count *started; /* by year, ascending */
	size_t n_started;
	long without_since; /* ties of the last wave with no start year */
	long sample;        /* > 0: distance fragmentation estimated from that many sources */
};

/* Computes the timeline alone, through the model (model.h); SAMPLE as for
 * measure_compute(). Returns 0, or an igraph error code (nothing to free
 * then). */
int timeline_compute(const struct dataset *ds, enum tie_filter filter, long sample,
                     struct timeline *tl);
/* The timeline of networks and measures already computed, one per wave
 * (nets[w].wave == w; the model's, model.h); it copies what it keeps, so
 * they may be freed first. */
void timeline_of(const struct dataset *ds, const struct network *nets, const struct measures *ms,
                 struct timeline *tl);
void timeline_free(struct timeline *tl);

/* Compares the networks of two waves of one study (any two: draw --diff
 * takes them as given). Cannot fail; wave_change_free() releases C. */
void wave_change_compute(const struct network *a, const struct network *b, struct wave_change *c);
void wave_change_free(struct wave_change *c);

#endif
