# quire: one-command setup on Debian 12 with Swift 6.
#   make demo   install missing packages, build, convert fixtures/ into out/
#   make test   install missing packages, build, run every test
#   make bench  whole-process comparisons with cmark-gfm, libxml2 and pandoc (docs/performance.md)
#   make bench-extract  extraction quality and speed on the benchmark pages (docs/extraction.md)
#   make bench-text-structure  heading precision and recall of the text reader (docs/plain-text.md)
#   make bench-appeals  precision and recall of appeal removal on fixtures/appeals (docs/extraction.md)
#   make compare-books  what quire, pandoc and calibre put in the book for the same pages (docs/epub.md)
#   make conformance-markdown  CommonMark and GFM spec examples, round trip (docs/markdown.md)
#   make fuzz   each libFuzzer target for FUZZ_SECONDS (default 60) seconds (docs/security.md)

PREFIX ?= /usr/local
SWIFT ?= swift
BUILD_PACKAGES := libxml2-dev libzip-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libuchardet-dev zlib1g-dev libgd3 pkg-config
# libcurl4 is loaded at run time, only to fetch URLs; gcc builds the stand-in libraries of
# LazyLibraryTests; python3-venv and Java run the Spark example (scripts/test-spark).
TEST_PACKAGES := epubcheck libxml2-utils unzip libcurl4 gcc python3 python3-venv openjdk-17-jre-headless cmark-gfm
BENCH_PACKAGES := cmark-gfm linux-perf bc python3 pandoc
RELEASE_BIN := .build/release/quire
# The Spark example's test and bench run PySpark from this project venv.
SPARK_VENV := .venv-spark
PYSPARK_VERSION := 4.3.0
SPARK_READY := $(SPARK_VENV)/.pyspark-$(PYSPARK_VERSION)
# The Swift runtime and Foundation linked in, and the executable linked at a fixed address (no
# PIE), so the loader need not relocate it: start-up is most of a small conversion's time
# (docs/performance.md). The binary is larger (85 MB); the libraries keep their random addresses.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie
# libxml2's headers without its library (see the .pc file there): quire loads libxml2 itself on
# the first HTML page, so conversions of other formats never load it and ICU.
export PKG_CONFIG_PATH := $(CURDIR)/Sources/CLibXML2/pkgconfig

.PHONY: deps test-deps build demo test fuzz bench bench-extract bench-text-structure bench-appeals compare-books conformance conformance-markdown install clean

# Installs only the Debian packages that are missing; a quick no-op when all are present.
deps:
	@./scripts/install-packages $(BUILD_PACKAGES)

test-deps: deps
	@./scripts/install-packages $(TEST_PACKAGES)

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product quire

demo: build
	@rm -rf out && mkdir -p out
	@for input in fixtures/*.*; do \
	  name=$$(basename "$$input"); \
	  case "$$name" in README.md) continue ;; esac; \
	  for format in $$($(RELEASE_BIN) formats --writers); do \
	    case "$$format" in text) ext=txt ;; markdown) ext=md ;; *) ext=$$format ;; esac; \
	    if $(RELEASE_BIN) convert "$$input" -t "$$format" -o "out/$$name.$$ext" 2>>out/errors.log; then \
	      echo "out/$$name.$$ext"; \
	    else \
	      echo "skipped $$input -> $$format: $$(tail -n 1 out/errors.log)"; \
	    fi; \
	  done; \
	done
	@echo "demo outputs are in out/"

test: test-deps $(SPARK_READY)
	$(SWIFT) build
	$(SWIFT) test
	$(MARKDOWN_THRESHOLDS) ./scripts/markdown-conformance --text --quire .build/debug/quire
	./scripts/test-spark --quire .build/debug/quire --python $(SPARK_VENV)/bin/python
	./scripts/fuzz --runs $(FUZZ_RUNS) --jobs 2

# PySpark for examples/spark/, made when missing or when its version changes (the stamp is
# written only once pip has succeeded).
$(SPARK_READY): | test-deps
	python3 -m venv $(SPARK_VENV)
	$(SPARK_VENV)/bin/pip install --quiet --disable-pip-version-check pyspark==$(PYSPARK_VERSION)
	touch $@

# libFuzzer targets (scripts/fuzz): `make test` runs each for FUZZ_RUNS executions from the
# seeds; `make fuzz` for FUZZ_SECONDS each, keeping what it finds in .build-fuzz/corpus.
FUZZ_RUNS ?= 300
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/fuzz


# Benchmarks compare with the tools people would otherwise use; figures go to
# docs/performance.md. Not part of the tests: these machines are shared and noisy.
BENCH_PAGES ?= ../shared/benchmarks/article-extraction/html
bench: build $(SPARK_READY)
	@./scripts/install-packages $(BENCH_PACKAGES)
	$(SWIFT) build $(RELEASE_FLAGS) --product quire-bench
	.build/release/quire-bench $(BENCH_PAGES)
	./scripts/bench-markdown
	./scripts/bench-batch
	./scripts/bench-html-epub 30
	./scripts/compare-books --speed-only
	./scripts/bench-extraction
	./scripts/bench-pathological
	./scripts/bench-spark

# Precision, recall and F1 of article extraction against the benchmark's human-checked text,
# beside trafilatura when it is installed (pip install trafilatura; never a test dependency), on
# both development sets, each page's score and the worst ten with what went wrong.
bench-extract: build
	@./scripts/install-packages python3
	./scripts/bench-extraction --per-page
	./scripts/bench-extraction --per-page --pages ../shared/benchmarks/readability-pages

# Headings the text reader finds against the labelled exports of fixtures/text-structure/; fails
# below 0.95 precision or recall. A debug build is enough: the set is small.
bench-text-structure: deps
	@./scripts/install-packages python3
	$(SWIFT) build --product quire
	./scripts/bench-text-structure .build/debug/quire

# Appeal removal against the labelled paragraphs of fixtures/appeals/, per language; lists every
# article sentence lost and fails below 0.98 precision or recall or when one is lost.
bench-appeals: deps
	@./scripts/install-packages python3
	$(SWIFT) build --product quire
	./scripts/bench-appeals .build/debug/quire

# The same pages with pictures made into books by quire, pandoc and calibre: EPUBCheck, pictures,
# cover, first page, article words; then CPU with the pictures served over HTTP. calibre is a
# large package, installed only for this comparison.
compare-books: build
	@./scripts/install-packages python3 pandoc calibre epubcheck
	./scripts/compare-books

# The HTML reader against html5lib's tree-construction cases: text a browser shows, kept in
# order (docs/html-reader.md).
conformance: build
	@./scripts/install-packages python3
	./scripts/html5lib-text-order

# The Markdown reader and writer on the CommonMark and GFM spec examples: rendered as the spec
# says, round trip through quire's Markdown, second pass unchanged (docs/markdown.md); and the
# plain text round trip of every fixture and both spec documents. Fails below the figures
# measured when they were last raised, or when a text changes on its second text-to-text pass
# (a few seconds; `make test` runs it on the debug build).
MARKDOWN_THRESHOLDS := MARKDOWN_MIN_COMMONMARK=637 MARKDOWN_MIN_GFM=661 \
	MARKDOWN_MIN_ROUNDTRIP_COMMONMARK=651 MARKDOWN_MIN_ROUNDTRIP_GFM=668 \
	MARKDOWN_MIN_IDEMPOTENT_COMMONMARK=652 MARKDOWN_MIN_IDEMPOTENT_GFM=671
conformance: conformance-markdown
conformance-markdown: build
	@./scripts/install-packages python3 cmark-gfm
	$(MARKDOWN_THRESHOLDS) ./scripts/markdown-conformance --text

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/quire

clean:
	rm -rf .build .build-fuzz out
