/* The network of a wave, on small studies whose answers are known. */
#include "unit.h"

#include "util/date.h"
#include "network/network.h"

/* Two waves; c exists only from 2016, d only until 2016; team t has member
 * a always and member b from 2016-06. */
static const char *study(void)
{
	return J("{'partnermap': 1, 'waves': [{'id': 'w1', 'date': '2015-05-01'}, "
	         "{'id': 'w2', 'date': '2017-05-01'}],"
	         "'entities': ["
	         "{'id': 'a', 'name': 'A', 'kind': 'organisation'},"
	         "{'id': 'b', 'name': 'B', 'kind': 'organisation'},"
	         "{'id': 'c', 'name': 'C', 'kind': 'informal', 'since': '2016'},"
	         "{'id': 'd', 'name': 'D', 'kind': 'organisation', 'until': '2016'},"
	         "{'id': 'iso', 'name': 'Isolate', 'kind': 'municipality'},"
	         "{'id': 't', 'name': 'T', 'kind': 'team', 'members': ['a', {'id': 'b', 'since': "
	         "'2016-06'}]}],"
	         "'interviews': ["
	         "{'respondent': 'a', 'wave': 'w1', 'ties': [{'with': 'b', 'level': 1, 'trust': 2, "
	         "'since': '2014'}, {'with': 'd', 'type': 'referral'}]},"
	         "{'respondent': 'b', 'wave': 'w1', 'ties': [{'with': 'a', 'level': 3, 'type': "
	         "'contract', 'trust': 4, 'since': '2012-03'}, {'with': 'c'}]},"
	         "{'respondent': 'iso', 'wave': 'w1'},"
	         "{'respondent': 'a', 'wave': 'w2', 'ties': [{'with': 'c', 'level': 2}, {'with': "
	         "'b'}]}]}");
}

struct fixture {
	struct dataset *ds;
	struct diags d;
};

static int setup(void **state)
{
	static struct fixture f;

	if (load_text(study(), &f.ds, &f.d) != LOAD_OK)
		return -1;
	*state = &f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	dataset_free(f->ds);
	diags_release(&f->d);
	return 0;
}

static igraph_integer_t vertex(const struct network *net, const char *id)
{
	long e = dataset_entity(net->ds, id);

	assert_true(e >= 0);
	return net->vertex[e];
}

static void tie_to_absent_entity_warns(void **state)
{
	struct fixture *f = *state;

	/* b names c in w1, before c exists. */
	assert_non_null(diag_at(&f->d, "interviews[1].ties[1].with"));
	assert_false(f->ds->interviews[1].ties[1].usable);
}

static void first_wave(void **state)
{
	struct fixture *f = *state;
	struct network net;

	assert_int_equal(network_build(&net, f->ds, 0, TIES_REPORTED), 0);
	/* a, b, d, iso and t exist on 2015-05-01; c does not. */
	assert_int_equal(net.n, 5);
	assert_int_equal(vertex(&net, "c"), -1);
	assert_true(vertex(&net, "iso") >= 0);
	assert_int_equal(igraph_vcount(&net.graph), 5);
	/* a-b (two reports, one tie), a-d, t-a (membership); b is not yet in t. */
	assert_int_equal(net.m, 3);
	assert_int_equal(igraph_ecount(&net.graph), 3);

	const struct net_tie *ab = network_tie(&net, vertex(&net, "a"), vertex(&net, "b"));
	assert_non_null(ab);
	assert_int_equal(ab->reports, 2);
	assert_true(ab->confirmed);
	assert_int_equal(ab->level, 3);
	assert_int_equal(ab->since, 20120301);
	assert_int_equal(ab->n_types, 2);
	assert_string_equal(ab->types[0], "collaboration");
	assert_string_equal(ab->types[1], "contract");
	assert_int_equal(ab->trust_a_gave + ab->trust_b_gave, 6);

	const struct net_tie *ad = network_tie(&net, vertex(&net, "a"), vertex(&net, "d"));
	assert_non_null(ad);
	assert_false(ad->confirmed); /* d was not interviewed */
	assert_int_equal(ad->reports, 1);

	const struct net_tie *ta = network_tie(&net, vertex(&net, "t"), vertex(&net, "a"));
	assert_non_null(ta);
	assert_true(ta->membership);
	assert_int_equal(ta->level, 3);
	assert_string_equal(ta->types[0], "membership");
	assert_null(network_tie(&net, vertex(&net, "t"), vertex(&net, "b")));

	assert_int_equal(net.named_by[vertex(&net, "a")], 1);
	assert_int_equal(net.named_by[vertex(&net, "b")], 1);
	assert_int_equal(net.named_by[vertex(&net, "t")], 0);
	assert_true(net.interviewed[vertex(&net, "iso")]);
	assert_false(net.interviewed[vertex(&net, "d")]);
	network_free(&net);
}

static void second_wave(void **state)
{
	struct fixture *f = *state;
	struct network net;

	assert_int_equal(network_build(&net, f->ds, 1, TIES_REPORTED), 0);
	/* d has ceased to exist; c now exists. */
	assert_int_equal(vertex(&net, "d"), -1);
	assert_true(vertex(&net, "c") >= 0);
	/* a-c, a-b (one-sided now), t-a, t-b (membership began 2016-06). */
	assert_int_equal(net.m, 4);
	const struct net_tie *ab = network_tie(&net, vertex(&net, "a"), vertex(&net, "b"));
	assert_false(ab->confirmed);
	assert_int_equal(ab->level, 1);
	assert_non_null(network_tie(&net, vertex(&net, "t"), vertex(&net, "b")));
	network_free(&net);
}

static void confirmed_only(void **state)
{
	struct fixture *f = *state;
	struct network net;

	assert_int_equal(network_build(&net, f->ds, 0, TIES_CONFIRMED), 0);
	/* a-b is confirmed, t-a is a membership; a-d is one-sided. */
	assert_int_equal(net.m, 2);
	assert_int_equal(net.n, 5);
	assert_null(network_tie(&net, vertex(&net, "a"), vertex(&net, "d")));
	assert_non_null(network_tie(&net, vertex(&net, "t"), vertex(&net, "a")));
	network_free(&net);
}

static void union_of_waves(void **state)
{
	struct fixture *f = *state;
	struct network net;

	assert_int_equal(network_build_union(&net, f->ds, TIES_REPORTED), 0);
	assert_int_equal(net.n, 6);
	/* a-b, a-d, t-a, a-c, t-b */
	assert_int_equal(net.m, 5);
	network_free(&net);
}

static void wave_without_date_holds_everyone(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct network net;
	(void)state;
	assert_int_equal(load_text(J("{'partnermap': 1, 'entities': ["
	                             "{'id': 'a', 'name': 'A', 'kind': 'team', 'members': [{'id': "
	                             "'b', 'since': '2030'}], 'until': '2000'},"
	                             "{'id': 'b', 'name': 'B', 'kind': 'organisation', 'since': "
	                             "'2030'}], 'interviews': []}"),
	                           &ds, &d),
	                 LOAD_OK);
	assert_int_equal(network_build(&net, ds, 0, TIES_REPORTED), 0);
	assert_int_equal(net.n, 2);
	assert_int_equal(net.m, 1);
	network_free(&net);
	dataset_free(ds);
	diags_release(&d);
}

/* --without a --add-tie iso,d --add-tie b,d on the first wave: a and its
 * ties (a-b, a-d, t-a) are gone; the two new ties are there, marked added,
 * named by nobody. */
static void what_if_without_and_added(void **state)
{
	struct fixture *f = *state;
	struct network net;
	size_t without[] = {0};
	struct tie_pair add[] = {{4, 3}, {1, 3}};
	struct network_edit edit = {without, 1, add, 2};

	assert_int_equal(network_build_edited(&net, f->ds, 0, TIES_REPORTED, &edit), 0);
	assert_ptr_equal(net.edit, &edit);
	assert_int_equal(net.n, 4);
	assert_int_equal(vertex(&net, "a"), -1);
	assert_int_equal(net.m, 2);
	const struct net_tie *t = network_tie(&net, vertex(&net, "iso"), vertex(&net, "d"));
	assert_non_null(t);
	assert_true(t->added);
	assert_int_equal(t->level, 1);
	assert_int_equal(t->reports, 0);
	assert_false(t->confirmed);
	assert_int_equal(t->n_types, 1);
	assert_string_equal(t->types[0], "what-if");
	assert_true(network_tie(&net, vertex(&net, "b"), vertex(&net, "d"))->added);
	assert_int_equal(net.named_by[vertex(&net, "d")], 0);
	assert_int_equal(net.named_by[vertex(&net, "b")], 0);
	assert_true(net.interviewed[vertex(&net, "b")]);
	network_free(&net);

	/* An empty edit is no edit. */
	struct network_edit none = {0};
	assert_int_equal(network_build_edited(&net, f->ds, 0, TIES_REPORTED, &none), 0);
	assert_null(net.edit);
	assert_int_equal(net.m, 3);
	network_free(&net);
}

/* A pair that is already tied stays as it was; under --ties confirmed an
 * unconfirmed report does not count, so the pair becomes a what-if tie. */
static void what_if_pair_already_tied(void **state)
{
	struct fixture *f = *state;
	struct network net;
	struct tie_pair add[] = {{0, 3}, {0, 1}};
	struct network_edit edit = {NULL, 0, add, 2};

	assert_int_equal(network_build_edited(&net, f->ds, 0, TIES_REPORTED, &edit), 0);
	assert_int_equal(net.m, 3);
	const struct net_tie *ad = network_tie(&net, vertex(&net, "a"), vertex(&net, "d"));
	assert_false(ad->added);
	assert_int_equal(ad->reports, 1);
	assert_string_equal(ad->types[0], "referral");
	assert_false(network_tie(&net, vertex(&net, "a"), vertex(&net, "b"))->added);
	network_free(&net);

	assert_int_equal(network_build_edited(&net, f->ds, 0, TIES_CONFIRMED, &edit), 0);
	assert_int_equal(net.m, 3); /* a-b confirmed, t-a membership, a-d added */
	ad = network_tie(&net, vertex(&net, "a"), vertex(&net, "d"));
	assert_true(ad->added);
	assert_int_equal(ad->reports, 0);
	assert_string_equal(ad->types[0], "what-if");
	assert_int_equal(net.named_by[vertex(&net, "d")], 0);
	assert_false(network_tie(&net, vertex(&net, "a"), vertex(&net, "b"))->added);
	network_free(&net);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(tie_to_absent_entity_warns),
	    cmocka_unit_test(first_wave),
	    cmocka_unit_test(second_wave),
	    cmocka_unit_test(confirmed_only),
	    cmocka_unit_test(union_of_waves),
	    cmocka_unit_test(wave_without_date_holds_everyone),
	    cmocka_unit_test(what_if_without_and_added),
	    cmocka_unit_test(what_if_pair_already_tied),
	};
	return cmocka_run_group_tests_name("network", tests, setup, teardown);
}
