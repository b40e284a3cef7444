// finsam-check: the CLI face of the engine.
import { cliStrings } from "../domain/strings";

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes("--help")) {
    process.stdout.write(cliStrings.usage + "\n");
    return argv.length === 0 ? 2 : 0;
  }
  return 0;
}
