/* output: atomic writes through a temporary file and rename(2). */
#include "output.h"
#include "msg.h"
#include "strbuf.h"

#include <stdbool.h>

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

const char *output_format(const char *path, const char *const *formats)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	for (size_t i = 0; dot && formats[i]; i++)
		if (!strcasecmp(dot + 1, formats[i]))
			return formats[i];
	return NULL;
}

char *output_temp_path(const char *path)
{
	struct strbuf sb;
	const char *slash = strrchr(path, '/');

	sb_init(&sb);
	if (slash)
		sb_add(&sb, path, (size_t)(slash - path + 1));
	sb_addf(&sb, ".%s.tmp-%ld", slash ? slash + 1 : path, (long)getpid());
	return sb_detach(&sb);
}

int output_open(struct output *o, const char *path)
{
	memset(o, 0, sizeof(*o));
	if (!path || !strcmp(path, "-")) {
		o->fp = stdout;
		return 0;
	}
	o->path = xstrdup(path);
	o->tmp = output_temp_path(path);
	o->fp = fopen(o->tmp, "wb");
	if (!o->fp) {
		int saved = errno;
		output_abort(o);
		return error("cannot write %s: %s", path, msg_strerror(saved));
	}
	return 0;
}

int output_commit(struct output *o)
{
	int rc = 0;

	if (!o->path) {
		if (fflush(stdout) || ferror(stdout))
			rc = error("cannot write to standard output: %s", msg_strerror(errno));
		return rc;
	}
	if (ferror(o->fp) | fclose(o->fp)) {
		o->fp = NULL;
		rc = error("cannot write %s: %s", o->path, msg_strerror(errno));
	} else if (rename(o->tmp, o->path)) {
		o->fp = NULL;
		rc = error("cannot write %s: %s", o->path, msg_strerror(errno));
	}
	o->fp = NULL;
	if (rc)
		unlink(o->tmp);
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof(*o));
	return rc;
}

void output_abort(struct output *o)
{
	if (o->path) {
		if (o->fp)
			fclose(o->fp);
		unlink(o->tmp);
	}
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof(*o));
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void output_dir_abort(const char *tmp)
{
	if (tmp)
		nftw(tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* mkdir -p for the folders above PATH. */
static int make_parents(const char *path)
{
	char *copy = xstrdup(path);
	int rc = 0;

	for (char *p = copy + 1; *p && !rc; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0777) && errno != EEXIST)
			rc = error("cannot create the folder %s: %s", copy, msg_strerror(errno));
		*p = '/';
	}
	free(copy);
	return rc;
}

int output_dir_begin(const char *dir, char **tmp)
{
	*tmp = NULL;
	if (make_parents(dir))
		return -1;
	char *t = output_temp_path(dir);
	if (mkdir(t, 0777)) {
		int saved = errno;
		free(t);
		return error("cannot create a folder beside %s: %s", dir, msg_strerror(saved));
	}
	*tmp = t;
	return 0;
}

int output_dir_commit(const char *dir, const char *tmp)
{
	struct strbuf old;
	struct stat st;
	int rc = 0;

	sb_init(&old);
	sb_addf(&old, "%s.old", tmp);
	bool had = !lstat(dir, &st);
	if (had && rename(dir, old.buf))
		rc = error("cannot replace %s: %s", dir, msg_strerror(errno));
	else if (rename(tmp, dir)) {
		rc = error("cannot write %s: %s", dir, msg_strerror(errno));
		if (had)
			rename(old.buf, dir); /* put the earlier report back */
	}
	if (rc)
		output_dir_abort(tmp);
	else if (had)
		output_dir_abort(old.buf);
	sb_release(&old);
	return rc;
}
