//! `pysm`: compile Python for PySM, run it on the emulator or on the
//! simulated CPU, and inspect images.

mod bench;
mod exec;
mod flash;
mod profile;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use pysm_isa::Image;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code of an uncaught Python exception.
pub const EXIT_EXCEPTION: u8 = 1;
/// Exit code of a compile error (also bad command lines and unreadable images).
pub const EXIT_COMPILE: u8 = 2;
/// Exit code when `--max-cycles` stopped the program.
pub const EXIT_MAX_CYCLES: u8 = 3;
/// Exit code when the processor met an illegal instruction.
pub const EXIT_ILLEGAL: u8 = 4;

#[derive(Parser)]
#[command(name = "pysm", version, about = "Python on the PySM processor")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and execute on the ISA reference emulator.
    Run(RunArgs),
    /// Compile and execute on the cycle-accurate simulation of the CPU RTL.
    Sim(RunArgs),
    /// Compile to a linked program image.
    Compile {
        /// The Python source file.
        file: PathBuf,
        /// Where to write the image.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print the PySM code interleaved with the source lines.
        #[arg(long)]
        listing: bool,
    },
    /// Send a program to the iCEBreaker over its serial port (the boot
    /// loader of the swappable base, or the flash base for any size) and
    /// show its output until it ends (exit 0; 1 after a fault; 5 when the
    /// board refuses the program or does not answer).
    Flash {
        /// The board's UART, e.g. /dev/ttyUSB1 on Linux.
        #[arg(long, value_name = "PORT")]
        port: PathBuf,
        /// Stop showing the output after SECS seconds (exit 3).
        #[arg(long, value_name = "SECS")]
        timeout: Option<f64>,
        /// A Python source file, or a compiled image (`.pysm`).
        file: PathBuf,
    },
    /// Disassemble a program image.
    Disasm {
        /// The image file.
        image: PathBuf,
    },
    /// Run the benchmark programs (cycle model of the CPU), each checked
    /// against python3; print a table and write it as JSON.
    Bench {
        /// The directory of benchmark programs.
        #[arg(default_value = "bench")]
        dir: PathBuf,
        /// Clock frequency for the time column (the board clock by default).
        #[arg(long, default_value_t = 17.0)]
        mhz: f64,
        /// Where to write the results.
        #[arg(long, default_value = "build/bench.json")]
        json: PathBuf,
    },
}

#[derive(Args)]
pub struct RunArgs {
    /// A Python source file, or a compiled image (`.pysm`).
    pub file: PathBuf,
    /// Print `cycles=N instructions=M` to stderr at the end.
    #[arg(long)]
    pub stats: bool,
    /// `run`: print where the cycles went (by function, source line and
    /// opcode) to stderr at the end.
    #[arg(long)]
    pub profile: bool,
    /// Stop the program after this many cycles (exit code 3).
    #[arg(long, value_name = "N")]
    pub max_cycles: Option<u64>,
    /// Drive input pins from lines `cycle,pin,value`.
    #[arg(long, value_name = "FILE.csv")]
    pub gpio_in: Option<PathBuf>,
    /// Write one line `cycle,pin,value` per output-pin change.
    #[arg(long, value_name = "FILE.csv")]
    pub gpio_trace: Option<PathBuf>,
    /// Connect output pin OUT to input pin IN (a jumper wire), e.g. P1A1=P1A2.
    #[arg(long, value_name = "OUT=IN")]
    pub loopback: Vec<String>,
    /// Print one line per retired instruction, with its source line, to stderr.
    #[arg(long)]
    pub trace: bool,
    /// `sim`: run the generated Verilog under Verilator (built on first use)
    /// instead of the rust-hdl simulation; the same results, much faster.
    #[arg(long)]
    pub verilator: bool,
    /// `sim`: write a waveform (one sample per cycle: the instruction's
    /// mnemonic, the core's phase, pc, sp, fp, rsp, tos).
    #[arg(long, value_name = "FILE.vcd")]
    pub vcd: Option<PathBuf>,
}

/// A loaded program: the image and, when compiled from source, the source text.
pub struct Program {
    pub image: Image,
    pub source: Option<String>,
}

/// An error that ends the command with a given exit code and message.
#[derive(Debug)]
pub struct Exit {
    pub code: u8,
    pub message: String,
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Exit {}

fn exit(code: u8, message: String) -> anyhow::Error {
    Exit { code, message }.into()
}

/// Read a source file; unreadable or non-UTF-8 input is a compile error.
fn read_source(path: &Path) -> Result<String> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| {
        exit(
            EXIT_COMPILE,
            format!("{name}:1:1: error: cannot read file: {e}"),
        )
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        exit(
            EXIT_COMPILE,
            format!("{name}:{line}:{col}: error: the file is not valid UTF-8"),
        )
    })
}

pub fn load_program(path: &Path) -> Result<Program> {
    if path.extension().is_some_and(|e| e == "pysm") {
        let bytes = std::fs::read(path)
            .map_err(|e| exit(EXIT_COMPILE, format!("{}: error: {e}", path.display())))?;
        let image = Image::from_bytes(&bytes)
            .map_err(|e| exit(EXIT_COMPILE, format!("{}: error: {e}", path.display())))?;
        let source = std::fs::read_to_string(&image.debug.file).ok();
        return Ok(Program { image, source });
    }
    let source = read_source(path)?;
    let mut image = pysm_compiler::compile(&source, &path.display().to_string())
        .map_err(|e| exit(EXIT_COMPILE, e.to_string()))?;
    // Tracebacks name the script by its absolute path, as CPython's do
    // (errors keep the path as given).
    if let Ok(abs) = std::path::absolute(path) {
        image.debug.file = abs.display().to_string();
    }
    Ok(Program {
        image,
        source: Some(source),
    })
}

fn disasm(image: &Image) -> String {
    let mut out = format!(
        "; {}: {} instructions, {} data words, entry {}\n",
        image.debug.file,
        image.code.len(),
        image.data.len(),
        image.entry
    );
    let mut last_line = 0;
    for (pc, w) in image.code.iter().enumerate() {
        let pc = pc as u32;
        if let Some(f) = image.debug.functions.iter().find(|f| f.start == pc) {
            out.push_str(&format!(
                "\n{}:  ; params {}, locals {}\n",
                f.name,
                f.params,
                f.locals.join(", ")
            ));
        }
        if pc == image.entry {
            out.push_str("\n<module>:\n");
        }
        let line = image.debug.line_of(pc).map_or(0, |e| e.line);
        let note = if line != last_line && line != 0 {
            format!("  ; line {line}")
        } else {
            String::new()
        };
        last_line = line;
        out.push_str(&format!(
            "{pc:5}  {w:08x}  {:<28}{note}\n",
            pysm_isa::disassemble_word(*w)
        ));
    }
    for (i, w) in image.data.iter().enumerate() {
        let name = image.debug.global_name(i as u32).unwrap_or("");
        out.push_str(&format!("data {i:4}  {w:08x}  {name}\n"));
    }
    out
}

fn real_main() -> Result<u8> {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => exec::run(&args, exec::Backend::Emulator),
        Command::Sim(args) => {
            let backend = if args.verilator {
                exec::Backend::Verilator
            } else {
                exec::Backend::Rtl
            };
            exec::run(&args, backend)
        }
        Command::Compile {
            file,
            output,
            listing,
        } => {
            let p = load_program(&file)?;
            if let Some(out) = output {
                std::fs::write(&out, p.image.to_bytes())
                    .with_context(|| format!("cannot write {}", out.display()))?;
            }
            if listing {
                write_stdout(&pysm_compiler::listing(
                    &p.image,
                    p.source.as_deref().unwrap_or(""),
                ));
            }
            Ok(0)
        }
        Command::Bench { dir, mhz, json } => bench::bench(&dir, mhz, &json),
        Command::Flash {
            port,
            timeout,
            file,
        } => flash::flash(&flash::FlashArgs {
            port: &port,
            file: &file,
            timeout,
        }),
        Command::Disasm { image } => {
            let bytes = std::fs::read(&image)
                .map_err(|e| exit(EXIT_COMPILE, format!("{}: error: {e}", image.display())))?;
            let img = Image::from_bytes(&bytes)
                .map_err(|e| exit(EXIT_COMPILE, format!("{}: error: {e}", image.display())))?;
            write_stdout(&disasm(&img));
            Ok(0)
        }
    }
}

/// Text to stdout; a closed pipe (`pysm disasm x.pysm | head`) ends the
/// output quietly instead of panicking as `print!` does.
fn write_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => ExitCode::from(code),
        Err(e) => match e.downcast_ref::<Exit>() {
            Some(x) => {
                eprintln!("{}", x.message);
                ExitCode::from(x.code)
            }
            None => {
                eprintln!("pysm: error: {e:#}");
                ExitCode::from(EXIT_COMPILE)
            }
        },
    }
}
