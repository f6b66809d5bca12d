/* msg: the one place where messages to a person are worded and printed. */
#include "i18n/msg.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <string.h>

static enum lang msg_language = LANG_EN;

void msg_set_lang(enum lang lang)
{
	msg_language = lang;
}

enum lang msg_lang(void)
{
	return msg_language;
}

const char *msg_tr(const char *english)
{
	return tx_message(msg_language, english);
}

/* The reasons of strerror(3) that po/ translates: the C library's English,
 * marked here for xgettext because no file of src/ writes them. */
static const char *const libc_reasons[] = {
    N_("No such file or directory"),
    N_("Permission denied"),
    N_("Is a directory"),
    N_("Not a directory"),
    N_("File exists"),
    N_("No space left on device"),
    N_("Disk quota exceeded"),
    N_("Read-only file system"),
    N_("File name too long"),
    N_("Too many open files"),
    N_("Input/output error"),
    N_("Broken pipe"),
    N_("Cannot allocate memory"),
    N_("Directory not empty"),
    N_("Invalid argument"),
    N_("Operation not permitted"),
    N_("Device or resource busy"),
};

const char *msg_strerror(int errnum)
{
	const char *reason = strerror(errnum);

	for (size_t i = 0; i < sizeof(libc_reasons) / sizeof(libc_reasons[0]); i++)
		if (!strcmp(reason, libc_reasons[i]))
			return msg_tr(libc_reasons[i]);
	return reason;
}

/* Messages go to standard error; results alone go to standard output. */
static FILE *out(void)
{
	return stderr;
}

/* Prints TEXT with control characters shown escaped: names, titles and
 * paths in a message come from files and must not steer the terminal. */
static void put_inert(const char *text)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_add_inert(&sb, text, strlen(text), 0);
	fputs(sb.buf, out());
	sb_release(&sb);
}

static void vreport(const char *prefix, const char *fmt, va_list ap)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_vaddf(&sb, msg_tr(fmt), ap);
	fprintf(out(), "partnermap: %s", prefix);
	put_inert(sb.buf);
	fputc('\n', out());
	sb_release(&sb);
}

size_t msg_error_line(char *buf, size_t size, const char *text)
{
	int n = snprintf(buf, size, "partnermap: %s%s\n", msg_tr("error: "), msg_tr(text));

	return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}

int error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(msg_tr("error: "), fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(msg_tr("warning: "), fmt, ap);
	va_end(ap);
}

void notice(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(msg_tr("usage error: "), fmt, ap);
	va_end(ap);
	if (cmd)
		fprintf(out(), msg_tr("Try 'partnermap %s --help'.\n"), cmd);
	else
		fputs(msg_tr("Try 'partnermap --help'.\n"), out());
	return EXIT_USAGE;
}

void msg_diag(const char *file, int is_error, int line, int column, const char *path,
              const char *message)
{
	const char *sev = is_error ? msg_tr("error") : msg_tr("warning");

	struct strbuf sb;

	sb_init(&sb);
	if (line > 0)
		sb_addf(&sb, "%s:%d:%d: %s: %s", file, line, column, sev, message);
	else if (path && *path)
		sb_addf(&sb, "%s: %s: %s: %s", file, sev, path, message);
	else
		sb_addf(&sb, "%s: %s: %s", file, sev, message);
	put_inert(sb.buf);
	fputc('\n', out());
	sb_release(&sb);
}
