# Evaluation targets. The top-level Makefile includes this file
# (`include eval/eval.mk`); it relies on $(CLI) and $(PYTHON) from there.
#
#   make eval           full evaluation on eval/corpus (falls back to eval/sample)
#   make eval-quick     quick evaluation on the committed sample (< 60 s)
#   make eval-corpus    fetch/rebuild eval/corpus from Debian packages
#   make eval-selftest  the harness's own tests (no unspoof needed)
#   make eval-fresh     genuine text outside the corpus: the installed .mo catalogues
#                       (EVAL_ARGS="--files /usr/share/doc": the packages' documentation)
#   make eval-context   documents in sequence: neighbours changing a document's result
#
# EVAL_ARGS passes more options to eval/run.py, e.g.
#   make eval EVAL_ARGS="--families cyrillic --show-failures 5"

EVAL_ARGS ?=

eval: $(CLI)
	$(PYTHON) eval/run.py --unspoof $(abspath $(CLI)) --json-out eval/results.json $(EVAL_ARGS)

eval-quick: $(CLI)
	$(PYTHON) eval/run.py --quick --unspoof $(abspath $(CLI)) $(EVAL_ARGS)

eval-corpus:
	sh eval/fetch-corpus.sh

eval-fresh: $(CLI)
	$(PYTHON) eval/fresh_catalogs.py --unspoof $(abspath $(CLI)) $(EVAL_ARGS)

eval-context: $(CLI)
	$(PYTHON) eval/context.py --unspoof $(abspath $(CLI)) $(EVAL_ARGS)

eval-selftest:
	$(PYTHON) eval/test_obfuscate.py
	$(PYTHON) eval/test_run.py
	$(PYTHON) eval/test_context.py

.PHONY: eval eval-quick eval-corpus eval-selftest eval-fresh eval-context
