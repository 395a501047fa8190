//! The 128 KiB SPRAM block: its simulation model keeps words in both banks
//! with byte masks, and yosys maps it onto the four SB_SPRAM256KA.

use pysm_icebreaker::spram::{Spram, SPRAM_WORDS};
use rust_hdl::prelude::*;
use std::process::Command;

fn tick(m: &mut Spram) {
    m.clock.next = true.into();
    assert!(simulate(m, 100));
    m.clock.next = false.into();
    assert!(simulate(m, 100));
}

fn write(m: &mut Spram, a: usize, d: u32, bytes: u64) {
    m.address.next = (a as u64).to_bits();
    m.data_in.next = (d as u64).to_bits();
    m.byte_we.next = bytes.to_bits();
    m.write_enable.next = true;
    tick(m);
    m.write_enable.next = false;
}

fn read(m: &mut Spram, a: usize) -> u32 {
    m.address.next = (a as u64).to_bits();
    tick(m);
    m.data_out.val().to_u32()
}

#[test]
fn keeps_words_in_both_banks_with_byte_masks() {
    let mut m = Spram::default();
    m.connect_all();
    check_all(&m).unwrap();
    let addrs = [0, 1, 0x1234, 0x3FFF, 0x4000, 0x5678, SPRAM_WORDS - 1];
    for (i, &a) in addrs.iter().enumerate() {
        write(&mut m, a, (0x1111_1111 * (i as u32 + 1)) ^ a as u32, 0xF);
    }
    for (i, &a) in addrs.iter().enumerate() {
        assert_eq!(
            read(&mut m, a),
            (0x1111_1111 * (i as u32 + 1)) ^ a as u32,
            "{a:#x}"
        );
    }
    // Bytes 1 and 3 only, in the upper bank.
    write(&mut m, 0x4000, 0xAABB_CCDD, 0b1010);
    let before = (0x1111_1111 * 5) ^ 0x4000;
    assert_eq!(read(&mut m, 0x4000), (before & 0x00FF_00FF) | 0xAA00_CC00);
    // The same low address in the other bank is untouched.
    assert_eq!(read(&mut m, 0), 0x1111_1111);
    // Back-to-back reads across banks.
    m.address.next = 0x3FFFu64.to_bits();
    tick(&mut m);
    m.address.next = 0x4000u64.to_bits();
    let first = m.data_out.val().to_u32();
    tick(&mut m);
    assert_eq!(first, 0x4444_4444 ^ 0x3FFF);
    assert_eq!(
        m.data_out.val().to_u32(),
        (before & 0x00FF_00FF) | 0xAA00_CC00
    );
}

#[test]
fn maps_onto_the_four_sprams() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("spram");
    std::fs::create_dir_all(&dir).unwrap();
    let mut m = Spram::default();
    m.connect_all();
    std::fs::write(dir.join("spram.v"), generate_verilog(&m)).unwrap();
    let out = Command::new(std::env::var("YOSYS").unwrap_or_else(|_| "yosys".into()))
        .current_dir(&dir)
        .args([
            "-p",
            "synth_ice40 -top top; tee -o stat.txt stat",
            "spram.v",
        ])
        .output()
        .expect("yosys runs (run `make tools`)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stat = std::fs::read_to_string(dir.join("stat.txt")).unwrap();
    let count = |cell: &str| -> u32 {
        stat.lines()
            .find_map(|l| l.trim().strip_prefix(cell)?.trim().parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(count("SB_SPRAM256KA"), 4, "{stat}");
    assert!(count("SB_LUT4") < 100, "{stat}");
}
