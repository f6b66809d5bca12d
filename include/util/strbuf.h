/*
 * strbuf: a growable, always NUL-terminated string. The caller owns the
 * struct and releases the memory with sb_release(). Allocation failure
 * aborts the program (out of memory is not recoverable for a CLI).
 */
#ifndef PARTNERMAP_UTIL_STRBUF_H
#define PARTNERMAP_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf; /* never NULL after sb_init; "" when empty */
	size_t len;
	size_t alloc;
};

void sb_init(struct strbuf *sb);
void sb_release(struct strbuf *sb);
void sb_reset(struct strbuf *sb);
void sb_add(struct strbuf *sb, const char *data, size_t len);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, char c);
void sb_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Hands the string to the caller (free() it) and leaves sb empty. */
char *sb_detach(struct strbuf *sb);

/* Adds s shortened to at most max characters (with "..." when cut) and
 * with control characters shown as \uXXXX, for quoting a value in a
 * message without flooding the terminal. */
void sb_add_quoted(struct strbuf *sb, const char *s, size_t max);

/* Adds LEN bytes of S with what a terminal would act on shown escaped, as
 * git shows file names: control characters as \a \b \t \n \v \f \r or
 * octal (\033), DEL and the C1 controls and any byte that is not UTF-8 in
 * octal, and the characters one cannot see or that turn the text around
 * them (U+FEFF, U+200F, U+202E, ...) as \u{FEFF}; KEEP_LINES keeps
 * newlines and tabs as they are (for text laid out in lines). Returns the
 * number of bytes of S used: a UTF-8 character cut off at the end is left
 * for the next call. */
size_t sb_add_inert(struct strbuf *sb, const char *s, size_t len, int keep_lines);

/* Adds S as XML or HTML text, safe in an element or a quoted attribute:
 * & < > " ' as entities, and the control characters XML forbids (and DEL)
 * as spaces; KEEP_LINES keeps newlines and tabs, else they become spaces
 * too (for a one-line title). */
void sb_add_xml(struct strbuf *sb, const char *s, int keep_lines);

/* Adds S cut to at most MAX characters (with "..." when cut), never
 * inside a UTF-8 character. */
void sb_add_cut(struct strbuf *sb, const char *s, size_t max);

/* Allocation helpers that abort on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
