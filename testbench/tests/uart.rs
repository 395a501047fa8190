//! The console UART's receive line driven by the host model
//! (`pysm_emu::uart`): hand-assembled readers of port 10 on the emulator and
//! the RTL in lockstep (every retirement, the cycle count, the console
//! bytes), on rust-hdl's simulation and on Verilator. Reads that poll every
//! few cycles, at every phase, pin down when a byte becomes readable; a
//! late reader finds the bytes waiting in the FIFO, and more than 16 bytes
//! go through the host's flow control. Then the Python programs that read
//! stdin on rust-hdl's simulation (`verilator.rs` runs them on Verilator).

use pysm_emu::{GpioEnv, Outcome, UartHost};
use pysm_isa::asm::assemble;
use pysm_isa::io::DEFAULT_CLOCK_HZ;
use pysm_isa::Image;
use pysm_testbench::verilator::run_verilator;
use pysm_testbench::{lockstep_on, SideResult};

fn image(asm: &str) -> Image {
    Image {
        entry: 0,
        code: assemble(asm).unwrap_or_else(|e| panic!("{e}\n{asm}")),
        data: vec![],
        heap: vec![],
        ..Default::default()
    }
}

/// Echo every byte received until EOT (which is echoed too), after `pad`
/// NOPs and a wait of `wait` loop turns.
fn echo(pad: usize, wait: u32) -> Image {
    let mut s = String::new();
    s.push_str(&format!("PUSH_INT {wait}\n"));
    s.push_str("w: COPY 1\nPOP_JUMP_IF_FALSE go\nPUSH_INT -1\nBINARY add\nJUMP w\ngo: POP\n");
    s.push_str(&"NOP\n".repeat(pad));
    s.push_str(
        "top: IO_READ 10\nCOPY 1\nPUSH_INT 0\nCOMPARE lt\nPOP_JUMP_IF_TRUE empty\n\
         COPY 1\nIO_WRITE 0\nPUSH_INT 4\nCOMPARE eq\nPOP_JUMP_IF_TRUE done\nJUMP top\n\
         empty: POP\nJUMP top\ndone: HALT\n",
    );
    image(&s)
}

fn both(img: &Image, input: &[u8], max: u64) -> SideResult {
    let input = input.to_vec();
    let setup = move |env: &mut GpioEnv| {
        env.set_uart(UartHost::stdin(input.clone(), DEFAULT_CLOCK_HZ));
    };
    let r = pysm_testbench::lockstep(img, &setup, Some(max)).unwrap_or_else(|m| panic!("{m}"));
    let v = lockstep_on(img, &setup, Some(max), &|img, env, con, max, obs| {
        run_verilator(img, env, con, max, true, obs).unwrap_or_else(|e| panic!("{e}"))
    })
    .unwrap_or_else(|m| panic!("on Verilator: {m}"));
    assert_eq!(r, v);
    r
}

fn text(r: &SideResult) -> Vec<u8> {
    r.console.iter().map(|x| x.1).collect()
}

#[test]
fn polling_at_every_phase_sees_each_byte_when_the_emulator_does() {
    for pad in 0..8 {
        let r = both(&echo(pad, 0), b"Hi\n", 200_000);
        assert_eq!(r.outcome, Outcome::Halted);
        assert_eq!(text(&r), b"Hi\n\x04");
    }
}

#[test]
fn a_late_reader_finds_bytes_in_the_fifo_and_flow_control_holds_the_rest() {
    let input: Vec<u8> = (0..40u8).map(|i| b'a' + i % 26).collect();
    // The wait outlasts 16 frames: the FIFO fills, the host stops.
    let r = both(&echo(0, 5_000), &input, 400_000);
    assert_eq!(r.outcome, Outcome::Halted);
    let mut want = input.clone();
    want.push(4);
    assert_eq!(text(&r), want);
}

/// Reads of port 10 in consecutive cycles: the one right after a take
/// finds no byte (-1), as the receiver drops the taken byte a cycle late;
/// the next one finds the next byte.
#[test]
fn a_read_right_after_a_take_finds_no_byte() {
    let img = image(
        "PUSH_INT 3000\nw: COPY 1\nPOP_JUMP_IF_FALSE go\nPUSH_INT -1\nBINARY add\nJUMP w\n\
         go: POP\nIO_READ 10\nIO_READ 10\nIO_READ 10\nIO_READ 10\n\
         IO_WRITE 0\nIO_WRITE 0\nIO_WRITE 0\nIO_WRITE 0\nHALT\n",
    );
    let r = both(&img, b"abcd", 100_000);
    assert_eq!(r.outcome, Outcome::Halted);
    assert_eq!(text(&r), b"\xffb\xffa");
}

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The programs with a `NAME.in` stdin (`tests/lang`, `tests/uart`) in
/// lockstep on rust-hdl's simulation: stdout (and success) as python3's
/// given the same stdin, or as the `# | ` lines of the header.
#[test]
fn stdin_programs_on_rust_hdl() {
    let mut files = Vec::new();
    for dir in ["tests/lang", "tests/uart"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "py") && p.with_extension("in").exists() {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let image = pysm_compiler::compile(&src, &name).unwrap_or_else(|e| panic!("{e}"));
        let input = std::fs::read(f.with_extension("in")).unwrap();
        let setup = |env: &mut GpioEnv| {
            env.set_uart(UartHost::stdin(input.clone(), DEFAULT_CLOCK_HZ));
        };
        let r = pysm_testbench::lockstep(&image, &setup, Some(5_000_000))
            .unwrap_or_else(|m| panic!("{name}: {m}"));
        let want: String = src
            .lines()
            .filter_map(|l| l.strip_prefix("# | "))
            .map(|l| format!("{l}\n"))
            .collect();
        let (want, ok) = if want.is_empty() {
            let py = std::process::Command::new("python3")
                .arg(f)
                .stdin(std::fs::File::open(f.with_extension("in")).unwrap())
                .output()
                .expect("python3");
            (py.stdout, py.status.success())
        } else {
            (want.into_bytes(), true)
        };
        assert_eq!(r.outcome == Outcome::Halted, ok, "{name}: {:?}", r.outcome);
        assert_eq!(
            String::from_utf8_lossy(&text(&r)),
            String::from_utf8_lossy(&want),
            "{name}"
        );
        eprintln!("{name}: {:?}, {} cycles", r.outcome, r.cycles);
    }
}
