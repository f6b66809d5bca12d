/* out-perception: presenting how both sides see their ties. */
#include "out/perception.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const struct column kind_cols[] = {
    {"from", NULL, COL_STR, 0, true, false},    {"to", NULL, COL_STR, 0, true, false},
    {"named", NULL, COL_INT, 0, false, false},  {"named_back", NULL, COL_REAL, 2, false, false},
    {"level", NULL, COL_REAL, 2, false, false}, {"level_back", NULL, COL_REAL, 2, false, false},
    {"trust", NULL, COL_REAL, 2, false, false}, {"trust_back", NULL, COL_REAL, 2, false, false},
};
enum { N_KIND_COLS = sizeof(kind_cols) / sizeof(kind_cols[0]) };
static const enum text_id kind_headers[N_KIND_COLS] = {
    T_PC_H_FROM,  T_PC_H_TO,         T_PC_H_NAMED, T_PC_H_BACK,
    T_PC_H_LEVEL, T_PC_H_LEVEL_BACK, T_PC_H_TRUST, T_PC_H_TRUST_BACK,
};

static const struct column pair_cols[] = {
    {"a", NULL, COL_STR, 0, true, false},        {"b", NULL, COL_STR, 0, true, false},
    {"level_a", NULL, COL_INT, 0, false, false}, {"level_b", NULL, COL_INT, 0, false, false},
    {"trust_a", NULL, COL_INT, 0, false, false}, {"trust_b", NULL, COL_INT, 0, false, false},
};
enum { N_PAIR_COLS = sizeof(pair_cols) / sizeof(pair_cols[0]) };
static const enum text_id pair_headers[N_PAIR_COLS] = {
    T_PC_H_A, T_PC_H_B, T_PC_H_LEVEL_A, T_PC_H_LEVEL_B, T_PC_H_TRUST_A, T_PC_H_TRUST_B,
};

static const enum text_id kind_words[KIND_COUNT] = {T_KIND_MUNICIPALITY, T_KIND_ORGANISATION,
                                                    T_KIND_TEAM, T_KIND_INFORMAL};

/* A group's name: a kind in LANG's words for people (JSON and English
 * keep the dataset's keywords), else the value. */
static const char *group_name(const struct perception *p, int g, bool by_kind, bool people,
                              enum lang lang)
{
	if (by_kind && people && lang != LANG_EN && g >= 0 && g < KIND_COUNT)
		return tx(lang, kind_words[g]);
	return p->group_names[g];
}

static void kinds_table(struct tabular *t, const struct perception *p, bool by_kind, bool people,
                        enum lang lang)
{
	tab_init_in(t, kind_cols, kind_headers, N_KIND_COLS, lang);
	for (size_t i = 0; i < p->n_kinds; i++) {
		const struct perception_kinds *k = &p->kinds[i];
		struct cell *c = tab_row(t);
		c[0].s = group_name(p, k->from, by_kind, people, lang);
		c[1].s = group_name(p, k->to, by_kind, people, lang);
		c[2].i = k->named;
		c[3].r = k->back_share;
		c[4].r = k->level;
		c[5].r = k->level_back;
		c[6].r = k->trust;
		c[7].r = k->trust_back;
	}
}

/* PEOPLE: names instead of ids. */
static void pairs_table(struct tabular *t, const struct network *net, const struct perception *p,
                        bool people, enum lang lang)
{
	tab_init_in(t, pair_cols, pair_headers, N_PAIR_COLS, lang);
	for (size_t i = 0; i < p->n_pairs; i++) {
		const struct perception_pair *x = &p->pairs[i];
		const struct entity *a = network_entity(net, x->a), *b = network_entity(net, x->b);
		struct cell *c = tab_row(t);
		c[0].s = people ? a->name : a->id;
		c[1].s = people ? b->name : b->id;
		c[2].i = x->level_a;
		c[3].i = x->level_b;
		c[4].i = x->trust_a;
		c[4].null = !x->trust_a;
		c[5].i = x->trust_b;
		c[5].null = !x->trust_b;
	}
}

static const char *num(struct strbuf *sb, enum lang lang, double x, int decimals)
{
	sb_reset(sb);
	tx_number(sb, lang, x, decimals);
	return sb->buf;
}

/* Whether the pair of kinds K is worth a sentence: two kinds, named at
 * least twice, and a naming not returned or both sides rating apart. */
static bool worth_saying(const struct perception_kinds *k)
{
	if (k->from == k->to || k->named < 2 || k->from >= KIND_COUNT || k->to >= KIND_COUNT)
		return false;
	if (k->named_back < k->named)
		return true;
	return k->named_back >= 2 &&
	       (fabs(k->level - k->level_back) >= 0.3 ||
	        (k->mutual_trust >= 2 && fabs(k->trust - k->trust_back) >= 0.5));
}

static int by_named(const void *pa, const void *pb)
{
	const struct perception_kinds *a = *(const struct perception_kinds *const *)pa,
	                              *b = *(const struct perception_kinds *const *)pb;

	if (a->named != b->named)
		return a->named > b->named ? -1 : 1;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	return (a->to > b->to) - (a->to < b->to);
}

void out_perception_sentences(struct strbuf *sb, const struct perception *p, enum lang lang)
{
	const struct perception_kinds **said = xcalloc(p->n_kinds + 1, sizeof(*said));
	size_t n = 0;
	struct strbuf a, b, line;
	char count[64];

	for (size_t i = 0; i < p->n_kinds; i++)
		if (worth_saying(&p->kinds[i]))
			said[n++] = &p->kinds[i];
	qsort(said, n, sizeof(*said), by_named);
	sb_init(&a);
	sb_init(&b);
	sb_init(&line);
	/* The ratings of a pair of kinds are said once, with the first of its
	 * two directions; the other is then said only for namings not
	 * returned. */
	bool *rated = xcalloc(KIND_COUNT * KIND_COUNT, sizeof(*rated));
	for (size_t i = 0, shown = 0; i < n && shown < 8; i++) {
		const struct perception_kinds *k = said[i];
		bool *done = &rated[k->from < k->to ? k->from * KIND_COUNT + k->to
		                                    : k->to * KIND_COUNT + k->from];
		if (*done && k->named_back == k->named)
			continue;
		shown++;
		const char *the_x = tx(lang, (enum text_id)(T_PK_THE_0 + k->from));
		const char *the_y = tx(lang, (enum text_id)(T_PK_THE_0 + k->to));
		long missing = k->named - k->named_back;
		tx_count(count, sizeof(count), lang, k->named,
		         (enum text_id)(T_PK_ONE_0 + 2 * k->to),
		         (enum text_id)(T_PK_MANY_0 + 2 * k->to));
		sb_reset(&line);
		txf(&line, lang, T_PC_NAMES, tx(lang, (enum text_id)(T_PK_PLURAL_0 + k->from)),
		    count, NULL);
		snprintf(count, sizeof(count), "%ld", missing);
		txf(&line, lang,
		    missing == 0   ? T_PC_BACK_ALL
		    : missing == 1 ? T_PC_BACK_ONE
		                   : T_PC_BACK_MANY,
		    the_x, count, NULL);
		num(&a, lang, k->level, 1);
		num(&b, lang, k->level_back, 1);
		if (k->named_back >= 2 && !*done && !strcmp(a.buf, b.buf))
			txf(&line, lang, T_PC_LEVELS_SAME, a.buf, NULL);
		else if (k->named_back >= 2 && !*done)
			txf(&line, lang, T_PC_LEVELS, the_x, a.buf, the_y, b.buf, NULL);
		if (k->mutual_trust >= 2 && !*done && fabs(k->trust - k->trust_back) >= 0.5)
			txf(&line, lang, T_PC_TRUST, the_x, num(&a, lang, k->trust, 1), the_y,
			    num(&b, lang, k->trust_back, 1), NULL);
		*done = true;
		sb_addf(sb, "%s\n", line.buf);
	}
	free(rated);
	if (!n)
		sb_addf(sb, "%s\n", tx(lang, p->n_kinds ? T_PC_NOTHING : T_PC_NO_PAIRS));
	sb_release(&line);
	sb_release(&b);
	sb_release(&a);
	free(said);
}

static long interviewed(const struct network *net)
{
	long n = 0;

	for (igraph_integer_t v = 0; v < net->n; v++)
		n += net->interviewed[v];
	return n;
}

static void write_text(FILE *out, const struct network *net, const struct perception *p,
                       bool by_kind, enum lang lang)
{
	struct tabular t;
	struct strbuf sb;
	struct prose pr;
	char count[64];

	sb_init(&sb);
	if (net->ds->pseudonymised) {
		write_prose(out, tx(lang, T_PSEUDONYMISED), prose_width(), 0);
		fputs("\n\n", out);
	}
	tx_count(count, sizeof(count), lang, interviewed(net), T_CT_ENTITY, T_CT_ENTITIES);
	txf(&sb, lang, T_PC_HEADER, net->ds->waves[net->wave].id, count, NULL);
	sb_adds(&sb, "\n\n");
	if (by_kind)
		out_perception_sentences(&sb, p, lang);
	FILE *text = prose_open(&pr, out, 0);
	fprintf(text, "%s\n%s\n", sb.buf, tx(lang, T_PC_KINDS));
	prose_close(&pr);
	kinds_table(&t, p, by_kind, true, lang);
	tab_write_text(out, &t, NULL, terminal_width());
	tab_free(&t);
	fprintf(out, "\n%s\n", tx(lang, T_PC_PAIRS));
	if (!p->n_pairs) {
		fprintf(out, "  %s\n", tx(lang, T_NONE));
	} else {
		pairs_table(&t, net, p, true, lang);
		tab_write_text(out, &t, NULL, terminal_width());
		tab_free(&t);
	}
	sb_release(&sb);
}

void out_perception(FILE *out, const struct network *net, const struct perception *p, bool by_kind,
                    enum format format, char sep, enum lang lang)
{
	struct tabular k, x;

	if (format == FORMAT_TABLE) {
		write_text(out, net, p, by_kind, lang);
		return;
	}
	/* CSV (in Dutch, for Dutch Excel) names kinds as the table does. */
	kinds_table(&k, p, by_kind, format == FORMAT_CSV, lang);
	if (format == FORMAT_CSV) {
		if (net->ds->pseudonymised)
			tab_add_flag(&k, "pseudonymised", tx(lang, T_PSEUDONYMISED));
		tab_write_csv(out, &k, sep);
	} else {
		cJSON *doc = cJSON_CreateObject();
		pairs_table(&x, net, p, false, lang);
		cJSON_AddStringToObject(doc, "wave", net->ds->waves[net->wave].id);
		if (net->ds->pseudonymised)
			cJSON_AddTrueToObject(doc, "pseudonymised");
		cJSON_AddItemToObject(doc, "kinds", tab_to_json(&k));
		cJSON_AddItemToObject(doc, "pairs", tab_to_json(&x));
		json_write(out, doc);
		cJSON_Delete(doc);
		tab_free(&x);
	}
	tab_free(&k);
}

int out_perception_xlsx(const char *path, const struct network *net, const struct perception *p,
                        bool by_kind, enum lang lang)
{
	struct tabular k, x;
	int rc;

	kinds_table(&k, p, by_kind, true, lang);
	pairs_table(&x, net, p, false, lang);
	if (net->ds->pseudonymised) {
		tab_add_flag(&k, "pseudonymised", tx(lang, T_PSEUDONYMISED));
		tab_add_flag(&x, "pseudonymised", tx(lang, T_PSEUDONYMISED));
	}
	struct tab_sheet sheets[] = {{tx(lang, T_SHEET_PERCEPTION), &k, NULL},
	                             {tx(lang, T_SHEET_PERCEPTION_PAIRS), &x, NULL}};
	rc = tab_write_xlsx(path, sheets, 2);
	tab_free(&x);
	tab_free(&k);
	return rc;
}
