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

/* How much of a date was written: a partial date (dataset.md) is the
 * first day of its period, and is written back as it was given. */
enum date_precision { DATE_DAY, DATE_MONTH, DATE_YEAR };

/* The precision of S, a date in dataset.md's forms: DATE_YEAR for "YYYY",
 * DATE_MONTH for "YYYY-MM", else DATE_DAY. */
enum date_precision date_precision(const char *s);

/* Writes the date as its precision says: YYYY, YYYY-MM or YYYY-MM-DD
 * into buf (at least 11 bytes). */
void date_format_as(int date, enum date_precision precision, char buf[static 11]);

/* The year of a date. */
int date_year(int date);

/* Writes the date as YYYY-MM-DD into buf (at least 11 bytes). */
void date_format(int date, char buf[static 11]);

/* The date DAYS days after DATE (before it when negative), a full date. */
int date_add_days(int date, int days);

#endif
