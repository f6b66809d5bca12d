/*
 * dataset: the in-memory model of one study (dataset.md). Every string and
 * array belongs to the dataset's arena and lives until dataset_free().
 * Indexes (entity, wave, task) are positions in the dataset's arrays, in
 * the order the file gives them. Dates are YYYYMMDD integers (date.h).
 */
#ifndef PARTNERMAP_STUDY_DATASET_H
#define PARTNERMAP_STUDY_DATASET_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/strmap.h"

enum kind { KIND_MUNICIPALITY, KIND_ORGANISATION, KIND_TEAM, KIND_INFORMAL, KIND_COUNT };

/* "municipality", "organisation", ... */
const char *kind_name(enum kind kind);

struct strlist {
	const char **items;
	size_t count;
};

/* Every date below is kept with its precision (date.h, enum
 * date_precision; 0 is a whole date), so that a study is written back with
 * its dates as they were given: "2010" stays "2010". */
struct member {
	size_t entity;
	int since, until; /* DATE_NONE and DATE_END_OF_TIME when not given */
	unsigned char since_precision, until_precision;
};

struct attribute {
	const char *key, *value;
};

struct entity {
	const char *id, *name;
	enum kind kind;
	int since, until;
	unsigned char since_precision, until_precision;
	size_t *municipalities; /* entity indexes */
	size_t n_municipalities;
	struct strlist domains, areas, target_groups;
	struct member *members;
	size_t n_members;
	struct attribute *attributes;
	size_t n_attributes;
	const char *note; /* a remark column of the workbook (workbook.md); may be NULL */
};

struct wave {
	const char *id, *label; /* label may be NULL */
	int date;               /* DATE_NONE when the study gives no dates */
	unsigned char date_precision;
};

struct task {
	const char *id, *label;
};

struct tie_report {
	size_t with;      /* entity index */
	const char *type; /* "collaboration" when not given */
	int level;        /* 1..3 */
	int trust;        /* 1..4, 0 when not given */
	int since;        /* DATE_NONE when not given */
	unsigned char since_precision;
	const char *note; /* may be NULL */
	bool usable;      /* false when the loader warned that it cannot be used */
};

struct interview {
	size_t respondent, wave;
	int date;
	unsigned char date_precision;
	const char *note; /* a remark column of the workbook; may be NULL */
	double *scores;   /* one per task; NAN when not scored */
	struct tie_report *ties;
	size_t n_ties;
};

struct dataset {
	const char *title; /* may be NULL */
	struct wave *waves;
	size_t n_waves; /* at least 1: a study without waves has wave "1" */
	struct task *tasks;
	size_t n_tasks;
	struct entity *entities;
	size_t n_entities;
	struct interview *interviews;
	size_t n_interviews;
	struct arena arena;
	struct strmap entity_ids, wave_ids, task_ids;
	bool pseudonymised; /* ids and names are codes (pseudonym.h): outputs say so */
};

void dataset_free(struct dataset *ds);

/* Index of the entity, wave or task with that id; -1 when there is none. */
long dataset_entity(const struct dataset *ds, const char *id);
long dataset_wave(const struct dataset *ds, const char *id);

/* The entity that TEXT names: its id, or else its name, ignoring ASCII
 * case and spaces around it, or else its id in another case (cli.md: "its
 * id or its name (ignoring case)"). -1 when none, or when the id in
 * another case is more than one entity's; -2 when the name belongs to
 * more than one entity. */
long dataset_find_entity(const struct dataset *ds, const char *text);

/* The longest id dataset.md allows. */
enum { DATASET_ID_MAX = 64 };

/* Whether S is a valid id (1 to DATASET_ID_MAX characters of A-Z a-z 0-9
 * _ . -). */
bool dataset_valid_id(const char *s);

/* The id or name closest to TEXT, for "did you mean ...?"; NULL when none
 * is close (suggest.h). TEXT that cannot be an id (a space, an accent) was
 * meant as a name: the closest name is given when one is close. A name
 * that TEXT abbreviates (suggest_abbreviates()) comes first. */
const char *dataset_suggest_entity(const struct dataset *ds, const char *text);

/* Whether the entity exists on the date (a wave without a date holds every
 * entity). */
bool entity_active(const struct entity *e, int date);

/* strcmp of two entities' ids, for sorting by id (qsort_r comparators get
 * the dataset as their context). */
int dataset_cmp_ids(const struct dataset *ds, size_t a, size_t b);
bool member_active(const struct member *m, int date);

#endif
