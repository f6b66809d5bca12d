/*
 * date: the calendar dates of dataset.md. A date is stored as the integer
 * YYYYMMDD so that dates compare with < and ==; a partial date is the first
 * day of its period.
 */
#ifndef PARTNERMAP_UTIL_DATE_H
#define PARTNERMAP_UTIL_DATE_H

enum {
	DATE_NONE = 0,                  /* no date given */
	DATE_END_OF_TIME = 99991231 + 1 /* an `until` that was not given */
};

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date, year 1000
 * to 9999). Returns the date, or DATE_NONE when s is not such a date. */
int date_parse(const char *s);

/* The year of a date. */
int date_year(int date);

/* Writes the date as YYYY-MM-DD into buf (at least 11 bytes). */
void date_format(int date, char buf[static 11]);

/* The date DAYS days after DATE (before it when negative), a full date. */
int date_add_days(int date, int days);

#endif
