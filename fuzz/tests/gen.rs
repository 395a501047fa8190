//! The program generator: deterministic, within the compiler's subset and
//! the code memory, and its interval arithmetic is sound.

use pysm_fuzz::gen::{binary_iv, program, Iv, Options};

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

fn floor_div(a: i64, b: i64) -> i64 {
    a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }
}

fn py_mod(a: i64, b: i64) -> i64 {
    a - b * floor_div(a, b)
}

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
    for op in ["+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^"] {
        for a in ivs {
            for b in ivs {
                let Some(r) = binary_iv(op, a, b) else {
                    continue;
                };
                for x in a.lo..=a.hi {
                    for y in b.lo..=b.hi {
                        let v = match op {
                            "+" => x + y,
                            "-" => x - y,
                            "*" => x * y,
                            "//" | "%" if y == 0 => continue,
                            "//" => floor_div(x, y),
                            "%" => py_mod(x, y),
                            "<<" | ">>" if y < 0 => continue,
                            "<<" => x << y,
                            ">>" => x >> y,
                            "&" => x & y,
                            "|" => x | y,
                            _ => x ^ y,
                        };
                        assert!(r.contains(v), "{x} {op} {y} = {v} not in {r:?}");
                    }
                }
            }
        }
    }
    // Results that may leave the small ints are refused.
    let max = Iv::point(pysm_fuzz::gen::MAX);
    assert_eq!(binary_iv("+", max, Iv::point(1)), None);
    assert_eq!(binary_iv("*", Iv::FULL, Iv::point(-1)), None);
    assert_eq!(binary_iv("//", Iv::FULL, Iv { lo: -1, hi: 1 }), None);
}
