/* model: the study's analyses, each computed once, for every renderer. */
#include "report/model.h"
#include "i18n/msg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void summarise(struct model *m, size_t w)
{
	const struct network *net = &m->nets[w];

	for (igraph_integer_t v = 0; v < net->n; v++)
		m->waves[w].interviewed += net->interviewed[v];
	for (igraph_integer_t e = 0; e < net->m; e++)
		m->waves[w].confirmed += net->ties[e].confirmed;
}

/* Mean trust each kind gave each kind on the last wave's ties. */
static void trust_by_kind(struct model *m)
{
	const struct network *net = &m->nets[m->last];
	double sum[KIND_COUNT][KIND_COUNT] = {{0}};
	long count[KIND_COUNT][KIND_COUNT] = {{0}};

	for (igraph_integer_t e = 0; e < net->m; e++) {
		const struct net_tie *t = &net->ties[e];
		enum kind ka = network_entity(net, t->a)->kind,
		          kb = network_entity(net, t->b)->kind;
		if (t->trust_a_gave)
			sum[ka][kb] += t->trust_a_gave, count[ka][kb]++;
		if (t->trust_b_gave)
			sum[kb][ka] += t->trust_b_gave, count[kb][ka]++;
	}
	for (int a = 0; a < KIND_COUNT; a++)
		for (int b = 0; b < KIND_COUNT; b++)
			m->trust[a][b] = count[a][b] ? sum[a][b] / (double)count[a][b] : NAN;
}

/* The latest wave with scores, or -1. */
static long scored_wave(const struct dataset *ds)
{
	for (size_t w = ds->n_waves; w-- > 0;)
		for (size_t i = 0; i < ds->n_interviews; i++)
			for (size_t t = 0; ds->interviews[i].wave == w && t < ds->n_tasks; t++)
				if (!isnan(ds->interviews[i].scores[t]))
					return (long)w;
	return -1;
}

static int by_mean(const void *pa, const void *pb, void *context)
{
	const double *mean = context;
	double a = mean[*(const size_t *)pa * (KIND_COUNT + 1)],
	       b = mean[*(const size_t *)pb * (KIND_COUNT + 1)];

	if (a != b)
		return a < b ? -1 : 1;
	return *(const size_t *)pa < *(const size_t *)pb ? -1 : 1;
}

/* Per-wave means, and the paired change between the first and the last
 * scored waves (struct task_scores). */
static void scores_over_time(struct model *m)
{
	const struct dataset *ds = m->ds;
	struct task_scores *s = &m->scores;
	size_t nt = ds->n_tasks, per_wave = (nt + 1) * (KIND_COUNT + 1);
	long *count = xcalloc(per_wave * ds->n_waves, sizeof(long));
	long *first = xcalloc(ds->n_entities + 1, sizeof(long)); /* interview + 1 in first_wave */

	s->by_wave = xcalloc(per_wave * ds->n_waves, sizeof(double));
	s->change = xcalloc(per_wave, sizeof(double));
	s->paired = xcalloc(per_wave, sizeof(long));
	s->first_wave = -1;
	for (size_t i = 0; i < ds->n_interviews; i++) {
		const struct interview *in = &ds->interviews[i];
		size_t k = 1 + (size_t)ds->entities[in->respondent].kind;
		double *sum = &s->by_wave[in->wave * per_wave];
		long *n = &count[in->wave * per_wave];
		for (size_t t = 0; t < nt; t++) {
			if (isnan(in->scores[t]))
				continue;
			sum[t * (KIND_COUNT + 1)] += in->scores[t];
			n[t * (KIND_COUNT + 1)]++;
			sum[t * (KIND_COUNT + 1) + k] += in->scores[t];
			n[t * (KIND_COUNT + 1) + k]++;
			if (s->first_wave < 0 || (long)in->wave < s->first_wave)
				s->first_wave = (long)in->wave;
		}
	}
	for (size_t c = 0; c < per_wave * ds->n_waves; c++)
		s->by_wave[c] = count[c] ? s->by_wave[c] / (double)count[c] : NAN;
	for (size_t i = 0; i < ds->n_interviews && s->first_wave >= 0; i++)
		if ((long)ds->interviews[i].wave == s->first_wave)
			first[ds->interviews[i].respondent] = (long)i + 1;
	for (size_t i = 0; i < ds->n_interviews && s->wave > s->first_wave; i++) {
		const struct interview *in = &ds->interviews[i];
		if ((long)in->wave != s->wave || !first[in->respondent])
			continue;
		const struct interview *before = &ds->interviews[first[in->respondent] - 1];
		size_t k = 1 + (size_t)ds->entities[in->respondent].kind;
		for (size_t t = 0; t < nt; t++) {
			if (isnan(in->scores[t]) || isnan(before->scores[t]))
				continue;
			double d = in->scores[t] - before->scores[t];
			s->change[t * (KIND_COUNT + 1)] += d;
			s->paired[t * (KIND_COUNT + 1)]++;
			s->change[t * (KIND_COUNT + 1) + k] += d;
			s->paired[t * (KIND_COUNT + 1) + k]++;
		}
	}
	for (size_t c = 0; c < per_wave; c++)
		s->change[c] = s->paired[c] ? s->change[c] / (double)s->paired[c] : NAN;
	free(first);
	free(count);
}

static void task_scores(struct model *m)
{
	const struct dataset *ds = m->ds;
	struct task_scores *s = &m->scores;
	size_t nt = ds->n_tasks, cells = (nt + 1) * (KIND_COUNT + 1);
	long *count = xcalloc(cells, sizeof(long));

	s->wave = scored_wave(ds);
	s->mean = xcalloc(cells, sizeof(double));
	s->order = xcalloc(nt + 1, sizeof(size_t));
	for (size_t i = 0; i < ds->n_interviews && s->wave >= 0; i++) {
		const struct interview *in = &ds->interviews[i];
		size_t k = 1 + (size_t)ds->entities[in->respondent].kind;
		for (size_t t = 0; in->wave == (size_t)s->wave && t < nt; t++) {
			if (isnan(in->scores[t]))
				continue;
			s->mean[t * (KIND_COUNT + 1)] += in->scores[t];
			count[t * (KIND_COUNT + 1)]++;
			s->mean[t * (KIND_COUNT + 1) + k] += in->scores[t];
			count[t * (KIND_COUNT + 1) + k]++;
		}
	}
	for (size_t c = 0; c < cells; c++)
		s->mean[c] = count[c] ? s->mean[c] / (double)count[c] : NAN;
	for (size_t t = 0; t < nt; t++)
		if (count[t * (KIND_COUNT + 1)])
			s->order[s->n_order++] = t;
	qsort_r(s->order, s->n_order, sizeof(size_t), by_mean, s->mean);
	free(count);
}

double model_score(const struct model *m, size_t t, int k)
{
	return m->scores.mean[t * (KIND_COUNT + 1) + (size_t)(k + 1)];
}

double model_score_in(const struct model *m, size_t w, size_t t, int k)
{
	size_t per_wave = (m->ds->n_tasks + 1) * (KIND_COUNT + 1);

	return m->scores.by_wave[w * per_wave + t * (KIND_COUNT + 1) + (size_t)(k + 1)];
}

double model_score_change(const struct model *m, size_t t, int k, long *paired)
{
	size_t c = t * (KIND_COUNT + 1) + (size_t)(k + 1);

	if (paired)
		*paired = m->scores.paired[c];
	return m->scores.change[c];
}

/* advise on the last wave, unless it is too large to do in passing. */
static int advice_of_last_wave(struct model *m)
{
	const struct network *net = &m->nets[m->last];
	int rc;

	if (net->n > MODEL_ADVISE_MAX)
		return 0;
	rc = advise_compute(net, &m->ov, MODEL_ADVISE_K, &m->advice);
	if (rc) {
		model_free(m);
		return rc == IGRAPH_INTERRUPTED
		           ? error("interrupted")
		           : error("the analysis failed (igraph error %d)", rc);
	}
	m->advised = true;
	m->suggested = xcalloc(m->advice.n_ties + 1, sizeof(*m->suggested));
	for (size_t i = 0; i < m->advice.n_ties; i++)
		m->suggested[i] = (struct tie_pair){net->entity[m->advice.ties[i].a],
		                                    net->entity[m->advice.ties[i].b]};
	return 0;
}

int model_build(struct model *m, const struct dataset *ds, enum tie_filter ties,
                const struct network_edit *edit, double width_cm)
{
	struct draw_options dopt = {.width_cm = width_cm};
	size_t built = 0;
	int rc = 0;

	memset(m, 0, sizeof(*m));
	m->ds = ds;
	m->ties = ties;
	m->n_waves = ds->n_waves;
	m->last = ds->n_waves - 1;
	m->nets = xcalloc(ds->n_waves, sizeof(*m->nets));
	m->ms = xcalloc(ds->n_waves, sizeof(*m->ms));
	m->waves = xcalloc(ds->n_waves, sizeof(*m->waves));
	for (size_t w = 0; w < ds->n_waves && !rc; w++) {
		rc = network_build_edited(&m->nets[w], ds, w, ties, edit);
		if (rc)
			break;
		rc = measure_compute(&m->nets[w], measure_default_sample((long)m->nets[w].n),
		                     &m->ms[w]);
		if (rc) {
			network_free(&m->nets[w]);
			break;
		}
		built++;
		summarise(m, w);
	}
	if (rc) {
		m->n_waves = built; /* what model_free() releases */
		model_free(m);
		return error("the analysis failed (igraph error %d)", rc);
	}
	/* A study too large to draw entity by entity is drawn in groups, which
	 * need no positions; laying out every entity would take minutes. */
	long taking_part = 0;
	for (size_t e = 0; e < ds->n_entities; e++)
		for (size_t w = 0; w < ds->n_waves; w++)
			if (m->nets[w].vertex[e] >= 0) {
				taking_part++;
				break;
			}
	if (!draw_too_many(taking_part)) {
		double *frac = xcalloc(ds->n_entities + 1, sizeof(double));
		for (size_t w = 0; w < ds->n_waves; w++)
			draw_fraction_of(&m->nets[w], &m->ms[w], &dopt, frac);
		rc = draw_positions(ds, ties, &dopt, frac, &m->pos);
		free(frac);
	}
	if (rc) {
		model_free(m);
		return -1;
	}
	timeline_of(ds, m->nets, m->ms, &m->tl);
	overlap_compute(&m->nets[m->last], &m->ov);
	trust_by_kind(m);
	task_scores(m);
	scores_over_time(m);
	return advice_of_last_wave(m);
}

void model_free(struct model *m)
{
	for (size_t w = 0; m->nets && w < m->n_waves; w++) {
		measures_free(&m->ms[w]);
		network_free(&m->nets[w]);
	}
	free(m->nets);
	free(m->ms);
	free(m->waves);
	positions_free(&m->pos);
	overlap_free(&m->ov);
	timeline_free(&m->tl);
	free(m->scores.order);
	free(m->scores.mean);
	free(m->scores.by_wave);
	free(m->scores.change);
	free(m->scores.paired);
	advice_free(&m->advice);
	free(m->suggested);
	memset(m, 0, sizeof(*m));
}
