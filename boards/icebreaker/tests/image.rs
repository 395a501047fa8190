//! The bitstream builder refuses a damaged program image with one clear
//! line and exit code 2, before any tool runs.

use pysm_isa::image::{DebugInfo, Image};
use std::path::PathBuf;
use std::process::Command;

fn image() -> Vec<u8> {
    Image {
        entry: 0,
        code: pysm_isa::asm::assemble("PUSH_INT 1\nPOP\nHALT").unwrap(),
        data: vec![],
        heap: vec![],
        debug: DebugInfo {
            file: "p.py".into(),
            ..DebugInfo::default()
        },
    }
    .to_bytes()
}

#[test]
fn damaged_images_are_refused() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("image");
    std::fs::create_dir_all(&dir).unwrap();
    let good = image();
    let flip = |at: usize| {
        let mut b = good.clone();
        b[at] ^= 0x40;
        b
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("magic", flip(1), "bad magic"),
        ("version", flip(4), "version"),
        ("code", flip(34), "checksum"),
        ("crc", flip(29), "checksum"),
        ("length", flip(12), "truncated"),
        ("truncated", good[..good.len() - 5].to_vec(), "truncated"),
        ("header", good[..12].to_vec(), "truncated"),
        ("empty", vec![], "bad magic"),
        ("trailing", [&good[..], b"xx"].concat(), "past its end"),
    ];
    for (name, bytes, want) in cases {
        let path = dir.join(format!("{name}.pysm"));
        std::fs::write(&path, &bytes).unwrap();
        let out = dir.join(format!("out-{name}"));
        for cmd in ["bitstream", "verilog"] {
            let o = Command::new(env!("CARGO_BIN_EXE_pysm-icebreaker"))
                .arg(cmd)
                .arg(&path)
                .arg("--out")
                .arg(&out)
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{cmd} {name}: {err}");
            assert_eq!(err.lines().count(), 1, "{cmd} {name}: {err}");
            assert!(
                err.starts_with(&format!("pysm-icebreaker: error: {}: ", path.display()))
                    && err.contains(want),
                "{cmd} {name}: {err}"
            );
            assert!(!out.join("top.v").exists() && !out.join("top.bin").exists());
        }
    }
    let missing = dir.join("missing.pysm");
    let o = Command::new(env!("CARGO_BIN_EXE_pysm-icebreaker"))
        .arg("bitstream")
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}
