/* The loader: every error and warning class of dataset.md, with its PATH
 * and message, and bytes that must be refused without a crash. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

/* A valid study into which a test splices one fault. */
#define HEAD  "{'partnermap': 1, 'title': 'Test',"
#define WAVES "'waves': [{'id': 'w1', 'date': '2015-05-01'}, {'id': 'w2', 'date': '2017'}],"
#define TASKS "'tasks': [{'id': 'maatwerk', 'label': 'Meer maatwerk'}],"
#define ENTS                                                                                       \
	"'entities': [{'id': 'gem', 'name': 'Gemeente', 'kind': 'municipality'},"                  \
	"{'id': 'org', 'name': 'Organisatie', 'kind': 'organisation', 'municipalities': ['gem']}," \
	"{'id': 'team', 'name': 'Team', 'kind': 'team', 'members': ['org']}],"

static void valid_study_loads(void **state)
{
	struct dataset *ds;
	struct diags d;
	(void)state;
	assert_int_equal(load_text(J(HEAD WAVES TASKS ENTS
	                             "'interviews': [{'respondent': 'org', 'wave': 'w1', "
	                             "'scores': {'maatwerk': 7.5}, 'ties': [{'with': 'gem', "
	                             "'level': 2, 'trust': 3, 'since': '2012'}]}]}"),
	                           &ds, &d),
	                 LOAD_OK);
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.warnings, 0);
	assert_int_equal(ds->n_entities, 3);
	assert_int_equal(ds->n_waves, 2);
	assert_int_equal(ds->waves[1].date, 20170101);
	assert_int_equal(ds->interviews[0].ties[0].level, 2);
	assert_int_equal(ds->interviews[0].ties[0].trust, 3);
	assert_int_equal(ds->interviews[0].ties[0].since, 20120101);
	assert_string_equal(ds->interviews[0].ties[0].type, "collaboration");
	assert_true(ds->interviews[0].scores[0] == 7.5);
	assert_int_equal(ds->entities[2].n_members, 1);
	dataset_free(ds);
	diags_release(&d);
}

static void no_waves_means_one_wave(void **state)
{
	struct dataset *ds;
	struct diags d;
	(void)state;
	assert_int_equal(load_text(J("{'partnermap': 1, " ENTS "'interviews': [{'respondent': "
	                             "'org', 'ties': [{'with': 'gem'}]}]}"),
	                           &ds, &d),
	                 LOAD_OK);
	assert_int_equal(ds->n_waves, 1);
	assert_string_equal(ds->waves[0].id, "1");
	assert_int_equal(ds->waves[0].date, 0);
	assert_int_equal(ds->interviews[0].ties[0].level, 1);
	dataset_free(ds);
	diags_release(&d);
}

static void syntax_errors_have_line_and_column(void **state)
{
	struct dataset *ds;
	struct diags d;
	(void)state;
	/* The stray comma on line 3, column 16, where a value should be. */
	assert_int_equal(load_text("{\n  \"partnermap\": 1,\n  \"entities\": [,]\n}", &ds, &d),
	                 LOAD_INVALID);
	assert_int_equal(d.count, 1);
	assert_int_equal(d.items[0].line, 3);
	assert_int_equal(d.items[0].column, 16);
	diags_release(&d);

	assert_int_equal(load_text("{\"partnermap\": 1", &ds, &d), LOAD_INVALID);
	assert_int_equal(d.items[0].line, 1);
	assert_non_null(strstr(d.items[0].message, "ends too early"));
	diags_release(&d);

	assert_int_equal(load_text("{\"partnermap\": 1}\n  x", &ds, &d), LOAD_INVALID);
	assert_int_equal(d.items[0].line, 2);
	assert_int_equal(d.items[0].column, 3);
	diags_release(&d);
}

static void bad_bytes_are_refused(void **state)
{
	struct dataset *ds;
	struct diags d;
	(void)state;
	assert_int_equal(load_text("", &ds, &d), LOAD_INVALID);
	assert_non_null(strstr(d.items[0].message, "empty"));
	diags_release(&d);

	assert_int_equal(load_text("  \n ", &ds, &d), LOAD_INVALID);
	assert_non_null(strstr(d.items[0].message, "empty"));
	diags_release(&d);

	assert_int_equal(load_text("{\"title\": \"caf\xe9\"}", &ds, &d), LOAD_INVALID);
	assert_non_null(strstr(d.items[0].message, "UTF-8"));
	assert_int_equal(d.items[0].column, 15);
	diags_release(&d);

	assert_int_equal(load_text("\xff\xfe{", &ds, &d), LOAD_INVALID);
	assert_non_null(strstr(d.items[0].message, "UTF-16"));
	diags_release(&d);

	/* Overlong encoding and a surrogate are not UTF-8 either. */
	assert_int_equal(load_text("{\"a\": \"\xc0\xaf\"}", &ds, &d), LOAD_INVALID);
	diags_release(&d);
	assert_int_equal(load_text("{\"a\": \"\xed\xa0\x80\"}", &ds, &d), LOAD_INVALID);
	diags_release(&d);

	char deep[4096];
	memset(deep, '[', 3000);
	deep[3000] = '\0';
	assert_int_equal(load_text(deep, &ds, &d), LOAD_INVALID);
	assert_non_null(strstr(d.items[0].message, "nested deeper"));
	diags_release(&d);

	/* A byte-order mark is what some editors write: it is accepted. */
	assert_int_equal(load_text("\xEF\xBB\xBF{\"partnermap\": 1, \"entities\": [], "
	                           "\"interviews\": []}",
	                           &ds, &d),
	                 LOAD_OK);
	dataset_free(ds);
	diags_release(&d);
}

static void huge_name_is_refused_briefly(void **state)
{
	size_t n = 1 << 20;
	const char *pre = "{\"partnermap\": 1, \"interviews\": [], \"entities\": [{\"id\": \"a\", "
	                  "\"kind\": \"team\", \"name\": \"";
	char *json = malloc(strlen(pre) + n + 8);
	struct dataset *ds;
	struct diags d;
	(void)state;
	strcpy(json, pre);
	memset(json + strlen(pre), 'x', n);
	strcpy(json + strlen(pre) + n, "\"}]}");
	assert_int_equal(load_text(json, &ds, &d), LOAD_INVALID);
	const struct diag *g = diag_at(&d, "entities[0].name");
	assert_non_null(g);
	assert_non_null(strstr(g->message, "1048576 characters"));
	assert_true(strlen(g->message) < 200);
	free(json);
	diags_release(&d);
}

static void missing_and_wrong_types(void **state)
{
	(void)state;
	assert_error_at(J("{'entities': [], 'interviews': []}"), "partnermap", "required");
	assert_error_at(J("{'partnermap': 1, 'interviews': []}"), "entities", "required");
	assert_error_at(J("{'partnermap': 1, 'entities': []}"), "interviews", "required");
	assert_error_at(J("{'partnermap': 2, 'entities': [], 'interviews': []}"), "partnermap",
	                "version 2");
	assert_error_at(J("{'partnermap': 1, 'entities': {}, 'interviews': []}"), "entities",
	                "expected a list, found an object");
	assert_error_at(J("{'partnermap': 1, 'title': 5, 'entities': [], 'interviews': []}"),
	                "title", "expected a string, found the number 5");
	assert_error_at(J(HEAD "'entities': [{'id': 'a', 'kind': 'team'}], 'interviews': []}"),
	                "entities[0].name", "required");
	assert_error_at(J(HEAD "'entities': [{'id': 'a', 'name': 'A'}], 'interviews': []}"),
	                "entities[0].kind", "required");
	assert_error_at(J(HEAD ENTS "'interviews': [{'ties': []}]}"), "interviews[0].respondent",
	                "required");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'level': "
	                            "1}]}]}"),
	                "interviews[0].ties[0].with", "required");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'gem', 'level': '3'}]}]}"),
	                "interviews[0].ties[0].level", "expected a number, found the string \"3\"");
	assert_error_at(J(HEAD WAVES ENTS "'interviews': [{'respondent': 'org'}]}"),
	                "interviews[0].wave", "required");
}

static void unknown_kind_and_bad_ids(void **state)
{
	(void)state;
	assert_error_at(J(HEAD "'entities': [{'id': 'a', 'name': 'A', 'kind': 'organization'}], "
	                       "'interviews': []}"),
	                "entities[0].kind", "unknown kind \"organization\"");
	assert_error_at(J(HEAD "'entities': [{'id': 'a b', 'name': 'A', 'kind': 'team'}], "
	                       "'interviews': []}"),
	                "entities[0].id", "not a valid id");
	assert_error_at(J(HEAD "'entities': [{'id': '', 'name': 'A', 'kind': 'team'}], "
	                       "'interviews': []}"),
	                "entities[0].id", "not a valid id");
	assert_error_at(J(HEAD "'entities': [{'id': 'a', 'name': '', 'kind': 'team'}], "
	                       "'interviews': []}"),
	                "entities[0].name", "empty");
}

static void duplicates(void **state)
{
	(void)state;
	assert_error_at(J(HEAD "'entities': [{'id': 'a', 'name': 'A', 'kind': 'team'}, {'id': "
	                       "'a', 'name': 'B', 'kind': 'team'}], 'interviews': []}"),
	                "entities[1].id", "duplicate entity id \"a\"");
	assert_error_at(J(HEAD "'waves': [{'id': 'x'}, {'id': 'x'}], " ENTS "'interviews': []}"),
	                "waves[1].id", "duplicate wave id \"x\"");
	assert_error_at(J(HEAD WAVES ENTS "'interviews': [{'respondent': 'org', 'wave': 'w1'}, "
	                                  "{'respondent': 'org', 'wave': 'w1'}]}"),
	                "interviews[1].respondent", "interviewed twice in wave \"w1\"");
}

static void undeclared_references(void **state)
{
	(void)state;
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'nobody'}]}"),
	                "interviews[0].respondent", "no entity has the id \"nobody\"");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'pulce'}]}]}"),
	                "interviews[0].ties[0].with", "no entity has the id \"pulce\"");
	assert_error_at(J(HEAD WAVES ENTS "'interviews': [{'respondent': 'org', 'wave': 'w9'}]}"),
	                "interviews[0].wave", "no wave has the id \"w9\"");
	assert_error_at(J(HEAD TASKS ENTS "'interviews': [{'respondent': 'org', 'scores': "
	                                  "{'preventie': 6}}]}"),
	                "interviews[0].scores.preventie", "no task has the id \"preventie\"");
	assert_error_at(J(HEAD "'entities': [{'id': 'o', 'name': 'O', 'kind': 'organisation', "
	                       "'municipalities': ['x']}], 'interviews': []}"),
	                "entities[0].municipalities[0]", "no entity has the id \"x\"");
}

static void structural_errors(void **state)
{
	(void)state;
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'org'}]}]}"),
	                "interviews[0].ties[0].with", "respondent itself");
	assert_error_at(J(HEAD "'entities': [{'id': 't1', 'name': 'T1', 'kind': 'team'}, {'id': "
	                       "'t2', 'name': 'T2', 'kind': 'team', 'members': ['t1']}], "
	                       "'interviews': []}"),
	                "entities[1].members[0]", "is a team");
	assert_error_at(J(HEAD "'entities': [{'id': 't1', 'name': 'T1', 'kind': 'team', "
	                       "'members': [{'id': 't1'}]}], 'interviews': []}"),
	                "entities[0].members[0].id", "member of itself");
	assert_error_at(J(HEAD "'entities': [{'id': 'o1', 'name': 'O1', 'kind': 'organisation'}, "
	                       "{'id': 'o2', 'name': 'O2', 'kind': 'organisation', 'members': "
	                       "['o1']}], 'interviews': []}"),
	                "entities[1].members", "only a team has members");
	assert_error_at(J(HEAD "'entities': [{'id': 'o1', 'name': 'O1', 'kind': 'organisation'}, "
	                       "{'id': 'o2', 'name': 'O2', 'kind': 'organisation', "
	                       "'municipalities': ['o1']}], 'interviews': []}"),
	                "entities[1].municipalities[0]", "not a municipality");
}

static void values_out_of_range(void **state)
{
	(void)state;
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'gem', 'level': 4}]}]}"),
	                "interviews[0].ties[0].level", "4 is not a level");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'gem', 'level': 2.5}]}]}"),
	                "interviews[0].ties[0].level", "2.5 is not a level");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'gem', 'trust': 0}]}]}"),
	                "interviews[0].ties[0].trust", "0 is not a trust rating");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'gem', 'trust': 5}]}]}"),
	                "interviews[0].ties[0].trust", "expected a whole number from 1 to 4");
	assert_error_at(J(HEAD TASKS ENTS "'interviews': [{'respondent': 'org', 'scores': "
	                                  "{'maatwerk': 11}}]}"),
	                "interviews[0].scores.maatwerk", "11 is outside 1 to 10");
	assert_error_at(J(HEAD TASKS ENTS "'interviews': [{'respondent': 'org', 'scores': "
	                                  "{'maatwerk': 0.5}}]}"),
	                "interviews[0].scores.maatwerk", "outside 1 to 10");
}

static void dates_and_wave_order(void **state)
{
	(void)state;
	assert_error_at(
	    J(HEAD "'waves': [{'id': 'a', 'date': '2015-02-30'}], " ENTS "'interviews': []}"),
	    "waves[0].date", "\"2015-02-30\" is not a date");
	assert_error_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                            "'gem', 'since': '2015-13'}]}]}"),
	                "interviews[0].ties[0].since", "not a date");
	assert_error_at(J(HEAD "'waves': [{'id': 'a', 'date': '2017'}, {'id': 'b', 'date': "
	                       "'2015'}], " ENTS "'interviews': []}"),
	                "waves[1].date", "not later than wave \"a\"");
	assert_error_at(J(HEAD "'waves': [{'id': 'a', 'date': '2017'}, {'id': 'b', 'date': "
	                       "'2017-01-01'}], " ENTS "'interviews': []}"),
	                "waves[1].date", "time order");
	assert_error_at(J(HEAD "'waves': [{'id': 'a', 'date': '2017'}, {'id': 'b'}], " ENTS
	                       "'interviews': []}"),
	                "waves[1].date", "every wave needs one");
	assert_error_at(J(HEAD "'entities': [{'id': 'a', 'name': 'A', 'kind': 'team', 'since': "
	                       "'2015-04-31'}], 'interviews': []}"),
	                "entities[0].since", "not a date");
}

static void warnings(void **state)
{
	(void)state;
	assert_warning_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                              "'gem', 'strenght': 3}]}]}"),
	                  "interviews[0].ties[0].strenght", "unknown key \"strenght\"");
	assert_warning_at(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                              "'gem'}, {'with': 'gem', 'level': 2}]}]}"),
	                  "interviews[0].ties[1].with", "named twice");
	assert_warning_at(J(HEAD
	                    "'waves': [{'id': 'w', 'date': '2015'}], "
	                    "'entities': [{'id': 'a', 'name': 'A', 'kind': 'team'}, {'id': 'b', "
	                    "'name': 'B', 'kind': 'team', 'since': '2016'}], 'interviews': "
	                    "[{'respondent': 'a', 'wave': 'w', 'ties': [{'with': 'b'}]}]}"),
	                  "interviews[0].ties[0].with", "does not exist on the date of wave \"w\"");
	assert_warning_at(J(HEAD "'entities': [{'id': 'a', 'name': 'A', 'kind': 'team'}, {'id': "
	                         "'lonely', 'name': 'L', 'kind': 'informal'}], 'interviews': "
	                         "[{'respondent': 'a'}]}"),
	                  "entities[1]", "never interviewed and nobody names it");
}

static void strict_makes_warnings_errors(void **state)
{
	const char *json = J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': [{'with': "
	                               "'gem', 'strenght': 3}]}]}");
	struct dataset *ds;
	struct diags d = {0};
	(void)state;
	assert_int_equal(load_buffer(json, strlen(json), true, &ds, &d), LOAD_INVALID);
	assert_null(ds);
	assert_int_equal(d.errors, 1);
	diags_release(&d);
}

static void every_error_is_reported(void **state)
{
	struct dataset *ds;
	struct diags d;
	(void)state;
	assert_int_equal(load_text(J(HEAD ENTS "'interviews': [{'respondent': 'org', 'ties': "
	                                       "[{'with': 'x1'}, {'with': 'gem', 'level': 9}, "
	                                       "{'with': 'gem', 'trust': 9}]}]}"),
	                           &ds, &d),
	                 LOAD_INVALID);
	assert_int_equal(d.errors, 3);
	diags_release(&d);
}

static void error_limit_is_reported(void **state)
{
	char *json = malloc(200000);
	struct dataset *ds;
	struct diags d;
	(void)state;
	strcpy(json, "{\"partnermap\": 1, \"interviews\": [], \"entities\": [");
	for (int i = 0; i < 300; i++)
		sprintf(json + strlen(json),
		        "%s{\"id\": \"e%d\", \"name\": \"E\", \"kind\": \"x\"}", i ? "," : "", i);
	strcat(json, "]}");
	assert_int_equal(load_text(json, &ds, &d), LOAD_INVALID);
	assert_int_equal(d.errors, 300);
	assert_int_equal(d.count, LOAD_MAX_DIAGS);
	free(json);
	diags_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(valid_study_loads),
	    cmocka_unit_test(no_waves_means_one_wave),
	    cmocka_unit_test(syntax_errors_have_line_and_column),
	    cmocka_unit_test(bad_bytes_are_refused),
	    cmocka_unit_test(huge_name_is_refused_briefly),
	    cmocka_unit_test(missing_and_wrong_types),
	    cmocka_unit_test(unknown_kind_and_bad_ids),
	    cmocka_unit_test(duplicates),
	    cmocka_unit_test(undeclared_references),
	    cmocka_unit_test(structural_errors),
	    cmocka_unit_test(values_out_of_range),
	    cmocka_unit_test(dates_and_wave_order),
	    cmocka_unit_test(warnings),
	    cmocka_unit_test(strict_makes_warnings_errors),
	    cmocka_unit_test(every_error_is_reported),
	    cmocka_unit_test(error_limit_is_reported),
	};
	return cmocka_run_group_tests_name("load", tests, NULL, NULL);
}
