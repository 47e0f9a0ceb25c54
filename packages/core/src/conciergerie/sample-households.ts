import { randomUUID } from "node:crypto";
import { fakerFR as faker } from "@faker-js/faker";
import { useTenant } from "../context";
import { db, type TransactItem, transact } from "../db";
import { daysBetween } from "./case-file";
import { countUpdate, finderRecords } from "./finders";
import { counterUpdates, type Increment, zeroCounts } from "./funnel";
import { type Need, needs } from "./needs";
import { originKey } from "./origins";
import { type Status, stagesReached } from "./pipeline";

const sampleChannels = [
  { code: "fromagerie-lorvanne", name: "Fromagerie de Lorvanne", type: "employer" },
  { code: "mairie-saint-ermel", name: "Mairie de Saint-Ermel", type: "town-hall" },
  { code: "universite", name: "Université", type: "university" },
  { code: "salon-2026", name: "Salon Vivre ici 2026", type: "campaign" },
] as const;

const origins = [
  { country: "FR", region: "IDF" },
  { country: "FR", region: "ARA" },
  { country: "FR", region: "HDF" },
  { country: "FR", region: "OCC" },
  { country: "BE" },
  { country: "ES" },
  { country: "UA" },
  { country: "MA" },
  { country: "PT" },
] as const;

/** Roughly where a year's households stand: many new, fewer accompanied, some installed. */
const mix: { value: Status; weight: number }[] = [
  { value: "registered", weight: 35 },
  { value: "contacted", weight: 25 },
  { value: "accompanied", weight: 15 },
  { value: "installed", weight: 10 },
  { value: "closed", weight: 15 },
];

/**
 * Realistic made-up households for demos and benchmarks (the CLI and bench import this file
 * directly, so the API bundle never carries the fake-data library), written with batch writes; their
 * funnel counts are added up in memory and written once per counter.
 */
export async function seedSampleCases(count: number, onProgress?: (done: number) => void) {
  const tenantId = useTenant();
  await db()
    .entities.channel.put(
      sampleChannels.map((channel) => ({ tenantId, ...channel, createdAt: new Date().toISOString() })),
    )
    .go();
  const counters = new Map<
    string,
    {
      counted: Parameters<typeof counterUpdates>[0];
      increment: Required<Omit<Increment, "daysToInstall">> & { daysToInstall: Record<number, number> };
    }
  >();
  const tabs: Record<string, number> = {};
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const cases = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const registered = faker.date.recent({ days: 365 });
      const registeredAt = registered.toISOString();
      const status = faker.helpers.weightedArrayElement(mix);
      const origin = faker.helpers.arrayElement(origins);
      const children = Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () => ({
        age: faker.number.int({ min: 0, max: 17 }),
      }));
      const adults = faker.number.int({ min: 1, max: 2 });
      const channel = Math.random() < 0.6 ? faker.helpers.arrayElement(sampleChannels).code : undefined;
      const chosen = faker.helpers.arrayElements(needs, { min: 1, max: 4 }) as Need[];
      const installedOn = new Date(registered.getTime() + faker.number.int({ min: 20, max: 200 }) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const name = faker.person.fullName();
      const record = {
        tenantId,
        caseId: randomUUID(),
        status,
        registeredAt,
        cohort: registeredAt.slice(0, 7),
        contact: {
          name,
          email: faker.internet.email({ firstName: name.split(" ")[0] }).toLowerCase(),
          phone: faker.phone.number(),
          language: faker.helpers.arrayElement(["fr", "fr", "en", "es", "uk", "ar"]),
        },
        household: {
          adults,
          children,
          ...(adults > 1 ? { partner: { lookingForJob: Math.random() < 0.5, field: faker.person.jobArea() } } : {}),
        },
        origin: { ...origin, city: faker.location.city() },
        needs: Object.fromEntries(chosen.map((need) => [need, status === "installed" ? "done" : "open"])),
        consent: { at: registeredAt, version: "default-1", language: "fr" },
        channelCode: channel,
        originKey: originKey(origin),
        firstContactDueAt: new Date(registered.getTime() + 2 * 86_400_000).toISOString(),
        ...(status === "closed"
          ? { closedReason: "project-abandoned" as const, reachedBeforeClosing: "contacted" as const }
          : {}),
        ...(status === "installed"
          ? {
              installedAt: installedOn,
              installedCommune: faker.location.city(),
              childrenSchooled: children.filter((c) => c.age >= 3).length,
            }
          : {}),
      };
      cases.push(record);
      const key = `${record.cohort}|${channel ?? ""}|${record.originKey}`;
      const entry = counters.get(key) ?? {
        counted: { tenantId, cohort: record.cohort, channelCode: channel, originKey: record.originKey },
        increment: { ...zeroCounts(), daysToInstall: {} as Record<number, number> },
      };
      for (const stage of stagesReached(status, record.reachedBeforeClosing)) entry.increment[stage]++;
      if (status === "installed") {
        entry.increment.householdsInstalled++;
        entry.increment.adultsInstalled += adults;
        entry.increment.childrenInstalled += children.length;
        entry.increment.childrenSchooled += record.childrenSchooled ?? 0;
        if (chosen.includes("partner-job")) entry.increment.partnerFoundWork++;
        const days = daysBetween(registeredAt, installedOn);
        entry.increment.daysToInstall[days] = (entry.increment.daysToInstall[days] ?? 0) + 1;
      }
      counters.set(key, entry);
    }
    // The cases and their finder items are independent writes: sent together, several batches at a time.
    await Promise.all([
      db().entities.case.put(cases).go({ concurrency: 8 }),
      db()
        .entities.caseFinder.put(cases.flatMap((record) => finderRecords(tenantId, record.caseId, record.contact)))
        .go({ concurrency: 8 }),
    ]);
    for (const record of cases) tabs[record.status] = (tabs[record.status] ?? 0) + 1;
    onProgress?.(Math.min(count, start + batch));
  }
  const updates: TransactItem[] = [
    ...[...counters.values()].flatMap(({ counted, increment }) => counterUpdates(counted, increment)),
    countUpdate(tenantId, tabs),
  ];
  // Counters are independent of one another: written in groups, not as one transaction.
  for (let i = 0; i < updates.length; i += 25)
    await Promise.all(updates.slice(i, i + 25).map((update) => transact([update])));
  return { cases: count, channels: sampleChannels.length };
}
