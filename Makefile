# Rapport — the two commands a newcomer needs, and a few for developers.
#   make play   install what is missing, build, start the game
#   make test   install what is missing, build, run every test (normal and ASan+UBSan builds)
#   make package  the Debian package, build/rapport_<version>_<arch>.deb (docs/install.md)
#   make fuzz   build the libFuzzer targets with clang and run each FUZZ_SECONDS (default 60)
# Everything real lives in CMake; this file only strings the steps together.

JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: play test deps build build-asan test-normal test-asan bench package fuzz fuzz-deps clean

play: deps build
	./build/rapport

test: deps test-normal test-asan

deps:
	@tools/ensure-deps.sh

build:
	cmake --preset default
	cmake --build --preset default -j $(JOBS)

build-asan:
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)

test-normal: build
	ctest --preset default

test-asan: build-asan
	ctest --preset asan

bench: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)
	cd build-release && ctest -C Release -L bench --output-on-failure -V

package: deps build
	cmake --build --preset default --target package

# Fuzzing needs clang (libFuzzer), which `make test` does not: installed only here.
fuzz-deps: deps
	@command -v clang >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y clang; } || \
	  { echo "make fuzz needs clang: sudo apt-get install clang"; exit 2; }

fuzz: fuzz-deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh

FUZZ_SECONDS ?= 60

clean:
	rm -rf build build-asan build-release build-fuzz
