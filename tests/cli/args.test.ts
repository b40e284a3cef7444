// finsam-check's flags, parsed by util.parseArgs: the Swedish messages, the bounds on numbers, and
// the combinations that cannot both be honoured.
import { parseArgs, type CliOptions } from "../../src/cli/args";

const ok = (argv: string[]): CliOptions => {
  const parsed = parseArgs(argv);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
};
const error = (argv: string[]) => {
  const parsed = parseArgs(argv);
  return "error" in parsed ? parsed.error : undefined;
};

describe("what parses", () => {
  test("files, the format and the prognosis flags, as before", () => {
    expect(ok(["--format=json", "a.xlsx", "mapp"])).toEqual({
      format: "json",
      inputs: ["a.xlsx", "mapp"],
      force: false,
      help: false,
    });
    expect(
      ok([
        "--prognosis",
        "ut.xlsx",
        "--equity",
        "3 000 000",
        "--income-growth",
        "2,5",
        "--wage-growth=-3",
        "--table",
        "Budget 2024",
        "in.xlsx",
      ])
    ).toEqual({
      format: "text",
      inputs: ["in.xlsx"],
      prognosis: "ut.xlsx",
      equity: "3000000",
      incomeGrowth: "2.5",
      wageGrowth: "-3",
      table: "Budget 2024",
      force: false,
      help: false,
    });
  });

  test("a negative amount after its flag is the flag's value", () => {
    expect(ok(["--prognosis", "u.xlsx", "--equity", "-1500000", "in.xlsx"]).equity).toBe("-1500000");
  });

  test("after -- every argument is a file, even one that starts with a dash", () => {
    expect(ok(["--", "-budget.xlsx", "--report"]).inputs).toEqual(["-budget.xlsx", "--report"]);
  });

  test("--force with --report, and -h for help", () => {
    expect(ok(["--report", "r.xlsx", "--force", "in.xlsx"])).toMatchObject({ report: "r.xlsx", force: true });
    expect(ok(["-h"]).help).toBe(true);
  });
});

describe("the Swedish messages", () => {
  test.each([
    [["--färg", "a.xlsx"], "Okänd flagga: --färg. Skriv finsam-check --help för hjälp."],
    [["-x"], "Okänd flagga: -x. Skriv finsam-check --help för hjälp."],
    [["a.xlsx", "--format"], "Flaggan --format behöver ett värde."],
    [["--format", "xml", "a.xlsx"], "Okänt format: xml. Välj text, json eller html."],
    [["--prognosis", "u.xlsx", "--equity", "mycket", "a.xlsx"], '--equity behöver ett tal, inte "mycket".'],
    [["--help=ja"], "Flaggan --help tar inget värde."],
  ])("%j", (argv, message) => {
    expect(error(argv)).toBe(message);
  });
});

describe("bounds on numbers", () => {
  test.each([
    ["--wage-growth", "-200"],
    ["--wage-growth", "-100"],
    ["--income-growth", "99999999999999999999"],
    ["--price-growth", "1000,01"],
  ])("%s %s is refused with the range", (flag, value) => {
    expect(error(["--prognosis", "u.xlsx", flag, value, "a.xlsx"])).toBe(
      `${flag} är en procentsats per år och ska vara större än -100 och högst 1000, inte "${value}".`
    );
  });

  test("the edges of the range are accepted", () => {
    expect(ok(["--prognosis", "u.xlsx", "--price-growth", "1000", "--wage-growth", "-99.9", "a.xlsx"])).toMatchObject({
      priceGrowth: "1000",
      wageGrowth: "-99.9",
    });
    expect(ok(["--prognosis", "u.xlsx", "--equity", "-1000000000000000", "a.xlsx"]).equity).toBe("-1000000000000000");
  });

  test("--equity of 400 digits is refused, its echo shortened", () => {
    const digits = "9".repeat(400);
    expect(error(["--prognosis", "u.xlsx", "--equity", digits, "a.xlsx"])).toBe(
      `--equity är eget kapital i kr och ska ligga mellan -1 000 000 000 000 000 och 1 000 000 000 000 000, inte "${"9".repeat(40)}…".`
    );
  });
});

describe("flags that cannot both be honoured are refused", () => {
  test.each([
    [
      ["--report", "a.xlsx", "--prognosis", "b.xlsx", "in.xlsx"],
      "--report och --prognosis kan inte användas samtidigt. Kör finsam-check en gång med --report och en gång med --prognosis.",
    ],
    [
      ["--format", "html", "--report", "a.xlsx", "in.xlsx"],
      "--format html gäller utskriften av en kontroll; --report och --prognosis skriver en Excel-fil. Ta bort --format html, eller kör finsam-check två gånger.",
    ],
    [
      ["--format", "json", "--prognosis", "a.xlsx", "in.xlsx"],
      "--format json gäller utskriften av en kontroll; --report och --prognosis skriver en Excel-fil. Ta bort --format json, eller kör finsam-check två gånger.",
    ],
    [["--wage-growth", "3", "in.xlsx"], "--wage-growth gäller bara tillsammans med --prognosis UT.xlsx."],
    [
      ["--report", "r.xlsx", "--table", "Budget", "in.xlsx"],
      "--table gäller bara tillsammans med --prognosis UT.xlsx.",
    ],
    [["--force", "in.xlsx"], "--force gäller bara tillsammans med --report eller --prognosis."],
  ])("%j", (argv, message) => {
    expect(error(argv)).toBe(message);
  });

  test("--format text with --report is what --report does anyway", () => {
    expect(ok(["--format", "text", "--report", "r.xlsx", "in.xlsx"]).report).toBe("r.xlsx");
  });
});
