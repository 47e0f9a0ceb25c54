import { EnroleeImport, Events, Letters, Registrations } from "@escale/core/bienvenue";
import { withActor } from "@escale/core/context";
import { dynamoRequestCount } from "@escale/core/db";
import * as Tenant from "@escale/core/tenant";
import { startMailCatcher } from "@escale/local/mail-catcher";
import { measure } from "./measure";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Bienvenue's contended and bulk paths. Targets: 500 registrations at once for 100 seats end
 * with 100 confirmed, 400 waitlisted, no error and no seat over capacity; the letters job costs
 * at most 3 DynamoDB requests per enrolee; the events list and an event page at most 2 each.
 */
export async function benchBienvenue(registrations: number, enrolees: number, samples: number) {
  const tenant = await withActor({ type: "system" }, () =>
    Tenant.create({
      name: "Bench Bienvenue",
      kind: "metropole",
      country: "FR",
      slug: "bench-bienvenue",
      defaultLanguage: "fr",
      languages: ["fr", "en"],
      ownerEmail: "owner@example.org",
    }),
  );
  const as = <T>(run: () => T) =>
    withActor(
      { type: "staff", userId: "bench", email: "editor@example.org", tenantId: tenant.tenantId, role: "admin" },
      run,
    );
  console.log(`\nBienvenue — ${registrations} registrations at once for 100 seats; letters to ${enrolees} enrolees`);

  // Phone guests (no e-mail): the figures are the seat claims', not an SMTP server's.
  const event = await as(() =>
    Events.create({ title: { fr: "Bench : pique-nique" }, starts: "2031-06-12T18:30", capacity: 100 }),
  );
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: registrations }, async (_, n) => {
      const start = performance.now();
      try {
        await as(() =>
          Registrations.registerByStaff({
            eventId: event.id,
            name: `Guest ${n}`,
            phone: `+33 6 ${String(10_000_000 + n).slice(0, 8)}`,
          }),
        );
      } catch (error) {
        errors++;
        if (errors <= 3) console.error((error as Error).message);
      }
      times.push(performance.now() - start);
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  const shown = await as(() => Events.show({ eventId: event.id }));
  const overbooked = Math.max(0, shown.confirmed + shown.offered - shown.capacity);
  console.log(
    `registrations at once: ${shown.confirmed} confirmed, ${shown.waitlisted} waitlisted, ${errors} errors, ${overbooked} overbooked; ` +
      `median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, all in ${(wall / 1000).toFixed(1)} s`,
  );

  await measure("events list (portal, upcoming)", samples, () =>
    withActor({ type: "visitor", tenantId: tenant.tenantId }, () => Events.upcoming({})),
  );
  await measure("event page (signed-in enrolee)", samples, () =>
    withActor({ type: "newcomer", userId: "bench", email: "reader-1@example.org", tenantId: tenant.tenantId }, () =>
      Events.page({ eventId: event.id }),
    ),
  );

  if (enrolees === 0) return;
  // Every enrolee has issue 1 due (enrolled four months ago): one letter each, to a real SMTP server.
  const mail = await startMailCatcher();
  process.env.ESCALE_SMTP_PORT = String(mail.smtpPort);
  try {
    const enrolledOn = new Date(Date.now() - 122 * 86_400_000).toISOString().slice(0, 10);
    const csv = Array.from({ length: enrolees }, (_, n) => `reader-${n}@example.org,Reader ${n},fr,${enrolledOn}`);
    const importStart = performance.now();
    await as(() => EnroleeImport.importCsv({ csv: csv.join("\n") }));
    console.log(`${enrolees} enrolees imported in ${((performance.now() - importStart) / 1000).toFixed(1)} s`);
    await as(() =>
      Letters.set({ issue: 1, language: "fr", subject: "Trois mois déjà", body: "# Bonjour\n\nDes nouvelles." }),
    );
    const before = dynamoRequestCount();
    const jobStart = performance.now();
    const { sent, failed } = await Letters.sendDue();
    const jobTime = (performance.now() - jobStart) / 1000;
    const perEnrolee = (dynamoRequestCount() - before) / enrolees;
    console.log(
      `letters job: ${sent} sent, ${failed} failed in ${jobTime.toFixed(1)} s (${(sent / jobTime).toFixed(0)} letters/s); ` +
        `DynamoDB requests per enrolee ${perEnrolee.toFixed(2)} (target ≤ 3)`,
    );
    const again = performance.now();
    const second = await Letters.sendDue();
    console.log(`second run: ${second.sent} sent in ${((performance.now() - again) / 1000).toFixed(1)} s`);
  } finally {
    await mail.stop();
  }
}
