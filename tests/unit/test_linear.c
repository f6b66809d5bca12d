/* Loading does work in proportion to its input. Rather than time a load
 * (which depends on the machine), this test counts the string comparisons
 * partnermap's code makes while loading: the Makefile links it with
 * -Wl,--wrap for strcmp, strcasecmp and strncasecmp, so that every such
 * call from src/ goes through a counter below. Four times the keys, names
 * or rows must cost at most about four times the comparisons; a scan that
 * compares each item with every earlier one costs sixteen times. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <unistd.h>

static unsigned long compared;

int __real_strcmp(const char *a, const char *b);
int __real_strcasecmp(const char *a, const char *b);
int __real_strncasecmp(const char *a, const char *b, size_t n);

int __wrap_strcmp(const char *a, const char *b)
{
	compared++;
	return __real_strcmp(a, b);
}

int __wrap_strcasecmp(const char *a, const char *b)
{
	compared++;
	return __real_strcasecmp(a, b);
}

int __wrap_strncasecmp(const char *a, const char *b, size_t n)
{
	compared++;
	return __real_strncasecmp(a, b, n);
}

/* Linear work: the larger input costs at most 6 times the comparisons of
 * one a quarter its size: 4 times, with slack for the probes of hash
 * tables, whose fill (and so their collisions) varies with their size. The
 * quadratic scans this replaced cost 15 to 16 times. */
static void assert_linear(unsigned long small, unsigned long large)
{
	print_message("comparisons: %lu for n, %lu for 4n\n", small, large);
	assert_true(small > 0);
	assert_true(large <= 6 * small);
}

/* A JSON study whose top-level object has N keys of its own (each one
 * unknown, and the last one given twice). */
static char *json_with_keys(size_t n)
{
	size_t cap = 64 + n * 32, len = 0;
	char *s = malloc(cap);

	assert_non_null(s);
	len += (size_t)snprintf(s + len, cap - len, "{\"partnermap\": 1");
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len, ", \"key%06zu\": %zu", i, i);
	snprintf(s + len, cap - len, ", \"key%06zu\": 0}", n - 1);
	return s;
}

static unsigned long count_json_keys(size_t n)
{
	char *json = json_with_keys(n);
	struct dataset *ds;
	struct diags d;

	compared = 0;
	load_text(json, &ds, &d);
	unsigned long c = compared;
	/* Each key is unknown; the last is also reported as given twice. */
	assert_int_equal(d.warnings, n + 2);
	if (ds)
		dataset_free(ds);
	diags_release(&d);
	free(json);
	return c;
}

static void duplicate_keys_are_found_in_linear_time(void **state)
{
	(void)state;
	assert_linear(count_json_keys(1000), count_json_keys(4000));
}

/* A CSV folder: N entities, and a tie from each to the next; with
 * BY_NAME, Ties names them by name in other letter case, else by id. With
 * SAME_NAME, N more entities share one name (ids are then made from it). */
static char *csv_study(size_t n, bool same_name)
{
	char *dir = strdup("/tmp/partnermap-linear-XXXXXX");
	char path[256];
	FILE *f;

	assert_non_null(dir);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/Entities.csv", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "name,kind\n");
	for (size_t i = 0; i < n; i++)
		fprintf(f, "Partner %06zu,organisation\n", i);
	for (size_t i = 0; same_name && i < n; i++)
		fprintf(f, "Zelfde naam,organisation\n");
	assert_int_equal(fclose(f), 0);
	snprintf(path, sizeof(path), "%s/Ties.csv", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "respondent,with\n");
	for (size_t i = 0; i < n; i++)
		fprintf(f, "PARTNER %06zu,partner %06zu\n", i, (i + 1) % n);
	assert_int_equal(fclose(f), 0);
	return dir;
}

static void remove_study(char *dir)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/Entities.csv", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/Ties.csv", dir);
	unlink(path);
	rmdir(dir);
	free(dir);
}

static unsigned long count_csv(size_t n, bool same_name)
{
	char *dir = csv_study(n, same_name);
	struct dataset *ds = NULL;
	struct diags d = {0};

	compared = 0;
	assert_int_equal(load_file(dir, false, &ds, &d), LOAD_OK);
	unsigned long c = compared;
	assert_int_equal(ds->n_entities, same_name ? 2 * n : n);
	assert_int_equal(ds->n_interviews, n);
	assert_string_equal(ds->entities[ds->interviews[n - 1].ties[0].with].name,
	                    "Partner 000000");
	if (same_name) {
		char id[32];
		snprintf(id, sizeof(id), "zelfde-naam-%zu", n);
		assert_string_equal(ds->entities[2 * n - 1].id, id);
	}
	dataset_free(ds);
	diags_release(&d);
	remove_study(dir);
	return c;
}

static void names_are_looked_up_in_linear_time(void **state)
{
	(void)state;
	assert_linear(count_csv(500, false), count_csv(2000, false));
}

static void ids_made_from_one_name_in_linear_time(void **state)
{
	(void)state;
	assert_linear(count_csv(500, true), count_csv(2000, true));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(duplicate_keys_are_found_in_linear_time),
	    cmocka_unit_test(names_are_looked_up_in_linear_time),
	    cmocka_unit_test(ids_made_from_one_name_in_linear_time),
	};
	return cmocka_run_group_tests_name("linear", tests, NULL, NULL);
}
