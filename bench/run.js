#!/usr/bin/env node
// npm run bench: compiles the engine to lib/, then runs every benchmark in bench/ and prints
// its figures. Figures, not pass/fail: targets are read by people, not asserted by tests.
"use strict";

const path = require("path");
const { execFileSync } = require("child_process");

const BENCHES = [
  ["read", "Läsa .xlsx mot en baslinje (2 000, 20 000, 100 000 rader), CLI mot node -e 0, fientliga filer"],
  ["recognize", "Känna igen budgettabeller: 10 000 mot 50 000 rader, och en cell i XFD1048576"],
  ["check", "Kontrollera exempelarbetsboken, och syntetiska budgetar på 10 000 mot 50 000 rader"],
  ["folder", "Kontrollera en mapp med 200 arbetsböcker"],
  ["bundle", "Aktivitetsfönstrets JavaScript vid start (gzip)"],
  ["pane", "Filläget i Chromium: från vald fil till första resultat, kallt och varmt"],
  ["real", "Verkliga publicerade tabeller (tests/fixtures/real): fynd, falsklarm och summor mot handverifierade facit"],
];

async function main() {
  const root = path.resolve(__dirname, "..");
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
      cwd: root,
      stdio: "inherit",
    });
  } catch {
    console.error("Kompileringen till lib/ rapporterade fel; mätningarna körs ändå på det som skrevs.");
  }
  const only = process.argv.slice(2);
  for (const [name, title] of BENCHES) {
    if (only.length && !only.includes(name)) continue;
    let mod;
    try {
      mod = require(`./${name}.js`);
    } catch (err) {
      if (err.code === "MODULE_NOT_FOUND" && String(err.message).includes(`${name}.js`)) continue;
      throw err;
    }
    console.log(`\n## ${title} (bench/${name}.js)`);
    const figures = await mod.run();
    // A module prints its own figures or exports format(figures) for us to print.
    if (typeof mod.format === "function") console.log(mod.format(figures));
    else if (figures !== undefined) console.log(JSON.stringify(figures, null, 2));
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
