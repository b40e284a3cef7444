// DESIGN.md: every rule id is listed in the README, and the README's first lines are the two
// commands a newcomer runs.
import * as fs from "fs";
import * as path from "path";
import { allRules } from "../src/domain/checks";

const readme = fs.readFileSync(path.resolve(__dirname, "..", "README.md"), "utf8");

test("every rule the engine runs is listed in the README's rule table", () => {
  const firstCells = readme
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split("|")[1]);
  const listed = new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1])));
  const missing = allRules()
    .map((r) => r.id)
    .filter((id) => !listed.has(id));
  expect(missing).toEqual([]);
});

test("the first two lines are the newcomer's commands, and the sample they name exists", () => {
  const [main, tests] = readme.split("\n");
  expect(main).toBe("npm ci && npx finsam-check samples/finsam-budget-exempel.xlsx");
  expect(tests).toBe("npm ci && npm test");
  expect(fs.existsSync(path.resolve(__dirname, "..", "samples", "finsam-budget-exempel.xlsx"))).toBe(true);
});
