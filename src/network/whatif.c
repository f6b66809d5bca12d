/* whatif: the what-if, said in every form of output. */
#include "network/whatif.h"

void whatif_name_list(struct strbuf *sb, const struct dataset *ds, const size_t *entities, size_t n,
                      enum lang lang)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_adds(sb, i + 1 == n ? tx(lang, T_LIST_AND) : ", ");
		sb_adds(sb, ds->entities[entities[i]].name);
	}
}

void whatif_sentence(struct strbuf *sb, const struct dataset *ds, const struct network_edit *edit,
                     enum lang lang)
{
	struct strbuf what, part;

	sb_init(&what);
	sb_init(&part);
	if (edit->n_without) {
		whatif_name_list(&part, ds, edit->without, edit->n_without, lang);
		txf(&what, lang, T_WHATIF_WITHOUT, part.buf, NULL);
	}
	for (size_t i = 0; i < edit->n_add; i++) {
		if (what.len)
			sb_adds(&what, ", ");
		txf(&what, lang, T_WHATIF_TIE, ds->entities[edit->add[i].a].name,
		    ds->entities[edit->add[i].b].name, NULL);
	}
	txf(sb, lang, T_WHATIF, what.buf, NULL);
	sb_release(&part);
	sb_release(&what);
}

void whatif_text(struct strbuf *sb, const struct dataset *ds, const struct network_edit *edit)
{
	for (size_t i = 0; i < edit->n_without; i++)
		sb_addf(sb, "%s%s", i ? "," : "without ", ds->entities[edit->without[i]].id);
	for (size_t i = 0; i < edit->n_add; i++)
		sb_addf(sb, "%sadd-tie %s,%s", i || edit->n_without ? "; " : "",
		        ds->entities[edit->add[i].a].id, ds->entities[edit->add[i].b].id);
}

cJSON *whatif_json(const struct dataset *ds, const struct network_edit *edit)
{
	cJSON *o = cJSON_CreateObject();
	cJSON *without = cJSON_AddArrayToObject(o, "without");
	cJSON *add = cJSON_AddArrayToObject(o, "add_tie");

	for (size_t i = 0; i < edit->n_without; i++)
		cJSON_AddItemToArray(without,
		                     cJSON_CreateString(ds->entities[edit->without[i]].id));
	for (size_t i = 0; i < edit->n_add; i++) {
		const char *pair[2] = {ds->entities[edit->add[i].a].id,
		                       ds->entities[edit->add[i].b].id};
		cJSON_AddItemToArray(add, cJSON_CreateStringArray(pair, 2));
	}
	return o;
}
