# The two commands of the README:
#   make run    install what is missing, build, start the demo (GUI with a display, headless without)
#   make test   install what is missing, build, check the .deb, run every test headless
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test package translations clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCANARYDESK_WERROR=ON >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@bash scripts/run-demo.sh $(BUILD)

test: build
	@bash scripts/check-package.sh $(BUILD)
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 300

package: build
	@cd $(BUILD) && cpack -G DEB

# Refresh translations/*.ts from the sources (then translate the new strings).
translations: configure
	@cmake --build $(BUILD) --target update_translations

clean:
	@rm -rf $(BUILD)
