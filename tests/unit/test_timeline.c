/* The timeline on a hand-made study with known gains, losses, joins and
 * leaves, an entity that ceases to exist and a membership that begins
 * between waves. */
#include "unit.h"

#include "timeline.h"

static const char *study(void)
{
	return J("{'partnermap': 1, 'waves': [{'id': 'w1', 'date': '2015-05'}, {'id': 'w2', "
	         "'date': '2017-05'}, {'id': 'w3', 'date': '2019-05'}],"
	         "'entities': ["
	         "{'id': 'a', 'name': 'A', 'kind': 'organisation'},"
	         "{'id': 'b', 'name': 'B', 'kind': 'organisation'},"
	         "{'id': 'c', 'name': 'C', 'kind': 'organisation', 'until': '2016'},"
	         "{'id': 'd', 'name': 'D', 'kind': 'informal', 'since': '2016'},"
	         "{'id': 't', 'name': 'T', 'kind': 'team', 'members': [{'id': 'b', 'since': "
	         "'2016-01'}]}],"
	         "'interviews': ["
	         "{'respondent': 'a', 'wave': 'w1', 'ties': [{'with': 'b', 'since': '2012'}, "
	         "{'with': 'c', 'since': '2014'}]},"
	         "{'respondent': 'a', 'wave': 'w2', 'ties': [{'with': 'b', 'since': '2013'}, "
	         "{'with': 'd', 'since': '2016-06'}]},"
	         "{'respondent': 'a', 'wave': 'w3', 'ties': [{'with': 'd', 'since': '2016'}, "
	         "{'with': 't'}]}]}");
}

static void changes_between_waves(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct timeline tl;
	(void)state;
	assert_int_equal(load_text(study(), &ds, &d), LOAD_OK);
	assert_int_equal(timeline_compute(ds, TIES_REPORTED, 0, &tl), 0);
	assert_int_equal(tl.n_changes, 2);

	/* w1: a-b, a-c. w2: a-b, a-d, t-b (membership from 2016-01). c ceased
	 * to exist, d and its tie are new. */
	const struct wave_change *c1 = &tl.changes[0];
	assert_int_equal(c1->n_gained, 2);
	assert_string_equal(ds->entities[c1->gained[0].a].id, "a");
	assert_string_equal(ds->entities[c1->gained[0].b].id, "d");
	assert_string_equal(ds->entities[c1->gained[1].a].id, "b");
	assert_string_equal(ds->entities[c1->gained[1].b].id, "t");
	assert_int_equal(c1->n_lost, 1);
	assert_string_equal(ds->entities[c1->lost[0].b].id, "c");
	assert_int_equal(c1->kept, 1);
	assert_int_equal(c1->n_joined, 1);
	assert_string_equal(ds->entities[c1->joined[0]].id, "d");
	assert_int_equal(c1->n_left, 1);
	assert_string_equal(ds->entities[c1->left[0]].id, "c");

	/* w3: a-d, a-t, t-b. a-b is gone. */
	const struct wave_change *c2 = &tl.changes[1];
	assert_int_equal(c2->n_gained, 1);
	assert_string_equal(ds->entities[c2->gained[0].b].id, "t");
	assert_int_equal(c2->n_lost, 1);
	assert_string_equal(ds->entities[c2->lost[0].b].id, "b");
	assert_int_equal(c2->kept, 2);
	assert_int_equal(c2->n_joined + c2->n_left, 0);

	assert_int_equal(tl.waves[0].ties, 2);
	assert_int_equal(tl.waves[1].ties, 3);
	/* Last wave: a-d since 2016 (earliest of the reports), the others none. */
	assert_int_equal(tl.n_started, 1);
	assert_int_equal(tl.started[0].year, 2016);
	assert_int_equal(tl.started[0].ties, 1);
	assert_int_equal(tl.without_since, 2);
	timeline_free(&tl);
	dataset_free(ds);
	diags_release(&d);
}

static void one_wave_is_not_an_error(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct timeline tl;
	(void)state;
	assert_int_equal(load_text(J("{'partnermap': 1, 'entities': [{'id': 'a', 'name': 'A', "
	                             "'kind': 'team'}, {'id': 'b', 'name': 'B', 'kind': 'team'}], "
	                             "'interviews': [{'respondent': 'a', 'ties': [{'with': 'b', "
	                             "'since': '2010-04'}]}]}"),
	                           &ds, &d),
	                 LOAD_OK);
	assert_int_equal(timeline_compute(ds, TIES_REPORTED, 0, &tl), 0);
	assert_int_equal(tl.n_changes, 0);
	assert_int_equal(tl.n_started, 1);
	assert_int_equal(tl.started[0].year, 2010);
	timeline_free(&tl);
	dataset_free(ds);
	diags_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(changes_between_waves),
	    cmocka_unit_test(one_wave_is_not_an_error),
	};
	return cmocka_run_group_tests_name("timeline", tests, NULL, NULL);
}
