/* strmap: open addressing with linear probing, FNV-1a hashes. */
#include "util/strmap.h"
#include "util/strbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

void strmap_init(struct strmap *m)
{
	memset(m, 0, sizeof(*m));
}

void strmap_release(struct strmap *m)
{
	free(m->keys);
	free(m->values);
	strmap_init(m);
}

static size_t slot(const struct strmap *m, const char *key)
{
	size_t i = hash(key) & (m->size - 1);

	while (m->keys[i] && strcmp(m->keys[i], key))
		i = (i + 1) & (m->size - 1);
	return i;
}

static void rehash(struct strmap *m)
{
	struct strmap old = *m;

	m->size = old.size ? old.size * 2 : 16;
	m->keys = xcalloc(m->size, sizeof(*m->keys));
	m->values = xcalloc(m->size, sizeof(*m->values));
	for (size_t i = 0; i < old.size; i++) {
		if (old.keys[i]) {
			size_t j = slot(m, old.keys[i]);

			m->keys[j] = old.keys[i];
			m->values[j] = old.values[i];
		}
	}
	free(old.keys);
	free(old.values);
}

int strmap_put(struct strmap *m, const char *key, size_t value)
{
	if ((m->count + 1) * 2 > m->size)
		rehash(m);
	size_t i = slot(m, key);
	if (m->keys[i])
		return -1;
	m->keys[i] = key;
	m->values[i] = value;
	m->count++;
	return 0;
}

int strmap_get(const struct strmap *m, const char *key, size_t *value)
{
	if (!m->size)
		return -1;
	size_t i = slot(m, key);
	if (!m->keys[i])
		return -1;
	*value = m->values[i];
	return 0;
}
