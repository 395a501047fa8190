# PySM: everyday targets and the FPGA flow. Thin: the work is done by the
# `pysm` CLI and by `pysm-icebreaker` (boards/icebreaker).
#
#   make bitstream [PROGRAM=examples/x.py] [FREQ_MHZ=20] [SEED=N]
#   make prog        flash build/icebreaker/top.bin to the board (iceprog)
#   make report      utilisation, nextpnr Fmax and icetime's independent timing
#   make standin     the flow on the small stand-in design (no processor)
#   make tools       install yosys, nextpnr-ice40, icestorm, iverilog, verilator
#   make fuzz [FUZZ_MINUTES=30] [SEED=N]      fuzz the compiler
#   make fuzz-diff [N=1000] [SEED=N]          generated programs: python3 vs run vs sim

# --- Tools ------------------------------------------------------------------
CARGO    ?= cargo
YOSYS    ?= yosys
NEXTPNR  ?= nextpnr-ice40
ICEPACK  ?= icepack
ICEPROG  ?= iceprog
ICETIME  ?= icetime
IVERILOG ?= iverilog
VERILATOR ?= verilator
export YOSYS NEXTPNR ICEPACK

# --- Configuration ----------------------------------------------------------
BOARD    ?= icebreaker
PROGRAM  ?= examples/gpio_toggle.py
# Design clock (MHz) and nextpnr's target: the PLL from 16 MHz up, below that
# 12 MHz / n (12, 6, 4, 3 ...). Raise it to what the processor meets.
FREQ_MHZ ?= 20
# nextpnr placement seed (empty: nextpnr's default).
SEED     ?=
BUILD    ?= build/$(BOARD)

TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
PYSM       := $(TARGET_DIR)/release/pysm
PYSM_BOARD := $(TARGET_DIR)/release/pysm-$(BOARD)
SEED_ARG   := $(if $(SEED),--seed $(SEED))
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BOARDS := icebreaker
ifeq ($(filter $(BOARD),$(BOARDS)),)
$(error BOARD=$(BOARD) is not supported (boards: $(BOARDS)))
endif

.PHONY: all release tools bitstream standin prog report clean-board demo test docs fuzz fuzz-diff

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

# Utilisation and Fmax from nextpnr's log, then icetime's own timing analysis
# of the placed and routed design (report in $(BUILD)/icetime.rpt).
report:
	@test -f $(BUILD)/top.asc || { echo "report: no $(BUILD)/top.asc: run 'make bitstream' first" >&2; exit 1; }
	@echo "== utilisation ($(BUILD)/nextpnr.log)"
	@grep -E '^Info:[[:space:]]+[A-Z0-9_]+:[[:space:]]+[0-9]+/' $(BUILD)/nextpnr.log | sed 's/^Info:[[:space:]]*/  /'
	@echo "== nextpnr Fmax (after routing)"
	@grep 'Max frequency for clock' $(BUILD)/nextpnr.log | sed 's/^[A-Za-z]*: */  /' \
	  | awk -F"'" '{ last[$$2] = $$0 } END { for (c in last) print last[c] }'
	@echo "== icetime -d up5k -c $(FREQ_MHZ) ($(BUILD)/icetime.rpt)"
	@$(ICETIME) -d up5k -P sg48 -p $(BUILD)/top.pcf -c $(FREQ_MHZ) -mtr $(BUILD)/icetime.rpt $(BUILD)/top.asc 2>&1 \
	  | grep -E 'Total path delay|Timing estimate|ERROR' | sed 's/^/  /'; true
	@$(PYSM_BOARD) report --out $(BUILD) --mhz $(FREQ_MHZ)

clean-board:
	rm -rf $(BUILD) $(BUILD)-standin

# --- Tests and benchmarks ---------------------------------------------------
# The main job: the bitstream for the demo, then the demo's pin timing from
# the cycle-accurate simulation of the same processor.
DEMO_CYCLES ?= 20000
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

# Reliability (docs/reliability.md). The compiler fuzzer: generated and
# mutated source for FUZZ_MINUTES; failing inputs land in build/fuzz/crashes.
FUZZ_MINUTES ?= 30
fuzz:
	$(CARGO) build --release -p pysm-fuzz
	nice -n 19 $(TARGET_DIR)/release/pysm-fuzz compile --minutes $(FUZZ_MINUTES) $(SEED_ARG)

# Differential testing: N generated programs on python3, `pysm run` and
# `pysm sim`; differing programs land in build/fuzz/diff.
N ?= 1000
fuzz-diff:
	$(CARGO) build --release -p pysm -p pysm-fuzz
	$(TARGET_DIR)/release/pysm-fuzz diff --n $(N) $(SEED_ARG)

# Regenerate docs/isa.md from the ISA table.
docs:
	PYSM_BLESS=1 $(CARGO) test --release -p pysm-isa --test isa isa_doc_is_up_to_date
