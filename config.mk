# Build configuration for unspoof. Override any of these on the command line:
#   make CC=clang PREFIX=/opt/unspoof
VERSION_MAJOR = 0
VERSION = 0.1.0
SOVERSION = 0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions

CC ?= cc
PYTHON ?= python3
CFLAGS ?= -O2 -g
WARNFLAGS = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-overlength-strings
STDFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L
LDFLAGS ?=

# Unicode data: the newest version folder under UNICODE_ROOT is used by the
# generators and the conformance tests. It is only needed to regenerate the
# tables (make regen, make regen-check) and for the conformance tests.
UNICODE_ROOT ?= $(abspath ../shared/unicode)
UNICODE_DIR ?= $(shell ls -d $(UNICODE_ROOT)/[0-9]*.[0-9]*.[0-9]* 2>/dev/null | sort -V | tail -n 1)
