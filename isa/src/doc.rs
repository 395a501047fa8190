//! `docs/isa.md`, generated from the table.

use crate::table::{BinOp, CmpOp, Fault, Op, UnOp, MULDIV_EXTRA_CYCLES};
use crate::{io, mem, pins, value};
use std::fmt::Write as _;

pub fn isa_markdown() -> String {
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(w, "# The PySM instruction set\n");
    let _ = writeln!(
        w,
        "This file is generated from `isa/src/table.rs` by `make docs`; a test fails when it is stale.\n"
    );
    let _ = writeln!(w, "## Encoding\n");
    let _ = writeln!(
        w,
        "Every instruction is one 32-bit word: bits 31..24 hold the opcode, bits 23..0 the operand \
         (sign-extended for `int` operands). PySM is a stack machine: the top of the stack lives in \
         a register (TOS); the entries below it live in data memory, at addresses below SP. An \
         instruction issues at most one data-memory write, and its reads see memory as it was \
         before that write.\n"
    );
    let _ = writeln!(w, "## Instructions\n");
    let _ = writeln!(
        w,
        "| opcode | mnemonic | operand | stack | cycles | description |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for op in Op::ALL {
        let cycles = if *op == Op::Binary {
            format!(
                "{} (+{} for mul, floordiv, mod)",
                op.cycles(),
                MULDIV_EXTRA_CYCLES
            )
        } else {
            op.cycles().to_string()
        };
        let _ = writeln!(
            w,
            "| 0x{:02x} | `{}` | {} | {} | {} | {} |",
            *op as u8,
            op.mnemonic(),
            op.operand().name(),
            op.effect().text(),
            cycles,
            op.doc()
        );
    }
    let list = |w: &mut String, title: &str, items: Vec<(u32, String, String)>| {
        let _ = writeln!(w, "\n### {title}\n");
        let _ = writeln!(w, "| code | name | Python |");
        let _ = writeln!(w, "|---|---|---|");
        for (c, n, p) in items {
            let _ = writeln!(w, "| {c} | `{n}` | `{p}` |");
        }
    };
    list(
        w,
        "`BINARY` operators",
        BinOp::ALL
            .iter()
            .map(|b| (*b as u32, b.name().into(), b.symbol().into()))
            .collect(),
    );
    list(
        w,
        "`COMPARE` operators",
        CmpOp::ALL
            .iter()
            .map(|b| (*b as u32, b.name().into(), b.symbol().into()))
            .collect(),
    );
    list(
        w,
        "`UNARY` operators",
        UnOp::ALL
            .iter()
            .map(|b| (*b as u32, b.name().into(), b.symbol().into()))
            .collect(),
    );
    let _ = writeln!(w, "\n### Faults\n");
    let _ = writeln!(
        w,
        "A fault stops the processor before the faulting instruction retires; the host turns it \
         into a Python exception with a traceback.\n"
    );
    let _ = writeln!(w, "| code | name | exception |");
    let _ = writeln!(w, "|---|---|---|");
    for f in Fault::ALL {
        let _ = writeln!(w, "| {} | `{}` | {} |", *f as u32, f.name(), f.exception());
    }
    let _ = writeln!(w, "\n## Values\n");
    let _ = writeln!(
        w,
        "| low bits | meaning |\n|---|---|\n\
         | `...1` | small int: the word shifted right by one; range {} .. {} |\n\
         | `..00` | pointer to a heap object (byte address); the word 0 is NULL, an unbound variable |\n\
         | `..10` | immediate: bits 5..2 the kind, bits 31..6 the payload |\n",
        value::INT_MIN,
        value::INT_MAX
    );
    let _ = writeln!(
        w,
        "| immediate | word |\n|---|---|\n| None | 0x{:08x} |\n| False | 0x{:08x} |\n| True | 0x{:08x} |\n\
         | Pin | kind 2, payload = pin id |\n\
         | function | kind 3, payload = arity << {} \\| code address |\n",
        value::NONE,
        value::FALSE,
        value::TRUE,
        value::FUNC_ADDR_BITS
    );
    let _ = writeln!(w, "## Memory map\n");
    let _ = writeln!(
        w,
        "| space | size (words) | contents |\n|---|---|---|\n\
         | code | {} | instructions |\n\
         | data | {} | trap vectors at 0..{}, then globals and constants, the data stack above them |\n\
         | return stack | {} | `trap << 31 \\| retry << 30 \\| return pc << 15 \\| caller fp` per active call |\n\
         | heap | {} | word 0 unused (NULL), the image's static objects from 1, then the collected heap |\n",
        mem::CODE_WORDS,
        mem::DATA_WORDS,
        mem::VECTOR_WORDS,
        mem::RSTACK_WORDS,
        mem::HEAP_WORDS
    );
    let _ = writeln!(
        w,
        "Heap objects: a pointer is the byte address of the object's first word (so the low two \
         bits are 00). Word 0 of an object is its header, a small int `type | payload words << 8`; \
         every word of an object is a tagged value, so the collector can scan any object.\n"
    );
    let _ = writeln!(
        w,
        "Traps: when a fast path fails (a `BINARY` on two strings, an overflow, a branch on a \
         heap object, `ALLOC` with the heap full, a `CALL` of an object), the processor reads \
         the trap vector of the case from data memory. NULL: the instruction faults. Otherwise \
         the vector is a function immediate of the runtime library; it is called like `CALL`, \
         with the instruction's operands as its arguments, and the return-stack entry carries \
         the trap bit so that `RETURN` puts the result in place of the operands. A branch \
         executes again with the result (a bool); other instructions continue after it.\n"
    );
    let _ = writeln!(
        w,
        "| vector | data address | arity | when |\n|---|---|---|---|\n\
         | Binary(op) | op (0..9) | 2 | `BINARY` not on two small ints, or overflow, zero division, negative shift |\n\
         | Compare(op) | 10 + op (`<`..`>=`) | 2 | `COMPARE` with a pointer, or an ordering of non-ints |\n\
         | Unary(op) | 16 + op (`-`, `+`, `~`, `not`) | 1 | `UNARY` on a pointer or a non-int |\n\
         | Truth | 20 | 1 | `POP_JUMP_IF_*` on a pointer |\n\
         | Alloc | 21 | 1 | `ALLOC` beyond the heap limit |\n\
         | Call(n) | 22 + n (n = 0..7) | n + 1 | `CALL n` of a value that is not a function |\n"
    );
    let _ = writeln!(
        w,
        "Calls: `CALL n` finds the callee below its n arguments. The arguments become locals \
         0..n-1 of the new frame (FP = SP - n); the return stack receives the return address and \
         the caller's FP. `RETURN` puts the result where the callee was.\n"
    );
    let _ = writeln!(w, "## I/O\n");
    let _ = writeln!(
        w,
        "| port | direction | meaning |\n|---|---|---|\n\
         | {} | write | console byte (UART TX on a board) |\n\
         | {} | read | cycle counter modulo 2**30 |\n\
         | {} | read/write | heap allocation pointer (word address) |\n\
         | {} | read/write | heap limit: `ALLOC` traps beyond it |\n\
         | {} | read | data stack pointer |\n\
         | {} | read | microseconds since the start, modulo 2**30 (`time.ticks_us`; a prescaler of the cycle counter at the design clock, {} Hz in the simulators) |\n\
         | {} | read | milliseconds since the start, modulo 2**30 (`time.ticks_ms`) |\n\
         | {} | read | the oldest byte received on the console UART (0..255), taken from its 16-byte FIFO, or -1 when none waits; the byte also shifts into the receive word |\n\
         | {} | read | the receive word: the last four bytes taken from port {} (little-endian), pushed raw (32 bits, not a small int); on the board only while its boot loader runs (0 otherwise) |\n\
         | {} | write | code word at the address written := the receive word (on the board only while its boot loader runs) |\n\
         | {} | write | board: restart the program at code address 0 with the stack base written (the boot loader's hand-over; no effect in simulation) |\n\
         | {} | read | board: why the boot loader runs: {:#x} the magic `PYSM` arrived, {:#x} the program stopped (bits 23..16 its fault code, 15..0 its pc); 0 in simulation |\n",
        io::PORT_CONSOLE,
        io::PORT_CYCLES,
        io::PORT_HEAP_PTR,
        io::PORT_HEAP_LIMIT,
        io::PORT_SP,
        io::PORT_TICKS_US,
        io::DEFAULT_CLOCK_HZ,
        io::PORT_TICKS_MS,
        io::PORT_RX,
        io::PORT_RX_WORD,
        io::PORT_RX,
        io::PORT_CODE_WRITE,
        io::PORT_BOOT_START,
        io::PORT_BOOT_INFO,
        io::BOOT_MAGIC,
        io::BOOT_STOPPED
    );
    let _ = writeln!(
        w,
        "GPIO timing: an output instruction starting at cycle c changes the pad at c + {}; \
         `PIN_READ`, `PIN_LEVEL` and `JUMP_IF_PIN` at cycle c see the pad of cycle c - {}. \
         `Pin.IN` = {}, `Pin.OUT` = {}. The compiler emits `PIN_HIGH`, `PIN_LOW`, `PIN_LEVEL` \
         and `JUMP_IF_PIN` for the methods of a Pin it knows (see docs/compiler.md).\n",
        io::OUT_LATENCY,
        io::IN_LATENCY,
        io::PIN_MODE_IN,
        io::PIN_MODE_OUT
    );
    let _ = writeln!(w, "### Pins (iCEBreaker)\n");
    let _ = writeln!(
        w,
        "| id | name | other names | package pin |\n|---|---|---|---|"
    );
    for p in pins::PINS {
        let _ = writeln!(
            w,
            "| {} | `{}` | {} | {} |",
            p.id,
            p.name,
            p.aliases.join(", "),
            p.package_pin
        );
    }
    s
}
