//! The compiler never panics, hangs or gives a malformed error: a short
//! fuzzing run (the long one is `make fuzz`), and the inputs that found
//! bugs before.

use pysm_fuzz::compile_fuzz::{self, Config, Verdict};
use std::time::{Duration, Instant};

#[test]
fn quick_compiler_fuzz() {
    let cfg = Config {
        seed: 20_261_123,
        duration: Duration::from_secs(20),
        limit: Duration::from_secs(10),
        out: None,
        corpus: compile_fuzz::load_corpus(&pysm_fuzz::workspace()),
        max_failures: 20,
    };
    assert!(cfg.corpus.len() >= 20, "corpus: {}", cfg.corpus.len());
    let st = compile_fuzz::run(&cfg);
    eprintln!("{}", st.summary());
    let fails: Vec<String> = st
        .failures
        .iter()
        .map(|(input, what)| format!("{input}: {what}"))
        .collect();
    assert!(fails.is_empty(), "{}", fails.join("\n"));
    assert!(st.tried >= 100, "{}", st.summary());
    assert!(st.accepted > 0 && st.rejected > 0, "{}", st.summary());
}

/// Finding: positions on one long line were found by rescanning the line,
/// so a 1 MB line took seconds per thousand nodes (quadratic).
#[test]
fn one_long_line_compiles_in_linear_time() {
    let src = format!("x = 1\ny = x{}\n", " or x".repeat(200_000));
    let t = Instant::now();
    let v = compile_fuzz::check(&src, "long.py", Duration::from_secs(60));
    let dt = t.elapsed();
    assert_eq!(v, Verdict::Rejected);
    assert!(dt < Duration::from_secs(5), "took {dt:?}");
}

/// Finding: a parse error quoted a multi-line string token verbatim, which
/// broke the one-line `FILE:LINE:COL: error: message` form.
#[test]
fn error_quoting_a_multiline_token_is_one_line() {
    let src = "isreturn ''' break\n    ...elif >>= $\n 7 ''' y\n";
    let e = pysm_compiler::compile(src, "t.py").expect_err("invalid");
    compile_fuzz::check_error(src, "t.py", &e).unwrap();
    assert!(e.message.contains("\\n"), "{e}");
}

/// A rejection is judged by where it points and how it reads.
#[test]
fn malformed_errors_are_caught() {
    let e = |line, col, message: &str| pysm_compiler::CompileError {
        file: "f.py".into(),
        line,
        col,
        message: message.into(),
    };
    let src = "x = 1\nyy\n";
    assert!(compile_fuzz::check_error(src, "f.py", &e(2, 3, "bad")).is_ok());
    assert!(compile_fuzz::check_error(src, "f.py", &e(3, 1, "at the end")).is_ok());
    for bad in [
        e(0, 1, "line 0"),
        e(4, 1, "past the end"),
        e(2, 4, "past the line"),
        e(1, 0, "column 0"),
        e(1, 1, "two\nlines"),
        e(1, 1, ""),
        e(1, 1, "internal compiler error"),
    ] {
        assert!(
            compile_fuzz::check_error(src, "f.py", &bad).is_err(),
            "{bad:?}"
        );
    }
    assert!(compile_fuzz::check_error(src, "g.py", &e(1, 1, "x")).is_err());
}

/// The same seed gives the same inputs.
#[test]
fn inputs_are_reproducible() {
    let corpus = compile_fuzz::load_corpus(&pysm_fuzz::workspace());
    for i in 0..40 {
        assert_eq!(
            compile_fuzz::input(7, i, &corpus),
            compile_fuzz::input(7, i, &corpus)
        );
    }
}
