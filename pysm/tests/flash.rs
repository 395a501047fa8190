//! `pysm flash` against a stand-in board on a pseudo-terminal: the test side
//! receives the image exactly as the boot loader would (header, body,
//! CRC-32), answers with the loader's lines, runs the program on the
//! emulator and sends its output, then a fault line (when told to) and EOT
//! as the board does. The loader itself is tested in
//! `boards/icebreaker/tests/boot.rs` and `boards/icebreaker/src/loader.rs`.

use pysm_emu::{GpioEnv, Outcome};
use pysm_isa::io::{BOOT_ERROR, BOOT_OK, EOT, FAULT_LINE};
use pysm_isa::Image;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::path::PathBuf;
use std::process::{Command, Output};

mod common;
use common::*;

/// A pseudo-terminal: (our end, the path of the board's end, kept open).
fn pty() -> (File, PathBuf, File) {
    let (mut m, mut s) = (0, 0);
    // SAFETY: openpty fills two descriptors we then own; the name buffer
    // is large enough for any pty path.
    unsafe {
        assert_eq!(
            libc::openpty(
                &mut m,
                &mut s,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null()
            ),
            0
        );
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(libc::ttyname_r(s, name.as_mut_ptr(), name.len()), 0);
        let path = std::ffi::CStr::from_ptr(name.as_ptr())
            .to_string_lossy()
            .into_owned();
        (
            File::from_raw_fd(m),
            PathBuf::from(path),
            File::from_raw_fd(s),
        )
    }
}

/// Receive one image as the loader does; None when the header is bad.
fn receive(port: &mut File, garbage: &[u8]) -> Vec<u8> {
    receive_rest(port, Vec::new(), garbage)
}

/// The same, with its first bytes already read.
fn receive_rest(port: &mut File, mut got: Vec<u8>, garbage: &[u8]) -> Vec<u8> {
    let mut b = [0u8; 1];
    loop {
        port.read_exact(&mut b).unwrap();
        got.push(b[0]);
        if got.len() >= 32 {
            let w = |i: usize| u32::from_le_bytes(got[i..i + 4].try_into().unwrap()) as usize;
            if got.len() == 32 + 4 * (w(12) + w(16) + w(20)) + w(24) {
                break;
            }
        }
    }
    // What an earlier program was still printing.
    port.write_all(garbage).unwrap();
    got
}

/// The board: answer, run, report. `refuse` answers with that reason;
/// `fault` (code, pc) is reported after the program's output.
fn board(
    mut port: File,
    refuse: Option<&'static str>,
    fault: Option<(u32, u32)>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        if refuse == Some("version") {
            // The loader refuses a header of another format at once.
            let mut header = [0u8; 32];
            port.read_exact(&mut header).unwrap();
            port.write_all(format!("{BOOT_ERROR}version\n").as_bytes())
                .unwrap();
            // The board ignores the rest; the pty must take it, or the
            // host's write would wait for room.
            std::thread::spawn(move || {
                let mut sink = [0u8; 4096];
                while port.read(&mut sink).is_ok_and(|n| n > 0) {}
            });
            return;
        }
        let bytes = receive(&mut port, b"old output\n");
        if let Some(why) = refuse {
            port.write_all(format!("{BOOT_ERROR}{why}\n").as_bytes())
                .unwrap();
            return;
        }
        let image = Image::from_bytes(&bytes).expect("the image arrives intact");
        assert!(
            image.debug.functions.is_empty(),
            "sent without its debug section"
        );
        port.write_all(BOOT_OK.as_bytes()).unwrap();
        let mut out = Vec::new();
        let (m, o) = pysm_emu::run(
            &image,
            &mut GpioEnv::new(),
            &mut out,
            Some(10_000_000),
            &mut |_| {},
        );
        let f = match o {
            Outcome::Faulted(f) => Some((f as u32, m.pc)),
            _ => fault,
        };
        if let Some((f, pc)) = f {
            out.extend_from_slice(format!("\n{FAULT_LINE}{f:02x} at pc 0x{pc:04x}\n").as_bytes());
        }
        out.push(EOT);
        port.write_all(&out).unwrap();
        port.flush().unwrap();
        // Keep the line up until pysm has read everything.
        std::thread::sleep(std::time::Duration::from_millis(500));
    })
}

fn be(port: &mut File) -> u32 {
    let mut w = [0u8; 4];
    port.read_exact(&mut w).unwrap();
    u32::from_be_bytes(w)
}

/// The flash top (`boards/icebreaker/src/flash_boot.rs`): after `PYSM`, a
/// stream (refused with a fault line 0xf0 when it is something else, such
/// as an image: its bytes are then ignored), answered `pysm-boot: ok`;
/// then the program's output and EOT. Returns what it received.
fn flash_top(mut port: File) -> std::thread::JoinHandle<Vec<&'static str>> {
    std::thread::spawn(move || {
        let mut got = Vec::new();
        loop {
            let mut magic = [0u8; 8];
            port.read_exact(&mut magic).unwrap();
            assert_eq!(&magic[..4], b"PYSM");
            if u32::from_be_bytes(magic[4..].try_into().unwrap())
                != pysm_icebreaker::flash_boot::STREAM_MAGIC
            {
                got.push("not a stream");
                receive_rest(&mut port, magic.to_vec(), b"");
                port.write_all(format!("\n{FAULT_LINE}f0 at pc 0x0000\n\x04").as_bytes())
                    .unwrap();
                continue;
            }
            let mut words = Vec::new();
            let mut sections: Vec<Vec<u32>> = Vec::new();
            for _ in 0..3 {
                let n = be(&mut port);
                words.push(n);
                let s: Vec<u32> = (0..n).map(|_| be(&mut port)).collect();
                words.extend(&s);
                sections.push(s);
            }
            let body: Vec<u8> = words.iter().flat_map(|w| w.to_be_bytes()).collect();
            assert_eq!(
                be(&mut port),
                pysm_icebreaker::flash_boot::crc32_mpeg2(&body)
            );
            got.push("stream");
            let image = Image {
                entry: 0,
                code: sections[0].clone(),
                data: sections[1].clone(),
                heap: sections[2].clone(),
                debug: Default::default(),
            };
            let mut out = BOOT_OK.as_bytes().to_vec();
            pysm_emu::run(
                &image,
                &mut GpioEnv::new(),
                &mut out,
                Some(10_000_000),
                &mut |_| {},
            );
            out.push(EOT);
            port.write_all(&out).unwrap();
            port.flush().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(500));
            return got;
        }
    })
}

/// `pysm flash` of `src` to the flash top's stand-in.
fn flash_to_flash_top(file: &str, src: &str) -> (Output, Vec<&'static str>) {
    let p = tmp_dir("flash").join(file);
    std::fs::write(&p, src).unwrap();
    let (master, path, _slave) = pty();
    let t = flash_top(master);
    let o = Command::new(env!("CARGO_BIN_EXE_pysm"))
        .args(["flash", "--port", path.to_str().unwrap()])
        .arg(&p)
        .output()
        .unwrap();
    (o, t.join().unwrap())
}

/// A program too large for the base's loader (it prints a string).
const BIG: &str = "for i in range(3):\n    print('line', i)\n";

#[test]
fn a_large_program_goes_to_the_flash_top_as_a_stream() {
    let image = pysm_compiler::compile(BIG, "big.py").unwrap();
    assert!(image.code.len() > 560, "{} instructions", image.code.len());
    let (o, got) = flash_to_flash_top("big.py", BIG);
    assert_eq!(text(&o.stderr), "");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout), "line 0\nline 1\nline 2\n");
    assert_eq!(got, ["stream"]);
}

#[test]
fn a_small_program_refused_by_the_flash_top_goes_again_as_a_stream() {
    let (o, got) = flash_to_flash_top("small.py", "print(12)\n");
    assert_eq!(text(&o.stderr), "");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout), "12\n");
    assert_eq!(got, ["not a stream", "stream"]);
}

#[test]
fn the_base_refusing_a_stream_says_which_board_it_needs() {
    let o = flash("big.py", BIG, Some("version"), None);
    assert_eq!(o.status.code(), Some(5));
    let err = text(&o.stderr);
    assert!(
        err.contains("refused") && err.contains("make flash-base"),
        "{err}"
    );
}

fn flash(file: &str, src: &str, refuse: Option<&'static str>, fault: Option<(u32, u32)>) -> Output {
    let p = tmp_dir("flash").join(file);
    std::fs::write(&p, src).unwrap();
    let (master, path, _slave) = pty();
    let t = board(master, refuse, fault);
    let o = Command::new(env!("CARGO_BIN_EXE_pysm"))
        .args([
            "flash",
            "--port",
            path.to_str().unwrap(),
            p.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let _ = t.join();
    o
}

#[test]
fn shows_the_output_and_exits_zero() {
    let o = flash("two.py", "print(12)\nprint(-345)\n", None, None);
    assert_eq!(text(&o.stderr), "");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout), "12\n-345\n");
}

#[test]
fn a_fault_becomes_a_traceback() {
    // The board reports a division fault at the first instruction of
    // line 2 (the stand-in runs the program to its end, then says so).
    let src = "print(1)\nprint(2)\n";
    let image = pysm_compiler::compile(src, "div.py").unwrap();
    let pc = image.debug.lines.iter().find(|l| l.line == 2).unwrap().pc;
    let o = flash(
        "div.py",
        src,
        None,
        Some((pysm_isa::Fault::ZeroDivision as u32, pc)),
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "1\n2\n");
    let err = text(&o.stderr);
    assert!(
        err.contains("line 2") && err.contains("ZeroDivisionError"),
        "{err}"
    );
}

#[test]
fn a_refusal_is_reported() {
    let o = flash("x.py", "print(1)\n", Some("checksum"), None);
    assert_eq!(o.status.code(), Some(5));
    let err = text(&o.stderr);
    assert!(err.contains("refused") && err.contains("checksum"), "{err}");
}

/// `pysm flash` of `source` to a port that does not exist.
fn flash_to_no_port(name: &str, source: &str) -> (PathBuf, Output) {
    let p = tmp_dir("flash").join(name);
    std::fs::write(&p, source).unwrap();
    let o = pysm(&[
        "flash",
        "--port",
        "/nonexistent/ttyUSB9",
        p.to_str().unwrap(),
    ]);
    (p, o)
}

#[test]
fn a_bad_port_is_named() {
    let (p, o) = flash_to_no_port("y.py", "print(1)\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).starts_with("/nonexistent/ttyUSB9: error: cannot open the port"));
    let o = pysm(&["flash", "--port", p.to_str().unwrap(), p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("not a serial port"),
        "{}",
        text(&o.stderr)
    );
}
