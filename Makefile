# Jixiao 绩效: two commands do everything. `make demo` sets the machine up, builds, and runs the
# main job on the bundled example; `make test` sets up and runs every test. Both are safe to
# repeat: on a machine that is already set up, `make deps` does no apt or network work.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := demo

# Swift lives at /opt/swift on the project's machines; use it even when it is not on PATH.
SWIFT := $(or $(shell command -v swift 2>/dev/null),/opt/swift/usr/bin/swift)

# Debian packages: Cairo/Pango/fontconfig headers for JixiaoRender, poppler-utils (pdftotext,
# pdftoppm) and qpdf to inspect the PDFs we write, the fallback fonts, python3-venv for
# helper scripts, man-db (man -l) to read the installed manual page in the install test;
# zlib1g-dev for the Flate streams PDF/A finishing writes; Apache PDFBox Preflight with Java and
# the two jars it needs on Java 17, for the PDF/A tests (docs/archiving.md); and Chromium with
# its driver for the web editor's browser test (scripts/setup-browser-venv.sh adds Selenium
# from PyPI into .build-venv/).
APT_PACKAGES := libcairo2-dev libpango1.0-dev libfontconfig-dev poppler-utils qpdf \
                fonts-noto-cjk fonts-tibetan-machine python3-venv man-db zlib1g-dev \
                default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java \
                chromium chromium-driver

DEMO_INPUT  := assets/examples/linzhi-2024-kunnan-zhigong.yaml
DEMO_OUTPUT := out/$(basename $(notdir $(DEMO_INPUT))).pdf
JIXIAO      := $(SWIFT) run --skip-build -c debug jixiao
# The main job on the bundled example: score it and render the official-style PDF.
DEMO_JOB     = render $(DEMO_INPUT) -o $(DEMO_OUTPUT) --force

# make install / make uninstall: where (files go to $(DESTDIR)$(PREFIX)/...).
PREFIX  ?= /usr/local
DESTDIR ?=

.PHONY: deps build demo test bench fuzz install uninstall clean

# deps: install the missing Debian packages (sudo only when not root), then fetch and verify
# the Fandol fonts into fonts/, make their Common cuts (fontTools in .build-fonts-venv/) and warm
# the private font cache.
deps:
	@scripts/ensure-apt-packages.sh $(APT_PACKAGES)
	@fonts/setup.sh
	@scripts/setup-browser-venv.sh

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
# scaling, peak RSS; Typst on the same report, from PyPI into .build-typst-venv, a virtual
# environment of the benchmark's own) and write benchmarks/RESULTS.md. Not a test: it measures.
bench: deps
	@scripts/ensure-apt-packages.sh hyperfine time linux-perf valgrind
	SWIFT=$(SWIFT) benchmarks/run.sh

# fuzz: 20,000 mutated examples through decode, score, compose, layout and PDF (CI runs the
# default 2,000 inside `make test`). JIXIAO_FUZZ_CASES, JIXIAO_FUZZ_SEED and JIXIAO_FUZZ_FIRST
# override the count, the seed and the first case (to replay one).
fuzz: deps
	JIXIAO_FUZZ_CASES=$${JIXIAO_FUZZ_CASES:-20000} $(SWIFT) test --filter JixiaoFuzzTests

# install: build the release binary and install it under $(DESTDIR)$(PREFIX) with its fonts,
# schemes, examples, manual page and bash/zsh/fish completions (scripts/install.sh); the list
# of what was installed goes to PREFIX/share/jixiao/install-manifest.txt.
install: deps
	SWIFT=$(SWIFT) scripts/install.sh install --prefix "$(PREFIX)" --destdir "$(DESTDIR)"

# uninstall: remove exactly what `make install` put under the same PREFIX and DESTDIR, and the
# folders it created once they are empty.
uninstall:
	scripts/install.sh uninstall --prefix "$(PREFIX)" --destdir "$(DESTDIR)"

# clean: remove build products and demo output (the fetched fonts stay; they are verified).
clean:
	rm -rf .build out
