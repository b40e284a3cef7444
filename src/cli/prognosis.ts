// --prognosis: writes a copy of the file with a prognosis sheet added. The input is never modified:
// it is read once into memory, and only the copy at OUT is written.
import Decimal from "decimal.js";
import type { CliOptions } from "./args";
import { openWorkbookFile } from "./files";
import { checkOutput, fail, writeWorkbookCopy } from "./output";
import { terminalSafe } from "../domain/report/text";
import { localIsoDay } from "../domain/localTime";
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

// Where the table's unit is unknown, --equity goes in as given, in the table's own figures.
const KR_PER_UNIT: Record<Unit, number> = { kr: 1, tkr: 1000, Mkr: 1000000, okänd: 1 };

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

export async function writePrognosis(file: string, options: CliOptions): Promise<number> {
  const out = options.prognosis;
  if (!out) return fail(cliStrings.missingValue("--prognosis"));
  const refused = checkOutput(file, out, options.force, cliStrings.prognosisSameFile);
  if (refused) return fail(refused);
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return fail(cliStrings.cannotRead(file, opened.message));
  for (const notice of opened.workbook.settingsNotices)
    process.stderr.write(terminalSafe(cliStrings.settingsNotice(file, notice)) + "\n");
  const tables = recognizeWorkbook(opened.grids, opened.settings.overrides);
  const chosen = choosePrognosisTable(tables, options.table);
  if (!chosen) return fail(options.table ? prognosisStrings.noSuchTable(options.table) : cliStrings.prognosisNoTable);
  const table = prognosisTable(chosen, tables);
  const spec = buildPrognosisSheet(table, assumptionsFromOptions(table, tables, options), {
    sourceSheet: table.sheet,
    date: localIsoDay(new Date()),
    existingNames: opened.grids.map((g) => g.name),
  });
  const name = await opened.workbook.addSheet(spec);
  const written = await writeWorkbookCopy(file, out, opened.workbook, options.force, cliStrings.prognosisSameFile);
  if (!written.ok) return fail(written.message);
  process.stdout.write(terminalSafe(cliStrings.prognosisWritten(out, name)) + "\n");
  if (written.replaced) process.stdout.write(terminalSafe(cliStrings.outputReplaced(out)) + "\n");
  return 0;
}
