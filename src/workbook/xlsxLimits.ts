// How much of a workbook the reader takes on before it stops with a message. Checked before parsing
// where the file says it (size, the zip directory) and while reading where only the content says it
// (cells, merges). Stated in the README; a file beyond one gets a Swedish message naming the limit.

export interface ReadLimits {
  /** The file itself, on disk or chosen in the pane. */
  fileBytes: number;
  /** Entries in the zip's central directory. */
  zipEntries: number;
  /** All entries' uncompressed sizes together, as the directory states them (a zip bomb's tell). */
  uncompressedBytes: number;
  /** One part held whole in memory (workbook, relationships, styles, shared strings). */
  partBytes: number;
  /** Cells with a value or formula in one sheet, and in the whole workbook. */
  cellsPerSheet: number;
  cells: number;
  /** Merged areas in one sheet (an area is listed, never expanded cell by cell). */
  mergesPerSheet: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 100 * MB,
  zipEntries: 10_000,
  uncompressedBytes: 1024 * MB,
  partBytes: 100 * MB,
  cellsPerSheet: 3_000_000,
  cells: 6_000_000,
  mergesPerSheet: 100_000,
};

/** Excel's own bounds: XFD1048576 is the last cell of a sheet. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;
