/* Spelling variants of areas, target groups and names, on a hand-made
 * study whose every variant (and every near miss that is not one) is
 * known. */
#include "unit.h"

#include "analysis/spelling.h"

#include <stdio.h>
#include <stdlib.h>

static const char *study(void)
{
	return J(
	    "{'partnermap': 1, 'entities': ["
	    "{'id': 't1', 'name': 'Team Een', 'kind': 'team', 'areas': ['Centrum', 'Zuid-Oost', "
	    "'Wijk 1'], 'target_groups': ['ouderen']},"
	    "{'id': 't2', 'name': 'Team Twee', 'kind': 'team', 'areas': ['centrum ', "
	    "'Zuidoost', 'Wijk 2'], 'target_groups': ['oudere']},"
	    "{'id': 't3', 'name': 'Team Drie', 'kind': 'team', 'areas': ['CENTRUM'], "
	    "'target_groups': ['jeugd']},"
	    "{'id': 'o1', 'name': 'GGD Utrecht', 'kind': 'organisation'},"
	    "{'id': 'o2', 'name': 'GGD regio Utrecht', 'kind': 'organisation'},"
	    "{'id': 'o3', 'name': 'Zorgaanbieder A', 'kind': 'organisation'},"
	    "{'id': 'o4', 'name': 'Zorgaanbieder B', 'kind': 'organisation'},"
	    "{'id': 'o5', 'name': 'Stichting Pulse', 'kind': 'organisation'},"
	    "{'id': 'o6', 'name': 'stichting  PULSE', 'kind': 'organisation'},"
	    "{'id': 'o7', 'name': 'Woonstichting Lekstroom', 'kind': 'organisation'},"
	    "{'id': 'o8', 'name': 'Woonstichting Lekstoom', 'kind': 'organisation'},"
	    "{'id': 't4', 'name': 'Wijkteam Noord', 'kind': 'team'},"
	    "{'id': 't5', 'name': 'Wijkteam Noord Oost', 'kind': 'team'},"
	    "{'id': 'o9', 'name': 'Humanitas Utrecht', 'kind': 'organisation'},"
	    "{'id': 'o10', 'name': 'Stichting Humanitas Utrecht', 'kind': 'organisation'}],"
	    "'interviews': []}");
}

/* The warning at PATH, whose message contains both words. */
static void assert_note(const struct diags *d, const char *path, const char *a, const char *b)
{
	const struct diag *g = diag_at(d, path);

	if (!g)
		fail_msg("no warning at %s", path);
	if (!strstr(g->message, a) || !strstr(g->message, b))
		fail_msg("%s: %s", path, g->message);
}

static void every_variant_and_no_other(void **state)
{
	struct dataset *ds;
	struct diags load, d = {0};
	(void)state;
	assert_int_equal(load_text(study(), &ds, &load), LOAD_OK);
	spelling_check(ds, false, &d);
	for (size_t i = 0; i < d.count; i++)
		print_message("%s: %s\n", d.items[i].path, d.items[i].message);
	assert_note(&d, "entities[1].areas[0]", "\"centrum \"", "\"Centrum\"");
	assert_note(&d, "entities[2].areas[0]", "\"CENTRUM\"", "entities[0].areas[0]");
	assert_note(&d, "entities[1].areas[1]", "\"Zuidoost\"", "\"Zuid-Oost\"");
	assert_note(&d, "entities[1].target_groups[0]", "\"oudere\"", "\"ouderen\"");
	assert_note(&d, "entities[4].name", "\"GGD regio Utrecht\"", "\"GGD Utrecht\"");
	assert_note(&d, "entities[8].name", "\"stichting  PULSE\"", "\"Stichting Pulse\"");
	assert_note(&d, "entities[10].name", "\"Woonstichting Lekstoom\"", "entities[9].name");
	assert_note(&d, "entities[14].name", "\"Stichting Humanitas Utrecht\"",
	            "\"Humanitas Utrecht\"");
	/* Not Wijk 1 / Wijk 2, not Zorgaanbieder A / B, not Wijkteam Noord /
	 * Wijkteam Noord Oost (a word more at the end), nothing twice. */
	assert_int_equal(d.count, 8);
	assert_int_equal(d.warnings, 8);
	assert_int_equal(d.errors, 0);
	diags_release(&d);

	spelling_check(ds, true, &d);
	assert_int_equal(d.errors, 8);
	diags_release(&d);
	dataset_free(ds);
	diags_release(&load);
}

/* One organisation under two names (workbook.md): an abbreviation, and
 * words that begin the other's; and the near misses that are not. */
static void abbreviations_and_first_words(void **state)
{
	struct dataset *ds;
	struct diags load, d = {0};
	(void)state;
	assert_int_equal(
	    load_text(J("{'partnermap': 1, 'entities': ["
	                "{'id': 'a', 'name': 'GGD Hollands Midden', 'kind': 'organisation'},"
	                "{'id': 'b', 'name': 'GGD HM', 'kind': 'organisation'},"
	                "{'id': 'c', 'name': 'Stichting Welzijn Krimpenerwaard', 'kind': "
	                "'organisation'},"
	                "{'id': 'd', 'name': 'Stichting Welzijn', 'kind': 'organisation'},"
	                "{'id': 'e', 'name': 'Centrum voor Jeugd en Gezin', 'kind': 'team'},"
	                "{'id': 'f', 'name': 'CJG', 'kind': 'team'},"
	                "{'id': 'g', 'name': 'Ons Huis', 'kind': 'organisation'},"
	                "{'id': 'h', 'name': 'Onderwijs Nieuwe Stijl', 'kind': 'organisation'},"
	                "{'id': 'i', 'name': 'Wijkteam Noord', 'kind': 'team'},"
	                "{'id': 'j', 'name': 'Wijkteam Noord Oost', 'kind': 'team'}],"
	                "'interviews': []}"),
	              &ds, &load),
	    LOAD_OK);
	spelling_check(ds, false, &d);
	for (size_t i = 0; i < d.count; i++)
		print_message("%s: %s\n", d.items[i].path, d.items[i].message);
	assert_note(&d, "entities[1].name", "\"GGD HM\"", "abbreviation");
	assert_note(&d, "entities[3].name", "\"Stichting Welzijn\"", "beginning");
	assert_note(&d, "entities[5].name", "\"CJG\"", "\"Centrum voor Jeugd en Gezin\"");
	/* Not "Ons" for Onderwijs Nieuwe Stijl (a word, not capitals), not
	 * Wijkteam Noord / Noord Oost (a part of a place). */
	assert_int_equal(d.count, 3);
	diags_release(&d);
	spelling_check(ds, true, &d);
	assert_int_equal(d.errors, 3);
	diags_release(&d);
	dataset_free(ds);
	diags_release(&load);
}

static void keys(void **state)
{
	struct strbuf sb;
	(void)state;
	sb_init(&sb);
	spelling_key(&sb, "  Zuid-Oost\t");
	assert_string_equal(sb.buf, "zuid-oost");
	sb_reset(&sb);
	spelling_key(&sb, "ĲSSELSTEIN Één");
	assert_string_equal(sb.buf, "ĳsselstein één");
	sb_reset(&sb);
	spelling_key(&sb, "   ");
	assert_string_equal(sb.buf, "");
	sb_release(&sb);
}

/* A large study costs little: names that share long prefixes are
 * compared with a bounded number of neighbours only. */
static void many_similar_names(void **state)
{
	enum { N = 20000 };
	struct dataset ds = {0};
	struct entity *e = calloc(N, sizeof(*e));
	char(*names)[40] = calloc(N, sizeof(*names));
	struct diags d = {0};
	(void)state;
	for (size_t i = 0; i < N; i++) {
		snprintf(names[i], sizeof(names[i]), "Organisatie %zu", i);
		e[i].name = names[i];
		e[i].id = names[i];
	}
	ds.entities = e;
	ds.n_entities = N;
	spelling_check(&ds, false, &d);
	/* "Organisatie 12" and "Organisatie 21" differ by a swap of digits:
	 * never a spelling variant, since their digits differ. */
	assert_int_equal(d.warnings, 0);
	diags_release(&d);
	free(names);
	free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(every_variant_and_no_other),
	    cmocka_unit_test(abbreviations_and_first_words),
	    cmocka_unit_test(keys),
	    cmocka_unit_test(many_similar_names),
	};
	return cmocka_run_group_tests_name("spelling", tests, NULL, NULL);
}
