#!/bin/sh
# Installs the Debian packages partnermap needs, but only those that are
# missing: every check comes first, and apt-get runs only when one fails.
# Called by `make run` and `make test`; safe to run again.
set -eu

missing=""
need_pc() { # pkg-config module, Debian package
	pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"
}
need_cmd() { # command, Debian package
	command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
need_file() { # file, Debian package
	[ -e "$1" ] || missing="$missing $2"
}

need_cmd cc gcc
need_cmd pkg-config pkg-config
if command -v pkg-config >/dev/null 2>&1; then
	need_pc igraph libigraph-dev
	need_pc libcjson libcjson-dev
	need_pc libcgraph libgraphviz-dev
	need_pc libgvc libgraphviz-dev
	need_pc cairo libcairo2-dev
	need_pc cmocka libcmocka-dev
	need_pc xlsxwriter libxlsxwriter-dev
	need_pc libzip libzip-dev
	need_pc libxml-2.0 libxml2-dev
	need_pc zlib zlib1g-dev
	need_pc nettle nettle-dev
	need_pc libutf8proc libutf8proc-dev
else
	missing="$missing libigraph-dev libcjson-dev libgraphviz-dev libcairo2-dev libcmocka-dev"
	missing="$missing libxlsxwriter-dev libzip-dev libxml2-dev zlib1g-dev nettle-dev libutf8proc-dev"
fi
need_file /usr/include/csv.h libcsv-dev
# clang and its runtime for the libFuzzer harnesses (make fuzz; make test
# runs each for a few seconds).
need_cmd clang clang
need_file /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a libclang-rt-14-dev
# Independent readers and references for the tests (never used by partnermap).
need_file /usr/lib/python3/dist-packages/networkx/__init__.py python3-networkx
need_file /usr/lib/python3/dist-packages/igraph/__init__.py python3-igraph
need_file /usr/lib/python3/dist-packages/openpyxl/__init__.py python3-openpyxl
# LibreOffice re-saves workbooks and exports their sheets as CSV in
# tests/e2e/test_spreadsheet_path.py, as a user's spreadsheet program does.
need_cmd soffice libreoffice-calc-nogui
# python-docx reads the report's Word document back, and LibreOffice's
# Writer converts it to PDF, in tests/e2e/test_docx.py.
need_file /usr/lib/python3/dist-packages/docx/__init__.py python3-docx
need_file /usr/lib/libreoffice/program/libswlo.so libreoffice-writer-nogui
need_cmd pdftotext poppler-utils
need_cmd python3 python3
need_cmd xmllint libxml2-utils
need_cmd msgfmt gettext
need_cmd xgettext gettext
need_cmd pdfinfo poppler-utils
need_cmd clang-format clang-format
need_file /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
if [ "${PARTNERMAP_BROWSER:-}" = yes ]; then
	need_cmd chromium chromium
	# pdftotext and pdfinfo read back the report printed to PDF by Chromium.
	need_cmd pdftotext poppler-utils
	need_cmd pdfinfo poppler-utils
fi

if [ -z "$missing" ]; then
	exit 0
fi
# shellcheck disable=SC2086
set -- $(printf '%s\n' $missing | sort -u)
echo "deps: installing $*" >&2
if [ "$(id -u)" != 0 ]; then
	echo "deps: these Debian packages are missing: $*; install them as root" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
