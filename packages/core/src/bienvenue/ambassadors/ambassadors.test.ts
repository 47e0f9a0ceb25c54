import { randomUUID } from "node:crypto";
import { Settings } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import { inbox } from "@escale/local/inbox";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { newTenant, staff } from "../../../../../tests/support/actors";
import * as EnroleeImport from "../enrolee-import";
import { dashboard } from "../outcomes/dashboard";
import { Erasure, Pairs, Requests, runPairs, Volunteers } from ".";
import { charterVersion } from "./volunteers";

let tenantId: string;
let noticeVersion: string;
const coordinator = () => staff(tenantId, "agent", "coordinator@example.org");
const person =
  (email: string) =>
  <T>(run: () => T) =>
    withActor({ type: "newcomer", userId: randomUUID(), email, tenantId }, run);
const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.org`;
const mail = () => inbox(inject("inboxUrl"));
const day = 86_400_000;

async function volunteer(email: string, overrides: Partial<Parameters<typeof Volunteers.volunteer>[0]> = {}) {
  return person(email)(() =>
    Volunteers.volunteer({
      name: `Resident ${email.slice(0, 12)}`,
      language: "fr",
      languages: ["fr"],
      commune: "Besançon",
      interests: ["music"],
      household: "family",
      availability: "Saturday mornings",
      capacity: 1,
      charter: { accepted: true, version: charterVersion },
      consent: { accepted: true, version: noticeVersion },
      ...overrides,
    }),
  );
}

/** Buddies are for enrolees: the person joins the programme (as an import would) before asking. */
async function ask(email: string, overrides: Partial<Parameters<typeof Requests.ask>[0]> = {}) {
  await staff(tenantId, "admin")(() => EnroleeImport.importCsv({ csv: `${email},Newcomer,uk,2026-01-05` }));
  return person(email)(() =>
    Requests.ask({
      name: `Newcomer ${email.slice(0, 12)}`,
      language: "uk",
      languages: ["uk", "ru"],
      commune: "Besancon",
      interests: ["music", "hiking"],
      household: "family",
      ...overrides,
    }),
  );
}

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await newTenant({ languages: ["fr", "en", "uk", "ar"] }));
  const settings = await staff(tenantId, "admin")(() => Settings.current());
  noticeVersion = Settings.noticeFor(settings, "fr").version;
});

describe("ambassadors", () => {
  it("suggests a shared language first, pairs, and introduces both sides in their languages", async () => {
    const speaksUkrainian = unique("olena");
    const sameCommune = unique("claire");
    await volunteer(speaksUkrainian, { languages: ["fr", "uk"], commune: "Dole", household: "single" });
    await volunteer(sameCommune, { capacity: 2 });
    const newcomer = unique("taras");
    await ask(newcomer);
    const { suggestions } = await coordinator()(() => Requests.suggestions({ email: newcomer }));
    expect(suggestions.map((s) => s.email).slice(0, 2)).toEqual([speaksUkrainian, sameCommune]);
    expect(suggestions[0]).toMatchObject({ sharedLanguages: ["uk"], sameCommune: false });
    expect(suggestions[1]).toMatchObject({ sameCommune: true, sharedInterests: ["music"], sameHousehold: true });

    const pair = await coordinator()(() => Pairs.approve({ email: newcomer, ambassadorEmail: speaksUkrainian }));
    const toNewcomer = await mail().latest(newcomer, /знайомтеся/);
    expect(toNewcomer.text).toContain(speaksUkrainian);
    expect(toNewcomer.text).toContain("Saturday mornings");
    const toAmbassador = await mail().latest(speaksUkrainian, /faites connaissance/);
    expect(toAmbassador.text).toContain(newcomer);
    expect(await person(newcomer)(() => Requests.mine())).toMatchObject({
      status: "paired",
      buddy: { email: speaksUkrainian, until: pair.endsOn },
    });
    expect((await coordinator()(() => Volunteers.list())).find((a) => a.email === speaksUkrainian)?.buddies).toBe(1);
  });

  it("lets only enrolees ask for a buddy", async () => {
    const stranger = unique("stranger");
    await expect(
      person(stranger)(() =>
        Requests.ask({
          name: "Not enrolled",
          language: "fr",
          languages: ["fr"],
          commune: "Dole",
          interests: [],
          household: "single",
        }),
      ),
    ).rejects.toMatchObject({ code: "not_enrolled" });
    expect((await coordinator()(() => Requests.list({ status: "open" }))).map((r) => r.email)).not.toContain(stranger);
  });

  it("never gives an ambassador more newcomers than they offered, even when approved at once", async () => {
    const ambassador = unique("marc");
    await volunteer(ambassador, { capacity: 1 });
    const [first, second] = [unique("amina"), unique("oleh")];
    await ask(first);
    await ask(second);
    const attempts = await Promise.allSettled([
      coordinator()(() => Pairs.approve({ email: first, ambassadorEmail: ambassador })),
      coordinator()(() => Pairs.approve({ email: second, ambassadorEmail: ambassador })),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(refused?.reason.code).toBe("ambassador_full");
    const stillOpen = await coordinator()(() => Requests.list({ status: "open" }));
    expect(stillOpen.filter((r) => r.email === first || r.email === second)).toHaveLength(1);
    await expect(volunteer(ambassador, { capacity: 4 })).rejects.toMatchObject({ field: "capacity" });
    await expect(volunteer(ambassador, { charter: { accepted: true, version: "old" } } as never)).rejects.toMatchObject(
      { code: "charter_changed" },
    );
  });

  it("sends the one- and three-month check-ins once each, ends the pair at six months, and can rematch", async () => {
    const ambassador = unique("ines");
    const newcomer = unique("yusuf");
    await volunteer(ambassador, { capacity: 2 });
    await ask(newcomer, { language: "ar" });
    const pair = await coordinator()(() => Pairs.approve({ email: newcomer, ambassadorEmail: ambassador }));
    const started = Date.now();

    const month = new Date(started + 32 * day);
    const [a, b] = await Promise.all([runPairs(month), runPairs(month)]);
    expect(a.checkIns + b.checkIns).toBeGreaterThanOrEqual(1);
    const checkIn = await mail().latest(ambassador, /comment se passe le parrainage/, 15_000, started);
    expect(checkIn.text).toContain("un mois");
    await mail().latest(newcomer, /كيف تسير الأمور/, 15_000, started);
    await runPairs(month);
    const monthOne = (await mail().all()).filter(
      (m) => m.to.some((to) => to.address === ambassador) && /comment se passe/.test(m.subject),
    );
    expect(monthOne).toHaveLength(1);

    await runPairs(new Date(started + 95 * day));
    // The two check-ins can carry the same second, so the three-month one is looked for among them, not as the latest.
    await vi.waitFor(
      async () => {
        const checkIns = (await mail().all()).filter(
          (m) => m.to.some((to) => to.address === ambassador) && /comment se passe/.test(m.subject),
        );
        expect(checkIns.map((m) => m.text).join("\n")).toContain("trois mois");
      },
      { timeout: 15_000, interval: 250 },
    );

    await runPairs(new Date(started + 200 * day));
    const ended = (await coordinator()(() => Pairs.list({ status: "ended" }))).find((p) => p.pairId === pair.pairId);
    expect(ended).toMatchObject({ endReason: "completed" });
    const active = await coordinator()(() => Pairs.list({ status: "active" }));
    expect(active).toEqual([]);
    expect((await coordinator()(() => dashboard({}))).totals.activePairs).toBe(0);
    expect((await coordinator()(() => Volunteers.list())).find((v) => v.email === ambassador)?.buddies).toBe(0);
  });

  it("ends a pair for a rematch, and erases an ambassador who leaves", async () => {
    const ambassador = unique("paul");
    const newcomer = unique("sofia");
    await volunteer(ambassador, { capacity: 1 });
    await ask(newcomer);
    const pair = await coordinator()(() => Pairs.approve({ email: newcomer, ambassadorEmail: ambassador }));
    await coordinator()(() => Pairs.end({ pairId: pair.pairId, rematch: true }));
    expect(await person(newcomer)(() => Requests.mine())).toMatchObject({ status: "open", buddy: null });
    await expect(coordinator()(() => Pairs.end({ pairId: pair.pairId }))).rejects.toMatchObject({
      code: "pair_not_active",
    });

    const second = await coordinator()(() => Pairs.approve({ email: newcomer, ambassadorEmail: ambassador }));
    const left = await person(ambassador)(() => Erasure.leave());
    expect(left).toMatchObject({ erased: true, pairsEnded: 1 });
    expect(await person(ambassador)(() => Volunteers.mine())).toBeNull();
    const pairs = [
      ...(await coordinator()(() => Pairs.list({ status: "ended" }))),
      ...(await coordinator()(() => Pairs.list({ status: "active" }))),
    ];
    expect(JSON.stringify(pairs)).not.toContain(ambassador);
    expect(pairs.find((p) => p.pairId === second.pairId)).toMatchObject({
      endReason: "ambassador-left",
      ambassadorName: "—",
    });
    expect(await person(newcomer)(() => Requests.mine())).toMatchObject({ status: "open" });
  });
});
