//! Board I/O programs (`tests/gpio/`), which CPython cannot run: each
//! states its expected stdout in its header (`# | line`), optionally a
//! `# loopback: OUT=IN` jumper and a `# fault: NAME line N`.

mod common;
use pysm_emu::traceback::traceback;
use pysm_emu::{GpioEnv, Outcome};
use pysm_isa::Fault;

#[test]
fn gpio_programs() {
    let progs = common::programs("gpio");
    assert!(progs.len() >= 4);
    let mut failures = Vec::new();
    for p in &progs {
        let name = common::name(p);
        let (src, image) = common::compile(p);
        let mut env = GpioEnv::new();
        let mut want = String::new();
        let mut want_fault = None;
        for l in src.lines().take_while(|l| l.starts_with('#')) {
            if let Some(spec) = l.strip_prefix("# loopback: ") {
                env.add_loopback(spec).expect("loopback");
            } else if let Some(text) = l.strip_prefix("# | ") {
                want.push_str(text);
                want.push('\n');
            } else if let Some(spec) = l.strip_prefix("# fault: ") {
                let (kind, line) = spec.split_once(" line ").expect("fault header");
                want_fault = Some((
                    Fault::from_name(kind).expect("fault name"),
                    line.parse::<u32>().expect("line"),
                ));
            }
        }
        let (m, outcome, got) = common::run_env(&image, &mut env);
        if got != want {
            failures.push(format!("{name}: stdout\n{got}--- want\n{want}"));
        }
        match (want_fault, outcome) {
            (None, Outcome::Halted) => {}
            (Some((f, line)), Outcome::Faulted(g)) if f == g => {
                let tb = traceback(&m, g, &image, Some(&src));
                if !tb.contains(&format!("line {line}, in <module>")) {
                    failures.push(format!("{name}: traceback\n{tb}"));
                }
            }
            (w, o) => failures.push(format!("{name}: outcome {o:?}, want {w:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn example_toggle_compiles_and_toggles() {
    let path = common::workspace().join("examples/gpio_toggle.py");
    let (_, image) = common::compile(&path);
    let mut env = GpioEnv::new();
    let mut toggles = 0;
    let mut m = pysm_emu::Machine::new(&image);
    let mut out = Vec::<u8>::new();
    let mut last = 0;
    for _ in 0..200 {
        match m.step(&mut env, &mut out) {
            pysm_emu::Step::Retired(_) => {}
            s => panic!("stopped: {s:?}"),
        }
        if m.gpio_out != last {
            toggles += 1;
            last = m.gpio_out;
        }
    }
    assert!(toggles > 20, "{toggles} toggles");
}
