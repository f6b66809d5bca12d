/*
 * builder: dataset.md's rules, once, for every front end. A front end
 * (JSON, workbook, CSV folder) reads its own syntax and types and hands
 * the builder the study's parts in this order: title, waves, tasks,
 * entities, then each entity's municipalities and members, then the
 * interviews with their scores and ties. Every part carries where it came
 * from (struct where), and every check of dataset.md (ids, names, kinds,
 * dates, ranges, duplicates by hashing, references, teams, time order,
 * unused entities) is made here as the part arrives, so diagnostics come
 * in the order of the source.
 *
 * Strings given to the builder are copied; the caller keeps its own. A
 * NULL location field means the part was not given (an absent key or an
 * empty cell).
 */
#ifndef PARTNERMAP_LOAD_BUILDER_H
#define PARTNERMAP_LOAD_BUILDER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "study/dataset.h"
#include "load/load.h"

struct builder;

/* How references and dates are written in the source. */
enum builder_source {
	BUILD_JSON, /* references are ids, dates in dataset.md's forms */
	BUILD_SHEET /* references are ids or names, dates also D-M-YYYY */
};

/* A new builder reporting into DIAGS; with strict, warnings are errors.
 * Never NULL (allocation failure aborts). */
struct builder *builder_new(struct diags *diags, bool strict, enum builder_source source);

/* The finished study: *out is set and LOAD_OK returned when DIAGS holds no
 * error, else *out is NULL and LOAD_INVALID returned. Frees B either way. */
enum load_status builder_finish(struct builder *b, struct dataset **out);

/* Frees B without a study (a front end that gave up). */
void builder_abort(struct builder *b);

/* Problems the front end finds itself (syntax, types, unknown columns). */
void builder_error(struct builder *b, const struct where *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void builder_warning(struct builder *b, const struct where *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with a va_list: an error when IS_ERROR (or in strict mode), else
 * a warning. FMT is translated through msg_tr() here, so front ends pass
 * their English format as it is. */
void builder_vdiag(struct builder *b, bool is_error, const struct where *at, const char *fmt,
                   va_list ap) __attribute__((format(printf, 4, 0)));

/* A value quoted for a message: shortened, control characters escaped;
 * valid until a few more calls. */
const char *builder_quote(const char *s);

void builder_title(struct builder *b, const char *title);

/* ---- waves: builder_wave for each, then builder_waves_done ---- */
struct b_wave {
	const char *id, *date, *label; /* NULL when not given */
	bool has_date;                 /* a date was given, even if not as text */
	struct where at, at_id, at_date;
};
void builder_wave(struct builder *b, const struct b_wave *w);
/* Checks that all waves or none have dates, in order. Without any wave
 * the study has the one wave "1". */
void builder_waves_done(struct builder *b);

/* ---- tasks ---- */
struct b_task {
	const char *id, *label; /* label NULL: the id */
	struct where at_id;
};
void builder_task(struct builder *b, const struct b_task *t);

/* ---- entities: first every entity, then references between them ---- */
struct b_strings {
	const char *const *items;
	size_t count;
};
struct b_attribute {
	const char *key, *value;
};
struct b_entity {
	const char *id, *name, *kind; /* NULL when missing; the front end said so */
	const char *since, *until;
	struct b_strings domains, areas, target_groups;
	const struct b_attribute *attributes;
	size_t n_attributes;
	const char *note; /* a remark; NULL when none */
	bool id_made;     /* a sheet's id, made from the name (workbook.md) */
	struct where at, at_id, at_name, at_kind, at_since, at_until;
};
/* Returns the entity's index, or -1 when it has no usable id. */
long builder_entity(struct builder *b, const struct b_entity *e);

/* A sheet's entity row that was refused (reported at AT), with its NAME
 * (NULL when it has none), or with AT NULL the missing sheet of entities.
 * The references that fail only because of it (they give its name, or,
 * for a row without a name, match no entity and nothing close) are
 * counted in one line each at the end, not reported one by one
 * (workbook.md, "once"). */
void builder_refused(struct builder *b, const struct where *at, const char *name);

/* Entity E works in the municipality REF (an id, or in a sheet a name). */
void builder_municipality(struct builder *b, long e, const char *ref, const struct where *at);

/* Whether entity E may have members (reported at AT when not). */
bool builder_may_have_members(struct builder *b, long e, const struct where *at);

struct b_member {
	const char *ref; /* id, or in a sheet a name */
	const char *since, *until;
	struct where at, at_since, at_until;
};
void builder_member(struct builder *b, long team, const struct b_member *m);

/* ---- interviews ---- */
struct b_interview {
	const char *respondent, *wave, *date; /* NULL when not given */
	const char *note;                     /* a remark; NULL when none */
	bool wave_given;                      /* a wave was given, even if not as text */
	struct where at, at_respondent, at_wave, at_date;
};
/* Call before the interview's scores; returns its handle, or -1 when it
 * cannot be used (its ties are then not checked). */
long builder_interview(struct builder *b, const struct b_interview *iv);

/* The task an interview scores, by id (and in a sheet by label); -1 with
 * an error at AT when there is none. */
long builder_find_task(struct builder *b, const char *task, const struct where *at);
/* The same without a message: -1 when no task has that id or label. */
long builder_lookup_task(struct builder *b, const char *task);
void builder_score(struct builder *b, long interview, long task, double score,
                   const struct where *at);

struct b_tie {
	const char *with, *type, *note; /* NULL when not given */
	double level, trust;            /* NAN when not given */
	/* level and trust as the person typed them, for messages (a sheet's
	 * "3,5"); NULL: the number says it (JSON). */
	const char *level_text, *trust_text;
	const char *since;
	struct where at_with, at_level, at_trust, at_since;
};
void builder_tie(struct builder *b, long interview, const struct b_tie *t);

/* The interview is complete: checks its ties against each other. */
void builder_interview_done(struct builder *b, long interview);

/* ---- helpers for front ends ---- */

/* The study as built so far, for looking up what the front end was given
 * (entities, waves and tasks once they have been handed over). */
const struct dataset *builder_dataset(const struct builder *b);

/* The entity that REF names (an id, or in a sheet a name, as
 * dataset_find_entity() matches it, through an index); -1 when none, -2
 * when the name is more than one entity's. Reports nothing. */
long builder_lookup_entity(struct builder *b, const char *ref);

/* The entity that REF names (an id, or in a sheet a name); -1 after an
 * error at AT. */
long builder_find_entity(struct builder *b, const char *ref, const struct where *at);

#endif
