# Benchmark targets. The top-level Makefile includes this file
# (`include bench/bench.mk`); it relies on $(B), $(CC), $(ALL_CFLAGS),
# $(STATIC), $(CLI) and $(ICU_LIBS) from there. Not part of `make check`.
#
#   make bench               four 100 MB corpora, 5 runs each, peers, targets
#   make bench BENCH_MB=20 BENCH_RUNS=3     a quicker run
#   make bench BENCH_NODE=none              without the decancer column
#   make check-linear-text   callgrind 1x/4x/16x instruction counts of scan,
#                            clean, skeleton, NFC, NFKC_CF and the stream on
#                            plain and obfuscated text (also run by check-slow)
#
# The table goes to stdout and to $(B)/bench/results.md; the corpora stay in
# $(B)/bench/. decancer is installed from bench/package-lock.json with
# `npm install` the first time (a failed install only skips its column).

BENCH_MB ?= 100
BENCH_LINE_MB ?= 16
BENCH_RUNS ?= 5
BENCH_NODE ?= node
BENCH_ARGS ?=
BENCH_DIR := $(B)/bench
BENCH_BIN := $(BENCH_DIR)/bench
BENCH_LINEAR := $(BENCH_DIR)/linear
BENCH_HDRS := bench/bench.h bench/corpus.h bench/icu_peer.h include/unspoof.h

$(BENCH_BIN): bench/bench.c bench/util.c bench/cli.c bench/corpus.c bench/icu_peer.c $(BENCH_HDRS) $(STATIC)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ bench/bench.c bench/util.c bench/cli.c bench/corpus.c \
		bench/icu_peer.c $(STATIC) $(LDFLAGS) $(ICU_LIBS) -lm

$(BENCH_LINEAR): bench/linear.c bench/corpus.c bench/corpus.h include/unspoof.h $(STATIC)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ bench/linear.c bench/corpus.c $(STATIC) $(LDFLAGS)

bench/node_modules/decancer/package.json: bench/package-lock.json
	-cd bench && npm install --no-audit --no-fund --loglevel=error && touch node_modules/decancer/package.json

bench-deps:
	@if [ "$(BENCH_NODE)" != none ] && command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory bench/node_modules/decancer/package.json; \
	else echo "bench: npm not found or BENCH_NODE=none: the decancer column will be skipped"; fi

bench: $(BENCH_BIN) $(CLI) bench-deps
	@set -e; $(BENCH_BIN) --mb $(BENCH_MB) --line-mb $(BENCH_LINE_MB) --runs $(BENCH_RUNS) \
		--dir $(BENCH_DIR) --cli $(CLI) --node $(BENCH_NODE) \
		--commit "$$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$$(git diff --quiet HEAD -- src include 2>/dev/null || echo ' (modified)')" \
		--cflags "$(CFLAGS)" $(BENCH_ARGS) > $(BENCH_DIR)/results.md.tmp; \
	mv $(BENCH_DIR)/results.md.tmp $(BENCH_DIR)/results.md; cat $(BENCH_DIR)/results.md

check-linear-text: $(BENCH_LINEAR)
	sh tests/slow/linear.sh $(BENCH_LINEAR)

check-slow: check-linear-text

.PHONY: bench-deps check-linear-text

# The test programs include the benchmark, so that tests/cli/bench.sh can smoke-test it
# (1 MB, one run, no node, a few seconds); the full benchmark never runs there.
tests: $(BENCH_BIN)
