/* Helpers shared by the unit tests: load a study written inline. */
#ifndef PARTNERMAP_UNIT_H
#define PARTNERMAP_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "load/load.h"

/* JSON written with single quotes, for readable tests: J("{'a': 1}").
 * Returns one of a few rotating static buffers. */
static inline const char *J(const char *s)
{
	static char bufs[4][8192];
	static unsigned next;
	char *b = bufs[next++ % 4];
	size_t i = 0;

	for (; s[i] && i + 1 < sizeof(bufs[0]); i++)
		b[i] = s[i] == '\'' ? '"' : s[i];
	b[i] = '\0';
	return b;
}

/* Loads JSON text; the caller releases diags and the dataset. */
static inline enum load_status load_text(const char *json, struct dataset **ds, struct diags *d)
{
	memset(d, 0, sizeof(*d));
	return load_buffer(json, strlen(json), false, ds, d);
}

/* The first diagnostic at PATH, or NULL. */
static inline const struct diag *diag_at(const struct diags *d, const char *path)
{
	for (size_t i = 0; i < d->count; i++)
		if (!strcmp(d->items[i].path, path))
			return &d->items[i];
	return NULL;
}

/* Asserts that the study is refused with an error at PATH whose message
 * contains WANT. */
static inline void assert_error_at(const char *json, const char *path, const char *want)
{
	struct dataset *ds;
	struct diags d;
	enum load_status st = load_text(json, &ds, &d);
	const struct diag *g = diag_at(&d, path);

	if (!g || !g->is_error || !strstr(g->message, want)) {
		for (size_t i = 0; i < d.count; i++)
			print_message("  got %s: %s: %s\n",
			              d.items[i].is_error ? "error" : "warning", d.items[i].path,
			              d.items[i].message);
		fail_msg("expected an error at %s containing \"%s\"", path, want);
	}
	assert_int_equal(st, LOAD_INVALID);
	assert_null(ds);
	diags_release(&d);
}

/* Asserts that the study loads with a warning at PATH containing WANT. */
static inline void assert_warning_at(const char *json, const char *path, const char *want)
{
	struct dataset *ds;
	struct diags d;
	enum load_status st = load_text(json, &ds, &d);
	const struct diag *g = diag_at(&d, path);

	if (st != LOAD_OK || !g || g->is_error || !strstr(g->message, want)) {
		for (size_t i = 0; i < d.count; i++)
			print_message("  got %s: %s: %s\n",
			              d.items[i].is_error ? "error" : "warning", d.items[i].path,
			              d.items[i].message);
		fail_msg("expected a warning at %s containing \"%s\"", path, want);
	}
	dataset_free(ds);
	diags_release(&d);
}

#endif
