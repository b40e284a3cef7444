// Which Excel hosts can run the task pane, and what the manifest must require to admit only them.
// Read by scripts/validate-manifest.js (npm run validate, in CI) and webpack.config.js.
//
// The bundle's language level is tsconfig.json's target (ES2020), which webpack also targets; React
// 18 and Fluent UI v9 do not run in Internet Explorer either. From Microsoft's documentation:
//
// - "Browsers and webview controls used by Office Add-ins": Office 2016 and 2019 volume-licensed use
//   Trident (Internet Explorer 11, ES5 only). Microsoft 365 on Windows uses WebView2 (Chromium) from
//   Version 2101 (16.0.13530.20424), where the WebView2 runtime is installed (it is installed with
//   Microsoft 365 from 2101 on and with Office 2021); builds before 16.0.14326 also needed the
//   registry key Win32WebView2, without which they use EdgeHTML (Edge Legacy, no ES2020). Office
//   2021 uses WebView2. Mac uses WKWebView; Excel on the web, the browser.
// - "Excel JavaScript API requirement sets": ExcelApi 1.14 came with Version 2108 (Build
//   14326.20508), Office 2021, Mac 16.52, iPad 16.53; 1.13 with Version 2102 (Build 13801.20738);
//   Office 2019 volume-licensed stops at 1.8, Office 2016 at 1.1.
//
// So ExcelApi 1.14 is the first set whose every Windows host uses WebView2 by default, and it is
// also what the adapter needs: WorksheetChangedEventArgs.triggerSource (1.14) keeps the pane from
// re-reading its own writes, on top of getMergedAreasOrNullObject (1.13), getCellProperties (1.9).
// A host below it never loads the add-in; one that still falls back to an old webview (no WebView2
// runtime, a WIP-protected document before build 16.0.16626) gets taskpane.html's plain message.
"use strict";

const fs = require("fs");
const path = require("path");

/** The ExcelApi version the adapter's calls need (src/workbook/excel.ts). */
const REQUIRED_EXCEL_API = "1.14";

/**
 * The newest ECMAScript edition every host admitted by an ExcelApi floor can run, from the
 * highest floor down: each entry holds for its floor and everything above it.
 */
const ES_LEVEL_BY_EXCEL_API = [
  { minExcelApi: "1.14", es: 2020, webviews: "WebView2 (Chromium), WKWebView on Mac, current browsers on the web" },
  { minExcelApi: "1.1", es: 5, webviews: "Trident (Internet Explorer 11) or EdgeHTML (Edge Legacy) among them" },
];

function compareVersions(a, b) {
  const pa = String(a).split(".").map(Number);
  const pb = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The JavaScript every host admitted by `<Set Name="ExcelApi" MinVersion=…>` can run. */
function admittedLanguage(minExcelApi) {
  return ES_LEVEL_BY_EXCEL_API.find((entry) => compareVersions(minExcelApi, entry.minExcelApi) >= 0);
}

/** "ES2020" → 2020, "ES5" → 5, "ESNext" → Infinity. */
function esYear(target) {
  const name = String(target).toUpperCase();
  if (name === "ESNEXT") return Infinity;
  const match = /^ES(\d+)$/.exec(name);
  if (!match) throw new Error(`Unknown language level ${target}`);
  const n = Number(match[1]);
  return n === 6 ? 2015 : n;
}

/** tsconfig.json's compilerOptions.target: the language level of the bundle. */
function bundleTarget(repo = path.resolve(__dirname, "..")) {
  const text = fs.readFileSync(path.join(repo, "tsconfig.json"), "utf8");
  const tsconfig = JSON.parse(text.replace(/^\s*\/\/.*$/gm, ""));
  return tsconfig.compilerOptions.target;
}

module.exports = { REQUIRED_EXCEL_API, ES_LEVEL_BY_EXCEL_API, admittedLanguage, bundleTarget, compareVersions, esYear };
