import { VisibleError } from "@escale/core/error";
import * as Seed from "@escale/core/seed";
import * as Tenant from "@escale/core/tenant";
import { Command, Option } from "commander";
import { jobs } from "../jobs";
import { registerBienvenueCommands } from "./bienvenue";
import { registerCaseCommands } from "./cases";
import { action, inTenant, output } from "./command";
import { registerEmployerCommands } from "./employers";
import { registerKnowledgeCommands } from "./knowledge";

/**
 * `pnpm escale <command>`: operator commands against the configured database (DynamoDB Local
 * by default, started on demand). Each prints a line for people, or JSON with --json.
 */
const program = new Command("escale").description("Escale operator commands").showHelpAfterError();

const tenant = program.command("tenant").description("Territories (tenants)");

tenant
  .command("create")
  .description("Create a territory with its owner")
  .requiredOption("--name <name>", "the territory's name")
  .requiredOption("--slug <slug>", "its portal address: {slug}.<domain>")
  .addOption(new Option("--kind <kind>", "kind of territory").choices(Tenant.kinds).makeOptionMandatory())
  .requiredOption("--owner <email>", "the owner's e-mail address")
  .option("--country <code>", "two-letter country code", "FR")
  .option("--languages <list>", "enabled languages, comma-separated", "fr,en")
  .option("--default-language <code>", "default language", "fr")
  .option("--json", "print JSON")
  .action(
    action(
      async (options: {
        name: string;
        slug: string;
        kind: (typeof Tenant.kinds)[number];
        owner: string;
        country: string;
        languages: string;
        defaultLanguage: string;
        json?: boolean;
      }) => {
        const created = await Tenant.create({
          name: options.name,
          slug: options.slug,
          kind: options.kind,
          country: options.country,
          ownerEmail: options.owner,
          defaultLanguage: options.defaultLanguage as Tenant.Language,
          languages: options.languages.split(",").map((code) => code.trim()) as Tenant.Language[],
        });
        output(Boolean(options.json), created, `Created ${created.name} (${created.slug}), owner ${options.owner}.`);
      },
    ),
  );

tenant
  .command("add-domain")
  .description("Serve a territory's portal on a custom domain too")
  .requiredOption("--tenant <slug>", "the territory")
  .requiredOption("--host <domain>", "the domain, e.g. bienvenue.example.fr")
  .option("--json", "print JSON")
  .action(
    action(async (options: { tenant: string; host: string; json?: boolean }) => {
      const added = await inTenant(options.tenant, () => Tenant.addCustomDomain({ host: options.host }));
      output(Boolean(options.json), added, `${added.host} now serves ${options.tenant}'s portal.`);
    }),
  );

tenant
  .command("list")
  .description("List every territory")
  .option("--json", "print JSON")
  .action(
    action(async (options: { json?: boolean }) => {
      const tenants = await Tenant.list();
      output(
        Boolean(options.json),
        tenants,
        tenants.map((t) => `${t.slug}\t${t.name}\t${t.kind}\t${t.createdAt}`).join("\n") || "No territory yet.",
      );
    }),
  );

program
  .command("seed")
  .description("Sample data")
  .command("demo")
  .description("Create the demo territory (slug demo) if it does not exist")
  .option("--json", "print JSON")
  .action(
    action(async (options: { json?: boolean }) => {
      const { tenant: demo, created } = await Seed.demo();
      output(
        Boolean(options.json),
        { created, tenant: demo },
        created ? `Created the demo territory: ${demo.name}.` : `The demo territory already exists: ${demo.name}.`,
      );
    }),
  );

program
  .command("jobs")
  .description("Scheduled jobs")
  .command("run <name>")
  .description(`Run one scheduled job now (${Object.keys(jobs).join(", ")})`)
  .action(
    action(async (name: string) => {
      const job = jobs[name];
      if (!job)
        throw new VisibleError(
          "not-found",
          "no_such_job",
          `No job named "${name}". Known jobs: ${Object.keys(jobs).join(", ")}.`,
        );
      console.log((await job()).summary);
    }),
  );

registerCaseCommands(program);
registerKnowledgeCommands(program);
registerEmployerCommands(program);
registerBienvenueCommands(program);

await program.parseAsync();
