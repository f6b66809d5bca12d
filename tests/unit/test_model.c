/* The model: one network per wave built once, and what the report reads
 * from it checked against values worked out by hand. */
#include "unit.h"

#include <math.h>

#include "model.h"
#include "scene.h"

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
	assert_int_equal(model_build(&m, ds, TIES_REPORTED, NULL), 0);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(computed_once_for_every_renderer),
	};
	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
