# The two commands of the README: `make demo` and `make test`; `make native` compiles extraction
# (optional, mypyc) and `make bench` measures its throughput.
# the interpreter the venv is built on: the distribution's optimised python3 when it is 3.11 or newer
# (scripts/pick-python says why), else python3 on the PATH; `make PYTHON=...` chooses another
PYTHON ?= $(shell scripts/pick-python)
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= claimledger.db
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: demo test install native bench clean-demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/claimledger build examples --db $(DB)
	$(BIN)/claimledger serve --db $(DB) --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# the compiled build of the extraction modules, kept outside the source tree and used only while
# the sources are unchanged (claimledger/native.py)
native: $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[native]'
	$(BIN)/claimledger native build

bench: native
	$(BIN)/claimledger bench

clean-demo:
	rm -f $(DB) $(DB)-wal $(DB)-shm
