# The two commands of the README:
#   make run    install what is missing, build, start the demo (GUI with a display, headless without)
#   make test   install what is missing, build, check the .deb, run every test headless, then the same tests
#               under ASan/UBSan and every fuzzer for FUZZ_SECONDS (default 30) each
BUILD ?= build
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 30

.PHONY: all deps configure build run test test-fast sanitize fuzz package translations clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCANARYDESK_WERROR=ON >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@bash scripts/run-demo.sh $(BUILD)

test: test-fast sanitize fuzz

# The tests on the normal build only (what a developer runs between changes).
test-fast: build
	@bash scripts/check-package.sh $(BUILD)
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 300

sanitize: deps
	@bash scripts/test-sanitizers.sh $(BUILD)-asan

fuzz: deps
	@bash scripts/fuzz.sh $(FUZZ_SECONDS) $(BUILD)-fuzz

package: build
	@cd $(BUILD) && cpack -G DEB

# Refresh translations/*.ts from the sources (then translate the new strings).
translations: configure
	@cmake --build $(BUILD) --target update_translations

clean:
	@rm -rf $(BUILD)
