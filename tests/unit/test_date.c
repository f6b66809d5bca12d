/* Dates: the three forms of dataset.md, partial dates, impossible dates. */
#include "unit.h"

#include "util/date.h"

static void accepted_forms(void **state)
{
	(void)state;
	assert_int_equal(date_parse("2015"), 20150101);
	assert_int_equal(date_parse("2015-05"), 20150501);
	assert_int_equal(date_parse("2015-05-17"), 20150517);
	assert_int_equal(date_parse("2016-02-29"), 20160229); /* leap year */
	assert_int_equal(date_parse("2000-02-29"), 20000229); /* divisible by 400 */
	assert_int_equal(date_parse("1999-12-31"), 19991231);
}

static void partial_dates_are_the_first_day(void **state)
{
	(void)state;
	assert_true(date_parse("2015") < date_parse("2015-01-02"));
	assert_int_equal(date_parse("2015-01"), date_parse("2015-01-01"));
	assert_int_equal(date_parse("2015"), date_parse("2015-01-01"));
}

static void impossible_dates(void **state)
{
	static const char *const bad[] = {
	    "2015-02-30", "2015-02-29", "1900-02-29", "2015-13-01", "2015-00-10",    "2015-04-31",
	    "2015-01-00", "15-01-01",   "2015/01/01", "2015-1-1",   "2015-01-01T00", "",
	    "abcd",       "2015-",      "2015-01-",   " 2015",      "0999",          "2015-01-011",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (date_parse(bad[i]) != DATE_NONE)
			fail_msg("\"%s\" was accepted as a date", bad[i]);
	}
}

static void format_and_year(void **state)
{
	char buf[11];
	(void)state;
	date_format(20150501, buf);
	assert_string_equal(buf, "2015-05-01");
	assert_int_equal(date_year(20150501), 2015);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(accepted_forms),
	    cmocka_unit_test(partial_dates_are_the_first_day),
	    cmocka_unit_test(impossible_dates),
	    cmocka_unit_test(format_and_year),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
