/*
 * arena: many small allocations released at once. The dataset keeps all of
 * its strings and arrays in one arena, so freeing a study is one call.
 * Allocation failure aborts the program.
 */
#ifndef PARTNERMAP_UTIL_ARENA_H
#define PARTNERMAP_UTIL_ARENA_H

#include <stddef.h>

struct arena_block;
struct arena {
	struct arena_block *head;
};

/* Zero-filled, aligned for any type; lives until arena_release(). */
void *arena_alloc(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
void arena_release(struct arena *a);

#endif
