// A sheet seen by recognition: every cell classified once (empty, amount, header, text, error).
import { cellAmount, type CellAmount } from "../amount";
import { cellAt, cellText, columnCount, isEmptyCell, type Cell, type Grid } from "../grid";
import { isNonPeriodHeader, isTotalHeader, periodKindOf, unitInText, yearInText } from "../vocabulary";

export type CellKind = "empty" | "amount" | "text" | "error";

/** What a cell could say as a column header. */
export interface HeaderInfo {
  year?: number;
  kind?: ReturnType<typeof periodKindOf>;
  unit?: ReturnType<typeof unitInText>;
  nonPeriod?: boolean;
  total?: boolean;
}

export interface SheetView {
  grid: Grid;
  rows: number;
  columns: number;
  kind(row: number, column: number): CellKind;
  amount(row: number, column: number): CellAmount | undefined;
  text(row: number, column: number): string;
  cell(row: number, column: number): Cell | undefined;
  /** The header meaning of a cell, or undefined when it cannot be a column header. */
  header(row: number, column: number): HeaderInfo | undefined;
  hiddenRow(row: number): boolean;
}

const HEADER_WORDS = new Set(
  (
    "budget prognos plan utfall bokslut helår år belopp bidrag i tkr kr mkr mnkr sek tsek ksek kronor ram prel " +
    "preliminär preliminärt preliminära reviderad beslutad beslutat föreslagen förslag årsbudget helårsprognos " +
    "delår jan dec tom t o m för och per"
  ).split(" ")
);

/** True when every word of a header is a period, unit or filler word, or a year. */
function onlyHeaderWords(text: string): boolean {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== "");
  return tokens.every((w) => HEADER_WORDS.has(w) || /^(?:19|20)\d{2}$/.test(w));
}

/** The header meaning of a text: "År 2020(tkr)", "Budget Kr", "Prognos 2020", "Totalt", "%". */
export function headerOfText(text: string): HeaderInfo | undefined {
  const t = text
    .replace(/<\/?[biu]>/gi, "")
    .replace(/\*\*/g, "")
    .trim();
  if (t === "") return undefined;
  if (isTotalHeader(t)) return { total: true };
  if (isNonPeriodHeader(t) && !/\d{4}/.test(t)) return { nonPeriod: true };
  const year = yearInText(t);
  if (!onlyHeaderWords(t)) {
    // "Avvikelse 2023" and "Utfall jan-aug 2023 %" stay headers, of columns that are no period.
    if (isNonPeriodHeader(t)) return { nonPeriod: true };
    return undefined;
  }
  const info: HeaderInfo = {};
  if (year !== undefined) info.year = year;
  const kind = periodKindOf(t);
  if (kind) info.kind = kind;
  const unit = unitInText(t);
  if (unit) info.unit = unit;
  if (/avvikelse|\bdiff/i.test(t)) info.nonPeriod = true;
  if (info.year === undefined && !info.kind && !info.unit && !info.nonPeriod) return undefined;
  return info;
}

export function makeSheetView(grid: Grid): SheetView {
  const rows = grid.rows.length;
  const columns = columnCount(grid);
  const kinds: CellKind[][] = [];
  const amounts = new Map<number, CellAmount>();
  const hidden = new Set(grid.hiddenRows ?? []);
  for (let r = 1; r <= rows; r++) {
    const line: CellKind[] = new Array(columns + 1).fill("empty");
    const src = grid.rows[r - 1];
    if (src) {
      for (let c = 1; c <= src.length; c++) {
        const cell = src[c - 1];
        if (isEmptyCell(cell)) continue;
        const v = cell!.value;
        if (v.type === "error") {
          line[c] = "error";
          continue;
        }
        const amount = cellAmount(cell);
        if (amount) {
          amounts.set(r * 65536 + c, amount);
          line[c] = "amount";
        } else line[c] = v.type === "empty" ? "empty" : "text";
      }
    }
    kinds.push(line);
  }
  const headers = new Map<number, HeaderInfo | undefined>();
  const view: SheetView = {
    grid,
    rows,
    columns,
    kind: (r, c) => kinds[r - 1]?.[c] ?? "empty",
    amount: (r, c) => amounts.get(r * 65536 + c),
    text: (r, c) => cellText(cellAt(grid, r, c)),
    cell: (r, c) => cellAt(grid, r, c),
    hiddenRow: (r) => hidden.has(r),
    header(r, c) {
      const key = r * 65536 + c;
      if (headers.has(key)) return headers.get(key);
      let info: HeaderInfo | undefined;
      const k = view.kind(r, c);
      if (k === "amount") {
        const cell = cellAt(grid, r, c);
        const v = cell?.value;
        const a = amounts.get(key);
        const n = v?.type === "number" ? v.value : a && !a.unit ? Number(a.value.toString()) : NaN;
        const whole = v?.type === "number" || /^\s*'?\d{4}\s*$/.test(cellText(cell));
        info = whole && Number.isInteger(n) && n >= 1990 && n <= 2100 ? { year: n } : undefined;
      } else if (k === "text") info = headerOfText(view.text(r, c));
      headers.set(key, info);
      return info;
    },
  };
  return view;
}
