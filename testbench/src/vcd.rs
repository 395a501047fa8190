//! A waveform of the rust-hdl simulation (`pysm sim --vcd`), one sample per
//! cycle, for reading a run instruction by instruction: the instruction the
//! core executes (its word, and its text as a VCD string, `mnemonic`, plus
//! the same text as a wide ASCII vector, `asm`), the core's phase (`phase`,
//! a string, and `phase_code`), pc, sp, fp, rsp, tos and the cycle counter.
//!
//! GTKWave shows the strings as they are; for `asm` choose
//! Data Format > ASCII. Mnemonics come from the ISA crate's disassembler, so
//! new instructions need nothing here. Time: 10 ns per cycle.

use pysm_cpu::SimSoc;
use std::io::Write;

/// Characters of the `asm` vector.
const ASM_CHARS: usize = 24;

/// (identifier, name, width; 0 = string).
const VARS: &[(&str, &str, usize)] = &[
    ("m", "mnemonic", 0),
    ("a", "asm", 8 * ASM_CHARS),
    ("h", "phase", 0),
    ("k", "phase_code", 4),
    ("i", "instr", 32),
    ("p", "pc", 16),
    ("s", "sp", 16),
    ("f", "fp", 16),
    ("r", "rsp", 16),
    ("t", "tos", 32),
    ("c", "cycle", 30),
];

pub struct Vcd<W: Write> {
    out: W,
    last: Vec<String>,
}

impl<W: Write> Vcd<W> {
    pub fn new(mut out: W) -> std::io::Result<Vcd<W>> {
        writeln!(out, "$timescale 1ns $end")?;
        writeln!(out, "$scope module pysm $end")?;
        for (id, name, width) in VARS {
            if *width == 0 {
                writeln!(out, "$var string 1 {id} {name} $end")?;
            } else {
                writeln!(out, "$var wire {width} {id} {name} $end")?;
            }
        }
        writeln!(out, "$upscope $end\n$enddefinitions $end")?;
        Ok(Vcd {
            out,
            last: vec![String::new(); VARS.len()],
        })
    }

    /// Record the Soc as it is in `cycle`.
    pub fn sample(&mut self, cycle: u64, soc: &SimSoc) -> std::io::Result<()> {
        let instr = soc.soc.code.read_data.val().to_u32();
        let phase = soc.soc.core.phase.q.val();
        // The word on the code memory's output is the instruction only
        // after the fetch.
        let text = match phase {
            pysm_cpu::core::Phase::Fetch => "-".to_string(),
            _ => pysm_isa::disassemble_word(instr),
        };
        let mut asm: Vec<u8> = text.bytes().take(ASM_CHARS).collect();
        asm.resize(ASM_CHARS, b' ');
        let bin = |v: u64| format!("b{v:b} ");
        let values = [
            format!("s{} ", text.replace(' ', "_")),
            format!(
                "b{} ",
                asm.iter().map(|c| format!("{c:08b}")).collect::<String>()
            ),
            format!("s{phase:?} "),
            bin(phase as u64),
            bin(instr as u64),
            bin(soc.state_pc.val().to_u32() as u64),
            bin(soc.state_sp.val().to_u32() as u64),
            bin(soc.state_fp.val().to_u32() as u64),
            bin(soc.state_rsp.val().to_u32() as u64),
            bin(soc.state_tos.val().to_u32() as u64),
            bin(soc.cycle.val().to_u32() as u64),
        ];
        let mut stamped = false;
        for (k, v) in values.into_iter().enumerate() {
            if self.last[k] != v {
                if !stamped {
                    writeln!(self.out, "#{}", cycle * 10)?;
                    stamped = true;
                }
                writeln!(self.out, "{v}{}", VARS[k].0)?;
                self.last[k] = v;
            }
        }
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}
