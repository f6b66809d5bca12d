/*
 * model: the one analysis pass under every command. It is the only place
 * that builds a wave's network and computes its measures, overlap, changes
 * and advice: each part once per run, and only the parts a command asks
 * for. draw, export, timeline, measure, check, overlap, advise,
 * perception and report read it; none builds or measures a network itself. It holds no layout:
 * positions belong to render/ (draw_model_positions()). The model borrows
 * the dataset and the edit, which must outlive it.
 *
 * A new analysis adds a part (a bit below), its field in struct model, and
 * one step in model_compute(); the commands that need it ask for the bit.
 */
#ifndef PARTNERMAP_ANALYSIS_MODEL_H
#define PARTNERMAP_ANALYSIS_MODEL_H

#include "analysis/advise.h"
#include "analysis/measure.h"
#include "analysis/overlap.h"
#include "analysis/timeline.h"
#include "network/network.h"
#include "study/dataset.h"

/* The parts of a model. Per-wave parts (networks, measures, communities)
 * are of the model's wave only, or with MODEL_EVERY_WAVE of every wave;
 * overlap, advice and trust are of the model's wave. */
enum model_part {
	MODEL_NETWORKS = 1u << 0,    /* nets[] */
	MODEL_MEASURES = 1u << 1,    /* ms[]: every measure */
	MODEL_COMMUNITIES = 1u << 2, /* ms[]: the communities alone (grouped diagrams) */
	MODEL_EVERY_WAVE = 1u << 3,  /* the per-wave parts for every wave */
	MODEL_UNCHANGED = 1u << 4,   /* with an edit: the wave without it, measured */
	MODEL_UNION = 1u << 5,       /* the union of every wave's (unedited) network */
	MODEL_SUMMARY = 1u << 6,     /* waves[]: every wave's interviewed and confirmed */
	MODEL_OVERLAP = 1u << 7,
	MODEL_ADVICE = 1u << 8,
	MODEL_TIMELINE = 1u << 9,
	MODEL_TRUST = 1u << 10,
	MODEL_SCORES = 1u << 11,
	MODEL_BROKERAGE =
	    1u << 12, /* the wave's brokerage roles by req.groups (measure --groups) */
	/* What the report shows (its advice only up to MODEL_ADVISE_MAX). */
	MODEL_REPORT = MODEL_NETWORKS | MODEL_MEASURES | MODEL_EVERY_WAVE | MODEL_UNION |
	               MODEL_SUMMARY | MODEL_OVERLAP | MODEL_TIMELINE | MODEL_TRUST | MODEL_SCORES,
};

/* measure_default_sample() for each network, as draw and report use. */
#define MODEL_SAMPLE_DEFAULT (-1L)

/* What a command asks the model about. */
struct model_request {
	enum tie_filter ties;
	size_t wave;                     /* of one-wave parts */
	const struct network_edit *edit; /* NULL or a what-if: of the wave, or of every wave */
	bool edit_every_wave;            /* the report's what-if changes every wave */
	long sample;                     /* as measure_compute(), or MODEL_SAMPLE_DEFAULT */
	long advise_k;                   /* K of advise_compute() */
	const char *groups;              /* MODEL_BROKERAGE: the key of measure_brokerage() */
};

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
	struct model_request req;
	unsigned parts;       /* computed so far */
	size_t n_waves, last; /* last == n_waves - 1 */
	size_t wave;          /* req.wave: the wave of one-wave parts */
	/* Per wave (n_waves long); has[w] holds the MODEL_NETWORKS,
	 * MODEL_MEASURES and MODEL_COMMUNITIES bits that wave has. */
	struct network *nets;
	struct measures *ms;
	unsigned *has;
	/* MODEL_UNCHANGED: the wave without the edit, built only when the
	 * edit changes it (unchanged.n of a zeroed network otherwise). */
	bool has_unchanged;
	struct network unchanged;
	struct measures unchanged_ms;
	struct network u; /* MODEL_UNION */
	struct wave_summary *waves;
	struct overlap ov; /* of the wave */
	struct timeline tl;
	struct task_scores scores;
	double trust[KIND_COUNT][KIND_COUNT]; /* the wave: mean rating row kind gave column
	                                         kind; NAN when none */
	/* MODEL_ADVICE on the wave with K = req.advise_k; the suggested ties
	 * as entity pairs, for the diagram. */
	bool advised;
	struct advice advice;
	struct tie_pair *suggested;
};

enum { MODEL_ADVISE_K = 3, MODEL_ADVISE_MAX = 500 };

/* Starts an empty model of DS for REQ (copied); computes nothing. */
void model_init(struct model *m, const struct dataset *ds, const struct model_request *req);

/* Computes the PARTS (enum model_part bits) not yet computed, and what
 * they need, each once. Returns 0, or igraph's error code without a
 * message (IGRAPH_INTERRUPTED after Ctrl-C); the model keeps what was
 * computed and model_free() releases it either way. */
int model_compute(struct model *m, unsigned parts);
void model_free(struct model *m);

/* The network of wave W, or NULL when the model has not built it. */
const struct network *model_net(const struct model *m, size_t w);

/* How many networks (of a wave or the union) and measures every model of
 * this process has computed: for tests that each is computed once. */
struct model_tally {
	unsigned long networks, measures;
};
struct model_tally model_tally(void);

/* The mean score of task T by kind K (-1: every respondent), or NAN. */
double model_score(const struct model *m, size_t t, int k);
/* The same in wave W. */
double model_score_in(const struct model *m, size_t w, size_t t, int k);
/* The mean change of task T's score by kind K (-1: all) from the first
 * scored wave to the last, over respondents who scored it in both; NAN
 * when none did. *paired (may be NULL) gets their number. */
double model_score_change(const struct model *m, size_t t, int k, long *paired);

#endif
