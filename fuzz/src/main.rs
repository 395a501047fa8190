//! `pysm-fuzz`: fuzz the compiler, run differential tests, or print a
//! generated program. See `USAGE`.

use pysm_fuzz::{compile_fuzz, diff, gen};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage:
  pysm-fuzz compile [--minutes M | --seconds S] [--seed N] [--out DIR]
      feed the compiler generated and mutated source; failing inputs go to DIR/crashes
  pysm-fuzz diff [--n N] [--seed S] [--sim-every K] [--sim-max-cycles C] [--pysm PATH] [--out DIR] [-v]
                 [--budget W] [--max-stmts S] [--depth D] [FEATURES]
      run N generated programs (seeds S..S+N-1) on python3, pysm run and pysm sim;
      differing programs go to DIR/diff; the last three size the programs
  pysm-fuzz gen SEED [FEATURES]
      print generated program SEED
FEATURES (all on by default): --no-big-ints --no-containers --no-exceptions,
  or --ints-only (small ints only, programs for the board's code memory)";

fn parse<T: std::str::FromStr>(flag: &str, v: Option<String>) -> Result<T, String> {
    v.and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} takes a number"))
}

fn compile(args: &mut impl Iterator<Item = String>) -> Result<bool, String> {
    let mut seconds = 60.0f64;
    let mut seed = 1u64;
    let mut out = pysm_fuzz::workspace().join("build/fuzz");
    while let Some(a) = args.next() {
        match a.as_str() {
            "--minutes" => seconds = 60.0 * parse::<f64>(&a, args.next())?,
            "--seconds" => seconds = parse(&a, args.next())?,
            "--seed" => seed = parse(&a, args.next())?,
            "--out" => out = PathBuf::from(args.next().ok_or("--out takes a directory")?),
            _ => return Err(format!("unexpected argument {a}\n{USAGE}")),
        }
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    // An input left by a run that the process did not survive.
    let current = out.join("current.py");
    if current.exists() {
        let dead = out.join("crashes").join(format!("killed-{seed}.py"));
        let _ = std::fs::create_dir_all(out.join("crashes"));
        let _ = std::fs::rename(&current, &dead);
        eprintln!(
            "fuzz-compile: the last run stopped in the middle of an input (a crash or an interrupt); saved as {}",
            dead.display()
        );
    }
    let cfg = compile_fuzz::Config {
        seed,
        duration: Duration::from_secs_f64(seconds),
        limit: Duration::from_secs(5),
        out: Some(out),
        corpus: compile_fuzz::load_corpus(&pysm_fuzz::workspace()),
        max_failures: 100,
    };
    eprintln!(
        "fuzz-compile: seed {seed}, {seconds:.0} s, {} corpus programs",
        cfg.corpus.len()
    );
    let st = compile_fuzz::run(&cfg);
    for (path, what) in &st.failures {
        println!("FAIL {path}: {what}");
    }
    println!("{}", st.summary());
    Ok(st.failures.is_empty())
}

fn diff(args: &mut impl Iterator<Item = String>) -> Result<bool, String> {
    let here = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cfg = diff::Config {
        pysm: here.with_file_name("pysm"),
        python: "python3".into(),
        seed: 1,
        n: 100,
        sim_every: 1,
        sim_max_cycles: 200_000,
        max_cycles: 20_000_000,
        out: pysm_fuzz::workspace().join("build/fuzz"),
        gen: Default::default(),
    };
    let mut verbose = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--n" => cfg.n = parse(&a, args.next())?,
            "--seed" => cfg.seed = parse(&a, args.next())?,
            "--sim-every" => cfg.sim_every = parse(&a, args.next())?,
            "--sim-max-cycles" => cfg.sim_max_cycles = parse(&a, args.next())?,
            "--pysm" => cfg.pysm = PathBuf::from(args.next().ok_or("--pysm takes a path")?),
            "--out" => cfg.out = PathBuf::from(args.next().ok_or("--out takes a directory")?),
            "--budget" => cfg.gen.budget = parse(&a, args.next())?,
            "--max-stmts" => cfg.gen.max_stmts = parse(&a, args.next())?,
            "--depth" => cfg.gen.depth = parse(&a, args.next())?,
            "-v" => verbose = true,
            _ if features(&mut cfg.gen, &a) => {}
            _ => return Err(format!("unexpected argument {a}\n{USAGE}")),
        }
    }
    if !cfg.pysm.exists() {
        return Err(format!(
            "{}: no such file (build it with cargo build --release -p pysm, or give --pysm)",
            cfg.pysm.display()
        ));
    }
    let rep = diff::run(&cfg, &mut |seed, v| match v {
        diff::Verdict::Differ(_) => eprintln!("seed {seed}: DIFFERS"),
        v if verbose => eprintln!("seed {seed}: {v:?}"),
        _ => {}
    });
    for (seed, path, what) in &rep.differences {
        println!("DIFF seed {seed} ({}):\n{what}", path.display());
    }
    println!("{}", rep.summary());
    Ok(rep.differences.is_empty())
}

/// A feature switch of the generator: true when `a` is one.
fn features(opts: &mut gen::Options, a: &str) -> bool {
    match a {
        "--no-big-ints" => opts.big_ints = false,
        "--no-containers" => opts.containers = false,
        "--no-exceptions" => opts.exceptions = false,
        "--ints-only" => *opts = gen::Options::ints_only(),
        _ => return false,
    }
    true
}

fn generate(args: &mut impl Iterator<Item = String>) -> Result<bool, String> {
    let seed: u64 = parse("gen", args.next())?;
    let mut opts = gen::Options::default();
    for a in args {
        if !features(&mut opts, &a) {
            return Err(format!("unexpected argument {a}\n{USAGE}"));
        }
    }
    print!("{}", gen::program(seed, &opts));
    Ok(true)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let r = match args.next().as_deref() {
        Some("compile") => compile(&mut args),
        Some("diff") => diff(&mut args),
        Some("gen") => generate(&mut args),
        _ => Err(USAGE.to_string()),
    };
    match r {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("pysm-fuzz: {e}");
            ExitCode::from(2)
        }
    }
}
