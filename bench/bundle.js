#!/usr/bin/env node
// The task pane's JavaScript at start-up, gzipped: the scripts dist/taskpane.html loads (not
// office.js, not the lazy chunks engine/filemode/excel). Needs a build: npm run build.
// Prints figures only; the budget is 300 KB gzipped for the initial scripts.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const LIMIT_KB = 300;
const KB = 1024;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The local scripts an HTML page loads with <script src>, in order. */
function initialScripts(html) {
  // html-webpack-plugin minifies: src=vendor.js without quotes in production builds.
  const srcs = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
  return srcs.filter((src) => !/^[a-z]+:\/\//i.test(src)).map((src) => src.replace(/^\.?\//, ""));
}

async function run(dist = path.resolve(__dirname, "..", "dist")) {
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page)) throw new Error(`${page} saknas: kör npm run build först.`);
  const initial = initialScripts(fs.readFileSync(page, "utf8"));
  const measure = (file) => ({
    file,
    bytes: fs.statSync(path.join(dist, file)).size,
    gzip: gzipSize(path.join(dist, file)),
  });
  const initialFiles = initial.map(measure);
  const lazyFiles = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !initial.includes(f) && !f.startsWith("commands."))
    .map(measure);
  const initialGzip = initialFiles.reduce((s, f) => s + f.gzip, 0);
  return { initial: initialFiles, lazy: lazyFiles, initialGzipKB: initialGzip / KB, limitKB: LIMIT_KB };
}

function format(f) {
  const line = (x) => `  ${x.file}: ${(x.bytes / KB).toFixed(1)} KB, ${(x.gzip / KB).toFixed(1)} KB gzip`;
  return [
    `initial JS (taskpane.html): ${f.initialGzipKB.toFixed(1)} KB gzip (budget ${f.limitKB} KB${f.initialGzipKB > f.limitKB ? ", OVER" : ""})`,
    ...f.initial.map(line),
    "lazy chunks:",
    ...f.lazy.map(line),
  ].join("\n");
}

module.exports = { run, format, initialScripts };

if (require.main === module) {
  run(process.argv[2])
    .then((figures) => console.log(format(figures)))
    .catch((e) => {
      console.error(e.message ?? e);
      process.exit(1);
    });
}
