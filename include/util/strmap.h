/*
 * strmap: a hash map from strings to indexes, for looking up entities,
 * waves and tasks by id. The map does not copy keys: they must outlive it.
 */
#ifndef PARTNERMAP_UTIL_STRMAP_H
#define PARTNERMAP_UTIL_STRMAP_H

#include <stddef.h>

struct strmap {
	const char **keys;
	size_t *values;
	size_t size, count;
};

void strmap_init(struct strmap *m);
void strmap_release(struct strmap *m);
/* Adds key -> value; returns 0, or -1 (and changes nothing) when the key is
 * already there. */
int strmap_put(struct strmap *m, const char *key, size_t value);
/* Returns 0 and sets *value when found, -1 when not. */
int strmap_get(const struct strmap *m, const char *key, size_t *value);

#endif
