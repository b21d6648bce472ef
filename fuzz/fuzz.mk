# Fuzzing and sanitizer targets for unspoof. Included from the Makefile
# (after its variables); also usable on its own:
#   make -f Makefile -f fuzz/fuzz.mk fuzz FUZZ_SECONDS=30
#
#   make fuzz-build          build every libFuzzer target into $(FUZZ_B)/
#   make fuzz                run each target FUZZ_SECONDS (default 60) seconds
#                            (make -j2 fuzz runs two at once); fails on any finding
#   make fuzz-<name>         run one target, e.g. make fuzz-scan FUZZ_SECONDS=600
#   make fuzz FUZZ_SEED=$$(sh fuzz/ci-seed.sh) FUZZ_CORPUS=$$(mktemp -d)
#                            what CI runs: libFuzzer's seed fixed by the code
#                            under test, from a fresh corpus (the executions
#                            in the same order; a longer run covers CI's)
#   make check-regressions   replay fuzz/regressions/* and fuzz/corpus/* through
#                            every target's properties (normal compiler, no clang)
#   make check-asan          whole suite under ASan+UBSan, in $(ASAN_B)/
#   make check-valgrind      unit tests under valgrind memcheck
#   make check-tsan          the thread test under ThreadSanitizer, in $(TSAN_B)/
#   make check-slow          the hostile-input tests (sizes, linear time, memory)
#   make check-arm64         the unit tests cross-built for AArch64 (the NEON
#                            kernels) and run under qemu-user, in $(ARM64_B)/

# Included before the Makefile's first rule, this file must not become the
# default goal.
ifeq ($(.DEFAULT_GOAL),)
.DEFAULT_GOAL := all
endif

FUZZ_SECONDS ?= 60
FUZZ_B ?= build-fuzz
FUZZ_CC ?= clang
FUZZ_MAX_LEN ?= 4096
FUZZ_TIMEOUT ?= 10
FUZZ_RSS_MB ?= 2048
FUZZ_FLAGS ?=
FUZZ_SEED ?=
FUZZ_CORPUS ?= $(FUZZ_B)/corpus
# With a seed, address-space randomisation off where the kernel lets
# setarch turn it off: the SIMD kernels' head and tail loops follow the
# buffers' alignment, so with it on, the same seed covered other edges and
# explored other inputs after a hundred executions.
FUZZ_NORAND := $(if $(FUZZ_SEED),$(shell setarch -R true 2>/dev/null && echo setarch -R))
ASAN_B ?= build-asan
ARM64_B ?= build-arm64
ARM64_CROSS ?= aarch64-linux-gnu-
ARM64_QEMU ?= qemu-aarch64
ARM64_SYSROOT ?= /usr/aarch64-linux-gnu
TSAN_B ?= build-tsan
TSAN_CC ?= clang
SLOW_B ?= build-slow

FUZZ_NAMES := $(patsubst fuzz/fuzz_%.c,%,$(sort $(wildcard fuzz/fuzz_*.c)))
FUZZ_BINS := $(FUZZ_NAMES:%=$(FUZZ_B)/fuzz_%)
FUZZ_LIB_SRCS := $(sort $(wildcard src/*/*.c))
FUZZ_LIB_OBJS := $(FUZZ_LIB_SRCS:%.c=$(FUZZ_B)/obj/%.o)
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# US_CHECK_RATES: the scanner counts substitution rates both ways it can
# (its histogram from the second paragraph on, and letter by letter) and
# aborts where they differ (src/scan/parts/rates.c).
FUZZ_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g $(FUZZ_SAN) -Iinclude -Isrc -Icli -Ifuzz \
               -Wall -Wextra -Werror -Wno-overlength-strings -DUS_CHECK_RATES
FUZZ_HDRS := include/unspoof.h fuzz/fuzz_util.h $(wildcard src/*/*.h src/scan/parts/*) cli/json.h

SAN_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
           UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: fuzz fuzz-build check-asan check-valgrind check-tsan check-arm64 check-slow check-regressions \
        $(FUZZ_NAMES:%=fuzz-%)

fuzz-build: $(FUZZ_BINS)

$(FUZZ_B)/obj/%.o: %.c $(FUZZ_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_B)/fuzz_json: fuzz/fuzz_json.c $(FUZZ_B)/obj/cli/json.o $(FUZZ_LIB_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^

$(FUZZ_B)/fuzz_%: fuzz/fuzz_%.c $(FUZZ_LIB_OBJS) $(FUZZ_HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJS)

# Each run starts from the committed seeds and regressions plus what earlier
# runs found ($(FUZZ_CORPUS)/<name>, not committed); a crash or a failed
# property leaves its input in $(FUZZ_B)/artifacts/<name>/ and fails make.
# Exec counts end up in $(FUZZ_B)/logs/<name>.log ("stat::number_of_executed_units").
fuzz: $(FUZZ_NAMES:%=fuzz-%)

$(FUZZ_NAMES:%=fuzz-%): fuzz-%: $(FUZZ_B)/fuzz_%
	@mkdir -p $(FUZZ_CORPUS)/$* $(FUZZ_B)/artifacts/$* $(FUZZ_B)/logs fuzz/corpus/$* fuzz/regressions/$*
	@echo "fuzz-$*: $(FUZZ_SECONDS) s$(if $(FUZZ_SEED), from seed $(FUZZ_SEED))"
	@$(FUZZ_NORAND) $(FUZZ_B)/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) \
		-timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=$(FUZZ_RSS_MB) -print_final_stats=1 \
		$(if $(FUZZ_SEED),-seed=$(FUZZ_SEED) -reload=0) \
		-artifact_prefix=$(FUZZ_B)/artifacts/$*/ $(FUZZ_FLAGS) \
		$(FUZZ_CORPUS)/$* fuzz/corpus/$* fuzz/regressions/$* \
		>$(FUZZ_B)/logs/$*.log 2>&1; rc=$$?; \
	execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_B)/logs/$*.log); \
	if [ $$rc -ne 0 ]; then \
		tail -n 60 $(FUZZ_B)/logs/$*.log; \
		echo "fuzz-$*: FAILED (exit $$rc); input in $(FUZZ_B)/artifacts/$*/"; exit 1; \
	fi; \
	echo "fuzz-$*: ok, $${execs:-?} executions in $(FUZZ_SECONDS) s"

# --------------------------------------------------------------- sanitizers
# Objects built with other flags live in their own build directory, so these
# never mix with a normal build.
check-asan:
	$(MAKE) -f Makefile B=$(ASAN_B) CFLAGS="$(SAN_CFLAGS)" LDFLAGS="$(SAN_CFLAGS)" all tests
	$(SAN_ENV) UNICODE_DIR="$(UNICODE_DIR)" UNSPOOF="$(abspath $(ASAN_B))/unspoof" \
		sh tests/run.sh $(ASAN_B)/tests

VALGRIND ?= valgrind
VALGRIND_FLAGS ?= -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
                  --show-leak-kinds=definite,indirect,possible
check-valgrind:
	$(MAKE) -f Makefile B=$(B) all tests
	@fail=0; for t in $(B)/tests/test_*; do \
		[ -x "$$t" ] || continue; \
		echo "valgrind $$t"; \
		UNICODE_DIR="$(UNICODE_DIR)" UNSPOOF_VALGRIND=1 $(VALGRIND) $(VALGRIND_FLAGS) "$$t" >$$t.vg.log 2>&1; rc=$$?; \
		tail -n 1 $$t.vg.log; \
		if [ $$rc -ne 0 ]; then cat $$t.vg.log | tail -n 60; echo "$$t: valgrind FAILED ($$rc)"; fail=1; fi; \
	done; exit $$fail

check-tsan:
	$(MAKE) -f Makefile B=$(TSAN_B) CC=$(TSAN_CC) \
		CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" \
		LDFLAGS="-fsanitize=thread" $(TSAN_B)/tests/test_threads
	TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 $(TSAN_B)/tests/test_threads

# The NEON kernels (UTF-8 validation, the scanner's ASCII and paragraph
# passes) run only on AArch64: the unit tests that compare every kernel
# with the scalar one and the fast path with the full pass are
# cross-compiled (Debian gcc-aarch64-linux-gnu) and run under qemu-user,
# with the others that need no Unicode data files.
ARM64_TESTS := utf8 fastpath scan oneshot misuse skeleton_fast threads ngram
check-arm64:
	$(MAKE) -f Makefile B=$(ARM64_B) CC=$(ARM64_CROSS)gcc AR=$(ARM64_CROSS)ar \
		$(ARM64_TESTS:%=$(ARM64_B)/tests/test_%)
	@fail=0; for t in $(ARM64_TESTS); do \
		QEMU_LD_PREFIX=$(ARM64_SYSROOT) UNSPOOF_VALGRIND=1 $(ARM64_QEMU) $(ARM64_B)/tests/test_$$t \
			>$(ARM64_B)/tests/test_$$t.log 2>&1; rc=$$?; \
		grep -h "not available\|passed" $(ARM64_B)/tests/test_$$t.log; \
		if [ $$rc -ne 0 ]; then tail -n 40 $(ARM64_B)/tests/test_$$t.log; \
			echo "test_$$t (arm64): FAILED ($$rc)"; fail=1; fi; \
	done; exit $$fail

# ------------------------------------------------------------- regressions
# test_regressions (tests/unit/test_regressions.c) compiles every fuzz
# target with the normal compiler and replays the committed inputs; it is a
# normal unit test, so make check runs it too.
# test_regressions #includes every target (and cli/json.c): rebuild it when they change.
$(B)/tests/test_regressions: $(wildcard fuzz/fuzz_*.c) fuzz/fuzz_util.h cli/json.c cli/json.h

check-regressions:
	$(MAKE) -f Makefile B=$(B) $(B)/tests/test_regressions
	$(B)/tests/test_regressions

# ------------------------------------------------------------ hostile inputs
# tests/slow/hostile.c: every hostile input at full size (time-limited per
# case, peak memory reported, 4.5 GB through the stream: HOSTILE_STREAM_GB),
# and at the same time (on another core; instruction counts do not depend
# on load) tests/slow/linear.sh: instruction counts at 1x/4x/16x under
# callgrind, then any other tests/slow/*.sh (they get UNSPOOF, the CLI,
# SEQUENCE, tests/slow/sequence.c built, and PYTHON).
SLOW_CFLAGS ?= -O2 -g
check-slow:
	$(MAKE) -f Makefile B=$(SLOW_B) CFLAGS="$(SLOW_CFLAGS)" lib cli
	$(CC) $(STDFLAGS) $(WARNFLAGS) $(SLOW_CFLAGS) -Iinclude -Itests -o $(SLOW_B)/hostile \
		tests/slow/hostile.c tests/util.c $(SLOW_B)/libunspoof.a -lpthread
	$(CC) $(STDFLAGS) $(WARNFLAGS) $(SLOW_CFLAGS) -Iinclude -Isrc -o $(SLOW_B)/sequence \
		tests/slow/sequence.c $(SLOW_B)/libunspoof.a -lpthread
	@fail=0; \
	sh tests/slow/linear.sh $(SLOW_B)/hostile >$(SLOW_B)/linear.log 2>&1 & lpid=$$!; \
	$(SLOW_B)/hostile || fail=1; \
	wait $$lpid || fail=1; cat $(SLOW_B)/linear.log; \
	for t in tests/slow/*.sh; do \
		case $$t in */linear.sh) continue;; esac; \
		UNSPOOF="$(abspath $(SLOW_B))/unspoof" SEQUENCE="$(abspath $(SLOW_B))/sequence" \
			PYTHON="$(PYTHON)" sh $$t; rc=$$?; \
		[ $$rc -eq 0 ] || [ $$rc -eq 77 ] || fail=1; \
	done; exit $$fail
