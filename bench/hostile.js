#!/usr/bin/env node
// The CLI on small hostile workbooks, each in a child process: exit code, time and peak RSS (the aim:
// under 200 MB for any 2.5 KB file; the heap is capped at 512 MB, so a blow-up shows as a crash
// rather than gigabytes). The files are built here: a stray cell in XFD1048576, a merge
// over the whole sheet, a zip bomb's directory, and 30 million empty rows (0.8 MB zipped).
// Needs lib/ (npx tsc -p tsconfig.cli.json). Figures only.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook besides the sheet. */
function workbookParts() {
  return {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  };
}

/** A zip of deflated entries; `sizes` overrides the uncompressed size the directory states. */
function zipOf(entries, sizes = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const raw = typeof content === "string" ? Buffer.from(content) : undefined;
    const deflated = raw ? zlib.deflateRawSync(raw, { level: 9 }) : content.deflated;
    const size = sizes[name] ?? (raw ? raw.length : content.size);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    nameBytes.copy(local, 30);
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    nameBytes.copy(central, 46);
    locals.push(local, deflated);
    centrals.push(central);
    offset += local.length + deflated.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(
    centrals.reduce((n, c) => n + c.length, 0),
    12
  );
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function sheet(sheetData, after = "") {
  return `<worksheet ${NS}><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** 30 million `<row/>`, deflated as they are written. */
function manyEmptyRows(count) {
  const [head, tail] = sheet("\u0000").split("\u0000");
  const block = Buffer.from("<row/>".repeat(100000));
  const chunks = [Buffer.from(head)];
  for (let i = 0; i < count / 100000; i++) chunks.push(block);
  chunks.push(Buffer.from(tail));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  return { deflated: zlib.deflateRawSync(Buffer.concat(chunks), { level: 9 }), size };
}

function hostileFiles(dir) {
  const cell = '<row r="1"><c r="A1"><v>1</v></c></row>';
  const files = {
    "stray cell XFD1048576": zipOf({
      ...workbookParts(),
      "xl/worksheets/sheet1.xml": sheet(`${cell}<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`),
    }),
    "mergeCell A1:XFD1048576": zipOf({
      ...workbookParts(),
      "xl/worksheets/sheet1.xml": sheet(cell, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    }),
    "zip bomb directory (4 GB stated)": zipOf(
      { ...workbookParts(), "xl/worksheets/sheet1.xml": sheet(cell) },
      { "xl/worksheets/sheet1.xml": 0xfffffff0 }
    ),
    "30 million empty rows": zipOf({ ...workbookParts(), "xl/worksheets/sheet1.xml": manyEmptyRows(30000000) }),
  };
  return Object.entries(files).map(([name, bytes], i) => {
    const file = path.join(dir, `hostile-${i}.xlsx`);
    fs.writeFileSync(file, bytes);
    return { name, file, bytes: bytes.length };
  });
}

/**
 * This process's peak RSS in MB: VmHWM, which starts anew at exec (getrusage's maxRSS on Linux
 * carries the forking parent's peak into the child), or maxRSS where /proc is missing.
 */
function peakMB() {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** In a child: the CLI's main on one file; its exit code and peak RSS. */
const RUNNER = `
const fs = require("fs");
const peakMB = ${peakMB.toString()};
const { main } = require(${JSON.stringify(path.join(ROOT, "lib", "cli", "main.js"))});
process.stdout.write = () => true;
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = () => true;
main([process.argv[1]]).then((code) => write(JSON.stringify({ code, peakMB: peakMB() })));
`;

async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-hostile-"));
  try {
    return hostileFiles(dir).map(({ name, file, bytes }) => {
      const start = process.hrtime.bigint();
      // A 512 MB heap: a file that would take gigabytes fails fast instead of swapping the machine.
      const args = ["--max-old-space-size=512", "-e", RUNNER, file];
      const child = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120000 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const last = child.stderr.trim().split("\n").pop() ?? "";
      const result = last.startsWith("{")
        ? JSON.parse(last)
        : { code: child.status, peakMB: NaN, failure: last.slice(0, 200) };
      return { name, bytes, ms, ...result };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function format(results) {
  const lines = ["CLI på fientliga filer (egen process var):"];
  for (const r of results) {
    lines.push(
      `  ${r.name} (${(r.bytes / 1024).toFixed(1)} KB): slutkod ${r.code}, ${r.ms.toFixed(0)} ms, topp-RSS ${r.peakMB.toFixed(0)} MB` +
        (r.failure ? ` (${r.failure})` : "")
    );
  }
  return lines.join("\n");
}

module.exports = { run, format, peakMB };

if (require.main === module) {
  run()
    .then((results) => console.log(format(results)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
