// The manifest validator, run as `npm run validate` runs it, on the real manifest and on
// broken copies: a schema error (no <Id>) and the project rules (the ExcelApi requirement the
// code and the bundle's language level need, every URL on one host). And the production build's
// manifest for a given host.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface ValidatorModule {
  validateManifest(
    manifestPath: string,
    xsdDir?: string,
    baseDir?: string
  ): Promise<{ xsdDir: string; errors: string[] }>;
  manifestUrls(xml: string): string[];
  COMMITTED_XSD: string;
  SHARED_XSD: string;
}

interface HostRequirements {
  REQUIRED_EXCEL_API: string;
  admittedLanguage(minExcelApi: string): { es: number; webviews: string } | undefined;
  bundleTarget(): string;
  esYear(target: string): number;
}

interface FakeCompilation {
  errors: Error[];
  getLogger(): { info(message: string): void; warn(message: string): void };
}

interface WebpackPlugin {
  constructor: { name: string };
  patterns?: { from: string; transform?: (content: Buffer) => Buffer | string }[];
  apply?(compiler: unknown): void;
}

interface WebpackConfig {
  target: string[];
  plugins: WebpackPlugin[];
}

const repo = path.resolve(__dirname, "..");
const script = path.join(repo, "scripts", "validate-manifest.js");
const manifest = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require(script) as ValidatorModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hosts = require(path.join(repo, "scripts", "host-requirements.js")) as HostRequirements;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(repo, "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<WebpackConfig>;

function runValidator(manifestPath: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, manifestPath], {
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

function writeBrokenCopy(name: string, transform: (xml: string) => string): string {
  const broken = transform(manifest);
  expect(broken).not.toBe(manifest);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), name);
  fs.writeFileSync(file, broken);
  return file;
}

describe("scripts/validate-manifest.js", () => {
  test("accepts the real manifest and exits 0", () => {
    const { status, output } = runValidator(path.join(repo, "manifest.xml"));
    expect(output).toContain("manifest.xml: valid against the add-in manifest schemas");
    expect(output).toContain("Online check skipped: CI is set.");
    expect(status).toBe(0);
  });

  test("rejects a manifest without <Id> as a schema error and exits 1", () => {
    const file = writeBrokenCopy("no-id.xml", (xml) => xml.replace(/\s*<Id>[^<]*<\/Id>/, ""));
    const { status, output } = runValidator(file);
    expect(output).toContain("no-id.xml: INVALID");
    expect(output).toContain(
      "Element '{http://schemas.microsoft.com/office/appforoffice/1.1}Version': This element is not expected. " +
        "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Id )."
    );
    expect(status).toBe(1);
  });

  test("rejects an ExcelApi requirement without MinVersion and exits 1", () => {
    const file = writeBrokenCopy("no-minversion.xml", (xml) => xml.replace(' MinVersion="1.14"', ""));
    const { status, output } = runValidator(file);
    expect(output).toContain('<Set Name="ExcelApi"> has no MinVersion (the code needs 1.14).');
    expect(status).toBe(1);
  });

  test("rejects ExcelApi 1.7: it admits Internet Explorer and Edge Legacy webviews, and the bundle is ES2020", async () => {
    const file = writeBrokenCopy("old-hosts.xml", (xml) => xml.replace('MinVersion="1.14"', 'MinVersion="1.7"'));
    const { errors } = await validator.validateManifest(file);
    expect(errors).toEqual([
      "ExcelApi MinVersion 1.7 is below 1.14, which the code needs.",
      "ExcelApi MinVersion 1.7 admits hosts that run only ES5 (Trident (Internet Explorer 11) or EdgeHTML (Edge Legacy) among them), but the bundle is ES2020 (tsconfig.json target).",
    ]);
  });

  test("rejects a URL on another host than the pane's", async () => {
    const file = writeBrokenCopy("two-hosts.xml", (xml) =>
      xml.replace('"https://localhost:3000/help.html"', '"https://support.example.se/help.html"')
    );
    const { errors } = await validator.validateManifest(file);
    expect(errors).toEqual([
      "https://support.example.se/help.html is not on the add-in's host https://localhost:3000/.",
    ]);
  });

  test("rejects a resid that no resource defines", async () => {
    const file = writeBrokenCopy("bad-resid.xml", (xml) => xml.replace('resid="Taskpane.Url"', 'resid="Pane.Url"'));
    const { errors } = await validator.validateManifest(file);
    expect(errors).toEqual(['resid "Pane.Url" is used but not defined under <Resources>.']);
  });

  test("the committed schema copy (the fallback) validates the same way", async () => {
    const good = await validator.validateManifest(path.join(repo, "manifest.xml"), validator.COMMITTED_XSD);
    expect(good.errors).toEqual([]);
    const file = writeBrokenCopy("bad-permission.xml", (xml) =>
      xml.replace("<Permissions>ReadWriteDocument<", "<Permissions>WriteAll<")
    );
    const bad = await validator.validateManifest(file, validator.COMMITTED_XSD);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toContain("The value 'WriteAll' is not an element of the set");
  });

  test("the committed schema copy matches the shared schemas when they are present", () => {
    if (!fs.existsSync(validator.SHARED_XSD)) return; // a standalone clone has only the copy
    for (const name of fs.readdirSync(validator.SHARED_XSD)) {
      const shared = fs.readFileSync(path.join(validator.SHARED_XSD, name), "utf8");
      expect(fs.readFileSync(path.join(validator.COMMITTED_XSD, name), "utf8")).toBe(shared);
    }
  });
});

describe("the bundle's language level and the manifest's requirement set agree", () => {
  test("every host the manifest admits runs the language level tsconfig.json and webpack build for", async () => {
    const minVersion = /<Set Name="ExcelApi" MinVersion="([^"]+)"\/>/.exec(manifest)?.[1] ?? "";
    expect(minVersion).toBe(hosts.REQUIRED_EXCEL_API);
    const target = hosts.bundleTarget();
    expect(target).toBe("ES2020");
    expect(hosts.admittedLanguage(minVersion)?.es).toBeGreaterThanOrEqual(hosts.esYear(target));
    const config = await webpackConfig({}, { mode: "production" });
    expect(config.target).toEqual(["web", "es2020"]);
  });

  test("ExcelApi below 1.14 admits webviews that run only ES5", () => {
    for (const version of ["1.1", "1.7", "1.8", "1.13"]) expect(hosts.admittedLanguage(version)?.es).toBe(5);
    expect(hosts.admittedLanguage("1.14")?.es).toBe(2020);
    expect(hosts.admittedLanguage("1.20")?.es).toBe(2020);
  });
});

describe("a production build for a host: npm run build -- --env host=https://budget.example.se", () => {
  async function distManifest(env: Record<string, unknown>): Promise<string> {
    const config = await webpackConfig(env, { mode: "production" });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
    const pattern = copy?.patterns?.find((p) => p.from === "manifest.xml");
    return String(pattern?.transform?.(Buffer.from(manifest)) ?? "");
  }

  test("writes the host into every URL of dist/manifest.xml, which validates", async () => {
    const xml = await distManifest({ host: "https://budget.example.se" });
    const urls = validator.manifestUrls(xml);
    expect(urls).toHaveLength(11);
    expect(urls.filter((url) => !url.startsWith("https://budget.example.se"))).toEqual([]);
    expect(xml).not.toContain("localhost");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, xml);
    expect((await validator.validateManifest(file, undefined, repo)).errors).toEqual([]);
    const config = await webpackConfig({ host: "https://budget.example.se" }, { mode: "production" });
    expect(config.plugins.map((p) => p.constructor.name)).toContain("ManifestCheckPlugin");
  });

  test("a host with a path keeps it in the URLs; the AppDomain is its origin", async () => {
    const xml = await distManifest({ host: "https://intranet.example.se/finsam/" });
    expect(xml).toContain('<SourceLocation DefaultValue="https://intranet.example.se/finsam/taskpane.html"/>');
    expect(xml).toContain("<AppDomain>https://intranet.example.se</AppDomain>");
  });

  test("a plain build keeps localhost", async () => {
    expect(await distManifest({})).toBe(manifest);
  });

  test("an http host, or one that is not a URL, stops the build with a reason", async () => {
    await expect(webpackConfig({ host: "http://budget.example.se" }, { mode: "production" })).rejects.toThrow(
      "--env host=http://budget.example.se: Office loads add-ins over https only."
    );
    await expect(webpackConfig({ host: "budget.example.se" }, { mode: "production" })).rejects.toThrow(
      "--env host=budget.example.se: not a URL."
    );
  });
});

describe("the build checks dist/manifest.xml once it is written", () => {
  /** Runs the config's ManifestCheckPlugin on a dist/ holding `xml` and the icons; returns what it reported. */
  async function check(env: Record<string, unknown>, xml: string) {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    fs.writeFileSync(path.join(dist, "manifest.xml"), xml);
    fs.cpSync(path.join(repo, "assets"), path.join(dist, "assets"), { recursive: true });
    const config = await webpackConfig(env, { mode: "production" });
    const plugin = config.plugins.find((p) => p.constructor.name === "ManifestCheckPlugin");
    let afterEmit: ((compilation: FakeCompilation) => Promise<void>) | undefined;
    plugin?.apply?.({
      options: { output: { path: dist } },
      hooks: { afterEmit: { tapPromise: (_: string, f: typeof afterEmit) => (afterEmit = f) } },
    });
    const said: string[] = [];
    const compilation: FakeCompilation = {
      errors: [],
      getLogger: () => ({ info: (m) => said.push(`info: ${m}`), warn: (m) => said.push(`warn: ${m}`) }),
    };
    await afterEmit?.(compilation);
    return { said, errors: compilation.errors.map((e) => e.message) };
  }

  test("a plain build keeps localhost and says so", async () => {
    expect(await check({}, manifest)).toEqual({
      said: [
        "warn: dist/manifest.xml keeps the development host https://localhost:3000. To deploy: npm run build -- --env host=https://your.host",
      ],
      errors: [],
    });
  });

  test("an invalid dist/manifest.xml fails the build", async () => {
    const { errors } = await check({}, manifest.replace('MinVersion="1.14"', 'MinVersion="1.7"'));
    expect(errors[0]).toBe("dist/manifest.xml: ExcelApi MinVersion 1.7 is below 1.14, which the code needs.");
  });
});
