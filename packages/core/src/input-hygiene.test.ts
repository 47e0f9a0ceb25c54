import { randomUUID } from "node:crypto";
import { CaseFile, Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import * as Tenant from "@escale/core/tenant";
import { describe, expect, it } from "vitest";
import { asSystem, newTenant, staff } from "../../../tests/support/actors";
import { intake } from "../../../tests/support/households";
import { singleLine } from "./single-line";

/** What a name can hide: a NUL, a bidi override that reverses how it reads, bell and escape. */
const disguised = "\u202eAna\u0000 Lopes\u0007\u001b\u2066";

describe("single-line fields", () => {
  it("strip controls and bidi overrides, refuse line breaks, then count what is left", () => {
    const name = singleLine(20).min(2, "too short");
    expect(name.parse(disguised)).toBe("Ana Lopes");
    expect(name.parse(" Tab\there ")).toBe("Tab here");
    for (const broken of ["Ana\r\nBcc: x@example.org", "Ana\nLopes", "Ana\rLopes", "Ana\u2028Lopes"])
      expect(name.safeParse(broken).error?.issues[0]?.message).toBe("Keep it on one line.");
    expect(name.safeParse("\u0000\u202e x").error?.issues[0]?.message).toBe("too short");
    expect(name.safeParse("a".repeat(21)).success).toBe(false);
    // Right-to-left scripts themselves are text, not overrides.
    expect(name.parse("أنا لوبيز")).toBe("أنا لوبيز");
  });

  it("keep a newcomer's name as it reads, whatever the intake form was sent", async () => {
    const { tenant } = await newTenant();
    const { caseId } = await withActor({ type: "visitor", tenantId: tenant.tenantId }, () =>
      Intake.submit(intake({ contact: { ...intake().contact, name: disguised } })),
    );
    const opened = await staff(tenant.tenantId, "agent")(() => CaseFile.open({ caseId }));
    expect(opened.case.contact.name).toBe("Ana Lopes");
    await expect(
      withActor({ type: "visitor", tenantId: tenant.tenantId }, () =>
        Intake.submit(intake({ contact: { ...intake().contact, name: "Ana\r\nLopes" } })),
      ),
    ).rejects.toMatchObject({ kind: "input", field: "contact.name" });
  });

  it("refuse a territory name on two lines", async () => {
    const slug = `t-${randomUUID().slice(0, 8)}`;
    const create = (name: string) =>
      asSystem(() =>
        Tenant.create({
          name,
          kind: "metropole",
          country: "FR",
          slug,
          defaultLanguage: "fr",
          languages: ["fr"],
          ownerEmail: "owner@example.org",
        }),
      );
    await expect(create("Grand Test\r\nX-Injected: 1")).rejects.toMatchObject({ kind: "input", field: "name" });
    const created = await create("\u202eGrand\u0000 Test");
    expect(created.name).toBe("Grand Test");
  });
});

describe("territory sign-ups", () => {
  it("are limited per person: the fourth of a day is refused with the time to wait", async () => {
    const someone = () => ({ type: "user" as const, userId: randomUUID(), email: `f-${randomUUID()}@example.org` });
    const person = someone();
    const signUp = (who = person) =>
      withActor(who, () =>
        Tenant.signUp({
          name: "Pays de Test",
          kind: "region",
          country: "FR",
          slug: `t-${randomUUID().slice(0, 8)}`,
          defaultLanguage: "fr",
          languages: ["fr"],
        }),
      );
    for (let i = 0; i < Tenant.signUpLimit.max; i++) await signUp();
    await expect(signUp()).rejects.toMatchObject({ kind: "rate", retryAfterSeconds: expect.any(Number) });
    // Someone else is not held back by it.
    await expect(signUp(someone())).resolves.toMatchObject({ name: "Pays de Test" });
  });
});
