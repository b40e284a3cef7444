// Aggregations in A1 on their sheet, one entry per total cell, as the JSON contract lists them.
import { address } from "../grid";
import type { Aggregation, AggregationCells, FigureTable } from "./model";

/** The cells of one aggregation at one series (a column for a total line, a line for a total column). */
export function cellsAt(table: FigureTable, a: Aggregation, series: number): AggregationCells {
  if (a.axis === "rows") {
    const column = table.columns[series].column;
    return {
      total: address(table.lines[a.total].row, column),
      parts: a.parts.map((p) => address(table.lines[p].row, column)),
      signs: [...a.signs],
    };
  }
  const row = table.lines[series].row;
  return {
    total: address(row, table.columns[a.total].column),
    parts: a.parts.map((p) => address(row, table.columns[p].column)),
    signs: [...a.signs],
  };
}

/** The series an aggregation runs over: the table's columns for a total line, its lines for a total column. */
export function seriesCount(table: FigureTable, a: Aggregation): number {
  return a.axis === "rows" ? table.columns.length : table.lines.length;
}
