#!/bin/sh
# The translations are complete and po/partnermap.pot is current (make
# po-check, run by make test). Checks po/*.po, or the PO files given.
# Fails, naming the texts, when
#  - po/partnermap.pot is not what xgettext makes from src/ now (a text was
#    added or changed without `make update-po`);
#  - a po/CODE.po has no translation of a text in src/, or a fuzzy one;
#  - msgfmt -c finds an error (a translation whose printf conversions
#    differ from the English ones, a bad header).
set -eu
cd "$(dirname "$0")/.."
mkdir -p build/gen
fresh=build/gen/partnermap.pot
sh scripts/pot.sh "$fresh"
bad=0
if ! cmp -s po/partnermap.pot "$fresh"; then
	echo "po-check: po/partnermap.pot is not what xgettext makes from src/ now;" \
		"run 'make update-po' and translate what it adds (README.md)." >&2
	diff -u po/partnermap.pot "$fresh" | grep '^[-+]msg' >&2 || true
	bad=1
fi
[ $# -gt 0 ] || set -- po/*.po
for po; do
	# The catalogue as `make update-po` would leave it: what it lacks is
	# untranslated there.
	msgmerge --quiet --no-fuzzy-matching -o build/gen/check.po "$po" "$fresh"
	lacks=$(msgattrib --untranslated --no-obsolete build/gen/check.po)
	if [ -n "$lacks" ]; then
		echo "po-check: $po does not translate these texts of src/:" >&2
		echo "$lacks" | grep -v '^"[A-Z][-A-Za-z]*: .*\\n"$' >&2
		bad=1
	fi
	stats=$(msgfmt -c --statistics -o /dev/null "$po" 2>&1) || {
		echo "$stats" >&2
		bad=1
	}
	case $stats in
	*fuzzy* | *untranslated*)
		echo "po-check: $po: $stats" >&2
		msgattrib --only-fuzzy --no-obsolete "$po" >&2
		msgattrib --untranslated --no-obsolete "$po" >&2
		bad=1
		;;
	esac
done
[ $bad -eq 0 ] && echo "po-check: $# catalogue(s) complete, po/partnermap.pot current"
exit $bad
