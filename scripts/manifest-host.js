// The manifest for a host: manifest.xml names the dev server (https://localhost:3000) in every URL;
// a production build writes the host it is given into all of them (webpack.config.js):
//   npm run build -- --env host=https://budget.example.se
"use strict";

const DEV_HOST = "https://localhost:3000";

/**
 * "https://budget.example.se", or "https://intranet.example.se/finsam/": the base of every URL.
 * Throws, in English for the developer, when Office could not load the add-in from it.
 */
function normalizeHost(host) {
  let url;
  try {
    url = new URL(String(host));
  } catch {
    throw new Error(
      `--env host=${host}: not a URL. Give the https address the add-in is served from, e.g. https://budget.example.se`
    );
  }
  if (url.protocol !== "https:") throw new Error(`--env host=${host}: Office loads add-ins over https only.`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `--env host=${host}: give only the address (scheme, host and optional path), no query, fragment or login.`
    );
  }
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/** The manifest with every dev-server URL moved to `host`; <AppDomain> takes the host's origin only. */
function manifestForHost(xml, host) {
  const base = normalizeHost(host);
  const origin = new URL(base).origin;
  return xml
    .split(`<AppDomain>${DEV_HOST}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_HOST)
    .join(base);
}

module.exports = { DEV_HOST, normalizeHost, manifestForHost };
