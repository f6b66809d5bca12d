/* The model: one network per wave built once, and what the report reads
 * from it checked against values worked out by hand. */
#include "unit.h"

#include <math.h>

#include "report/model.h"
#include "render/scene.h"

/* Two waves; scores in both (the model keeps the latest); trust on the
 * last wave's ties from an organisation and a team. */
static const char *study(void)
{
	return J("{'partnermap': 1, 'waves': [{'id': 'w1'}, {'id': 'w2'}],"
	         "'tasks': [{'id': 'p', 'label': 'P'}, {'id': 'q', 'label': 'Q'}, "
	         "{'id': 'r', 'label': 'R'}],"
	         "'entities': ["
	         "{'id': 'a', 'name': 'A', 'kind': 'organisation'},"
	         "{'id': 'b', 'name': 'B', 'kind': 'organisation'},"
	         "{'id': 't', 'name': 'T', 'kind': 'team'}],"
	         "'interviews': ["
	         "{'respondent': 'a', 'wave': 'w1', 'scores': {'p': 1}, 'ties': [{'with': 'b'}]},"
	         "{'respondent': 'a', 'wave': 'w2', 'scores': {'p': 8, 'q': 4}, "
	         "'ties': [{'with': 'b', 'trust': 4}, {'with': 't', 'trust': 2}]},"
	         "{'respondent': 'b', 'wave': 'w2', 'scores': {'p': 6, 'q': 5}, "
	         "'ties': [{'with': 'a', 'trust': 3}]},"
	         "{'respondent': 't', 'wave': 'w2', 'scores': {'q': 9}, "
	         "'ties': [{'with': 'a', 'trust': 1}]}]}");
}

static void computed_once_for_every_renderer(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct model m;
	struct timeline tl;
	(void)state;
	assert_int_equal(load_text(study(), &ds, &d), LOAD_OK);
	assert_int_equal(model_build(&m, ds, TIES_REPORTED, NULL, 0), 0);
	assert_int_equal(m.n_waves, 2);
	assert_int_equal(m.last, 1);
	assert_int_equal(m.nets[1].m, 2);

	/* The timeline from the model's networks agrees with the one that
	 * builds its own. */
	assert_int_equal(timeline_compute(ds, TIES_REPORTED, 0, &tl), 0);
	assert_int_equal(m.tl.n_changes, tl.n_changes);
	assert_int_equal(m.tl.changes[0].n_gained, 1); /* a-t */
	assert_int_equal(m.tl.changes[0].kept, 1);     /* a-b */
	assert_int_equal(tl.changes[0].n_gained, 1);
	assert_int_equal(m.tl.waves[1].ties, tl.waves[1].ties);
	assert_int_equal(m.tl.waves[1].n_ei, tl.waves[1].n_ei);
	timeline_free(&tl);

	/* w2: a and b named each other (confirmed); a-t confirmed too. */
	assert_int_equal(m.waves[1].interviewed, 3);
	assert_int_equal(m.waves[1].confirmed, 2);
	assert_int_equal(m.waves[0].interviewed, 1);

	/* Organisations gave each other 4 and 3; the organisation a gave the
	 * team 2; the team gave an organisation 1. */
	assert_true(fabs(m.trust[KIND_ORGANISATION][KIND_ORGANISATION] - 3.5) < 1e-12);
	assert_true(fabs(m.trust[KIND_ORGANISATION][KIND_TEAM] - 2) < 1e-12);
	assert_true(fabs(m.trust[KIND_TEAM][KIND_ORGANISATION] - 1) < 1e-12);
	assert_true(isnan(m.trust[KIND_MUNICIPALITY][KIND_TEAM]));

	/* Scores of w2: p = (8 + 6) / 2 = 7, q = (4 + 5 + 9) / 3 = 6, r none;
	 * lowest mean first. */
	assert_int_equal(m.scores.wave, 1);
	assert_int_equal(m.scores.n_order, 2);
	assert_int_equal(m.scores.order[0], 1);
	assert_int_equal(m.scores.order[1], 0);
	assert_true(fabs(model_score(&m, 1, -1) - 6) < 1e-12);
	assert_true(fabs(model_score(&m, 1, KIND_ORGANISATION) - 4.5) < 1e-12);
	assert_true(fabs(model_score(&m, 1, KIND_TEAM) - 9) < 1e-12);
	assert_true(isnan(model_score(&m, 2, -1)));

	/* Every entity has a place. */
	for (size_t e = 0; e < ds->n_entities; e++)
		assert_true(m.pos.has[e]);
	model_free(&m);
	scene_shutdown();
	dataset_free(ds);
	diags_release(&d);
}

/* Scores over time, by hand. Tasks p and q; waves w1, w2, w3.
 *   a (organisation): w1 p=6 q=8, w3 p=8
 *   b (organisation): w1 p=4,     w2 p=5 (not interviewed in w3)
 *   c (team):                     w2 p=9, w3 p=7 q=6
 * Means of p: w1 5, w2 7, w3 7.5. Change of p from w1 to w3 over those
 * scored in both: a alone, +2 (b's missing interview is no change); of q:
 * nobody scored it in both (a did not score q in w3), so none. */
static void scores_compared_over_the_same_respondents(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct model m;
	long n;
	(void)state;
	assert_int_equal(
	    load_text(J("{'partnermap': 1, 'waves': [{'id': 'w1'}, {'id': 'w2'}, {'id': 'w3'}], "
	                "'tasks': [{'id': 'p', 'label': 'P'}, {'id': 'q', 'label': 'Q'}], "
	                "'entities': [{'id': 'a', 'name': 'A', 'kind': 'organisation'}, "
	                "{'id': 'b', 'name': 'B', 'kind': 'organisation'}, "
	                "{'id': 'c', 'name': 'C', 'kind': 'team'}], 'interviews': ["
	                "{'respondent': 'a', 'wave': 'w1', 'scores': {'p': 6, 'q': 8}, "
	                "'ties': [{'with': 'b'}, {'with': 'c'}]},"
	                "{'respondent': 'b', 'wave': 'w1', 'scores': {'p': 4}},"
	                "{'respondent': 'b', 'wave': 'w2', 'scores': {'p': 5}},"
	                "{'respondent': 'c', 'wave': 'w2', 'scores': {'p': 9}},"
	                "{'respondent': 'a', 'wave': 'w3', 'scores': {'p': 8}},"
	                "{'respondent': 'c', 'wave': 'w3', 'scores': {'p': 7, 'q': 6}}]}"),
	              &ds, &d),
	    LOAD_OK);
	assert_int_equal(model_build(&m, ds, TIES_REPORTED, NULL, 0), 0);
	assert_int_equal(m.scores.first_wave, 0);
	assert_int_equal(m.scores.wave, 2);
	assert_float_equal(model_score_in(&m, 0, 0, -1), 5, 1e-12);
	assert_float_equal(model_score_in(&m, 1, 0, -1), 7, 1e-12);
	assert_float_equal(model_score_in(&m, 2, 0, -1), 7.5, 1e-12);
	assert_float_equal(model_score_in(&m, 1, 0, KIND_TEAM), 9, 1e-12);
	assert_true(isnan(model_score_in(&m, 1, 1, -1)));
	assert_float_equal(model_score_change(&m, 0, -1, &n), 2, 1e-12);
	assert_int_equal(n, 1);
	assert_float_equal(model_score_change(&m, 0, KIND_ORGANISATION, &n), 2, 1e-12);
	assert_true(isnan(model_score_change(&m, 0, KIND_TEAM, &n)));
	assert_int_equal(n, 0);
	assert_true(isnan(model_score_change(&m, 1, -1, &n)));
	model_free(&m);
	dataset_free(ds);
	diags_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    /* Graphviz cannot start again once scene_shutdown() has run: the
	     * test that shuts it down comes last. */
	    cmocka_unit_test(scores_compared_over_the_same_respondents),
	    cmocka_unit_test(computed_once_for_every_renderer),
	};
	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
