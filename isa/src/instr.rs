//! Instruction encoding and the text form shared by the assembler and the
//! disassembler.
//!
//! Every instruction is one 32-bit word: bits 31..24 the opcode, bits 23..0
//! the operand.

use crate::table::{BinOp, CmpOp, Fault, Op, Operand, UnOp};
use std::fmt;

/// Operand field width in bits.
pub const OPERAND_BITS: u32 = 24;
const OPERAND_MASK: u32 = (1 << OPERAND_BITS) - 1;

/// A decoded instruction. `arg` holds the operand as the processor sees it:
/// sign-extended for `Int` operands, zero-extended otherwise.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("unknown opcode 0x{0:02x}")]
    Opcode(u8),
    #[error("bad operand {arg} for {mnemonic}")]
    Operand { mnemonic: &'static str, arg: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("operand {arg} out of range for {mnemonic}")]
pub struct EncodeError {
    pub mnemonic: &'static str,
    pub arg: i64,
}

impl Instr {
    pub fn new(op: Op, arg: i32) -> Instr {
        Instr { op, arg }
    }
    pub fn op(op: Op) -> Instr {
        Instr { op, arg: 0 }
    }

    /// Whether `arg` can be encoded for `op`.
    pub fn operand_fits(op: Op, arg: i64) -> bool {
        match op.operand() {
            Operand::None => arg == 0,
            Operand::Int => (-(1 << 23)..(1 << 23)).contains(&arg),
            Operand::BinOp => BinOp::from_u32(arg as u32).is_some() && arg >= 0,
            Operand::CmpOp => CmpOp::from_u32(arg as u32).is_some() && arg >= 0,
            Operand::UnOp => UnOp::from_u32(arg as u32).is_some() && arg >= 0,
            Operand::Fault => arg >= 0 && Fault::from_u32(arg as u32).is_some(),
            Operand::Count => (0..256).contains(&arg),
            Operand::Pin => (0..crate::pins::PIN_COUNT as i64).contains(&arg),
            Operand::PinCode => {
                (0..1 << 21).contains(&arg) && (arg >> 15 & 31) < crate::pins::PIN_COUNT as i64
            }
            _ => (0..(1 << OPERAND_BITS)).contains(&arg),
        }
    }

    pub fn encode(self) -> Result<u32, EncodeError> {
        if !Instr::operand_fits(self.op, self.arg as i64) {
            return Err(EncodeError {
                mnemonic: self.op.mnemonic(),
                arg: self.arg as i64,
            });
        }
        Ok(((self.op as u32) << OPERAND_BITS) | (self.arg as u32 & OPERAND_MASK))
    }

    pub fn decode(word: u32) -> Result<Instr, DecodeError> {
        let opc = (word >> OPERAND_BITS) as u8;
        let op = Op::from_u8(opc).ok_or(DecodeError::Opcode(opc))?;
        let raw = word & OPERAND_MASK;
        let arg = match op.operand() {
            Operand::Int => ((raw << 8) as i32) >> 8,
            _ => raw as i32,
        };
        if !Instr::operand_fits(op, arg as i64) {
            return Err(DecodeError::Operand {
                mnemonic: op.mnemonic(),
                arg: raw,
            });
        }
        Ok(Instr { op, arg })
    }

    /// The operand in text form, or `None` for operand-less instructions.
    pub fn operand_text(self) -> Option<String> {
        let a = self.arg;
        Some(match self.op.operand() {
            Operand::None => return None,
            Operand::BinOp => BinOp::from_u32(a as u32)?.name().to_string(),
            Operand::CmpOp => CmpOp::from_u32(a as u32)?.name().to_string(),
            Operand::UnOp => UnOp::from_u32(a as u32)?.name().to_string(),
            Operand::Fault => Fault::from_u32(a as u32)?.name().to_string(),
            Operand::Imm => format!("0x{a:x}"),
            Operand::Pin => crate::pins::PINS.get(a as usize)?.name.to_string(),
            Operand::PinCode => format!(
                "{}={},{}",
                crate::pins::PINS.get((a >> 15 & 31) as usize)?.name,
                a >> 20 & 1,
                a & 0x7fff
            ),
            _ => a.to_string(),
        })
    }

    /// Parse an operand written in text form (labels are the assembler's job).
    pub fn parse_operand(op: Op, text: &str) -> Option<i32> {
        let num = |t: &str| -> Option<i64> {
            let (neg, t) = match t.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, t),
            };
            let v = if let Some(h) = t.strip_prefix("0x") {
                i64::from_str_radix(h, 16).ok()?
            } else {
                t.parse::<i64>().ok()?
            };
            Some(if neg { -v } else { v })
        };
        let v: i64 = match op.operand() {
            Operand::None => return None,
            Operand::BinOp => *BinOp::ALL.iter().find(|b| b.name() == text)? as i64,
            Operand::CmpOp => *CmpOp::ALL.iter().find(|b| b.name() == text)? as i64,
            Operand::UnOp => *UnOp::ALL.iter().find(|b| b.name() == text)? as i64,
            Operand::Fault => Fault::from_name(text)? as i64,
            Operand::Pin => match crate::pins::lookup(text) {
                Some(p) => p.id as i64,
                None => num(text)?,
            },
            Operand::PinCode => {
                let (pin, rest) = text.split_once('=')?;
                let (level, target) = rest.split_once(',')?;
                let pin = match crate::pins::lookup(pin) {
                    Some(p) => p.id as i64,
                    None => num(pin)?,
                };
                let level = num(level)?;
                let target = num(target)?;
                if !(0..2).contains(&level) || !(0..1 << 15).contains(&target) {
                    return None;
                }
                target | pin << 15 | level << 20
            }
            _ => num(text)?,
        };
        if Instr::operand_fits(op, v) {
            Some(v as i32)
        } else {
            None
        }
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.operand_text() {
            Some(t) => write!(f, "{} {}", self.op.mnemonic(), t),
            None => write!(f, "{}", self.op.mnemonic()),
        }
    }
}

/// Disassemble one word; words that do not decode are shown as `.word`.
pub fn disassemble_word(word: u32) -> String {
    match Instr::decode(word) {
        Ok(i) => i.to_string(),
        Err(_) => format!(".word 0x{word:08x}"),
    }
}
