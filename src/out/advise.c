/* out-advise: presenting the advice. */
#include "out/advise.h"
#include "util/strbuf.h"
#include "network/whatif.h"

#include <stdlib.h>
#include <string.h>

static void names(struct strbuf *sb, const struct network *net, const igraph_integer_t *v, size_t n,
                  enum lang lang)
{
	size_t *entities = xcalloc(n + 1, sizeof(*entities));

	for (size_t i = 0; i < n; i++)
		entities[i] = net->entity[v[i]];
	whatif_name_list(sb, net->ds, entities, n, lang);
	free(entities);
}

void out_advise_sentences(struct strbuf *sb, const struct network *net, const struct advice *a,
                          enum lang lang)
{
	struct strbuf who, x, y, z;
	double before = a->distance_fragmentation;
	char count[24], others[24], k[24];

	sb_init(&who);
	sb_init(&x);
	sb_init(&y);
	sb_init(&z);
	sb_addf(sb, "%s\n", tx(lang, T_A_KEEP_HEAD));
	if (!a->n_keep) {
		sb_addf(sb, "  %s\n", tx(lang, T_A_KEEP_NONE));
	} else {
		names(&who, net, a->keep, a->n_keep, lang);
		sb_adds(sb, "  ");
		sb_reset(&x);
		sb_reset(&y);
		tx_number_pair(&x, &y, lang, before, a->keep_fragmentation, 2);
		txf(sb, lang, a->n_keep == 1 ? T_A_KEEP_ONE : T_A_KEEP, who.buf, x.buf, y.buf,
		    NULL);
		sb_addc(sb, '\n');
	}
	sb_addf(sb, "\n%s\n", tx(lang, T_A_REACH_HEAD));
	if (a->n_reach) {
		sb_reset(&who);
		names(&who, net, a->reach, a->n_reach, lang);
		snprintf(count, sizeof(count), "%ld", a->reached);
		snprintf(others, sizeof(others), "%ld", (long)net->n - (long)a->n_reach);
		sb_reset(&z);
		tx_number(&z, lang, 100 * a->reach_share, 0);
		sb_addc(&z, '%');
		sb_adds(sb, "  ");
		txf(sb, lang, a->n_reach == 1 ? T_A_REACH_ONE : T_A_REACH, who.buf, count, others,
		    z.buf, NULL);
		sb_addc(sb, '\n');
	} else {
		sb_addf(sb, "  %s\n", tx(lang, T_A_KEEP_NONE));
	}
	sb_addf(sb, "\n%s\n", tx(lang, T_A_TIES_HEAD));
	if (!a->n_ties)
		sb_addf(sb, "  %s\n", tx(lang, T_A_TIES_NONE));
	for (size_t i = 0; i < a->n_ties; i++) {
		const struct advice_tie *t = &a->ties[i];
		snprintf(count, sizeof(count), "%ld", t->closer);
		sb_addf(sb, "  %zu. ", i + 1);
		sb_reset(&x);
		sb_reset(&y);
		tx_number_pair(&x, &y, lang, before, t->distance_fragmentation, 2);
		txf(sb, lang, i ? T_A_TIE_NEXT : T_A_TIE, network_entity(net, t->a)->name,
		    network_entity(net, t->b)->name, count, x.buf, y.buf, NULL);
		if (t->overlap)
			sb_adds(sb, tx(lang, T_A_TIE_OVERLAP));
		sb_addc(sb, '\n');
		before = t->distance_fragmentation;
	}
	sb_addc(sb, '\n');
	snprintf(k, sizeof(k), "%ld", a->k);
	if (advice_exact(a))
		txf(sb, lang, T_A_EXACT, k, NULL);
	else
		sb_adds(sb, tx(lang, T_A_SEARCH));
	sb_addf(sb, " %s\n", tx(lang, T_A_TIEBREAK));
	sb_release(&who);
	sb_release(&x);
	sb_release(&y);
	sb_release(&z);
}

enum {
	C_ADVICE,
	C_RANK,
	C_ID,
	C_NAME,
	C_PARTNER_ID,
	C_PARTNER,
	C_OVERLAP,
	C_DF,
	C_SHARE,
	C_CLOSER,
	C_EXACT,
	C_WHATIF,
	N_COLS
};

void out_advise_table(struct tabular *t, const struct network *net, const struct advice *a,
                      enum lang lang, bool for_people)
{
	static const char *const parts[] = {"keep", "reach", "tie"};
	static const enum text_id words[] = {T_A_WORD_KEEP, T_A_WORD_REACH, T_A_WORD_TIE};
	struct column *cols = xcalloc(N_COLS, sizeof(*cols));
	struct strbuf options;
	bool whatif = net->edit != NULL;

	cols[C_ADVICE] =
	    (struct column){"advice", tx(lang, T_A_COL_ADVICE), COL_STR, 0, false, false};
	cols[C_RANK] = (struct column){"rank", tx(lang, T_A_COL_RANK), COL_INT, 0, false, false};
	cols[C_ID] = (struct column){"id", "id", COL_STR, 0, false, true};
	cols[C_NAME] = (struct column){"name", tx(lang, T_A_COL_NAME), COL_STR, 0, true, false};
	cols[C_PARTNER_ID] =
	    (struct column){"partner_id", tx(lang, T_A_COL_PARTNER_ID), COL_STR, 0, false, true};
	cols[C_PARTNER] =
	    (struct column){"partner_name", tx(lang, T_A_COL_PARTNER), COL_STR, 0, true, false};
	cols[C_OVERLAP] =
	    (struct column){"overlap", tx(lang, T_A_COL_OVERLAP), COL_BOOL, 0, false, false};
	cols[C_DF] = (struct column){
	    "distance_fragmentation", tx(lang, T_A_COL_DF), COL_REAL, 3, false, false};
	cols[C_SHARE] =
	    (struct column){"share", tx(lang, T_A_COL_SHARE), COL_REAL, 3, false, false};
	cols[C_CLOSER] =
	    (struct column){"closer", tx(lang, T_A_COL_CLOSER), COL_INT, 0, false, true};
	cols[C_EXACT] = (struct column){"exact", tx(lang, T_A_COL_EXACT), COL_BOOL, 0, false, true};
	cols[C_WHATIF] =
	    (struct column){"what_if", tx(lang, T_WHATIF_COLUMN), COL_STR, 0, false, true};
	tab_init_own(t, cols, N_COLS - !whatif);
	t->lang = lang; /* decimal commas in Dutch, as every other table */
	sb_init(&options);
	if (whatif)
		whatif_text(&options, net->ds, net->edit);
	for (int part = 0; part < 3; part++) {
		size_t n = part == 0 ? a->n_keep : part == 1 ? a->n_reach : a->n_ties;
		for (size_t i = 0; i < n; i++) {
			struct cell *c = tab_row(t);
			const struct advice_tie *tie = part == 2 ? &a->ties[i] : NULL;
			igraph_integer_t v = part == 0   ? a->keep[i]
			                     : part == 1 ? a->reach[i]
			                                 : tie->a;
			c[C_ADVICE].s = for_people ? tx(lang, words[part]) : parts[part];
			c[C_RANK].i = (long)i + 1;
			c[C_ID].s = network_entity(net, v)->id;
			c[C_NAME].s = network_entity(net, v)->name;
			c[C_PARTNER_ID].null = c[C_PARTNER].null = c[C_OVERLAP].null = !tie;
			c[C_CLOSER].null = !tie;
			if (tie) {
				c[C_PARTNER_ID].s = network_entity(net, tie->b)->id;
				c[C_PARTNER].s = network_entity(net, tie->b)->name;
				c[C_OVERLAP].b = tie->overlap;
				c[C_CLOSER].i = tie->closer;
			}
			c[C_DF].r = part == 0 ? a->keep_fragmentation
			            : tie     ? tie->distance_fragmentation
			                      : NAN;
			c[C_SHARE].r = part == 1 ? a->reach_share : NAN;
			c[C_EXACT].b = part == 0   ? a->keep_exact
			               : part == 1 ? a->reach_exact
			                           : a->ties_exact;
			if (whatif)
				c[C_WHATIF].s = options.buf;
		}
	}
	if (whatif)
		t->owned = sb_detach(&options);
	sb_release(&options);
}

static cJSON *ids(const struct network *net, const igraph_integer_t *v, size_t n)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(network_entity(net, v[i])->id));
	return arr;
}

static void write_json(FILE *out, const struct network *net, const struct advice *a)
{
	cJSON *doc = cJSON_CreateObject();
	cJSON *keep = cJSON_CreateObject(), *reach = cJSON_CreateObject();
	cJSON *ties = cJSON_CreateArray();

	cJSON_AddStringToObject(doc, "wave", net->ds->waves[net->wave].id);
	cJSON_AddBoolToObject(doc, "exact", advice_exact(a));
	cJSON_AddItemToObject(keep, "ids", ids(net, a->keep, a->n_keep));
	cJSON_AddItemToObject(keep, "distance_fragmentation", json_number(a->keep_fragmentation));
	cJSON_AddItemToObject(doc, "keep", keep);
	cJSON_AddItemToObject(reach, "ids", ids(net, a->reach, a->n_reach));
	cJSON_AddItemToObject(reach, "share", json_number(a->reach_share));
	cJSON_AddItemToObject(doc, "reach", reach);
	for (size_t i = 0; i < a->n_ties; i++) {
		const struct advice_tie *t = &a->ties[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "a", network_entity(net, t->a)->id);
		cJSON_AddStringToObject(o, "b", network_entity(net, t->b)->id);
		cJSON_AddBoolToObject(o, "overlap", t->overlap);
		cJSON_AddItemToObject(o, "distance_fragmentation",
		                      json_number(t->distance_fragmentation));
		cJSON_AddItemToArray(ties, o);
	}
	cJSON_AddItemToObject(doc, "ties", ties);
	if (net->edit)
		cJSON_AddItemToObject(doc, "what_if", whatif_json(net->ds, net->edit));
	if (net->ds->pseudonymised)
		cJSON_AddTrueToObject(doc, "pseudonymised");
	json_write(out, doc);
	cJSON_Delete(doc);
}

void out_advise(FILE *out, const struct network *net, const struct advice *a, enum format format,
                char sep, enum lang lang)
{
	struct tabular t;
	struct strbuf sb;
	const struct wave *w = &net->ds->waves[net->wave];
	char n[64], m[64], label[256] = "";

	if (format == FORMAT_JSON) {
		write_json(out, net, a);
		return;
	}
	/* A CSV with a byte-order mark (Dutch) is for a spreadsheet and its
	 * reader, as its headers are: the advice in words, not keys. */
	out_advise_table(&t, net, a, lang, format != FORMAT_CSV || language(lang)->csv_bom);
	if (net->ds->pseudonymised && format == FORMAT_CSV)
		tab_add_flag(&t, "pseudonymised", tx(lang, T_PSEUDONYMISED));
	if (format == FORMAT_CSV) {
		tab_write_csv(out, &t, sep);
		tab_free(&t);
		return;
	}
	sb_init(&sb);
	if (w->label)
		snprintf(label, sizeof(label), " (%s)", w->label);
	tx_count(n, sizeof(n), lang, (long)net->n, T_CT_ENTITY, T_CT_ENTITIES);
	tx_count(m, sizeof(m), lang, (long)net->m, T_CT_TIE, T_CT_TIES);
	txf(&sb, lang, T_A_TITLE, w->id, label, n, m, NULL);
	sb_addc(&sb, '\n');
	if (net->ds->pseudonymised)
		sb_addf(&sb, "%s\n", tx(lang, T_PSEUDONYMISED));
	if (net->edit) {
		whatif_sentence(&sb, net->ds, net->edit, lang);
		sb_addc(&sb, '\n');
	}
	sb_addc(&sb, '\n');
	out_advise_sentences(&sb, net, a, lang);
	write_prose(out, sb.buf, prose_width(), 2);
	fputc('\n', out);
	tab_write_text(out, &t, NULL, terminal_width());
	sb_release(&sb);
	tab_free(&t);
}
