// Command-line arguments of finsam-check, parsed into a plain object or a Swedish error.
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
  help: boolean;
}

const VALUE_FLAGS: Record<string, keyof CliOptions> = {
  "--format": "format",
  "--prognosis": "prognosis",
  "--report": "report",
  "--table": "table",
  "--income-growth": "incomeGrowth",
  "--wage-growth": "wageGrowth",
  "--price-growth": "priceGrowth",
  "--equity": "equity",
};

const NUMERIC = new Set(["--income-growth", "--wage-growth", "--price-growth", "--equity"]);

export function parseArgs(argv: string[]): CliOptions | { error: string } {
  const options: CliOptions = { format: "text", inputs: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      options.help = true;
      continue;
    }
    const [flag, inline] = arg.startsWith("--") ? splitInline(arg) : [arg, undefined];
    if (flag in VALUE_FLAGS) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { error: cliStrings.missingValue(flag) };
      if (NUMERIC.has(flag) && !/^[-+]?\d+([.,]\d+)?$/.test(value.replace(/\s/g, ""))) {
        return { error: cliStrings.badNumber(flag, value) };
      }
      const key = VALUE_FLAGS[flag];
      (options as unknown as Record<string, string>)[key] = NUMERIC.has(flag)
        ? value.replace(/\s/g, "").replace(",", ".")
        : value;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") return { error: cliStrings.unknownOption(arg) };
    options.inputs.push(arg);
  }
  if (options.format !== "text" && options.format !== "json" && options.format !== "html")
    return { error: cliStrings.badFormat(options.format) };
  return options;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
