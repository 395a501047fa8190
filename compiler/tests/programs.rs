//! Every program in `tests/programs/` prints the same on the emulator as on
//! CPython (the oracle).

mod common;
use pysm_emu::Outcome;

#[test]
fn programs_match_cpython() {
    let progs = common::programs("programs");
    assert!(progs.len() >= 15, "expected at least 15 programs");
    let mut failures = Vec::new();
    for p in &progs {
        let (want, err, ok) = common::cpython(p);
        assert!(ok, "{}: CPython failed:\n{err}", p.display());
        assert!(!want.is_empty(), "{}: prints nothing", p.display());
        let (_, image) = common::compile(p);
        let (_, outcome, got) = common::run(&image);
        if outcome != Outcome::Halted || got != want {
            failures.push(format!(
                "{}: {outcome:?}\n--- CPython\n{want}--- PySM\n{got}",
                common::name(p)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
