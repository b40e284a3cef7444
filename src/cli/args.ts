// Command-line arguments of finsam-check, parsed by Node's own util.parseArgs into a plain object or
// a Swedish error. Numbers are bounded here, and flags that cannot go together are refused here.
import Decimal from "decimal.js";
import { parseArgs as parseNodeArgs } from "util";
import { cliStrings } from "../domain/strings";

export interface CliOptions {
  format: "text" | "json" | "html";
  inputs: string[];
  prognosis?: string;
  /** --report OUT.xlsx: a copy of the one input with the Kontrollrapport sheet added. */
  report?: string;
  table?: string;
  incomeGrowth?: string;
  wageGrowth?: string;
  priceGrowth?: string;
  equity?: string;
  /** --force: an existing OUT may be replaced (never the input). */
  force: boolean;
  help: boolean;
}

const OPTIONS = {
  format: { type: "string" },
  prognosis: { type: "string" },
  report: { type: "string" },
  table: { type: "string" },
  "income-growth": { type: "string" },
  "wage-growth": { type: "string" },
  "price-growth": { type: "string" },
  equity: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Flag = keyof typeof OPTIONS;

const KEYS: Partial<
  Record<Flag, "prognosis" | "report" | "table" | "incomeGrowth" | "wageGrowth" | "priceGrowth" | "equity">
> = {
  prognosis: "prognosis",
  report: "report",
  table: "table",
  "income-growth": "incomeGrowth",
  "wage-growth": "wageGrowth",
  "price-growth": "priceGrowth",
  equity: "equity",
};

const PERCENT_FLAGS = new Set<string>(["income-growth", "wage-growth", "price-growth"]);
const PROGNOSIS_ONLY: Flag[] = ["table", "income-growth", "wage-growth", "price-growth", "equity"];
/** Growth per year in percent: above −100 % (nothing left) and at most 1 000 %. */
const PERCENT_RANGE = { above: new Decimal(-100), atMost: new Decimal(1000) };
/** --equity in kr: ±10^15 kr is beyond any Finsam budget, and within what a sheet can hold exactly. */
const EQUITY_LIMIT = new Decimal("1e15");

function isFlag(name: string): name is Flag {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

/** "3 000 000" or "2,5" → "3000000", "2.5"; an error when it is no number or out of range. */
function numberValue(flag: string, raw: string): string | { error: string } {
  const value = raw.replace(/\s/g, "").replace(",", ".");
  if (!/^[-+]?\d+(\.\d+)?$/.test(value)) return { error: cliStrings.badNumber(`--${flag}`, raw) };
  const n = new Decimal(value);
  if (PERCENT_FLAGS.has(flag) && !(n.gt(PERCENT_RANGE.above) && n.lte(PERCENT_RANGE.atMost)))
    return { error: cliStrings.percentOutOfRange(`--${flag}`, raw) };
  if (flag === "equity" && n.abs().gt(EQUITY_LIMIT)) return { error: cliStrings.equityOutOfRange(raw) };
  return value;
}

/** Flags that cannot go together, or do nothing without another. */
function combinationError(options: CliOptions, given: Set<Flag>): string | undefined {
  if (options.report !== undefined && options.prognosis !== undefined) return cliStrings.reportAndPrognosis;
  const writes = options.report !== undefined || options.prognosis !== undefined;
  if (writes && options.format !== "text") return cliStrings.formatWithCopy(options.format);
  if (options.prognosis === undefined) {
    const lonely = PROGNOSIS_ONLY.find((flag) => given.has(flag));
    if (lonely) return cliStrings.onlyWithPrognosis(`--${lonely}`);
  }
  if (options.force && !writes) return cliStrings.forceWithoutCopy;
  return undefined;
}

export function parseArgs(argv: string[]): CliOptions | { error: string } {
  const { tokens } = parseNodeArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options: CliOptions = { format: "text", inputs: [], force: false, help: false };
  const given = new Set<Flag>();
  for (const token of tokens) {
    if (token.kind === "positional") options.inputs.push(token.value);
    if (token.kind !== "option") continue;
    if (!isFlag(token.name)) return { error: cliStrings.unknownOption(token.rawName) };
    const flag = token.name;
    given.add(flag);
    if (OPTIONS[flag].type === "boolean") {
      if (token.value !== undefined) return { error: cliStrings.noValueWanted(token.rawName) };
      if (flag === "help") options.help = true;
      else options.force = true;
      continue;
    }
    if (token.value === undefined) return { error: cliStrings.missingValue(token.rawName) };
    if (flag === "format") {
      if (token.value !== "text" && token.value !== "json" && token.value !== "html")
        return { error: cliStrings.badFormat(token.value) };
      options.format = token.value;
      continue;
    }
    const isNumber = PERCENT_FLAGS.has(flag) || flag === "equity";
    const value = isNumber ? numberValue(flag, token.value) : token.value;
    if (typeof value !== "string") return value;
    const key = KEYS[flag];
    if (key) options[key] = value;
  }
  if (options.help) return options;
  const error = combinationError(options, given);
  return error ? { error } : options;
}
