/* export-pajek: one wave as a Pajek network, written by igraph: the
 * entities as labelled vertices, the ties as edges valued by their level.
 * Pajek's .net holds nothing more; the other fields are in the GraphML,
 * GEXF and workbook exports. */
#include "export/export.h"
#include "i18n/msg.h"
#include "network/network.h"

static igraph_error_t write_graph(const struct export_input *in, char **labels, FILE *out)
{
	const struct network *net = &in->nets[in->wave];
	igraph_vector_int_t edges;
	igraph_t g;

	IGRAPH_VECTOR_INT_INIT_FINALLY(&edges, 0);
	IGRAPH_CHECK(igraph_get_edgelist(&net->graph, &edges, false));
	IGRAPH_CHECK(igraph_create(&g, &edges, net->n, IGRAPH_UNDIRECTED));
	IGRAPH_FINALLY(igraph_destroy, &g);
	/* igraph writes the "id" attribute as the label, "weight" as the value. */
	for (igraph_integer_t v = 0; v < net->n; v++)
		IGRAPH_CHECK(igraph_cattribute_VAS_set(&g, "id", v, labels[v]));
	for (igraph_integer_t e = 0; e < net->m; e++)
		IGRAPH_CHECK(igraph_cattribute_EAN_set(&g, "weight", e, net->ties[e].level));
	IGRAPH_CHECK(igraph_write_graph_pajek(&g, out));
	igraph_destroy(&g);
	igraph_vector_int_destroy(&edges);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

int export_pajek(const struct export_input *in, FILE *out, const char *path)
{
	igraph_attribute_table_t *old = igraph_set_attribute_table(&igraph_cattribute_table);
	const struct network *net = &in->nets[in->wave];
	char **labels = export_labels(net);
	igraph_error_t rc;

	(void)path;
	/* Pajek skips lines that start with '%'. */
	if (in->ds->pseudonymised)
		fprintf(out, "%% %s\n", tx(in->lang, T_PSEUDONYMISED));
	rc = write_graph(in, labels, out);
	export_labels_free(labels, net->n);
	igraph_set_attribute_table(old);
	if (rc)
		return error("Pajek: %s", network_igraph_reason(rc));
	return 0;
}
