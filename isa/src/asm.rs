//! The assembler: the text form of [`crate::instr`] plus labels.
//!
//! ```text
//! ; comment           # comment
//! loop:               a label names the next instruction's address
//!     PUSH_INT 1
//!     JUMP loop       code operands take labels or numbers
//!     PUSH_IMM @f/2   the function immediate of label f, arity 2
//! ```

use crate::instr::Instr;
use crate::table::{Op, Operand};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct AsmError {
    pub line: usize,
    pub message: String,
}

/// Assemble text into instruction words.
pub fn assemble(text: &str) -> Result<Vec<u32>, AsmError> {
    assemble_at(text, 0)
}

/// Assemble text into instruction words that will sit from code address
/// `origin` on (labels are absolute addresses).
pub fn assemble_at(text: &str, origin: u32) -> Result<Vec<u32>, AsmError> {
    let err = |line: usize, message: String| AsmError { line, message };
    let mut labels = HashMap::new();
    let mut lines = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let mut s = raw;
        if let Some(i) = s.find([';', '#']) {
            s = &s[..i];
        }
        let mut s = s.trim();
        while let Some(colon) = s.find(':') {
            let label = s[..colon].trim();
            if label.is_empty() || !label.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return Err(err(line, format!("bad label '{label}'")));
            }
            if labels
                .insert(label.to_string(), (origin as usize + lines.len()) as i32)
                .is_some()
            {
                return Err(err(line, format!("label '{label}' defined twice")));
            }
            s = s[colon + 1..].trim();
        }
        if !s.is_empty() {
            lines.push((line, s.to_string()));
        }
    }
    let mut words = Vec::with_capacity(lines.len());
    for (line, s) in lines {
        let mut parts = s.split_whitespace();
        let mnem = parts.next().unwrap_or_default();
        let operand = parts.next();
        if parts.next().is_some() {
            return Err(err(line, "too many operands".into()));
        }
        if mnem == ".word" {
            let w = operand
                .and_then(|o| {
                    o.strip_prefix("0x")
                        .map_or_else(|| o.parse().ok(), |h| u32::from_str_radix(h, 16).ok())
                })
                .ok_or_else(|| err(line, "bad .word".into()))?;
            words.push(w);
            continue;
        }
        let op = Op::ALL
            .iter()
            .copied()
            .find(|o| o.mnemonic().eq_ignore_ascii_case(mnem))
            .ok_or_else(|| err(line, format!("unknown mnemonic '{mnem}'")))?;
        let arg = match (op.operand(), operand) {
            (Operand::None, None) => 0,
            (Operand::None, Some(_)) => {
                return Err(err(line, format!("{} takes no operand", op.mnemonic())))
            }
            (_, None) => return Err(err(line, format!("{} needs an operand", op.mnemonic()))),
            (Operand::Code, Some(o)) if labels.contains_key(o) => labels[o],
            (Operand::Imm, Some(o)) if o.starts_with('@') => {
                let f = o[1..]
                    .rsplit_once('/')
                    .and_then(|(l, a)| Some((*labels.get(l)?, a.parse::<u32>().ok()?)))
                    .filter(|&(_, a)| a <= crate::value::FUNC_MAX_ARITY);
                let (addr, arity) =
                    f.ok_or_else(|| err(line, format!("bad function operand '{o}'")))?;
                (crate::value::function(addr as u32, arity) >> 2) as i32
            }
            (Operand::PinCode, Some(o))
                if o.rsplit_once(',')
                    .is_some_and(|(_, l)| labels.contains_key(l)) =>
            {
                let (head, l) = o.rsplit_once(',').unwrap_or_default();
                Instr::parse_operand(op, &format!("{head},{}", labels[l]))
                    .ok_or_else(|| err(line, format!("bad operand '{o}' for {}", op.mnemonic())))?
            }
            (_, Some(o)) => Instr::parse_operand(op, o)
                .ok_or_else(|| err(line, format!("bad operand '{o}' for {}", op.mnemonic())))?,
        };
        words.push(
            Instr::new(op, arg)
                .encode()
                .map_err(|e| err(line, e.to_string()))?,
        );
    }
    Ok(words)
}
