/* model: the one analysis pass: each wave's network and its analyses,
 * each computed once, for every command. */
#include "analysis/model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static struct model_tally tally;

struct model_tally model_tally(void)
{
	return tally;
}

static void summarise(struct model *m, size_t w)
{
	const struct network *net = &m->nets[w];

	for (igraph_integer_t v = 0; v < net->n; v++)
		m->waves[w].interviewed += net->interviewed[v];
	for (igraph_integer_t e = 0; e < net->m; e++)
		m->waves[w].confirmed += net->ties[e].confirmed;
}

/* Mean trust each kind gave each kind on the wave's ties. */
static void trust_by_kind(struct model *m)
{
	const struct network *net = &m->nets[m->wave];
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

void model_init(struct model *m, const struct dataset *ds, const struct model_request *req)
{
	memset(m, 0, sizeof(*m));
	m->ds = ds;
	m->req = *req;
	m->n_waves = ds->n_waves;
	m->last = ds->n_waves - 1;
	m->wave = req->wave;
	m->nets = xcalloc(ds->n_waves + 1, sizeof(*m->nets));
	m->ms = xcalloc(ds->n_waves + 1, sizeof(*m->ms));
	m->has = xcalloc(ds->n_waves + 1, sizeof(*m->has));
}

const struct network *model_net(const struct model *m, size_t w)
{
	return w < m->n_waves && (m->has[w] & MODEL_NETWORKS) ? &m->nets[w] : NULL;
}

static long sample_for(const struct model *m, const struct network *net)
{
	return m->req.sample == MODEL_SAMPLE_DEFAULT ? measure_default_sample((long)net->n)
	                                             : m->req.sample;
}

/* The per-wave PARTS of wave W. */
static int compute_wave(struct model *m, size_t w, unsigned parts)
{
	const struct network_edit *edit =
	    m->req.edit_every_wave || w == m->wave ? m->req.edit : NULL;
	int rc = 0;

	if (!(m->has[w] & MODEL_NETWORKS)) {
		rc = network_build_edited(&m->nets[w], m->ds, w, m->req.ties, edit);
		if (rc)
			return rc;
		tally.networks++;
		m->has[w] |= MODEL_NETWORKS;
	}
	if ((parts & MODEL_MEASURES) && !(m->has[w] & MODEL_MEASURES)) {
		measures_free(&m->ms[w]); /* the communities alone, if any */
		m->has[w] &= ~(unsigned)MODEL_COMMUNITIES;
		rc = measure_compute(&m->nets[w], sample_for(m, &m->nets[w]), &m->ms[w]);
		if (rc)
			return rc;
		tally.measures++;
		m->has[w] |= MODEL_MEASURES;
	} else if ((parts & MODEL_COMMUNITIES) &&
	           !(m->has[w] & (MODEL_MEASURES | MODEL_COMMUNITIES))) {
		rc = measure_communities(&m->nets[w], &m->ms[w]);
		if (rc)
			return rc;
		m->has[w] |= MODEL_COMMUNITIES;
	}
	return 0;
}

/* The wave without its edit, measured. */
static int compute_unchanged(struct model *m)
{
	int rc;

	if (!m->nets[m->wave].edit)
		return 0; /* nothing changed: the wave itself is unchanged */
	rc = network_build(&m->unchanged, m->ds, m->wave, m->req.ties);
	if (rc)
		return rc;
	tally.networks++;
	m->has_unchanged = true;
	rc = measure_compute(&m->unchanged, sample_for(m, &m->unchanged), &m->unchanged_ms);
	if (!rc)
		tally.measures++;
	return rc;
}

static int compute_advice(struct model *m)
{
	const struct network *net = &m->nets[m->wave];
	int rc = advise_compute(net, &m->ov, m->req.advise_k, &m->advice);

	if (rc)
		return rc;
	m->advised = true;
	m->suggested = xcalloc(m->advice.n_ties + 1, sizeof(*m->suggested));
	for (size_t i = 0; i < m->advice.n_ties; i++)
		m->suggested[i] = (struct tie_pair){net->entity[m->advice.ties[i].a],
		                                    net->entity[m->advice.ties[i].b]};
	return 0;
}

/* Adds what each part needs to PARTS. */
static unsigned closure(unsigned parts)
{
	if (parts & MODEL_TIMELINE)
		parts |= MODEL_EVERY_WAVE | MODEL_MEASURES;
	if (parts & MODEL_SUMMARY)
		parts |= MODEL_EVERY_WAVE;
	if (parts & MODEL_ADVICE)
		parts |= MODEL_OVERLAP;
	if (parts & MODEL_BROKERAGE)
		parts |= MODEL_MEASURES;
	if (parts & (MODEL_MEASURES | MODEL_COMMUNITIES | MODEL_UNCHANGED | MODEL_OVERLAP |
	             MODEL_ADVICE | MODEL_TRUST | MODEL_SUMMARY))
		parts |= MODEL_NETWORKS;
	return parts;
}

int model_compute(struct model *m, unsigned parts)
{
	unsigned all = closure(parts), want = all & ~m->parts;
	int rc = 0;

	/* The model's wave first, so that a command can check an edit
	 * against it before anything else is computed. */
	if (all & (MODEL_NETWORKS | MODEL_MEASURES | MODEL_COMMUNITIES))
		rc = compute_wave(m, m->wave, all);
	for (size_t w = 0; w < m->n_waves && !rc && (all & MODEL_EVERY_WAVE); w++)
		rc = compute_wave(m, w, all);
	if (rc)
		return rc;
	m->parts |= want & (MODEL_NETWORKS | MODEL_MEASURES | MODEL_COMMUNITIES | MODEL_EVERY_WAVE);
	if (want & MODEL_BROKERAGE) {
		rc = measure_brokerage(&m->nets[m->wave], m->req.groups, &m->ms[m->wave]);
		if (rc)
			return rc;
		m->parts |= MODEL_BROKERAGE;
	}
	if (want & MODEL_UNCHANGED) {
		rc = compute_unchanged(m);
		if (rc)
			return rc;
		m->parts |= MODEL_UNCHANGED;
	}
	if (want & MODEL_UNION) {
		rc = network_build_union(&m->u, m->ds, m->req.ties);
		if (rc)
			return rc;
		tally.networks++;
		m->parts |= MODEL_UNION;
	}
	if (want & MODEL_SUMMARY) {
		m->waves = xcalloc(m->n_waves + 1, sizeof(*m->waves));
		for (size_t w = 0; w < m->n_waves; w++)
			summarise(m, w);
	}
	if (want & MODEL_TIMELINE)
		timeline_of(m->ds, m->nets, m->ms, &m->tl);
	if (want & MODEL_OVERLAP)
		overlap_compute(&m->nets[m->wave], &m->ov);
	if (want & MODEL_TRUST)
		trust_by_kind(m);
	if (want & MODEL_SCORES) {
		task_scores(m);
		scores_over_time(m);
	}
	m->parts |=
	    want & (MODEL_SUMMARY | MODEL_TIMELINE | MODEL_OVERLAP | MODEL_TRUST | MODEL_SCORES);
	if (want & MODEL_ADVICE) {
		rc = compute_advice(m);
		if (!rc)
			m->parts |= MODEL_ADVICE;
	}
	return rc;
}

void model_free(struct model *m)
{
	for (size_t w = 0; m->nets && w < m->n_waves; w++) {
		measures_free(&m->ms[w]);
		if (m->has[w] & MODEL_NETWORKS)
			network_free(&m->nets[w]);
	}
	free(m->nets);
	free(m->ms);
	free(m->has);
	if (m->has_unchanged) {
		measures_free(&m->unchanged_ms);
		network_free(&m->unchanged);
	}
	if (m->parts & MODEL_UNION)
		network_free(&m->u);
	free(m->waves);
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
