//! Programs in `tests/errors/` are rejected with a positioned message. The
//! first line of each is `# error: LINE:COL: substring of the message`
//! (`*` for a column that is not checked).

mod common;

#[test]
fn errors_are_reported() {
    let progs = common::programs("errors");
    assert!(progs.len() >= 20);
    let mut failures = Vec::new();
    for p in &progs {
        let name = common::name(p);
        let src = std::fs::read_to_string(p).expect("read");
        let spec = src
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# error: "))
            .unwrap_or_else(|| panic!("{name}: no '# error:' header"));
        let mut parts = spec.splitn(3, ':');
        let line: u32 = parts.next().and_then(|s| s.parse().ok()).expect("line");
        let col = parts.next().expect("col");
        let want = parts.next().expect("message").trim();
        match pysm_compiler::compile(&src, &name) {
            Ok(_) => failures.push(format!("{name}: compiled, expected an error")),
            Err(e) => {
                let text = e.to_string();
                let col_ok = col == "*" || col.parse::<u32>().ok() == Some(e.col);
                if e.file != name
                    || e.line != line
                    || !col_ok
                    || !e.message.contains(want)
                    || !text.starts_with(&format!("{name}:{}:{}: error: ", e.line, e.col))
                {
                    failures.push(format!("{name}: got '{text}', want {line}:{col}: {want}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn too_big_programs_are_rejected() {
    // Code: more than 32768 instructions.
    let src = "x = 0\n".to_string() + &"x = x + 1\n".repeat(8400);
    let e = pysm_compiler::compile(&src, "big.py").expect_err("too much code");
    assert_eq!((e.line, e.col), (1, 1));
    assert!(e.message.contains("instructions"), "{e}");
    // Data: more than 960 globals.
    let names: Vec<String> = (0..1000).map(|i| format!("v{i}")).collect();
    let src = format!("def f():\n    global {}\n", names.join(", "));
    let e = pysm_compiler::compile(&src, "data.py").expect_err("too much data");
    assert_eq!((e.line, e.col), (1, 1));
    assert!(e.message.contains("data"), "{e}");
}

#[test]
fn never_panics_on_odd_input() {
    for src in [
        "",
        "\n\n",
        "def",
        "x = (",
        "for",
        "if 1:\n  pass\n else:\n",
        "\u{feff}print(1)\n",
        "é = 1\nprint(é)\n",
        "def f(a, a):\n    return a\n",
        "def f(a):\n    global a\n",
        "global x\nx = 1\n",
        "print = 1\n",
        "import machine\nmachine = 1\n",
        "from machine import Pin\nPin.X\n",
        "import time\ntime.sleep(1)\n",
        "while 1:\n    continue\n",
        "x = 1\nx()\n",
        "x = 99999999999999999999999999999999999999999\n",
        "x = -(-1073741824)\n",
    ] {
        let _ = pysm_compiler::compile(src, "odd.py");
    }
}
