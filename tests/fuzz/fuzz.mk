# make fuzz: libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer).
# FUZZ_TIME seconds per target (default 60); make fuzz-smoke: 10 s each, for CI.
# Crashes are written to tests/fuzz/out/TARGET/ (git-ignored); each one found
# becomes a golden case or a unit test.
FUZZ_CC      ?= clang
FUZZ_TIME    ?= 60
FUZZ_TARGETS := ingest timex evjson
FUZZ_BUILD   := build/fuzz
FUZZ_FLAGS   := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 \
                -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
                $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -Isrc
FUZZ_OBJS    := $(filter-out $(FUZZ_BUILD)/cli.o,$(SRCS:src/%.c=$(FUZZ_BUILD)/%.o))

.PHONY: fuzz fuzz-smoke fuzz-deps
fuzz-deps: deps
	@command -v $(FUZZ_CC) >/dev/null 2>&1 && \
	  ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null; \
	  else echo "fuzz: install clang and libclang-rt-14-dev" >&2; exit 1; fi; }

$(FUZZ_BUILD)/%.o: src/%.c
	@mkdir -p $(FUZZ_BUILD)
	$(FUZZ_CC) $(FUZZ_FLAGS) -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $^ $(PKG_LIBS) -lpthread -lm

fuzz: fuzz-deps
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p tests/fuzz/out/$$t; \
	  echo "fuzz: $$t for $(FUZZ_TIME) s"; \
	  $(FUZZ_BUILD)/fuzz_$$t -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=tests/fuzz/out/$$t/ -print_final_stats=1 tests/fuzz/out/$$t tests/fuzz/seeds/$$t \
	    2>tests/fuzz/out/$$t.log || { tail -40 tests/fuzz/out/$$t.log; exit 1; }; \
	  grep -E 'stat::number_of_executed_units|Done ' tests/fuzz/out/$$t.log | tr '\n' ' '; echo; \
	done

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_TIME=10
