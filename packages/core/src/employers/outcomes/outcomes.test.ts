import { beforeAll, describe, expect, it } from "vitest";
import { asSystem, newTenant, staff } from "../../../../../tests/support/actors";
import { subscribedEmployer } from "../../../../../tests/support/employers";
import { intake } from "../../../../../tests/support/households";
import { CaseFile, Intake } from "../../conciergerie";
import { withActor } from "../../context";
import * as Settings from "../settings";
import * as Impact from "./impact";
import * as EmployerOutcomes from "./outcomes";

let tenantId: string;
let employer: Awaited<ReturnType<typeof subscribedEmployer>>;

/** A household that came through the employer's channel, taken along the pipeline by an agent. */
async function recruit(to: "registered" | "installed", partnerFoundWork = false) {
  const { caseId } = await withActor({ type: "visitor", tenantId }, () =>
    Intake.submit(intake({ channelCode: employer.channelCode, needs: ["job", "partner-job", "housing"] })),
  );
  const agent = staff(tenantId, "agent");
  let version = 1;
  if (to === "installed")
    for (const step of ["contacted", "accompanied", "installed"] as const)
      ({ version } = await agent(() =>
        CaseFile.move({
          caseId,
          to: step,
          expectedVersion: version,
          ...(step === "installed"
            ? { installed: { on: "2027-04-01", commune: "Besançon", childrenSchooled: 2 } }
            : {}),
        }),
      ));
  if (partnerFoundWork)
    await agent(() => CaseFile.updateNeed({ caseId, need: "partner-job", progress: "done", expectedVersion: version }));
}

beforeAll(async () => {
  ({
    tenant: { tenantId },
  } = await newTenant());
  employer = await subscribedEmployer(tenantId);
});

describe("employer outcomes", () => {
  it("shows nothing for fewer than five recruits, then the group's outcomes", async () => {
    await recruit("installed", true);
    await recruit("installed");
    await recruit("registered");
    await recruit("registered");
    const four = await employer.as(() => EmployerOutcomes.mine());
    expect(four).toEqual({ minimumGroup: 5, shown: false, outcomes: null });
    const consoleFour = await staff(tenantId, "viewer")(() => EmployerOutcomes.byEmployer());
    expect(consoleFour).toEqual([
      { id: employer.id, name: employer.name, minimumGroup: 5, shown: false, outcomes: null },
    ]);

    await recruit("registered");
    const five = await employer.as(() => EmployerOutcomes.mine());
    expect(five).toEqual({
      minimumGroup: 5,
      shown: true,
      outcomes: {
        referred: 5,
        contacted: 2,
        accompanied: 2,
        installed: 2,
        partnerFoundWork: 1,
        childrenSchooled: 4,
      },
    });
    expect((await staff(tenantId, "agent")(() => EmployerOutcomes.byEmployer()))[0]).toMatchObject({
      shown: true,
      outcomes: five.outcomes,
    });
    // Another employer of the territory sees only its own (none yet).
    const other = await subscribedEmployer(tenantId);
    expect((await other.as(() => EmployerOutcomes.mine())).shown).toBe(false);
  });

  it("estimates the installed households' local spending with the territory's amount", async () => {
    const viewer = staff(tenantId, "viewer");
    const defaults = await viewer(() => Impact.estimate({}));
    expect(defaults).toMatchObject({ households: 2, perHouseholdEur: 32_571, yearlyEur: 65_142, isDefault: true });
    expect(defaults.basis).toEqual({ totalEur: 5_700_000, households: 175 });
    await asSystem(
      () => Settings.update({ jobModeration: "immediate", spendingPerHouseholdEur: 25_000, expectedVersion: 0 }),
      tenantId,
    );
    expect(await viewer(() => Impact.estimate({ from: "2000-01" }))).toMatchObject({
      households: 2,
      yearlyEur: 50_000,
      isDefault: false,
    });
    expect((await viewer(() => Impact.estimate({ to: "2001-01" }))).households).toBe(0);
    await expect(
      staff(
        tenantId,
        "agent",
      )(() => Settings.update({ jobModeration: "approval", spendingPerHouseholdEur: 1, expectedVersion: 1 })),
    ).rejects.toMatchObject({ kind: "forbidden" });
  });
});
