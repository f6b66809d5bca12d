/* findings: the sentences of brokerage, E-I tests and perception. */
#include "report/findings.h"
#include "analysis/perception.h"
#include "out/perception.h"

#include <math.h>
#include <stdlib.h>

enum { NAMED_AT_MOST = 3 };

struct ranked {
	const struct measures *m;
	int what; /* 0: gatekeeper + liaison, 1: informal bridge, 2: constraint (lowest first) */
};

static double score(const struct measures *m, long v, int what)
{
	const struct brokerage *b = &m->v[v].broker;

	if (what == 0)
		return isnan(b->roles[ROLE_GATEKEEPER])
		           ? 0
		           : b->roles[ROLE_GATEKEEPER] + b->roles[ROLE_LIAISON];
	if (what == 1)
		return b->informal_bridge;
	/* Constraint is only telling with two partners or more. */
	return m->v[v].degree < 2 || isnan(b->constraint) ? -INFINITY : -b->constraint;
}

static int by_score(const void *pa, const void *pb, void *context)
{
	const struct ranked *r = context;
	long a = *(const long *)pa, b = *(const long *)pb;
	double x = score(r->m, a, r->what), y = score(r->m, b, r->what);

	if (x != y)
		return x > y ? -1 : 1;
	return (a > b) - (a < b);
}

/* The vertices, best first by WHAT; the caller frees them. */
static long *ranking(const struct measures *m, int what)
{
	long *order = xcalloc((size_t)m->n + 1, sizeof(*order));
	struct ranked r = {m, what};

	for (long v = 0; v < m->n; v++)
		order[v] = v;
	qsort_r(order, (size_t)m->n, sizeof(*order), by_score, &r);
	return order;
}

/* Appends item I of N to a list that ends in "and". */
static void list_sep(struct strbuf *sb, size_t i, size_t n, enum lang lang)
{
	if (i)
		sb_adds(sb, i + 1 == n ? tx(lang, T_AND) : ", ");
}

static const char *count(char *buf, size_t size, double x)
{
	snprintf(buf, size, "%.0f", x);
	return buf;
}

static void between_kinds(struct strbuf *sb, const struct network *net, const struct measures *m,
                          enum lang lang)
{
	long *order = ranking(m, 0);
	size_t n = 0;
	struct strbuf list;
	char g[32], l[32];

	while (n < NAMED_AT_MOST && (long)n < m->n && score(m, order[n], 0) > 0)
		n++;
	sb_init(&list);
	for (size_t i = 0; i < n; i++) {
		const struct brokerage *b = &m->v[order[i]].broker;
		list_sep(&list, i, n, lang);
		txf(&list, lang, i ? T_BR_ITEM_SHORT : T_BR_ITEM,
		    network_entity(net, order[i])->name,
		    count(g, sizeof(g), b->roles[ROLE_GATEKEEPER]),
		    count(l, sizeof(l), b->roles[ROLE_LIAISON]), NULL);
	}
	if (n)
		txf(sb, lang, T_BR_BETWEEN, list.buf, NULL);
	else
		sb_adds(sb, tx(lang, T_BR_NONE));
	sb_addc(sb, '\n');
	sb_release(&list);
	free(order);
}

static void informal_circuit(struct strbuf *sb, const struct network *net, const struct measures *m,
                             enum lang lang)
{
	long *order = ranking(m, 1), informal = 0;
	size_t n = 0;
	struct strbuf list;
	char c[32];

	for (igraph_integer_t v = 0; v < net->n; v++)
		informal += network_entity(net, v)->kind == KIND_INFORMAL;
	if (!informal) {
		free(order);
		return;
	}
	while (n < NAMED_AT_MOST && (long)n < m->n && score(m, order[n], 1) > 0)
		n++;
	sb_init(&list);
	for (size_t i = 0; i < n; i++) {
		list_sep(&list, i, n, lang);
		sb_addf(&list, "%s (%s)", network_entity(net, order[i])->name,
		        count(c, sizeof(c), m->v[order[i]].broker.informal_bridge));
	}
	if (n)
		txf(sb, lang, T_BR_INFORMAL, list.buf, NULL);
	else
		sb_adds(sb, tx(lang, T_BR_INFORMAL_NONE));
	sb_addc(sb, '\n');
	sb_release(&list);
	free(order);
}

static void lowest_constraint(struct strbuf *sb, const struct network *net,
                              const struct measures *m, enum lang lang)
{
	long *order = ranking(m, 2);
	size_t n = 0;
	struct strbuf list;

	while (n < NAMED_AT_MOST && (long)n < m->n && isfinite(score(m, order[n], 2)))
		n++;
	sb_init(&list);
	for (size_t i = 0; i < n; i++) {
		list_sep(&list, i, n, lang);
		sb_addf(&list, "%s (", network_entity(net, order[i])->name);
		tx_number(&list, lang, m->v[order[i]].broker.constraint, 2);
		sb_addc(&list, ')');
	}
	if (n) {
		txf(sb, lang, T_BR_CONSTRAINT, list.buf, NULL);
		sb_addc(sb, '\n');
	}
	sb_release(&list);
	free(order);
}

void findings_brokers(struct strbuf *sb, const struct network *net, const struct measures *m,
                      enum lang lang)
{
	if (!m->net.ties)
		return;
	between_kinds(sb, net, m, lang);
	informal_circuit(sb, net, m, lang);
	lowest_constraint(sb, net, m, lang);
}

/* A p as a reader reads it after "p": "= 0.063", or below a thousandth
 * "< 0.001". */
static void p_text(struct strbuf *sb, double p, enum lang lang)
{
	sb_adds(sb, p < 0.001 ? "< " : "= ");
	tx_number(sb, lang, p < 0.001 ? 0.001 : p, 3);
}

void findings_silos(struct strbuf *sb, const struct network_measures *nm, enum lang lang)
{
	struct strbuf value, expected, p;

	sb_init(&value);
	sb_init(&expected);
	sb_init(&p);
	for (size_t i = 0; i < nm->n_ei; i++) {
		const struct ei_index *ei = &nm->ei[i];
		if (!ei->test.permutations)
			continue; /* E-I over one group means nothing: left out */
		bool low = ei->value < ei->test.expected;
		double pv = low ? ei->test.p_low : ei->test.p_high;
		sb_reset(&value);
		sb_reset(&expected);
		sb_reset(&p);
		tx_number(&value, lang, ei->value, 2);
		tx_number(&expected, lang, ei->test.expected, 2);
		p_text(&p, pv, lang);
		txf(sb, lang,
		    pv >= 0.05 ? T_EI_CHANCE
		    : low      ? T_EI_SILO
		               : T_EI_MIXING,
		    tx_ei_key(lang, ei->key), value.buf, expected.buf, p.buf, NULL);
		sb_addc(sb, '\n');
	}
	sb_release(&p);
	sb_release(&expected);
	sb_release(&value);
}

void findings_perception(struct strbuf *sb, const struct network *net, enum lang lang)
{
	struct perception p;

	perception_compute(net, NULL, false, &p);
	out_perception_sentences(sb, &p, lang);
	perception_free(&p);
}
