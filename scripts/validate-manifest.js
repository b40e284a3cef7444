#!/usr/bin/env node
// Validates manifest.xml offline: against Microsoft's add-in manifest XSDs (xmllint-wasm),
// then the project checks the schema cannot express: resource ids resolve, every URL points at
// the add-in's own host and the icons exist there, the ExcelApi requirement is the one the code
// needs and admits only hosts whose webview runs the bundle's language level (host-requirements.js).
// Exit 1 on any error. webpack.config.js runs the same checks on dist/manifest.xml after a build.
// Outside CI, and only when the network answers, it also asks Microsoft's validation
// service (office-addin-manifest); that answer is advisory and never fails the run.
// Usage: node scripts/validate-manifest.js [manifest.xml]
"use strict";

const fs = require("fs");
const path = require("path");
const dns = require("dns");
const { validateXML } = require("xmllint-wasm");
const { REQUIRED_EXCEL_API, admittedLanguage, bundleTarget, compareVersions, esYear } = require("./host-requirements");

const REPO = path.resolve(__dirname, "..");
const SHARED_XSD = path.resolve(__dirname, "../../shared/office-manifest-xsd");
const COMMITTED_XSD = path.resolve(__dirname, "xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
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

/** The URL the task pane opens: every other URL must be on its host. */
function sourceLocation(xml) {
  const match = xml.match(/<SourceLocation\s+DefaultValue="([^"]+)"/);
  return match ? match[1] : undefined;
}

/** Every URL the manifest gives Office (attribute values and AppDomain), without the XML namespaces. */
function manifestUrls(xml) {
  const values = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  const domains = [...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1].trim());
  return [...values, ...domains];
}

/** Every URL on the pane's host, and the icons it names present next to the manifest. */
function hostChecks(xml, baseDir) {
  const source = sourceLocation(xml);
  if (!source) return ["<DefaultSettings> has no <SourceLocation>."];
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  const origin = new URL(source).origin;
  const errors = [];
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith("https://")) errors.push(`${url}: Office loads add-ins over https only.`);
    else if (url !== origin && !url.startsWith(base)) errors.push(`${url} is not on the add-in's host ${base}.`);
    else if (url.startsWith(`${base}assets/`) && !fs.existsSync(path.join(baseDir, url.slice(base.length)))) {
      errors.push(`${url.slice(base.length)} is referenced but missing.`);
    }
  }
  return errors;
}

/** The ExcelApi set: the one the code needs, and one that admits only webviews that run the bundle. */
function requirementChecks(xml, target) {
  const excelSet = xml.match(/<Set\s+[^>]*Name="ExcelApi"[^>]*\/?>/);
  if (!excelSet) return [`<Requirements> must list <Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>.`];
  const minVersion = excelSet[0].match(/MinVersion="([^"]+)"/);
  if (!minVersion) return [`<Set Name="ExcelApi"> has no MinVersion (the code needs ${REQUIRED_EXCEL_API}).`];
  const errors = [];
  if (compareVersions(minVersion[1], REQUIRED_EXCEL_API) < 0) {
    errors.push(`ExcelApi MinVersion ${minVersion[1]} is below ${REQUIRED_EXCEL_API}, which the code needs.`);
  }
  const admitted = admittedLanguage(minVersion[1]);
  if (!admitted || admitted.es < esYear(target)) {
    errors.push(
      `ExcelApi MinVersion ${minVersion[1]} admits hosts that run only ES${admitted ? admitted.es : "?"} ` +
        `(${admitted ? admitted.webviews : "unknown webviews"}), but the bundle is ${target} (tsconfig.json target).`
    );
  }
  return errors;
}

/** Checks the XSD cannot make: every resid defined, every URL on the host, the ExcelApi requirement. */
function projectChecks(xml, { baseDir = REPO, target = bundleTarget(REPO) } = {}) {
  const errors = [];
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid)) errors.push(`resid "${resid}" is used but not defined under <Resources>.`);
  }
  return [...errors, ...hostChecks(xml, baseDir), ...requirementChecks(xml, target)];
}

/**
 * Offline validation of one manifest: the list of errors, empty when it is valid. `baseDir` is
 * what the host serves (the repository for the dev server, dist/ after a build): icons are looked for there.
 */
async function validateManifest(manifestPath, xsdDir = schemaDirectory(), baseDir = REPO) {
  const schemaErrors = await validateAgainstSchema(manifestPath, xsdDir);
  const xml = fs.readFileSync(manifestPath, "utf8");
  return { xsdDir, errors: [...schemaErrors, ...projectChecks(xml, { baseDir })] };
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

module.exports = { validateManifest, projectChecks, manifestUrls, COMMITTED_XSD, SHARED_XSD };
