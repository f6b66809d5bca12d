/* A table's rows as JSON are exactly what cJSON prints for the same array
 * built node by node (the reference here, built independently, is
 * cJSON itself), so every string escape and every number format is held
 * to the library's. */
#include "unit.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>

#include "io/tabular.h"

static const struct column cols[] = {
    {"name", "Name", COL_STR, 0, true, false},  {"teams", "Teams", COL_LIST, 0, false, false},
    {"ties", "Ties", COL_INT, 0, false, false}, {"score", "Score", COL_REAL, 3, false, false},
    {"cut", "Cut", COL_BOOL, 0, false, false},
};

static const char *const some_teams[] = {"Wijkteam \"Noord\"", "Jeugd\\GGZ", "", "caf\xc3\xa9"};

static const char *const names[] = {
    "Plain",
    "Quote \" and backslash \\",
    "Control \b\f\n\r\t and \x01\x1f end",
    "Delete \x7f and UTF-8: \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80",
    "",
    NULL,
};

/* Numbers on each side of every rule: whole numbers (as long, as int and
 * beyond 10^15), negative zero, 15 digits that read back and ones that do
 * not, the smallest and largest doubles. */
static double number(size_t i)
{
	const double xs[] = {0.0,
	                     -0.0,
	                     1.0,
	                     -7.0,
	                     (double)INT_MAX,
	                     (double)INT_MAX + 1,
	                     (double)INT_MIN,
	                     (double)INT_MIN - 1,
	                     0.1,
	                     1.0 / 3,
	                     2.0 / 3,
	                     0.0019854416701466883,
	                     0.29117450784117216,
	                     1e-7,
	                     -2.5e-300,
	                     DBL_MIN,
	                     DBL_TRUE_MIN,
	                     DBL_MAX,
	                     123456789012345678.0,
	                     999999999999999.0,
	                     1e15,
	                     -1e15 + 1,
	                     1e21 + 0.5,
	                     NAN,
	                     INFINITY,
	                     -INFINITY};
	return xs[i % (sizeof(xs) / sizeof(xs[0]))];
}

enum { ROWS = 46 };

static void fill(struct tabular *t, size_t rows)
{
	static const long ints[] = {0, -1, 42, INT_MAX, (long)INT_MAX + 1, INT_MIN, LONG_MAX};

	tab_init(t, cols, sizeof(cols) / sizeof(cols[0]));
	for (size_t r = 0; r < rows; r++) {
		struct cell *c = tab_row(t);
		c[0].s = names[r % (sizeof(names) / sizeof(names[0]))];
		c[1].list = some_teams;
		c[1].n_list = r % 5;
		c[2].i = ints[r % (sizeof(ints) / sizeof(ints[0]))];
		c[3].r = number(r);
		c[4].b = r % 2;
		c[(r / 3) % 5].null = r % 7 == 6;
	}
}

/* The array built here independently of tab_to_json(): a node per cell. */
static cJSON *reference(const struct tabular *t)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t r = 0; r < t->nrows; r++) {
		cJSON *obj = cJSON_CreateObject();
		for (size_t c = 0; c < t->ncols; c++) {
			const struct cell *v = &t->cells[r * t->ncols + c];
			cJSON *x = NULL;
			if (v->null)
				x = cJSON_CreateNull();
			else if (t->cols[c].type == COL_STR)
				x = v->s ? cJSON_CreateString(v->s) : cJSON_CreateNull();
			else if (t->cols[c].type == COL_LIST)
				x = cJSON_CreateStringArray(v->list, (int)v->n_list);
			else if (t->cols[c].type == COL_INT)
				x = cJSON_CreateNumber((double)v->i);
			else if (t->cols[c].type == COL_BOOL)
				x = cJSON_CreateBool(v->b);
			else
				x = isfinite(v->r) ? cJSON_CreateNumber(v->r) : cJSON_CreateNull();
			cJSON_AddItemToObject(obj, t->cols[c].key, x);
		}
		cJSON_AddItemToArray(arr, obj);
	}
	return arr;
}

static char *print_with(cJSON *rows)
{
	cJSON *doc = cJSON_CreateObject();

	cJSON_AddStringToObject(doc, "wave", "1");
	cJSON_AddItemToObject(doc, "entities", rows);
	cJSON_AddNumberToObject(doc, "after", 1);
	char *text = cJSON_Print(doc);
	cJSON_Delete(doc);
	return text;
}

/* Like assert_string_equal, but shows where two long texts part. */
static void same_text(const char *ours, const char *theirs)
{
	size_t i = 0;

	while (ours[i] && ours[i] == theirs[i])
		i++;
	if (ours[i] != theirs[i])
		fail_msg("they part at byte %zu: ours [%.40s] cJSON [%.40s]", i, ours + i,
		         theirs + i);
}

static void rows_print_as_cjson_prints_them(void **state)
{
	struct tabular t;

	(void)state;
	fill(&t, ROWS);
	char *ours = print_with(tab_to_json(&t));
	char *theirs = print_with(reference(&t));
	assert_non_null(ours);
	same_text(ours, theirs);
	/* And it reads back as the same values. */
	cJSON *back = cJSON_Parse(ours);
	assert_non_null(back);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(back, "entities")), ROWS);
	cJSON_Delete(back);
	free(ours);
	free(theirs);
	tab_free(&t);
}

/* A large table: the same text. */
static void many_rows(void **state)
{
	struct tabular t;

	(void)state;
	fill(&t, 2000);
	char *ours = print_with(tab_to_json(&t));
	char *theirs = print_with(reference(&t));
	same_text(ours, theirs);
	free(ours);
	free(theirs);
	tab_free(&t);
}

static void an_empty_table_is_an_empty_array(void **state)
{
	struct tabular t;

	(void)state;
	tab_init(&t, cols, sizeof(cols) / sizeof(cols[0]));
	char *ours = print_with(tab_to_json(&t));
	char *theirs = print_with(reference(&t));
	same_text(ours, theirs);
	free(ours);
	free(theirs);
	tab_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(rows_print_as_cjson_prints_them),
	    cmocka_unit_test(many_rows),
	    cmocka_unit_test(an_empty_table_is_an_empty_array),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
