/* timeline: comparing the networks of consecutive waves. */
#include "analysis/timeline.h"
#include "analysis/model.h"
#include "util/date.h"
#include "util/strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int by_pair(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;
	const struct entity_pair *a = pa, *b = pb;
	int c = dataset_cmp_ids(ds, a->a, b->a);

	return c ? c : dataset_cmp_ids(ds, a->b, b->b);
}

static int by_id(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;
	return dataset_cmp_ids(ds, *(const size_t *)pa, *(const size_t *)pb);
}

static struct entity_pair pair_of(const struct network *net, const struct net_tie *t)
{
	size_t x = net->entity[t->a], y = net->entity[t->b];
	bool x_first = dataset_cmp_ids(net->ds, x, y) < 0;

	return (struct entity_pair){x_first ? x : y, x_first ? y : x};
}

/* Whether network Y cannot tell about tie T of network X, which Y lacks
 * (cli.md's rule): no membership, both ends exist in Y, and no entity
 * that named the pair in X was interviewed in Y. */
static bool unobservable(const struct network *x, const struct net_tie *t, const struct network *y)
{
	igraph_integer_t a = y->vertex[x->entity[t->a]], b = y->vertex[x->entity[t->b]];

	if (t->membership || a < 0 || b < 0)
		return false;
	return !(t->a_named_b && y->interviewed[a]) && !(t->b_named_a && y->interviewed[b]);
}

/* The ties of X that Y lacks and can tell about, in id order; those it
 * cannot tell about are appended to c->unobserved instead. */
static struct entity_pair *missing(const struct network *x, const struct network *y, size_t *n,
                                   struct wave_change *c)
{
	struct entity_pair *out = xcalloc((size_t)x->m + 1, sizeof(*out));

	*n = 0;
	for (igraph_integer_t e = 0; e < x->m; e++) {
		const struct net_tie *t = &x->ties[e];
		igraph_integer_t u = y->vertex[x->entity[t->a]];
		igraph_integer_t v = y->vertex[x->entity[t->b]];
		if (u >= 0 && v >= 0 && network_tie(y, u, v))
			continue;
		if (unobservable(x, t, y))
			c->unobserved[c->n_unobserved++] = pair_of(x, t);
		else
			out[(*n)++] = pair_of(x, t);
	}
	const struct dataset *ds = x->ds;

	qsort_r(out, *n, sizeof(*out), by_pair, &ds);
	return out;
}

/* Whether every entity that named tie T of network A was interviewed in
 * network B, so that B's level of the pair can be compared with A's. */
static bool asked_again(const struct network *a, const struct net_tie *t, const struct network *b)
{
	igraph_integer_t u = b->vertex[a->entity[t->a]], v = b->vertex[a->entity[t->b]];

	return (!t->a_named_b || b->interviewed[u]) && (!t->b_named_a || b->interviewed[v]);
}

/* The kept pairs whose level rose or fell from A to B (struct wave_change). */
static void level_changes(const struct network *a, const struct network *b, struct wave_change *c)
{
	const struct dataset *ds = a->ds;

	c->strengthened = xcalloc((size_t)b->m + 1, sizeof(*c->strengthened));
	c->weakened = xcalloc((size_t)b->m + 1, sizeof(*c->weakened));
	for (igraph_integer_t e = 0; e < b->m; e++) {
		const struct net_tie *tb = &b->ties[e];
		igraph_integer_t u = a->vertex[b->entity[tb->a]], v = a->vertex[b->entity[tb->b]];
		const struct net_tie *ta = u >= 0 && v >= 0 ? network_tie(a, u, v) : NULL;
		if (!ta || ta->level == tb->level)
			continue;
		if (tb->level > ta->level)
			c->strengthened[c->n_strengthened++] = pair_of(b, tb);
		else if (asked_again(a, ta, b))
			c->weakened[c->n_weakened++] = pair_of(b, tb);
	}
	qsort_r(c->strengthened, c->n_strengthened, sizeof(*c->strengthened), by_pair, &ds);
	qsort_r(c->weakened, c->n_weakened, sizeof(*c->weakened), by_pair, &ds);
}

/* Entities in A's network that B's lacks, in id order. */
static size_t *absent(const struct network *a, const struct network *b, size_t *n)
{
	size_t *out = xcalloc((size_t)a->n + 1, sizeof(*out));

	*n = 0;
	for (igraph_integer_t v = 0; v < a->n; v++)
		if (b->vertex[a->entity[v]] < 0)
			out[(*n)++] = a->entity[v];
	const struct dataset *ds = a->ds;

	qsort_r(out, *n, sizeof(*out), by_id, &ds);
	return out;
}

/* Entities in both networks that were interviewed in A but not in B, in
 * id order. */
static size_t *not_interviewed(const struct network *a, const struct network *b, size_t *n)
{
	size_t *out = xcalloc((size_t)a->n + 1, sizeof(*out));

	*n = 0;
	for (igraph_integer_t v = 0; v < a->n; v++) {
		igraph_integer_t w = b->vertex[a->entity[v]];
		if (a->interviewed[v] && w >= 0 && !b->interviewed[w])
			out[(*n)++] = a->entity[v];
	}
	const struct dataset *ds = a->ds;

	qsort_r(out, *n, sizeof(*out), by_id, &ds);
	return out;
}

enum stability timeline_stability(double jaccard)
{
	if (isnan(jaccard))
		return STABILITY_UNKNOWN;
	if (jaccard < 0.2)
		return STABILITY_TOO_LOW;
	return jaccard > 0.3 ? STABILITY_STABLE : STABILITY_MODERATE;
}

enum text_id timeline_stability_text(double jaccard)
{
	switch (timeline_stability(jaccard)) {
	case STABILITY_TOO_LOW:
		return T_STABILITY_TOO_LOW;
	case STABILITY_MODERATE:
		return T_STABILITY_MODERATE;
	case STABILITY_STABLE:
		return T_STABILITY_STABLE;
	case STABILITY_UNKNOWN:
		break;
	}
	return T_STABILITY_UNKNOWN;
}

void wave_change_compute(const struct network *a, const struct network *b, struct wave_change *c)
{
	const struct dataset *ds = a->ds;

	memset(c, 0, sizeof(*c));
	c->from = a->wave;
	c->to = b->wave;
	c->unobserved = xcalloc((size_t)a->m + (size_t)b->m + 1, sizeof(*c->unobserved));
	c->gained = missing(b, a, &c->n_gained, c);
	/* Every tie of B is gained, unobserved or kept. */
	c->kept = (long)b->m - (long)c->n_gained - (long)c->n_unobserved;
	c->lost = missing(a, b, &c->n_lost, c);
	qsort_r(c->unobserved, c->n_unobserved, sizeof(*c->unobserved), by_pair, &ds);
	long observed = (long)c->n_gained + (long)c->n_lost + c->kept;
	c->jaccard = observed ? (double)c->kept / (double)observed : NAN;
	level_changes(a, b, c);
	c->joined = absent(b, a, &c->n_joined);
	c->left = absent(a, b, &c->n_left);
	c->missing_from = not_interviewed(b, a, &c->n_missing_from);
	c->missing_to = not_interviewed(a, b, &c->n_missing_to);
}

void wave_change_free(struct wave_change *c)
{
	free(c->gained);
	free(c->lost);
	free(c->unobserved);
	free(c->strengthened);
	free(c->weakened);
	free(c->joined);
	free(c->left);
	free(c->missing_from);
	free(c->missing_to);
	memset(c, 0, sizeof(*c));
}

static void count_started(const struct network *last, struct timeline *tl)
{
	tl->started = xcalloc((size_t)last->m + 1, sizeof(*tl->started));
	for (igraph_integer_t e = 0; e < last->m; e++) {
		int since = last->ties[e].since;
		if (since == DATE_NONE) {
			tl->without_since++;
			continue;
		}
		int year = date_year(since);
		size_t i = 0;
		while (i < tl->n_started && tl->started[i].year < year)
			i++;
		if (i == tl->n_started || tl->started[i].year != year) {
			memmove(&tl->started[i + 1], &tl->started[i],
			        (tl->n_started - i) * sizeof(*tl->started));
			tl->started[i].year = year;
			tl->started[i].ties = 0;
			tl->n_started++;
		}
		tl->started[i].ties++;
	}
}

static long count_interviews(const struct dataset *ds, size_t wave)
{
	long n = 0;

	for (size_t i = 0; i < ds->n_interviews; i++)
		n += ds->interviews[i].wave == wave;
	return n;
}

/* The share of the wave's entities that were interviewed in it. */
static double response(const struct network *net)
{
	long interviewed = 0;

	for (igraph_integer_t v = 0; v < net->n; v++)
		interviewed += net->interviewed[v];
	return net->n ? (double)interviewed / (double)net->n : NAN;
}

static void begin(const struct dataset *ds, struct timeline *tl)
{
	memset(tl, 0, sizeof(*tl));
	tl->ds = ds;
	tl->waves = xcalloc(ds->n_waves, sizeof(*tl->waves));
	tl->interviews = xcalloc(ds->n_waves, sizeof(*tl->interviews));
	tl->response = xcalloc(ds->n_waves, sizeof(*tl->response));
	tl->changes = xcalloc(ds->n_waves, sizeof(*tl->changes));
}

/* Adds wave CUR (measured as M) after PREV (NULL for the first wave). */
static void add_wave(struct timeline *tl, const struct network *prev, const struct network *cur,
                     const struct measures *m)
{
	struct network_measures *nm = &tl->waves[cur->wave];

	*nm = m->net;
	nm->ei = xcalloc(m->net.n_ei + 1, sizeof(*nm->ei));
	if (m->net.n_ei)
		memcpy(nm->ei, m->net.ei, m->net.n_ei * sizeof(*nm->ei));
	tl->interviews[cur->wave] = count_interviews(tl->ds, cur->wave);
	tl->response[cur->wave] = response(cur);
	if (m->sample)
		tl->sample = m->sample;
	if (prev)
		wave_change_compute(prev, cur, &tl->changes[tl->n_changes++]);
	if (cur->wave + 1 == tl->ds->n_waves)
		count_started(cur, tl);
}

int timeline_compute(const struct dataset *ds, enum tie_filter filter, long sample,
                     struct timeline *tl)
{
	struct model_request req = {.ties = filter, .wave = ds->n_waves - 1, .sample = sample};
	struct model m;
	int rc;

	model_init(&m, ds, &req);
	rc = model_compute(&m, MODEL_TIMELINE);
	*tl = m.tl; /* the model's timeline, taken out of it before it is freed */
	memset(&m.tl, 0, sizeof(m.tl));
	if (rc)
		timeline_free(tl);
	model_free(&m);
	return rc;
}

void timeline_of(const struct dataset *ds, const struct network *nets, const struct measures *ms,
                 struct timeline *tl)
{
	begin(ds, tl);
	for (size_t w = 0; w < ds->n_waves; w++)
		add_wave(tl, w > 0 ? &nets[w - 1] : NULL, &nets[w], &ms[w]);
}

void timeline_free(struct timeline *tl)
{
	for (size_t w = 0; tl->waves && tl->ds && w < tl->ds->n_waves; w++)
		free(tl->waves[w].ei);
	for (size_t i = 0; i < tl->n_changes; i++)
		wave_change_free(&tl->changes[i]);
	free(tl->waves);
	free(tl->interviews);
	free(tl->response);
	free(tl->changes);
	free(tl->started);
	memset(tl, 0, sizeof(*tl));
}
