//! A rust-hdl 0.46 sim-vs-Verilog mismatch found while building the CPU
//! (see docs/rust-hdl-bugs.md): `!` of a narrow value widened by
//! `bit_cast` is computed at the narrow width in the Rust simulation but at
//! the wide width in Verilog. The test asserts that the two disagree; if it
//! ever fails, rust-hdl has been fixed.

use rust_hdl::prelude::*;
use std::process::Command;

#[derive(LogicBlock, Default)]
struct Widen {
    x: Signal<In, Bits<8>>,
    y: Signal<Out, Bits<16>>,
}

impl Logic for Widen {
    #[hdl_gen]
    fn update(&mut self) {
        self.y.next = !bit_cast::<16, 8>(!self.x.val());
    }
}

#[test]
fn not_of_narrow_value_differs_between_sim_and_verilog() {
    let mut uut = Widen::default();
    uut.connect_all();
    uut.x.next = 0xF0.into();
    assert!(simulate(&mut uut, 10));
    let rust = uut.y.val().to_u32();
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/cosim/widen");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("dut.v"), generate_verilog(&uut)).unwrap();
    std::fs::write(
        dir.join("tb.v"),
        "module tb; reg [7:0] x; wire [15:0] y; top dut(.x(x), .y(y));\n\
         initial begin x = 0; #1 x = 8'hf0; #1 $display(\"%h\", y); $finish; end endmodule\n",
    )
    .unwrap();
    let ok = Command::new("iverilog")
        .current_dir(&dir)
        .args(["-g2012", "-o", "w.vvp", "-s", "tb", "tb.v", "dut.v"])
        .status()
        .unwrap();
    assert!(ok.success());
    let out = Command::new("vvp")
        .current_dir(&dir)
        .args(["-n", "w.vvp"])
        .output()
        .unwrap();
    let verilog = u32::from_str_radix(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap()
            .trim(),
        16,
    )
    .unwrap();
    assert_eq!(rust, 0xfff0, "Rust simulation");
    assert_eq!(verilog, 0x00f0, "Verilog (iverilog)");
}
