# Dateline - GNU make.  `make timeline` builds and writes out/ from corpus/;
# `make test` runs the whole suite.  Both install missing Debian packages first.

MODE     ?= release
BUILD    := build/$(MODE)
CC       ?= cc
PKGS     := icu-uc icu-i18n libxml-2.0 libcmark jansson
DEBS     := libicu-dev libxml2-dev libcmark-dev libcriterion-dev libjansson-dev pkg-config parallel
JOBS     ?= $(shell nproc 2>/dev/null || echo 1)

WARN     := -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wvla -Wno-unused-parameter
CSTD     := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
ifeq ($(MODE),asan)
OPT      := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -DDL_CHECK_TABLES
else ifeq ($(MODE),debug)
OPT      := -O0 -g
else
OPT      := -O2 -g
endif
ifeq ($(CI),true)
WARN     += -Werror
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS   += $(CSTD) $(WARN) $(OPT) $(PKG_CFLAGS) -Isrc -MMD -MP
LDLIBS   += $(PKG_LIBS) -lpthread -lm
LDFLAGS  += $(filter -fsanitize=%,$(OPT))

SRCS     := $(wildcard src/*.c)
OBJS     := $(SRCS:src/%.c=$(BUILD)/%.o)
LIBOBJS  := $(filter-out $(BUILD)/cli.o,$(OBJS))
TSRCS    := $(wildcard tests/unit/*.c)
TOBJS    := $(TSRCS:tests/unit/%.c=$(BUILD)/tests/%.o)

ifeq ($(MODE),release)
BIN      := dateline
else
BIN      := $(BUILD)/dateline
endif

.PHONY: all deps timeline test unit golden asan ubsan valgrind bless timeml-eval \
        bench fuzz check-render clean format

all: $(BIN)

# ------------------------------------------------------------------ set-up
# Installs the missing Debian packages when run as root, else names them.
deps:
	@missing=""; for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "dateline: installing$$missing" >&2; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	      || { echo "dateline: apt-get install$$missing failed" >&2; exit 1; }; \
	  else \
	    echo "dateline: missing Debian packages:$$missing (run: sudo apt-get install$$missing)" >&2; exit 1; \
	  fi; \
	fi

# ------------------------------------------------------------------ build
$(BIN): $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%.o: tests/unit/%.c | $(BUILD)/tests
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/test_unit: $(TOBJS) $(LIBOBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcriterion

$(BUILD) $(BUILD)/tests:
	@mkdir -p $@

-include $(OBJS:.o=.d) $(TOBJS:.o=.d)

# ------------------------------------------------------------------ use
timeline: deps
	@$(MAKE) --no-print-directory all
	./dateline build -o out corpus

# ------------------------------------------------------------------ tests
# Golden cases first, the Criterion suite last: its summary closes the output.
test: deps
	@$(MAKE) --no-print-directory $(BIN) $(BUILD)/test_unit
	@$(MAKE) --no-print-directory golden
	@$(MAKE) --no-print-directory unit

golden:
	@sh tests/golden.sh $(abspath $(BIN))
	@sh tests/cli.sh $(abspath $(BIN))
	@sh tests/hostile.sh $(abspath $(BIN))
	@sh tests/mapreduce.sh $(abspath $(BIN))
	@t=$$(mktemp -d); $(abspath $(BIN)) build -q --no-cache -o $$t corpus 2>/dev/null; \
	  python3 tests/bilingual.py $$t/events.jsonl; rc=$$?; rm -rf $$t; exit $$rc

unit: $(BUILD)/test_unit
	@cd tests && $(abspath $(BUILD)/test_unit) --jobs $(JOBS) $(CRITERION_FLAGS)

asan ubsan:
	@$(MAKE) --no-print-directory MODE=asan test

valgrind: deps
	@$(MAKE) --no-print-directory MODE=debug $(BUILD:release=debug)/dateline
	@VALGRIND="valgrind -q --error-exitcode=1 --leak-check=full" sh tests/golden.sh $(abspath build/debug/dateline)

bless: $(BIN)
	@BLESS=1 sh tests/golden.sh $(abspath $(BIN))

timeml-eval: deps $(BIN)
	@sh tests/timeml_eval.sh $(abspath $(BIN))

check-render: timeline
	@sh tests/check_render.sh out

clean:
	rm -rf build dateline

# Targets kept beside their own files: bench (make bench), fuzz (make fuzz).
-include bench/bench.mk
-include tests/fuzz/fuzz.mk

format:
	clang-format -i src/*.c src/*.h
