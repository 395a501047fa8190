// The Verilator harness of the PySM Soc (`testbench/src/verilator.rs` builds
// and drives it). It knows no opcodes: the Rust side passes everything
// ISA-specific in the run file.
//
//   pysm_vsim RUN_FILE
//
// The run file is whitespace-separated tokens: `key value...` pairs
//   idle HEX          pad levels of undriven pins
//   delay N           cycles of a `--loopback` jumper
//   max N             the cycle limit (-1: none)
//   trace 0|1         print every retired instruction
//   entry N stack N   where the program starts, its stack base
//   loopback OUT IN   a jumper (pin ids)
//   input CYCLE PIN LEVEL   a `--gpio-in` event (sorted by cycle)
//   uart DIV FIRST TAKE FIFO READ NONE N HEX...
//                     the host on the UART's receive line (`pysm_emu::uart`):
//                     cycles per bit, first start bit, take-to-start cycles,
//                     FIFO size, the `IO_READ` word that takes a byte and
//                     what it pushes when none waits, then the N bytes
//   code N HEX...     data N HEX...   heap N HEX...   the memories' contents
//   end
//
// It loads the program through the boot port, then runs it with the loop of
// `run_sim` in `testbench/src/lib.rs` (same cycle numbering, same stop
// rules), and prints (hex unless noted):
//   R cycle(dec) pc instr tos sp fp rsp we waddr wdata hwe haddr hdata rwe rwa rdata
//                               a retired instruction
//   C cycle(dec) byte           a console byte, with its IO_WRITE's start cycle
//   G cycle(dec) dir out        the GPIO registers changed
//   E outcome(H|F|M|S) fault(dec) cycles(dec) instret(dec) sim_cycles(dec)
//     pc sp fp rsp tos dir out  the end (S: stuck, the core stopped retiring)
//   D HEX...  the data memory;  P HEX...  the heap;  S HEX...  the return
//   stack (shadows)

#include "Vtop.h"
#include "verilated.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <tuple>
#include <vector>

namespace {

const uint64_t HISTORY = 64;
const uint64_t STUCK_CYCLES = 400;
const int CODE_WORDS = 32768, DATA_WORDS = 1024, HEAP_WORDS = 16384, RSTACK_WORDS = 256;

// `pysm_emu::GpioEnv::pads`, for cycles visited in increasing order.
struct Env {
    uint32_t idle = 0, ext = 0;
    uint64_t delay = 2;
    std::vector<std::pair<uint32_t, uint32_t>> loopbacks;
    std::vector<std::tuple<uint64_t, uint32_t, uint32_t>> inputs;
    size_t next_input = 0;
    std::deque<std::tuple<uint64_t, uint32_t, uint32_t>> driven{{0, 0, 0}};

    void drive(uint64_t c, uint32_t dir, uint32_t out) {
        auto &b = driven.back();
        if (std::get<1>(b) == dir && std::get<2>(b) == out) return;
        driven.emplace_back(c, dir, out);
        while (driven.size() > 2 && std::get<0>(driven[1]) + HISTORY < c) driven.pop_front();
    }
    std::pair<uint32_t, uint32_t> driven_at(uint64_t t) const {
        std::pair<uint32_t, uint32_t> cur{0, 0};
        for (auto &d : driven) {
            if (std::get<0>(d) > t) break;
            cur = {std::get<1>(d), std::get<2>(d)};
        }
        return cur;
    }
    uint32_t pads(uint64_t t) {
        auto [dir, out] = driven_at(t);
        while (next_input < inputs.size() && std::get<0>(inputs[next_input]) <= t) {
            auto [c, p, l] = inputs[next_input++];
            ext = (ext & ~(1u << p)) | (l << p);
        }
        uint32_t e = ext;
        for (auto [o, i] : loopbacks) {
            if (t >= delay) {
                auto [d, v] = driven_at(t - delay);
                if (d >> o & 1) e = (e & ~(1u << i)) | ((v >> o & 1) << i);
            }
        }
        return (dir & out) | (~dir & e);
    }
};

// `pysm_emu::uart::UartHost::level`: the same schedule, for cycles visited
// in increasing order, told of each take by the retirement port.
struct UartHost {
    uint64_t div = 1, first = 1, take_to_start = 1;
    size_t fifo = 16;
    uint32_t read_word = 0, none = 0;
    bool on = false;
    std::vector<uint8_t> bytes;
    std::vector<uint64_t> starts, takes;

    bool start(size_t k, uint64_t &s) {
        while (starts.size() <= k) {
            size_t j = starts.size();
            if (j >= bytes.size()) return false;
            uint64_t t = j == 0 ? first : starts[j - 1] + 10 * div;
            if (j >= fifo) {
                if (takes.size() <= j - fifo) return false;
                t = std::max(t, takes[j - fifo] + take_to_start);
            }
            starts.push_back(t);
        }
        s = starts[k];
        return true;
    }
    bool level(uint64_t c) {
        if (!on) return true;
        size_t k = starts.size();
        uint64_t s;
        while (start(k, s) && s <= c) k++;
        while (k > 0) {
            k--;
            if (starts[k] > c) continue;
            uint64_t bit = (c - starts[k]) / div;
            if (bit == 0) return false;
            if (bit <= 8) return bytes[k] >> (bit - 1) & 1;
            return true;
        }
        return true;
    }
};

[[noreturn]] void die(const char *msg) {
    fprintf(stderr, "pysm_vsim: %s\n", msg);
    exit(2);
}

void tick(Vtop *top) {
    top->clock = 1;
    top->eval();
    top->clock = 0;
    top->eval();
}

}  // namespace

int main(int argc, char **argv) {
    if (argc != 2) die("usage: pysm_vsim RUN_FILE");
    FILE *f = fopen(argv[1], "r");
    if (!f) die("cannot open the run file");
    Env env;
    UartHost uart;
    int64_t max = -1;
    int trace = 0;
    uint32_t entry = 0, stack = 0;
    std::vector<uint32_t> code(CODE_WORDS, 0), data(DATA_WORDS, 0), heap(HEAP_WORDS, 0),
        rstack(RSTACK_WORDS, 0);
    char key[32];
    while (fscanf(f, "%31s", key) == 1) {
        std::string k = key;
        if (k == "end") break;
        bool ok = true;
        if (k == "idle") ok = fscanf(f, "%x", &env.idle) == 1;
        else if (k == "delay") ok = fscanf(f, "%lu", &env.delay) == 1;
        else if (k == "max") ok = fscanf(f, "%ld", &max) == 1;
        else if (k == "trace") ok = fscanf(f, "%d", &trace) == 1;
        else if (k == "entry") ok = fscanf(f, "%u", &entry) == 1;
        else if (k == "stack") ok = fscanf(f, "%u", &stack) == 1;
        else if (k == "loopback") {
            uint32_t o, i;
            ok = fscanf(f, "%u %u", &o, &i) == 2;
            env.loopbacks.emplace_back(o, i);
        } else if (k == "input") {
            uint64_t c;
            uint32_t p, l;
            ok = fscanf(f, "%lu %u %u", &c, &p, &l) == 3;
            env.inputs.emplace_back(c, p, l);
        } else if (k == "uart") {
            size_t n;
            ok = fscanf(f, "%lu %lu %lu %zu %x %x %zu", &uart.div, &uart.first,
                        &uart.take_to_start, &uart.fifo, &uart.read_word, &uart.none, &n) == 7;
            for (size_t i = 0; ok && i < n; i++) {
                unsigned b;
                ok = fscanf(f, "%x", &b) == 1;
                uart.bytes.push_back(b);
            }
            uart.on = ok && uart.div > 0;
        } else if (k == "code" || k == "data" || k == "heap") {
            auto &mem = k == "code" ? code : k == "data" ? data : heap;
            size_t n;
            ok = fscanf(f, "%zu", &n) == 1 && n <= mem.size();
            for (size_t i = 0; ok && i < n; i++) ok = fscanf(f, "%x", &mem[i]) == 1;
        } else
            die("unknown key in the run file");
        if (!ok) die("bad value in the run file");
    }
    fclose(f);
    env.ext = env.idle;

    auto *ctx = new VerilatedContext;
    auto *top = new Vtop{ctx};
    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);

    // Boot: every code, data and heap word, then the entry point and stack
    // base.
    top->enable = 1;
    top->console_ready = 1;
    top->uart_rx = 1;
    top->gpio_in = 0;
    top->clock = 0;
    top->boot = 1;
    top->eval();
    for (int m = 0; m < 3; m++) {
        auto &mem = m == 0 ? code : m == 1 ? data : heap;
        for (size_t a = 0; a < mem.size(); a++) {
            top->load_we = 1;
            top->load_code = m == 0;
            top->load_heap = m == 2;
            top->load_addr = a;
            top->load_data = mem[a];
            tick(top);
        }
    }
    top->load_we = 0;
    top->boot_pc = entry;
    top->boot_sp = stack;
    tick(top);
    top->boot = 0;
    top->eval();

    uint64_t c = 0, start = 1, instret = 0;
    uint32_t last_dir = 0, last_out = 0, fault = 0;
    char outcome;
    for (;;) {
        uint64_t instr_start = start;
        if (top->retire_valid) {
            start = c;
            instret++;
            if (top->retire_we) data[top->retire_waddr % DATA_WORDS] = top->retire_wdata;
            if (top->retire_hwe) heap[top->retire_haddr % HEAP_WORDS] = top->retire_hdata;
            if (top->retire_rwe) rstack[top->retire_rwa % RSTACK_WORDS] = top->retire_rdata;
            if (uart.on && top->retire_instr == uart.read_word && top->retire_tos != uart.none)
                uart.takes.push_back(instr_start);
            if (trace)
                printf("R %lu %04x %08x %08x %04x %04x %04x %d %04x %08x %d %04x %08x %d %04x %08x\n",
                       c, top->retire_pc, top->retire_instr, top->retire_tos, top->retire_sp,
                       top->retire_fp, top->retire_rsp, top->retire_we, top->retire_waddr,
                       top->retire_wdata, top->retire_hwe, top->retire_haddr, top->retire_hdata,
                       top->retire_rwe, top->retire_rwa, top->retire_rdata);
        }
        if (top->console_valid) printf("C %lu %02x\n", instr_start, top->console_data);
        if (top->gpio_dir != last_dir || top->gpio_out != last_out) {
            last_dir = top->gpio_dir;
            last_out = top->gpio_out;
            env.drive(c, last_dir, last_out);
            printf("G %lu %08x %08x\n", c, last_dir, last_out);
        }
        if (top->halted) { outcome = 'H'; break; }
        if (top->fault) { outcome = 'F'; fault = top->fault; break; }
        if (c >= start && max >= 0 && start >= (uint64_t)max) { outcome = 'M'; break; }
        if (c > start + STUCK_CYCLES) { outcome = 'S'; break; }
        top->gpio_in = env.pads(c);
        top->uart_rx = uart.level(c);
        tick(top);
        c++;
    }
    printf("E %c %u %lu %lu %lu %04x %04x %04x %04x %08x %08x %08x\n", outcome, fault, start,
           instret, c, top->state_pc, top->state_sp, top->state_fp, top->state_rsp,
           top->state_tos, top->gpio_dir, top->gpio_out);
    printf("D");
    for (auto w : data) printf(" %x", w);
    printf("\nP");
    for (auto w : heap) printf(" %x", w);
    printf("\nS");
    for (auto w : rstack) printf(" %x", w);
    printf("\n");
    fflush(stdout);
    top->final();
    delete top;
    delete ctx;
    return 0;
}
