/*
 * measure-table: every entity key of `measure` (cli.md), described once:
 * its key, its header and its name in words in each language (texts.h),
 * its type, its decimals, where its value lives, and whether --size-by
 * may use it (and then what size means in its legend). The table, CSV and JSON of `measure`, draw's
 * --size-by, the report's definitions and the exporters all read this table, so a new measure is
 * one accessor and one row in measure-table.c (and its words in texts-en.c and texts-nl.c).
 */
#ifndef PARTNERMAP_ANALYSIS_MEASURE_TABLE_H
#define PARTNERMAP_ANALYSIS_MEASURE_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/measure.h"
#include "io/tabular.h"
#include "i18n/texts.h"

enum key_type {
	KEY_ID,       /* the entity's id: a string that names it */
	KEY_STRING,   /* any other string */
	KEY_INTEGER,  /* a whole number; cell.i */
	KEY_NUMBER,   /* a real number, never null; cell.r */
	KEY_NULLABLE, /* a real number or null (NAN); cell.r */
	KEY_BOOL      /* cell.b */
};

struct measure_key {
	const char *key;         /* JSON key and CSV header, the same in every language */
	enum text_id header;     /* short header of the table for people */
	enum text_id name;       /* the measure in words: legends, spreadsheet headers */
	enum text_id definition; /* for the report's method; T_COUNT when none */
	enum key_type type;
	int decimals; /* digits after the point in tables for people */
	bool flex;    /* the table's column that shrinks to fit the width */
	bool machine; /* only in CSV and JSON, not in the table for people */
	/* What a larger shape means, in words a reader understands (the
	 * diagram's legend), when draw --size-by may use the key; T_COUNT when
	 * it may not. */
	enum text_id size_means;
	/* Sets the field of C that TYPE names, for vertex V. */
	void (*get)(const struct network *net, const struct measures *m, long v, struct cell *c);
};

extern const struct measure_key measure_keys[];
extern const size_t n_measure_keys;

/* The row of KEY; NULL when there is none. */
const struct measure_key *measure_key_find(const char *key);

/* The value of a numeric key (integer, number, nullable, bool as 0/1) for
 * vertex V; NAN for null and for string keys. */
double measure_key_number(const struct measure_key *k, const struct network *net,
                          const struct measures *m, long v);

/* The column of the tabular module for key K, its header in LANG. */
struct column measure_key_column(const struct measure_key *k, enum lang lang);

/* Appends the keys --size-by takes to SB, in table order, separated by
 * SEP. */
void measure_size_by_choices(struct strbuf *sb, const char *sep);

#endif
