// --prognosis: writes a copy of the file with a prognosis sheet added. The input is never modified.
import type { CliOptions } from "./args";

export async function writePrognosis(_file: string, _options: CliOptions): Promise<number> {
  // Replaced when the prognosis module lands (issue 6).
  process.stderr.write("--prognosis är inte klart ännu.\n");
  return 2;
}
