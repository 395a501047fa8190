//! `pysm flash --port PORT FILE`: send a program to the board over its USB
//! serial port (an image to the swappable base's boot loader, or the flash
//! stream to the flash top), then show the program's output until it ends,
//! like `mpremote run`. The protocols are in `docs/icebreaker.md`.
//!
//! The port is a plain file set to raw 115200 8N1 with termios, so no
//! system library is needed.

use crate::{exit, load_program, Program, EXIT_COMPILE, EXIT_EXCEPTION, EXIT_MAX_CYCLES};
use anyhow::Result;
use pysm_isa::io::{BOOT_ERROR, BOOT_OK, EOT, FAULT_LINE};
use pysm_isa::Fault;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::path::Path;
use std::time::{Duration, Instant};

/// Exit code when the board refuses the image or does not answer.
pub const EXIT_BOARD: u8 = 5;

/// Raw 115200 8N1, reads returning after 0.1 s without data.
fn configure(port: &File) -> std::io::Result<()> {
    let fd = port.as_raw_fd();
    // SAFETY: `t` is a plain C struct filled by tcgetattr before use, and
    // `fd` is an open descriptor for the life of these calls.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        libc::cfmakeraw(&mut t);
        t.c_cflag |= libc::CLOCAL | libc::CREAD;
        t.c_cflag &= !(libc::CSTOPB | libc::PARENB | libc::CRTSCTS);
        t.c_cc[libc::VMIN] = 0;
        t.c_cc[libc::VTIME] = 1;
        if libc::cfsetspeed(&mut t, libc::B115200) != 0
            || libc::tcsetattr(fd, libc::TCSANOW, &t) != 0
        {
            return Err(std::io::Error::last_os_error());
        }
        libc::tcflush(fd, libc::TCIOFLUSH);
    }
    Ok(())
}

pub struct FlashArgs<'a> {
    pub port: &'a Path,
    pub file: &'a Path,
    /// Stop showing the output after this long (exit 3); None: until the
    /// program ends.
    pub timeout: Option<f64>,
}

pub fn flash(args: &FlashArgs) -> Result<u8> {
    let Program { image, source } = load_program(args.file)?;
    let name = args.file.display();
    // A program too large for the loader of the swappable base goes as the
    // flash top's stream; one that fits goes as an image, and again as a
    // stream when the board answers as the flash top does to an image (no
    // stream magic). Decided before the port is opened.
    let stream = pysm_icebreaker::flash_boot::stream(&image)
        .map(|s| [pysm_isa::image::MAGIC.as_slice(), &s].concat());
    // The debug section stays here (for the traceback): the board gets the
    // image without it, checksum recomputed.
    let mut bare = image.clone();
    bare.debug = Default::default();
    let (mut bytes, mut as_stream) = match (fits_the_board(&image), &stream) {
        (Ok(()), _) => (bare.to_bytes(), false),
        (Err(_), Ok(s)) => (s.clone(), true),
        (Err(e), Err(_)) => return Err(exit(EXIT_COMPILE, format!("{name}: error: {e}"))),
    };
    let pname = args.port.display();
    let mut port = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(args.port)
        .map_err(|e| {
            exit(
                EXIT_COMPILE,
                format!("{pname}: error: cannot open the port: {e}"),
            )
        })?;
    configure(&port).map_err(|e| {
        exit(
            EXIT_COMPILE,
            format!("{pname}: error: not a serial port ({e})"),
        )
    })?;
    let (answer, mut buf) = loop {
        let (answer, buf) = send(&mut port, &bytes, &pname)?;
        if let (false, Ok(s)) = (as_stream, &stream) {
            if answer.starts_with(FAULT_LINE) && answer.contains("f0 at pc") {
                (bytes, as_stream) = (s.clone(), true);
                continue;
            }
        }
        break (answer, buf);
    };
    if answer != BOOT_OK {
        let why = answer
            .strip_prefix(BOOT_ERROR)
            .unwrap_or(&answer)
            .trim_end();
        let why = match why.strip_prefix(FAULT_LINE).and_then(|f| f.get(..2)) {
            Some("f1") => "checksum".to_string(),
            Some("f2") => "truncated".to_string(),
            Some(_) => "not a program stream".to_string(),
            None if as_stream => format!(
                "{why} (the board runs the swappable base, whose boot loader takes \
                 programs of at most {} instructions: put the flash base on it, \
                 `make flash-base && make prog BUILD=build/icebreaker-flashbase`)",
                pysm_icebreaker::CODE_WORDS - pysm_icebreaker::loader::LOADER_WORDS
            ),
            None => why.to_string(),
        };
        return Err(exit(
            EXIT_BOARD,
            format!("{pname}: error: the board refused {name}: {why}"),
        ));
    }

    // The program's output, until EOT.
    let mut chunk = [0u8; 256];
    let mut out = std::io::stdout();
    let mut shown = 0usize;
    let started = Instant::now();
    loop {
        if let Some(end) = buf.iter().position(|&b| b == EOT) {
            let text = &buf[..end];
            if let Some(i) = find(text, FAULT_LINE.as_bytes()) {
                let body = i.saturating_sub(1).max(shown);
                out.write_all(&text[shown..body])?;
                out.flush()?;
                let line = String::from_utf8_lossy(&text[i + FAULT_LINE.len()..]).into_owned();
                let tb = fault_report(&line, &image, source.as_deref())
                    .unwrap_or_else(|| format!("pysm: the board reported: {}", line.trim()));
                eprint!("{tb}");
                return Ok(EXIT_EXCEPTION);
            }
            out.write_all(&text[shown..])?;
            out.flush()?;
            return Ok(0);
        }
        // Hold back what could be the start of a fault line.
        let safe = buf.len().saturating_sub(FAULT_LINE.len() + 16);
        if safe > shown {
            out.write_all(&buf[shown..safe])?;
            out.flush()?;
            shown = safe;
        }
        if args
            .timeout
            .is_some_and(|t| started.elapsed().as_secs_f64() > t)
        {
            out.write_all(&buf[shown..])?;
            out.flush()?;
            eprintln!("pysm: --timeout reached; the program is still running on the board");
            return Ok(EXIT_MAX_CYCLES);
        }
        let n = port
            .read(&mut chunk)
            .map_err(|e| exit(EXIT_BOARD, format!("{pname}: error: read failed: {e}")))?;
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// Send `bytes` and wait for the board's answer: the line that starts
/// with "pysm-boot: " (the boot loader's, or the flash top's), or a fault
/// line (the flash top refusing a stream), after whatever the previous
/// program was still sending. Returns it and what came after it.
fn send(
    port: &mut File,
    bytes: &[u8],
    pname: &impl std::fmt::Display,
) -> Result<(String, Vec<u8>)> {
    port.write_all(bytes)
        .and_then(|_| port.flush())
        .map_err(|e| exit(EXIT_BOARD, format!("{pname}: error: write failed: {e}")))?;
    // About 87 us a byte on the line.
    let wait = Duration::from_secs_f64(2.0 + bytes.len() as f64 * 10.0 / 115_200.0);
    let start = Instant::now();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 256];
    loop {
        let at = [b"pysm-boot: ".as_slice(), FAULT_LINE.as_bytes()]
            .iter()
            .filter_map(|p| find(&buf, p))
            .min();
        if let Some(i) = at {
            if let Some(j) = buf[i..].iter().position(|&b| b == b'\n') {
                let line = String::from_utf8_lossy(&buf[i..i + j + 1]).into_owned();
                buf.drain(..i + j + 1);
                return Ok((line, buf));
            }
        }
        if start.elapsed() > wait {
            return Err(exit(
                EXIT_BOARD,
                format!(
                    "{pname}: error: no answer from the boot loader (is the board's \
                     bitstream built by this version of pysm, and PORT its UART?)"
                ),
            ));
        }
        let n = port
            .read(&mut chunk)
            .map_err(|e| exit(EXIT_BOARD, format!("{pname}: error: read failed: {e}")))?;
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// The board's limits with its boot loader (`pysm_icebreaker::loader`),
/// checked here so that a clear message comes before anything is sent.
fn fits_the_board(image: &pysm_isa::Image) -> Result<(), String> {
    use pysm_icebreaker::loader::{LOADER_WORDS, MAX_DATA, MAX_HEAP};
    let code = pysm_icebreaker::CODE_WORDS - LOADER_WORDS;
    if image.entry != 0 {
        return Err(format!(
            "entry point {} (the board starts programs at 0)",
            image.entry
        ));
    }
    if image.code.len() > code {
        return Err(format!(
            "program too big for the boot loader: {} instructions, the code memory has \
             {code} besides it (`make bitstream PROGRAM=... && make prog` runs a larger \
             program from the board's SPI flash)",
            image.code.len()
        ));
    }
    if image.data.len() > MAX_DATA as usize {
        return Err(format!(
            "program too big for the board: {} data words, at most {MAX_DATA}",
            image.data.len()
        ));
    }
    if image.heap.len() > MAX_HEAP as usize {
        return Err(format!(
            "program too big for the board: {} words of static objects, at most {MAX_HEAP}",
            image.heap.len()
        ));
    }
    Ok(())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `FF at pc 0xPPPP` -> a traceback of the faulting line (the board reports
/// the pc only, so the innermost frame).
fn fault_report(line: &str, image: &pysm_isa::Image, source: Option<&str>) -> Option<String> {
    let (code, rest) = line.trim().split_once(" at pc 0x")?;
    let fault = Fault::from_u32(u32::from_str_radix(code, 16).ok()?)?;
    let pc = u32::from_str_radix(rest.trim(), 16).ok()?;
    let mut m = pysm_emu::Machine::new(image);
    m.pc = pc;
    Some(pysm_emu::traceback::traceback(&m, fault, image, source))
}
