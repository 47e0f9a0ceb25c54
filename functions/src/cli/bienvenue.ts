import { readFile } from "node:fs/promises";
import { EnroleeImport, Enrolment, Events, Letters, Registrations } from "@escale/core/bienvenue";
import { VisibleError } from "@escale/core/error";
import type { Command } from "commander";
import { action, inTenant, output } from "./command";

async function readText(path: string) {
  return readFile(path, "utf8").catch(() => {
    throw new VisibleError("not-found", "no_such_file", `Cannot read ${path}.`);
  });
}

function whole(value: string, option: string) {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new VisibleError("input", "not_a_number", `${option} must be a whole number.`);
  return n;
}

/** `pnpm escale bienvenue|events|newsletter …`: the Bienvenue programme from the operator's shell. */
export function registerBienvenueCommands(program: Command) {
  const bienvenue = program.command("bienvenue").description("Bienvenue programme: enrolees");

  bienvenue
    .command("import <file>")
    .description(
      "Import enrolees from a CSV file: email,name,language,enrolled_on[,channel] (by e-mail, never duplicated)",
    )
    .requiredOption("--tenant <slug>", "the territory")
    .option("--json", "print JSON")
    .action(
      action(async (file: string, options: { tenant: string; json?: boolean }) => {
        const csv = await readText(file);
        const report = await inTenant(options.tenant, () => EnroleeImport.importCsv({ csv }));
        output(
          Boolean(options.json),
          report,
          [
            `${report.imported} imported, ${report.updated} updated, ${report.rejected.length} rejected.`,
            ...report.rejected.map((r) => `line ${r.line}: ${r.field}: ${r.reason}`),
          ].join("\n"),
        );
      }),
    );

  bienvenue
    .command("enrolees")
    .description("List the enrolees, with the letters each has received")
    .requiredOption("--tenant <slug>", "the territory")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; json?: boolean }) => {
        const enrolees = await inTenant(options.tenant, () => Enrolment.list());
        output(
          Boolean(options.json),
          enrolees.map(({ channel: _channel, ...shown }) => shown),
          enrolees
            .map(
              (e) =>
                `${e.email}\t${e.name}\t${e.language}\t${e.enrolledOn}\tletters: ${e.issuesSent.join(",") || "-"}${e.newsletter ? "" : "\t(unsubscribed)"}`,
            )
            .join("\n") || "No enrolee yet.",
        );
      }),
    );

  const events = program.command("events").description("Bienvenue events and registrations");

  events
    .command("create")
    .description("Create an event (times in Europe/Paris)")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--title <title>", "the title, in the territory's default language")
    .requiredOption("--starts <YYYY-MM-DDTHH:mm>", "start, Paris time")
    .option("--ends <YYYY-MM-DDTHH:mm>", "end, Paris time (default: two hours later)")
    .requiredOption("--capacity <n>", "seats")
    .option("--max-seats <n>", "seats one registration may take", "6")
    .option("--place <address>", "where")
    .option("--online <url>", "online link")
    .option("--language <code>", "language of the title", "fr")
    .option("--offer", "offer freed seats for 24 hours instead of confirming at once")
    .option("--json", "print JSON")
    .action(
      action(
        async (options: {
          tenant: string;
          title: string;
          starts: string;
          ends?: string;
          capacity: string;
          maxSeats: string;
          place?: string;
          online?: string;
          language: string;
          offer?: boolean;
          json?: boolean;
        }) => {
          const event = await inTenant(options.tenant, () =>
            Events.create({
              title: { [options.language]: options.title },
              starts: options.starts,
              ends: options.ends,
              capacity: whole(options.capacity, "--capacity"),
              maxSeatsPerRegistration: whole(options.maxSeats, "--max-seats"),
              place: options.place,
              onlineUrl: options.online,
              promotion: options.offer ? "offer" : "auto",
            }),
          );
          output(Boolean(options.json), event, `Created event ${event.id} (${event.capacity} seats).`);
        },
      ),
    );

  events
    .command("register")
    .description("Register someone for an event (confirmed, or waitlisted when full)")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--event <id>", "the event")
    .requiredOption("--email <email>", "their e-mail address")
    .requiredOption("--name <name>", "their name")
    .option("--seats <n>", "seats", "1")
    .option("--language <code>", "their language", "fr")
    .option("--json", "print JSON")
    .action(
      action(
        async (options: {
          tenant: string;
          event: string;
          email: string;
          name: string;
          seats: string;
          language: string;
          json?: boolean;
        }) => {
          const registration = await inTenant(options.tenant, () =>
            Registrations.registerByStaff({
              eventId: options.event,
              email: options.email,
              name: options.name,
              seats: whole(options.seats, "--seats"),
              language: options.language as "fr",
            }),
          );
          output(Boolean(options.json), registration, `${registration.email}: ${registration.status}.`);
        },
      ),
    );

  events
    .command("cancel-registration")
    .description("Cancel someone's registration; freed seats go to the waitlist in order")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--event <id>", "the event")
    .requiredOption("--email <email>", "their e-mail address")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; event: string; email: string; json?: boolean }) => {
        const registration = await inTenant(options.tenant, () =>
          Registrations.cancelByStaff({ eventId: options.event, email: options.email }),
        );
        output(Boolean(options.json), registration, `${registration.email}: ${registration.status}.`);
      }),
    );

  events
    .command("show")
    .description("An event's seat counts and registrations")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--event <id>", "the event")
    .option("--json", "print JSON")
    .action(
      action(async (options: { tenant: string; event: string; json?: boolean }) => {
        const event = await inTenant(options.tenant, () => Events.show({ eventId: options.event }));
        output(
          Boolean(options.json),
          event,
          [
            `${Object.values(event.title)[0]} — ${event.starts} (Paris), ${event.capacity} seats`,
            `confirmed ${event.confirmed}, waitlisted ${event.waitlisted}, offered ${event.offered}`,
            ...event.registrations.map((r) => `${r.email ?? r.phone}\t${r.name}\t${r.status}\t${r.seats}`),
          ].join("\n"),
        );
      }),
    );

  events
    .command("ics")
    .description("Print an event's calendar file")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--event <id>", "the event")
    .action(
      action(async (options: { tenant: string; event: string }) => {
        process.stdout.write(await inTenant(options.tenant, () => Events.ics({ eventId: options.event })));
      }),
    );

  program
    .command("newsletter")
    .description("The quarterly letters")
    .command("set")
    .description("Write one issue of the letter in one language")
    .requiredOption("--tenant <slug>", "the territory")
    .requiredOption("--issue <n>", "1 to 4")
    .requiredOption("--language <code>", "the language")
    .requiredOption("--subject <subject>", "the subject line")
    .requiredOption("--body-file <file.md>", "the letter, in Markdown")
    .option("--json", "print JSON")
    .action(
      action(
        async (options: {
          tenant: string;
          issue: string;
          language: string;
          subject: string;
          bodyFile: string;
          json?: boolean;
        }) => {
          const body = await readText(options.bodyFile);
          const saved = await inTenant(options.tenant, () =>
            Letters.set({
              issue: whole(options.issue, "--issue"),
              language: options.language as "fr",
              subject: options.subject,
              body,
            }),
          );
          output(Boolean(options.json), saved, `Issue ${saved.issue} (${saved.language}) saved.`);
        },
      ),
    );
}
