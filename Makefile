# partnermap: `make` builds ./partnermap; `make run` sets up and analyses the
# sample study; `make test` sets up and runs every check. See README.md.

CC ?= cc
# Every library partnermap calls, linked as its pkg-config file says, so that
# the binary names each one as a dependency (readelf -d, ldd, dpkg-shlibdeps).
PKGS := igraph libcjson libxml-2.0 zlib nettle libcgraph libgvc cairo xlsxwriter libzip \
	libutf8proc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null | sed 's/-I/-isystem /g')
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lpthread -lgomp -lm

WARNINGS := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wmissing-declarations -Wold-style-definition -Wpointer-arith -Wcast-qual \
	-Wwrite-strings -Wformat=2 -Wundef -Wvla -Wredundant-decls -Wlogical-op \
	-Wduplicated-cond -Wduplicated-branches -Wimplicit-fallthrough -Wnull-dereference \
	-Wstrict-overflow=2 -Wswitch-enum -Wunused-macros
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARNINGS) -Iinclude $(PKG_CFLAGS) $(CFLAGS)
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

SRCS := $(wildcard src/*.c src/*/*.c)
HDRS := $(wildcard include/*/*.h)
REL := build/release
SAN := build/asan
# Translations (README.md, "Texts and translations"): msgfmt compiles each
# po/CODE.po to build/gen/CODE.mo, and scripts/catalogs.sh puts them into
# build/gen/catalogs.c, which every build links (i18n/catalog.h).
GEN := build/gen
POS := $(wildcard po/*.po)
MOS := $(POS:po/%.po=$(GEN)/%.mo)
REL_OBJS := $(SRCS:src/%.c=$(REL)/%.o) $(REL)/gen/catalogs.o
SAN_OBJS := $(SRCS:src/%.c=$(SAN)/%.o) $(SAN)/gen/catalogs.o
SAN_LIB_OBJS := $(filter-out $(SAN)/main.o,$(SAN_OBJS))
UNIT_BINS := $(patsubst tests/unit/%.c,$(SAN)/%,$(wildcard tests/unit/test_*.c))

export ASAN_OPTIONS := detect_leaks=1:exitcode=99:strict_string_checks=1
export LSAN_OPTIONS := suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS := print_stacktrace=1:halt_on_error=1:exitcode=99

SAMPLE := data/ijsselstein-lopik.json
# Debian's python, whose networkx, igraph, openpyxl and docx the tests read
# with (a python3 earlier on PATH, such as pyenv's, has none of them).
PYTHON ?= /usr/bin/python3

.PHONY: all deps run test unit e2e format format-check layers bench clean fuzz fuzz-smoke \
	pot update-po po-check
all: partnermap

partnermap: $(REL_OBJS)
	@echo "  LD      $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $^ $(PKG_LIBS)

$(REL)/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<


$(GEN)/%.mo: po/%.po
	@mkdir -p $(@D)
	@echo "  MSGFMT  $<"
	@msgfmt -c -o $@ $<

$(GEN)/catalogs.c: $(MOS) scripts/catalogs.sh
	@sh scripts/catalogs.sh $@ $(MOS)

$(REL)/gen/%.o: $(GEN)/%.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(SAN)/gen/%.o: $(GEN)/%.c
	@mkdir -p $(@D)
	@echo "  CC asan $<"
	@$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -MMD -MP -c -o $@ $<

# po/partnermap.pot from the sources (scripts/pot.sh runs xgettext), then
# each po/CODE.po brought up to date with it by msgmerge: a new text is
# added untranslated, a changed one kept as a fuzzy guess, until a
# translator fills it in. `make po-check` (in `make test`) fails until then.
# COMPENDIUM=FILE.po fills entries a catalogue lacks from FILE (msgmerge -C),
# such as the old tables' Dutch from scripts/po-from-tables.py.
pot:
	@sh scripts/pot.sh po/partnermap.pot

update-po: pot
	@for po in $(POS); do \
		msgmerge --quiet --update --backup=none --sort-output --add-location=file \
			$(if $(COMPENDIUM),--compendium=$(COMPENDIUM)) $$po po/partnermap.pot || exit 1; \
	done
	@sh scripts/po-check.sh || true

po-check:
	@sh scripts/po-check.sh

$(SAN)/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  CC asan $<"
	@$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -MMD -MP -c -o $@ $<

$(SAN)/partnermap: $(SAN_OBJS)
	@echo "  LD asan $@"
	@$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $^ $(PKG_LIBS)

$(SAN)/test_%: tests/unit/test_%.c tests/unit/unit.h $(SAN_LIB_OBJS)
	@echo "  CC asan $<"
	@$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -Wno-missing-prototypes -Wno-missing-declarations \
		-o $@ $< $(SAN_LIB_OBJS) $(PKG_LIBS) -lcmocka $(UNIT_LDFLAGS)

# test_linear counts the string comparisons and allocations of partnermap's code.
$(SAN)/test_linear: UNIT_LDFLAGS := -Wl,--wrap=strcmp,--wrap=strcasecmp,--wrap=strncasecmp \
	-Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc

# libFuzzer harnesses (tests/fuzz/fuzz_NAME.c), built with clang against
# every module. `make fuzz` runs each for FUZZ_SECONDS with a corpus in
# build/fuzz/corpus-NAME, seeded from the studies in data/ and tests/;
# `make test` runs each for a few seconds so that they keep working.
FUZZ_SECONDS ?= 60
FUZZ_CC := clang
FUZZ_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-command-line-argument \
	-Iinclude $(PKG_CFLAGS) $(FUZZ_FLAGS)
FUZZ := build/fuzz
FUZZ_LIB_OBJS := $(filter-out $(FUZZ)/main.o,$(SRCS:src/%.c=$(FUZZ)/%.o)) $(FUZZ)/gen/catalogs.o
FUZZERS := $(patsubst tests/fuzz/%.c,$(FUZZ)/%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SEEDS := $(wildcard data/*.json tests/data/*.json tests/fuzz/regress/*)
.SECONDARY: $(FUZZ_LIB_OBJS)

$(FUZZ)/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  CC fuzz $<"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(FUZZ)/gen/%.o: $(GEN)/%.c
	@mkdir -p $(@D)
	@echo "  CC fuzz $<"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(FUZZ)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB_OBJS)
	@echo "  LD fuzz $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJS) $(PKG_LIBS)

$(FUZZ)/seeds: $(FUZZ_SEEDS)
	@rm -rf $@ && mkdir -p $@ && cp $(FUZZ_SEEDS) $@/

# One harness for SECONDS: new inputs go to its corpus, crashes to
# build/fuzz/crash-*; the seeds are read, never written.
define run_fuzzer
	mkdir -p $(FUZZ)/corpus-$(notdir $(1)) && \
	ASAN_OPTIONS=detect_leaks=1:exitcode=99 $(1) -max_total_time=$(2) -timeout=30 \
		-rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ)/crash-$(notdir $(1))- \
		$(FUZZ)/corpus-$(notdir $(1)) $(FUZZ)/seeds
endef

fuzz: $(FUZZERS) $(FUZZ)/seeds
	@set -e; $(foreach f,$(FUZZERS),$(call run_fuzzer,$(f),$(FUZZ_SECONDS));)

fuzz-smoke: $(FUZZERS) $(FUZZ)/seeds
	@set -e; $(foreach f,$(FUZZERS),$(call run_fuzzer,$(f),5) 2>$(f).log || \
		{ tail -50 $(f).log; exit 1; };)
	@echo "fuzz: every harness ran for 5 seconds without a crash"

deps:
	@sh scripts/deps.sh

# The main job on the sample study; results go to out/.
run: deps
	@$(MAKE) --no-print-directory partnermap
	./partnermap check $(SAMPLE)
	./partnermap measure $(SAMPLE) -o out/measures.txt
	./partnermap measure $(SAMPLE) --format csv -o out/measures.csv
	./partnermap overlap $(SAMPLE) -o out/overlap.txt
	./partnermap timeline $(SAMPLE) -o out/timeline.txt --chart out/growth.png
	./partnermap draw $(SAMPLE) -o out/network.png
	./partnermap draw $(SAMPLE) --diff 2015 2019 -o out/change.png
	./partnermap report $(SAMPLE)
	./partnermap report $(SAMPLE) --lang nl -o out/ijsselstein-lopik-nl
	./partnermap convert $(SAMPLE) -o out/ijsselstein-lopik.xlsx
	./partnermap template --lang nl -o out/partnermap-sjabloon.xlsx
	@echo "Results are in out/; open out/ijsselstein-lopik/index.html in a browser."

test: deps
	@PARTNERMAP_BROWSER=yes sh scripts/deps.sh
	@$(MAKE) --no-print-directory format-check layers po-check partnermap unit e2e fuzz-smoke

unit: $(UNIT_BINS)
	@failed=0; for t in $(UNIT_BINS); do $$t || failed=1; done; exit $$failed

e2e: $(SAN)/partnermap partnermap
	$(PYTHON) tests/e2e/run.py $(SAN)/partnermap

format:
	clang-format -i $(SRCS) $(HDRS) tests/unit/*.c tests/unit/*.h tests/fuzz/*.c

# Each folder of src/ and include/ is a layer; scripts/layers.sh says which
# may include which.
layers:
	@sh scripts/layers.sh

format-check:
	clang-format --dry-run --Werror $(SRCS) $(HDRS) tests/unit/*.c tests/unit/*.h tests/fuzz/*.c

# The one-thread floor that bench holds the exact measure against.
$(REL)/floor: bench/floor.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $< $(shell pkg-config --cflags --libs libcjson)

bench: deps
	@$(MAKE) --no-print-directory partnermap $(REL)/floor
	$(PYTHON) bench/bench.py ./partnermap $(REL)/floor

clean:
	rm -rf build partnermap

-include $(REL_OBJS:.o=.d) $(SAN_OBJS:.o=.d) $(FUZZ_LIB_OBJS:.o=.d)
