//! Shared by the tests: a UART receiver and an iverilog runner.

/// A UART receiver: find each start bit, sample every bit at its middle at
/// `baud`, check the stop bit.
pub fn decode(wave: &[bool], clock_hz: u64, baud: u64) -> Vec<u8> {
    let bit = clock_hz as f64 / baud as f64;
    let at = |t: f64| wave.get(t.round() as usize).copied();
    let mut out = Vec::new();
    let mut i = 1;
    while i < wave.len() {
        if wave[i - 1] && !wave[i] {
            let start = i as f64;
            let Some(mid_start) = at(start + bit / 2.0) else {
                break;
            };
            assert!(
                !mid_start,
                "glitch at cycle {i}: start bit not low in its middle"
            );
            let mut byte = 0u8;
            for b in 0..8 {
                match at(start + bit * (1.5 + b as f64)) {
                    Some(true) => byte |= 1 << b,
                    Some(false) => {}
                    None => return out, // cut off at the end of the run
                }
            }
            match at(start + bit * 9.5) {
                Some(true) => out.push(byte),
                Some(false) => panic!("framing error in the byte starting at cycle {i}"),
                None => return out,
            }
            i = (start + bit * 9.5) as usize;
        } else {
            i += 1;
        }
    }
    out
}

/// Compile `tb.v` with `sources` in `dir` with iverilog, run it, and read the
/// `wave.txt` it writes (one character per cycle: the serial line).
pub fn iverilog_wave(dir: &std::path::Path, flags: &[&str], sources: &[&str]) -> Vec<bool> {
    use std::process::Command;
    let out = Command::new("iverilog")
        .current_dir(dir)
        .args(["-g2012", "-o", "tb.vvp"])
        .args(flags)
        .arg("tb.v")
        .args(sources)
        .output()
        .expect("iverilog runs (run `make tools`)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new("vvp")
        .current_dir(dir)
        .args(["-n", "tb.vvp"])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && !log.contains("ERROR"), "{log}");
    std::fs::read_to_string(dir.join("wave.txt"))
        .unwrap()
        .bytes()
        .map(|c| c == b'1')
        .collect()
}

/// The emulator's run of `image` (at most 10 M cycles): its console
/// output, how it ended, and the machine at the end.
#[allow(dead_code)]
pub fn emulate(image: &pysm_isa::Image) -> (String, pysm_emu::Outcome, pysm_emu::Machine) {
    let mut out = Vec::new();
    let (m, o) = pysm_emu::run(
        image,
        &mut pysm_emu::GpioEnv::new(),
        &mut out,
        Some(10_000_000),
        &mut |_| {},
    );
    (String::from_utf8(out).unwrap(), o, m)
}

/// yosys' iCE40 cell models (`cells_sim.v`), for iverilog.
#[allow(dead_code)] // not every test binary that shares this module needs it
pub fn ice40_cells() -> String {
    let datdir = std::process::Command::new("yosys-config")
        .arg("--datdir")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "/usr/share/yosys".into());
    format!("{datdir}/ice40/cells_sim.v")
}

/// Write the board testbench `tb` (which writes `wave.txt`) beside
/// `dir/top.v`, run it in iverilog with the iCE40 cell models, and decode
/// its UART line at `clock_hz`.
#[allow(dead_code)] // not every test binary that shares this module needs it
pub fn board_uart_text(dir: &std::path::Path, tb: &str, clock_hz: u64) -> String {
    board_uart_text_with(dir, tb, clock_hz, &[])
}

/// The same with more Verilog sources in `dir` (device models).
#[allow(dead_code)]
pub fn board_uart_text_with(
    dir: &std::path::Path,
    tb: &str,
    clock_hz: u64,
    more: &[&str],
) -> String {
    std::fs::write(dir.join("tb.v"), tb).unwrap();
    let cells = ice40_cells();
    let mut sources = vec!["top.v", &cells];
    sources.extend_from_slice(more);
    let wave = iverilog_wave(dir, &["-DNO_ICE40_DEFAULT_ASSIGNMENTS"], &sources);
    let text = decode(&wave, clock_hz, pysm_icebreaker::uart_tx::BAUD);
    String::from_utf8_lossy(&text).into_owned()
}
