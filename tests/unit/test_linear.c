/* Loading and overlap do work in proportion to their input. Rather than
 * time them (which depends on the machine), this test counts: the string
 * comparisons partnermap's code makes while loading, and the bytes it
 * allocates for overlap. The Makefile links it with -Wl,--wrap for
 * strcmp, strcasecmp, strncasecmp, malloc, calloc and realloc, so that
 * every such call from src/ goes through a counter below. Four times the
 * keys, names, rows or teams must cost at most about four times as much;
 * a scan that compares each item with every earlier one, or a table of
 * items x items, costs sixteen times. */
#include "unit.h"
#include "analysis/overlap.h"

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

/* Bytes asked of the allocator by partnermap's code while counting. */
static bool counting_bytes;
static unsigned long long allocated;

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);

void *__wrap_malloc(size_t n)
{
	allocated += counting_bytes ? n : 0;
	return __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
	allocated += counting_bytes ? n * size : 0;
	return __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
	allocated += counting_bytes ? n : 0;
	return __real_realloc(p, n);
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

/* Overlap of N teams, each with an area and a target group of its own,
 * half of them also in one shared area: the bytes that overlap_compute
 * allocates. Flags per team over every area and group, or a count per
 * area and group, would take N x N. */
static unsigned long long overlap_bytes(size_t n)
{
	size_t cap = 128 + n * 160, len = 0;
	char *json = malloc(cap);
	struct dataset *ds;
	struct diags d;
	struct network net;
	struct overlap ov;

	assert_non_null(json);
	len += (size_t)snprintf(json + len, cap - len, "{\"partnermap\": 1, \"entities\": [");
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(json + len, cap - len,
		                        "%s{\"id\": \"t%zu\", \"name\": \"T%zu\", \"kind\": "
		                        "\"team\", \"areas\": [\"a%zu\"%s], \"target_groups\": "
		                        "[\"g%zu\"]}",
		                        i ? ", " : "", i, i, i, i % 2 ? ", \"gedeeld\"" : "", i);
	snprintf(json + len, cap - len, "], \"interviews\": []}");
	assert_int_equal(load_text(json, &ds, &d), LOAD_OK);
	assert_int_equal(network_build(&net, ds, 0, TIES_REPORTED), 0);
	allocated = 0;
	counting_bytes = true;
	overlap_compute(&net, &ov);
	counting_bytes = false;
	assert_int_equal(ov.n_teams, n);
	assert_int_equal(ov.n_areas, n + 1);
	assert_int_equal(ov.n_pairs, 0); /* they share an area, never a group */
	overlap_free(&ov);
	network_free(&net);
	dataset_free(ds);
	diags_release(&d);
	free(json);
	return allocated;
}

static void overlap_memory_is_linear(void **state)
{
	(void)state;
	unsigned long long small = overlap_bytes(250), large = overlap_bytes(1000);
	print_message("bytes: %llu for n, %llu for 4n\n", small, large);
	assert_true(small > 0);
	assert_true(large <= 6 * small);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(duplicate_keys_are_found_in_linear_time),
	    cmocka_unit_test(names_are_looked_up_in_linear_time),
	    cmocka_unit_test(ids_made_from_one_name_in_linear_time),
	    cmocka_unit_test(overlap_memory_is_linear),
	};
	return cmocka_run_group_tests_name("linear", tests, NULL, NULL);
}
