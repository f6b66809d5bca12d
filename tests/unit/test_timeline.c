/* The timeline on a hand-made study with known gains, losses, joins and
 * leaves, an entity that ceases to exist and a membership that begins
 * between waves. */
#include "unit.h"

#include "analysis/timeline.h"

#include <math.h>

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

/* Checked by hand. a is not interviewed in w2; f ceases to exist and the
 * membership of m in team t ends before w2; nobody ever interviews t or m.
 *   w1: a-b (named by a), b-c (both), c-d (c), c-f (c), m-t (membership)
 *   w2: b-c (b only, c interviewed), c-e (c)
 *   w3: a-b (a), b-c (both), c-e (c), a-d (d)
 * w1 -> w2: a-b unobserved (its only namer a is missing in w2); b-c kept
 * (confirmed, then named by one side); c-d lost (c was interviewed and did
 * not name d); c-f lost (f is gone); m-t lost (a membership, whatever the
 * interviews); c-e gained. Jaccard 1 / (1 + 3 + 1) = 0.2.
 * w2 -> w3: a-b unobserved again (not lost and regained); a-d gained (d
 * was interviewed in w2); b-c, c-e kept. Jaccard 2 / (1 + 0 + 2). */
static const char *missing_study(void)
{
	return J("{'partnermap': 1, 'waves': [{'id': 'w1', 'date': '2015'}, {'id': 'w2', "
	         "'date': '2017'}, {'id': 'w3', 'date': '2019'}],"
	         "'entities': ["
	         "{'id': 'a', 'name': 'A', 'kind': 'organisation'},"
	         "{'id': 'b', 'name': 'B', 'kind': 'organisation'},"
	         "{'id': 'c', 'name': 'C', 'kind': 'organisation'},"
	         "{'id': 'd', 'name': 'D', 'kind': 'organisation'},"
	         "{'id': 'e', 'name': 'E', 'kind': 'informal'},"
	         "{'id': 'f', 'name': 'F', 'kind': 'informal', 'until': '2016'},"
	         "{'id': 'm', 'name': 'M', 'kind': 'organisation'},"
	         "{'id': 't', 'name': 'T', 'kind': 'team', 'members': [{'id': 'm', 'until': "
	         "'2016'}]}],"
	         "'interviews': ["
	         "{'respondent': 'a', 'wave': 'w1', 'ties': [{'with': 'b'}]},"
	         "{'respondent': 'b', 'wave': 'w1', 'ties': [{'with': 'c'}]},"
	         "{'respondent': 'c', 'wave': 'w1', 'ties': [{'with': 'b'}, {'with': 'd'}, "
	         "{'with': 'f'}]},"
	         "{'respondent': 'd', 'wave': 'w1'},"
	         "{'respondent': 'b', 'wave': 'w2', 'ties': [{'with': 'c'}]},"
	         "{'respondent': 'c', 'wave': 'w2', 'ties': [{'with': 'e'}]},"
	         "{'respondent': 'd', 'wave': 'w2'},"
	         "{'respondent': 'a', 'wave': 'w3', 'ties': [{'with': 'b'}]},"
	         "{'respondent': 'b', 'wave': 'w3', 'ties': [{'with': 'c'}]},"
	         "{'respondent': 'c', 'wave': 'w3', 'ties': [{'with': 'b'}, {'with': 'e'}]},"
	         "{'respondent': 'd', 'wave': 'w3', 'ties': [{'with': 'a'}]}]}");
}

static void assert_pair(const struct dataset *ds, const struct entity_pair *p, const char *a,
                        const char *b)
{
	assert_string_equal(ds->entities[p->a].id, a);
	assert_string_equal(ds->entities[p->b].id, b);
}

static void missing_interview_is_not_a_lost_tie(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct timeline tl;
	(void)state;
	assert_int_equal(load_text(missing_study(), &ds, &d), LOAD_OK);
	assert_int_equal(timeline_compute(ds, TIES_REPORTED, 0, &tl), 0);
	assert_int_equal(tl.n_changes, 2);
	assert_int_equal(tl.interviews[0], 4);
	assert_int_equal(tl.interviews[1], 3);
	assert_int_equal(tl.interviews[2], 4);
	assert_float_equal(tl.response[0], 4.0 / 8, 1e-12);
	assert_float_equal(tl.response[1], 3.0 / 7, 1e-12);
	assert_float_equal(tl.response[2], 4.0 / 7, 1e-12);

	const struct wave_change *c1 = &tl.changes[0];
	assert_int_equal(c1->n_unobserved, 1);
	assert_pair(ds, &c1->unobserved[0], "a", "b");
	assert_int_equal(c1->n_lost, 3);
	assert_pair(ds, &c1->lost[0], "c", "d");
	assert_pair(ds, &c1->lost[1], "c", "f");
	assert_pair(ds, &c1->lost[2], "m", "t");
	assert_int_equal(c1->n_gained, 1);
	assert_pair(ds, &c1->gained[0], "c", "e");
	assert_int_equal(c1->kept, 1);
	assert_float_equal(c1->jaccard, 0.2, 1e-12);
	assert_int_equal(timeline_stability(c1->jaccard), STABILITY_MODERATE);
	assert_int_equal(c1->n_missing_to, 1);
	assert_string_equal(ds->entities[c1->missing_to[0]].id, "a");
	assert_int_equal(c1->n_missing_from, 0);
	assert_int_equal(c1->n_left, 1);

	const struct wave_change *c2 = &tl.changes[1];
	assert_int_equal(c2->n_unobserved, 1);
	assert_pair(ds, &c2->unobserved[0], "a", "b");
	assert_int_equal(c2->n_gained, 1);
	assert_pair(ds, &c2->gained[0], "a", "d");
	assert_int_equal(c2->n_lost, 0);
	assert_int_equal(c2->kept, 2);
	assert_float_equal(c2->jaccard, 2.0 / 3, 1e-12);
	assert_int_equal(timeline_stability(c2->jaccard), STABILITY_STABLE);
	assert_int_equal(c2->n_missing_from, 1);
	assert_string_equal(ds->entities[c2->missing_from[0]].id, "a");
	assert_int_equal(c2->n_missing_to, 0);
	timeline_free(&tl);
	dataset_free(ds);
	diags_release(&d);
}

/* With confirmed ties only, w1 has b-c and m-t, w2 has none: b-c is lost,
 * since both its namers were interviewed in w2 and did not confirm it. */
static void confirmed_ties_only(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct timeline tl;
	(void)state;
	assert_int_equal(load_text(missing_study(), &ds, &d), LOAD_OK);
	assert_int_equal(timeline_compute(ds, TIES_CONFIRMED, 0, &tl), 0);
	const struct wave_change *c1 = &tl.changes[0];
	assert_int_equal(c1->n_lost, 2);
	assert_pair(ds, &c1->lost[0], "b", "c");
	assert_pair(ds, &c1->lost[1], "m", "t");
	assert_int_equal(c1->n_unobserved + c1->n_gained + (size_t)c1->kept, 0);
	assert_float_equal(c1->jaccard, 0, 0);
	/* w2 -> w3: b-c is confirmed again; b and c were interviewed in w2. */
	const struct wave_change *c2 = &tl.changes[1];
	assert_int_equal(c2->n_gained, 1);
	assert_pair(ds, &c2->gained[0], "b", "c");
	timeline_free(&tl);
	dataset_free(ds);
	diags_release(&d);
}

static void jaccard_readings(void **state)
{
	(void)state;
	assert_int_equal(timeline_stability(NAN), STABILITY_UNKNOWN);
	assert_int_equal(timeline_stability(0.19), STABILITY_TOO_LOW);
	assert_int_equal(timeline_stability(0.2), STABILITY_MODERATE);
	assert_int_equal(timeline_stability(0.3), STABILITY_MODERATE);
	assert_int_equal(timeline_stability(0.31), STABILITY_STABLE);
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
	    cmocka_unit_test(missing_interview_is_not_a_lost_tie),
	    cmocka_unit_test(confirmed_ties_only),
	    cmocka_unit_test(jaccard_readings),
	};
	return cmocka_run_group_tests_name("timeline", tests, NULL, NULL);
}
