// Adds an i64 counter of executed WebAssembly instructions to a module:
// `node instrument.mjs IN.wasm OUT.wasm`. Each straight-line segment (the
// children of a block up to and including the next one with control flow
// in it, a loop's body, an if's arm, a function body) adds its count of
// instructions when it is entered. Exported as icount_lo and icount_hi.
import binaryen from "binaryen";
import fs from "node:fs";

const [input, output] = process.argv.slice(2);
const m = binaryen.readBinary(fs.readFileSync(input));
m.setFeatures(binaryen.Features.All & ~binaryen.Features.CompactImports & ~binaryen.Features.CustomPageSizes & ~binaryen.Features.CallIndirectOverlong);
const B = binaryen;
const ID = (n) => B[n + "Id"];
// Children of each non-control expression kind, by field name.
const FIELDS = new Map([
  ["Nop", []], ["Unreachable", []], ["Const", []], ["LocalGet", []],
  ["GlobalGet", []], ["MemorySize", []],
  ["LocalSet", ["Value"]], ["GlobalSet", ["Value"]],
  ["Load", ["Ptr"]], ["Store", ["Ptr", "Value"]],
  ["Unary", ["Value"]], ["Binary", ["Left", "Right"]],
  ["Select", ["IfTrue", "IfFalse", "Condition"]],
  ["Drop", ["Value"]], ["Return", ["Value"]], ["MemoryGrow", ["Delta"]],
  ["Break", ["Value", "Condition"]], ["Switch", ["Value", "Condition"]],
  ["Call", ["Operands"]], ["CallIndirect", ["Target", "Operands"]],
  ["MemoryCopy", ["Dest", "Source", "Size"]],
  ["MemoryFill", ["Dest", "Value", "Size"]],
].map(([k, f]) => [ID(k), [k, f]]));
const seen = new Set();
// Set when a counted expression contains control flow: the instructions
// after it in a block are a new straight-line segment.
let control = false;

function inc(n) {
  return m.global.set("icount", m.i64.add(m.global.get("icount", B.i64), m.i64.const(BigInt(n))));
}

// Instructions of `e` outside nested regions; nested regions are instrumented.
function count(e) {
  if (!e) return 0;
  const id = B.getExpressionId(e);
  if (id === ID("Block")) {
    instrumentBlock(e);
    control = true;
    return 0;
  }
  if ([ID("Break"), ID("Switch"), ID("Return"), ID("Unreachable")].includes(id)) control = true;
  if (id === ID("Loop")) {
    B.Loop.setBody(e, region(B.Loop.getBody(e)));
    control = true;
    return 1;
  }
  if (id === ID("If")) {
    control = true;
    const c = count(B.If.getCondition(e));
    B.If.setIfTrue(e, region(B.If.getIfTrue(e)));
    const f = B.If.getIfFalse(e);
    if (f) B.If.setIfFalse(e, region(f));
    return c + 1;
  }
  const kind = FIELDS.get(id);
  if (!kind) {
    if (!seen.has(id)) { seen.add(id); console.error("unknown expression id", id); }
    return 1;
  }
  const [cls, fields] = kind;
  let n = 1;
  for (const f of fields) {
    const v = B[cls]["get" + f](e);
    if (Array.isArray(v)) for (const x of v) n += count(x);
    else if (v) n += count(v);
  }
  return n;
}

function instrumentBlock(b) {
  const kids = B.Block.getChildren(b);
  const segments = [];
  let start = 0;
  let n = 0;
  kids.forEach((k, i) => {
    const saved = control;
    control = false;
    n += count(k);
    if (control) {
      segments.push([start, n]);
      start = i + 1;
      n = 0;
    }
    control = saved;
  });
  segments.push([start, n]);
  for (const [at, c] of segments.reverse()) if (c > 0) B.Block.insertChildAt(b, at, inc(c));
}

function region(e) {
  if (B.getExpressionId(e) === ID("Block")) {
    instrumentBlock(e);
    return e;
  }
  const saved = control;
  const n = count(e);
  control = saved;
  return m.block(null, [inc(n), e], B.getExpressionType(e));
}

m.addGlobal("icount", B.i64, true, m.i64.const(BigInt(0)));
for (let i = 0; i < m.getNumFunctions(); i++) {
  const f = m.getFunctionByIndex(i);
  const info = B.getFunctionInfo(f);
  if (info.base) continue; // an import
  B.Function.setBody(f, region(info.body));
}
m.addFunction("icount_lo", B.none, B.i32, [], m.i32.wrap(m.global.get("icount", B.i64)));
m.addFunction("icount_hi", B.none, B.i32, [],
  m.i32.wrap(m.i64.shr_u(m.global.get("icount", B.i64), m.i64.const(BigInt(32)))));
m.addFunctionExport("icount_lo", "icount_lo");
m.addFunctionExport("icount_hi", "icount_hi");
if (!m.validate()) throw new Error("invalid module");
fs.writeFileSync(output, m.emitBinary());
