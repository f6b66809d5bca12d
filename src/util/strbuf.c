/* strbuf: growable strings and allocation that aborts on failure. */
#include "util/strbuf.h"
#include "util/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die_oom(void)
{
	fputs("partnermap: error: out of memory\n", stderr);
	exit(3);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die_oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		die_oom();
	return q;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

static char empty[1];

void sb_init(struct strbuf *sb)
{
	sb->buf = empty;
	sb->len = 0;
	sb->alloc = 0;
}

void sb_release(struct strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	sb_init(sb);
}

void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->alloc)
		sb->buf[0] = '\0';
}

static void grow(struct strbuf *sb, size_t extra)
{
	size_t want = sb->len + extra + 1;

	if (want <= sb->alloc)
		return;
	size_t n = sb->alloc ? sb->alloc : 64;
	while (n < want)
		n *= 2;
	if (sb->alloc) {
		sb->buf = xrealloc(sb->buf, n);
	} else {
		sb->buf = xmalloc(n);
		sb->buf[0] = '\0';
	}
	sb->alloc = n;
}

void sb_add(struct strbuf *sb, const char *data, size_t len)
{
	grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_addc(struct strbuf *sb, char c)
{
	sb_add(sb, &c, 1);
}

void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return;
	grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

char *sb_detach(struct strbuf *sb)
{
	char *s = sb->alloc ? sb->buf : xstrdup("");

	sb_init(sb);
	return s;
}

/* Whether CP is a character a reader cannot see or that turns the text
 * around it: a byte-order mark, zero-width characters, direction marks,
 * embeddings, overrides and isolates, invisible operators, tags. Shown
 * escaped, so that "Pul\u{FEFF}se" does not pass for "Pulse". */
static bool invisible(uint32_t cp)
{
	return cp == 0x00AD || cp == 0x061C || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
	       (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF ||
	       (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F);
}

size_t sb_add_inert(struct strbuf *sb, const char *s, size_t len, int keep_lines)
{
	static const char named[] = "abtnvfr";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		uint32_t cp = 0;
		int n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			break; /* the rest comes with the next call */
		if (n == 1 && (p[i] < 0x20 || p[i] == 0x7f)) {
			if (keep_lines && (p[i] == '\n' || p[i] == '\t'))
				sb_addc(sb, (char)p[i]);
			else if (p[i] >= 7 && p[i] <= 13)
				sb_addf(sb, "\\%c", named[p[i] - 7]);
			else
				sb_addf(sb, "\\%03o", p[i]);
			i++;
		} else if (n < 0 || (cp >= 0x80 && cp < 0xA0)) {
			int k = n < 0 ? 1 : 2; /* a stray byte, or a C1 control */
			for (int j = 0; j < k; j++)
				sb_addf(sb, "\\%03o", p[i + j]);
			i += (size_t)k;
		} else if (invisible(cp)) {
			sb_addf(sb, "\\u{%04X}", (unsigned)cp);
			i += (size_t)n;
		} else {
			sb_add(sb, s + i, (size_t)n);
			i += (size_t)n;
		}
	}
	return i;
}

void sb_add_cut(struct strbuf *sb, const char *s, size_t max)
{
	if (!s[utf8_skip(s, max)]) {
		sb_adds(sb, s);
		return;
	}
	/* Room for "...": the first MAX - 3 characters. */
	sb_add(sb, s, utf8_skip(s, max > 3 ? max - 3 : 0));
	sb_adds(sb, "...");
}

void sb_add_quoted(struct strbuf *sb, const char *s, size_t max)
{
	const unsigned char *end = (const unsigned char *)s + utf8_skip(s, max);

	sb_addc(sb, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (p == end) {
			sb_adds(sb, "...");
			break;
		}
		if (*p < 0x20 || *p == 0x7f)
			sb_addf(sb, "\\u%04x", *p);
		else if (*p == '"' || *p == '\\')
			sb_addf(sb, "\\%c", *p);
		else
			sb_addc(sb, (char)*p);
	}
	sb_addc(sb, '"');
}

void sb_add_xml(struct strbuf *sb, const char *s, int keep_lines)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '&')
			sb_adds(sb, "&amp;");
		else if (c == '<')
			sb_adds(sb, "&lt;");
		else if (c == '>')
			sb_adds(sb, "&gt;");
		else if (c == '"')
			sb_adds(sb, "&quot;");
		else if (c == '\'')
			sb_adds(sb, "&#39;");
		else if ((c < 0x20 && !(keep_lines && (c == '\n' || c == '\t'))) || c == 0x7f)
			sb_addc(sb, ' ');
		else
			sb_addc(sb, (char)c);
	}
}
