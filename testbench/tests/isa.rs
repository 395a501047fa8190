//! Hand-assembled programs covering every opcode, run on the emulator and the
//! RTL in lockstep (every retired instruction, the outcome, the cycle count,
//! the console bytes and the GPIO changes must agree), on both RTL
//! simulations: rust-hdl's and the generated Verilog under Verilator.

use pysm_emu::machine::{binary, compare, unary};
use pysm_emu::{GpioEnv, Outcome};
use pysm_isa::asm::assemble;
use pysm_isa::value as v;
use pysm_isa::{BinOp, CmpOp, Fault, Image, UnOp};
use pysm_testbench::verilator::run_verilator;
use pysm_testbench::{lockstep_on, Mismatch, SideResult};

/// Lockstep on the rust-hdl simulation, then on Verilator (same result).
fn lockstep(
    img: &Image,
    setup: &dyn Fn(&mut GpioEnv),
    max: Option<u64>,
) -> Result<SideResult, Mismatch> {
    let r = pysm_testbench::lockstep(img, setup, max)?;
    let v = lockstep_on(img, setup, max, &|img, env, con, max, obs| {
        run_verilator(img, env, con, max, true, obs).unwrap_or_else(|e| panic!("{e}"))
    })
    .inspect_err(|_| eprintln!("(the mismatch is on Verilator)"))?;
    assert_eq!(r, v, "the emulator's result differs between runs");
    Ok(r)
}

fn image(asm: &str, data: &[u32]) -> Image {
    Image {
        entry: 0,
        code: assemble(asm).unwrap_or_else(|e| panic!("{e}\n{asm}")),
        data: data.to_vec(),
        heap: vec![],
        ..Default::default()
    }
}

fn check_env(name: &str, img: &Image, setup: &dyn Fn(&mut GpioEnv), expect: Outcome) {
    match lockstep(img, setup, Some(300_000)) {
        Ok(r) => assert_eq!(r.outcome, expect, "{name}: unexpected outcome"),
        Err(m) => panic!("{name}: {m}"),
    }
}

fn check(name: &str, asm: &str, data: &[u32], expect: Outcome) {
    check_env(name, &image(asm, data), &|_| {}, expect);
}

fn fault(f: Fault) -> Outcome {
    Outcome::Faulted(f)
}

/// The data address of operand i of [`values`]: above the trap vectors,
/// which stay NULL (no runtime library: a failed fast path faults).
fn at(i: usize) -> u32 {
    pysm_isa::mem::VECTOR_WORDS + i as u32
}

/// Interesting operand words, stored from data word [`at`]`(0)`.
fn values() -> Vec<u32> {
    let ints: [i64; 20] = [
        0,
        1,
        -1,
        2,
        -2,
        3,
        -3,
        7,
        -7,
        30,
        31,
        100,
        -100,
        12345,
        -98765,
        1 << 29,
        v::INT_MAX,
        v::INT_MAX - 1,
        v::INT_MIN,
        v::INT_MIN + 1,
    ];
    let mut w: Vec<u32> = ints.iter().map(|&n| v::int(n)).collect();
    w.extend([
        v::TRUE,
        v::FALSE,
        v::NONE,
        v::pin(3),
        v::function(5, 1),
        0x100,                       // a heap pointer
        v::imm(v::ImmKind::Bool, 2), // an odd bool-kind immediate
        0x3e,                        // an immediate of an undefined kind
    ]);
    w
}

/// Data memory with `vals` from [`at`]`(0)`.
fn padded(vals: &[u32]) -> Vec<u32> {
    let mut d = vec![v::NULL; at(0) as usize];
    d.extend_from_slice(vals);
    d
}

/// Every operator on every pair of values: the non-faulting ones in big
/// programs (operands from data memory), and a few faulting ones of each
/// kind on their own.
#[test]
fn operators() {
    let vals = values();
    let n = vals.len() as u32;
    let mut ok_lines: Vec<String> = Vec::new();
    let mut faults: Vec<(String, Fault)> = Vec::new();
    let mut seen = std::collections::HashMap::<(u32, u32, u32), u32>::new();
    let mut add_fault = |key: (u32, u32, Fault), text: String| {
        let c = seen.entry((key.0, key.1, key.2 as u32)).or_insert(0);
        if *c < 3 {
            *c += 1;
            faults.push((text, key.2));
        }
    };
    for (i, &a) in vals.iter().enumerate() {
        for (j, &b) in vals.iter().enumerate() {
            let load = format!("LOAD_GLOBAL {}\nLOAD_GLOBAL {}\n", at(i), at(j));
            for &op in BinOp::ALL {
                let text = format!("{load}BINARY {}\n", op.name());
                match binary(op, a, b) {
                    Ok(_) => ok_lines.push(format!("{text}POP\n")),
                    Err(f) => add_fault((0, op as u32, f), text),
                }
            }
            for &op in CmpOp::ALL {
                let text = format!("{load}COMPARE {}\n", op.name());
                match compare(op, a, b) {
                    Ok(_) => ok_lines.push(format!("{text}POP\n")),
                    Err(f) => add_fault((1, op as u32, f), text),
                }
            }
        }
        for &op in UnOp::ALL {
            let text = format!("LOAD_GLOBAL {}\nUNARY {}\n", at(i), op.name());
            match unary(op, a) {
                Ok(_) => ok_lines.push(format!("{text}POP\n")),
                Err(f) => add_fault((2, op as u32, f), text),
            }
        }
    }
    let _ = n;
    // Pack the good cases into programs that fit the code memory.
    let mut prog = String::new();
    let mut count = 0;
    let mut programs = 0;
    for l in ok_lines {
        prog.push_str(&l);
        count += 1;
        if count == 240 {
            prog.push_str("HALT\n");
            check("operators", &prog, &padded(&vals), Outcome::Halted);
            programs += 1;
            prog.clear();
            count = 0;
        }
    }
    prog.push_str("HALT\n");
    check("operators", &prog, &padded(&vals), Outcome::Halted);
    for (text, f) in &faults {
        check(
            &format!("fault {f:?}:\n{text}"),
            &format!("PUSH_INT 9\n{text}HALT\n"),
            &padded(&vals),
            fault(*f),
        );
    }
    eprintln!(
        "{} good programs, {} faulting ones",
        programs + 1,
        faults.len()
    );
}

#[test]
fn stack_ops() {
    check(
        "stack",
        "PUSH_INT 1\nPUSH_INT 2\nPUSH_INT 3\nCOPY 1\nCOPY 2\nCOPY 4\nCOPY 0\nSWAP 2\nSWAP 3\nSWAP 5\n\
         SWAP 1\nSWAP 0\nPOP\nPOP\nPUSH_NULL\nPUSH_IMM 0x11\nPUSH_IMM 0xffffff\nPUSH_INT -8388608\n\
         PUSH_INT 8388607\nNOP\nPOP\nPOP\nHALT\n",
        &[],
        Outcome::Halted,
    );
    // Push until the data stack is full.
    check(
        "data stack overflow",
        "loop: PUSH_INT 1\nJUMP loop\n",
        &[],
        fault(Fault::StackOverflow),
    );
    check(
        "copy overflow",
        "loop: COPY 1\nJUMP loop\n",
        &[],
        fault(Fault::StackOverflow),
    );
}

#[test]
fn globals_and_locals() {
    let data = [0, v::int(5), v::NONE, 0];
    check(
        "globals",
        "LOAD_GLOBAL 1\nLOAD_GLOBAL 2\nSTORE_GLOBAL 0\nLOAD_GLOBAL 0\nSTORE_GLOBAL 3\nLOAD_GLOBAL 3\n\
         STORE_GLOBAL 1025\nLOAD_GLOBAL 1\nHALT\n",
        &data,
        Outcome::Halted,
    );
    check(
        "name unbound",
        "PUSH_INT 1\nLOAD_GLOBAL 0\nHALT\n",
        &data,
        fault(Fault::NameUnbound),
    );
    // Locals of the module frame (fp = stack base + 1).
    check(
        "locals",
        "PUSH_INT 7\nPUSH_INT 8\nPUSH_INT 9\nSTORE_FAST 0\nLOAD_FAST 0\nLOAD_FAST 1\nSTORE_FAST 2\n\
         LOAD_FAST 2\nHALT\n",
        &data,
        Outcome::Halted,
    );
    check(
        "local unbound",
        "PUSH_NULL\nPUSH_NULL\nPUSH_NULL\nLOAD_FAST 1\nHALT\n",
        &data,
        fault(Fault::LocalUnbound),
    );
}

#[test]
fn jumps() {
    let vals = values();
    let mut prog = String::new();
    for i in 0..vals.len() {
        for (k, op) in [
            "POP_JUMP_IF_FALSE",
            "POP_JUMP_IF_TRUE",
            "JUMP_IF_FALSE_OR_POP",
            "JUMP_IF_TRUE_OR_POP",
        ]
        .iter()
        .enumerate()
        {
            prog.push_str(&format!(
                "PUSH_INT 77\nLOAD_GLOBAL {}\n{op} l{i}_{k}\nPUSH_INT 1\nl{i}_{k}: NOP\n",
                at(i)
            ));
        }
    }
    prog.push_str("JUMP end\nPUSH_INT 5\nend: HALT\n");
    check("jumps", &prog, &padded(&vals), Outcome::Halted);
    // A counting loop.
    check(
        "loop",
        "PUSH_INT 0\nloop: PUSH_INT 1\nBINARY add\nCOPY 1\nPUSH_INT 20\nCOMPARE lt\n\
         POP_JUMP_IF_TRUE loop\nHALT\n",
        &[],
        Outcome::Halted,
    );
}

/// Build a program whose data words 0.. hold function objects for the
/// functions given as (arity, body), placed after the main code.
fn with_functions(main: &str, funcs: &[(u32, &str)], extra_data: &[u32]) -> Image {
    let mut addr = assemble(main).unwrap().len() as u32;
    let mut data = Vec::new();
    let mut text = main.to_string();
    for (arity, body) in funcs {
        data.push(v::function(addr, *arity));
        addr += assemble(body).unwrap().len() as u32;
        text.push_str(body);
    }
    data.extend_from_slice(extra_data);
    image(&text, &data)
}

#[test]
fn calls() {
    let funcs: &[(u32, &str)] = &[
        (0, "PUSH_INT 42\nRETURN\n"),
        (1, "LOAD_FAST 0\nPUSH_INT 1\nBINARY add\nRETURN\n"),
        (2, "LOAD_FAST 0\nLOAD_FAST 1\nBINARY sub\nRETURN\n"),
        (
            3,
            "PUSH_NULL\nLOAD_FAST 0\nLOAD_FAST 1\nBINARY mul\nLOAD_FAST 2\nBINARY add\nSTORE_FAST 3\n\
             LOAD_FAST 3\nRETURN\n",
        ),
        // f4(n): recursive sum n + f4(n - 1), f4(0) = 0
        (
            1,
            "LOAD_FAST 0\nPOP_JUMP_IF_TRUE rec\nPUSH_INT 0\nRETURN\nrec: LOAD_GLOBAL 4\nLOAD_FAST 0\n\
             PUSH_INT 1\nBINARY sub\nCALL 1\nLOAD_FAST 0\nBINARY add\nRETURN\n",
        ),
    ];
    let main =
        "LOAD_GLOBAL 0\nCALL 0\nLOAD_GLOBAL 1\nPUSH_INT 5\nCALL 1\nLOAD_GLOBAL 2\nPUSH_INT 5\n\
                PUSH_INT 9\nCALL 2\nLOAD_GLOBAL 3\nPUSH_INT 3\nPUSH_INT -4\nPUSH_INT 5\nCALL 3\n\
                LOAD_GLOBAL 4\nPUSH_INT 30\nCALL 1\nHALT\n";
    check_env(
        "calls",
        &with_functions(main, funcs, &[]),
        &|_| {},
        Outcome::Halted,
    );
    // Faults.
    let cases: &[(&str, Fault)] = &[
        ("LOAD_GLOBAL 1\nCALL 0\nHALT\n", Fault::Arity),
        (
            "LOAD_GLOBAL 1\nPUSH_INT 1\nPUSH_INT 2\nCALL 2\nHALT\n",
            Fault::Arity,
        ),
        ("LOAD_GLOBAL 0\nPUSH_INT 1\nCALL 1\nHALT\n", Fault::Arity),
        ("PUSH_INT 3\nCALL 0\nHALT\n", Fault::NotCallable),
        ("PUSH_NULL\nPUSH_INT 1\nCALL 1\nHALT\n", Fault::NotCallable),
        (
            "PUSH_IMM 0\nPUSH_INT 1\nPUSH_INT 1\nCALL 2\nHALT\n",
            Fault::NotCallable,
        ),
        ("RETURN\n", Fault::IllegalInstruction),
    ];
    for (main, f) in cases {
        check_env(main, &with_functions(main, funcs, &[]), &|_| {}, fault(*f));
    }
    // Unbounded recursion fills the return stack.
    let rec: &[(u32, &str)] = &[(0, "LOAD_GLOBAL 0\nCALL 0\nRETURN\n")];
    check_env(
        "recursion",
        &with_functions("LOAD_GLOBAL 0\nCALL 0\nHALT\n", rec, &[]),
        &|_| {},
        fault(Fault::StackOverflow),
    );
    // With arguments the data stack fills first.
    let rec3: &[(u32, &str)] = &[(
        3,
        "LOAD_GLOBAL 0\nLOAD_FAST 0\nLOAD_FAST 1\nLOAD_FAST 2\nCALL 3\nRETURN\n",
    )];
    check_env(
        "recursion with args",
        &with_functions(
            "LOAD_GLOBAL 0\nPUSH_INT 1\nPUSH_INT 2\nPUSH_INT 3\nCALL 3\nHALT\n",
            rec3,
            &[],
        ),
        &|_| {},
        fault(Fault::StackOverflow),
    );
}

#[test]
fn faults_and_illegal() {
    for &f in Fault::ALL {
        check(
            f.name(),
            &format!("PUSH_INT 1\nFAULT {}\nHALT\n", f.name()),
            &[],
            fault(f),
        );
    }
    for word in [
        0x0300_0000u32,
        0xff00_0000,
        0x0a00_0001,
        0x0000_0100,
        0x1800_000b,
        0x1900_0008,
        0x1a00_0005,
        0x0200_0000,
        0x0200_0019, // FAULT beyond the last fault code
        0x0c00_0100,
        0x2800_0100,
        0x3100_0001,
        0x3600_001b, // PIN_HIGH of pin 27
        0x3700_0100,
        0x3b00_001f,
        0x250d_8000, // JUMP_IF_PIN on pin 27
        0x2520_0000, // JUMP_IF_PIN with a bit above the level
    ] {
        check(
            &format!("{word:08x}"),
            &format!("PUSH_INT 1\n.word 0x{word:x}\nHALT\n"),
            &[],
            fault(Fault::IllegalInstruction),
        );
    }
    // Running off the end of the program executes NOPs (zero words).
    match lockstep(&image("JUMP 1010\n", &[]), &|_| {}, Some(12)) {
        Ok(r) => assert_eq!(r.outcome, Outcome::OutOfCycles),
        Err(m) => panic!("off the end: {m}"),
    }
    check(
        "bools as pin and mode",
        "PUSH_IMM 0x11\nPUSH_IMM 0x11\nPIN_INIT\nHALT\n",
        &[],
        Outcome::Halted,
    );
    // PUSH_INT 1 at 0, NOPs through the CPU's whole code memory, and a
    // jump back from its last word.
    let mut code = vec![0u32; pysm_cpu::CODE_WORDS];
    code[0] = 0x0800_0001;
    code[pysm_cpu::CODE_WORDS - 1] = 0x2000_0000;
    let img = Image {
        entry: 0,
        code,
        ..Default::default()
    };
    match lockstep(&img, &|_| {}, Some(5_000)) {
        Ok(r) => assert_eq!(r.outcome, Outcome::OutOfCycles),
        Err(m) => panic!("wrap: {m}"),
    }
}

#[test]
fn gpio() {
    let p1a1 = 3;
    let p1a2 = 4;
    let led1 = 23;
    let btn_n = 2;
    let prog = format!(
        "PUSH_INT {p1a1}\nPUSH_INT 1\nPIN_INIT\nSTORE_GLOBAL 0\n\
         PUSH_INT {p1a2}\nPUSH_INT 0\nPIN_INIT\nSTORE_GLOBAL 1\n\
         PUSH_INT {led1}\nPUSH_IMM 0x11\nPIN_INIT\nSTORE_GLOBAL 2\n\
         PUSH_INT {btn_n}\nPUSH_IMM 1\nPIN_INIT\nPIN_READ\n\
         LOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 0\nPIN_ON\n\
         LOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\n\
         LOAD_GLOBAL 0\nPIN_OFF\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\n\
         LOAD_GLOBAL 0\nPIN_TOGGLE\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 0\nPIN_TOGGLE\n\
         LOAD_GLOBAL 0\nPUSH_INT 5\nPIN_WRITE\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\n\
         LOAD_GLOBAL 0\nPUSH_IMM 0\nPIN_WRITE\nLOAD_GLOBAL 1\nPIN_READ\nLOAD_GLOBAL 1\nPIN_READ\n\
         LOAD_GLOBAL 2\nPIN_TOGGLE\nLOAD_GLOBAL 2\nPIN_READ\nLOAD_GLOBAL 2\nPUSH_IMM 0x11\nPIN_WRITE\n\
         PUSH_INT {p1a1}\nPUSH_INT 0\nPIN_INIT\nPOP\nLOAD_GLOBAL 1\nPIN_READ\nHALT\n"
    );
    let data = [0u32; 3];
    check_env(
        "gpio loopback",
        &image(&prog, &data),
        &|e| e.add_loopback("P1A1=P1A2").unwrap(),
        Outcome::Halted,
    );
    // The Pin instructions with the pin in the operand: outputs, levels
    // and branches on both levels, taken and not, through the jumper.
    let prog3 = "PUSH_INT 3\nPUSH_INT 1\nPIN_INIT\nPOP\nPUSH_INT 4\nPUSH_INT 0\nPIN_INIT\nPOP\n\
                 PUSH_INT 23\nPUSH_INT 1\nPIN_INIT\nPOP\n\
                 PIN_HIGH P1A1\nPIN_LEVEL P1A2\nw1: JUMP_IF_PIN P1A2=0,w1\nPIN_LEVEL P1A2\n\
                 JUMP_IF_PIN P1A2=1,a\nHALT\na: PIN_LOW P1A1\nPIN_HIGH P1A1\nPIN_LOW P1A1\n\
                 w2: JUMP_IF_PIN P1A2=1,w2\nPIN_LEVEL P1A2\nJUMP_IF_PIN P1A2=1,b\nPIN_HIGH LED1\n\
                 PIN_LOW LED1\nPIN_HIGH 26\nPIN_LEVEL BTN3\nb: HALT\n";
    check_env(
        "pin operands",
        &image(prog3, &[]),
        &|e| e.add_loopback("P1A1=P1A2").unwrap(),
        Outcome::Halted,
    );
    // Input stimulus from a file.
    let stim = "cycle,pin,value\n3,P1A2,1\n9,P1A2,0\n12,P1A2,1\n";
    let prog2 = "PUSH_INT 4\nPUSH_INT 0\nPIN_INIT\nloop: COPY 1\nPIN_READ\nPOP\nTICKS\nPUSH_INT 40\nCOMPARE lt\n\
                 POP_JUMP_IF_TRUE loop\nHALT\n";
    check_env(
        "gpio inputs",
        &image(prog2, &[]),
        &|e| e.load_inputs(stim, "stim").unwrap(),
        Outcome::Halted,
    );
    // Faults.
    let cases: &[(&str, Fault)] = &[
        ("PUSH_INT 27\nPUSH_INT 1\nPIN_INIT\nHALT\n", Fault::BadPin),
        ("PUSH_INT -1\nPUSH_INT 1\nPIN_INIT\nHALT\n", Fault::BadPin),
        ("PUSH_INT 3\nPUSH_INT 2\nPIN_INIT\nHALT\n", Fault::BadPin),
        ("PUSH_INT 3\nPUSH_INT -1\nPIN_INIT\nHALT\n", Fault::BadPin),
        ("PUSH_INT 3\nPUSH_IMM 0\nPIN_INIT\nHALT\n", Fault::BadPin),
        ("PUSH_IMM 0\nPUSH_INT 1\nPIN_INIT\nHALT\n", Fault::BadPin),
        ("PUSH_INT 3\nPIN_READ\nHALT\n", Fault::NotAPin),
        ("PUSH_INT 3\nPIN_ON\nHALT\n", Fault::NotAPin),
        ("PUSH_IMM 0\nPIN_OFF\nHALT\n", Fault::NotAPin),
        ("PUSH_IMM 0x11\nPIN_TOGGLE\nHALT\n", Fault::NotAPin),
        ("PUSH_INT 3\nPUSH_INT 1\nPIN_WRITE\nHALT\n", Fault::NotAPin),
        (
            "PUSH_INT 3\nPUSH_INT 1\nPIN_INIT\nPUSH_INT 1\nSWAP 2\nPIN_WRITE\nHALT\n",
            Fault::NotAPin,
        ),
    ];
    for (p, f) in cases {
        check(p, p, &[], fault(*f));
    }
}

#[test]
fn ticks_and_io() {
    check(
        "ticks",
        "TICKS\nTICKS\nIO_READ 2\nIO_READ 5\nPUSH_INT 3\nPUSH_INT 4\nBINARY mul\nTICKS\nIO_READ 2\n\
         PUSH_INT 1\nPUSH_INT 0\nPIN_INIT\nTICKS\nHALT\n",
        &[],
        Outcome::Halted,
    );
    check(
        "console",
        "PUSH_INT 72\nIO_WRITE 0\nPUSH_INT 105\nIO_WRITE 0\nPUSH_INT 10\nIO_WRITE 0\nPUSH_INT 65\n\
         IO_WRITE 1\nPUSH_INT 321\nIO_WRITE 0\nPUSH_INT -1\nIO_WRITE 0\nPUSH_IMM 0x11\nIO_WRITE 0\nHALT\n",
        &[],
        Outcome::Halted,
    );
}

#[test]
fn max_cycles() {
    let img = image(
        "loop: PUSH_INT 3\nPUSH_INT 5\nBINARY floordiv\nPOP\nJUMP loop\n",
        &[],
    );
    for max in [0, 1, 2, 3, 37, 38, 39, 40, 1000, 1001] {
        match lockstep(&img, &|_| {}, Some(max)) {
            Ok(r) => assert_eq!(r.outcome, Outcome::OutOfCycles),
            Err(m) => panic!("max {max}: {m}"),
        }
    }
}

fn heap_image(asm: &str, data: &[u32], heap: &[u32]) -> Image {
    Image {
        heap: heap.to_vec(),
        ..image(asm, data)
    }
}

/// Data words below the stack: the vectors (NULL) and globals.
const GLOBALS: [u32; 64] = [0; 64];

fn check_heap(name: &str, asm: &str, heap: &[u32], expect: Outcome) {
    check_env(name, &heap_image(asm, &GLOBALS, heap), &|_| {}, expect);
}

/// A static object at heap word 1: a header (type 5, 3 payload words) and
/// its payload.
const STATIC_HEAP: [u32; 5] = [0, 0x0000_0607, 0x0000_0015, 0x0000_0046, 0x0000_0100];

/// Set the allocation pointer and limit (ports 4 and 5).
const HEAP_SETUP: &str = "PUSH_INT 100\nIO_WRITE 4\nPUSH_INT 200\nIO_WRITE 5\n";

#[test]
fn heap_instructions() {
    let prog = format!(
        "{HEAP_SETUP}\
         IO_READ 4\nIO_READ 5\nIO_READ 6\nPOP\nPOP\nPOP\n\
         PUSH_INT 775\nALLOC\nSTORE_GLOBAL 40\n\
         LOAD_GLOBAL 40\nPUSH_INT 42\nSTORE_FIELD 1\n\
         LOAD_GLOBAL 40\nPUSH_IMM 0x11\nSTORE_FIELD 3\n\
         LOAD_GLOBAL 40\nPUSH_INT 2\nPUSH_INT -9\nSTORE_ITEM\n\
         LOAD_GLOBAL 40\nPUSH_IMM 0x11\nLOAD_GLOBAL 40\nSTORE_ITEM\n\
         LOAD_GLOBAL 40\nLOAD_FIELD 0\nLOAD_GLOBAL 40\nLOAD_FIELD 1\nLOAD_GLOBAL 40\nLOAD_FIELD 2\n\
         LOAD_GLOBAL 40\nLOAD_FIELD 3\nLOAD_GLOBAL 40\nPUSH_INT 2\nLOAD_ITEM\n\
         LOAD_GLOBAL 40\nPUSH_IMM 0x11\nLOAD_ITEM\nLOAD_GLOBAL 40\nPUSH_IMM 0x01\nLOAD_ITEM\n\
         LOAD_GLOBAL 40\nLOAD_FIELD -100\nHALT\n"
    );
    // (The last LOAD_FIELD faults: an offset below word 1.)
    check_heap("heap ops", &prog, &STATIC_HEAP, fault(Fault::BadPointer));
    let prog = format!(
        "{HEAP_SETUP}\
         PUSH_INT -5\nALLOC\nPUSH_INT 0\nALLOC\nPUSH_INT 256\nALLOC\nIO_READ 4\nPOP\n\
         ADDR\nPTR\nADDR\nPUSH_INT 1\nPTR\nLOAD_FIELD 1\nPUSH_INT 1\nPTR\nLOAD_FIELD 3\n\
         PUSH_INT 1\nPTR\nPUSH_INT 2\nLOAD_ITEM\nPUSH_IMM 0x11\nPTR\nPUSH_IMM 0x01\nPTR\nADDR\n\
         PUSH_INT 16383\nPTR\nPUSH_INT 0\nPTR\nADDR\n\
         PUSH_INT 45\nPUSH_INT 7\nSTORE_DATA\nPUSH_INT 45\nLOAD_DATA\nPUSH_IMM 0x11\nLOAD_DATA\n\
         PUSH_INT 1023\nPUSH_INT 8\nSTORE_DATA\nPUSH_INT 1023\nLOAD_DATA\n\
         PUSH_INT 7\nIO_READ 6\nPUSH_INT 1\nBINARY sub\nLOAD_DATA\nIO_READ 6\nLOAD_DATA\n\
         IO_READ 6\nPUSH_INT 2\nBINARY sub\nPUSH_INT 5\nSTORE_DATA\n\
         PUSH_INT 1\nPTR\nPUSH_INT 1\nPTR\nPUSH_INT 9\nSTORE_FIELD 2\nLOAD_FIELD 2\nHALT\n"
    );
    check_heap("heap ops 2", &prog, &STATIC_HEAP, Outcome::Halted);
    // The heap ports clamp to 0 ..= 16384; ints, bools, anything else is 0.
    let mut prog = String::new();
    for v in [
        "PUSH_INT -5",
        "PUSH_INT 20000",
        "PUSH_INT 16384",
        "PUSH_INT 16383",
        "PUSH_IMM 0x11",
        "PUSH_IMM 0x01",
        "PUSH_IMM 0",
        "PUSH_NULL",
        "PUSH_INT -8388608",
        "PUSH_INT 8388607",
    ] {
        for port in [4, 5] {
            prog.push_str(&format!("{v}\nIO_WRITE {port}\nIO_READ {port}\nPOP\n"));
        }
    }
    prog.push_str("IO_WRITE 7\nIO_READ 7\nHALT\n");
    check_heap(
        "heap ports",
        &format!("PUSH_INT 1\n{prog}"),
        &[],
        Outcome::Halted,
    );
    // The heap fills up at its limit, and with a pointer of 0.
    check_heap(
        "alloc to the limit",
        "PUSH_INT 100\nIO_WRITE 4\nPUSH_INT 110\nIO_WRITE 5\nPUSH_INT 2305\nALLOC\nPUSH_INT 1\nALLOC\n\
         PUSH_INT 0\nALLOC\nHALT\n",
        &[],
        fault(Fault::OutOfMemory),
    );
    check_heap(
        "alloc exactly to the limit",
        "PUSH_INT 100\nIO_WRITE 4\nPUSH_INT 110\nIO_WRITE 5\nPUSH_INT 2305\nALLOC\nIO_READ 4\nHALT\n",
        &[],
        Outcome::Halted,
    );
    check_heap(
        "alloc with no heap",
        "PUSH_INT 5\nALLOC\nHALT\n",
        &[],
        fault(Fault::OutOfMemory),
    );
    check_heap(
        "alloc of a huge object",
        "PUSH_INT 1\nIO_WRITE 4\nPUSH_INT 16384\nIO_WRITE 5\nPUSH_INT 8388607\nALLOC\nHALT\n",
        &[],
        fault(Fault::OutOfMemory),
    );
    // Every BadPointer.
    let bad: &[&str] = &[
        "PUSH_IMM 0\nALLOC",
        "PUSH_INT 4\nPTR\nPOP\nPUSH_NULL\nALLOC",
        "PUSH_INT 3\nLOAD_FIELD 0",
        "PUSH_NULL\nLOAD_FIELD 1",
        "PUSH_IMM 0\nLOAD_FIELD 0",
        "PUSH_INT 1\nPTR\nLOAD_FIELD -1",
        "PUSH_INT 16383\nPTR\nLOAD_FIELD 1",
        "PUSH_INT 1\nPTR\nLOAD_FIELD 8388607",
        ".word 0x08000002\n.word 0x41000000",
        "PUSH_INT 1\nPTR\nPUSH_INT 1\nPUSH_INT 2\nSTORE_FIELD 16383",
        "PUSH_INT 1\nPUSH_INT 2\nSTORE_FIELD 1",
        "PUSH_NULL\nPUSH_INT 2\nSTORE_FIELD 1",
        "PUSH_INT 1\nPTR\nPUSH_IMM 0\nLOAD_ITEM",
        "PUSH_INT 1\nPTR\nPUSH_INT -2\nLOAD_ITEM",
        "PUSH_INT 1\nPTR\nPUSH_INT 16383\nLOAD_ITEM",
        "PUSH_INT 5\nPUSH_INT 1\nLOAD_ITEM",
        "PUSH_INT 1\nPTR\nPUSH_IMM 0\nPUSH_INT 1\nSTORE_ITEM",
        "PUSH_INT 1\nPTR\nPUSH_INT -1\nPUSH_INT 1\nSTORE_ITEM",
        "PUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nSTORE_ITEM",
        "PUSH_INT 1\nPTR\nPUSH_INT 1\nPTR\nPUSH_INT 1\nSTORE_ITEM",
        "PUSH_INT 3\nADDR",
        "PUSH_IMM 0\nADDR",
        "PUSH_INT -1\nPTR",
        "PUSH_INT 16384\nPTR",
        "PUSH_IMM 0\nPTR",
        "PUSH_INT 1\nPTR\nPTR",
        "PUSH_INT 1024\nLOAD_DATA",
        "PUSH_INT -1\nLOAD_DATA",
        "PUSH_IMM 0\nLOAD_DATA",
        "PUSH_INT 1024\nPUSH_INT 1\nSTORE_DATA",
        "PUSH_INT -1\nPUSH_INT 1\nSTORE_DATA",
        "PUSH_NULL\nPUSH_INT 1\nSTORE_DATA",
    ];
    for b in bad {
        check_heap(
            b,
            &format!("PUSH_INT 11\nPUSH_INT 12\n{b}\nHALT\n"),
            &STATIC_HEAP,
            fault(Fault::BadPointer),
        );
    }
    // Operands beyond the table's are illegal.
    for word in [0x4000_0001u32, 0x4300_0001, 0x4800_0001, 0x4900_0000] {
        check(
            &format!("{word:08x}"),
            &format!("PUSH_INT 1\n.word 0x{word:x}\nHALT\n"),
            &[],
            fault(Fault::IllegalInstruction),
        );
    }
}

/// A program with trap handlers: `vectors` are (vector address, arity,
/// body); the handlers follow the main code; `data` fills the data words
/// from address 32 on.
fn trap_image(main: &str, vectors: &[(u32, u32, &str)], data: &[u32], heap: &[u32]) -> Image {
    let mut addr = assemble(main).unwrap().len() as u32;
    let mut d = vec![v::NULL; at(0) as usize];
    let mut text = main.to_string();
    for (vaddr, arity, body) in vectors {
        d[*vaddr as usize] = v::function(addr, *arity);
        addr += assemble(body).unwrap().len() as u32;
        text.push_str(body);
    }
    d.extend_from_slice(data);
    heap_image(&text, &d, heap)
}

/// Data words 32 and 33 of [`check_traps`]' programs: the largest and the
/// smallest small int.
fn big() -> Vec<u32> {
    vec![v::int(v::INT_MAX), v::int(v::INT_MIN)]
}

fn check_traps(name: &str, main: &str, vectors: &[(u32, u32, &str)], expect: Outcome) {
    check_env(
        name,
        &trap_image(main, vectors, &big(), &STATIC_HEAP),
        &|_| {},
        expect,
    );
}

/// Handler bodies: the sum of the arguments' kinds and a constant, so
/// that both arguments and the result place show in the trace.
const H2: &str = "LOAD_FAST 0\nUNARY kind\nLOAD_FAST 1\nUNARY kind\nBINARY add\nPUSH_INT 100\nBINARY add\nRETURN\n";
const H1: &str = "LOAD_FAST 0\nUNARY kind\nPUSH_INT 200\nBINARY add\nRETURN\n";

#[test]
fn trap_vectors() {
    let ptr = "PUSH_INT 1\nPTR\n";
    // Every vector of BINARY, COMPARE, UNARY taken.
    for op in BinOp::ALL {
        let n = pysm_isa::mem::Vector::Binary(*op as u32).addr();
        for (a, b) in [("PUSH_IMM 0", "PUSH_INT 1"), ("PUSH_INT 1", ptr.trim_end())] {
            check_traps(
                &format!("binary {}", op.name()),
                &format!(
                    "PUSH_INT 7\n{a}\n{b}\nBINARY {}\nPUSH_INT 1\nBINARY add\nHALT\n",
                    op.name()
                ),
                &[(n, 2, H2)],
                Outcome::Halted,
            );
        }
    }
    // Faults of the ALU and of the multiplier/divider, trapped.
    for (a, b, op) in [
        ("LOAD_GLOBAL 32", "PUSH_INT 1", "add"),
        ("LOAD_GLOBAL 33", "PUSH_INT 1", "sub"),
        ("PUSH_INT 5", "PUSH_INT 0", "floordiv"),
        ("PUSH_INT 5", "PUSH_INT 0", "mod"),
        ("PUSH_INT 5", "PUSH_INT -1", "lshift"),
        ("PUSH_INT 5", "PUSH_INT 40", "lshift"),
        ("PUSH_INT 65536", "PUSH_INT 65536", "mul"),
        ("LOAD_GLOBAL 33", "PUSH_INT -1", "floordiv"),
        ("PUSH_INT 3", "PUSH_INT 4", "mul"),
    ] {
        let n = *BinOp::ALL.iter().find(|o| o.name() == op).unwrap();
        let main = format!("{a}\n{b}\nBINARY {op}\nHALT\n");
        check_traps(&main, &main, &[(n as u32, 2, H2)], Outcome::Halted);
        let word = |s: &str| match s.split_once(' ') {
            Some(("LOAD_GLOBAL", g)) => big()[g.parse::<usize>().unwrap() - 32],
            Some((_, i)) => v::int(i.parse().unwrap()),
            None => unreachable!(),
        };
        let expect = binary(n, word(a), word(b)).map_or_else(fault, |_| Outcome::Halted);
        check_traps(&format!("{main} NULL"), &main, &[], expect);
    }
    for op in CmpOp::ALL {
        let n = *op as u32;
        for (a, b) in [
            ("PUSH_IMM 0", "PUSH_INT 1"),
            ("PUSH_INT 1", ptr.trim_end()),
            (ptr.trim_end(), ptr.trim_end()),
            ("PUSH_INT 3", "PUSH_INT 1"),
        ] {
            let main = format!("PUSH_INT 7\n{a}\n{b}\nCOMPARE {}\nHALT\n", op.name());
            check_traps(
                &format!("compare {}", op.name()),
                &main,
                &[(10 + n, 2, H2)],
                Outcome::Halted,
            );
            // NULL vector: equality and identity on pointers work, orderings fault.
            let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot);
            let expect = if ordering && !a.starts_with("PUSH_INT 3") {
                fault(Fault::CompareType)
            } else {
                Outcome::Halted
            };
            check_traps(&format!("compare {} NULL", op.name()), &main, &[], expect);
        }
    }
    for op in [UnOp::Neg, UnOp::Pos, UnOp::Invert, UnOp::Not, UnOp::Kind] {
        let n = (op as u32).min(3);
        for a in [
            "PUSH_IMM 0",
            ptr.trim_end(),
            "PUSH_INT 5",
            "LOAD_GLOBAL 33",
            "PUSH_NULL",
        ] {
            let main = format!("PUSH_INT 7\n{a}\nUNARY {}\nHALT\n", op.name());
            // (The handler reads its argument: NULL is an unbound local.)
            let taken = if a == "PUSH_NULL" && op != UnOp::Kind {
                fault(Fault::LocalUnbound)
            } else {
                Outcome::Halted
            };
            check_traps(
                &format!("unary {} {a}", op.name()),
                &main,
                &[(16 + n, 1, H1)],
                taken,
            );
            let w = match a {
                "PUSH_IMM 0" => v::NONE,
                "PUSH_INT 5" => v::int(5),
                "LOAD_GLOBAL 33" => v::int(v::INT_MIN),
                "PUSH_NULL" => v::NULL,
                _ => 4,
            };
            // A pointer (or NULL): `not` asks the NULL vector, the others fault.
            let expect = unary(op, w).map_or_else(fault, |_| Outcome::Halted);
            check_traps(&format!("unary {} {a} NULL", op.name()), &main, &[], expect);
        }
    }
    // Truth: the handler's bool decides the branch, which runs again.
    for (handler, op) in [
        ("PUSH_IMM 0x11\nRETURN\n", "POP_JUMP_IF_FALSE"),
        ("PUSH_IMM 0x01\nRETURN\n", "POP_JUMP_IF_FALSE"),
        ("PUSH_IMM 0x11\nRETURN\n", "POP_JUMP_IF_TRUE"),
        ("PUSH_IMM 0x01\nRETURN\n", "POP_JUMP_IF_TRUE"),
    ] {
        for p in [ptr.trim_end(), "PUSH_NULL"] {
            let main = format!("PUSH_INT 7\n{p}\n{op} out\nPUSH_INT 1\nout: PUSH_INT 2\nHALT\n");
            check_traps(
                &format!("{op} {handler}"),
                &main,
                &[(20, 1, handler)],
                Outcome::Halted,
            );
            check_traps(&format!("{op} NULL vector"), &main, &[], Outcome::Halted);
        }
    }
    // ALLOC: the handler makes room and allocates.
    let alloc_handler =
        "PUSH_INT 300\nIO_WRITE 4\nPUSH_INT 400\nIO_WRITE 5\nLOAD_FAST 0\nALLOC\nRETURN\n";
    check_traps(
        "alloc trap",
        "PUSH_INT 7\nPUSH_INT 517\nALLOC\nPUSH_INT 1\nSTORE_FIELD 1\nIO_READ 4\nHALT\n",
        &[(21, 1, alloc_handler)],
        Outcome::Halted,
    );
    // CALL of a non-function: the vector CALL n gets the callee and the arguments.
    for n in 0..=7u32 {
        let args: String = (0..n).map(|i| format!("PUSH_INT {i}\n")).collect();
        let body =
            format!("LOAD_FAST 0\nUNARY kind\nLOAD_FAST {n}\nUNARY kind\nBINARY add\nRETURN\n");
        let main = format!("PUSH_INT 7\n{ptr}{args}CALL {n}\nHALT\n");
        check_traps(
            &format!("call {n}"),
            &main,
            &[(22 + n, n + 1, &body)],
            Outcome::Halted,
        );
        check_traps(
            &format!("call {n} NULL"),
            &main,
            &[],
            fault(Fault::NotCallable),
        );
    }
    // CALL 8 of a non-function has no vector.
    let args: String = (0..8).map(|i| format!("PUSH_INT {i}\n")).collect();
    check_traps(
        "call 8",
        &format!("PUSH_INT 7\n{ptr}{args}CALL 8\nHALT\n"),
        &[(29, 8, "RETURN\n")],
        fault(Fault::NotCallable),
    );
    // Traps nest: a handler that traps again until the return stack is full.
    check_traps(
        "trap recursion",
        "PUSH_IMM 0\nPUSH_INT 1\nBINARY add\nHALT\n",
        &[(0, 2, "LOAD_FAST 0\nLOAD_FAST 1\nBINARY add\nRETURN\n")],
        fault(Fault::StackOverflow),
    );
}

#[test]
fn bad_vectors() {
    // Vectors that are not functions of the handler's arity.
    for (vaddr, main) in [
        (0u32, "PUSH_IMM 0\nPUSH_INT 1\nBINARY add\n"),
        (12, "PUSH_INT 1\nPUSH_INT 1\nPTR\nCOMPARE eq\n"),
        (16, "PUSH_IMM 0\nUNARY neg\n"),
        (20, "PUSH_INT 1\nPTR\nPOP_JUMP_IF_TRUE 0\n"),
        (21, "PUSH_INT 5\nALLOC\n"),
        (23, "PUSH_INT 1\nPUSH_INT 1\nCALL 1\n"),
    ] {
        for word in [
            v::int(5),
            v::NONE,
            4,
            v::function(40, 3),
            v::function(40, 0),
            v::imm(v::ImmKind::Pin, 3),
        ] {
            let mut img = trap_image(&format!("PUSH_INT 7\n{main}HALT\n"), &[], &[], &STATIC_HEAP);
            img.data[vaddr as usize] = word;
            check_env(
                &format!("vector {vaddr} = {word:08x}"),
                &img,
                &|_| {},
                fault(Fault::BadVector),
            );
        }
    }
}

/// The address of `label` in assembler text (one instruction per line that
/// is not only a label).
fn label_addr(text: &str, label: &str) -> u32 {
    let mut n = 0;
    for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (lab, rest) = l
            .split_once(':')
            .map_or(("", l), |(a, b)| (a.trim(), b.trim()));
        if lab == label {
            return n;
        }
        if !rest.is_empty() {
            n += 1;
        }
    }
    panic!("no label {label}")
}

/// Functions for [`check_exc`]'s programs: `{Fname}` in the main code is
/// the function object of label `name` (arity from `(name, arity)`).
const FUNCS: &str = "\
unbound: PUSH_NULL
STORE_FAST 0
LOAD_FAST 0
RETURN
deep: PUSH_IMM {Fdeep}
CALL 0
RETURN
depth: PUSH_INT 0
LOAD_RSTACK
LOAD_FAST 0
LOAD_RSTACK
BINARY add
RETURN
raiser: LOAD_FAST 0
RAISE
";
const FUNC_ARITY: &[(&str, u32)] = &[("unbound", 1), ("deep", 0), ("depth", 1), ("raiser", 1)];

/// `main` (with `{F...}` function objects), the functions, and the trap
/// handlers `vectors`.
fn exc_image(main: &str, vectors: &[(u32, u32, &str)]) -> Image {
    let text = |m: &str, f: &str| format!("{m}{f}");
    let plain = FUNC_ARITY.iter().fold(text(main, FUNCS), |t, (n, _)| {
        t.replace(&format!("{{F{n}}}"), "0")
    });
    let mut full = text(main, FUNCS);
    for (n, arity) in FUNC_ARITY {
        let f = v::function(label_addr(&plain, n), *arity) >> 2;
        full = full.replace(&format!("{{F{n}}}"), &format!("{f}"));
    }
    trap_image(&full, vectors, &big(), &STATIC_HEAP)
}

/// The fault vector's handler: raise the fault's argument. The argument is
/// in the top-of-stack register only, so the handler pushes first (as a
/// compiled function does for its locals), which spills it to its local.
const FH: &str = "PUSH_NULL\nLOAD_FAST 0\nRAISE\n";

/// `body` inside a try block whose handler adds 1 to the exception and
/// halts; with the fault vector's handler [`FH`] when `fv`.
fn check_exc(name: &str, body: &str, fv: bool, expect: Outcome) {
    let main = format!(
        "PUSH_INT 7\nSETUP_TRY catch\n{body}POP_TRY\nHALT\ncatch: PUSH_INT 1\nBINARY add\nHALT\n"
    );
    let vectors: &[(u32, u32, &str)] = if fv { &[(30, 1, FH)] } else { &[] };
    check_env(name, &exc_image(&main, vectors), &|_| {}, expect);
}

#[test]
fn exceptions_and_fault_vector() {
    // Handlers: SETUP_TRY, POP_TRY, RAISE within a frame, through frames
    // and through a trap's frame; nested; no handler.
    check_exc("raise", "PUSH_INT 5\nRAISE\n", false, Outcome::Halted);
    check_exc("no raise", "PUSH_INT 5\nPOP\n", false, Outcome::Halted);
    check_exc(
        "nested",
        "SETUP_TRY inner\nPUSH_INT 5\nPOP_TRY\nRAISE\ninner: HALT\n",
        false,
        Outcome::Halted,
    );
    check_exc(
        "nested inner",
        "PUSH_INT 2\nSETUP_TRY inner\nPUSH_INT 5\nRAISE\ninner: BINARY add\nRAISE\n",
        false,
        Outcome::Halted,
    );
    check_exc(
        "through frames",
        "PUSH_IMM {Fraiser}\nPUSH_INT 9\nCALL 1\n",
        false,
        Outcome::Halted,
    );
    check_exc(
        "deep unwind",
        "PUSH_INT 1\nIO_WRITE 16\nPUSH_IMM {Fdeep}\nCALL 0\n",
        true,
        Outcome::Halted,
    );
    check_env(
        "through a trap",
        &exc_image(
            "SETUP_TRY c\nPUSH_INT 1\nPTR\nPUSH_INT 1\nBINARY add\nHALT\nc: HALT\n",
            &[(0, 2, FH)],
        ),
        &|_| {},
        Outcome::Halted,
    );
    check_env(
        "unhandled",
        &exc_image("PUSH_INT 3\nRAISE\n", &[]),
        &|_| {},
        fault(Fault::Unhandled),
    );
    check_env(
        "unhandled in a frame",
        &exc_image("PUSH_IMM {Fraiser}\nPUSH_INT 9\nCALL 1\n", &[]),
        &|_| {},
        fault(Fault::Unhandled),
    );
    check_env(
        "pop_try empty",
        &exc_image("POP_TRY\n", &[]),
        &|_| {},
        fault(Fault::IllegalInstruction),
    );
    // LOAD_RSTACK: entries in range; out of range or not an int.
    check_exc(
        "load_rstack",
        "PUSH_IMM {Fdepth}\nPUSH_INT 1\nCALL 1\nPOP\n",
        false,
        Outcome::Halted,
    );
    for (i, what) in [
        ("PUSH_INT 2", "index = rsp"),
        ("PUSH_INT -1", "negative"),
        ("PUSH_IMM 0", "None"),
    ] {
        check_env(
            &format!("load_rstack {what}"),
            &exc_image(&format!("PUSH_IMM {{Fdepth}}\n{i}\nCALL 1\nHALT\n"), &[]),
            &|_| {},
            fault(Fault::BadPointer),
        );
    }
    // Ports 7 (return-stack depth) and 16 (the guard).
    check_exc(
        "ports",
        "IO_READ 16\nPUSH_INT 1\nIO_WRITE 16\nIO_READ 16\nIO_READ 7\nBINARY add\nBINARY add\nPUSH_INT 0\nIO_WRITE 16\nIO_READ 16\nBINARY add\nRAISE\n",
        false,
        Outcome::Halted,
    );
    // Faults that the fault vector's handler turns into exceptions, found
    // in E0, in E1, and by a trap whose vector is NULL; and, without a
    // handler, the same faults stop the processor.
    for (body, f) in [
        ("LOAD_GLOBAL 40\n", Fault::NameUnbound),
        ("PUSH_IMM {Funbound}\nPUSH_INT 1\nCALL 1\n", Fault::LocalUnbound),
        ("PUSH_IMM {Funbound}\nCALL 0\n", Fault::Arity),
        (
            "PUSH_INT 3\nPUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nPUSH_INT 1\nCALL 8\n",
            Fault::NotCallable,
        ),
        ("PUSH_INT 3\nPIN_ON\n", Fault::NotAPin),
        ("PUSH_INT 3\nPIN_TOGGLE\n", Fault::NotAPin),
        ("PUSH_INT 3\nPIN_READ\n", Fault::NotAPin),
        ("PUSH_INT 3\nPUSH_INT 1\nPIN_WRITE\n", Fault::NotAPin),
        ("PUSH_INT 30\nPUSH_INT 1\nPIN_INIT\n", Fault::BadPin),
        ("PUSH_INT 1\nPTR\nPUSH_INT 1\nBINARY add\n", Fault::BinaryType),
        ("LOAD_GLOBAL 32\nPUSH_INT 2\nBINARY mul\n", Fault::Overflow),
        ("PUSH_INT 5\nPUSH_INT 0\nBINARY floordiv\n", Fault::ZeroDivision),
        ("PUSH_INT 1\nPTR\nPUSH_INT 1\nCOMPARE lt\n", Fault::CompareType),
        ("PUSH_IMM 0\nUNARY neg\n", Fault::UnaryType),
        ("PUSH_INT 1\nPUSH_INT 2\nCALL 1\n", Fault::NotCallable),
        ("PUSH_INT 517\nALLOC\n", Fault::OutOfMemory),
        (
            "PUSH_INT 1\nIO_WRITE 16\nPUSH_IMM {Fdeep}\nCALL 0\n",
            Fault::StackOverflow,
        ),
    ] {
        check_exc(&format!("fault vector: {body}"), body, true, Outcome::Halted);
        check_exc(&format!("no fault vector: {body}"), body, false, fault(f));
    }
    // Fatal faults stop the processor even with a handler; so does a
    // fault without room for the handler's frame, or a handler that is not
    // a function of one argument.
    for (body, f) in [
        ("FAULT name_unbound\n", Fault::NameUnbound),
        ("PUSH_INT 3\nLOAD_FIELD 0\n", Fault::BadPointer),
        ("PUSH_IMM {Fdeep}\nCALL 0\n", Fault::StackOverflow),
    ] {
        check_exc(&format!("fatal: {body}"), body, true, fault(f));
    }
    check_env(
        "fault vector of arity 2",
        &exc_image("LOAD_GLOBAL 40\nHALT\n", &[(30, 2, FH)]),
        &|_| {},
        fault(Fault::NameUnbound),
    );
}
