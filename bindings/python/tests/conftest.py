import os
import subprocess

import pytest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
CLI = os.environ.get("UNSPOOF_CLI", os.path.join(ROOT, "build", "unspoof"))


def run_cli(*args, stdin=None, ok=(0, 1)):
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True)
    assert p.returncode in ok, (args, p.returncode, p.stderr)
    return p.stdout


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def cli():
    if not os.access(CLI, os.X_OK):
        pytest.skip(f"no CLI at {CLI} (run make, or set UNSPOOF_CLI)")
    return run_cli
