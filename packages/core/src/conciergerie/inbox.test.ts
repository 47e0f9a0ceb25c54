import { CaseFile, Channels, Inbox, Intake } from "@escale/core/conciergerie";
import { withActor } from "@escale/core/context";
import { beforeAll, describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import { intake } from "../../../../tests/support/households";

let tenantId: string;
let ownerEmail: string;
const owner = () => staff(tenantId, "owner", ownerEmail);
const ids: string[] = [];

beforeAll(async () => {
  ({
    tenant: { tenantId },
    ownerEmail,
  } = await newTenant());
  await owner()(() => Channels.create({ name: "Fromagerie", type: "employer", code: "fromagerie" }));
  for (let i = 0; i < 30; i++) {
    const request = intake({ needs: i % 2 ? ["housing"] : ["job"], channelCode: i % 3 ? undefined : "fromagerie" });
    ids.push((await withActor({ type: "visitor", tenantId }, () => Intake.submit(request))).caseId);
  }
});

describe("the inbox", () => {
  it("lists a status oldest first, a page at a time", async () => {
    const first = await owner()(() => Inbox.list({ status: "registered" }));
    expect(first.cases).toHaveLength(25);
    const second = await owner()(() => Inbox.list({ status: "registered", cursor: first.cursor }));
    expect(second.cursor).toBeNull();
    const all = [...first.cases, ...second.cases];
    expect(all.map((c) => c.caseId).sort()).toEqual([...ids].sort());
    const times = all.map((c) => c.registeredAt);
    expect(times).toEqual([...times].sort());
  });

  it("filters by need, channel, assignee and overdue", async () => {
    const housing = await owner()(() => Inbox.list({ status: "registered", need: "housing" }));
    expect(housing.cases.every((c) => c.needs.includes("housing"))).toBe(true);
    expect(housing.cases.length).toBeGreaterThan(0);
    const channel = await owner()(() => Inbox.list({ status: "registered", channelCode: "fromagerie" }));
    expect(channel.cases.length).toBeGreaterThan(0);
    expect(channel.cases.every((c) => c.channelCode === "fromagerie")).toBe(true);
    const { case: record } = await owner()(() => CaseFile.open({ caseId: ids[0] as string }));
    await owner()(() =>
      CaseFile.assign({ caseId: record.caseId, assignee: ownerEmail, expectedVersion: record.version }),
    );
    const mine = await owner()(() => Inbox.list({ status: "registered", assignee: "me" }));
    expect(mine.cases.map((c) => c.caseId)).toEqual([record.caseId]);
    const overdue = await owner()(() => Inbox.list({ status: "registered", overdue: true }));
    expect(overdue.cases).toEqual([]);
  });

  it("keeps an agent's open tasks in their list until done", async () => {
    const caseId = ids[1] as string;
    const { taskId } = await owner()(() => CaseFile.addTask({ caseId, title: "Call the school", dueOn: "2027-01-05" }));
    expect((await owner()(() => CaseFile.myTasks({}))).tasks.map((t) => t.taskId)).toContain(taskId);
    await owner()(() => CaseFile.completeTask({ caseId, taskId }));
    expect((await owner()(() => CaseFile.myTasks({}))).tasks.map((t) => t.taskId)).not.toContain(taskId);
  });
});

describe("channels", () => {
  it("gives each channel a link and a QR code in SVG and PNG", async () => {
    const [channel] = await owner()(() => Channels.list());
    expect(channel?.link).toMatch(/\/help\?src=fromagerie$/);
    const svg = await owner()(() => Channels.qrCode({ code: "fromagerie", format: "svg" }));
    expect(svg.content).toMatch(/^<svg/);
    const png = await owner()(() => Channels.qrCode({ code: "fromagerie", format: "png" }));
    expect(Buffer.from(png.content, "base64").subarray(1, 4).toString()).toBe("PNG");
    await expect(
      owner()(() => Channels.create({ name: "Again", type: "other", code: "fromagerie" })),
    ).rejects.toMatchObject({ kind: "conflict", field: "code" });
  });
});
