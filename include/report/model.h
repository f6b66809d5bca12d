/*
 * model: everything the report shows about a study, computed once: every
 * wave's network and measures, the stable positions of the diagrams, the
 * overlap of the last wave, the timeline and the task scores. Renderers
 * (report-html.c, the page's JSON, the CLI tables) only read it; a new
 * analysis adds a field here and a section there. The model borrows the
 * dataset, which must outlive it.
 */
#ifndef PARTNERMAP_REPORT_MODEL_H
#define PARTNERMAP_REPORT_MODEL_H

#include "analysis/advise.h"
#include "study/dataset.h"
#include "render/draw.h"
#include "analysis/measure.h"
#include "network/network.h"
#include "analysis/overlap.h"
#include "analysis/timeline.h"

/* One wave at a glance, for tables that list the waves. */
struct wave_summary {
	long interviewed, confirmed; /* entities interviewed in it; ties both sides named */
};

/* Mean scores per task of the latest wave that has any (scores_wave), of
 * every wave, and their change since the earliest wave with scores. */
struct task_scores {
	long wave;     /* -1 when no interview holds a score */
	size_t *order; /* scored tasks, lowest mean first */
	size_t n_order;
	double *mean;    /* [task * (KIND_COUNT + 1) + 0]: all; + 1 + kind: by kind; NAN for none */
	long first_wave; /* the earliest wave with scores (== wave when only one has) */
	double *by_wave; /* [wave * n_tasks * (KIND_COUNT + 1)] + as mean: every wave's means */
	/* As mean: the mean of (score in wave - score in first_wave) over the
	 * respondents who scored the task in both, so that a missing interview
	 * never passes for a change; NAN when nobody did. */
	double *change;
	long *paired; /* as mean: the number of those respondents */
};

struct model {
	const struct dataset *ds;
	enum tie_filter ties;
	size_t n_waves, last; /* last == n_waves - 1 */
	struct network *nets; /* per wave */
	struct measures *ms;  /* per wave */
	struct wave_summary *waves;
	struct positions pos; /* one layout of every wave; pos.n 0 when too many to draw */
	struct overlap ov;    /* of the last wave */
	struct timeline tl;
	struct task_scores scores;
	double trust[KIND_COUNT][KIND_COUNT]; /* last wave: mean rating row kind gave column
	                                        kind; NAN when none */
	/* advise on the last wave with K = MODEL_ADVISE_K, when it has at most
	 * MODEL_ADVISE_MAX entities (advised); the suggested ties as entity
	 * pairs, for the diagram. */
	bool advised;
	struct advice advice;
	struct tie_pair *suggested;
};

enum { MODEL_ADVISE_K = 3, MODEL_ADVISE_MAX = 500 };

/* Computes the model; EDIT (NULL: none) is a what-if applied to every
 * wave's network, and must outlive the model; the positions are laid out
 * for diagrams WIDTH_CM wide (0: 16). Returns 0, or -1 after an error
 * message (nothing to free then). */
int model_build(struct model *m, const struct dataset *ds, enum tie_filter ties,
                const struct network_edit *edit, double width_cm);
void model_free(struct model *m);

/* The mean score of task T by kind K (-1: every respondent), or NAN. */
double model_score(const struct model *m, size_t t, int k);
/* The same in wave W. */
double model_score_in(const struct model *m, size_t w, size_t t, int k);
/* The mean change of task T's score by kind K (-1: all) from the first
 * scored wave to the last, over respondents who scored it in both; NAN
 * when none did. *paired (may be NULL) gets their number. */
double model_score_change(const struct model *m, size_t t, int k, long *paired);

#endif
