use pysm_isa::asm::assemble;
use pysm_isa::image::{crc32, Image, ImageError};
use pysm_isa::{disassemble_word, CompInfo, DebugInfo, FuncInfo, Instr, LineEntry, Op, Operand};

fn sample_arg(op: Op) -> i32 {
    match op.operand() {
        Operand::None => 0,
        Operand::Int => -12345,
        Operand::BinOp => 9,
        Operand::CmpOp => 7,
        Operand::UnOp => 4,
        Operand::Fault => 5,
        Operand::Count => 3,
        Operand::Pin => 26,
        Operand::PinCode => 0x1c_1234,
        _ => 0xAB_CDEF,
    }
}

#[test]
fn opcodes_are_unique_and_round_trip() {
    let mut seen = std::collections::HashSet::new();
    for &op in Op::ALL {
        assert!(seen.insert(op as u8), "duplicate opcode {op:?}");
        assert!(seen.len() <= 256);
        assert_eq!(Op::from_u8(op as u8), Some(op));
        let i = Instr::new(op, sample_arg(op));
        let w = i.encode().unwrap();
        assert_eq!(Instr::decode(w).unwrap(), i);
        // The text form assembles back to the same word.
        assert_eq!(assemble(&i.to_string()).unwrap(), vec![w], "{i}");
        assert_eq!(disassemble_word(w), i.to_string());
    }
}

#[test]
fn operands_are_range_checked() {
    assert!(Instr::new(Op::PushInt, 1 << 23).encode().is_err());
    assert!(Instr::new(Op::PushInt, -(1 << 23)).encode().is_ok());
    assert!(Instr::new(Op::Binary, 11).encode().is_err());
    assert!(Instr::new(Op::Nop, 1).encode().is_err());
    assert!(Instr::new(Op::PinHigh, 27).encode().is_err());
    assert!(Instr::new(Op::PinLevel, -1).encode().is_err());
    assert!(Instr::new(Op::JumpIfPin, 27 << 15).encode().is_err());
    assert!(Instr::new(Op::JumpIfPin, 1 << 21).encode().is_err());
    assert_eq!(
        Instr::new(Op::JumpIfPin, 4 << 15 | 1 << 20 | 14).to_string(),
        "JUMP_IF_PIN P1A2=1,14"
    );
    assert!(Instr::decode(0xFF00_0000).is_err());
    assert!(Instr::decode(((Op::Binary as u32) << 24) | 99).is_err());
    assert_eq!(disassemble_word(0xFF00_0000), ".word 0xff000000");
}

#[test]
fn assembler_resolves_labels_and_reports_errors() {
    let words =
        assemble("start: PUSH_INT 1 ; one\nloop:\n  JUMP loop\n  JUMP start # back\n").unwrap();
    assert_eq!(words.len(), 3);
    assert_eq!(Instr::decode(words[1]).unwrap(), Instr::new(Op::Jump, 1));
    assert_eq!(Instr::decode(words[2]).unwrap(), Instr::new(Op::Jump, 0));
    let e = assemble("NOP\nFROB 3\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(assemble("JUMP nowhere").is_err());
    assert!(assemble("BINARY frob").is_err());
}

fn sample_image() -> Image {
    Image {
        entry: 2,
        code: assemble("PUSH_INT 1\nRETURN\nPUSH_INT 2\nHALT").unwrap(),
        data: vec![0, 3, 5],
        heap: vec![],
        debug: DebugInfo {
            file: "my prog.py".into(),
            functions: vec![FuncInfo {
                name: "m".into(),
                qualname: "C.m".into(),
                start: 0,
                end: 2,
                params: 1,
                locals: vec!["a".into(), "b".into()],
            }],
            globals: vec![(0, "f".into())],
            lines: vec![
                LineEntry {
                    end_col: 9,
                    anchors: (2, 3),
                    ..LineEntry::at(0, 2, 4)
                },
                LineEntry::at(2, 3, 0),
            ],
            comps: vec![CompInfo {
                start: 1,
                end: 2,
                name: "<listcomp>".into(),
                span: LineEntry {
                    end_col: 12,
                    ..LineEntry::at(1, 2, 5)
                },
            }],
        },
    }
}

#[test]
fn image_round_trips_and_rejects_damage() {
    let img = sample_image();
    let bytes = img.to_bytes();
    assert_eq!(Image::from_bytes(&bytes).unwrap(), img);
    assert_eq!(img.debug.line_of(1).unwrap().line, 2);
    assert_eq!(img.debug.function_of(1).unwrap().name, "m");
    assert_eq!(img.debug.function_of(1).unwrap().qualname, "C.m");
    assert!(img.debug.function_of(3).is_none());

    let mut bad = bytes.clone();
    bad[0] = b'X';
    assert_eq!(Image::from_bytes(&bad), Err(ImageError::Magic));
    let mut bad = bytes.clone();
    bad[4] = 9;
    assert_eq!(Image::from_bytes(&bad), Err(ImageError::Version(9)));
    let mut bad = bytes.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    assert_eq!(Image::from_bytes(&bad), Err(ImageError::Checksum));
    assert_eq!(
        Image::from_bytes(&bytes[..bytes.len() - 3]),
        Err(ImageError::Truncated)
    );
    assert_eq!(Image::from_bytes(&bytes[..10]), Err(ImageError::Truncated));
}

#[test]
fn image_rejects_trailing_bytes_and_inconsistent_contents() {
    let mut bytes = sample_image().to_bytes();
    bytes.extend_from_slice(b"junk");
    assert_eq!(Image::from_bytes(&bytes), Err(ImageError::TrailingBytes(4)));
    // A valid checksum over contents that do not agree with themselves.
    let damaged = [
        |i: &mut Image| i.entry = 4,
        |i: &mut Image| i.debug.functions[0].end = 9,
        |i: &mut Image| i.debug.functions[0].start = 3,
        |i: &mut Image| i.debug.lines[1].pc = 4,
        |i: &mut Image| i.debug.comps[0].end = 5,
    ];
    for damage in damaged {
        let mut img = sample_image();
        damage(&mut img);
        let r = Image::from_bytes(&img.to_bytes());
        assert!(matches!(r, Err(ImageError::Inconsistent(_))), "{r:?}");
    }
}

#[test]
fn crc32_matches_zlib() {
    // zlib.crc32(b"123456789") == 0xcbf43926
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

#[test]
fn isa_doc_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/isa.md");
    let want = pysm_isa::doc::isa_markdown();
    if std::env::var_os("PYSM_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "docs/isa.md is stale: run `make docs` (PYSM_BLESS=1 cargo test -p pysm-isa)"
    );
}
