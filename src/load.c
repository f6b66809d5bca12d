/*
 * load: JSON text to a checked study. The bytes are checked first (size,
 * encoding, nesting) so that cJSON only ever sees text it can handle; then
 * the document is walked once per section, collecting every error and
 * warning of dataset.md with the path of the value it is about.
 */
#include "load.h"
#include "date.h"
#include "msg.h"
#include "strbuf.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ID_MAX = 64, NAME_MAX_CHARS = 200, QUOTE_MAX = 60 };

struct loader {
	struct diags *diags;
	bool strict;
	struct dataset *ds;
	bool *named; /* per entity: some interview or membership mentions it */
	bool waves_declared;
};

void diags_release(struct diags *d)
{
	for (size_t i = 0; i < d->count; i++) {
		free(d->items[i].path);
		free(d->items[i].message);
	}
	free(d->items);
	memset(d, 0, sizeof(*d));
}

static void add_diag(struct diags *d, bool is_error, int line, int column, const char *path,
                     const char *message)
{
	if (is_error)
		d->errors++;
	else
		d->warnings++;
	if (d->count == LOAD_MAX_DIAGS)
		return;
	if (!d->items)
		d->items = xcalloc(LOAD_MAX_DIAGS, sizeof(*d->items));
	struct diag *g = &d->items[d->count++];
	g->is_error = is_error;
	g->line = line;
	g->column = column;
	g->path = xstrdup(path ? path : "");
	g->message = xstrdup(message);
}

static void vdiag(struct loader *L, bool is_error, const char *path, const char *fmt, va_list ap)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_vaddf(&sb, msg_tr(fmt), ap);
	add_diag(L->diags, is_error || L->strict, 0, 0, path, sb.buf);
	sb_release(&sb);
}

static void err(struct loader *L, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void err(struct loader *L, const char *path, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(L, true, path, fmt, ap);
	va_end(ap);
}

static void warn(struct loader *L, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn(struct loader *L, const char *path, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(L, false, path, fmt, ap);
	va_end(ap);
}

/* A value quoted for a message: shortened, control characters escaped. The
 * result lives in one of a few rotating buffers, enough for one message. */
static const char *q(const char *s)
{
	static struct strbuf bufs[4];
	static unsigned next;
	struct strbuf *sb = &bufs[next++ % 4];

	sb_release(sb);
	sb_add_quoted(sb, s, QUOTE_MAX);
	return sb->buf;
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

/* What a JSON value is, for "expected X, found Y". */
static const char *describe(const cJSON *v)
{
	static char buf[96];

	if (cJSON_IsString(v))
		snprintf(buf, sizeof(buf), msg_tr("the string %s"), q(v->valuestring));
	else if (cJSON_IsNumber(v))
		snprintf(buf, sizeof(buf), msg_tr("the number %g"), v->valuedouble);
	else if (cJSON_IsBool(v))
		snprintf(buf, sizeof(buf), "%s", cJSON_IsTrue(v) ? "true" : "false");
	else if (cJSON_IsNull(v))
		snprintf(buf, sizeof(buf), "null");
	else if (cJSON_IsArray(v))
		snprintf(buf, sizeof(buf), "%s", msg_tr("a list"));
	else
		snprintf(buf, sizeof(buf), "%s", msg_tr("an object"));
	return buf;
}

/* ---- bytes ---- */

static void syntax_error(struct diags *d, const char *buf, size_t pos, const char *message)
{
	int line = 1, column = 1;

	for (size_t i = 0; i < pos; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c == '\n') {
			line++;
			column = 1;
		} else if ((c & 0xC0) != 0x80) {
			column++;
		}
	}
	add_diag(d, true, line, column, "", msg_tr(message));
}

/* Length of the valid UTF-8 sequence at p, or 0 when it is not valid. */
static size_t utf8_seq(const unsigned char *p, size_t left)
{
	unsigned c = p[0];
	size_t n;
	unsigned min, cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, min = 0x80, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, min = 0x800, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, min = 0x10000, cp = c & 0x07;
	else
		return 0;
	if (left < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

/* Checks what cJSON cannot be trusted with: encoding, NUL bytes, depth. */
static int check_bytes(struct diags *d, const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf;
	int depth = 0;
	bool in_string = false;
	size_t string_start = SIZE_MAX;

	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		syntax_error(d, buf, 0, "the file is UTF-16 text; save it as UTF-8");
		return -1;
	}
	for (size_t i = 0; i < len;) {
		size_t n = utf8_seq(p + i, len - i);
		char msg[96];

		if (p[i] == 0) {
			syntax_error(d, buf, i, "the file contains a NUL byte; expected JSON text");
			return -1;
		}
		if (!n) {
			snprintf(msg, sizeof(msg),
			         msg_tr("invalid UTF-8 (byte 0x%02X); save the file as UTF-8"),
			         p[i]);
			syntax_error(d, buf, i, msg);
			return -1;
		}
		if (in_string) {
			if (p[i] == '\\' && i + 1 < len)
				n = 2;
			else if (p[i] == '"')
				in_string = false;
		} else if (p[i] == '"') {
			in_string = true;
		} else if (p[i] == '[' || p[i] == '{') {
			if (++depth > LOAD_MAX_DEPTH) {
				snprintf(
				    msg, sizeof(msg),
				    msg_tr("nested deeper than %d levels; a study needs far fewer"),
				    LOAD_MAX_DEPTH);
				syntax_error(d, buf, i, msg);
				return -1;
			}
		} else if (p[i] == ']' || p[i] == '}') {
			depth--;
		}
		if (in_string && p[i] == '"' && n == 1 && string_start == SIZE_MAX)
			string_start = i;
		else if (!in_string)
			string_start = SIZE_MAX;
		i += n;
	}
	if (in_string) {
		syntax_error(d, buf, string_start, "this string has no closing quote");
		return -1;
	}
	if (depth > 0) {
		syntax_error(d, buf, len,
		             "the JSON text ends too early; a closing ] or } is missing");
		return -1;
	}
	return 0;
}

static cJSON *parse_json(struct diags *d, const char *buf, size_t len)
{
	const char *end = NULL;
	size_t skip = 0;

	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		skip = 3; /* a byte-order mark, as some Windows editors write */
	if (check_bytes(d, buf, len))
		return NULL;
	size_t i = skip;
	while (i < len && strchr(" \t\r\n", buf[i]))
		i++;
	if (i == len) {
		add_diag(d, true, 0, 0, "", "the file is empty; expected a JSON study");
		return NULL;
	}
	cJSON *root = cJSON_ParseWithLengthOpts(buf + skip, len - skip, &end, false);
	if (root) {
		size_t pos = (size_t)(end - buf);
		while (pos < len && strchr(" \t\r\n", buf[pos]))
			pos++;
		if (pos == len)
			return root;
		cJSON_Delete(root);
		syntax_error(d, buf, pos, "unexpected text after the end of the JSON document");
		return NULL;
	}
	size_t pos = end ? (size_t)(end - buf) : len;
	if (pos > len)
		pos = len;
	syntax_error(d, buf, pos,
	             pos >= len
	                 ? "the JSON text ends too early; is a bracket or quote missing?"
	                 : "invalid JSON here; check the quotes, commas and brackets around it");
	return NULL;
}

/* ---- typed access ---- */

enum jtype { J_STRING, J_NUMBER, J_ARRAY, J_OBJECT };

static const char *const jtype_names[] = {"a string", "a number", "a list", "an object"};

static bool is_type(const cJSON *v, enum jtype t)
{
	switch (t) {
	case J_STRING:
		return cJSON_IsString(v);
	case J_NUMBER:
		return cJSON_IsNumber(v);
	case J_ARRAY:
		return cJSON_IsArray(v);
	case J_OBJECT:
		return cJSON_IsObject(v);
	}
	return false;
}

/* Checks a value's type; reports and returns false when it is wrong. */
static bool expect(struct loader *L, const cJSON *v, enum jtype t, const char *path)
{
	if (is_type(v, t))
		return true;
	err(L, path, "expected %s, found %s", msg_tr(jtype_names[t]), describe(v));
	return false;
}

/* The member KEY of OBJ when present and of type T; NULL otherwise, with an
 * error when it is required or of the wrong type. */
static const cJSON *get(struct loader *L, const cJSON *obj, const char *key, enum jtype t,
                        bool required, const char *path)
{
	char p[256];
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	snprintf(p, sizeof(p), "%s%s%s", path, *path ? "." : "", key);
	if (!v) {
		if (required)
			err(L, p, "required key is missing");
		return NULL;
	}
	return expect(L, v, t, p) ? v : NULL;
}

/* Warns about keys the format does not define, and keys given twice. */
static void check_keys(struct loader *L, const cJSON *obj, const char *path,
                       const char *const *allowed)
{
	for (const cJSON *k = obj->child; k; k = k->next) {
		char p[256];
		bool known = false;

		snprintf(p, sizeof(p), "%s%s%s", path, *path ? "." : "", k->string);
		for (const char *const *a = allowed; *a; a++)
			known = known || !strcmp(*a, k->string);
		if (!known) {
			struct strbuf list;
			sb_init(&list);
			for (const char *const *a = allowed; *a; a++)
				sb_addf(&list, "%s%s", a == allowed ? "" : ", ", *a);
			warn(L, p, "unknown key %s is ignored; known keys here: %s", q(k->string),
			     list.buf);
			sb_release(&list);
		}
		for (const cJSON *e = obj->child; e != k; e = e->next) {
			if (!strcmp(e->string, k->string)) {
				warn(L, p, "key %s is given twice; the first is used",
				     q(k->string));
				break;
			}
		}
	}
}

static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static bool valid_id(const char *s)
{
	size_t n = strlen(s);

	if (n < 1 || n > ID_MAX)
		return false;
	for (; *s; s++)
		if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-",
		            *s))
			return false;
	return true;
}

/* A date value: DATE_NONE when absent or (with an error) invalid. */
static int get_date(struct loader *L, const cJSON *obj, const char *key, const char *path)
{
	char p[256];
	const cJSON *v = get(L, obj, key, J_STRING, false, path);

	if (!v)
		return DATE_NONE;
	int d = date_parse(v->valuestring);
	if (d == DATE_NONE) {
		snprintf(p, sizeof(p), "%s.%s", path, key);
		err(L, p, "%s is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD",
		    q(v->valuestring));
	}
	return d;
}

/* A whole number from lo to hi; 0 when absent or (with an error) invalid. */
static int get_int(struct loader *L, const cJSON *obj, const char *key, const char *path, int lo,
                   int hi, const char *what)
{
	char p[256];
	const cJSON *v = get(L, obj, key, J_NUMBER, false, path);

	if (!v)
		return 0;
	double x = v->valuedouble;
	if (x != floor(x) || x < lo || x > hi) {
		snprintf(p, sizeof(p), "%s.%s", path, key);
		err(L, p, "%g is not %s; expected a whole number from %d to %d", x, what, lo, hi);
		return 0;
	}
	return (int)x;
}

static const char *dup(struct loader *L, const char *s)
{
	return arena_strdup(&L->ds->arena, s);
}

static void *alloc(struct loader *L, size_t n, size_t size)
{
	return arena_alloc(&L->ds->arena, n * size);
}

static struct strlist get_strings(struct loader *L, const cJSON *obj, const char *key,
                                  const char *path)
{
	struct strlist list = {0};
	const cJSON *arr = get(L, obj, key, J_ARRAY, false, path);

	if (!arr)
		return list;
	list.items = alloc(L, (size_t)cJSON_GetArraySize(arr), sizeof(*list.items));
	size_t i = 0;
	for (const cJSON *v = arr->child; v; v = v->next, i++) {
		char p[256];
		snprintf(p, sizeof(p), "%s.%s[%zu]", path, key, i);
		if (expect(L, v, J_STRING, p))
			list.items[list.count++] = dup(L, v->valuestring);
	}
	return list;
}

/* ---- sections ---- */

static void load_waves(struct loader *L, const cJSON *root)
{
	static const char *const keys[] = {"id", "date", "label", NULL};
	const cJSON *arr = get(L, root, "waves", J_ARRAY, false, "");
	struct dataset *ds = L->ds;

	if (!arr || !arr->child) {
		if (arr)
			err(L, "waves",
			    "the list is empty; give at least one wave or leave "
			    "\"waves\" out");
		ds->waves = alloc(L, 1, sizeof(*ds->waves));
		ds->waves[0].id = "1";
		ds->n_waves = 1;
		strmap_put(&ds->wave_ids, "1", 0);
		return;
	}
	size_t n = (size_t)cJSON_GetArraySize(arr), i = 0, dated = 0;
	L->waves_declared = true;
	ds->waves = alloc(L, n, sizeof(*ds->waves));
	for (const cJSON *w = arr->child; w; w = w->next, i++) {
		char p[64];
		struct wave *wv = &ds->waves[ds->n_waves];

		snprintf(p, sizeof(p), "waves[%zu]", i);
		if (!expect(L, w, J_OBJECT, p))
			continue;
		check_keys(L, w, p, keys);
		const cJSON *id = get(L, w, "id", J_STRING, true, p);
		const cJSON *label = get(L, w, "label", J_STRING, false, p);
		wv->date = get_date(L, w, "date", p);
		dated += cJSON_GetObjectItemCaseSensitive(w, "date") != NULL;
		if (!id)
			continue;
		wv->id = dup(L, id->valuestring);
		wv->label = label ? dup(L, label->valuestring) : NULL;
		if (!*wv->id) {
			err(L, p, "the wave id is empty");
			continue;
		}
		if (strmap_put(&ds->wave_ids, wv->id, ds->n_waves)) {
			char pp[80];
			snprintf(pp, sizeof(pp), "%s.id", p);
			err(L, pp, "duplicate wave id %s", q(wv->id));
			continue;
		}
		ds->n_waves++;
	}
	if (dated && dated < n) {
		i = 0;
		for (const cJSON *w = arr->child; w; w = w->next, i++) {
			char p[64];
			snprintf(p, sizeof(p), "waves[%zu].date", i);
			if (cJSON_IsObject(w) && !cJSON_GetObjectItemCaseSensitive(w, "date"))
				err(L, p,
				    "required key is missing: when one wave has a date, "
				    "every wave needs one");
		}
	}
	for (size_t k = 1; k < ds->n_waves; k++) {
		const struct wave *a = &ds->waves[k - 1], *b = &ds->waves[k];
		if (a->date != DATE_NONE && b->date != DATE_NONE && b->date <= a->date) {
			char p[64], da[11], db[11];
			snprintf(p, sizeof(p), "waves[%zu].date", k);
			date_format(a->date, da);
			date_format(b->date, db);
			err(L, p,
			    "wave %s (%s) is not later than wave %s (%s); list the waves in "
			    "time order",
			    q(b->id), db, q(a->id), da);
		}
	}
}

static void load_tasks(struct loader *L, const cJSON *root)
{
	static const char *const keys[] = {"id", "label", NULL};
	const cJSON *arr = get(L, root, "tasks", J_ARRAY, false, "");
	struct dataset *ds = L->ds;
	size_t i = 0;

	if (!arr)
		return;
	ds->tasks = alloc(L, (size_t)cJSON_GetArraySize(arr), sizeof(*ds->tasks));
	for (const cJSON *t = arr->child; t; t = t->next, i++) {
		char p[64];
		snprintf(p, sizeof(p), "tasks[%zu]", i);
		if (!expect(L, t, J_OBJECT, p))
			continue;
		check_keys(L, t, p, keys);
		const cJSON *id = get(L, t, "id", J_STRING, true, p);
		const cJSON *label = get(L, t, "label", J_STRING, false, p);
		if (!id)
			continue;
		struct task *tk = &ds->tasks[ds->n_tasks];
		tk->id = dup(L, id->valuestring);
		tk->label = label ? dup(L, label->valuestring) : tk->id;
		if (strmap_put(&ds->task_ids, tk->id, ds->n_tasks)) {
			char pp[80];
			snprintf(pp, sizeof(pp), "%s.id", p);
			err(L, pp, "duplicate task id %s", q(tk->id));
			continue;
		}
		ds->n_tasks++;
	}
}

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

/* First pass over the entities: what each one is, without references. */
static void load_entity(struct loader *L, const cJSON *e, const char *p, struct entity *en)
{
	const cJSON *name = get(L, e, "name", J_STRING, true, p);
	const cJSON *kind = get(L, e, "kind", J_STRING, true, p);
	const cJSON *attrs = get(L, e, "attributes", J_OBJECT, false, p);
	char pp[256];

	en->name = "";
	if (name) {
		size_t chars = utf8_chars(name->valuestring);
		snprintf(pp, sizeof(pp), "%s.name", p);
		if (chars == 0)
			err(L, pp, "the name is empty; expected the name to show in diagrams");
		else if (chars > NAME_MAX_CHARS)
			err(L, pp, "the name %s is %zu characters long; at most %d are allowed",
			    q(name->valuestring), chars, NAME_MAX_CHARS);
		else
			en->name = dup(L, name->valuestring);
	}
	if (kind && !parse_kind(kind->valuestring, &en->kind)) {
		snprintf(pp, sizeof(pp), "%s.kind", p);
		err(L, pp, "unknown kind %s; expected municipality, organisation, team or informal",
		    q(kind->valuestring));
	}
	en->since = get_date(L, e, "since", p);
	en->until = get_date(L, e, "until", p);
	if (en->until == DATE_NONE)
		en->until = DATE_END_OF_TIME;
	en->domains = get_strings(L, e, "domains", p);
	en->areas = get_strings(L, e, "areas", p);
	en->target_groups = get_strings(L, e, "target_groups", p);
	if (attrs) {
		en->attributes =
		    alloc(L, (size_t)cJSON_GetArraySize(attrs), sizeof(*en->attributes));
		for (const cJSON *a = attrs->child; a; a = a->next) {
			snprintf(pp, sizeof(pp), "%s.attributes.%s", p, a->string);
			if (!expect(L, a, J_STRING, pp))
				continue;
			en->attributes[en->n_attributes].key = dup(L, a->string);
			en->attributes[en->n_attributes++].value = dup(L, a->valuestring);
		}
	}
}

/* Looks up an entity reference, reporting an undeclared one. */
static long ref_entity(struct loader *L, const char *id, const char *path)
{
	long k = dataset_entity(L->ds, id);

	if (k < 0)
		err(L, path, "no entity has the id %s", q(id));
	return k;
}

static void load_municipalities(struct loader *L, const cJSON *e, const char *p, struct entity *en)
{
	const cJSON *arr = get(L, e, "municipalities", J_ARRAY, false, p);
	size_t i = 0;

	if (!arr)
		return;
	en->municipalities = alloc(L, (size_t)cJSON_GetArraySize(arr), sizeof(size_t));
	for (const cJSON *v = arr->child; v; v = v->next, i++) {
		char pp[256];
		snprintf(pp, sizeof(pp), "%s.municipalities[%zu]", p, i);
		if (!expect(L, v, J_STRING, pp))
			continue;
		long k = ref_entity(L, v->valuestring, pp);
		if (k < 0)
			continue;
		const struct entity *m = &L->ds->entities[k];
		if (m->kind != KIND_MUNICIPALITY) {
			err(L, pp, "%s is %s, not a municipality", q(m->id),
			    kind_with_article(m->kind));
			continue;
		}
		en->municipalities[en->n_municipalities++] = (size_t)k;
	}
}

static void load_members(struct loader *L, const cJSON *e, const char *p, size_t self)
{
	static const char *const keys[] = {"id", "since", "until", NULL};
	struct entity *en = &L->ds->entities[self];
	const cJSON *arr = get(L, e, "members", J_ARRAY, false, p);
	size_t i = 0;
	char pp[256];

	if (!arr)
		return;
	if (en->kind != KIND_TEAM) {
		snprintf(pp, sizeof(pp), "%s.members", p);
		err(L, pp, "only a team has members; %s is %s", q(en->id),
		    kind_with_article(en->kind));
		return;
	}
	en->members = alloc(L, (size_t)cJSON_GetArraySize(arr), sizeof(*en->members));
	for (const cJSON *v = arr->child; v; v = v->next, i++) {
		struct member m = {.since = DATE_NONE, .until = DATE_END_OF_TIME};
		const char *id = NULL;

		snprintf(pp, sizeof(pp), "%s.members[%zu]", p, i);
		if (cJSON_IsString(v)) {
			id = v->valuestring;
		} else if (cJSON_IsObject(v)) {
			check_keys(L, v, pp, keys);
			const cJSON *idv = get(L, v, "id", J_STRING, true, pp);
			m.since = get_date(L, v, "since", pp);
			int until = get_date(L, v, "until", pp);
			if (until != DATE_NONE)
				m.until = until;
			id = idv ? idv->valuestring : NULL;
			if (idv)
				snprintf(pp, sizeof(pp), "%s.members[%zu].id", p, i);
		} else {
			err(L, pp,
			    "expected an entity id or an object {id, since, until}, found %s",
			    describe(v));
		}
		if (!id)
			continue;
		long k = ref_entity(L, id, pp);
		if (k < 0)
			continue;
		if ((size_t)k == self) {
			err(L, pp, "%s cannot be a member of itself", q(id));
			continue;
		}
		if (L->ds->entities[k].kind == KIND_TEAM) {
			err(L, pp, "%s is a team; a team's members cannot be teams", q(id));
			continue;
		}
		m.entity = (size_t)k;
		en->members[en->n_members++] = m;
		L->named[k] = L->named[self] = true;
	}
}

static void load_entities(struct loader *L, const cJSON *root)
{
	static const char *const keys[] = {"id",      "name",  "kind",          "municipalities",
	                                   "domains", "areas", "target_groups", "members",
	                                   "since",   "until", "attributes",    NULL};
	const cJSON *arr = get(L, root, "entities", J_ARRAY, true, "");
	struct dataset *ds = L->ds;
	size_t n, i = 0;

	if (!arr)
		return;
	n = (size_t)cJSON_GetArraySize(arr);
	ds->entities = alloc(L, n, sizeof(*ds->entities));
	L->named = xcalloc(n, sizeof(*L->named));
	/* Ids first, so that references may point forwards. */
	size_t *slot = xcalloc(n, sizeof(*slot));
	for (const cJSON *e = arr->child; e; e = e->next, i++) {
		char p[64];
		slot[i] = SIZE_MAX;
		snprintf(p, sizeof(p), "entities[%zu]", i);
		if (!expect(L, e, J_OBJECT, p))
			continue;
		check_keys(L, e, p, keys);
		const cJSON *id = get(L, e, "id", J_STRING, true, p);
		struct entity *en = &ds->entities[ds->n_entities];
		load_entity(L, e, p, en);
		if (!id)
			continue;
		char pp[80];
		snprintf(pp, sizeof(pp), "%s.id", p);
		if (!valid_id(id->valuestring)) {
			err(L, pp,
			    "%s is not a valid id; use 1 to %d characters of A-Z a-z 0-9 _ . -",
			    q(id->valuestring), ID_MAX);
			continue;
		}
		en->id = dup(L, id->valuestring);
		if (strmap_put(&ds->entity_ids, en->id, ds->n_entities)) {
			err(L, pp, "duplicate entity id %s", q(en->id));
			continue;
		}
		slot[i] = ds->n_entities++;
	}
	i = 0;
	for (const cJSON *e = arr->child; e; e = e->next, i++) {
		char p[64];
		if (slot[i] == SIZE_MAX)
			continue;
		snprintf(p, sizeof(p), "entities[%zu]", i);
		load_municipalities(L, e, p, &ds->entities[slot[i]]);
		load_members(L, e, p, slot[i]);
	}
	free(slot);
}

static void load_scores(struct loader *L, const cJSON *iv, const char *p, struct interview *in)
{
	const cJSON *obj = get(L, iv, "scores", J_OBJECT, false, p);
	size_t nt = L->ds->n_tasks;

	in->scores = alloc(L, nt ? nt : 1, sizeof(double));
	for (size_t t = 0; t < nt; t++)
		in->scores[t] = NAN;
	if (!obj)
		return;
	for (const cJSON *s = obj->child; s; s = s->next) {
		char pp[256];
		size_t t;
		snprintf(pp, sizeof(pp), "%s.scores.%s", p, s->string);
		if (strmap_get(&L->ds->task_ids, s->string, &t)) {
			err(L, pp, "no task has the id %s; declare it under \"tasks\"",
			    q(s->string));
			continue;
		}
		if (!expect(L, s, J_NUMBER, pp))
			continue;
		if (!(s->valuedouble >= 1 && s->valuedouble <= 10)) {
			err(L, pp, "the score %g is outside 1 to 10", s->valuedouble);
			continue;
		}
		in->scores[t] = s->valuedouble;
	}
}

static void load_tie(struct loader *L, const cJSON *t, const char *p, struct interview *in,
                     struct tie_report *r)
{
	static const char *const keys[] = {"with", "type", "level", "trust", "since", "note", NULL};
	const struct dataset *ds = L->ds;
	const struct wave *w = &ds->waves[in->wave];
	char pp[256];

	check_keys(L, t, p, keys);
	const cJSON *with = get(L, t, "with", J_STRING, true, p);
	const cJSON *type = get(L, t, "type", J_STRING, false, p);
	const cJSON *note = get(L, t, "note", J_STRING, false, p);
	int level = get_int(L, t, "level", p, 1, 3, "a level");
	r->level = level ? level : 1;
	r->trust = get_int(L, t, "trust", p, 1, 4, "a trust rating");
	r->since = get_date(L, t, "since", p);
	r->type = type && *type->valuestring ? dup(L, type->valuestring) : "collaboration";
	r->note = note ? dup(L, note->valuestring) : NULL;
	if (!with)
		return;
	snprintf(pp, sizeof(pp), "%s.with", p);
	long k = ref_entity(L, with->valuestring, pp);
	if (k < 0)
		return;
	L->named[k] = true;
	if ((size_t)k == in->respondent) {
		err(L, pp, "%s is the respondent itself; a tie needs another entity",
		    q(with->valuestring));
		return;
	}
	r->with = (size_t)k;
	r->usable = true;
	if (!entity_active(&ds->entities[k], w->date)) {
		char d[11];
		date_format(w->date, d);
		warn(L, pp,
		     "%s does not exist on the date of wave %s (%s); this tie is left out "
		     "of that wave",
		     q(with->valuestring), q(w->id), d);
		r->usable = false;
	}
}

static void check_repeated_partners(struct loader *L, const char *p, struct interview *in)
{
	for (size_t j = 0; j < in->n_ties; j++) {
		for (size_t k = 0; k < j; k++) {
			if (in->ties[k].usable && in->ties[j].usable &&
			    in->ties[k].with == in->ties[j].with) {
				char pp[256];
				snprintf(pp, sizeof(pp), "%s.ties[%zu].with", p, j);
				warn(L, pp,
				     "%s is named twice in this interview (also ties[%zu]); they "
				     "count as one tie",
				     q(L->ds->entities[in->ties[j].with].id), k);
				break;
			}
		}
	}
}

/* Interview fields other than the ties; false when the interview cannot be
 * used at all. */
static bool load_interview_head(struct loader *L, const cJSON *iv, const char *p,
                                struct interview *in, bool *seen)
{
	struct dataset *ds = L->ds;
	const cJSON *resp = get(L, iv, "respondent", J_STRING, true, p);
	const cJSON *wave = get(L, iv, "wave", J_STRING, false, p);
	char pp[256];
	long r = -1, w = 0;

	in->date = get_date(L, iv, "date", p);
	load_scores(L, iv, p, in);
	if (resp) {
		snprintf(pp, sizeof(pp), "%s.respondent", p);
		r = ref_entity(L, resp->valuestring, pp);
	}
	snprintf(pp, sizeof(pp), "%s.wave", p);
	if (wave) {
		w = dataset_wave(ds, wave->valuestring);
		if (w < 0)
			err(L, pp, "no wave has the id %s", q(wave->valuestring));
	} else if (L->waves_declared) {
		if (!cJSON_GetObjectItemCaseSensitive(iv, "wave"))
			err(L, pp, "required key is missing: the study declares waves");
		w = -1;
	}
	if (r < 0 || w < 0)
		return false;
	in->respondent = (size_t)r;
	in->wave = (size_t)w;
	L->named[r] = true;
	if (seen[(size_t)w * ds->n_entities + (size_t)r]) {
		snprintf(pp, sizeof(pp), "%s.respondent", p);
		err(L, pp, "%s is interviewed twice in wave %s; give one interview per wave",
		    q(resp->valuestring), q(ds->waves[w].id));
		return false;
	}
	seen[(size_t)w * ds->n_entities + (size_t)r] = true;
	return true;
}

static void load_interviews(struct loader *L, const cJSON *root)
{
	static const char *const keys[] = {"respondent", "wave", "date", "scores", "ties", NULL};
	struct dataset *ds = L->ds;
	const cJSON *arr = get(L, root, "interviews", J_ARRAY, true, "");
	size_t i = 0;

	if (!arr || !L->named)
		return;
	ds->interviews = alloc(L, (size_t)cJSON_GetArraySize(arr), sizeof(*ds->interviews));
	bool *seen = xcalloc(ds->n_waves * (ds->n_entities ? ds->n_entities : 1), sizeof(bool));
	for (const cJSON *iv = arr->child; iv; iv = iv->next, i++) {
		char p[64];
		struct interview *in = &ds->interviews[ds->n_interviews];

		snprintf(p, sizeof(p), "interviews[%zu]", i);
		if (!expect(L, iv, J_OBJECT, p))
			continue;
		check_keys(L, iv, p, keys);
		bool usable = load_interview_head(L, iv, p, in, seen);
		const cJSON *ties = get(L, iv, "ties", J_ARRAY, false, p);
		if (!usable) {
			memset(in, 0, sizeof(*in));
			continue;
		}
		const struct wave *w = &ds->waves[in->wave];
		bool present = entity_active(&ds->entities[in->respondent], w->date);
		if (!present) {
			char pp[80], d[11];
			snprintf(pp, sizeof(pp), "%s.respondent", p);
			date_format(w->date, d);
			warn(L, pp,
			     "%s does not exist on the date of wave %s (%s); its ties are left out "
			     "of that wave",
			     q(ds->entities[in->respondent].id), q(w->id), d);
		}
		size_t j = 0;
		in->ties =
		    ties ? alloc(L, (size_t)cJSON_GetArraySize(ties), sizeof(*in->ties)) : NULL;
		for (const cJSON *t = ties ? ties->child : NULL; t; t = t->next, j++) {
			char pt[96];
			snprintf(pt, sizeof(pt), "%s.ties[%zu]", p, j);
			struct tie_report *r = &in->ties[in->n_ties++];
			if (!expect(L, t, J_OBJECT, pt))
				continue;
			load_tie(L, t, pt, in, r);
			r->usable = r->usable && present;
		}
		check_repeated_partners(L, p, in);
		ds->n_interviews++;
	}
	free(seen);
}

/* Entities that nobody names, that are in no team and never interviewed. */
static void check_unused(struct loader *L)
{
	for (size_t e = 0; e < L->ds->n_entities; e++) {
		char p[64];
		if (L->named[e])
			continue;
		snprintf(p, sizeof(p), "entities[%zu]", e);
		warn(L, p, "%s is never interviewed and nobody names it", q(L->ds->entities[e].id));
	}
}

static void load_root(struct loader *L, const cJSON *root)
{
	static const char *const keys[] = {"partnermap", "title",      "waves", "tasks",
	                                   "entities",   "interviews", NULL};
	const cJSON *version;
	const cJSON *title;

	if (!expect(L, root, J_OBJECT, ""))
		return;
	check_keys(L, root, "", keys);
	version = get(L, root, "partnermap", J_NUMBER, true, "");
	if (version && version->valuedouble != 1)
		err(L, "partnermap", "format version %g is not supported; expected 1",
		    version->valuedouble);
	title = get(L, root, "title", J_STRING, false, "");
	L->ds->title = title ? dup(L, title->valuestring) : NULL;
	load_waves(L, root);
	load_tasks(L, root);
	load_entities(L, root);
	load_interviews(L, root);
	if (L->named && !L->diags->errors)
		check_unused(L);
}

enum load_status load_buffer(const char *buf, size_t len, bool strict, struct dataset **out,
                             struct diags *diags)
{
	struct loader L = {.diags = diags, .strict = strict};
	cJSON *root;

	*out = NULL;
	if (len > LOAD_MAX_BYTES) {
		char msg[128];
		snprintf(msg, sizeof(msg), msg_tr("the file is %zu MiB; at most %d MiB is read"),
		         len >> 20, LOAD_MAX_BYTES >> 20);
		add_diag(diags, true, 0, 0, "", msg);
		return LOAD_INVALID;
	}
	root = parse_json(diags, buf, len);
	if (!root)
		return LOAD_INVALID;
	L.ds = xcalloc(1, sizeof(*L.ds));
	load_root(&L, root);
	cJSON_Delete(root);
	free(L.named);
	if (diags->errors) {
		dataset_free(L.ds);
		return LOAD_INVALID;
	}
	*out = L.ds;
	return LOAD_OK;
}

/* Reads a whole stream, refusing more than the limit; NULL on failure. */
static char *slurp(FILE *f, size_t *len)
{
	size_t alloc = 1 << 16, n = 0;
	char *buf = xmalloc(alloc);

	for (;;) {
		size_t got = fread(buf + n, 1, alloc - n, f);
		n += got;
		if (n > LOAD_MAX_BYTES)
			break;
		if (got == 0)
			break;
		if (n == alloc)
			buf = xrealloc(buf, alloc *= 2);
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

enum load_status load_file(const char *path, bool strict, struct dataset **out, struct diags *diags)
{
	bool is_stdin = !strcmp(path, "-");
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	enum load_status st;
	size_t len = 0;
	char *buf;

	*out = NULL;
	if (!f) {
		char msg[512];
		snprintf(msg, sizeof(msg), msg_tr("cannot open the file: %s"), msg_strerror(errno));
		add_diag(diags, true, 0, 0, "", msg);
		return LOAD_UNREADABLE;
	}
	buf = slurp(f, &len);
	int saved = errno;
	if (!is_stdin)
		fclose(f);
	if (!buf) {
		char msg[512];
		snprintf(msg, sizeof(msg), msg_tr("cannot read the file: %s"), msg_strerror(saved));
		add_diag(diags, true, 0, 0, "", msg);
		return LOAD_UNREADABLE;
	}
	st = load_buffer(buf, len, strict, out, diags);
	free(buf);
	return st;
}
