# Jixiao 绩效: two commands do everything. `make demo` sets the machine up, builds, and runs the
# main job on the bundled example; `make test` sets up and runs every test. Both are safe to
# repeat: on a machine that is already set up, `make deps` does no apt or network work.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := demo

# Swift lives at /opt/swift on the project's machines; use it even when it is not on PATH.
SWIFT := $(or $(shell command -v swift 2>/dev/null),/opt/swift/usr/bin/swift)

# Debian packages: Cairo/Pango/fontconfig headers for JixiaoRender, poppler-utils (pdftotext,
# pdftoppm) and qpdf to inspect the PDFs we write, the fallback fonts, and python3-venv for
# helper scripts.
APT_PACKAGES := libcairo2-dev libpango1.0-dev libfontconfig-dev poppler-utils qpdf \
                fonts-noto-cjk fonts-tibetan-machine python3-venv

DEMO_INPUT  := assets/examples/linzhi-2024-kunnan-zhigong.yaml
DEMO_OUTPUT := out/$(basename $(notdir $(DEMO_INPUT))).pdf
JIXIAO      := $(SWIFT) run --skip-build -c debug jixiao
# The main job on the bundled example: score it and render the official-style PDF.
DEMO_JOB     = render $(DEMO_INPUT) -o $(DEMO_OUTPUT) --force

.PHONY: deps build demo test bench fuzz clean

# deps: install the missing Debian packages (sudo only when not root), then fetch and verify
# the Fandol fonts into fonts/ and warm the private font cache.
deps:
	@scripts/ensure-apt-packages.sh $(APT_PACKAGES)
	@fonts/setup.sh

# build: compile the package (debug), fetching the Swift dependencies on first use.
build: deps
	$(SWIFT) build

# demo: set up, build, and run the main job on the bundled example report; if the job wrote
# the demo PDF, say where it is.
demo: build
	@mkdir -p out && rm -f "$(DEMO_OUTPUT)"
	$(JIXIAO) $(DEMO_JOB)
	@if [ -f "$(DEMO_OUTPUT)" ]; then echo "演示报告 Demo report: $(DEMO_OUTPUT)"; fi

# test: set up and run every test (Swift Testing and XCTest) of every test target.
test: deps
	$(SWIFT) test

# bench: measure in release mode (warm, cold, the raw Pango+Cairo floor, batch throughput,
# scaling, peak RSS) and write benchmarks/RESULTS.md. Not a test: it measures.
bench: deps
	@scripts/ensure-apt-packages.sh hyperfine time linux-perf
	SWIFT=$(SWIFT) benchmarks/run.sh

# fuzz: 20,000 mutated examples through decode, score, compose, layout and PDF (CI runs the
# default 2,000 inside `make test`). JIXIAO_FUZZ_CASES, JIXIAO_FUZZ_SEED and JIXIAO_FUZZ_FIRST
# override the count, the seed and the first case (to replay one).
fuzz: deps
	JIXIAO_FUZZ_CASES=$${JIXIAO_FUZZ_CASES:-20000} $(SWIFT) test --filter JixiaoFuzzTests

# clean: remove build products and demo output (the fetched fonts stay; they are verified).
clean:
	rm -rf .build out
