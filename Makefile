# Two commands on a fresh machine: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SHARED := ../shared

.PHONY: setup demo test bench score fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,spark,dask]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

## demo: normalise the bundled fixture pages (text and HTML) into out/demo.jsonl, with a summary
demo: $(STAMP)
	@mkdir -p out
	$(BIN)/wardnews batch fixtures/pages fixtures/html --include 'input.*' --ordered -o out/demo.jsonl
	@$(BIN)/python -c "import json, itertools; \
	rows = [json.loads(x) for x in open('out/demo.jsonl', encoding='utf-8')]; \
	[print(f\"{(r['title'] or '(no title)')[:58]:58} | {(r['date'] or {}).get('value') or '-':25} | {(r['author'] or {}).get('name') or '-'}\") for r in rows[:12]]; \
	print(f'... {len(rows)} records in out/demo.jsonl')"

## test: the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## bench: speed against trafilatura on the same pages
bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_text.py

## fuzz: coverage-guided fuzzing of parse() for 10 minutes (atheris); crashes land in fuzz/
fuzz: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	$(BIN)/python fuzz/fuzz_parse.py -max_total_time=600

## score: the dev-corpus score (needs ../shared)
score: $(STAMP)
	$(BIN)/python $(SHARED)/tools/score.py $(SHARED)/corpus/dev

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info .pytest_cache .hypothesis
