import * as z from "zod";
import { assertCan } from "../auth/roles";
import { useTenant } from "../context";
import { db, isConditionFailure } from "../db";
import { describeIssue, fn } from "../fn";
import { singleLine } from "../single-line";
import { languageCodes } from "../tenant/languages";
import { email } from "./fields";
import { addCounters, enrolled, type Tally } from "./outcomes/counters";

const row = z.object({
  email,
  name: singleLine(120).min(1, "the name is missing"),
  language: z.enum(languageCodes, "use one of fr, en, es, de, it, pt, ar, uk"),
  enrolled_on: z.iso
    .date("use a date like 2026-03-01")
    .refine((day) => day <= new Date().toISOString().slice(0, 10), "the date is in the future"),
  channel: z.string().trim().toLowerCase().max(40).optional(),
});

type Rejected = { line: number; field: string; reason: string };

/**
 * Enrolees from a spreadsheet (`email,name,language,enrolled_on[,channel]`, with or without a
 * header). An address already enrolled is updated, never duplicated; new ones are recorded as
 * consented by import and subscribed to the letter. Bad lines are reported with their field.
 */
export const importCsv = fn(z.object({ csv: z.string().max(20_000_000) }), async ({ csv }) => {
  assertCan("enrolees.manage");
  const tenantId = useTenant();
  const { parse } = await import("csv-parse/sync");
  const records: string[][] = parse(csv, { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  const header = records[0]?.[0]?.toLowerCase() === "email";
  const channels = new Set(
    (await db().entities.channel.query.byCode({ tenantId }).go({ pages: "all" })).data.map((c) => c.code),
  );
  const rejected: Rejected[] = [];
  const valid: { line: number; value: z.output<typeof row> }[] = [];
  records.forEach((cells, index) => {
    if (header && index === 0) return;
    const line = index + 1;
    const [address, name, language, enrolledOn, channel] = cells;
    const parsed = row.safeParse({
      email: address,
      name,
      language,
      enrolled_on: enrolledOn,
      channel: channel || undefined,
    });
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error);
      rejected.push({ line, field, reason: message.slice(field.length + 2) });
    } else if (parsed.data.channel && !channels.has(parsed.data.channel))
      rejected.push({ line, field: "channel", reason: `no channel "${parsed.data.channel}"` });
    else valid.push({ line, value: parsed.data });
  });
  let imported = 0;
  let updated = 0;
  const now = new Date().toISOString();
  // Several lines for one address: the last one wins, as in the spreadsheet read top to bottom.
  const latest = new Map(valid.map((entry) => [entry.value.email, entry.value]));
  const entries = [...latest.values()];
  for (let start = 0; start < entries.length; start += 25) {
    const counted: Tally[] = [];
    await Promise.all(
      entries.slice(start, start + 25).map(async (value) => {
        const details = {
          name: value.name,
          language: value.language,
          enrolledOn: value.enrolled_on,
          ...(value.channel ? { channelCode: value.channel } : {}),
        };
        try {
          await db()
            .entities.enrolee.create({
              tenantId,
              email: value.email,
              ...details,
              consent: { at: now, by: "import" },
              newsletter: "subscribed",
              createdAt: now,
            })
            .go();
          imported++;
          counted.push(...enrolled({ enrolledOn: value.enrolled_on, channelCode: value.channel }));
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          await db().entities.enrolee.patch({ tenantId, email: value.email }).set(details).add({ version: 1 }).go();
          updated++;
        }
      }),
    );
    // Counted once per batch: 25 transactions adding to one counter at once would conflict.
    if (counted.length) await addCounters(tenantId, counted);
  }
  return { imported, updated, rejected };
});
