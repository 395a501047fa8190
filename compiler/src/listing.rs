//! A listing: the disassembly interleaved with the source lines, like
//! `objdump -S`.

use pysm_isa::{disassemble_word, value, Image, Instr, Op};
use std::fmt::Write as _;

pub fn listing(image: &Image, source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let d = &image.debug;
    let mut out = String::new();
    let _ = writeln!(out, "; {}", d.file);
    for (a, n) in &d.globals {
        let _ = writeln!(out, "; data {a:4}: {n}");
    }
    let mut last_line = None;
    for (pc, &word) in image.code.iter().enumerate() {
        let pc = pc as u32;
        let func = d.function_of(pc);
        if pc == image.entry {
            let _ = writeln!(out, "\n<module>:");
            last_line = None;
        }
        if let Some(f) = func.filter(|f| f.start == pc) {
            let _ = writeln!(
                out,
                "\n{}({}):  locals {}",
                f.name,
                f.locals
                    .iter()
                    .take(f.params as usize)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                f.locals.join(", ")
            );
            last_line = None;
        }
        let runtime = func.is_some_and(|f| f.name.starts_with('$'));
        if let Some(e) = d.line_of(pc) {
            if !runtime && last_line != Some(e.line) {
                let text = lines
                    .get((e.line as usize).wrapping_sub(1))
                    .copied()
                    .unwrap_or("");
                let _ = writeln!(out, "{:>5}  {}", e.line, text.trim_end());
                last_line = Some(e.line);
            }
        }
        let _ = writeln!(
            out,
            "        {pc:04x}:  {word:08x}  {}{}",
            disassemble_word(word),
            comment(image, word)
        );
    }
    out
}

/// What an operand names: a global, a constant, a function.
fn comment(image: &Image, word: u32) -> String {
    let Ok(i) = Instr::decode(word) else {
        return String::new();
    };
    let d = &image.debug;
    match i.op {
        Op::LoadGlobal | Op::StoreGlobal => match d.global_name(i.arg as u32) {
            Some(n) => format!("  ; {n}"),
            None => match image.data.get(i.arg as usize) {
                Some(&w) if value::is_int(w) => format!("  ; = {}", value::int_value(w)),
                _ => String::new(),
            },
        },
        Op::PushImm => {
            let w = ((i.arg as u32) << 2) | 0b10;
            match value::kind(w) {
                value::Kind::Function => {
                    let addr = value::imm_payload(w) & ((1 << value::FUNC_ADDR_BITS) - 1);
                    d.functions
                        .iter()
                        .find(|f| f.start == addr)
                        .map_or(String::new(), |f| format!("  ; {}", f.name))
                }
                value::Kind::None => "  ; None".into(),
                value::Kind::Bool => {
                    format!("  ; {}", if value::truthy(w) { "True" } else { "False" })
                }
                _ => String::new(),
            }
        }
        _ => String::new(),
    }
}
