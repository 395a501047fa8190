//! The generated Verilog (under iverilog) against the rust-hdl simulation:
//! the same retirement trace, console bytes and GPIO changes, cycle by cycle.

use pysm_isa::asm::assemble;
use pysm_isa::value as v;
use pysm_isa::Image;
use pysm_testbench::verilog::{iverilog_events, rtl_events, yosys_check};
use std::path::PathBuf;

fn dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target/cosim")
        .join(name)
}

fn compare(name: &str, image: &Image, max_cycles: u64) {
    let rtl = rtl_events(image, max_cycles);
    let ver = iverilog_events(image, max_cycles, &dir(name)).unwrap();
    std::fs::write(dir(name).join("rtl.log"), &rtl).unwrap();
    std::fs::write(dir(name).join("verilog.log"), &ver).unwrap();
    assert!(rtl.lines().count() > 3, "{name}: too short a log:\n{rtl}");
    if rtl != ver {
        let (i, (a, b)) = rtl
            .lines()
            .zip(ver.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap_or((0, ("(length)", "(length)")));
        panic!("{name}: rust-hdl and Verilog differ at line {i}:\n  rtl:     {a}\n  verilog: {b}");
    }
}

fn asm_image(text: &str, data: Vec<u32>) -> Image {
    Image {
        entry: 0,
        code: assemble(text).unwrap(),
        data,
        heap: vec![],
        ..Default::default()
    }
}

#[test]
fn yosys_accepts_the_soc() {
    yosys_check(&asm_image("HALT\n", vec![])).unwrap();
}

#[test]
fn cosim_arith_calls_console() {
    // f(a, b) = a * b // 3 % 7 - (a << 2) ^ (b >> 1); printed as bytes.
    let main = "PUSH_INT 72\nIO_WRITE 0\nPUSH_INT 0\nloop: COPY 1\nLOAD_GLOBAL 0\nSWAP 2\nPUSH_INT -13\nCALL 2\n\
                PUSH_INT 48\nBINARY add\nIO_WRITE 0\nPUSH_INT 1\nBINARY add\nCOPY 1\nPUSH_INT 12\nCOMPARE lt\n\
                POP_JUMP_IF_TRUE loop\nPUSH_INT 10\nIO_WRITE 0\nTICKS\nUNARY neg\nUNARY invert\nHALT\n";
    let f = "LOAD_FAST 0\nLOAD_FAST 1\nBINARY mul\nPUSH_INT 3\nBINARY floordiv\nPUSH_INT 7\nBINARY mod\n\
             LOAD_FAST 0\nPUSH_INT 2\nBINARY lshift\nLOAD_FAST 1\nPUSH_INT 1\nBINARY rshift\nBINARY xor\n\
             BINARY sub\nPUSH_INT 31\nBINARY and\nRETURN\n";
    let addr = assemble(main).unwrap().len() as u32;
    let image = asm_image(&format!("{main}{f}"), vec![v::function(addr, 2)]);
    compare("arith", &image, 20_000);
}

#[test]
fn cosim_fault_with_gpio() {
    let text = "PUSH_INT 23\nPUSH_INT 1\nPIN_INIT\nCOPY 1\nPIN_ON\nCOPY 1\nPIN_READ\nCOPY 2\nPUSH_INT 0\nPIN_WRITE\n\
                PUSH_INT 2\nPUSH_INT 0\nPIN_INIT\nPIN_READ\nCOPY 2\nPIN_TOGGLE\nPUSH_INT 5\nPUSH_INT 0\n\
                BINARY mod\nHALT\n";
    compare("fault", &asm_image(text, vec![]), 5_000);
}

#[test]
fn cosim_gpio_toggle_example() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/gpio_toggle.py");
    let src = std::fs::read_to_string(path).unwrap();
    let image = pysm_compiler::compile(&src, "examples/gpio_toggle.py").expect("compiles");
    compare("gpio_toggle", &image, 3_000);
}

/// Strings: the heap instructions and the traps into the runtime library
/// (concatenation, comparison, truth, the collector's ports), and a fault
/// in a handler.
#[test]
fn cosim_strings_and_traps() {
    for (name, max) in [("str_truth", 10_000), ("str_concat_error", 20_000)] {
        let path = format!("{}/../tests/lang/{name}.py", env!("CARGO_MANIFEST_DIR"));
        let src = std::fs::read_to_string(&path).unwrap();
        let image =
            pysm_compiler::compile(&src, &format!("tests/lang/{name}.py")).expect("compiles");
        compare(name, &image, max);
    }
}
