// --prognosis: writes a copy of the file with a prognosis sheet added. The input is never modified:
// it is read once into memory, and only the copy at OUT is written.
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import type { CliOptions } from "./args";
import { openWorkbookFile } from "./files";
import { cliStrings, prognosisStrings } from "../domain/strings";
import { recognizeWorkbook } from "../domain/recognize";
import type { BudgetTable, Unit } from "../domain/table";
import {
  buildPrognosisSheet,
  choosePrognosisTable,
  defaultAssumptions,
  prognosisTable,
  ratePerYear,
  type Assumptions,
} from "../domain/prognosis";

const KR_PER_UNIT: Record<Unit, number> = { kr: 1, tkr: 1000, Mkr: 1000000 };

/** The defaults with the user's flags: growth in percent for every prognosis year, eget kapital in kr. */
export function assumptionsFromOptions(table: BudgetTable, tables: BudgetTable[], options: CliOptions): Assumptions {
  const assumptions = defaultAssumptions(table, tables);
  const years = assumptions.years.length;
  if (options.incomeGrowth !== undefined) assumptions.incomeGrowth = ratePerYear(options.incomeGrowth, years);
  if (options.wageGrowth !== undefined) assumptions.wageGrowth = ratePerYear(options.wageGrowth, years);
  if (options.priceGrowth !== undefined) assumptions.priceGrowth = ratePerYear(options.priceGrowth, years);
  if (options.equity !== undefined) {
    // --equity is in kr; the sheet keeps the table's unit.
    assumptions.equity = { kind: "entered", value: new Decimal(options.equity).dividedBy(KR_PER_UNIT[table.unit]) };
  }
  return assumptions;
}

/** Today as an ISO day in local time: the CLI owns the clock, the engine gets the date passed in. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function fail(message: string): number {
  process.stderr.write(message + "\n");
  return 2;
}

export async function writePrognosis(file: string, options: CliOptions): Promise<number> {
  const out = options.prognosis;
  if (!out) return fail(cliStrings.missingValue("--prognosis"));
  if (samePath(file, out)) return fail(cliStrings.prognosisSameFile);
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return fail(cliStrings.cannotRead(file, opened.message));
  const tables = recognizeWorkbook(opened.grids, opened.settings.overrides);
  const chosen = choosePrognosisTable(tables, options.table);
  if (!chosen) return fail(options.table ? prognosisStrings.noSuchTable(options.table) : cliStrings.prognosisNoTable);
  const table = prognosisTable(chosen, tables);
  const spec = buildPrognosisSheet(table, assumptionsFromOptions(table, tables, options), {
    sourceSheet: table.sheet,
    date: today(),
    existingNames: opened.grids.map((g) => g.name),
  });
  const name = await opened.workbook.addSheet(spec);
  try {
    fs.writeFileSync(out, await opened.workbook.toBuffer());
  } catch (err) {
    return fail(prognosisStrings.badOutput(out, err instanceof Error ? err.message : String(err)));
  }
  process.stdout.write(cliStrings.prognosisWritten(out, name) + "\n");
  return 0;
}
