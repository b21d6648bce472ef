# Bindings: the Python package (bindings/python), the Dask runner
# (python3 -m unspoof.dask) and the PostgreSQL extension (bindings/postgresql).
# Included from the Makefile. They use Debian 12 packages, installed by .ci/run:
# python3-pytest python3-venv python3-dask python3-distributed python3-pandas
# postgresql-15 postgresql-server-dev-15.
#
#   make python             a wheel of the Python package in build/python/
#   make check-python       install it into a throwaway venv and run its tests
#   make check-dask         the Dask runner on a 2-worker LocalCluster vs the CLI
#   make check-postgresql   build, install (root) and test the extension
#   make check-bindings     all three

SYS_PYTHON ?= /usr/bin/python3
PY_TMP = $(B)/python-check

.PHONY: python check-python check-dask check-postgresql check-bindings postgresql

python: lib
	$(SYS_PYTHON) -m pip wheel -q --no-build-isolation --no-index --no-deps \
		-w $(B)/python ./bindings/python
	@ls $(B)/python/*.whl

# pip refuses to write into Debian's system Python (PEP 668), so the package is
# installed into a venv that sees the system's site-packages (pytest, dask).
$(PY_TMP)/venv/bin/python: bindings/python/pyproject.toml bindings/python/setup.py \
		$(wildcard bindings/python/unspoof/*) | lib
	rm -rf $(PY_TMP) && mkdir -p $(PY_TMP)
	$(SYS_PYTHON) -m venv --system-site-packages $(PY_TMP)/venv
	$(PY_TMP)/venv/bin/python -m pip install -q --no-build-isolation --no-index ./bindings/python

check-python: lib cli $(PY_TMP)/venv/bin/python
	cd $(PY_TMP) && UNSPOOF_CLI=$(abspath $(CLI)) ./venv/bin/python -m pytest -q \
		-p no:cacheprovider $(abspath bindings/python/tests) --ignore=$(abspath bindings/python/tests/dask)

check-dask: lib cli $(PY_TMP)/venv/bin/python
	cd $(PY_TMP) && UNSPOOF_CLI=$(abspath $(CLI)) ./venv/bin/python -m pytest -q \
		-p no:cacheprovider $(abspath bindings/python/tests/dask)

postgresql: lib
	$(MAKE) -C bindings/postgresql

check-postgresql: lib
	sh bindings/postgresql/test.sh

check-bindings: check-python check-dask check-postgresql
