import { Export } from "@escale/core/conciergerie";
import { seedSampleCases } from "@escale/core/conciergerie/sample-households";
import type { Command } from "commander";
import { action, inTenant, output } from "./command";

/** `pnpm escale cases …`: sample households for demos and benchmarks, and the cases export. */
export function registerCaseCommands(program: Command) {
  const cases = program.command("cases").description("Conciergerie cases");

  cases
    .command("seed")
    .description("Add realistic made-up households to a territory (batch writes)")
    .requiredOption("--tenant <slug>", "the territory")
    .option("--count <n>", "how many households", "100")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; count: string; json?: boolean }) => {
        const count = Number(options.count);
        if (!Number.isInteger(count) || count < 1 || count > 200_000)
          throw new Error("--count must be a whole number from 1 to 200000");
        const result = await inTenant(options.tenant, () =>
          seedSampleCases(count, (done) => {
            if (!options.json) process.stderr.write(`\r${done}/${count} households`);
          }),
        );
        if (!options.json) process.stderr.write("\n");
        output(Boolean(options.json), result, `Added ${result.cases} households to ${options.tenant}.`);
      }),
    );

  cases
    .command("export")
    .description("Print every case of a territory as CSV")
    .requiredOption("--tenant <slug>", "the territory")
    .action(
      action(async (options: { tenant: string }) => {
        process.stdout.write(await inTenant(options.tenant, () => Export.casesCsv()));
      }),
    );
}
