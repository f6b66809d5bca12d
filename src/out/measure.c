/* out-measure: presenting the measures of one wave. */
#include "out/measure.h"
#include "analysis/measure-table.h"
#include "network/whatif.h"
#include "util/strbuf.h"
#include "util/utf8.h"

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
	t->lang = lang;
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
	if (say_estimate && net->ds->pseudonymised)
		tab_add_flag(t, "pseudonymised", tx(lang, T_PSEUDONYMISED));
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
	cJSON *test = cJSON_CreateObject();
	for (size_t i = 0; i < nm->n_ei; i++) {
		const struct ei_test *t = &nm->ei[i].test;
		if (!t->permutations) {
			cJSON_AddNullToObject(test, nm->ei[i].key);
			continue;
		}
		cJSON *x = cJSON_CreateObject();
		cJSON_AddItemToObject(x, "expected", json_number(t->expected));
		cJSON_AddItemToObject(x, "p_low", json_number(t->p_low));
		cJSON_AddItemToObject(x, "p_high", json_number(t->p_high));
		cJSON_AddNumberToObject(x, "permutations", (double)t->permutations);
		cJSON_AddItemToObject(test, nm->ei[i].key, x);
	}
	cJSON_AddItemToObject(o, "ei_test", test);
	return o;
}

static void write_json(FILE *out, const struct network *net, const struct measures *m,
                       enum lang lang, const struct measures *before)
{
	struct tabular t;
	cJSON *doc = cJSON_CreateObject();

	cJSON_AddStringToObject(doc, "wave", net->ds->waves[net->wave].id);
	if (net->ds->pseudonymised)
		cJSON_AddTrueToObject(doc, "pseudonymised");
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

/* X with DECIMALS digits in LANG ("-" for NAN), in a buffer of SB. */
static const char *num(struct strbuf *sb, enum lang lang, double x, int decimals)
{
	sb_reset(sb);
	tx_number(sb, lang, x, decimals);
	return sb->buf;
}

/* One line of two labelled figures, the labels padded to columns C1 and
 * C2 characters wide. */
static void figure_line(FILE *out, enum lang lang, size_t c1, size_t c2, enum text_id l1,
                        const char *v1, enum text_id l2, const char *v2)
{
	size_t w1 = utf8_width(tx(lang, l1)), w2 = utf8_width(tx(lang, l2));

	fprintf(out, "  %s%*s%s", tx(lang, l1), (int)(w1 < c1 ? c1 - w1 : 1), "", v1);
	fprintf(out, "%*s%s%*s%s\n", (int)(utf8_width(v1) < 8 ? 10 - utf8_width(v1) : 2), "",
	        tx(lang, l2), (int)(w2 < c2 ? c2 - w2 : 1), "", v2);
}

static void write_network(FILE *out, const struct network *net, const struct measures *m,
                          enum lang lang)
{
	static const enum text_id left[] = {T_N_DENSITY,     T_N_FRAGMENTATION, T_N_CENTRALIZATION,
	                                    T_N_COMMUNITIES, T_N_CUTPOINTS,     T_N_TRUST,
	                                    T_N_EI},
	                          right[] = {T_N_COMPONENTS,   T_N_DISTANCE_FRAGMENTATION,
	                                     T_N_TRANSITIVITY, T_N_MODULARITY,
	                                     T_N_BRIDGES,      T_N_CONFIRMED};
	const struct network_measures *nm = &m->net;
	const struct wave *w = &net->ds->waves[net->wave];
	struct strbuf a, b, line;
	char n1[64], n2[64], n3[32];
	size_t c1 = 0, c2 = 0;

	/* The labels' columns are as wide as the language's longest label,
	 * so that the lines fit 80 columns in every language. */
	for (size_t i = 0; i < sizeof(left) / sizeof(left[0]); i++)
		if (utf8_width(tx(lang, left[i])) + 2 > c1)
			c1 = utf8_width(tx(lang, left[i])) + 2;
	for (size_t i = 0; i < sizeof(right) / sizeof(right[0]); i++)
		if (utf8_width(tx(lang, right[i])) + 1 > c2)
			c2 = utf8_width(tx(lang, right[i])) + 1;
	sb_init(&a);
	sb_init(&b);
	sb_init(&line);
	tx_count(n1, sizeof(n1), lang, nm->entities, T_CT_ENTITY, T_CT_ENTITIES);
	tx_count(n2, sizeof(n2), lang, nm->ties, T_CT_TIE, T_CT_TIES);
	sb_addf(&a, "%s%s%s", w->label ? " (" : "", w->label ? w->label : "", w->label ? ")" : "");
	txf(&line, lang, T_WAVE_CAPTION, w->id, a.buf, n1, n2, NULL);
	write_prose(out, line.buf, prose_width(), 0);
	fputs("\n\n", out);
	sb_reset(&line);
	snprintf(n1, sizeof(n1), "%ld", nm->components);
	snprintf(n2, sizeof(n2), "%ld", nm->largest_component);
	snprintf(n3, sizeof(n3), "%ld", nm->isolates);
	txf(&line, lang, T_N_COMPONENTS_VALUE, n1, n2, n3, NULL);
	figure_line(out, lang, c1, c2, T_N_DENSITY, num(&a, lang, nm->density, 3), T_N_COMPONENTS,
	            line.buf);
	figure_line(out, lang, c1, c2, T_N_FRAGMENTATION, num(&a, lang, nm->fragmentation, 3),
	            T_N_DISTANCE_FRAGMENTATION, num(&b, lang, nm->distance_fragmentation, 3));
	figure_line(out, lang, c1, c2, T_N_CENTRALIZATION,
	            num(&a, lang, nm->degree_centralization, 3), T_N_TRANSITIVITY,
	            num(&b, lang, nm->transitivity, 3));
	snprintf(n1, sizeof(n1), "%ld", nm->communities);
	figure_line(out, lang, c1, c2, T_N_COMMUNITIES, n1, T_N_MODULARITY,
	            num(&b, lang, nm->modularity, 3));
	snprintf(n1, sizeof(n1), "%ld", nm->cutpoints);
	snprintf(n2, sizeof(n2), "%ld", nm->bridges);
	figure_line(out, lang, c1, c2, T_N_CUTPOINTS, n1, T_N_BRIDGES, n2);
	figure_line(out, lang, c1, c2, T_N_TRUST, num(&a, lang, nm->trust, 2), T_N_CONFIRMED,
	            num(&b, lang, nm->confirmed_share, 2));
	/* The E-I indexes, one per category, continue under the first. */
	sb_reset(&line);
	sb_addf(&line, "  %s%*s", tx(lang, T_N_EI), (int)(c1 - utf8_width(tx(lang, T_N_EI))), "");
	for (size_t i = 0; i < nm->n_ei; i++) {
		const struct ei_test *t = &nm->ei[i].test;
		sb_addf(&line, "%s%s %s", i ? ", " : "", tx_ei_key(lang, nm->ei[i].key),
		        num(&a, lang, nm->ei[i].value, 2));
		/* The p of the side the index lies on: a silo's p_low. */
		if (t->permutations)
			sb_addf(
			    &line, " (p %s)",
			    num(&a, lang, nm->ei[i].value < t->expected ? t->p_low : t->p_high, 3));
	}
	write_prose(out, line.buf, prose_width(), (int)c1);
	sb_reset(&line);
	sb_addf(&line, "\n  %s\n  %s", tx(lang, T_N_EI_NOTE), tx(lang, T_N_EI_P_NOTE));
	write_prose(out, line.buf, prose_width(), 1);
	fputs("\n\n", out);
	sb_release(&a);
	sb_release(&b);
	sb_release(&line);
}

/* Brokers, key players and cut points in plain words. */
static void write_reading(FILE *out, const struct network *net, const struct measures *m,
                          const size_t *order, enum lang lang)
{
	struct strbuf a, b, line;
	long shown = 0;

	sb_init(&a);
	sb_init(&b);
	sb_init(&line);
	fputs(tx(lang, T_N_BROKERS), out);
	for (long i = 0; i < m->n && shown < 3 && m->v[order[i]].betweenness > 0; i++, shown++)
		fprintf(out, "%s%s (%s)", shown ? ", " : "",
		        network_entity(net, (igraph_integer_t)order[i])->name,
		        num(&a, lang, m->v[order[i]].betweenness, 2));
	fputs(shown ? ".\n" : tx(lang, T_N_NO_BROKERS), out);
	if (!shown)
		fputc('\n', out);

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
		fprintf(out, "%s\n", tx(lang, T_N_NO_KEYPLAYER));
	for (size_t i = 0; i < n_cut && i < 5; i++) {
		const struct entity_measures *x = &m->v[cut[i]];
		char n1[32];
		snprintf(n1, sizeof(n1), "%ld", x->cut_off);
		sb_reset(&line);
		sb_reset(&a);
		sb_reset(&b);
		tx_number_pair(&a, &b, lang, m->net.fragmentation, x->fragmentation_without, 2);
		txf(&line, lang, x->cut_off == 1 ? T_N_KEYPLAYER_ONE : T_N_KEYPLAYER,
		    network_entity(net, (igraph_integer_t)cut[i])->name, a.buf, b.buf, n1, NULL);
		fprintf(out, "%s\n", line.buf);
	}
	if (n_cut) {
		char n1[32];
		snprintf(n1, sizeof(n1), "%zu", n_cut);
		sb_reset(&line);
		txf(&line, lang, T_N_CUTPOINT_LIST, n1, NULL);
		fputs(line.buf, out);
		for (size_t i = 0; i < n_cut; i++)
			fprintf(out, "%s%s", i ? ", " : "",
			        network_entity(net, (igraph_integer_t)cut[i])->name);
		fputs(".\n", out);
	}
	if (m->sample) {
		char n1[32];
		snprintf(n1, sizeof(n1), "%ld", m->sample);
		sb_reset(&line);
		txf(&line, lang, T_N_ESTIMATES, n1, NULL);
		fprintf(out, "%s\n", line.buf);
	}
	fputc('\n', out);
	free(cut);
	sb_release(&a);
	sb_release(&b);
	sb_release(&line);
}

/* In a language other than English, a table for people (and its CSV and
 * workbook) names each entity's kind in that language's words; JSON and
 * English keep the dataset's own keywords. */
void out_measure_kinds_in_words(struct tabular *t, enum lang lang)
{
	static const enum text_id words[KIND_COUNT] = {T_KIND_MUNICIPALITY, T_KIND_ORGANISATION,
	                                               T_KIND_TEAM, T_KIND_INFORMAL};

	if (lang == LANG_EN)
		return;
	for (size_t c = 0; c < t->ncols; c++) {
		if (strcmp(t->cols[c].key, "kind"))
			continue;
		for (size_t r = 0; r < t->nrows; r++) {
			struct cell *v = &t->cells[r * t->ncols + c];
			for (int k = 0; k < KIND_COUNT && !v->null && v->s; k++)
				if (!strcmp(v->s, kind_name((enum kind)k))) {
					v->s = tx(lang, words[k]);
					break;
				}
		}
	}
}

int out_measure_xlsx(const char *path, const struct network *net, const struct measures *m,
                     enum lang lang)
{
	struct tabular t;
	size_t *order = out_by_betweenness(net, m);
	int rc;

	out_measure_table(&t, net, m, true, lang);
	out_measure_kinds_in_words(&t, lang);
	rc = tab_write_xlsx(path, &(struct tab_sheet){net->ds->waves[net->wave].id, &t, order}, 1);
	tab_free(&t);
	free(order);
	return rc;
}

/* A network key of the what-if table as a person reads it: in English the
 * key itself (as it always was), in another language the words of the
 * figures above the table; NULL for a key without words. */
static const char *network_key_words(enum lang lang, const char *key)
{
	static const struct {
		const char *key;
		enum text_id id;
	} words[] = {
	    {"entities", T_CT_ENTITIES},
	    {"ties", T_CT_TIES},
	    {"density", T_N_DENSITY},
	    {"components", T_N_COMPONENTS},
	    {"largest_component", T_N_LARGEST},
	    {"isolates", T_N_ISOLATES},
	    {"fragmentation", T_N_FRAGMENTATION},
	    {"distance_fragmentation", T_N_DISTANCE_FRAGMENTATION},
	    {"degree_centralization", T_N_CENTRALIZATION},
	    {"transitivity", T_N_TRANSITIVITY},
	    {"communities", T_N_COMMUNITIES},
	    {"modularity", T_N_MODULARITY},
	    {"cutpoints", T_N_CUTPOINTS},
	    {"bridges", T_N_BRIDGES},
	    {"trust", T_N_TRUST},
	    {"confirmed_share", T_N_CONFIRMED},
	};

	if (lang == LANG_EN)
		return NULL;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcmp(key, words[i].key))
			return tx(lang, words[i].id);
	return NULL;
}

/* The p of an E-I test TEST (a member of DOC's ei_test) on the side its
 * index lies on, as the figures above the table give it. */
static double test_p(const cJSON *doc, const cJSON *test)
{
	const cJSON *index = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(doc, "ei_index"), test->string);
	const cJSON *expected = cJSON_GetObjectItemCaseSensitive(test, "expected");

	if (!cJSON_IsNumber(index) || !cJSON_IsNumber(expected))
		return NAN;
	return cJSON_GetObjectItemCaseSensitive(
	           test, index->valuedouble < expected->valuedouble ? "p_low" : "p_high")
	    ->valuedouble;
}

/* One row per network key (the E-I indexes and their tests' p flattened), before and after
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
	write_prose(out, sb.buf, prose_width(), 0);
	fprintf(out, "\n\n  %-34s %10s %10s\n", tx(lang, T_WHATIF_MEASURE),
	        tx(lang, T_WHATIF_BEFORE), tx(lang, T_WHATIF_AFTER));
	for (cJSON *x = b->child, *y = a->child; x && y; x = x->next, y = y->next) {
		bool nested = cJSON_IsObject(x);
		cJSON *xi = nested ? x->child : x, *yi = nested ? y->child : y;
		for (; xi && yi; xi = nested ? xi->next : NULL, yi = nested ? yi->next : NULL) {
			char key[128], words[160];
			snprintf(key, sizeof(key), "%s%s%s", x->string, nested ? "." : "",
			         nested ? xi->string : "");
			int decimals = 3;
			for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
				if (!strcmp(key, counts[i]))
					decimals = 0;
			const char *w = network_key_words(lang, key);
			if (nested && !strcmp(x->string, "ei_index") && lang != LANG_EN)
				snprintf(words, sizeof(words), "%s %s", tx(lang, T_N_EI),
				         tx_ei_key(lang, xi->string));
			else if (nested && !strcmp(x->string, "ei_test") && lang != LANG_EN)
				snprintf(words, sizeof(words), "%s %s (p)", tx(lang, T_N_EI),
				         tx_ei_key(lang, xi->string));
			else
				snprintf(words, sizeof(words), "%s", w ? w : key);
			fprintf(out, "  %s%*s", words,
			        (int)(utf8_width(words) < 34 ? 34 - utf8_width(words) : 0), "");
			for (cJSON *v = xi; v; v = v == xi ? yi : NULL) {
				double d = cJSON_IsNumber(v) ? v->valuedouble : NAN;
				if (cJSON_IsObject(v))
					d = test_p(v == xi ? b : a, v);
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
	out_measure_kinds_in_words(&t, lang);
	if (format == FORMAT_CSV) {
		tab_write_csv(out, &t, sep);
	} else {
		size_t *order = out_by_betweenness(net, m);
		int width = terminal_width();
		struct prose p;
		if (net->ds->pseudonymised) {
			write_prose(out, tx(lang, T_PSEUDONYMISED), prose_width(), 0);
			fputs("\n\n", out);
		}
		if (net->edit && before)
			write_before_after(out, net, before, m, lang);
		write_network(out, net, m, lang);
		write_reading(prose_open(&p, out, 2), net, m, order, lang);
		prose_close(&p);
		fprintf(out, "%s\n", tx(lang, T_N_ENTITIES_BY));
		tab_write_text(out, &t, order, width);
		free(order);
	}
	tab_free(&t);
}
