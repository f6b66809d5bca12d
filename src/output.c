/* output: atomic writes through a temporary file and rename(2). */
#include "output.h"
#include "msg.h"
#include "strbuf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
		return error("cannot write %s: %s", path, strerror(saved));
	}
	return 0;
}

int output_commit(struct output *o)
{
	int rc = 0;

	if (!o->path) {
		if (fflush(stdout) || ferror(stdout))
			rc = error("cannot write to standard output: %s", strerror(errno));
		return rc;
	}
	if (ferror(o->fp) | fclose(o->fp)) {
		o->fp = NULL;
		rc = error("cannot write %s: %s", o->path, strerror(errno));
	} else if (rename(o->tmp, o->path)) {
		o->fp = NULL;
		rc = error("cannot write %s: %s", o->path, strerror(errno));
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
