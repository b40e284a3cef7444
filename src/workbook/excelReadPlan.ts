// How much of a workbook one request to Excel may carry, and the plan that keeps every request
// under it. Pure arithmetic over measured used ranges; excelRead.ts makes the calls.
//
// Excel on the web limits each request and each response to 5 MB (RichApi.Error
// ResponsePayloadSizeLimitExceeded), and every platform limits a read to 5 000 000 cells
// (learn.microsoft.com: "Resource limits and performance optimization for Office Add-ins").
// A cell's values, formulas, numberFormat and valueTypes come to about 37 bytes of JSON on a
// typical budget; getCellProperties for bold and indent adds about 51. The plan counts 80 and 64
// bytes (room for long labels) against 4 MB, and splits a request again if Excel still refuses it.

/** A sheet's used range, 0-based (Range.rowIndex, columnIndex, rowCount, columnCount). */
export interface MeasuredSheet {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** One rectangle to load: a whole used range, or a band of its rows. */
export interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface ReadLimits {
  /** Cells whose values, formulas, formats and types one request loads (≈ 80 bytes each, 4 MB). */
  requestCells: number;
  /** Label cells whose bold and indent one request loads (≈ 64 bytes each, 4 MB). */
  labelCells: number;
  /** Cells read of one sheet at most; the rows below are reported as not checked. */
  sheetCells: number;
  /** Cells read of the whole workbook at most; later sheets are reported as not checked. */
  workbookCells: number;
}

export const EXCEL_READ_LIMITS: ReadLimits = {
  requestCells: 50_000,
  labelCells: 62_500,
  sheetCells: 500_000,
  workbookCells: 1_000_000,
};

/** What will be read of one sheet: its first `rows` rows (0 for a blank or skipped sheet). */
export interface SheetExtent {
  sheet: number;
  measured: MeasuredSheet;
  rows: number;
  /** Why fewer rows than the used range holds are read. */
  cut?: "sheet" | "workbook";
}

export interface ReadPlan {
  extents: SheetExtent[];
  /** The blocks of each request, in order: one context.sync() each. */
  requests: Block[][];
}

function cells(block: Pick<Block, "rows" | "columns">): number {
  return block.rows * block.columns;
}

/** Cuts a block into bands of whole rows of at most `limit` cells (one row at least). */
export function bands(block: Block, limit: number): Block[] {
  const rowsPerBand = Math.max(1, Math.floor(limit / block.columns));
  const out: Block[] = [];
  for (let offset = 0; offset < block.rows; offset += rowsPerBand) {
    out.push({ ...block, top: block.top + offset, rows: Math.min(rowsPerBand, block.rows - offset) });
  }
  return out;
}

/** Packs blocks, in order, into requests of at most `limit` cells; a bigger block is cut into bands first. */
export function packRequests(blocks: readonly Block[], limit: number): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let load = 0;
  for (const band of blocks.flatMap((b) => (cells(b) > limit ? bands(b, limit) : [b]))) {
    if (current.length > 0 && load + cells(band) > limit) {
      requests.push(current);
      current = [];
      load = 0;
    }
    current.push(band);
    load += cells(band);
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** Which rows of each sheet are read, under the per-sheet and per-workbook caps, and in which requests. */
export function planRead(sheets: readonly (MeasuredSheet | undefined)[], limits: ReadLimits): ReadPlan {
  let budget = limits.workbookCells;
  const extents: SheetExtent[] = sheets.map((measured, sheet) => {
    const m = measured ?? { top: 0, left: 0, rows: 0, columns: 0 };
    if (m.rows === 0 || m.columns === 0) return { sheet, measured: m, rows: 0 };
    const sheetRows = Math.min(m.rows, Math.floor(limits.sheetCells / m.columns));
    const rows = Math.min(sheetRows, Math.floor(budget / m.columns));
    budget -= rows * m.columns;
    const extent: SheetExtent = { sheet, measured: m, rows };
    if (rows < m.rows) extent.cut = rows < sheetRows ? "workbook" : "sheet";
    return extent;
  });
  const blocks = extents
    .filter((e) => e.rows > 0)
    .map((e) => ({
      sheet: e.sheet,
      top: e.measured.top,
      left: e.measured.left,
      rows: e.rows,
      columns: e.measured.columns,
    }));
  return { extents, requests: packRequests(blocks, limits.requestCells) };
}

/** Splits a request Excel refused in two halves (by blocks, or a lone block by rows); undefined when it cannot shrink. */
export function halve(request: readonly Block[]): [Block[], Block[]] | undefined {
  if (request.length > 1) {
    const middle = Math.ceil(request.length / 2);
    return [request.slice(0, middle), request.slice(middle)];
  }
  const [block] = request;
  if (!block || block.rows < 2) return undefined;
  const upper = Math.ceil(block.rows / 2);
  return [[{ ...block, rows: upper }], [{ ...block, top: block.top + upper, rows: block.rows - upper }]];
}
