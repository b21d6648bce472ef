# unspoof — one plain Makefile. See config.mk for the knobs.
include config.mk

B = build
ALL_CFLAGS = $(STDFLAGS) $(WARNFLAGS) $(CFLAGS) -Iinclude -Isrc -fPIC -fvisibility=hidden

LIB_SRCS := $(sort $(wildcard src/*/*.c))
LIB_OBJS := $(LIB_SRCS:%.c=$(B)/%.o)
CLI_SRCS := $(sort $(wildcard cli/*.c))
CLI_OBJS := $(CLI_SRCS:%.c=$(B)/%.o)
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/tests/%)
CONF_SRCS := $(sort $(wildcard tests/conformance/conf_*.c))
CONF_BINS := $(CONF_SRCS:tests/conformance/%.c=$(B)/tests/%)
DIFF_SRCS := $(sort $(wildcard tests/differential/diff_*.c))
DIFF_BINS := $(DIFF_SRCS:tests/differential/%.c=$(B)/tests/%)
ICU_LIBS = $(shell pkg-config --libs icu-i18n icu-uc 2>/dev/null || echo -licui18n -licuuc -licudata)
TEST_UTIL := $(B)/tests/util.o

STATIC = $(B)/libunspoof.a
SHARED = $(B)/libunspoof.so.$(VERSION)
SONAME = libunspoof.so.$(SOVERSION)
CLI = $(B)/unspoof

.PHONY: all lib cli tests check check-unit check-conformance check-cli install uninstall \
        clean regen regen-check example eval eval-quick bench fuzz
all: lib cli

lib: $(STATIC) $(SHARED)
cli: $(CLI)
tests: $(UNIT_BINS) $(CONF_BINS) $(DIFF_BINS)

# src/scan/parts/ holds the parts of src/scan/scan.c (one translation unit).
$(B)/%.o: %.c include/unspoof.h $(wildcard src/*/*.h src/scan/parts/* tests/util.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# The CLI includes only the public header and its own.
$(B)/cli/%.o: cli/%.c include/unspoof.h $(wildcard cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(STATIC): $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(SHARED): $(LIB_OBJS)
	$(CC) $(CFLAGS) -shared -Wl,-soname,$(SONAME) -o $@ $^ $(LDFLAGS)
	ln -sf libunspoof.so.$(VERSION) $(B)/$(SONAME)
	ln -sf libunspoof.so.$(VERSION) $(B)/libunspoof.so

$(CLI): $(CLI_OBJS) $(STATIC)
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJS) $(STATIC) $(LDFLAGS) -lpthread

$(TEST_UTIL): tests/util.c tests/util.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests -c $< -o $@

$(B)/tests/test_%: tests/unit/test_%.c $(TEST_UTIL) $(STATIC)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(TEST_UTIL) $(STATIC) $(LDFLAGS) -lpthread

$(B)/tests/conf_%: tests/conformance/conf_%.c $(TEST_UTIL) $(STATIC)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(TEST_UTIL) $(STATIC) $(LDFLAGS)

# Differential tests use ICU (Debian libicu-dev) as an oracle.
$(B)/tests/diff_%: tests/differential/diff_%.c $(TEST_UTIL) $(STATIC)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(TEST_UTIL) $(STATIC) $(LDFLAGS) $(ICU_LIBS)

# ---------------------------------------------------------------- tests
check: all tests
	@UNICODE_DIR="$(UNICODE_DIR)" UNSPOOF="$(abspath $(CLI))" sh tests/run.sh $(B)/tests

# ----------------------------------------------------------- evaluation
include eval/eval.mk

# ------------------------------------------------------------ benchmarks
include bench/bench.mk

# ------------------------------------------- fuzzing and sanitizer suites
include fuzz/fuzz.mk

# ------------------------------ Python, Dask and PostgreSQL bindings
include bindings/bindings.mk

# --------------------------------------------------------------- tables
# The generators read $(UNICODE_DIR) and write src/data/*.gen.[ch].
GEN_SCRIPTS := $(sort $(wildcard gen/gen_*.py))
regen:
	@test -n "$(UNICODE_DIR)" || { echo "no Unicode data under $(UNICODE_ROOT)"; exit 2; }
	$(PYTHON) gen/generate.py --unicode-dir "$(UNICODE_DIR)" --out src/data

regen-check:
	@test -n "$(UNICODE_DIR)" || { echo "no Unicode data under $(UNICODE_ROOT)"; exit 2; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) gen/generate.py --unicode-dir "$(UNICODE_DIR)" --out "$$tmp" && \
	if diff -r -q src/data "$$tmp" >/dev/null; then \
		echo "regen-check: src/data matches its generators ($$(ls $$tmp | wc -l) files)"; \
	else \
		echo "regen-check: src/data differs from what gen/ produces:"; diff -r src/data "$$tmp" | head -40; exit 1; \
	fi

# -------------------------------------------------------------- install
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(PKGCONFIGDIR)
	install -m 755 $(CLI) $(DESTDIR)$(BINDIR)/unspoof
	install -m 644 $(STATIC) $(DESTDIR)$(LIBDIR)/libunspoof.a
	install -m 755 $(SHARED) $(DESTDIR)$(LIBDIR)/libunspoof.so.$(VERSION)
	ln -sf libunspoof.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf libunspoof.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libunspoof.so
	install -m 644 include/unspoof.h $(DESTDIR)$(INCLUDEDIR)/unspoof.h
	install -m 644 man/unspoof.1 $(DESTDIR)$(MANDIR)/man1/unspoof.1
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	    unspoof.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/unspoof.pc
	if [ -f cli/unspoof.bash-completion ]; then install -d $(DESTDIR)$(BASHCOMPDIR) && \
		install -m 644 cli/unspoof.bash-completion $(DESTDIR)$(BASHCOMPDIR)/unspoof; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/unspoof $(DESTDIR)$(LIBDIR)/libunspoof.a \
	      $(DESTDIR)$(LIBDIR)/libunspoof.so* $(DESTDIR)$(INCLUDEDIR)/unspoof.h \
	      $(DESTDIR)$(MANDIR)/man1/unspoof.1 $(DESTDIR)$(PKGCONFIGDIR)/unspoof.pc \
	      $(DESTDIR)$(BASHCOMPDIR)/unspoof

clean:
	rm -rf $(B)
