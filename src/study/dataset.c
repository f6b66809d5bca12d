/* dataset: the study's model and its look-ups. */
#include "study/dataset.h"
#include "util/date.h"
#include "util/suggest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *kind_name(enum kind kind)
{
	static const char *const names[] = {"municipality", "organisation", "team", "informal"};

	return (unsigned)kind < KIND_COUNT ? names[kind] : "?";
}

void dataset_free(struct dataset *ds)
{
	if (!ds)
		return;
	strmap_release(&ds->entity_ids);
	strmap_release(&ds->wave_ids);
	strmap_release(&ds->task_ids);
	arena_release(&ds->arena);
	free(ds);
}

static long lookup(const struct strmap *m, const char *id)
{
	size_t i;

	return strmap_get(m, id, &i) ? -1 : (long)i;
}

long dataset_entity(const struct dataset *ds, const char *id)
{
	return lookup(&ds->entity_ids, id);
}

/* Whether TEXT is S, ignoring ASCII case and spaces around TEXT. */
static bool matches(const char *text, const char *s)
{
	size_t len;

	while (isspace((unsigned char)*text))
		text++;
	len = strlen(text);
	while (len && isspace((unsigned char)text[len - 1]))
		len--;
	return strlen(s) == len && !strncasecmp(text, s, len);
}

/* The one entity whose name (with BY_ID, whose id) TEXT matches(): its
 * index, -1 when none, -2 when more than one. */
static long only_match(const struct dataset *ds, const char *text, bool by_id)
{
	long found = -1;

	for (size_t i = 0; i < ds->n_entities; i++) {
		const struct entity *e = &ds->entities[i];
		if (!matches(text, by_id ? e->id : e->name))
			continue;
		if (found >= 0)
			return -2;
		found = (long)i;
	}
	return found;
}

long dataset_find_entity(const struct dataset *ds, const char *text)
{
	long found = dataset_entity(ds, text);

	if (found == -1)
		found = only_match(ds, text, false);
	if (found == -1) {
		long by_id = only_match(ds, text, true);
		found = by_id >= 0 ? by_id : -1; /* ids differing in case only: none */
	}
	return found;
}

bool dataset_valid_id(const char *s)
{
	size_t n = strlen(s);

	return n >= 1 && n <= DATASET_ID_MAX &&
	       s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")] ==
	           '\0';
}

const char *dataset_suggest_entity(const struct dataset *ds, const char *text)
{
	struct suggest names, ids;

	/* An abbreviation of one name ("GGD HM") is the strongest hint. */
	for (size_t i = 0; i < ds->n_entities; i++)
		if (suggest_abbreviates(text, ds->entities[i].name))
			return ds->entities[i].name;
	suggest_init(&names, text);
	suggest_init(&ids, text);
	for (size_t i = 0; i < ds->n_entities; i++) {
		suggest_offer(&names, ds->entities[i].name);
		suggest_offer(&ids, ds->entities[i].id);
	}
	if (!suggest_result(&names) || (dataset_valid_id(text) && suggest_result(&ids) &&
	                                ids.best_distance < names.best_distance))
		return suggest_result(&ids);
	return suggest_result(&names);
}

long dataset_wave(const struct dataset *ds, const char *id)
{
	return lookup(&ds->wave_ids, id);
}

int dataset_cmp_ids(const struct dataset *ds, size_t a, size_t b)
{
	return strcmp(ds->entities[a].id, ds->entities[b].id);
}

bool entity_active(const struct entity *e, int date)
{
	return date == DATE_NONE || (e->since <= date && date < e->until);
}

bool member_active(const struct member *m, int date)
{
	return date == DATE_NONE || (m->since <= date && date < m->until);
}
