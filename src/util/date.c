/* date: parsing the three date forms of dataset.md. */
#include "util/date.h"

#include <time.h>

#include <stdio.h>

static int digits(const char *s, int n, int *value)
{
	*value = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*value = *value * 10 + (s[i] - '0');
	}
	return 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

int date_parse(const char *s)
{
	int y, m = 1, d = 1;

	if (!s || digits(s, 4, &y) || y < 1000)
		return DATE_NONE;
	if (s[4] == '\0')
		return y * 10000 + 101;
	if (s[4] != '-' || digits(s + 5, 2, &m) || m < 1 || m > 12)
		return DATE_NONE;
	if (s[7] == '\0')
		return y * 10000 + m * 100 + 1;
	if (s[7] != '-' || digits(s + 8, 2, &d) || s[10] != '\0')
		return DATE_NONE;
	if (d < 1 || d > days_in_month(y, m))
		return DATE_NONE;
	return y * 10000 + m * 100 + d;
}

enum date_precision date_precision(const char *s)
{
	if (s && date_parse(s) != DATE_NONE && s[4] == '\0')
		return DATE_YEAR;
	if (s && date_parse(s) != DATE_NONE && s[7] == '\0')
		return DATE_MONTH;
	return DATE_DAY;
}

void date_format_as(int date, enum date_precision precision, char buf[static 11])
{
	unsigned d = (unsigned)date;

	if (precision == DATE_YEAR)
		snprintf(buf, 11, "%04u", d / 10000 % 10000);
	else if (precision == DATE_MONTH)
		snprintf(buf, 11, "%04u-%02u", d / 10000 % 10000, d / 100 % 100);
	else
		date_format(date, buf);
}

int date_year(int date)
{
	return date / 10000;
}

void date_format(int date, char buf[static 11])
{
	unsigned d = (unsigned)date;

	snprintf(buf, 11, "%04u-%02u-%02u", d / 10000 % 10000, d / 100 % 100, d % 100);
}

int date_add_days(int date, int days)
{
	struct tm tm = {.tm_year = date / 10000 - 1900,
	                .tm_mon = date / 100 % 100 - 1,
	                .tm_mday = date % 100 + days,
	                .tm_hour = 12};
	time_t t = timegm(&tm);
	struct tm out;

	gmtime_r(&t, &out);
	return (out.tm_year + 1900) * 10000 + (out.tm_mon + 1) * 100 + out.tm_mday;
}
