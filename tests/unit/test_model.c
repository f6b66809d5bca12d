/* The model: one network per wave built once, and what the report reads
 * from it checked against values worked out by hand. */
#include "unit.h"

#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "analysis/model.h"
#include "cmd/cmd.h"
#include "render/draw.h"
#include "render/scene.h"
#include "report/report.h"

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

/* The model of everything the report shows, as report.c builds it. */
static void report_model(struct model *m, const struct dataset *ds)
{
	struct model_request req = {.ties = TIES_REPORTED,
	                            .wave = ds->n_waves - 1,
	                            .sample = MODEL_SAMPLE_DEFAULT,
	                            .advise_k = MODEL_ADVISE_K};

	model_init(m, ds, &req);
	assert_int_equal(model_compute(m, MODEL_REPORT | MODEL_ADVICE), 0);
}

static void computed_once_for_every_renderer(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct model m;
	struct timeline tl;
	struct positions pos;
	struct draw_options dopt = {0};
	(void)state;
	assert_int_equal(load_text(study(), &ds, &d), LOAD_OK);
	report_model(&m, ds);
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

	/* Every entity has a place in the layout render/ makes of the model. */
	assert_int_equal(draw_model_positions(&m, &dopt, &pos), 0);
	for (size_t e = 0; e < ds->n_entities; e++)
		assert_true(pos.has[e]);
	positions_free(&pos);
	model_free(&m);
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
	report_model(&m, ds);
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

/* The networks and measures computed since BEFORE. */
static struct model_tally since(struct model_tally before)
{
	struct model_tally now = model_tally();

	return (struct model_tally){now.networks - before.networks, now.measures - before.measures};
}

/* A report-sized model builds each wave's network and the union once,
 * and measures each wave once; asking again computes nothing; and the
 * whole report, diagrams and page included, computes nothing more. */
static void report_builds_and_measures_each_wave_once(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct model m;
	struct model_tally before = model_tally(), got;
	(void)state;
	assert_int_equal(load_text(study(), &ds, &d), LOAD_OK);
	report_model(&m, ds);
	got = since(before);
	assert_int_equal(got.networks, 2 + 1); /* two waves and their union */
	assert_int_equal(got.measures, 2);
	assert_int_equal(model_compute(&m, MODEL_REPORT | MODEL_ADVICE | MODEL_UNCHANGED), 0);
	got = since(before);
	assert_int_equal(got.networks, 3);
	assert_int_equal(got.measures, 2);
	model_free(&m);

	char dir[] = "/tmp/test_model_XXXXXX";
	struct report_options o = {.lang = LANG_EN, .source = "study.json", .version = "test"};
	assert_non_null(mkdtemp(dir));
	before = model_tally();
	assert_int_equal(report_write(dir, ds, &o), 0);
	got = since(before);
	assert_int_equal(got.networks, 3);
	assert_int_equal(got.measures, 2);
	char rm[64];
	snprintf(rm, sizeof(rm), "rm -r %s", dir);
	assert_int_equal(system(rm), 0);
	dataset_free(ds);
	diags_release(&d);
}

/* The model of one wave computes that wave alone. */
static void one_wave_asked_one_wave_built(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct model m;
	struct model_request req = {.ties = TIES_REPORTED, .wave = 0};
	struct model_tally before = model_tally(), got;
	(void)state;
	assert_int_equal(load_text(study(), &ds, &d), LOAD_OK);
	model_init(&m, ds, &req);
	assert_int_equal(model_compute(&m, MODEL_MEASURES), 0);
	got = since(before);
	assert_int_equal(got.networks, 1);
	assert_int_equal(got.measures, 1);
	assert_non_null(model_net(&m, 0));
	assert_null(model_net(&m, 1));
	model_free(&m);
	dataset_free(ds);
	diags_release(&d);
}

/* `partnermap draw` builds the drawn wave's network once and the union
 * once (today's code built the drawn wave twice and measured it twice);
 * the other wave is built and measured once, for the room its shapes take
 * in the layout every wave shares. */
static void draw_builds_the_wave_and_the_union_once(void **state)
{
	char path[] = "/tmp/test_model_XXXXXX.json", svg[64];
	int fd = mkstemps(path, 5);
	const char *json = study();
	struct model_tally before, got;
	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, json, strlen(json)), (ssize_t)strlen(json));
	close(fd);
	snprintf(svg, sizeof(svg), "%.*s.svg", (int)(strlen(path) - 5), path);
	char prog[] = "partnermap", cmd[] = "draw", wave[] = "--wave", w1[] = "w1", o[] = "-o";
	char *argv[] = {prog, cmd, path, wave, w1, o, svg, NULL};
	before = model_tally();
	assert_int_equal(operate(7, argv), 0);
	got = since(before);
	assert_int_equal(got.networks, 2 + 1);
	assert_int_equal(got.measures, 2);
	unlink(svg);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    /* Graphviz cannot start again once scene_shutdown() has run: the
	     * test that shuts it down comes last. */
	    cmocka_unit_test(scores_compared_over_the_same_respondents),
	    cmocka_unit_test(computed_once_for_every_renderer),
	    cmocka_unit_test(report_builds_and_measures_each_wave_once),
	    cmocka_unit_test(one_wave_asked_one_wave_built),
	    cmocka_unit_test(draw_builds_the_wave_and_the_union_once), /* shuts Graphviz down */
	};
	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
