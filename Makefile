# PySM: everyday targets and the FPGA flow. Thin: the work is done by the
# `pysm` CLI and by `pysm-icebreaker` (boards/icebreaker).
#
#   make bitstream [PROGRAM=examples/x.py] [FREQ_MHZ=20] [SEED=N] [PLACEMENTS=N]
#   make prog        flash build/icebreaker/top.bin to the board (iceprog), and
#                    program.bin at 1 MiB for a program run from the flash
#   make report      utilisation, nextpnr Fmax and icetime's independent timing
#   make standin     the flow on the small stand-in design (no processor)
#   make swap PROGRAM=x.py   swap a program into the base bitstream (icebram,
#                    seconds); `make base` rebuilds the base; a program too
#                    large for it goes to the SPI flash with the flash base
#                    (`make flash-base`)
#   make netlist-sim the round-trip demo's bitstream simulated as RTL, as
#                    yosys' netlist and as the placed and routed design
#   make flash-check the flash base (the design of programs in the SPI
#                    flash) placed and routed at the board clock, a program
#                    swapped onto it
#   make tools       install yosys, nextpnr-ice40, icestorm, iverilog, verilator
#   make test        the whole test suite;  make test-verilog  its Verilator part
#   make soak        over 100 M cycles of allocation on the Verilator build
#   make fuzz [FUZZ_MINUTES=30] [FUZZ_SEED=N]      fuzz the compiler
#   make fuzz-diff [N=1000] [FUZZ_SEED=N] [FUZZ_ARGS=...]  generated programs:
#                    python3 vs run vs sim
#   make bench       the programs of bench/ (checked against python3): cycles,
#                    instructions, CPI; writes build/bench.json

# --- Tools ------------------------------------------------------------------
CARGO    ?= cargo
YOSYS    ?= yosys
NEXTPNR  ?= nextpnr-ice40
ICEPACK  ?= icepack
ICEPROG  ?= iceprog
ICETIME  ?= icetime
IVERILOG ?= iverilog
VERILATOR ?= verilator
export YOSYS NEXTPNR ICEPACK ICETIME

# --- Configuration ----------------------------------------------------------
BOARD    ?= icebreaker
PROGRAM  ?= examples/gpio_toggle.py
# Design clock (MHz) and nextpnr's target: the PLL from 16 MHz up, below that
# 12 MHz / n (12, 6, 4, 3 ...). Raise it to what the processor meets.
FREQ_MHZ ?= 17
# nextpnr placement seed (empty: nextpnr's default), and how many placements
# to try (seed, seed + 1 ...) before a missed clock fails the build.
SEED     ?=
PLACEMENTS ?= 3
BUILD    ?= build/$(BOARD)

TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
PYSM       := $(TARGET_DIR)/release/pysm
PYSM_BOARD := $(TARGET_DIR)/release/pysm-$(BOARD)
SEED_ARG   := $(if $(SEED),--seed $(SEED)) --placements $(PLACEMENTS)
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BOARDS := icebreaker
ifeq ($(filter $(BOARD),$(BOARDS)),)
$(error BOARD=$(BOARD) is not supported (boards: $(BOARDS)))
endif

.PHONY: bench
bench: release
	$(PYSM) bench bench --json build/bench.json

# MicroPython's side of the comparison: the WebAssembly instructions that
# its WebAssembly port (pinned in bench/micropython/package.json) executes
# for each benchmark, scaled to x86 instructions by the fib(20) anchor.
# Needs node and npm (installed if missing); writes build/micropython.json.
MP_BUILD := build/micropython
bench-micropython: bench
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	mkdir -p $(MP_BUILD)/mp
	cp bench/micropython/package.json bench/micropython/package-lock.json bench/micropython/*.mjs $(MP_BUILD)/
	cd $(MP_BUILD) && npm ci --no-audit --no-fund
	cp $(MP_BUILD)/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs $(MP_BUILD)/mp/
	cd $(MP_BUILD) && node instrument.mjs node_modules/@micropython/micropython-webassembly-pyscript/micropython.wasm mp/micropython.wasm
	cd $(MP_BUILD) && OUT=../micropython.json node count.mjs ../bench.json $(abspath $(wildcard bench/*.py))

.PHONY: bench-micropython all release tools bitstream standin prog report clean-board demo test test-verilog docs netlist-sim base swap swap-check flash-base flash-check fuzz fuzz-diff soak

all: bitstream

# --- Build ------------------------------------------------------------------
# cargo decides what is stale; this only makes sure both binaries exist.
release:
	$(CARGO) build --release -p pysm -p pysm-$(BOARD)

tools:
	@if command -v $(YOSYS) >/dev/null && command -v $(NEXTPNR) >/dev/null \
	   && command -v $(ICEPACK) >/dev/null && command -v $(ICEPROG) >/dev/null \
	   && command -v $(ICETIME) >/dev/null && command -v $(IVERILOG) >/dev/null \
	   && command -v $(VERILATOR) >/dev/null; then \
	  echo "tools: yosys, nextpnr-ice40, icestorm, iverilog and verilator are installed"; \
	else \
	  $(SUDO) apt-get update && \
	  $(SUDO) apt-get install -y yosys nextpnr-ice40 fpga-icestorm iverilog verilator; \
	fi

# --- FPGA flow --------------------------------------------------------------
# Compile the program, then Verilog + PCF -> yosys -> nextpnr -> icepack.
# Every tool's log is kept in $(BUILD); the last line is the summary:
#   icebreaker: logic_cells=N/5280 ebr=N/30 spram=N/4 fmax_mhz=F target_mhz=T bitstream=PATH
# Fails when a tool fails or when timing is not met at FREQ_MHZ.
bitstream: tools release
	@mkdir -p $(BUILD)
	$(PYSM) compile $(PROGRAM) -o $(BUILD)/program.pysm
	$(PYSM_BOARD) bitstream $(BUILD)/program.pysm --out $(BUILD) --mhz $(FREQ_MHZ) $(SEED_ARG)

# The same flow on the stand-in design (a counter printing over the UART).
standin: tools release
	$(PYSM_BOARD) standin --out $(BUILD)-standin --mhz $(FREQ_MHZ) $(SEED_ARG)

prog:
	@test -f $(BUILD)/top.bin || { echo "prog: no $(BUILD)/top.bin: run 'make bitstream' first" >&2; exit 1; }
	$(ICEPROG) $(BUILD)/top.bin
	@if [ -f $(BUILD)/program.bin ]; then \
	  echo "$(ICEPROG) -o 1M $(BUILD)/program.bin"; $(ICEPROG) -o 1M $(BUILD)/program.bin; fi

# Utilisation and Fmax from nextpnr's log, then icetime's own timing analysis
# of the placed and routed design (report in $(BUILD)/icetime.rpt, log in
# $(BUILD)/icetime.log). Fails when either is below FREQ_MHZ.
report:
	@test -f $(BUILD)/top.asc || { echo "report: no $(BUILD)/top.asc: run 'make bitstream' first" >&2; exit 1; }
	@echo "== utilisation ($(BUILD)/nextpnr.log)"
	@grep -E '^Info:[[:space:]]+[A-Z0-9_]+:[[:space:]]+[0-9]+/' $(BUILD)/nextpnr.log | sed 's/^Info:[[:space:]]*/  /'
	@echo "== timing: nextpnr, then icetime -d up5k -P sg48 -c $(FREQ_MHZ) -mtr $(BUILD)/icetime.rpt"
	$(PYSM_BOARD) report --out $(BUILD) --mhz $(FREQ_MHZ)

clean-board:
	rm -rf $(BUILD) $(BUILD)-standin $(BUILD)-netsim $(BUILD)-base $(BUILD)-swapcheck $(BUILD)-flashbase $(BUILD)-flashswap

# Swapping a program into a bitstream without synthesis. The base is the
# processor with random placeholder code and data (kept as
# $(BUILD)-base/*_placeholder.hex); `make swap` builds it when it is missing,
# `make base` rebuilds it (after a change to the hardware).
BASE ?= $(BUILD)-base
base: tools release
	$(PYSM_BOARD) base --out $(BASE) --mhz $(FREQ_MHZ) $(SEED_ARG)

# A program too large for the base's code block RAM is swapped too: its
# flash stream goes beside a copy of the flash base's bitstream (the design
# of programs in the SPI flash, the same for all of them), built once by
# `make flash-base` (`swap` runs it when it is missing: exit status 4).
FLASH_BASE ?= $(BUILD)-flashbase
SWAP_CMD = $(PYSM_BOARD) swap $(BUILD)/source.pysm --base $(BASE) \
  --flash-base $(FLASH_BASE) --out $(BUILD) --mhz $(FREQ_MHZ)
swap: tools release
	@test -f $(BASE)/top.asc || $(MAKE) --no-print-directory base
	@mkdir -p $(BUILD)
	$(PYSM) compile $(PROGRAM) -o $(BUILD)/source.pysm
	@echo "$(SWAP_CMD)"; rc=0; $(SWAP_CMD) || rc=$$?; \
	if [ $$rc = 4 ]; then $(MAKE) --no-print-directory flash-base && $(SWAP_CMD); \
	else exit $$rc; fi

flash-base: tools release
	$(PYSM_BOARD) flash-base --out $(FLASH_BASE) --mhz $(FREQ_MHZ) $(SEED_ARG)

# A fresh base, the round-trip demo swapped in, and the swapped bitstream
# simulated from its .asc (icebox_vlog) against the emulator.
swap-check: base
	$(MAKE) --no-print-directory swap PROGRAM=$(NETSIM_PROGRAM) BUILD=$(BUILD)-swapcheck BASE=$(BASE)
	$(PYSM_BOARD) netlist-sim --pnr-only --out $(BUILD)-swapcheck --mhz $(FREQ_MHZ) --loopback $(NETSIM_LOOPBACK)

# Proof without a board: build the real bitstream of NETSIM_PROGRAM, then
# simulate it in iverilog as rust-hdl's Verilog, as yosys' synthesized
# netlist and as the placed and routed design (icebox_vlog from the .asc),
# with the jumper NETSIM_LOOPBACK. Fails unless the three runs agree on
# every pad and UART edge, cycle for cycle, and print what the emulator
# prints. Logs and netlists in $(BUILD)-netsim.
NETSIM_PROGRAM  ?= examples/gpio_roundtrip.py
NETSIM_LOOPBACK ?= P1A1=P1A2
netlist-sim: tools release
	$(MAKE) --no-print-directory bitstream PROGRAM=$(NETSIM_PROGRAM) BUILD=$(BUILD)-netsim
	$(PYSM_BOARD) netlist-sim --out $(BUILD)-netsim --mhz $(FREQ_MHZ) --loopback $(NETSIM_LOOPBACK)

# The design that runs programs from the SPI flash (any program larger than
# the code block RAM; the design does not depend on the program): a fresh
# flash base, which fails unless it fits and meets the board clock, and
# FLASH_PROGRAM swapped onto it.
FLASH_PROGRAM ?= examples/hello_uart.py
flash-check: tools release
	$(PYSM_BOARD) flash-base --out $(FLASH_BASE) --mhz $(FREQ_MHZ) $(SEED_ARG)
	@mkdir -p $(BUILD)-flashswap
	$(PYSM) compile $(FLASH_PROGRAM) -o $(BUILD)-flashswap/source.pysm
	$(PYSM_BOARD) swap $(BUILD)-flashswap/source.pysm --base $(BASE) \
	  --flash-base $(FLASH_BASE) --out $(BUILD)-flashswap --mhz $(FREQ_MHZ)
	@test -s $(BUILD)-flashswap/program.bin

# --- Tests and benchmarks ---------------------------------------------------
# The main job: the bitstream for the demo, then the demo's pin timing from
# the cycle-accurate simulation of the same processor.
DEMO_CYCLES ?= 40000
demo: bitstream
	@echo "== $(PROGRAM) on the simulated CPU: $(DEMO_CYCLES) cycles"
	@$(PYSM) sim $(PROGRAM) --max-cycles $(DEMO_CYCLES) --stats \
	  --gpio-trace $(BUILD)/gpio_trace.csv >/dev/null; test $$? -le 3
	@awk -F, -v mhz=$$(sed -n 's/.*target_mhz=\([0-9.]*\).*/\1/p' $(BUILD)/summary.txt) \
	  -v fmax=$$(sed -n 's/.*fmax_mhz=\([0-9.]*\).*/\1/p' $(BUILD)/summary.txt) \
	  -f scripts/pin_timing.awk $(BUILD)/gpio_trace.csv
	@cat $(BUILD)/summary.txt

# The whole test suite: emulator vs CPython, RTL in lockstep with the
# emulator, the generated Verilog in iverilog, the board top through yosys.
test: tools
	$(CARGO) test --release --workspace

# The generated Verilog under Verilator (built once into target/verilator):
# every program of tests/ and examples/ and the every-opcode test in lockstep
# with the emulator, the boot port, and `pysm sim --verilator` against
# `pysm sim`. Also part of `make test`.
test-verilog: tools
	$(CARGO) test --release -p pysm-testbench --test verilator --test isa --test boot --test uart
	$(CARGO) test --release -p pysm --test cli verilator
	$(CARGO) test --release -p pysm --test lang verilator

# The soak program (over 100 M cycles of allocation and collection) on the
# CPU's Verilog under Verilator, checked against python3 and the emulator.
soak: tools
	$(CARGO) test --release -p pysm --test lang soak -- --nocapture

# Reliability (docs/reliability.md). The compiler fuzzer: generated and
# mutated source for FUZZ_MINUTES; failing inputs land in build/fuzz/crashes.
FUZZ_MINUTES ?= 30
# The generators' seed (SEED is nextpnr's).
FUZZ_SEED ?=
FUZZ_SEED_ARG := $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))
fuzz:
	$(CARGO) build --release -p pysm-fuzz
	nice -n 19 $(TARGET_DIR)/release/pysm-fuzz compile --minutes $(FUZZ_MINUTES) $(FUZZ_SEED_ARG)

# Differential testing: N generated programs on python3, `pysm run` and
# `pysm sim`; differing programs land in build/fuzz/diff. Every feature of
# the generator is on; FUZZ_ARGS may switch groups off (`--no-big-ints`,
# `--no-containers`, `--no-exceptions`, `--ints-only`) or size programs.
N ?= 1000
FUZZ_ARGS ?=
fuzz-diff:
	$(CARGO) build --release -p pysm -p pysm-fuzz
	$(TARGET_DIR)/release/pysm-fuzz diff --n $(N) $(FUZZ_SEED_ARG) $(FUZZ_ARGS)

# Regenerate docs/isa.md from the ISA table.
docs:
	PYSM_BLESS=1 $(CARGO) test --release -p pysm-isa --test isa isa_doc_is_up_to_date
