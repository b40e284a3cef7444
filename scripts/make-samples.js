#!/usr/bin/env node
// Writes samples/finsam-budget-exempel.xlsx: the budget of Finsam Lekeberg och Örebro 2024
// (seed 001, sections 5.1 and 5.2) as an ekonom would build it in Excel, with SUM formulas
// and their cached results. Deterministic: the same bytes on every run.
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
// ExcelJS's own zip library; used again to give every zip entry a fixed date.
const JSZip = require("jszip");
const Decimal = require("decimal.js");

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
// Stored as "#,##0"; Swedish Excel shows it as "# ##0" (space as thousands separator).
const AMOUNT = "#,##0";
const OUT = path.join(__dirname, "..", "samples", "finsam-budget-exempel.xlsx");

// Section 5.2: [label, amount | undefined, kind]. kind: "head" bold heading, "item" indented,
// "loose" a bold item without parts, "sum" a Summa over the parts since the last head of its level.
const BUDGET_2024 = {
  incomes: [
    ["Medlemsbidrag", 4000000],
    ["Sjuklöneersättning", undefined],
  ],
  insatser: [
    {
      head: "Individeriktade insatser",
      items: [
        ["Coachingteamet Örebro", 3238500],
        ["Coachingteamet Lekeberg", 546000],
      ],
      sum: "Summa individeriktade insatser",
    },
    {
      head: "Strukturövergripande insatser",
      items: [
        ["Finsammassa", 30000],
        ["Välfärdsguiden", 189000],
        ["Förbundschef-strukturellt arbete 30%", 290147],
        ["Strukturell samverkan", 100000],
      ],
      sum: "Summa strukturövergripande insatser",
    },
  ],
  kansli: [
    {
      head: "Administration",
      items: [
        ["Lokalhyra", 86000],
        ["Förbrukningsinventarier", 20000],
        ["Licenser och medlemsavgifter", 32000],
        ["Kontorsmaterial", 4000],
        ["Företagsförsäkring", 5500],
        ["Föreningsavgifter", 13000],
        ["Mobiltelefoni", 4800],
        ["Övriga externa kostnader", 500],
      ],
      sum: "Summa administration",
    },
    { loose: ["Resor och logi", 14000] },
    {
      head: "Reklam och representation",
      items: [
        ["Informationsmaterial", 2000],
        ["Representation, extern", 5000],
        ["Gåvor, presentartiklar", 3000],
      ],
      sum: "Summa reklam och representation",
    },
    {
      head: "Köp av tjänster",
      items: [
        ["Ekonomi och löneadministration", 200000],
        ["Revision", 80000],
        ["IT-tjänster", 15000],
        ["Dataskyddsombud, GDPR", 40000],
        ["Bankkostnader", 5000],
      ],
      sum: "Summa köp av tjänster",
    },
    {
      head: "Personal",
      items: [
        ["Lön, semester lön, sociala avgifter FC 70%", 677009],
        ["Pensionsförsäkring inkl. särskild löneskatt (100%)", 43000],
        ["Förvaltningskostnader", 15000],
        ["Kompetensutveckling", 5000],
        ["Kompetensutveckling, styrelse", 5000],
        ["Styrelsearvode", 150000],
        ["Övriga personalkostnader", 10000],
      ],
      sum: "Summa personal",
    },
  ],
};

/** Writes rows one after another and remembers each amount, so formulas get exact cached results. */
class SheetWriter {
  constructor(ws) {
    this.ws = ws;
    this.row = 0;
    this.amounts = new Map();
  }
  label(text, { bold = false, indent = 0, underline = false } = {}) {
    this.row++;
    const cell = this.ws.getCell(this.row, 1);
    if (text !== "") cell.value = text;
    if (bold || underline) cell.font = { bold, ...(underline ? { underline: true } : {}) };
    if (indent) cell.alignment = { indent };
    return this.row;
  }
  amount(column, value, { bold = false } = {}) {
    const cell = this.ws.getCell(this.row, column);
    if (value !== undefined) {
      cell.value = value;
      this.amounts.set(cell.address, new Decimal(value));
    }
    cell.numFmt = AMOUNT;
    if (bold) cell.font = { bold: true };
  }
  /** A formula whose cached result is sum(plus) − sum(minus) of cells already written. */
  formula(column, formula, plus, minus = [], { bold = true } = {}) {
    const cell = this.ws.getCell(this.row, column);
    const total = plus
      .reduce((s, a) => s.plus(this.amounts.get(a) || 0), new Decimal(0))
      .minus(minus.reduce((s, a) => s.plus(this.amounts.get(a) || 0), new Decimal(0)));
    cell.value = { formula, result: total.toNumber() };
    this.amounts.set(cell.address, total);
    cell.numFmt = AMOUNT;
    if (bold) cell.font = { bold: true };
  }
}

const col = (c) => String.fromCharCode(64 + c);
const range = (c, from, to) => Array.from({ length: to - from + 1 }, (_, i) => `${col(c)}${from + i}`);

function groupRows(w, group) {
  if (group.loose) {
    w.label(group.loose[0], { bold: true });
    w.amount(2, group.loose[1], { bold: true });
    return `B${w.row}`;
  }
  w.label(group.head, { bold: true });
  const first = w.row + 1;
  for (const [label, value] of group.items) {
    w.label(label, { indent: 1 });
    w.amount(2, value);
  }
  const last = w.row;
  w.label(group.sum, { bold: true });
  w.formula(2, `SUM(B${first}:B${last})`, range(2, first, last));
  return `B${w.row}`;
}

function sumOf(w, label, cells) {
  w.label(label, { bold: true });
  w.formula(2, `SUM(${cells.join(",")})`, cells);
  return `B${w.row}`;
}

function budget2024(wb) {
  const ws = wb.addWorksheet("Budget 2024");
  const w = new SheetWriter(ws);
  w.label("BUDGET 2024 Finsam Lekeberg och Örebro", { bold: true });
  ws.getCell(1, 2).value = "Budget helår 2024";
  ws.getCell(1, 2).font = { bold: true };
  w.label("INTÄKTER", { bold: true });
  const firstIncome = w.row + 1;
  for (const [label, value] of BUDGET_2024.incomes) {
    w.label(label, { indent: 1 });
    w.amount(2, value);
  }
  const lastIncome = w.row;
  w.label("Summa intäkter", { bold: true });
  w.formula(2, `SUM(B${firstIncome}:B${lastIncome})`, range(2, firstIncome, lastIncome));
  const incomeTotal = `B${w.row}`;
  w.label("KOSTNADER", { bold: true });
  w.label("Insatser", { bold: true, underline: true });
  const insatser = BUDGET_2024.insatser.map((g) => groupRows(w, g));
  const insatserTotal = sumOf(w, "Summa insatser", insatser);
  w.label("Administration/kansli", { bold: true, underline: true });
  const kansli = BUDGET_2024.kansli.map((g) => groupRows(w, g));
  const kansliTotal = sumOf(w, "Summa administration/kansli", kansli);
  const costTotal = sumOf(w, "Summa kostnader", [insatserTotal, kansliTotal]);
  w.label("RESULTAT", { bold: true });
  w.formula(2, `${incomeTotal}-${costTotal}`, [incomeTotal], [costTotal]);
  ws.getColumn(1).width = 52;
  ws.getColumn(2).width = 18;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
}

function budgetplan(wb) {
  const ws = wb.addWorksheet("Budgetplan 2024–2026");
  const w = new SheetWriter(ws);
  const years = [2024, 2025, 2026];
  const each = (fn) => years.forEach((_, i) => fn(i + 2, col(i + 2)));
  w.label("Budgetplan 2024–2026", { bold: true });
  w.label("");
  ws.getCell(w.row, 2).value = "Budget Kr";
  w.label("");
  each((c) => (ws.getCell(w.row, c).value = years[c - 2]));
  w.label("INTÄKTER", { bold: true });
  w.label("Medlemsbidrag");
  each((c) => w.amount(c, 4000000));
  w.label("Summa", { bold: true });
  each((c, L) => w.formula(c, `SUM(${L}5:${L}5)`, [`${L}5`]));
  w.label("KOSTNADER", { bold: true });
  w.label("Insatser");
  [4393647, 2500000, 2500000].forEach((v, i) => w.amount(i + 2, v));
  w.label("Administration/Kansli");
  [1434809, 1500000, 1500000].forEach((v, i) => w.amount(i + 2, v));
  w.label("Summa", { bold: true });
  each((c, L) => w.formula(c, `SUM(${L}8:${L}9)`, [`${L}8`, `${L}9`]));
  w.label("RESULTAT", { bold: true });
  each((c, L) => w.formula(c, `${L}6-${L}10`, [`${L}6`], [`${L}10`]));
  w.label("Eget kapital ingående 2023");
  w.amount(2, 2359937);
  w.label("Prel. resultat 2023");
  w.amount(2, -256327);
  w.label("Prel. eget kapital ingående 2024", { bold: true });
  w.formula(2, "B12+B13", ["B12", "B13"]);
  w.label("Prel. eget kapital", { bold: true });
  w.formula(2, "B14+B11", ["B14", "B11"]);
  w.formula(3, "B15+C11", ["B15", "C11"]);
  w.formula(4, "C15+D11", ["C15", "D11"]);
  ws.getColumn(1).width = 36;
  for (let c = 2; c <= 4; c++) ws.getColumn(c).width = 14;
}

function medlemsbidrag(wb) {
  const ws = wb.addWorksheet("Medlemsbidrag");
  const w = new SheetWriter(ws);
  w.label("Medlemsbidrag 2024", { bold: true });
  w.label("Medlem", { bold: true });
  ws.getCell(w.row, 2).value = "Budget 2024";
  ws.getCell(w.row, 2).font = { bold: true };
  const members = [
    ["Försäkringskassan/Arbetsförmedlingen", 2000000],
    ["Region Örebro län", 1000000],
    ["Lekebergs kommun", 72000],
    ["Örebro kommun", 928000],
  ];
  for (const [label, value] of members) {
    w.label(label);
    w.amount(2, value);
  }
  w.label("Summa medlemsbidrag", { bold: true });
  w.formula(2, "SUM(B3:B6)", range(2, 3, 6));
  w.label("");
  w.label(
    "Obs: fördelningen mellan Lekebergs och Örebro kommun är påhittad som exempel; " +
      "verksamhetsplanen anger bara kommunernas sammanlagda 1 000 000 kr.",
  );
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 16;
}

/** Rewrites the zip with one fixed date on every entry, so the bytes do not depend on the clock. */
async function withFixedDates(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

async function buildSampleWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Finsam Budgetkontroll";
  wb.lastModifiedBy = "Finsam Budgetkontroll";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  budget2024(wb);
  budgetplan(wb);
  medlemsbidrag(wb);
  return withFixedDates(await wb.xlsx.writeBuffer());
}

async function main() {
  const bytes = await buildSampleWorkbook();
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, bytes);
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${bytes.length} bytes)`);
}

module.exports = { buildSampleWorkbook };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
