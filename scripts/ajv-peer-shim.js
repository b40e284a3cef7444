// Works around a broken install: package-lock.json (made with legacy-peer-deps) hoists
// ajv-keywords@5 to the top level next to ajv@6, but ajv-keywords@5 needs its peer ajv@8.
// schema-utils@4 (copy-webpack-plugin, webpack-dev-server) then fails with
// "Cannot find module 'ajv/dist/compile/codegen'". The shim resolves ajv for ajv-keywords
// from schema-utils' own ajv@8. It does nothing once the tree is sound; delete it when the
// lockfile is regenerated with ajv@8 reachable from ajv-keywords.
"use strict";

const Module = require("module");
const path = require("path");

function majorVersion(packageJson) {
  try {
    return Number(require(packageJson).version.split(".")[0]);
  } catch {
    return undefined;
  }
}

function installAjvPeerShim() {
  const keywordsDir = `${path.sep}ajv-keywords${path.sep}`;
  let schemaUtilsDir;
  try {
    const keywordsAjv = require.resolve("ajv/package.json", {
      paths: [path.dirname(require.resolve("ajv-keywords/package.json"))],
    });
    if (majorVersion(keywordsAjv) >= 8) return false;
    schemaUtilsDir = path.dirname(require.resolve("schema-utils/package.json"));
    if (majorVersion(require.resolve("ajv/package.json", { paths: [schemaUtilsDir] })) < 8) return false;
  } catch {
    return false;
  }
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveAjvForKeywords(request, parent, ...rest) {
    const fromKeywords = parent && parent.filename && parent.filename.includes(keywordsDir);
    if (fromKeywords && (request === "ajv" || request.startsWith("ajv/"))) {
      return require.resolve(request, { paths: [schemaUtilsDir] });
    }
    return resolve.call(this, request, parent, ...rest);
  };
  return true;
}

module.exports = { installAjvPeerShim };
