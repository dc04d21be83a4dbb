# The two commands in the README are `make demo` and `make test`; both set up
# what they need first (a virtualenv in .venv with the package, the spaCy model
# and the test tools), so they work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test eval bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[model,postgres,dask,test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/claimledger demo

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

eval: $(STAMP)
	$(BIN)/claimledger eval all

bench: $(STAMP)
	for f in benchmarks/analyze.py benchmarks/gazetteer.py benchmarks/ledger_ingest.py benchmarks/incidents.py; do \
	  if [ -f $$f ]; then $(BIN)/python $$f || exit 1; fi; done

clean:
	rm -rf $(VENV) build *.egg-info claimledger.db
