import { Accounts } from "@escale/core/billing";
import { Employers, Offers } from "@escale/core/employers";
import * as Tenant from "@escale/core/tenant";
import type { Command } from "commander";
import { action, inTenant, output } from "./command";

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** `pnpm escale stripe …` and `pnpm escale employers …`: Stripe Connect, offers and partner employers. */
export function registerEmployerCommands(program: Command) {
  const stripe = program.command("stripe").description("Stripe Connect");

  stripe
    .command("connect")
    .description("Attach a territory's existing Stripe account (direct charges on it)")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--account <id>", "its Stripe account id, acct_…")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; account: string; json?: boolean }) => {
        const connected = await inTenant(options.tenant, () => Accounts.connect({ accountId: options.account }));
        output(
          Boolean(options.json),
          connected,
          `${options.tenant} now sells on ${connected.accountId} (${connected.chargesEnabled ? "charges enabled" : "charges not enabled yet"}).`,
        );
      }),
    );

  stripe
    .command("fee")
    .description("Set the platform's application fee on a territory's payments")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--percent <n>", "percent of each payment, 0 to 50")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; percent: string; json?: boolean }) => {
        const fee = await inTenant(options.tenant, () =>
          Accounts.setApplicationFee({ percent: Number(options.percent) }),
        );
        output(Boolean(options.json), fee, `Application fee on ${options.tenant}: ${fee.applicationFeePercent} %.`);
      }),
    );

  const employers = program.command("employers").description("Partner employers");
  const offers = employers.command("offers").description("What a territory sells to employers");

  offers
    .command("create")
    .description("Create an offer (a Product and Prices on the territory's Stripe account)")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--name <name>", "its name, in the territory's default language")
    .option("--description <text>", "its description, in the default language")
    .option("--monthly-eur <amount>", "monthly price in euros")
    .option("--yearly-eur <amount>", "yearly price in euros")
    .option("--tax <behavior>", "prices exclusive or inclusive of tax", "exclusive")
    .option("--referrals-per-year <n>", "recruit referrals included per year", "10")
    .option("--job-posts <n>", "job offers posted at a time", "3")
    .option("--json", "print JSON")
    .action(
      action(
        async (options: {
          tenant: string;
          name: string;
          description?: string;
          monthlyEur?: string;
          yearlyEur?: string;
          tax: string;
          referralsPerYear: string;
          jobPosts: string;
          json?: boolean;
        }) => {
          const offer = await inTenant(options.tenant, async () => {
            const { defaultLanguage } = await Tenant.current();
            return Offers.create({
              name: { [defaultLanguage]: options.name },
              description: options.description ? { [defaultLanguage]: options.description } : {},
              monthlyEur: number(options.monthlyEur),
              yearlyEur: number(options.yearlyEur),
              taxBehavior: options.tax as "exclusive",
              referralsPerYear: Number(options.referralsPerYear),
              jobPostsAtOnce: Number(options.jobPosts),
            });
          });
          output(Boolean(options.json), offer, `Created the offer ${options.name} (${offer.id}).`);
        },
      ),
    );

  offers
    .command("list")
    .description("List a territory's offers")
    .requiredOption("--tenant <slug>", "the territory")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; json?: boolean }) => {
        const list = await inTenant(options.tenant, () => Offers.list());
        output(
          Boolean(options.json),
          list,
          list
            .map(
              (o) =>
                `${o.id}\t${Object.values(o.name)[0]}\t${o.monthlyEur ?? "-"} €/month\t${o.yearlyEur ?? "-"} €/year`,
            )
            .join("\n") || "No offer yet.",
        );
      }),
    );

  employers
    .command("create")
    .description("Register a partner employer with its contact")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--name <name>", "the company's name")
    .requiredOption("--siret <digits>", "its SIRET (14 digits)")
    .requiredOption("--contact <email>", "the person who signs in for it")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; name: string; siret: string; contact: string; json?: boolean }) => {
        const created = await inTenant(options.tenant, () =>
          Employers.create({ name: options.name, siret: options.siret, contact: options.contact }),
        );
        output(Boolean(options.json), created, `Registered ${created.name} (${created.id}).`);
      }),
    );

  employers
    .command("list")
    .description("List a territory's employers with their subscription")
    .requiredOption("--tenant <slug>", "the territory")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; json?: boolean }) => {
        const list = await inTenant(options.tenant, () => Employers.list());
        output(
          Boolean(options.json),
          list,
          list
            .map((e) => `${e.id}\t${e.name}\t${e.siret}\t${e.subscription?.status ?? "no subscription"}`)
            .join("\n") || "No employer yet.",
        );
      }),
    );
}
