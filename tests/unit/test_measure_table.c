/* The table of entity keys: the keys and order of cli.md, the value each
 * accessor reads on a path of three (derived by hand: the middle one has
 * degree 2, betweenness 1, and is a cut point), and the choices of
 * --size-by. */
#include "unit.h"

#include <math.h>
#include <string.h>

#include "analysis/measure-table.h"
#include "util/strbuf.h"

static void keys_of_the_contract(void **state)
{
	/* cli.md, "Entity keys", in its order. */
	static const char *const want[] = {
	    "id",
	    "name",
	    "kind",
	    "degree",
	    "named_by",
	    "betweenness",
	    "closeness",
	    "eigenvector",
	    "pagerank",
	    "coreness",
	    "community",
	    "cutpoint",
	    "fragmentation_without",
	    "constraint",
	    "effective_size",
	    "brokerage.coordinator",
	    "brokerage.consultant",
	    "brokerage.gatekeeper",
	    "brokerage.liaison",
	    "trust",
	};
	(void)state;
	assert_int_equal(n_measure_keys, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < n_measure_keys; i++) {
		assert_string_equal(measure_keys[i].key, want[i]);
		assert_ptr_equal(measure_key_find(want[i]), &measure_keys[i]);
		for (int lang = 0; lang < LANG_COUNT; lang++) {
			struct column c = measure_key_column(&measure_keys[i], (enum lang)lang);
			assert_string_equal(c.key, want[i]);
			assert_true(*c.header);
		}
	}
	assert_null(measure_key_find("height"));
	assert_null(measure_key_find(NULL));
}

static void values_on_a_path(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct network net;
	struct measures m;
	(void)state;

	assert_int_equal(
	    load_text(J("{'partnermap': 1, 'entities': ["
	                "{'id': 'a', 'name': 'A', 'kind': 'team'},"
	                "{'id': 'b', 'name': 'B', 'kind': 'organisation'},"
	                "{'id': 'c', 'name': 'C', 'kind': 'municipality'}],"
	                "'interviews': [{'respondent': 'a', 'ties': [{'with': 'b', 'trust': 3}]},"
	                "{'respondent': 'b', 'ties': [{'with': 'c'}]}]}"),
	              &ds, &d),
	    LOAD_OK);
	assert_int_equal(network_build(&net, ds, 0, TIES_REPORTED), 0);
	assert_int_equal(measure_compute(&net, 0, &m), 0);
	long b = net.vertex[1], a = net.vertex[0];
	struct cell c = {0};
	measure_key_find("name")->get(&net, &m, b, &c);
	assert_string_equal(c.s, "B");
	measure_key_find("kind")->get(&net, &m, a, &c);
	assert_string_equal(c.s, "team");
	assert_true(measure_key_number(measure_key_find("degree"), &net, &m, b) == 2);
	assert_true(fabs(measure_key_number(measure_key_find("betweenness"), &net, &m, b) - 1) <
	            1e-9);
	assert_true(measure_key_number(measure_key_find("cutpoint"), &net, &m, b) == 1);
	assert_true(measure_key_number(measure_key_find("cutpoint"), &net, &m, a) == 0);
	/* b received a trust of 3 from a; a received none: null. */
	assert_true(measure_key_number(measure_key_find("trust"), &net, &m, b) == 3);
	assert_true(isnan(measure_key_number(measure_key_find("trust"), &net, &m, a)));
	assert_true(isnan(measure_key_number(measure_key_find("name"), &net, &m, a)));
	measures_free(&m);
	network_free(&net);
	dataset_free(ds);
	diags_release(&d);
}

static void size_by_choices(void **state)
{
	struct strbuf sb;
	(void)state;
	sb_init(&sb);
	measure_size_by_choices(&sb, "|");
	assert_string_equal(sb.buf,
	                    "degree|betweenness|closeness|eigenvector|pagerank|effective_size");
	sb_release(&sb);
}

/* Every measure --size-by takes says in the legend, in both languages,
 * what a larger shape means: words for a reader, then the measure's name. */
static void size_by_has_words(void **state)
{
	static const char *const start[LANG_COUNT] = {"larger shape: ", "grotere vorm: "};
	size_t n = 0;
	(void)state;
	for (size_t i = 0; i < n_measure_keys; i++) {
		const struct measure_key *k = &measure_keys[i];
		if (k->size_means == T_COUNT)
			continue;
		n++;
		for (int lang = 0; lang < LANG_COUNT; lang++) {
			const char *words = tx((enum lang)lang, k->size_means);
			assert_non_null(words);
			assert_int_equal(strncmp(words, start[lang], strlen(start[lang])), 0);
			assert_true(strlen(words) > strlen(start[lang]) + 10);
			/* English names the measure; Dutch says it in Dutch words. */
			if (lang == LANG_EN)
				assert_non_null(strcasestr(words, k->key));
		}
	}
	assert_int_equal(n, 6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(keys_of_the_contract),
	    cmocka_unit_test(values_on_a_path),
	    cmocka_unit_test(size_by_choices),
	    cmocka_unit_test(size_by_has_words),
	};
	return cmocka_run_group_tests_name("measure-table", tests, NULL, NULL);
}
