// decancer's cure() as a benchmark peer, run by bench.c:
//   node bench/decancer.js FILE LINE_BYTES RUNS
// Takes the non-empty lines of FILE from its start until they hold
// LINE_BYTES bytes (the lines bench.c times its per-line operations on),
// cures each line separately (cure() is superlinear past about 1 KB, see
// /work/shared/FACTS.md) and converts the result to a string. Timed inside
// node, so start-up is excluded; one warm-up pass, then RUNS timed passes.
// Prints: "decancer VERSION MB/s MEDIAN lines N bytes B errors E".
'use strict';
const fs = require('fs');
const path = require('path');

const [file, limitArg, runsArg] = process.argv.slice(2);
let cure;
try {
  cure = require('decancer');
} catch (e) {
  console.log('decancer missing: ' + e.message.split('\n')[0]);
  process.exit(3);
}
const version = require(path.join(__dirname, 'node_modules', 'decancer', 'package.json')).version;
const data = fs.readFileSync(file);
const limit = Number(limitArg);
const lines = [];
let bytes = 0;
for (let start = 0; start < data.length && bytes < limit;) {
  let end = data.indexOf(10, start);
  if (end < 0) end = data.length;
  if (end > start) {
    lines.push(data.toString('utf8', start, end));
    bytes += end - start;
  }
  start = end + 1;
}

let errors = 0;
function pass() {
  let out = 0;
  for (const l of lines) {
    try {
      out += cure(l).toString().length;
    } catch (e) {
      errors++;
    }
  }
  return out;
}

pass();
errors = 0;
const rates = [];
for (let r = 0; r < Number(runsArg); r++) {
  const t0 = process.hrtime.bigint();
  pass();
  const ns = Number(process.hrtime.bigint() - t0);
  rates.push(bytes / 1e6 / (ns / 1e9));
}
rates.sort((a, b) => a - b);
const median = rates[rates.length >> 1];
console.log(`decancer ${version} MB/s ${median.toFixed(2)} lines ${lines.length} bytes ${bytes} errors ${errors}`);
