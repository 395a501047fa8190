//! A listing: the disassembly interleaved with the source lines, like
//! `objdump -S`.

use pysm_isa::{disassemble_word, Image};
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
                let text = lines.get(e.line as usize - 1).copied().unwrap_or("");
                let _ = writeln!(out, "{:>5}  {}", e.line, text.trim_end());
                last_line = Some(e.line);
            }
        }
        let _ = writeln!(
            out,
            "        {pc:04x}:  {word:08x}  {}",
            disassemble_word(word)
        );
    }
    out
}
