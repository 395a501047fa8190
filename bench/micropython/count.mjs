// Runs each benchmark program on MicroPython's WebAssembly port, with the
// module instrumented by instrument.mjs, and prints the WebAssembly
// instructions that running it executed (its compilation left out).
// `node count.mjs BENCH.json FILE.py...`: PySM's cycles from `pysm bench`'s
// BENCH.json, if it exists, go beside them.
import fs from "node:fs";
import { execFileSync } from "node:child_process";

// The fib(20) anchor of the speed bar: MicroPython's unix port (x86-64,
// threads off, -Os) executes about 15.5 million x86 instructions.
const FIB20_X86 = 15.5e6;

let exports_ = null;
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (...args) => {
  const r = await instantiate(...args);
  exports_ = (r.instance ?? r).exports;
  return r;
};
const { loadMicroPython } = await import("./mp/micropython.mjs");
let out = "";
const mp = await loadMicroPython({
  stdout: (s) => { out += s + "\n"; },
  stderr: (s) => { out += s + "\n"; },
  heapsize: 8 * 1024 * 1024,
});
const count = () =>
  Number(BigInt(exports_.icount_hi() >>> 0) * 4294967296n + BigInt(exports_.icount_lo() >>> 0));

const [benchJson, ...files] = process.argv.slice(2);
const pysm = new Map();
if (fs.existsSync(benchJson)) {
  for (const p of JSON.parse(fs.readFileSync(benchJson, "utf8")).programs) pysm.set(p.program, p.cycles);
}
const rows = [];
for (const file of files) {
  const name = file.replace(/^.*\//, "").replace(/\.py$/, "");
  const src = fs.readFileSync(file, "utf8");
  // Compiling alone, then compiling and running: the difference is the run.
  mp.globals.set("__src", src);
  let c0 = count();
  mp.runPython("compile(__src, 'bench.py', 'exec')");
  const compile = count() - c0;
  out = "";
  c0 = count();
  mp.runPython(src);
  const wasm = count() - c0 - compile;
  // Whether MicroPython prints what CPython does (its sort is not stable,
  // so sort_tuples' key sort differs: the work is the same).
  const ok = out === execFileSync("python3", [file], { encoding: "utf8" });
  rows.push({ program: name, ok, wasm });
}
const fib = rows.find((r) => r.program === "fib");
const scale = fib ? FIB20_X86 / fib.wasm : null;
console.log(
  "program".padEnd(14) + "check".padStart(8) + "MicroPython wasm".padStart(18) + "x86 estimate".padStart(14) +
  "PySM cycles".padStart(13) + "ratio".padStart(8),
);
for (const r of rows) {
  r.x86_estimate = scale ? Math.round(r.wasm * scale) : null;
  r.pysm_cycles = pysm.get(r.program) ?? null;
  r.ratio = r.x86_estimate && r.pysm_cycles ? +(r.x86_estimate / r.pysm_cycles).toFixed(2) : null;
  console.log(
    r.program.padEnd(14) + (r.ok ? "ok" : "differs").padStart(8) + String(r.wasm).padStart(18) + String(r.x86_estimate ?? "-").padStart(14) +
    String(r.pysm_cycles ?? "-").padStart(13) + String(r.ratio ?? "-").padStart(8),
  );
}
console.log(`x86 estimate: WebAssembly instructions x ${scale?.toFixed(4)} (fib(20): ${FIB20_X86} x86 instructions)`);
fs.writeFileSync(process.env.OUT ?? "micropython.json", JSON.stringify({ scale, programs: rows }, null, 2) + "\n");
