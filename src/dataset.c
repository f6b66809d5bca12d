/* dataset: the study's model and its look-ups. */
#include "dataset.h"
#include "date.h"

#include <stdlib.h>
#include <string.h>

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
