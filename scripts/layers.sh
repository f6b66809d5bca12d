#!/bin/sh
# The layers of src/ and include/, lowest first. A file in one layer may
# include headers of its own layer and of the layers before it, never of a
# layer after it: data flows one way, from loading a study up to the
# commands. `make test` runs this; it prints each include that breaks the
# order and fails.
set -eu
cd "$(dirname "$0")/.."

LAYERS="util i18n io study load network analysis out render export report cmd"

rank() {
	i=0
	for l in $LAYERS; do
		[ "$l" = "$1" ] && { echo $i; return; }
		i=$((i + 1))
	done
	echo "layers: unknown layer '$1'" >&2
	echo 99
}

bad=0
for dir in src/* include/*; do
	[ -d "$dir" ] || continue
	layer=${dir#*/}
	own=$(rank "$layer")
	[ "$own" -eq 99 ] && { bad=1; continue; }
	for f in "$dir"/*.[ch]; do
		[ -e "$f" ] || continue
		for inc in $(sed -n 's/^#include "\([a-z0-9]*\)\/.*/\1/p' "$f" | sort -u); do
			if [ "$(rank "$inc")" -gt "$own" ]; then
				echo "layers: $f ($layer) includes a header of $inc, a layer above it" >&2
				bad=1
			fi
		done
		if grep -n '^#include "[^/]*"' "$f" >/dev/null; then
			echo "layers: $f includes a header without its folder" >&2
			bad=1
		fi
	done
done
[ "$bad" -eq 0 ] && echo "layers: every include goes to its own layer or one below ($LAYERS)"
exit "$bad"
