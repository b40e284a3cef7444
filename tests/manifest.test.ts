// The manifest validator, run as `npm run validate` runs it, on the real manifest and on
// broken copies: a schema error (no <Id>) and a project rule (ExcelApi without MinVersion).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface ValidatorModule {
  validateManifest(manifestPath: string, xsdDir?: string): Promise<{ xsdDir: string; errors: string[] }>;
  COMMITTED_XSD: string;
  SHARED_XSD: string;
}

const repo = path.resolve(__dirname, "..");
const script = path.join(repo, "scripts", "validate-manifest.js");
const manifest = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require(script) as ValidatorModule;

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
    const file = writeBrokenCopy("no-minversion.xml", (xml) => xml.replace(' MinVersion="1.7"', ""));
    const { status, output } = runValidator(file);
    expect(output).toContain('<Set Name="ExcelApi"> has no MinVersion (the code needs 1.7).');
    expect(status).toBe(1);
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
