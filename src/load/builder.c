/*
 * builder: the rules of dataset.md, checked as a front end hands over the
 * study's parts. Arrays grow while the study is built (the front end need
 * not count first) and are moved into the dataset's arena when it is done.
 */
#include "load/builder.h"
#include "util/date.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/suggest.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { NAME_MAX_CHARS = 200, QUOTE_MAX = 60 };

/* What the builder keeps of a wave beyond the dataset: where its date is. */
struct wave_src {
	bool has_date;
	struct where at_date;
};

struct builder {
	struct diags *diags;
	bool strict;
	enum builder_source source;
	struct dataset *ds;
	struct arena scratch;       /* copies of locations, freed with the builder */
	struct wave_src *wave_srcs; /* every wave given, also those refused */
	size_t n_wave_srcs;
	size_t *wave_src; /* per wave of the study: its index in wave_srcs */
	bool waves_declared;
	struct where *entity_at; /* per entity, for the warning about unused ones */
	bool *named;             /* per entity: an interview or a team mentions it */
	bool *seen;              /* per wave and entity: interviewed */
	struct where **tie_at;   /* per interview, per tie: where `with` is */
	size_t *last_tie;        /* per entity: 1 + the tie naming it, in the current interview */
	/* A sheet names entities and tasks also by name or label, ignoring
	 * ASCII case: these indexes (keys folded to lower case, in scratch)
	 * keep each lookup constant in time, however many there are. They
	 * catch up with the entities and tasks given so far when used. */
	struct strmap names;     /* folded entity name -> first entity with it */
	bool *name_shared;       /* per entity: another entity has its name too */
	size_t n_named;          /* entities in names */
	struct strmap task_keys; /* folded task label or id -> first task with it */
	size_t n_task_keys;      /* tasks in task_keys */
	struct strbuf key;       /* scratch for a folded key */
	/* One report per cause (workbook.md): a name entered on two rows of a
	 * sheet, or a refused row, is reported once; the references that fail
	 * only because of it are counted here and said in one line each. */
	struct strmap row_names; /* sheet: folded name -> first entity with it */
	bool *doubled;           /* per entity: its name is on another row, reported */
	bool *made;              /* per entity: its id was made from its name */
	size_t *second;          /* per entity: the next row with its name, or 0 */
	bool refused, no_sheet;  /* a row without a name was refused; there is no sheet */
	struct where refused_at;
	struct strmap refused_names; /* folded name of a refused row -> index in refused_rows */
	struct where *refused_rows;
	size_t n_refused;
	struct strmap quiet; /* folded reference -> index in quiet_refs */
	struct quiet_ref *quiet_refs;
	size_t n_quiet;
};

/* References not reported one by one, as builder_finish() says them. */
struct quiet_ref {
	const char *text; /* as first written */
	struct where first;
	size_t count;
	long entity;        /* the doubled entity it resolved to, or -1 */
	struct where cause; /* else the refused row it most likely names */
};

/* Grows an array of N elements, whose capacity is the next power of two,
 * so that one more fits. */
static void *grow(void *p, size_t n, size_t size)
{
	if (n == 0 || (n & (n - 1)) == 0)
		p = xrealloc(p, (n ? 2 * n : 1) * size);
	return p;
}

static struct where copy_where(struct builder *b, const struct where *at)
{
	struct where w = *at;

	w.file = at->file ? arena_strdup(&b->scratch, at->file) : NULL;
	w.path = at->path ? arena_strdup(&b->scratch, at->path) : NULL;
	return w;
}

void builder_vdiag(struct builder *b, bool is_error, const struct where *at, const char *fmt,
                   va_list ap)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_vaddf(&sb, msg_tr(fmt), ap);
	diags_add(b->diags, is_error || b->strict, at, sb.buf);
	sb_release(&sb);
}

void builder_error(struct builder *b, const struct where *at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	builder_vdiag(b, true, at, fmt, ap);
	va_end(ap);
}

void builder_warning(struct builder *b, const struct where *at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	builder_vdiag(b, false, at, fmt, ap);
	va_end(ap);
}

const char *builder_quote(const char *s)
{
	static struct strbuf bufs[4];
	static unsigned next;
	struct strbuf *sb = &bufs[next++ % 4];

	sb_release(sb);
	sb_add_quoted(sb, s, QUOTE_MAX);
	return sb->buf;
}

#define q    builder_quote
#define err  builder_error
#define warn builder_warning

struct builder *builder_new(struct diags *diags, bool strict, enum builder_source source)
{
	struct builder *b = xcalloc(1, sizeof(*b));

	b->diags = diags;
	b->strict = strict;
	b->source = source;
	b->ds = xcalloc(1, sizeof(*b->ds));
	sb_init(&b->key);
	return b;
}

static const char *dup(struct builder *b, const char *s)
{
	return arena_strdup(&b->ds->arena, s);
}

/* Copies N elements into the dataset's arena and frees the original. */
static void *settle(struct builder *b, void *p, size_t n, size_t size)
{
	void *q = NULL;

	if (n) {
		q = arena_alloc(&b->ds->arena, n * size);
		memcpy(q, p, n * size);
	}
	free(p);
	return q;
}

static void release(struct builder *b, bool keep)
{
	struct dataset *ds = b->ds;

	for (size_t i = 0; i < ds->n_entities; i++) {
		struct entity *e = &ds->entities[i];
		if (keep) {
			e->municipalities = settle(b, e->municipalities, e->n_municipalities,
			                           sizeof(*e->municipalities));
			e->members = settle(b, e->members, e->n_members, sizeof(*e->members));
		} else {
			free(e->municipalities);
			free(e->members);
		}
	}
	for (size_t i = 0; i < ds->n_interviews; i++) {
		struct interview *in = &ds->interviews[i];
		if (keep)
			in->ties = settle(b, in->ties, in->n_ties, sizeof(*in->ties));
		else
			free(in->ties);
		free(b->tie_at[i]);
	}
	if (keep) {
		ds->waves = settle(b, ds->waves, ds->n_waves, sizeof(*ds->waves));
		ds->tasks = settle(b, ds->tasks, ds->n_tasks, sizeof(*ds->tasks));
		ds->entities = settle(b, ds->entities, ds->n_entities, sizeof(*ds->entities));
		ds->interviews =
		    settle(b, ds->interviews, ds->n_interviews, sizeof(*ds->interviews));
	} else {
		free(ds->waves);
		free(ds->tasks);
		free(ds->entities);
		free(ds->interviews);
		ds->waves = NULL;
		ds->tasks = NULL;
		ds->entities = NULL;
		ds->interviews = NULL;
		dataset_free(ds);
	}
	free(b->wave_srcs);
	free(b->wave_src);
	free(b->entity_at);
	free(b->named);
	free(b->seen);
	free(b->tie_at);
	free(b->last_tie);
	strmap_release(&b->names);
	free(b->name_shared);
	strmap_release(&b->task_keys);
	strmap_release(&b->row_names);
	strmap_release(&b->quiet);
	strmap_release(&b->refused_names);
	free(b->refused_rows);
	free(b->doubled);
	free(b->made);
	free(b->second);
	free(b->quiet_refs);
	sb_release(&b->key);
	arena_release(&b->scratch);
	free(b);
}

void builder_abort(struct builder *b)
{
	release(b, false);
}

/* Entities that nobody names, that are in no team and never interviewed. */
static void check_unused(struct builder *b)
{
	for (size_t e = 0; e < b->ds->n_entities; e++)
		if (!b->named[e])
			warn(b, &b->entity_at[e], "%s is never interviewed and nobody names it",
			     q(b->ds->entities[e].id));
}

/* Where a problem is, as a message names it: "Partijen!B7", or a CSV
 * file's "Partijen.csv:7:2". */
static const char *where_text(const struct where *w, char buf[static 256])
{
	const char *base = w->file ? strrchr(w->file, '/') : NULL;

	if (w->path && *w->path)
		snprintf(buf, 256, "%s", w->path);
	else if (w->file)
		snprintf(buf, 256, "%s:%d:%d", base ? base + 1 : w->file, w->line, w->column);
	else
		snprintf(buf, 256, "?");
	return buf;
}

/* The references counted instead of reported, one line per cause. */
static void say_quiet(struct builder *b)
{
	size_t total = 0;
	char first[256], refused[256], *cause = refused;

	for (size_t i = 0; i < b->n_quiet; i++)
		total += b->quiet_refs[i].count;
	if (b->no_sheet && total) {
		err(b, NULL,
		    "%zu references to entities (the first at %s) cannot be checked, because the "
		    "sheet of entities is missing",
		    total, where_text(&b->quiet_refs[0].first, first));
		return;
	}
	for (size_t i = 0; i < b->n_quiet; i++) {
		const struct quiet_ref *r = &b->quiet_refs[i];
		where_text(&r->cause, cause);
		if (r->entity >= 0)
			err(b, &r->first,
			    "%s is named here and %zu more times; these references wait for the "
			    "double row of %s above (so they are not reported one by one)",
			    q(r->text), r->count - 1, q(b->ds->entities[r->entity].name));
		else if (r->count > 1)
			err(b, &r->first,
			    "%s is named here and %zu more times, but no entity has that id or "
			    "name; "
			    "most likely it is the entity of the row refused above (at %s)",
			    q(r->text), r->count - 1, refused);
		else
			err(b, &r->first,
			    "no entity has the id or name %s; most likely it is the entity of the "
			    "row "
			    "refused above (at %s)",
			    q(r->text), refused);
	}
}

enum load_status builder_finish(struct builder *b, struct dataset **out)
{
	struct dataset *ds = b->ds;

	*out = NULL;
	if (!ds->n_waves)
		builder_waves_done(b);
	say_quiet(b);
	if (!b->diags->errors)
		check_unused(b);
	if (b->diags->errors) {
		release(b, false);
		return LOAD_INVALID;
	}
	release(b, true);
	*out = ds;
	return LOAD_OK;
}

void builder_title(struct builder *b, const char *title)
{
	b->ds->title = title ? dup(b, title) : NULL;
}

/* ---- values ---- */

/* The Dutch day-first form D-M-YYYY (also with / or .) as YYYY-MM-DD text
 * in BUF; false when S is not of that form. */
static bool dutch_date(const char *s, char buf[static 40])
{
	int d, m, y, n = 0;
	char s1, s2;

	if (sscanf(s, "%2d%c%2d%c%4d%n", &d, &s1, &m, &s2, &y, &n) != 5 || s[n] || s1 != s2 ||
	    !strchr("-/.", s1) || !isdigit((unsigned char)s[0]) || d < 1 || m < 1 || y < 1000)
		return false;
	snprintf(buf, 40, "%04d-%02d-%02d", y, m, d);
	return true;
}

/* A date's text: DATE_NONE when absent or (with an error) invalid; its
 * precision (enum date_precision) in *PRECISION. */
static int date_at(struct builder *b, const char *text, const struct where *at,
                   unsigned char *precision)
{
	char buf[40];
	int d;

	*precision = DATE_DAY;
	if (!text)
		return DATE_NONE;
	d = date_parse(text);
	if (d != DATE_NONE)
		*precision = (unsigned char)date_precision(text);
	if (d == DATE_NONE && b->source == BUILD_SHEET && dutch_date(text, buf))
		d = date_parse(buf);
	if (d != DATE_NONE)
		return d;
	if (b->source == BUILD_SHEET)
		err(b, at,
		    "%s is not a date; expected a date, YYYY, YYYY-MM, YYYY-MM-DD or D-M-YYYY",
		    q(text));
	else
		err(b, at, "%s is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD", q(text));
	return DATE_NONE;
}

/* A whole number from lo to hi; 0 when absent or (with an error) invalid.
 * TYPED is X as the person typed it (a number, such as "3,5"), for the
 * message; NULL: X. */
static int int_at(struct builder *b, double x, const char *typed, int lo, int hi, const char *what,
                  const struct where *at)
{
	char number[64];

	if (isnan(x))
		return 0;
	if (x != floor(x) || x < lo || x > hi) {
		snprintf(number, sizeof(number), "%g", x);
		err(b, at, "%s is not %s; expected a whole number from %d to %d",
		    typed ? typed : number, what, lo, hi);
		return 0;
	}
	return (int)x;
}

/* "a team", "an organisation": a kind as a message names it. */
static const char *kind_with_article(enum kind k)
{
	switch (k) {
	case KIND_MUNICIPALITY:
		return msg_tr("a municipality");
	case KIND_ORGANISATION:
		return msg_tr("an organisation");
	case KIND_TEAM:
		return msg_tr("a team");
	case KIND_INFORMAL:
		return msg_tr("an informal partner");
	case KIND_COUNT:
		break;
	}
	return kind_name(k);
}

const struct dataset *builder_dataset(const struct builder *b)
{
	return b->ds;
}

/* S without the spaces around it (when TRIM) and in ASCII lower case, in
 * the builder's key buffer, valid until the next call. */
static const char *fold(struct builder *b, const char *s, bool trim)
{
	size_t len;

	while (trim && isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	while (trim && len && isspace((unsigned char)s[len - 1]))
		len--;
	sb_reset(&b->key);
	for (size_t i = 0; i < len; i++)
		sb_addc(&b->key, (char)tolower((unsigned char)s[i]));
	return b->key.buf;
}

/* The same, kept in scratch for as long as the builder: a key of an index. */
static const char *fold_kept(struct builder *b, const char *s)
{
	return arena_strdup(&b->scratch, fold(b, s, false));
}

/* Brings the index of names up to the entities given so far. */
static void index_names(struct builder *b)
{
	const struct dataset *ds = b->ds;

	if (b->n_named == ds->n_entities)
		return;
	b->name_shared = xrealloc(b->name_shared, ds->n_entities * sizeof(*b->name_shared));
	for (; b->n_named < ds->n_entities; b->n_named++) {
		size_t first;
		const char *key = fold_kept(b, ds->entities[b->n_named].name);
		b->name_shared[b->n_named] = false;
		if (strmap_put(&b->names, key, b->n_named) && !strmap_get(&b->names, key, &first))
			b->name_shared[first] = true;
	}
}

long builder_lookup_entity(struct builder *b, const char *ref)
{
	long k = dataset_entity(b->ds, ref);
	size_t i;

	if (k >= 0 || b->source == BUILD_JSON)
		return k;
	index_names(b);
	if (strmap_get(&b->names, fold(b, ref, true), &i))
		return -1;
	return b->name_shared[i] ? -2 : (long)i;
}

static bool report_double(struct builder *b, size_t first);

void builder_refused(struct builder *b, const struct where *at, const char *name)
{
	if (!at) {
		b->no_sheet = b->refused = true;
		return;
	}
	if (name) {
		if (strmap_put(&b->refused_names, fold_kept(b, name), b->n_refused))
			return;
		b->refused_rows = grow(b->refused_rows, b->n_refused, sizeof(*b->refused_rows));
		b->refused_rows[b->n_refused++] = copy_where(b, at);
		return;
	}
	if (!b->refused)
		b->refused_at = copy_where(b, at);
	b->refused = true;
}

/* Counts a reference that fails only because of a cause already reported
 * (a doubled row: ENTITY, else a refused row); returns ENTITY. */
static long quiet(struct builder *b, const char *ref, const struct where *at, long entity,
                  const struct where *cause)
{
	size_t i;

	if (strmap_get(&b->quiet, fold(b, ref, true), &i)) {
		i = b->n_quiet++;
		b->quiet_refs = grow(b->quiet_refs, i, sizeof(*b->quiet_refs));
		b->quiet_refs[i] =
		    (struct quiet_ref){arena_strdup(&b->scratch, ref), copy_where(b, at), 0, entity,
		                       copy_where(b, cause)};
		strmap_put(&b->quiet, fold_kept(b, ref), i);
	}
	b->quiet_refs[i].count++;
	return entity;
}

long builder_find_entity(struct builder *b, const char *ref, const struct where *at)
{
	const struct dataset *ds = b->ds;
	long k = builder_lookup_entity(b, ref);
	struct suggest s;
	const char *near;
	size_t first;

	if (k >= 0)
		return k;
	if (k == -2 && b->source == BUILD_SHEET &&
	    !strmap_get(&b->row_names, fold(b, ref, true), &first) && report_double(b, first))
		return quiet(b, ref, at, (long)first, at);
	if (k == -1 && b->source == BUILD_SHEET &&
	    !strmap_get(&b->refused_names, fold(b, ref, true), &first))
		return quiet(b, ref, at, -1, &b->refused_rows[first]);
	if (k == -2) {
		err(b, at, "more than one entity is named %s; give the id instead", q(ref));
		return -1;
	}
	/* Beyond the diagnostics kept a message is only counted, so the search
	 * for a likely misspelling, through every entity, is skipped there:
	 * a study of unknown references stays linear to check. */
	suggest_init(&s, ref);
	if (b->source == BUILD_JSON) {
		for (size_t i = 0; i < ds->n_entities && !diags_full(b->diags); i++)
			suggest_offer(&s, ds->entities[i].id);
		if ((near = suggest_result(&s)))
			err(b, at, "no entity has the id %s; did you mean %s?", q(ref), q(near));
		else
			err(b, at, "no entity has the id %s", q(ref));
		return -1;
	}
	/* Names first: they are what a person sees, and ids may have been made
	 * from them (dataset_suggest_entity()). */
	near = diags_full(b->diags) ? NULL : dataset_suggest_entity(ds, ref);
	if (!near && b->refused)
		return quiet(b, ref, at, -1, &b->refused_at);
	if (near)
		err(b, at, "no entity is named %s; did you mean %s?", q(ref), q(near));
	else
		err(b, at, "no entity has the id or name %s", q(ref));
	return -1;
}

/* ---- waves and tasks ---- */

void builder_wave(struct builder *b, const struct b_wave *w)
{
	struct dataset *ds = b->ds;
	unsigned char precision;
	int date = date_at(b, w->date, &w->at_date, &precision);

	b->waves_declared = true;
	b->wave_srcs = grow(b->wave_srcs, b->n_wave_srcs, sizeof(*b->wave_srcs));
	b->wave_srcs[b->n_wave_srcs].has_date = w->has_date;
	b->wave_srcs[b->n_wave_srcs++].at_date = copy_where(b, &w->at_date);
	if (!w->id)
		return;
	if (!*w->id) {
		err(b, &w->at, "the wave id is empty");
		return;
	}
	ds->waves = grow(ds->waves, ds->n_waves, sizeof(*ds->waves));
	b->wave_src = grow(b->wave_src, ds->n_waves, sizeof(*b->wave_src));
	b->wave_src[ds->n_waves] = b->n_wave_srcs - 1;
	struct wave *wv = &ds->waves[ds->n_waves];
	wv->id = dup(b, w->id);
	wv->label = w->label ? dup(b, w->label) : NULL;
	wv->date = date;
	wv->date_precision = precision;
	if (strmap_put(&ds->wave_ids, wv->id, ds->n_waves)) {
		err(b, &w->at_id, "duplicate wave id %s", q(wv->id));
		return;
	}
	ds->n_waves++;
}

void builder_waves_done(struct builder *b)
{
	struct dataset *ds = b->ds;
	size_t dated = 0;

	if (!ds->n_waves && !b->waves_declared) {
		ds->waves = xcalloc(1, sizeof(*ds->waves));
		ds->waves[0].id = "1";
		ds->n_waves = 1;
		strmap_put(&ds->wave_ids, "1", 0);
		return;
	}
	for (size_t i = 0; i < b->n_wave_srcs; i++)
		dated += b->wave_srcs[i].has_date;
	for (size_t i = 0; dated && dated < b->n_wave_srcs && i < b->n_wave_srcs; i++) {
		if (b->wave_srcs[i].has_date)
			continue;
		if (b->source == BUILD_SHEET)
			err(b, &b->wave_srcs[i].at_date,
			    "the date is missing: when one wave has a date, every wave needs one");
		else
			err(b, &b->wave_srcs[i].at_date,
			    "required key is missing: when one wave has a date, every wave needs "
			    "one");
	}
	for (size_t k = 1; k < ds->n_waves; k++) {
		const struct wave *a = &ds->waves[k - 1], *c = &ds->waves[k];
		if (a->date != DATE_NONE && c->date != DATE_NONE && c->date <= a->date) {
			char da[11], dc[11];
			date_format(a->date, da);
			date_format(c->date, dc);
			err(b, &b->wave_srcs[b->wave_src[k]].at_date,
			    "wave %s (%s) is not later than wave %s (%s); list the waves in time "
			    "order",
			    q(c->id), dc, q(a->id), da);
		}
	}
	if (!ds->n_waves) {
		/* Every wave was refused: keep one so that interviews can be checked. */
		ds->waves = xcalloc(1, sizeof(*ds->waves));
		ds->waves[0].id = "1";
		ds->n_waves = 1;
		strmap_put(&ds->wave_ids, "1", 0);
	}
}

void builder_task(struct builder *b, const struct b_task *t)
{
	struct dataset *ds = b->ds;

	ds->tasks = grow(ds->tasks, ds->n_tasks, sizeof(*ds->tasks));
	struct task *tk = &ds->tasks[ds->n_tasks];
	tk->id = dup(b, t->id);
	tk->label = t->label ? dup(b, t->label) : tk->id;
	if (strmap_put(&ds->task_ids, tk->id, ds->n_tasks)) {
		err(b, &t->at_id, "duplicate task id %s", q(tk->id));
		return;
	}
	ds->n_tasks++;
}

/* ---- entities ---- */

static bool parse_kind(const char *s, enum kind *kind)
{
	for (int k = 0; k < KIND_COUNT; k++) {
		if (!strcmp(s, kind_name((enum kind)k))) {
			*kind = (enum kind)k;
			return true;
		}
	}
	return false;
}

static struct strlist strings(struct builder *b, const struct b_strings *s)
{
	struct strlist list = {0};

	if (!s->count)
		return list;
	list.items = arena_alloc(&b->ds->arena, s->count * sizeof(*list.items));
	for (size_t i = 0; i < s->count; i++)
		list.items[list.count++] = dup(b, s->items[i]);
	return list;
}

/* Notes which rows of a sheet share a name and whether each id was made
 * from the name: two such rows are only reported when a reference names
 * them (report_double()), since ids made from one name are numbered. */
static void note_row_name(struct builder *b, const struct b_entity *e, const struct entity *en)
{
	size_t n = b->ds->n_entities, first;

	b->doubled = grow(b->doubled, n, sizeof(*b->doubled));
	b->doubled[n] = false;
	b->made = grow(b->made, n, sizeof(*b->made));
	b->made[n] = e->id_made;
	b->second = grow(b->second, n, sizeof(*b->second));
	b->second[n] = 0;
	if (!*en->name || !strmap_put(&b->row_names, fold_kept(b, en->name), n))
		return;
	strmap_get(&b->row_names, fold(b, en->name, false), &first);
	if (!b->second[first])
		b->second[first] = n;
}

/* A reference to a name that two rows have, one of them without an id of
 * its own: one entity entered twice (workbook.md), reported once naming
 * both rows. False when both rows have ids of their own (they are then
 * referred to by id). */
static bool report_double(struct builder *b, size_t first)
{
	size_t second = b->second[first];
	char here[256], there[256];

	if (b->doubled[first])
		return true;
	if (!second || (!b->made[first] && !b->made[second]))
		return false;
	b->doubled[first] = true;
	err(b, &b->entity_at[second],
	    "%s is entered on two rows, %s and %s; if it is one organisation, delete one of the "
	    "two "
	    "rows, else give each its own name",
	    q(b->ds->entities[first].name), where_text(&b->entity_at[first], there),
	    where_text(&b->entity_at[second], here));
	return true;
}

long builder_entity(struct builder *b, const struct b_entity *e)
{
	struct dataset *ds = b->ds;
	struct entity en = {.name = ""};

	if (e->name) {
		size_t chars = utf8_chars(e->name);
		if (chars == 0)
			err(b, &e->at_name,
			    "the name is empty; expected the name to show in diagrams");
		else if (chars > NAME_MAX_CHARS)
			err(b, &e->at_name,
			    "the name %s is %zu characters long; at most %d are allowed",
			    q(e->name), chars, NAME_MAX_CHARS);
		else
			en.name = dup(b, e->name);
	}
	if (e->kind && !parse_kind(e->kind, &en.kind) && b->source == BUILD_SHEET)
		err(b, &e->at_kind,
		    "unknown kind %s; expected municipality, organisation, team or informal "
		    "(gemeente, organisatie, team, informeel)",
		    q(e->kind));
	else if (e->kind && !parse_kind(e->kind, &en.kind))
		err(b, &e->at_kind,
		    "unknown kind %s; expected municipality, organisation, team or informal",
		    q(e->kind));
	en.since = date_at(b, e->since, &e->at_since, &en.since_precision);
	en.until = date_at(b, e->until, &e->at_until, &en.until_precision);
	en.note = e->note ? dup(b, e->note) : NULL;
	if (en.until == DATE_NONE)
		en.until = DATE_END_OF_TIME;
	en.domains = strings(b, &e->domains);
	en.areas = strings(b, &e->areas);
	en.target_groups = strings(b, &e->target_groups);
	if (e->n_attributes) {
		en.attributes = arena_alloc(&ds->arena, e->n_attributes * sizeof(*en.attributes));
		for (size_t i = 0; i < e->n_attributes; i++) {
			en.attributes[i].key = dup(b, e->attributes[i].key);
			en.attributes[i].value = dup(b, e->attributes[i].value);
		}
		en.n_attributes = e->n_attributes;
	}
	if (!e->id)
		return -1;
	if (!dataset_valid_id(e->id)) {
		err(b, &e->at_id,
		    "%s is not a valid id; use 1 to %d characters of A-Z a-z 0-9 _ . -", q(e->id),
		    DATASET_ID_MAX);
		return -1;
	}
	en.id = dup(b, e->id);
	if (strmap_put(&ds->entity_ids, en.id, ds->n_entities)) {
		err(b, &e->at_id, "duplicate entity id %s", q(en.id));
		return -1;
	}
	if (b->source == BUILD_SHEET)
		note_row_name(b, e, &en);
	ds->entities = grow(ds->entities, ds->n_entities, sizeof(*ds->entities));
	b->entity_at = grow(b->entity_at, ds->n_entities, sizeof(*b->entity_at));
	b->named = grow(b->named, ds->n_entities, sizeof(*b->named));
	b->entity_at[ds->n_entities] = copy_where(b, &e->at);
	b->named[ds->n_entities] = false;
	ds->entities[ds->n_entities] = en;
	return (long)ds->n_entities++;
}

void builder_municipality(struct builder *b, long e, const char *ref, const struct where *at)
{
	struct entity *en = &b->ds->entities[e];
	long k = builder_find_entity(b, ref, at);

	if (k < 0)
		return;
	const struct entity *m = &b->ds->entities[k];
	if (m->kind != KIND_MUNICIPALITY) {
		err(b, at, "%s is %s, not a municipality", q(m->id), kind_with_article(m->kind));
		return;
	}
	en->municipalities =
	    grow(en->municipalities, en->n_municipalities, sizeof(*en->municipalities));
	en->municipalities[en->n_municipalities++] = (size_t)k;
}

bool builder_may_have_members(struct builder *b, long e, const struct where *at)
{
	const struct entity *en = &b->ds->entities[e];

	if (en->kind == KIND_TEAM)
		return true;
	err(b, at, "only a team has members; %s is %s", q(en->id), kind_with_article(en->kind));
	return false;
}

void builder_member(struct builder *b, long team, const struct b_member *m)
{
	struct entity *en = &b->ds->entities[team];
	struct member mb = {.since = DATE_NONE, .until = DATE_END_OF_TIME};

	mb.since = date_at(b, m->since, &m->at_since, &mb.since_precision);
	int until = date_at(b, m->until, &m->at_until, &mb.until_precision);
	if (until != DATE_NONE)
		mb.until = until;
	long k = builder_find_entity(b, m->ref, &m->at);
	if (k < 0)
		return;
	if (k == team) {
		err(b, &m->at, "%s cannot be a member of itself", q(m->ref));
		return;
	}
	if (b->ds->entities[k].kind == KIND_TEAM) {
		err(b, &m->at, "%s is a team; a team's members cannot be teams", q(m->ref));
		return;
	}
	mb.entity = (size_t)k;
	en->members = grow(en->members, en->n_members, sizeof(*en->members));
	en->members[en->n_members++] = mb;
	b->named[k] = b->named[team] = true;
}

/* ---- interviews ---- */

long builder_lookup_task(struct builder *b, const char *task)
{
	const struct dataset *ds = b->ds;
	size_t t;

	if (!strmap_get(&ds->task_ids, task, &t))
		return (long)t;
	if (b->source == BUILD_JSON)
		return -1;
	for (; b->n_task_keys < ds->n_tasks; b->n_task_keys++) {
		const struct task *tk = &ds->tasks[b->n_task_keys];
		strmap_put(&b->task_keys, fold_kept(b, tk->label), b->n_task_keys);
		strmap_put(&b->task_keys, fold_kept(b, tk->id), b->n_task_keys);
	}
	if (!strmap_get(&b->task_keys, fold(b, task, false), &t))
		return (long)t;
	return -1;
}

long builder_find_task(struct builder *b, const char *task, const struct where *at)
{
	long t = builder_lookup_task(b, task);

	if (t >= 0)
		return t;
	if (b->source == BUILD_JSON) {
		err(b, at, "no task has the id %s; declare it under \"tasks\"", q(task));
		return -1;
	}
	err(b, at, "no task has the id or label %s; add it to the sheet of tasks", q(task));
	return -1;
}

/* An interview's wave that the study does not have: the closest and the
 * waves there are (at most the first twelve). */
static void unknown_wave(struct builder *b, const char *wave, const struct where *at)
{
	const struct dataset *ds = b->ds;
	struct suggest s;
	struct strbuf list;
	const char *near;

	sb_init(&list);
	suggest_init(&s, wave);
	for (size_t i = 0; i < ds->n_waves; i++) {
		suggest_offer(&s, ds->waves[i].id);
		if (i < 12)
			sb_addf(&list, "%s%s", i ? ", " : "", ds->waves[i].id);
	}
	if (ds->n_waves > 12)
		sb_adds(&list, ", ...");
	if ((near = suggest_result(&s)))
		err(b, at, "no wave has the id %s; did you mean %s? The waves are %s", q(wave),
		    q(near), list.buf);
	else
		err(b, at, "no wave has the id %s; the waves are %s", q(wave), list.buf);
	sb_release(&list);
}

long builder_interview(struct builder *b, const struct b_interview *iv)
{
	struct dataset *ds = b->ds;
	struct interview in = {0};
	long r = -1, w = 0;
	size_t ne = ds->n_entities;

	if (!b->seen) {
		b->seen = xcalloc(ds->n_waves * (ne ? ne : 1), sizeof(*b->seen));
		b->last_tie = xcalloc(ne ? ne : 1, sizeof(*b->last_tie));
	}
	in.date = date_at(b, iv->date, &iv->at_date, &in.date_precision);
	in.note = iv->note ? dup(b, iv->note) : NULL;
	in.scores = arena_alloc(&ds->arena, (ds->n_tasks ? ds->n_tasks : 1) * sizeof(double));
	for (size_t t = 0; t < ds->n_tasks; t++)
		in.scores[t] = NAN;
	if (iv->respondent)
		r = builder_find_entity(b, iv->respondent, &iv->at_respondent);
	if (iv->wave) {
		w = dataset_wave(ds, iv->wave);
		if (w < 0)
			unknown_wave(b, iv->wave, &iv->at_wave);
	} else if (b->waves_declared) {
		if (!iv->wave_given && b->source == BUILD_SHEET)
			err(b, &iv->at_wave, "the wave is missing; the study has a sheet of waves");
		else if (!iv->wave_given)
			err(b, &iv->at_wave, "required key is missing: the study declares waves");
		w = -1;
	}
	if (r < 0 || w < 0)
		return -1; /* its scores are still checked, with builder_score(-1, ...) */
	in.respondent = (size_t)r;
	in.wave = (size_t)w;
	b->named[r] = true;
	if (b->seen[(size_t)w * ne + (size_t)r]) {
		err(b, &iv->at_respondent,
		    "%s is interviewed twice in wave %s; give one interview per wave",
		    q(iv->respondent), q(ds->waves[w].id));
		return -1;
	}
	b->seen[(size_t)w * ne + (size_t)r] = true;
	const struct wave *wv = &ds->waves[w];
	if (!entity_active(&ds->entities[r], wv->date)) {
		char d[11];
		date_format(wv->date, d);
		warn(b, &iv->at_respondent,
		     "%s does not exist on the date of wave %s (%s); its ties are left out of that "
		     "wave",
		     q(ds->entities[r].id), q(wv->id), d);
	}
	ds->interviews = grow(ds->interviews, ds->n_interviews, sizeof(*ds->interviews));
	b->tie_at = grow(b->tie_at, ds->n_interviews, sizeof(*b->tie_at));
	b->tie_at[ds->n_interviews] = NULL;
	ds->interviews[ds->n_interviews] = in;
	return (long)ds->n_interviews++;
}

void builder_score(struct builder *b, long interview, long task, double score,
                   const struct where *at)
{
	if (!(score >= 1 && score <= 10)) {
		err(b, at, "the score %g is outside 1 to 10", score);
		return;
	}
	if (interview >= 0 && task >= 0)
		b->ds->interviews[interview].scores[task] = score;
}

void builder_tie(struct builder *b, long interview, const struct b_tie *t)
{
	struct dataset *ds = b->ds;

	if (interview < 0)
		return;
	struct interview *in = &ds->interviews[interview];
	const struct wave *w = &ds->waves[in->wave];
	struct tie_report r = {0};

	int level = int_at(b, t->level, t->level_text, 1, 3, msg_tr("a level"), &t->at_level);
	r.level = level ? level : 1;
	r.trust = int_at(b, t->trust, t->trust_text, 1, 4, msg_tr("a trust rating"), &t->at_trust);
	r.since = date_at(b, t->since, &t->at_since, &r.since_precision);
	r.type = t->type && *t->type ? dup(b, t->type) : "collaboration";
	r.note = t->note ? dup(b, t->note) : NULL;
	in->ties = grow(in->ties, in->n_ties, sizeof(*in->ties));
	b->tie_at[interview] = grow(b->tie_at[interview], in->n_ties, sizeof(struct where));
	b->tie_at[interview][in->n_ties] = copy_where(b, &t->at_with);
	struct tie_report *rp = &in->ties[in->n_ties++];
	*rp = r;
	if (!t->with)
		return;
	long k = builder_find_entity(b, t->with, &t->at_with);
	if (k < 0)
		return;
	b->named[k] = true;
	if ((size_t)k == in->respondent) {
		err(b, &t->at_with, "%s is the respondent itself; a tie needs another entity",
		    q(t->with));
		return;
	}
	rp->with = (size_t)k;
	rp->usable = entity_active(&ds->entities[in->respondent], w->date);
	if (!entity_active(&ds->entities[k], w->date)) {
		char d[11];
		date_format(w->date, d);
		warn(b, &t->at_with,
		     "%s does not exist on the date of wave %s (%s); this tie is left out of that "
		     "wave",
		     q(t->with), q(w->id), d);
		rp->usable = false;
	}
}

void builder_interview_done(struct builder *b, long interview)
{
	struct interview *in;

	if (interview < 0)
		return;
	in = &b->ds->interviews[interview];
	/* last_tie[e] is 1 + the first usable tie naming e in this interview, or
	 * 0; it is cleared again below so that the next interview starts clean. */
	for (size_t j = 0; j < in->n_ties; j++) {
		const struct tie_report *t = &in->ties[j];
		if (!t->usable)
			continue;
		size_t first = b->last_tie[t->with];
		if (!first) {
			b->last_tie[t->with] = j + 1;
			continue;
		}
		const struct where *at = &b->tie_at[interview][j];
		const struct where *was = &b->tie_at[interview][first - 1];
		if (b->source == BUILD_JSON)
			warn(b, at,
			     "%s is named twice in this interview (also ties[%zu]); they count as "
			     "one tie",
			     q(b->ds->entities[t->with].id), first - 1);
		else if (was->path)
			warn(b, at,
			     "%s is named twice in this interview (also at %s); they count as one "
			     "tie",
			     q(b->ds->entities[t->with].id), was->path);
		else
			warn(b, at,
			     "%s is named twice in this interview (also in row %d); they count as "
			     "one tie",
			     q(b->ds->entities[t->with].id), was->line);
	}
	for (size_t j = 0; j < in->n_ties; j++)
		if (in->ties[j].usable)
			b->last_tie[in->ties[j].with] = 0;
}
