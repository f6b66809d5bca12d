#!/bin/sh
# Writes OUT (po/partnermap.pot for `make pot`): every text a person reads,
# as xgettext finds it in src/. The keywords are the functions that take
# an English text or printf format (i18n/msg.h and the loaders' own err(),
# warn(), ...), N_() where a text is written far from where it is shown,
# and TEXT_("T_ID", "English") for the rows of the English table, whose
# msgctxt is the id. Formats are marked c-format, so that msgfmt -c checks
# that each translation takes the same arguments. Locations are files
# without line numbers and entries are sorted, so that the file changes
# only when a text does, and it carries no date.
set -eu
cd "$(dirname "$0")/.."
out=${1:-po/partnermap.pot}

# NAME:ARG of each keyword; a trailing ":c" marks its argument a format.
keywords="N_:1 TEXT_:1c,2 msg_tr:1 igraph_progress:1 progress:1 diags_add:4 syntax_error:4
error:1:c warning:1:c notice:1:c usage_error:2:c err:3:c warn:3:c
builder_error:3:c builder_warning:3:c missing:5:c part_err:2:c"

set --
for k in $keywords; do
	case $k in
	*:c)
		k=${k%:c}
		set -- "$@" "--keyword=$k" "--flag=${k%%:*}:${k#*:}:c-format"
		;;
	*) set -- "$@" "--keyword=$k" ;;
	esac
done

find src -name '*.c' ! -name 'texts-nl.c' ! -name 'messages-*.c' | LC_ALL=C sort >"$out.files"
xgettext --language=C --from-code=UTF-8 --keyword "$@" --add-comments=TRANSLATORS: \
	--add-location=file --sort-output --package-name=partnermap \
	--files-from="$out.files" --output="$out.new"
# Without the date of the run, the file is the same when the texts are.
grep -v '^"POT-Creation-Date: ' "$out.new" >"$out"
rm -f "$out.files" "$out.new"
