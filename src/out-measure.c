/* out-measure: presenting the measures of one wave. */
#include "out-measure.h"
#include "measure-table.h"
#include "whatif.h"
#include "strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void out_measure_table(struct tabular *t, const struct network *net, const struct measures *m,
                       bool say_estimate, enum lang lang)
{
	/* With a sample, one more column says on every row that betweenness
	 * and closeness are estimates, and from how many sources; after a
	 * what-if, one more gives the edit that changed the network. */
	bool estimate = say_estimate && m->sample, whatif = say_estimate && net->edit;
	size_t n = n_measure_keys;
	struct column *cols = xcalloc(n + 2, sizeof(*cols));
	struct strbuf options;

	sb_init(&options);
	for (size_t k = 0; k < n; k++)
		cols[k] = measure_key_column(&measure_keys[k], lang);
	if (estimate)
		cols[n] = (struct column){
		    "estimated_from_sources", tx(lang, T_M_SOURCES), COL_INT, 0, false, true};
	if (whatif) {
		cols[n + estimate] =
		    (struct column){"what_if", tx(lang, T_WHATIF_COLUMN), COL_STR, 0, false, true};
		whatif_text(&options, net->ds, net->edit);
	}
	tab_init_own(t, cols, n + estimate + whatif);
	for (long v = 0; v < m->n; v++) {
		struct cell *c = tab_row(t);
		for (size_t k = 0; k < n; k++)
			measure_keys[k].get(net, m, v, &c[k]);
		if (estimate)
			c[n].i = m->sample;
		if (whatif)
			c[n + estimate].s = options.buf;
	}
	if (whatif)
		t->owned = sb_detach(&options);
	sb_release(&options);
}

struct ranking {
	const struct network *net;
	const struct measures *m;
};

static int by_betweenness(const void *pa, const void *pb, void *context)
{
	const struct ranking *r = context;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	double x = r->m->v[a].betweenness, y = r->m->v[b].betweenness;

	if (x != y)
		return x > y ? -1 : 1;
	int c = strcmp(network_entity(r->net, (igraph_integer_t)a)->name,
	               network_entity(r->net, (igraph_integer_t)b)->name);
	return c ? c : (a > b) - (a < b);
}

size_t *out_by_betweenness(const struct network *net, const struct measures *m)
{
	size_t *order = xcalloc((size_t)m->n + 1, sizeof(*order));
	struct ranking r = {net, m};

	for (long v = 0; v < m->n; v++)
		order[v] = (size_t)v;
	qsort_r(order, (size_t)m->n, sizeof(*order), by_betweenness, &r);
	return order;
}

cJSON *out_network_json(const struct network_measures *nm)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *ei = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "entities", (double)nm->entities);
	cJSON_AddNumberToObject(o, "ties", (double)nm->ties);
	cJSON_AddItemToObject(o, "density", json_number(nm->density));
	cJSON_AddNumberToObject(o, "components", (double)nm->components);
	cJSON_AddNumberToObject(o, "largest_component", (double)nm->largest_component);
	cJSON_AddNumberToObject(o, "isolates", (double)nm->isolates);
	cJSON_AddItemToObject(o, "fragmentation", json_number(nm->fragmentation));
	cJSON_AddItemToObject(o, "distance_fragmentation", json_number(nm->distance_fragmentation));
	cJSON_AddItemToObject(o, "degree_centralization", json_number(nm->degree_centralization));
	cJSON_AddItemToObject(o, "transitivity", json_number(nm->transitivity));
	cJSON_AddNumberToObject(o, "communities", (double)nm->communities);
	cJSON_AddItemToObject(o, "modularity", json_number(nm->modularity));
	cJSON_AddNumberToObject(o, "cutpoints", (double)nm->cutpoints);
	cJSON_AddNumberToObject(o, "bridges", (double)nm->bridges);
	cJSON_AddItemToObject(o, "trust", json_number(nm->trust));
	cJSON_AddItemToObject(o, "confirmed_share", json_number(nm->confirmed_share));
	for (size_t i = 0; i < nm->n_ei; i++)
		cJSON_AddItemToObject(ei, nm->ei[i].key, json_number(nm->ei[i].value));
	cJSON_AddItemToObject(o, "ei_index", ei);
	return o;
}

static void write_json(FILE *out, const struct network *net, const struct measures *m,
                       enum lang lang, const struct measures *before)
{
	struct tabular t;
	cJSON *doc = cJSON_CreateObject();

	cJSON_AddStringToObject(doc, "wave", net->ds->waves[net->wave].id);
	cJSON_AddItemToObject(doc, "network", out_network_json(&m->net));
	if (net->edit) {
		cJSON *w = whatif_json(net->ds, net->edit);
		if (before)
			cJSON_AddItemToObject(w, "before", out_network_json(&before->net));
		cJSON_AddItemToObject(doc, "what_if", w);
	}
	out_measure_table(&t, net, m, false, lang); /* the estimate is said once, below */
	cJSON_AddItemToObject(doc, "entities", tab_to_json(&t));
	if (m->sample) {
		cJSON *est = cJSON_CreateObject();
		cJSON_AddNumberToObject(est, "sources", (double)m->sample);
		cJSON_AddItemToObject(
		    est, "measures",
		    cJSON_CreateStringArray((const char *const[]){"betweenness", "closeness",
		                                                  "distance_"
		                                                  "fragmentation"},
		                            3));
		cJSON_AddItemToObject(doc, "estimated", est);
	}
	json_write(out, doc);
	cJSON_Delete(doc);
	tab_free(&t);
}

static void fmt(char *buf, size_t n, double x, int decimals)
{
	if (isnan(x))
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%.*f", decimals, x);
}

static void write_network(FILE *out, const struct network *net, const struct measures *m)
{
	const struct network_measures *nm = &m->net;
	const struct wave *w = &net->ds->waves[net->wave];
	char a[32], b[32];

	fprintf(out, "Wave %s%s%s%s: %ld entities, %ld ties\n\n", w->id, w->label ? " (" : "",
	        w->label ? w->label : "", w->label ? ")" : "", nm->entities, nm->ties);
	fmt(a, sizeof(a), nm->density, 3);
	fprintf(
	    out,
	    "  density                %-8s  components        %ld (largest %ld, %ld isolated)\n", a,
	    nm->components, nm->largest_component, nm->isolates);
	fmt(a, sizeof(a), nm->fragmentation, 3);
	fmt(b, sizeof(b), nm->distance_fragmentation, 3);
	fprintf(out, "  fragmentation          %-8s  distance fragm.   %s\n", a, b);
	fmt(a, sizeof(a), nm->degree_centralization, 3);
	fmt(b, sizeof(b), nm->transitivity, 3);
	fprintf(out, "  degree centralisation  %-8s  transitivity      %s\n", a, b);
	fmt(b, sizeof(b), nm->modularity, 3);
	fprintf(out, "  communities            %-8ld  modularity        %s\n", nm->communities, b);
	fprintf(out, "  cut points             %-8ld  bridges           %ld\n", nm->cutpoints,
	        nm->bridges);
	fmt(a, sizeof(a), nm->trust, 2);
	fmt(b, sizeof(b), nm->confirmed_share, 2);
	fprintf(out, "  trust (1 to 4)         %-8s  confirmed share   %s\n", a, b);
	fputs("  E-I index             ", out);
	for (size_t i = 0; i < nm->n_ei; i++) {
		fmt(a, sizeof(a), nm->ei[i].value, 2);
		fprintf(out, "%s %s %s", i ? "," : "", nm->ei[i].key, a);
	}
	fputs("\n  (E-I: -1 every tie stays within a group, +1 every tie crosses groups)\n\n", out);
}

/* Brokers, key players and cut points in plain words. */
static void write_reading(FILE *out, const struct network *net, const struct measures *m,
                          const size_t *order)
{
	long shown = 0;

	fputs("Brokers (who lies on the paths between others): ", out);
	for (long i = 0; i < m->n && shown < 3 && m->v[order[i]].betweenness > 0; i++, shown++)
		fprintf(out, "%s%s (%.2f)", shown ? ", " : "",
		        network_entity(net, (igraph_integer_t)order[i])->name,
		        m->v[order[i]].betweenness);
	fputs(shown ? ".\n" : "none: no entity lies between two others.\n", out);

	size_t *cut = xcalloc((size_t)m->n + 1, sizeof(*cut));
	size_t n_cut = 0;
	for (long i = 0; i < m->n; i++)
		if (m->v[order[i]].cutpoint)
			cut[n_cut++] = order[i];
	/* The biggest hole first; insertion sort keeps betweenness order among
	 * equals. */
	for (size_t i = 1; i < n_cut; i++) {
		size_t v = cut[i], j = i;
		for (; j > 0 &&
		       m->v[cut[j - 1]].fragmentation_without < m->v[v].fragmentation_without;
		     j--)
			cut[j] = cut[j - 1];
		cut[j] = v;
	}
	if (!n_cut)
		fputs(
		    "Key players: none; removing any single entity leaves every part connected.\n",
		    out);
	for (size_t i = 0; i < n_cut && i < 5; i++) {
		const struct entity_measures *x = &m->v[cut[i]];
		fprintf(out,
		        "Key player: without %s, fragmentation would rise from %.2f to %.2f: %ld "
		        "%s would be cut off.\n",
		        network_entity(net, (igraph_integer_t)cut[i])->name, m->net.fragmentation,
		        x->fragmentation_without, x->cut_off,
		        x->cut_off == 1 ? "entity" : "entities");
	}
	if (n_cut) {
		fprintf(out, "Cut points (%zu): ", n_cut);
		for (size_t i = 0; i < n_cut; i++)
			fprintf(out, "%s%s", i ? ", " : "",
			        network_entity(net, (igraph_integer_t)cut[i])->name);
		fputs(".\n", out);
	}
	if (m->sample)
		fprintf(out, "Betweenness and closeness are estimates from %ld sources.\n",
		        m->sample);
	fputc('\n', out);
	free(cut);
}

/* One row per network key (the E-I indexes flattened), before and after
 * the what-if, from the JSON objects so that no key is left out. */
static void write_before_after(FILE *out, const struct network *net, const struct measures *before,
                               const struct measures *after, enum lang lang)
{
	static const char *const counts[] = {"entities",          "ties",     "components",
	                                     "largest_component", "isolates", "communities",
	                                     "cutpoints",         "bridges"};
	cJSON *b = out_network_json(&before->net), *a = out_network_json(&after->net);
	struct strbuf sb;

	sb_init(&sb);
	whatif_sentence(&sb, net->ds, net->edit, lang);
	fprintf(out, "%s\n\n  %-34s %10s %10s\n", sb.buf, tx(lang, T_WHATIF_MEASURE),
	        tx(lang, T_WHATIF_BEFORE), tx(lang, T_WHATIF_AFTER));
	for (cJSON *x = b->child, *y = a->child; x && y; x = x->next, y = y->next) {
		bool nested = cJSON_IsObject(x);
		cJSON *xi = nested ? x->child : x, *yi = nested ? y->child : y;
		for (; xi && yi; xi = nested ? xi->next : NULL, yi = nested ? yi->next : NULL) {
			char key[128];
			snprintf(key, sizeof(key), "%s%s%s", x->string, nested ? "." : "",
			         nested ? xi->string : "");
			int decimals = 3;
			for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
				if (!strcmp(key, counts[i]))
					decimals = 0;
			fprintf(out, "  %-34s", key);
			for (cJSON *v = xi; v; v = v == xi ? yi : NULL) {
				double d = cJSON_IsNumber(v) ? v->valuedouble : NAN;
				sb_reset(&sb);
				tx_number(&sb, lang, d, decimals);
				fprintf(out, " %10s", sb.buf);
			}
			fputc('\n', out);
		}
	}
	fputc('\n', out);
	sb_release(&sb);
	cJSON_Delete(a);
	cJSON_Delete(b);
}

void out_measure(FILE *out, const struct network *net, const struct measures *m,
                 const struct measures *before, enum format format, char sep, enum lang lang)
{
	struct tabular t;

	if (format == FORMAT_JSON) {
		write_json(out, net, m, lang, before);
		return;
	}
	out_measure_table(&t, net, m, true, lang);
	if (format == FORMAT_CSV) {
		tab_write_csv(out, &t, sep);
	} else {
		size_t *order = out_by_betweenness(net, m);
		int width = terminal_width();
		if (net->edit && before)
			write_before_after(out, net, before, m, lang);
		write_network(out, net, m);
		write_reading(out, net, m, order);
		fputs("Entities, by betweenness\n", out);
		tab_write_text(out, &t, order, width);
		free(order);
	}
	tab_free(&t);
}
