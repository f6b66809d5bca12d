/* export-graphml: one wave as GraphML, written by igraph from a copy of the
 * wave's graph that carries every node and tie column as an attribute. */
#include "export/export.h"
#include "i18n/msg.h"
#include "network/network.h"

#include <math.h>
#include <string.h>

static igraph_error_t set_value(igraph_t *g, bool vertex, const char *key, enum key_type type,
                                igraph_integer_t i, const struct cell *c)
{
	switch (type) {
	case KEY_ID:
	case KEY_STRING:
		return vertex ? igraph_cattribute_VAS_set(g, key, i, c->s ? c->s : "")
		              : igraph_cattribute_EAS_set(g, key, i, c->s ? c->s : "");
	case KEY_INTEGER:
		return vertex ? igraph_cattribute_VAN_set(g, key, i, (double)c->i)
		              : igraph_cattribute_EAN_set(g, key, i, (double)c->i);
	case KEY_NUMBER:
	case KEY_NULLABLE:
		return vertex ? igraph_cattribute_VAN_set(g, key, i, c->r)
		              : igraph_cattribute_EAN_set(g, key, i, c->r);
	case KEY_BOOL:
		return vertex ? igraph_cattribute_VAB_set(g, key, i, c->b)
		              : igraph_cattribute_EAB_set(g, key, i, c->b);
	}
	return IGRAPH_SUCCESS;
}

static igraph_error_t write_graph(const struct export_input *in, const struct export_column *cols,
                                  size_t n_cols, struct strbuf *sb, FILE *out)
{
	const struct network *net = &in->nets[in->wave];
	const struct wave *w = &in->ds->waves[in->wave];
	igraph_vector_int_t edges;
	igraph_t g;
	struct cell c;

	IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
	IGRAPH_CHECK(igraph_get_edgelist(&net->graph, &edges, false));
	/* Edge e of the copy is edge e of the wave, so ties[e] describes it. */
	IGRAPH_CHECK(igraph_create(&g, &edges, net->n, IGRAPH_UNDIRECTED));
	IGRAPH_FINALLY(igraph_destroy, &g);
	IGRAPH_CHECK(igraph_cattribute_GAS_set(&g, "wave", w->id));
	if (w->label)
		IGRAPH_CHECK(igraph_cattribute_GAS_set(&g, "wave_label", w->label));
	if (in->ds->title)
		IGRAPH_CHECK(igraph_cattribute_GAS_set(&g, "title", in->ds->title));
	IGRAPH_CHECK(igraph_cattribute_GAS_set(
	    &g, "ties", in->ties == TIES_CONFIRMED ? "confirmed" : "reported"));
	IGRAPH_CHECK(igraph_cattribute_GAB_set(&g, "pseudonymised", in->ds->pseudonymised));
	for (size_t k = 0; k < n_cols; k++)
		for (igraph_integer_t v = 0; v < net->n; v++) {
			export_node_value(in, in->wave, v, &cols[k], &c, sb);
			IGRAPH_CHECK(set_value(&g, true, cols[k].key, cols[k].type, v, &c));
		}
	for (size_t k = 0; k < n_export_tie_columns; k++)
		for (igraph_integer_t e = 0; e < net->m; e++) {
			export_tie_value(&net->ties[e], k, &c, sb);
			IGRAPH_CHECK(set_value(&g, false, export_tie_columns[k].key,
			                       export_tie_columns[k].type, e, &c));
		}
	IGRAPH_CHECK(igraph_write_graph_graphml(&g, out, true));
	igraph_destroy(&g);
	igraph_vector_int_destroy(&edges);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

int export_graphml(const struct export_input *in, FILE *out, const char *path)
{
	igraph_attribute_table_t *old = igraph_set_attribute_table(&igraph_cattribute_table);
	size_t n_cols;
	struct export_column *cols = export_node_columns(in->ds, &n_cols);
	struct strbuf sb;
	igraph_error_t rc;

	(void)path;
	sb_init(&sb);
	rc = write_graph(in, cols, n_cols, &sb, out);
	sb_release(&sb);
	export_columns_free(cols, n_cols);
	igraph_set_attribute_table(old);
	if (rc)
		return error("GraphML: %s", network_igraph_reason(rc));
	return 0;
}
