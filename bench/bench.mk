# make bench: figures, not tests (bench/README.md).
BENCH_DEBS := python3-dateparser time util-linux

.PHONY: bench bench-deps
bench-deps: deps
	@missing=""; for p in $(BENCH_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "bench: missing Debian packages:$$missing" >&2; exit 1; fi; \
	fi
	@command -v npm >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; } || true
	@[ -d bench/node_modules/chrono-node ] || (cd bench && npm install --no-audit --no-fund --silent) || \
	  echo "bench: chrono-node could not be installed; its row is left out" >&2

build/bench/floor: bench/floor.c
	@mkdir -p build/bench
	$(CC) -O2 -o $@ $< $(shell pkg-config --cflags --libs icu-uc icu-i18n libxml-2.0)

bench: bench-deps
	@$(MAKE) --no-print-directory MODE=release all build/bench/floor
	@sh bench/run.sh
