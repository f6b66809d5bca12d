/*
 * load-json: the JSON front end. The bytes are checked first (size,
 * encoding, nesting) so that cJSON only ever sees text it can handle; then
 * the document is walked once, checking JSON types and keys here and
 * handing every part to the builder, which checks dataset.md's rules, with
 * the path of each value.
 */
#include "util/arena.h"
#include "load/builder.h"
#include "load/importer.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/utf8.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define q builder_quote

struct json {
	struct builder *b;
	bool has_entities;
};

/* The location of PATH. */
static struct where at_path(const char *path)
{
	struct where w = {.path = path};

	return w;
}

static void err(struct json *J, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void err(struct json *J, const char *path, const char *fmt, ...)
{
	struct where at = at_path(path);
	va_list ap;

	va_start(ap, fmt);
	builder_vdiag(J->b, true, &at, fmt, ap);
	va_end(ap);
}

static void warn(struct json *J, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn(struct json *J, const char *path, const char *fmt, ...)
{
	struct where at = at_path(path);
	va_list ap;

	va_start(ap, fmt);
	builder_vdiag(J->b, false, &at, fmt, ap);
	va_end(ap);
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
	struct where at = {.line = line, .column = column};

	diags_add(d, true, &at, msg_tr(message));
}

/* Windows-1252's characters for the bytes 0x80 to 0x9F (NULL: none there);
 * from 0xA0 on, Windows-1252 is Latin-1, whose code points are Unicode's. */
static const char *const cp1252_high[32] = {
    "\u20AC", NULL,     "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
    "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", NULL,     "\u017D", NULL,
    NULL,     "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
    "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", NULL,     "\u017E", "\u0178",
};

/* The character that BYTE, invalid as UTF-8, probably is: the file was
 * saved as Windows-1252, as Excel and Notepad on Windows do. Written to BUF
 * as UTF-8; false when the byte is no character there either. */
static bool cp1252_char(unsigned char byte, char buf[8])
{
	if (byte >= 0x80 && byte < 0xA0) {
		if (!cp1252_high[byte - 0x80])
			return false;
		snprintf(buf, 8, "%s", cp1252_high[byte - 0x80]);
		return true;
	}
	if (byte < 0xA0)
		return false;
	buf[utf8_encode(byte, buf)] = '\0';
	return true;
}

/* The four hex digits at BUF[I] as a number; -1 when they are not. */
static long hex4(const char *buf, size_t len, size_t i)
{
	long v = 0;

	if (i + 4 > len)
		return -1;
	for (size_t k = i; k < i + 4; k++) {
		int c = (unsigned char)buf[k];
		int x = c >= '0' && c <= '9'   ? c - '0'
		        : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10
		                               : -1;
		if (x < 0)
			return -1;
		v = v * 16 + x;
	}
	return v;
}

/* Whether the escape \uXXXX at BUF[I] is one no study may hold, after an
 * error at its place: \u0000 (cJSON would end the string there, so
 * "ijsselstein\u0000EVIL" would read as "ijsselstein"), or half of a
 * UTF-16 surrogate pair without its other half. */
static bool check_escape(struct diags *d, const char *buf, size_t len, size_t i)
{
	long v = hex4(buf, len, i + 2);

	if (v == 0) {
		syntax_error(d, buf, i,
		             "\\u0000 (a NUL character) is in this string; no name, id or text "
		             "may hold one");
		return true;
	}
	if (v >= 0xDC00 && v <= 0xDFFF) {
		syntax_error(d, buf, i,
		             "this \\u escape is the second half of a UTF-16 surrogate pair "
		             "without its first half; write the character itself");
		return true;
	}
	if (v >= 0xD800 && v <= 0xDBFF) {
		long w = i + 7 < len && buf[i + 6] == '\\' && buf[i + 7] == 'u'
		             ? hex4(buf, len, i + 8)
		             : -1;
		if (w < 0xDC00 || w > 0xDFFF) {
			syntax_error(d, buf, i,
			             "this \\u escape is the first half of a UTF-16 surrogate pair "
			             "without its second half; write the character itself");
			return true;
		}
	}
	return false;
}

/* Checks what cJSON cannot be trusted with: encoding, NUL bytes, depth.
 * Every byte that is not UTF-8 is reported, each named as the Windows-1252
 * character it probably is. */
static int check_bytes(struct diags *d, const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf;
	int depth = 0;
	bool in_string = false, bad = false;
	size_t string_start = SIZE_MAX;

	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		syntax_error(d, buf, 0, "the file is UTF-16 text; save it as UTF-8");
		return -1;
	}
	for (size_t i = 0; i < len;) {
		int decoded = utf8_decode(buf + i, len - i, NULL);
		size_t n = decoded > 0 ? (size_t)decoded : 0; /* cut off by the end: not UTF-8 */
		char msg[256];

		if (p[i] == 0) {
			syntax_error(d, buf, i, "the file contains a NUL byte; expected JSON text");
			return -1;
		}
		if (!n) {
			char c[8];
			if (cp1252_char(p[i], c))
				snprintf(
				    msg, sizeof(msg),
				    msg_tr(
				        "byte 0x%02X is not UTF-8: probably '%s' in a Windows-1252 "
				        "file; save the file as UTF-8"),
				    p[i], c);
			else
				snprintf(
				    msg, sizeof(msg),
				    msg_tr("invalid UTF-8 (byte 0x%02X); save the file as UTF-8"),
				    p[i]);
			syntax_error(d, buf, i, msg);
			bad = true;
			n = 1;
		}
		if (in_string) {
			if (p[i] == '\\' && i + 1 < len && p[i + 1] == 'u') {
				n = 2;
				if (check_escape(d, buf, len, i)) {
					bad = true;
					n = 6;
				}
			} else if (p[i] == '\\' && i + 1 < len)
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
	if (bad)
		return -1;
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

/* Whether a curly quote (U+2018, U+2019, U+201C, U+201D) starts at P. */
static bool curly_quote(const char *p, size_t left)
{
	return left >= 3 && !memcmp(p, "\xE2\x80", 2) &&
	       (p[2] == '\x98' || p[2] == '\x99' || p[2] == '\x9C' || p[2] == '\x9D');
}

/* Where a JSON value that starts at BUF[I] ends; I when none starts there.
 * Sets *number when it is a number. */
static size_t value_end(const char *buf, size_t len, size_t i, bool *number)
{
	size_t k = i;

	*number = false;
	if (buf[i] == '"') {
		for (k = i + 1; k < len && buf[k] != '"'; k++)
			if (buf[k] == '\\')
				k++;
		return k < len ? k + 1 : i;
	}
	if (buf[i] == '-' || (buf[i] >= '0' && buf[i] <= '9')) {
		while (k < len && strchr("0123456789+-.eE", buf[k]))
			k++;
		*number = true;
		return k;
	}
	while (k < len && buf[k] >= 'a' && buf[k] <= 'z')
		k++;
	return k;
}

/*
 * What a person most often gets wrong in JSON by hand, found by walking the
 * tokens up to the first mistake: a comma before } or ] (reported where the
 * comma is, not at the bracket), a decimal comma (7,5), curly quotes from a
 * word processor, and a missing comma between two values (reported after
 * the first). Returns true with *POS and MSG set; false when the mistake is
 * none of these.
 */
static bool explain_syntax(const char *buf, size_t len, size_t i, size_t *pos, struct strbuf *msg)
{
	enum { VALUE, KEY, COLON, AFTER } want = VALUE;
	char open[LOAD_MAX_DEPTH + 1];
	int depth = 0;
	size_t comma = SIZE_MAX, end = 0, start = 0;
	bool number = false, after_number = false, empty = false;

	for (;;) {
		while (i < len && strchr(" \t\r\n", buf[i]))
			i++;
		if (i >= len)
			return false;
		char c = buf[i];
		if (curly_quote(buf + i, len - i)) {
			*pos = i;
			sb_adds(msg,
			        msg_tr("curly quotes from a word processor; JSON needs straight "
			               "quotes (\")"));
			return true;
		}
		if (want == AFTER) {
			if (c == ',' && depth > 0) {
				comma = i++;
				after_number = number && end == comma;
				want = open[depth - 1] == '{' ? KEY : VALUE;
				continue;
			}
			if ((c == '}' || c == ']') && depth > 0 &&
			    open[depth - 1] == (c == '}' ? '{' : '[')) {
				depth--;
				end = ++i;
				number = false;
				if (!depth)
					return false;
				continue;
			}
			if (c == '"' || c == '{' || c == '[' || c == '-' ||
			    (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
				/* Before the next value on the same line; at the end of
				 * the line where the value before it ends, when the
				 * next value starts a new line. */
				bool same_line = !memchr(buf + end, '\n', i - end);
				*pos = same_line ? i : end;
				sb_adds(msg,
				        same_line
				            ? msg_tr("a comma is missing before this value")
				            : msg_tr("a comma is missing at the end of this line"));
				return true;
			}
			return false;
		}
		if (want == COLON) {
			if (c != ':')
				return false;
			i++;
			want = VALUE;
			comma = SIZE_MAX;
			continue;
		}
		if ((c == '}' || c == ']') && comma != SIZE_MAX) {
			*pos = comma;
			sb_addf(msg, msg_tr("a comma before the closing %c; remove this comma"), c);
			return true;
		}
		if (want == KEY && c >= '0' && c <= '9' && after_number && i == comma + 1) {
			bool digits;
			size_t k = value_end(buf, len, i, &digits);
			*pos = comma;
			sb_addf(
			    msg,
			    msg_tr(
			        "a decimal comma in %.*s,%.*s; JSON writes a number with a point: "
			        "%.*s.%.*s"),
			    (int)(comma - start), buf + start, (int)(k - i), buf + i,
			    (int)(comma - start), buf + start, (int)(k - i), buf + i);
			return true;
		}
		if (empty && depth > 0 && c == (open[depth - 1] == '{' ? '}' : ']')) {
			depth--;
			end = ++i;
			empty = false;
			number = false;
			want = AFTER;
			if (!depth)
				return false;
			continue;
		}
		empty = false;
		if (c == '{' || c == '[') {
			if (want == KEY || depth >= LOAD_MAX_DEPTH)
				return false;
			open[depth++] = c;
			i++;
			want = c == '{' ? KEY : VALUE;
			comma = SIZE_MAX;
			empty = true;
			continue;
		}
		if (want == KEY && c != '"')
			return false;
		start = i;
		end = value_end(buf, len, i, &number);
		if (end == i)
			return false;
		i = end;
		want = want == KEY ? COLON : AFTER;
		comma = SIZE_MAX;
	}
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
		diags_add(d, true, NULL, msg_tr("the file is empty; expected a JSON study"));
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
	struct strbuf why;
	sb_init(&why);
	if (explain_syntax(buf, len, skip, &pos, &why)) {
		syntax_error(d, buf, pos, why.buf);
		sb_release(&why);
		return NULL;
	}
	sb_release(&why);
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

static const char *const jtype_names[] = {N_("a string"), N_("a number"), N_("a list"),
                                          N_("an object")};

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
static bool expect(struct json *J, const cJSON *v, enum jtype t, const char *path)
{
	if (is_type(v, t))
		return true;
	err(J, path, "expected %s, found %s", msg_tr(jtype_names[t]), describe(v));
	return false;
}

/* PATH.KEY, or KEY[I] when INDEXED, into P (SIZE bytes), cut when longer.
 * Written out by hand rather than with snprintf: it runs for every value of
 * a study, and formatting dominated the load of large studies. */
static char *path_of(char *p, size_t size, const char *path, const char *key, bool indexed,
                     size_t i)
{
	char digits[24];
	size_t d = sizeof(digits), at = 0;

	do {
		digits[--d] = (char)('0' + i % 10);
		i /= 10;
	} while (i);
	const struct {
		const char *s;
		size_t n;
	} parts[] = {
	    {path, strlen(path)},
	    {".", *path ? 1 : 0},
	    {key, strlen(key)},
	    {"[", indexed ? 1 : 0},
	    {digits + d, indexed ? sizeof(digits) - d : 0},
	    {"]", indexed ? 1 : 0},
	};
	for (size_t k = 0; k < sizeof(parts) / sizeof(parts[0]); k++) {
		size_t n = parts[k].n < size - 1 - at ? parts[k].n : size - 1 - at;
		memcpy(p + at, parts[k].s, n);
		at += n;
	}
	p[at] = '\0';
	return p;
}

/* PATH.KEY into P (a buffer of 256 bytes), cut when longer. */
static char *join(char p[static 256], const char *path, const char *key)
{
	return path_of(p, 256, path, key, false, 0);
}

/* PATH.KEY[I] (KEY[I] when PATH is "") into P (SIZE bytes), cut when longer. */
static char *item(char *p, size_t size, const char *path, const char *key, size_t i)
{
	return path_of(p, size, path, key, true, i);
}

/* The member KEY of OBJ when present and of type T; NULL otherwise, with an
 * error when it is required or of the wrong type. */
static const cJSON *get(struct json *J, const cJSON *obj, const char *key, enum jtype t,
                        bool required, const char *path)
{
	char p[256];
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (!v) {
		if (required)
			err(J, join(p, path, key), "required key is missing");
		return NULL;
	}
	return is_type(v, t) || expect(J, v, t, join(p, path, key)) ? v : NULL;
}

/* The text of the string member KEY, or NULL (reported when wrong). */
static const char *get_text(struct json *J, const cJSON *obj, const char *key, bool required,
                            const char *path)
{
	const cJSON *v = get(J, obj, key, J_STRING, required, path);

	return v ? v->valuestring : NULL;
}

/* The number member KEY, or NAN (reported when of the wrong type). */
static double get_number(struct json *J, const cJSON *obj, const char *key, const char *path)
{
	const cJSON *v = get(J, obj, key, J_NUMBER, false, path);

	return v ? v->valuedouble : NAN;
}

/* Objects with more keys than this find repeated keys through a hash map,
 * so that a hostile object of a million keys is checked in linear time; the
 * few keys of an ordinary object are compared with each other. */
enum { FEW_KEYS = 16 };

/* Whether K, a member of OBJ, repeats an earlier key. SEEN holds the keys
 * before K once the object has more than FEW_KEYS of them. */
static bool is_repeat(struct strmap *seen, const cJSON *obj, const cJSON *k)
{
	size_t i = 0;

	if (seen->size)
		return strmap_put(seen, k->string, 0) != 0;
	for (const cJSON *e = obj->child; e != k; e = e->next, i++)
		if (!strcmp(e->string, k->string))
			return true;
	if (i + 1 < FEW_KEYS)
		return false;
	/* The object is large: index the keys so far (a repeat among them is
	 * already reported and fails to go in again, harmlessly). */
	for (const cJSON *e = obj->child; e != k->next; e = e->next)
		strmap_put(seen, e->string, 0);
	return false;
}

/* Warns about keys the format does not define, and keys given twice. */
static void check_keys(struct json *J, const cJSON *obj, const char *path,
                       const char *const *allowed)
{
	struct strmap seen;

	strmap_init(&seen);
	for (const cJSON *k = obj->child; k; k = k->next) {
		char p[256];
		bool known = false;

		for (const char *const *a = allowed; *a; a++)
			known = known || !strcmp(*a, k->string);
		if (!known) {
			struct strbuf list;
			sb_init(&list);
			for (const char *const *a = allowed; *a; a++)
				sb_addf(&list, "%s%s", a == allowed ? "" : ", ", *a);
			warn(J, join(p, path, k->string),
			     "unknown key %s is ignored; known keys here: %s", q(k->string),
			     list.buf);
			sb_release(&list);
		}
		if (is_repeat(&seen, obj, k))
			warn(J, join(p, path, k->string),
			     "key %s is given twice; the first is used", q(k->string));
	}
	strmap_release(&seen);
}

/* A list of strings; the items of the wrong type are reported and left
 * out. Free *items. */
static struct b_strings get_strings(struct json *J, const cJSON *obj, const char *key,
                                    const char *path, const char ***items)
{
	struct b_strings list = {0};
	const cJSON *arr = get(J, obj, key, J_ARRAY, false, path);
	size_t i = 0, n = 0;

	*items = NULL;
	if (!arr)
		return list;
	*items = xcalloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(**items));
	for (const cJSON *v = arr->child; v; v = v->next, i++) {
		char p[256];
		item(p, sizeof(p), path, key, i);
		if (expect(J, v, J_STRING, p))
			(*items)[n++] = v->valuestring;
	}
	list.items = *items;
	list.count = n;
	return list;
}

/* ---- sections ---- */

static void load_waves(struct json *J, const cJSON *root)
{
	static const char *const keys[] = {"id", "date", "label", NULL};
	const cJSON *arr = get(J, root, "waves", J_ARRAY, false, "");
	size_t i = 0;

	if (arr && !arr->child)
		err(J, "waves", "the list is empty; give at least one wave or leave \"waves\" out");
	for (const cJSON *w = arr ? arr->child : NULL; w; w = w->next, i++) {
		char p[64], p_id[256], p_date[256];
		item(p, sizeof(p), "", "waves", i);
		if (!expect(J, w, J_OBJECT, p))
			continue;
		check_keys(J, w, p, keys);
		struct b_wave bw = {
		    .id = get_text(J, w, "id", true, p),
		    .label = get_text(J, w, "label", false, p),
		    .date = get_text(J, w, "date", false, p),
		    .has_date = cJSON_GetObjectItemCaseSensitive(w, "date") != NULL,
		    .at = at_path(p),
		    .at_id = at_path(join(p_id, p, "id")),
		    .at_date = at_path(join(p_date, p, "date")),
		};
		builder_wave(J->b, &bw);
	}
	builder_waves_done(J->b);
}

static void load_tasks(struct json *J, const cJSON *root)
{
	static const char *const keys[] = {"id", "label", NULL};
	const cJSON *arr = get(J, root, "tasks", J_ARRAY, false, "");
	size_t i = 0;

	for (const cJSON *t = arr ? arr->child : NULL; t; t = t->next, i++) {
		char p[64], p_id[256];
		item(p, sizeof(p), "", "tasks", i);
		if (!expect(J, t, J_OBJECT, p))
			continue;
		check_keys(J, t, p, keys);
		struct b_task bt = {
		    .id = get_text(J, t, "id", true, p),
		    .label = get_text(J, t, "label", false, p),
		    .at_id = at_path(join(p_id, p, "id")),
		};
		if (bt.id)
			builder_task(J->b, &bt);
	}
}

/* First pass over one entity: what it is, without references. */
static long load_entity(struct json *J, const cJSON *e, const char *p)
{
	char p_id[256], p_name[256], p_kind[256], p_since[256], p_until[256];
	const char **domains, **areas, **groups;
	const cJSON *attrs;
	struct b_attribute *attributes = NULL;
	struct b_entity be = {
	    .at = at_path(p),
	    .at_id = at_path(join(p_id, p, "id")),
	    .at_name = at_path(join(p_name, p, "name")),
	    .at_kind = at_path(join(p_kind, p, "kind")),
	    .at_since = at_path(join(p_since, p, "since")),
	    .at_until = at_path(join(p_until, p, "until")),
	};

	const char *id = get_text(J, e, "id", true, p);
	be.name = get_text(J, e, "name", true, p);
	be.kind = get_text(J, e, "kind", true, p);
	attrs = get(J, e, "attributes", J_OBJECT, false, p);
	be.since = get_text(J, e, "since", false, p);
	be.until = get_text(J, e, "until", false, p);
	be.note = get_text(J, e, "note", false, p);
	be.domains = get_strings(J, e, "domains", p, &domains);
	be.areas = get_strings(J, e, "areas", p, &areas);
	be.target_groups = get_strings(J, e, "target_groups", p, &groups);
	if (attrs) {
		attributes = xcalloc((size_t)cJSON_GetArraySize(attrs) + 1, sizeof(*attributes));
		for (const cJSON *a = attrs->child; a; a = a->next) {
			char pa[256], pk[256];
			if (!cJSON_IsString(a) &&
			    !expect(J, a, J_STRING, join(pk, join(pa, p, "attributes"), a->string)))
				continue;
			attributes[be.n_attributes].key = a->string;
			attributes[be.n_attributes++].value = a->valuestring;
		}
		be.attributes = attributes;
	}
	be.id = id;
	long k = builder_entity(J->b, &be);
	free(domains);
	free(areas);
	free(groups);
	free(attributes);
	return k;
}

static void load_municipalities(struct json *J, const cJSON *e, const char *p, long self)
{
	const cJSON *arr = get(J, e, "municipalities", J_ARRAY, false, p);
	size_t i = 0;

	for (const cJSON *v = arr ? arr->child : NULL; v; v = v->next, i++) {
		char pp[256];
		item(pp, sizeof(pp), p, "municipalities", i);
		if (!expect(J, v, J_STRING, pp))
			continue;
		struct where at = at_path(pp);
		builder_municipality(J->b, self, v->valuestring, &at);
	}
}

static void load_members(struct json *J, const cJSON *e, const char *p, long self)
{
	static const char *const keys[] = {"id", "since", "until", NULL};
	const cJSON *arr = get(J, e, "members", J_ARRAY, false, p);
	size_t i = 0;
	char pp[256], p_since[256], p_until[256];

	if (!arr)
		return;
	struct where at = at_path(join(pp, p, "members"));
	if (!builder_may_have_members(J->b, self, &at))
		return;
	for (const cJSON *v = arr->child; v; v = v->next, i++) {
		struct b_member m = {0};

		item(pp, sizeof(pp), p, "members", i);
		m.at_since = at_path(join(p_since, pp, "since"));
		m.at_until = at_path(join(p_until, pp, "until"));
		if (cJSON_IsString(v)) {
			m.ref = v->valuestring;
		} else if (cJSON_IsObject(v)) {
			check_keys(J, v, pp, keys);
			m.ref = get_text(J, v, "id", true, pp);
			m.since = get_text(J, v, "since", false, pp);
			m.until = get_text(J, v, "until", false, pp);
			if (m.ref)
				snprintf(pp, sizeof(pp), "%s.members[%zu].id", p, i);
		} else {
			err(J, pp,
			    "expected an entity id or an object {id, since, until}, found %s",
			    describe(v));
		}
		m.at = at_path(pp);
		if (m.ref)
			builder_member(J->b, self, &m);
	}
}

static void load_entities(struct json *J, const cJSON *root)
{
	static const char *const keys[] = {
	    "id",      "name",  "kind",  "municipalities", "domains", "areas", "target_groups",
	    "members", "since", "until", "attributes",     "note",    NULL};
	const cJSON *arr = get(J, root, "entities", J_ARRAY, true, "");
	size_t n, i = 0;

	if (!arr)
		return;
	J->has_entities = true;
	n = (size_t)cJSON_GetArraySize(arr);
	/* Ids first, so that references may point forwards. */
	long *slot = xcalloc(n + 1, sizeof(*slot));
	for (const cJSON *e = arr->child; e; e = e->next, i++) {
		char p[64];
		slot[i] = -1;
		item(p, sizeof(p), "", "entities", i);
		if (!expect(J, e, J_OBJECT, p))
			continue;
		check_keys(J, e, p, keys);
		slot[i] = load_entity(J, e, p);
	}
	i = 0;
	for (const cJSON *e = arr->child; e; e = e->next, i++) {
		char p[64];
		if (slot[i] < 0)
			continue;
		item(p, sizeof(p), "", "entities", i);
		load_municipalities(J, e, p, slot[i]);
		load_members(J, e, p, slot[i]);
	}
	free(slot);
}

static void load_scores(struct json *J, const cJSON *iv, const char *p, long in)
{
	const cJSON *obj = get(J, iv, "scores", J_OBJECT, false, p);

	for (const cJSON *s = obj ? obj->child : NULL; s; s = s->next) {
		char pp[256];
		snprintf(pp, sizeof(pp), "%s.scores.%s", p, s->string);
		struct where at = at_path(pp);
		long t = builder_find_task(J->b, s->string, &at);
		if (t < 0 || !expect(J, s, J_NUMBER, pp))
			continue;
		builder_score(J->b, in, t, s->valuedouble, &at);
	}
}

static void load_tie(struct json *J, const cJSON *t, const char *p, long in)
{
	static const char *const keys[] = {"with", "type", "level", "trust", "since", "note", NULL};
	char p_with[256], p_level[256], p_trust[256], p_since[256];

	check_keys(J, t, p, keys);
	struct b_tie bt = {
	    .with = get_text(J, t, "with", true, p),
	    .type = get_text(J, t, "type", false, p),
	    .note = get_text(J, t, "note", false, p),
	    .level = get_number(J, t, "level", p),
	    .trust = get_number(J, t, "trust", p),
	    .since = get_text(J, t, "since", false, p),
	    .at_with = at_path(join(p_with, p, "with")),
	    .at_level = at_path(join(p_level, p, "level")),
	    .at_trust = at_path(join(p_trust, p, "trust")),
	    .at_since = at_path(join(p_since, p, "since")),
	};
	builder_tie(J->b, in, &bt);
}

static void load_interviews(struct json *J, const cJSON *root)
{
	static const char *const keys[] = {"respondent", "wave", "date", "scores",
	                                   "ties",       "note", NULL};
	const cJSON *arr = get(J, root, "interviews", J_ARRAY, true, "");
	size_t i = 0;

	if (!arr || !J->has_entities)
		return;
	for (const cJSON *iv = arr->child; iv; iv = iv->next, i++) {
		char p[64], p_resp[256], p_wave[256], p_date[256];

		item(p, sizeof(p), "", "interviews", i);
		if (!expect(J, iv, J_OBJECT, p))
			continue;
		check_keys(J, iv, p, keys);
		struct b_interview bi = {
		    .date = get_text(J, iv, "date", false, p),
		    .note = get_text(J, iv, "note", false, p),
		    .respondent = get_text(J, iv, "respondent", true, p),
		    .wave = get_text(J, iv, "wave", false, p),
		    .wave_given = cJSON_GetObjectItemCaseSensitive(iv, "wave") != NULL,
		    .at = at_path(p),
		    .at_respondent = at_path(join(p_resp, p, "respondent")),
		    .at_wave = at_path(join(p_wave, p, "wave")),
		    .at_date = at_path(join(p_date, p, "date")),
		};
		long in = builder_interview(J->b, &bi);
		load_scores(J, iv, p, in);
		const cJSON *ties = get(J, iv, "ties", J_ARRAY, false, p);
		if (in < 0)
			continue;
		size_t j = 0;
		for (const cJSON *t = ties ? ties->child : NULL; t; t = t->next, j++) {
			char pt[96];
			item(pt, sizeof(pt), p, "ties", j);
			if (expect(J, t, J_OBJECT, pt))
				load_tie(J, t, pt, in);
		}
		builder_interview_done(J->b, in);
	}
}

static void load_root(struct json *J, const cJSON *root)
{
	static const char *const keys[] = {"partnermap", "title",      "waves", "tasks",
	                                   "entities",   "interviews", NULL};
	const cJSON *version;

	if (!expect(J, root, J_OBJECT, ""))
		return;
	check_keys(J, root, "", keys);
	version = get(J, root, "partnermap", J_NUMBER, true, "");
	if (version && version->valuedouble != 1)
		err(J, "partnermap", "format version %g is not supported; expected 1",
		    version->valuedouble);
	builder_title(J->b, get_text(J, root, "title", false, ""));
	load_waves(J, root);
	load_tasks(J, root);
	load_entities(J, root);
	load_interviews(J, root);
}

/* cJSON's allocator while a document is parsed and read: cJSON's hooks
 * take no context, hence one arena for the process (loading runs on one
 * thread, and nothing of the document outlives load_buffer()). */
static struct arena nodes;

static void *node_alloc(size_t size)
{
	return arena_alloc(&nodes, size);
}

static void node_free(void *p)
{
	(void)p;
}

enum load_status load_buffer(const char *buf, size_t len, bool strict, struct dataset **out,
                             struct diags *diags)
{
	struct json J = {0};
	cJSON *root;

	*out = NULL;
	if (len > LOAD_MAX_BYTES) {
		char msg[128];
		snprintf(msg, sizeof(msg), msg_tr("the file is %zu MiB; at most %d MiB is read"),
		         len >> 20, LOAD_MAX_BYTES >> 20);
		diags_add(diags, true, NULL, msg);
		return LOAD_INVALID;
	}
	/* The document's nodes come from one arena, released at once: freeing
	 * them one by one took as long as parsing. */
	cJSON_InitHooks(&(cJSON_Hooks){node_alloc, node_free});
	root = parse_json(diags, buf, len);
	if (root) {
		J.b = builder_new(diags, strict, BUILD_JSON);
		load_root(&J, root);
	}
	cJSON_InitHooks(NULL);
	arena_release(&nodes);
	return root ? builder_finish(J.b, out) : LOAD_INVALID;
}

static bool accepts(const char *path, bool is_dir)
{
	(void)path;
	(void)is_dir;
	return true;
}

static enum load_status load(const char *path, bool strict, struct dataset **out,
                             struct diags *diags)
{
	char *buf;
	size_t len;

	*out = NULL;
	if (load_read_file(path, &buf, &len, diags))
		return LOAD_UNREADABLE;
	enum load_status st = load_buffer(buf, len, strict, out, diags);
	free(buf);
	return st;
}

/* Any file that is not a workbook is read as JSON, so that a misnamed study
 * still gets JSON's messages. */
const struct importer importer_json = {"JSON", accepts, load};
