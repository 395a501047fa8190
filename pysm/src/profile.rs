//! `pysm run --profile`: where the cycles go, by function, by source line
//! and by opcode, from the emulator's cycle model (the CPU's).

use pysm_isa::{BinOp, CmpOp, Image, Instr, Op, UnOp};
use std::collections::HashMap;
use std::fmt::Write;

/// Cycles and retirements per code address.
pub struct Profile {
    cycles: Vec<u64>,
    count: Vec<u64>,
}

/// One row of a table: cycles, retirements and a label.
struct Row {
    cycles: u64,
    count: u64,
    label: String,
}

impl Profile {
    pub fn new(code_len: usize) -> Profile {
        Profile {
            cycles: vec![0; code_len],
            count: vec![0; code_len],
        }
    }

    /// The instruction at `pc` retired and took `cycles`.
    pub fn add(&mut self, pc: u32, cycles: u64) {
        if let Some(c) = self.cycles.get_mut(pc as usize) {
            *c += cycles;
            self.count[pc as usize] += 1;
        }
    }

    /// The three tables, largest first; `top` rows of the first two.
    /// `cycles` is the machine's count, which includes the boot cycle.
    pub fn report(&self, image: &Image, source: Option<&str>, cycles: u64, top: usize) -> String {
        let lines: Vec<&str> = source.map(|s| s.lines().collect()).unwrap_or_default();
        let mut funcs: HashMap<String, Row> = HashMap::new();
        let mut by_line: HashMap<u32, Row> = HashMap::new();
        let mut ops: HashMap<String, Row> = HashMap::new();
        let empty = |label: String| Row {
            cycles: 0,
            count: 0,
            label,
        };
        for pc in 0..self.cycles.len() {
            let (c, n) = (self.cycles[pc], self.count[pc]);
            if n == 0 {
                continue;
            }
            let pc32 = pc as u32;
            let f = image.debug.function_of(pc32);
            // The runtime library's functions keep their `$` names.
            let runtime = f.is_some_and(|f| f.name.starts_with('$'));
            let name = match f {
                None => "<module>".to_string(),
                Some(f) if runtime => f.name.clone(),
                Some(f) => f.qualname.clone(),
            };
            let r = funcs.entry(name.clone()).or_insert_with(|| empty(name));
            r.cycles += c;
            r.count += n;
            // Lines of the runtime library's functions are not the program's.
            if !runtime {
                if let Some(e) = image.debug.line_of(pc32) {
                    let text = lines.get(e.line as usize - 1).map_or("", |l| l.trim());
                    let r = by_line
                        .entry(e.line)
                        .or_insert_with(|| empty(format!("{:>5}  {text}", e.line)));
                    r.cycles += c;
                    r.count += n;
                }
            }
            let op = Instr::decode(image.code[pc]).map_or("(data)".to_string(), op_label);
            let r = ops.entry(op.clone()).or_insert_with(|| empty(op));
            r.cycles += c;
            r.count += n;
        }
        let total: u64 = self.cycles.iter().sum();
        let instrs: u64 = self.count.iter().sum();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "profile: {total} cycles in {instrs} instructions (CPI {:.2}), {} at boot",
            total as f64 / instrs.max(1) as f64,
            cycles.saturating_sub(total)
        );
        table(
            &mut out,
            "function",
            funcs.into_values().collect(),
            total,
            top,
        );
        table(
            &mut out,
            "line",
            by_line.into_values().collect(),
            total,
            top,
        );
        table(
            &mut out,
            "opcode",
            ops.into_values().collect(),
            total,
            usize::MAX,
        );
        out
    }
}

/// The mnemonic, with the operator of `BINARY`, `COMPARE` and `UNARY`.
fn op_label(i: Instr) -> String {
    let arg = i.arg as u32;
    let sub = match i.op {
        Op::Binary => BinOp::from_u32(arg).map(|o| o.name()),
        Op::Compare => CmpOp::from_u32(arg).map(|o| o.name()),
        Op::Unary => UnOp::from_u32(arg).map(|o| o.name()),
        _ => None,
    };
    match sub {
        Some(s) => format!("{} {s}", i.op.mnemonic()),
        None => i.op.mnemonic().to_string(),
    }
}

fn table(out: &mut String, what: &str, mut rows: Vec<Row>, total: u64, top: usize) {
    rows.sort_by(|a, b| b.cycles.cmp(&a.cycles).then(a.label.cmp(&b.label)));
    let _ = writeln!(
        out,
        "\n{:>12} {:>6} {:>11} {:>5}  {what}",
        "cycles", "%", "instrs", "CPI"
    );
    for r in rows.iter().take(top) {
        let _ = writeln!(
            out,
            "{:>12} {:>6.2} {:>11} {:>5.2}  {}",
            r.cycles,
            100.0 * r.cycles as f64 / total.max(1) as f64,
            r.count,
            r.cycles as f64 / r.count.max(1) as f64,
            r.label
        );
    }
    if rows.len() > top {
        let rest: u64 = rows[top..].iter().map(|r| r.cycles).sum();
        let _ = writeln!(
            out,
            "{rest:>12} {:>6.2} {:>11} {:>5}  ({} more)",
            100.0 * rest as f64 / total.max(1) as f64,
            "",
            "",
            rows.len() - top
        );
    }
}
