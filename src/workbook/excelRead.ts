// Reading a whole workbook through Office.js in a fixed number of syncs, every one under Excel on
// the web's 5 MB limit. Private helper of the Excel adapter (excel.ts).
//
//   sync 1  the sheets: name, visibility, protection
//   sync 2  every used range's place and size (a few numbers a sheet)
//   sync 3  values, formulas, number formats, value types, hidden rows and columns: every sheet
//   sync 4  bold and indent of the text cells only (the labels recognition reads them for)
//   sync 5  merged areas, alone: more than 512 on one sheet makes Excel fail the call
//
// A workbook under the limit (EXCEL_READ_LIMITS: 50 000 cells) takes these 5 syncs whatever the
// number of sheets (fewer when no cell holds text or every sheet is blank). A larger one takes one
// more sync per further 50 000 cells in step 3 and per further 62 500 text cells in step 4; sheets
// past 500 000 cells, or past 1 000 000 in the whole workbook, are read in part and named.
import type { Grid } from "../domain/grid";
import { SETTINGS_SHEET_NAME } from "../domain/settings";
import { excelStrings } from "../domain/strings";
import { isPayloadTooLarge } from "./excelErrors";
import { GridBuilder, type LoadedCellFormat, type TextSpan } from "./excelGrid";
import {
  halve,
  packRequests,
  planRead,
  type Block,
  type MeasuredSheet,
  type ReadLimits,
  type SheetExtent,
} from "./excelReadPlan";

type Context = Excel.RequestContext;

export interface WorkbookRead {
  grids: Grid[];
  /** Sheets read only in part or not at all, in Swedish. */
  notices: string[];
  /** Each sheet's Worksheet.visibility, by name. */
  visibility: Map<string, string>;
}

interface SheetRead {
  worksheet: Excel.Worksheet;
  builder: GridBuilder;
}

/** Sync 1 and 2: the sheets (the settings sheet left out) and the size of each used range. */
async function measure(
  context: Context
): Promise<{ sheets: SheetRead[]; sizes: (MeasuredSheet | undefined)[]; visibility: Map<string, string> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  const visibility = new Map(worksheets.items.map((w) => [w.name, String(w.visibility)]));
  const sheets = worksheets.items
    .filter((w) => w.name !== SETTINGS_SHEET_NAME)
    .map((worksheet) => ({
      worksheet,
      builder: new GridBuilder(worksheet.name, worksheet.visibility !== "Visible", worksheet.protection.protected),
    }));
  const used = sheets.map(({ worksheet }) => {
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  const sizes = used.map((range) =>
    range.isNullObject
      ? undefined
      : { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount }
  );
  return { sheets, sizes, visibility };
}

/** One sync; when Excel refuses the response as too large, the request is halved and tried again. */
async function loadInHalves(request: Block[], load: (request: Block[]) => Promise<void>): Promise<void> {
  try {
    await load(request);
  } catch (error) {
    const halves = isPayloadTooLarge(error) ? halve(request) : undefined;
    if (!halves) throw error;
    await loadInHalves(halves[0], load);
    await loadInHalves(halves[1], load);
  }
}

/** Step 3: one request's blocks of values, formulas, formats and types, with hidden rows (and columns, once a sheet). */
async function loadData(
  context: Context,
  sheets: SheetRead[],
  request: Block[],
  leftEdges: Map<number, number>
): Promise<void> {
  const queued = request.map((block) => {
    const range = sheets[block.sheet].worksheet.getRangeByIndexes(block.top, block.left, block.rows, block.columns);
    range.load("values,formulas,numberFormat,valueTypes");
    const rows = range.getRowProperties({ rowHidden: true });
    const first = leftEdges.get(block.sheet) === block.top;
    const columns = first ? range.getColumnProperties({ columnHidden: true }) : undefined;
    return { block, range, rows, columns };
  });
  await context.sync();
  for (const { block, range, rows, columns } of queued) {
    const builder = sheets[block.sheet].builder;
    builder.addBlock({
      top: block.top,
      left: block.left,
      values: range.values,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      valueTypes: range.valueTypes,
      rowHidden: rows.value.map((r) => r.rowHidden === true),
    });
    if (columns)
      builder.hideColumns(
        block.left,
        columns.value.map((c) => c.columnHidden === true)
      );
  }
}

/** Step 4: bold and indent of one request's label spans. */
async function loadLabelFormats(context: Context, sheets: SheetRead[], request: Block[]): Promise<void> {
  const queued = request.map((block) => ({
    block,
    properties: sheets[block.sheet].worksheet
      .getRangeByIndexes(block.top, block.left, block.rows, 1)
      .getCellProperties({ format: { font: { bold: true }, indentLevel: true } }),
  }));
  await context.sync();
  for (const { block, properties } of queued) {
    const span: TextSpan = { column: block.left, top: block.top, bottom: block.top + block.rows - 1 };
    const formats: LoadedCellFormat[] = properties.value.map(([p]) => ({
      bold: p?.format?.font?.bold,
      indent: p?.format?.indentLevel,
    }));
    sheets[block.sheet].builder.setFormats(span, formats);
  }
}

/** Step 5: merged areas of the part read of each sheet; a sheet Excel cannot answer for keeps none. */
async function loadMerges(context: Context, sheets: SheetRead[], extents: SheetExtent[]): Promise<void> {
  const read = extents.filter((e) => e.rows > 0);
  const queue = (extent: SheetExtent) => {
    const m = extent.measured;
    const areas = sheets[extent.sheet].worksheet
      .getRangeByIndexes(m.top, m.left, extent.rows, m.columns)
      .getMergedAreasOrNullObject();
    areas.load("address");
    return { extent, areas };
  };
  const apply = ({ extent, areas }: ReturnType<typeof queue>) => {
    if (!areas.isNullObject && areas.address) sheets[extent.sheet].builder.setMerges(areas.address);
  };
  const all = read.map(queue);
  try {
    await context.sync();
    all.forEach(apply);
  } catch {
    // One sheet over Excel's 512 merged areas fails the whole call: ask sheet by sheet, so that
    // only that sheet goes without. One sync a sheet, and only after such a failure.
    for (const extent of read) {
      const one = queue(extent);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync().then(
        () => apply(one),
        () => undefined
      );
    }
  }
}

function notice(extent: SheetExtent, name: string): string | undefined {
  if (!extent.cut) return undefined;
  if (extent.rows === 0) return excelStrings.sheetSkipped(name);
  const first = extent.measured.top + 1;
  return excelStrings.sheetTruncated(name, first, first + extent.rows - 1, first + extent.measured.rows - 1);
}

/** Every sheet as a Grid (the settings sheet left out), with a notice for each sheet not read whole. */
export async function readWorkbook(context: Context, limits: ReadLimits): Promise<WorkbookRead> {
  const { sheets, sizes, visibility } = await measure(context);
  const plan = planRead(sizes, limits);
  const firstBand = new Map(plan.extents.filter((e) => e.rows > 0).map((e) => [e.sheet, e.measured.top]));
  for (const request of plan.requests) {
    await loadInHalves(request, (part) => loadData(context, sheets, part, firstBand));
  }
  const spans = sheets.flatMap(({ builder }, sheet) =>
    builder
      .textSpans()
      .map((s): Block => ({ sheet, top: s.top, left: s.column, rows: s.bottom - s.top + 1, columns: 1 }))
  );
  for (const request of packRequests(spans, limits.labelCells)) {
    await loadInHalves(request, (part) => loadLabelFormats(context, sheets, part));
  }
  if (plan.extents.some((e) => e.rows > 0)) await loadMerges(context, sheets, plan.extents);
  const notices = plan.extents.flatMap((e) => notice(e, sheets[e.sheet].worksheet.name) ?? []);
  return { grids: sheets.map(({ builder }) => builder.build()), notices, visibility };
}
