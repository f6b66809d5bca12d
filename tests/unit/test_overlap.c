/* Overlapping teams on hand-made studies whose answers are known. */
#include "unit.h"

#include <math.h>

#include "analysis/overlap.h"

struct run {
	struct dataset *ds;
	struct diags d;
	struct network net;
	struct overlap ov;
};

/* What pair P shares, spelt out (overlap_detail), in one detail per test
 * file that the run's end frees. */
static struct overlap_detail shared;

static const struct overlap_detail *detail(const struct run *r, const struct overlap_pair *p)
{
	overlap_detail(&r->ov, r->ds, p, &shared);
	return &shared;
}

static void run_study(struct run *r, const char *json, size_t wave)
{
	assert_int_equal(load_text(json, &r->ds, &r->d), LOAD_OK);
	assert_int_equal(network_build(&r->net, r->ds, wave, TIES_REPORTED), 0);
	overlap_compute(&r->net, &r->ov);
}

static void run_free(struct run *r)
{
	overlap_detail_free(&shared);
	overlap_free(&r->ov);
	network_free(&r->net);
	dataset_free(r->ds);
	diags_release(&r->d);
}

static const struct overlap_pair *pair(const struct run *r, const char *a, const char *b)
{
	for (size_t i = 0; i < r->ov.n_pairs; i++) {
		const struct overlap_pair *p = &r->ov.pairs[i];
		if (!strcmp(r->ds->entities[p->a].id, a) && !strcmp(r->ds->entities[p->b].id, b))
			return p;
	}
	return NULL;
}

#define M                                                                                          \
	"{'id': 'm1', 'name': 'M1', 'kind': 'municipality'}, {'id': 'm2', 'name': 'M2', "          \
	"'kind': 'municipality'}, {'id': 'o1', 'name': 'O1', 'kind': 'organisation'}, "            \
	"{'id': 'o2', 'name': 'O2', 'kind': 'organisation'}"

static void identical_disjoint_partial(void **state)
{
	struct run r;
	(void)state;
	run_study(
	    &r,
	    J("{'partnermap': 1, 'entities': [" M ","
	      "{'id': 'a', 'name': 'A', 'kind': 'team', 'areas': ['n', 'c'], 'target_groups': "
	      "['jeugd']},"
	      "{'id': 'b', 'name': 'B', 'kind': 'team', 'areas': ['c', 'n'], 'target_groups': "
	      "['jeugd']},"
	      "{'id': 'c', 'name': 'C', 'kind': 'team', 'areas': ['z'], 'target_groups': "
	      "['jeugd']},"
	      "{'id': 'd', 'name': 'D', 'kind': 'team', 'areas': ['n'], 'target_groups': "
	      "['jeugd', 'ouderen']}],"
	      "'interviews': [{'respondent': 'a', 'ties': [{'with': 'b'}]}]}"),
	    0);
	/* a and b: the same two cells. */
	const struct overlap_pair *ab = pair(&r, "a", "b");
	assert_non_null(ab);
	assert_true(ab->coverage_overlap == 1);
	assert_int_equal(ab->shared_cells, 2);
	assert_true(ab->aware);
	/* c shares nothing: no pair with c is listed. */
	assert_null(pair(&r, "a", "c"));
	assert_null(pair(&r, "b", "c"));
	assert_null(pair(&r, "c", "d"));
	/* a {n,c}x{jeugd} and d {n}x{jeugd,ouderen}: one cell of three. */
	const struct overlap_pair *ad = pair(&r, "a", "d");
	assert_non_null(ad);
	assert_true(fabs(ad->coverage_overlap - 1.0 / 3) < 1e-12);
	assert_false(ad->aware);
	assert_int_equal(detail(&r, ad)->n_areas, 1);
	assert_string_equal(detail(&r, ad)->areas[0], "n");
	/* Largest first. */
	assert_ptr_equal(&r.ov.pairs[0], ab);
	assert_int_equal(r.ov.n_pairs, 3);
	run_free(&r);
}

static void teams_without_areas_or_groups(void **state)
{
	struct run r;
	(void)state;
	/* e names no areas but works in m1: it serves m1's team areas (n, c),
	 * for every target group named anywhere (jeugd, ouderen). f names no
	 * municipality and no areas: every area (n, c, z). */
	run_study(&r,
	          J("{'partnermap': 1, 'entities': [" M ","
	            "{'id': 'a', 'name': 'A', 'kind': 'team', 'municipalities': ['m1'], 'areas': "
	            "['n', 'c'], 'target_groups': ['jeugd']},"
	            "{'id': 'b', 'name': 'B', 'kind': 'team', 'municipalities': ['m2'], 'areas': "
	            "['z'], 'target_groups': ['ouderen']},"
	            "{'id': 'e', 'name': 'E', 'kind': 'team', 'municipalities': ['m1']},"
	            "{'id': 'f', 'name': 'F', 'kind': 'team', 'target_groups': ['ouderen']}],"
	            "'interviews': []}"),
	          0);
	/* a: 2 cells; e: {n,c}x{jeugd,ouderen} = 4 cells; 2 shared: 2/4. */
	const struct overlap_pair *ae = pair(&r, "a", "e");
	assert_non_null(ae);
	assert_true(fabs(ae->coverage_overlap - 0.5) < 1e-12);
	/* b {z}x{ouderen} and e (m1 only): nothing shared. */
	assert_null(pair(&r, "b", "e"));
	/* f: {n,c,z}x{ouderen}; b shares (z, ouderen): 1/3. */
	const struct overlap_pair *bf = pair(&r, "b", "f");
	assert_non_null(bf);
	assert_true(fabs(bf->coverage_overlap - 1.0 / 3) < 1e-12);
	/* e and f: (n, ouderen), (c, ouderen) shared of 4 + 3 - 2 = 5. */
	const struct overlap_pair *ef = pair(&r, "e", "f");
	assert_non_null(ef);
	assert_true(fabs(ef->coverage_overlap - 2.0 / 5) < 1e-12);
	run_free(&r);
}

static void team_across_two_municipalities(void **state)
{
	struct run r;
	(void)state;
	run_study(&r,
	          J("{'partnermap': 1, 'entities': [" M ","
	            "{'id': 'a', 'name': 'A', 'kind': 'team', 'municipalities': ['m1'], 'areas': "
	            "['n'], 'target_groups': ['jeugd']},"
	            "{'id': 'b', 'name': 'B', 'kind': 'team', 'municipalities': ['m2'], 'areas': "
	            "['z'], 'target_groups': ['jeugd']},"
	            "{'id': 'g', 'name': 'G', 'kind': 'team', 'municipalities': ['m1', 'm2'], "
	            "'target_groups': ['jeugd']}],"
	            "'interviews': []}"),
	          0);
	/* g serves n and z; a and b each share one of g's two cells. */
	assert_true(fabs(pair(&r, "a", "g")->coverage_overlap - 0.5) < 1e-12);
	assert_true(fabs(pair(&r, "b", "g")->coverage_overlap - 0.5) < 1e-12);
	assert_null(pair(&r, "a", "b"));
	run_free(&r);
}

static void members_by_date_and_waves(void **state)
{
	struct run r;
	(void)state;
	run_study(&r,
	          J("{'partnermap': 1, 'waves': [{'id': 'w1', 'date': '2015'}, {'id': 'w2', "
	            "'date': '2018'}], 'entities': [" M ","
	            "{'id': 'a', 'name': 'A', 'kind': 'team', 'areas': ['n'], 'members': ['o1', "
	            "{'id': 'o2', 'since': '2017'}]},"
	            "{'id': 'b', 'name': 'B', 'kind': 'team', 'areas': ['n'], 'members': ['o1', "
	            "'o2']},"
	            "{'id': 'late', 'name': 'Late', 'kind': 'team', 'areas': ['n'], 'since': "
	            "'2016'}],"
	            "'interviews': []}"),
	          0);
	/* In 2015: a has o1; b has o1 and o2: 1/2, sharing o1. The team
	 * 'late' does not exist yet, so it is compared with nobody. */
	const struct overlap_pair *ab = pair(&r, "a", "b");
	assert_true(fabs(overlap_member_overlap(&r.ov, ab) - 0.5) < 1e-12);
	assert_int_equal(ab->shared_members, 1);
	assert_int_equal(detail(&r, ab)->n_members, 1);
	assert_string_equal(detail(&r, ab)->members[0], "o1");
	assert_null(pair(&r, "a", "late"));
	/* Both teams have a membership tie with o1, not with each other. */
	assert_false(ab->aware);
	run_free(&r);

	run_study(&r,
	          J("{'partnermap': 1, 'waves': [{'id': 'w1', 'date': '2015'}, {'id': 'w2', "
	            "'date': '2018'}], 'entities': [" M ","
	            "{'id': 'a', 'name': 'A', 'kind': 'team', 'areas': ['n'], 'members': ['o1', "
	            "{'id': 'o2', 'since': '2017'}]},"
	            "{'id': 'b', 'name': 'B', 'kind': 'team', 'areas': ['n'], 'members': ['o1', "
	            "'o2']},"
	            "{'id': 'late', 'name': 'Late', 'kind': 'team', 'areas': ['n'], 'since': "
	            "'2016'}],"
	            "'interviews': []}"),
	          1);
	assert_true(overlap_member_overlap(&r.ov, pair(&r, "a", "b")) == 1);
	assert_non_null(pair(&r, "a", "late"));
	assert_true(overlap_member_overlap(&r.ov, pair(&r, "a", "late")) == 0);
	run_free(&r);
}

/* "Centrum", "centrum " and "CENTRUM" are one area, "Ouderen" and
 * "ouderen " one target group (cli.md): by hand, A serves {centrum, west}
 * x {ouderen}, B and C {centrum} x {ouderen}; A-B and A-C share 1 of 2
 * cells, B-C 1 of 1. */
static void areas_spelt_three_ways(void **state)
{
	struct run r;
	(void)state;
	run_study(&r,
	          J("{'partnermap': 1, 'entities': ["
	            "{'id': 'a', 'name': 'A', 'kind': 'team', 'areas': ['Centrum', 'west'], "
	            "'target_groups': ['Ouderen']},"
	            "{'id': 'b', 'name': 'B', 'kind': 'team', 'areas': ['centrum '], "
	            "'target_groups': ['ouderen']},"
	            "{'id': 'c', 'name': 'C', 'kind': 'team', 'areas': ['CENTRUM'], "
	            "'target_groups': [' ouderen ']}], 'interviews': []}"),
	          0);
	assert_int_equal(r.ov.n_areas, 2);
	assert_int_equal(r.ov.n_groups, 1);
	assert_string_equal(r.ov.areas[0], "Centrum"); /* as first spelt */
	assert_string_equal(r.ov.groups[0], "Ouderen");
	assert_int_equal(r.ov.n_pairs, 3);
	assert_float_equal(pair(&r, "b", "c")->coverage_overlap, 1.0, 1e-12);
	assert_float_equal(pair(&r, "a", "b")->coverage_overlap, 0.5, 1e-12);
	assert_float_equal(pair(&r, "a", "c")->coverage_overlap, 0.5, 1e-12);
	assert_string_equal(detail(&r, pair(&r, "a", "b"))->areas[0], "Centrum");
	assert_int_equal(detail(&r, pair(&r, "a", "b"))->n_areas, 1);
	run_free(&r);
}

/* M1's areas: c and n (teams A and B), z (team D, which ended before the
 * wave) and n again (its own "N"). Target groups: jeugd, ouderen. A serves
 * {c, n} x {jeugd}, B {c, n} x {ouderen}: z is served for no group. M2's
 * area x is served for every group by C, which names none. */
static void municipality_with_an_unserved_neighbourhood(void **state)
{
	struct run r;
	(void)state;
	run_study(&r,
	          J("{'partnermap': 1, 'waves': [{'id': 'w', 'date': '2020'}], 'entities': ["
	            "{'id': 'm1', 'name': 'M1', 'kind': 'municipality', 'areas': ['N']},"
	            "{'id': 'm2', 'name': 'M2', 'kind': 'municipality'},"
	            "{'id': 'a', 'name': 'A', 'kind': 'team', 'municipalities': ['m1'], "
	            "'areas': ['n', 'c'], 'target_groups': ['jeugd']},"
	            "{'id': 'b', 'name': 'B', 'kind': 'team', 'municipalities': ['m1'], "
	            "'areas': ['c', 'n'], 'target_groups': ['ouderen']},"
	            "{'id': 'c', 'name': 'C', 'kind': 'team', 'municipalities': ['m2'], "
	            "'areas': ['x']},"
	            "{'id': 'd', 'name': 'D', 'kind': 'team', 'municipalities': ['m1'], "
	            "'areas': ['z'], 'target_groups': ['jeugd'], 'until': '2019'}],"
	            "'interviews': []}"),
	          0);
	assert_int_equal(r.ov.n_teams, 3);
	assert_int_equal(r.ov.n_rows, 4);
	const char *rows[][2] = {{"m1", "c"}, {"m1", "n"}, {"m1", "z"}, {"m2", "x"}};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(r.ds->entities[r.ov.rows[i].municipality].id, rows[i][0]);
		assert_string_equal(r.ov.areas[r.ov.rows[i].area], rows[i][1]);
	}
	assert_int_equal(r.ov.n_gaps, 2);
	for (size_t i = 0; i < 2; i++) {
		assert_string_equal(r.ds->entities[r.ov.gaps[i].municipality].id, "m1");
		assert_string_equal(r.ov.areas[r.ov.gaps[i].area], "z");
	}
	assert_string_equal(r.ov.groups[r.ov.gaps[0].group], "jeugd");
	assert_string_equal(r.ov.groups[r.ov.gaps[1].group], "ouderen");
	/* Cell (n, jeugd) is served by A alone, (x, ouderen) by C. */
	size_t n = 0, x = 0, jeugd = 0, ouderen = 0;
	for (size_t i = 0; i < r.ov.n_areas; i++) {
		n = strcmp(r.ov.areas[i], "n") ? n : i;
		x = strcmp(r.ov.areas[i], "x") ? x : i;
	}
	for (size_t g = 0; g < r.ov.n_groups; g++) {
		jeugd = strcmp(r.ov.groups[g], "jeugd") ? jeugd : g;
		ouderen = strcmp(r.ov.groups[g], "ouderen") ? ouderen : g;
	}
	assert_int_equal(overlap_served(&r.ov, n, jeugd), 1);
	assert_int_equal(overlap_served(&r.ov, x, ouderen), 1);
	assert_true(overlap_serves(&r.ov, 0, n, jeugd));
	assert_false(overlap_serves(&r.ov, 0, n, ouderen));
	run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(identical_disjoint_partial),
	    cmocka_unit_test(teams_without_areas_or_groups),
	    cmocka_unit_test(team_across_two_municipalities),
	    cmocka_unit_test(members_by_date_and_waves),
	    cmocka_unit_test(areas_spelt_three_ways),
	    cmocka_unit_test(municipality_with_an_unserved_neighbourhood),
	};
	return cmocka_run_group_tests_name("overlap", tests, NULL, NULL);
}
