"""Records the checkout's build/ directory in the installed package, so that
`import unspoof` finds the in-tree libunspoof.so after `pip install
./bindings/python` without UNSPOOF_LIBRARY or `make install`. Metadata is in
pyproject.toml."""
import os

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPy(build_py):
    def run(self):
        super().run()
        here = os.path.dirname(os.path.abspath(__file__))
        build_dir = os.path.normpath(os.path.join(here, "..", "..", "build"))
        if os.path.exists(os.path.join(build_dir, "libunspoof.so.0")):
            target = os.path.join(self.build_lib, "unspoof", "_build.py")
            with open(target, "w", encoding="utf-8") as f:
                f.write("# Written at install time: the checkout's build directory.\n")
                f.write("BUILD_DIR = %r\n" % build_dir)


setup(cmdclass={"build_py": BuildPy})
