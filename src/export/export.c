/* export: the table of exporters and what nodes and ties carry. */
#include "export/export.h"
#include "util/date.h"
#include "i18n/msg.h"
#include "io/output.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const struct exporter exporters[] = {
    {"graphml", false, export_graphml}, {"gexf", true, export_gexf}, {"net", false, export_pajek},
    {"dl", false, export_dl},           {"xlsx", true, export_xlsx},
};
enum { N_EXPORTERS = sizeof(exporters) / sizeof(exporters[0]) };

const struct exporter *export_find(const char *path)
{
	const char *exts[N_EXPORTERS + 1] = {0};

	for (size_t i = 0; i < N_EXPORTERS; i++)
		exts[i] = exporters[i].ext;
	const char *ext = output_format(path, exts);
	for (size_t i = 0; ext && i < N_EXPORTERS; i++)
		if (!strcmp(ext, exporters[i].ext))
			return &exporters[i];
	return NULL;
}

void export_extensions(struct strbuf *sb, const char *sep)
{
	for (size_t i = 0; i < N_EXPORTERS; i++)
		sb_addf(sb, "%s.%s", i ? sep : "", exporters[i].ext);
}

/* The entity's own fields, before its attributes. */
enum field { F_ID, F_NAME, F_KIND, F_MUNICIPALITIES, F_DOMAINS, F_AREAS, F_TARGET_GROUPS, F_COUNT };
static const char *const field_keys[F_COUNT] = {
    "id", "name", "kind", "municipalities", "domains", "areas", "target_groups",
};

/* Whether one of the N columns, or with MEASURES a measure, has KEY. */
static bool taken(const struct export_column *cols, size_t n, const char *key, bool measures)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(cols[i].key, key))
			return true;
	return measures && measure_key_find(key);
}

struct export_column *export_node_columns(const struct dataset *ds, size_t *n)
{
	size_t cap = F_COUNT + n_measure_keys, count = 0;
	struct export_column *cols;

	for (size_t e = 0; e < ds->n_entities; e++)
		cap += ds->entities[e].n_attributes;
	cols = xcalloc(cap, sizeof(*cols));
	for (size_t f = 0; f < F_COUNT; f++)
		cols[count++] =
		    (struct export_column){field_keys[f], f ? KEY_STRING : KEY_ID, false, NULL};
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *en = &ds->entities[e];
		for (size_t i = 0; i < en->n_attributes; i++) {
			const char *key = en->attributes[i].key;
			bool seen = false;
			for (size_t c = F_COUNT; c < count && !seen; c++)
				seen = !strcmp(cols[c].attribute, key);
			if (seen)
				continue;
			cols[count] = (struct export_column){key, KEY_STRING, false, key};
			if (taken(cols, count, key, true)) {
				struct strbuf sb;
				sb_init(&sb);
				sb_addf(&sb, "attribute_%s", key);
				cols[count].key = sb_detach(&sb);
			}
			count++;
		}
	}
	for (size_t k = 0; k < n_measure_keys; k++)
		if (!taken(cols, F_COUNT, measure_keys[k].key, false))
			cols[count++] = (struct export_column){measure_keys[k].key,
			                                       measure_keys[k].type, true, NULL};
	*n = count;
	return cols;
}

void export_columns_free(struct export_column *cols, size_t n)
{
	for (size_t i = 0; cols && i < n; i++)
		if (cols[i].attribute && cols[i].key != cols[i].attribute)
			free((char *)(uintptr_t)cols[i].key);
	free(cols);
}

static void add_list(struct strbuf *sb, const struct strlist *l)
{
	for (size_t i = 0; i < l->count; i++)
		sb_addf(sb, "%s%s", i ? ";" : "", l->items[i]);
}

void export_node_value(const struct export_input *in, size_t w, long v,
                       const struct export_column *col, struct cell *c, struct strbuf *sb)
{
	const struct network *net = &in->nets[w];
	const struct entity *e = network_entity(net, (igraph_integer_t)v);
	const struct measure_key *k;
	size_t f = 0;

	memset(c, 0, sizeof(*c));
	sb_reset(sb);
	if (col->by_wave && (k = measure_key_find(col->key))) {
		k->get(net, &in->ms[w], v, c);
		return;
	}
	while (f < F_COUNT && (col->attribute || strcmp(col->key, field_keys[f])))
		f++;
	switch ((enum field)f) {
	case F_ID:
		sb_adds(sb, e->id);
		break;
	case F_NAME:
		sb_adds(sb, e->name);
		break;
	case F_KIND:
		sb_adds(sb, kind_name(e->kind));
		break;
	case F_MUNICIPALITIES:
		for (size_t i = 0; i < e->n_municipalities; i++)
			sb_addf(sb, "%s%s", i ? ";" : "",
			        in->ds->entities[e->municipalities[i]].name);
		break;
	case F_DOMAINS:
		add_list(sb, &e->domains);
		break;
	case F_AREAS:
		add_list(sb, &e->areas);
		break;
	case F_TARGET_GROUPS:
		add_list(sb, &e->target_groups);
		break;
	case F_COUNT:
		for (size_t i = 0; col->attribute && i < e->n_attributes; i++)
			if (!strcmp(e->attributes[i].key, col->attribute))
				sb_adds(sb, e->attributes[i].value);
		break;
	}
	c->s = sb->buf;
}

const struct export_column export_tie_columns[] = {
    {"types", KEY_STRING, true, NULL},    {"level", KEY_INTEGER, true, NULL},
    {"reports", KEY_INTEGER, true, NULL}, {"confirmed", KEY_BOOL, true, NULL},
    {"since", KEY_STRING, true, NULL},    {"trust", KEY_NULLABLE, true, NULL},
};
const size_t n_export_tie_columns = sizeof(export_tie_columns) / sizeof(export_tie_columns[0]);

void export_tie_value(const struct net_tie *t, size_t i, struct cell *c, struct strbuf *sb)
{
	memset(c, 0, sizeof(*c));
	sb_reset(sb);
	switch (i) {
	case 0:
		for (size_t k = 0; k < t->n_types; k++)
			sb_addf(sb, "%s%s", k ? ";" : "", t->types[k]);
		c->s = sb->buf;
		break;
	case 1:
		c->i = t->level;
		break;
	case 2:
		c->i = t->reports;
		break;
	case 3:
		c->b = t->confirmed;
		break;
	case 4:
		if (t->since != DATE_NONE) {
			char buf[11];
			date_format(t->since, buf);
			sb_adds(sb, buf);
		}
		c->s = sb->buf;
		break;
	default: {
		int n = (t->trust_a_gave > 0) + (t->trust_b_gave > 0);
		c->r = n ? (double)(t->trust_a_gave + t->trust_b_gave) / n : NAN;
		break;
	}
	}
}

static int by_name(const void *pa, const void *pb, void *context)
{
	const struct network *net = context;
	igraph_integer_t a = *(const igraph_integer_t *)pa, b = *(const igraph_integer_t *)pb;

	return strcmp(network_entity(net, a)->name, network_entity(net, b)->name);
}

char **export_labels(const struct network *net)
{
	igraph_integer_t *order = xcalloc((size_t)net->n + 1, sizeof(*order));
	char **labels = xcalloc((size_t)net->n + 1, sizeof(*labels));

	for (igraph_integer_t v = 0; v < net->n; v++)
		order[v] = v;
	qsort_r(order, (size_t)net->n, sizeof(*order), by_name, (void *)(uintptr_t)net);
	for (igraph_integer_t i = 0; i < net->n; i++) {
		const struct entity *e = network_entity(net, order[i]);
		bool shared =
		    (i > 0 && !by_name(&order[i - 1], &order[i], (void *)(uintptr_t)net)) ||
		    (i + 1 < net->n && !by_name(&order[i], &order[i + 1], (void *)(uintptr_t)net));
		struct strbuf sb;
		sb_init(&sb);
		sb_adds(&sb, e->name);
		if (shared)
			sb_addf(&sb, " (%s)", e->id);
		labels[order[i]] = sb_detach(&sb);
	}
	free(order);
	return labels;
}

void export_labels_free(char **labels, igraph_integer_t n)
{
	for (igraph_integer_t v = 0; labels && v < n; v++)
		free(labels[v]);
	free(labels);
}

int export_study(const struct exporter *ex, const struct export_input *in, const char *path)
{
	struct output out;

	if (output_open_as(&out, path, ex->ext))
		return -1;
	if (ex->write(in, out.fp, out.tmp)) {
		output_abort(&out);
		return -1;
	}
	return output_commit(&out) ? -1 : 0;
}
