#!/usr/bin/env node
// Validates manifest.xml offline: against Microsoft's add-in manifest XSDs (xmllint-wasm),
// then a few project checks the schema cannot express (resource ids resolve, icons exist,
// the ExcelApi requirement the code relies on). Exit 1 on any error.
// Outside CI, and only when the network answers, it also asks Microsoft's validation
// service (office-addin-manifest); that answer is advisory and never fails the run.
// Usage: node scripts/validate-manifest.js [manifest.xml]
"use strict";

const fs = require("fs");
const path = require("path");
const dns = require("dns");
const { validateXML } = require("xmllint-wasm");

const REPO = path.resolve(__dirname, "..");
const SHARED_XSD = path.resolve(__dirname, "../../shared/office-manifest-xsd");
const COMMITTED_XSD = path.resolve(__dirname, "xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const REQUIRED_EXCEL_API = "1.7";
const SERVICE_HOST = "validationgateway.omex.office.net";

/** The shared schemas when this checkout sits next to them, else the copy in the repo. */
function schemaDirectory() {
  return fs.existsSync(path.join(SHARED_XSD, MAIN_XSD)) ? SHARED_XSD : COMMITTED_XSD;
}

async function validateAgainstSchema(manifestPath, xsdDir) {
  const names = fs.readdirSync(xsdDir).filter((name) => name.endsWith(".xsd"));
  const read = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(xsdDir, name), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: path.basename(manifestPath), contents: fs.readFileSync(manifestPath, "utf8") }],
    schema: [read(MAIN_XSD)],
    preload: names.filter((name) => name !== MAIN_XSD).map(read),
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage || error.message);
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Checks the XSD cannot make: every resid defined, icons present, ExcelApi ≥ 1.7. */
function projectChecks(xml) {
  const errors = [];
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid)) errors.push(`resid "${resid}" is used but not defined under <Resources>.`);
  }
  for (const [, file] of xml.matchAll(/"https:\/\/localhost:3000\/(assets\/[^"]+)"/g)) {
    if (!fs.existsSync(path.join(REPO, file))) errors.push(`${file} is referenced but missing.`);
  }
  const excelSet = xml.match(/<Set\s+[^>]*Name="ExcelApi"[^>]*\/?>/);
  if (!excelSet) {
    errors.push(`<Requirements> must list <Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>.`);
  } else {
    const minVersion = excelSet[0].match(/MinVersion="([^"]+)"/);
    if (!minVersion) {
      errors.push(`<Set Name="ExcelApi"> has no MinVersion (the code needs ${REQUIRED_EXCEL_API}).`);
    } else if (compareVersions(minVersion[1], REQUIRED_EXCEL_API) < 0) {
      errors.push(`ExcelApi MinVersion ${minVersion[1]} is below ${REQUIRED_EXCEL_API}, which the code needs.`);
    }
  }
  return errors;
}

/** Offline validation of one manifest: the list of errors, empty when it is valid. */
async function validateManifest(manifestPath, xsdDir = schemaDirectory()) {
  const schemaErrors = await validateAgainstSchema(manifestPath, xsdDir);
  const xml = fs.readFileSync(manifestPath, "utf8");
  return { xsdDir, errors: [...schemaErrors, ...projectChecks(xml)] };
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);
}

/** Advisory online check; returns silently when the service cannot be reached. */
async function validateOnline(manifestPath) {
  const address = await withTimeout(
    dns.promises.lookup(SERVICE_HOST).catch(() => undefined),
    3000
  );
  if (!address) {
    console.log(`Online check skipped: ${SERVICE_HOST} cannot be reached.`);
    return;
  }
  try {
    const { validateManifest: validateWithService } = require("office-addin-manifest");
    const validation = await withTimeout(validateWithService(manifestPath), 20000);
    if (!validation || (validation.status && validation.status !== 200) || !validation.report) {
      console.log("Online check skipped: the validation service did not answer.");
      return;
    }
    const issues = [...(validation.report.errors || []), ...(validation.report.warnings || [])];
    for (const issue of issues) console.log(`  online: ${issue.title}: ${issue.content}`);
    console.log(`Online check (advisory): ${validation.isValid ? "accepted" : "not accepted"}.`);
  } catch (error) {
    console.log(`Online check skipped: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
  }
}

async function main() {
  const manifestPath = path.resolve(process.argv[2] || path.join(REPO, "manifest.xml"));
  const { xsdDir, errors } = await validateManifest(manifestPath);
  const shown = path.relative(process.cwd(), manifestPath) || manifestPath;
  if (errors.length > 0) {
    console.error(`${shown}: INVALID (schemas: ${path.relative(process.cwd(), xsdDir)})`);
    for (const error of errors) console.error(`  ${error}`);
    return 1;
  }
  console.log(
    `${shown}: valid against the add-in manifest schemas (${path.relative(process.cwd(), xsdDir)}) and project checks.`
  );
  if (process.env.CI) {
    console.log("Online check skipped: CI is set.");
  } else {
    await validateOnline(manifestPath);
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Manifest validation could not run: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  );
}

module.exports = { validateManifest, projectChecks, COMMITTED_XSD, SHARED_XSD };
