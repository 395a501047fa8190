//! The program generator: deterministic, within the compiler's subset and
//! the code memory, its feature switches hold, and its interval arithmetic
//! is sound.

use pysm_fuzz::gen::{binary_iv, binary_iv_lim, program, Iv, Options, BIG, MAX};

#[test]
fn programs_are_deterministic_and_compile() {
    let opts = Options::default();
    for seed in 0..200 {
        let src = program(seed, &opts);
        assert_eq!(src, program(seed, &opts), "seed {seed}");
        if let Err(e) = pysm_compiler::compile(&src, "gen.py") {
            panic!("seed {seed}: {e}\n{src}");
        }
    }
    assert_ne!(program(1, &opts), program(2, &opts));
}

/// The magnitudes of the int literals of a program.
fn int_literals(src: &str) -> Vec<i128> {
    let mut out = Vec::new();
    let mut in_str = false;
    let mut word = String::new();
    for c in src.chars().chain(" ".chars()) {
        if c == '"' {
            in_str = !in_str;
        }
        if !in_str && (c.is_ascii_alphanumeric() || c == '_') {
            word.push(c);
            continue;
        }
        if word.starts_with(|d: char| d.is_ascii_digit()) {
            let v = match word.strip_prefix("0x") {
                Some(h) => i128::from_str_radix(h, 16),
                None => word.parse(),
            };
            out.push(v.unwrap_or_else(|_| panic!("literal {word}")));
        }
        word.clear();
    }
    out
}

/// Each feature group can be switched off; ints only means small ints and
/// no objects: no runtime library beyond the printer and the int handlers.
#[test]
fn feature_switches_hold() {
    let lines = |src: &str| -> Vec<String> {
        src.lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .map(String::from)
            .collect()
    };
    for seed in 0..150 {
        let opts = Options {
            exceptions: false,
            ..Options::default()
        };
        let src = program(seed, &opts);
        for l in lines(&src) {
            assert!(
                !l.contains("try:") && !l.contains("raise") && !l.contains("class "),
                "seed {seed}: {l}"
            );
        }
        let opts = Options {
            big_ints: false,
            ..Options::default()
        };
        let src = program(seed, &opts);
        for v in int_literals(&src) {
            // A program without big ints may still fold a wide value with
            // `% 2**31` (a big literal, not a big result).
            assert!(v <= 1 << 31, "seed {seed}: {v}\n{src}");
        }
        let opts = Options {
            containers: false,
            exceptions: false,
            ..Options::default()
        };
        let src = program(seed, &opts);
        for l in lines(&src) {
            assert!(
                !l.contains(['[', '{', '"']),
                "seed {seed}: a container or str in {l}"
            );
        }
        let src = program(seed, &Options::ints_only());
        // -2**30 is written (-1073741824).
        assert!(
            int_literals(&src).iter().all(|&v| v <= MAX + 1),
            "seed {seed}:\n{src}"
        );
        pysm_compiler::compile(&src, "gen.py").unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Most programs with everything on use every group.
#[test]
fn default_programs_use_every_group() {
    let (mut big, mut containers, mut exceptions) = (0, 0, 0);
    for seed in 0..100 {
        let src = program(seed, &Options::default());
        big += int_literals(&src).iter().any(|&v| v > MAX) as u32;
        containers += src.contains('[') as u32;
        exceptions += src.contains("try:") as u32;
    }
    assert!(
        big >= 60 && containers >= 60 && exceptions >= 50,
        "{big} {containers} {exceptions}"
    );
}

fn floor_div(a: i128, b: i128) -> i128 {
    a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }
}

fn py_mod(a: i128, b: i128) -> i128 {
    a - b * floor_div(a, b)
}

fn apply(op: &str, x: i128, y: i128) -> Option<i128> {
    Some(match op {
        "+" => x + y,
        "-" => x - y,
        "*" => x * y,
        "//" | "%" if y == 0 => return None,
        "//" => floor_div(x, y),
        "%" => py_mod(x, y),
        "<<" | ">>" if y < 0 => return None,
        "<<" => x << y,
        ">>" => x >> y,
        "&" => x & y,
        "|" => x | y,
        _ => x ^ y,
    })
}

const OPS: [&str; 10] = ["+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^"];

/// Every result of `a OP b` over small intervals lies in the computed one.
#[test]
fn intervals_contain_every_result() {
    let ivs = [
        Iv { lo: -7, hi: 5 },
        Iv { lo: 0, hi: 9 },
        Iv { lo: -9, hi: -1 },
        Iv { lo: 1, hi: 3 },
        Iv { lo: 3, hi: 3 },
        Iv { lo: -1, hi: 0 },
    ];
    for op in OPS {
        for a in ivs {
            for b in ivs {
                let Some(r) = binary_iv(op, a, b) else {
                    continue;
                };
                for x in a.lo..=a.hi {
                    for y in b.lo..=b.hi {
                        if let Some(v) = apply(op, x, y) {
                            assert!(r.contains(v), "{x} {op} {y} = {v} not in {r:?}");
                        }
                    }
                }
            }
        }
    }
    // Results that may leave the small ints are refused.
    let max = Iv::point(MAX);
    assert_eq!(binary_iv("+", max, Iv::point(1)), None);
    assert_eq!(binary_iv("*", Iv::FULL, Iv::point(-1)), None);
    assert_eq!(binary_iv("//", Iv::FULL, Iv { lo: -1, hi: 1 }), None);
}

/// With big ints: the corners of wide intervals, the limit, and `& | ^`
/// only on non-negative or small operands (PySM does not support negative
/// big ints there).
#[test]
fn big_intervals_are_sound_and_bounded() {
    let p = |e: u32| 1i128 << e;
    let ivs = [
        Iv {
            lo: -p(62),
            hi: p(40),
        },
        Iv {
            lo: p(31) - 3,
            hi: p(31) + 2,
        },
        Iv { lo: -3, hi: 70 },
        Iv {
            lo: -p(64) - 1,
            hi: -p(63),
        },
        Iv { lo: 0, hi: p(90) },
    ];
    for op in OPS {
        for a in ivs {
            for b in ivs {
                let Some(r) = binary_iv_lim(op, a, b, BIG) else {
                    continue;
                };
                assert!(r.lo >= -BIG - 1 && r.hi <= BIG, "{a:?} {op} {b:?} = {r:?}");
                for x in [a.lo, a.hi, a.lo / 2 + a.hi / 2] {
                    for y in [b.lo, b.hi, b.lo / 2 + b.hi / 2, 1, -1, 0] {
                        if !b.contains(y) {
                            continue;
                        }
                        if let Some(v) = apply(op, x, y) {
                            assert!(r.contains(v), "{x} {op} {y} = {v} not in {r:?}");
                        }
                    }
                }
            }
        }
    }
    assert_eq!(
        binary_iv_lim("*", Iv::point(p(60)), Iv::point(p(41)), BIG),
        None
    );
    // `& | ^` on negative big ints, as two's complement.
    assert_eq!(
        binary_iv_lim("|", Iv::point(-p(40)), Iv::point(5), BIG),
        Some(Iv {
            lo: -p(40),
            hi: p(40) - 1
        })
    );
    // An unfollowed magnitude (a sum) only goes through `%`.
    let sum = Iv { lo: 0, hi: p(120) };
    assert_eq!(binary_iv_lim(">>", sum, Iv::point(100), BIG), None);
    assert_eq!(
        binary_iv_lim("%", sum, Iv::point(7), BIG),
        Some(Iv { lo: 0, hi: 6 })
    );
}
