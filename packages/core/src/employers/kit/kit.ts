import { randomUUID } from "node:crypto";
import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { assertActor, useTenant } from "../../context";
import { db } from "../../db";
import { VisibleError } from "../../error";
import * as Files from "../../files";
import { fn } from "../../fn";
import { languageCodes } from "../../tenant/languages";
import * as Employers from "../employers";
import * as Offers from "../offers";

const fileTypes = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" } as const;
const maxFileBytes = 20_000_000;
const itemId = z.uuid("itemId must be a UUID.");

type Item = Awaited<ReturnType<typeof all>>[number];

async function all(tenantId = useTenant()) {
  const found = await db().entities.kitItem.query.byTenant({ tenantId }).go({ pages: "all" });
  return found.data.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function view(item: Item) {
  return {
    id: item.itemId,
    kind: item.kind,
    title: item.title,
    language: item.language,
    url: item.fileKey ? Files.publicUrl(item.fileKey) : (item.url ?? null),
    text: item.text ?? null,
    createdAt: item.createdAt,
  };
}

/** The console's list of the kit. */
export async function items() {
  assertCan("employers.read");
  return (await all()).map(view);
}

/** Where the console uploads a kit file (a PDF or an image), before adding it. */
export const uploadTarget = fn(
  z.object({
    contentType: z.enum(Object.keys(fileTypes) as [keyof typeof fileTypes], "Upload a PDF, PNG or JPEG file."),
    size: z
      .number()
      .int()
      .positive()
      .max(maxFileBytes, `A kit file is at most ${maxFileBytes / 1_000_000} MB.`),
  }),
  async ({ contentType, size }) => {
    assertCan("employers.manage");
    const key = `kit/${useTenant()}/${randomUUID()}.${fileTypes[contentType]}`;
    return { key, ...(await Files.uploadTarget(key, contentType, size)) };
  },
);

/** A key exactly as uploadTarget makes them for this tenant, so an item names the tenant's own file. */
function isKitKeyOf(tenantId: string, key: string) {
  const pattern = new RegExp(`^kit/${tenantId}/[0-9a-f-]{36}\\.(${Object.values(fileTypes).join("|")})$`);
  return pattern.test(key);
}

const common = { title: z.string().trim().min(2, "Give the item a title.").max(160), language: z.enum(languageCodes) };

export const add = fn(
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("file"), key: z.string().max(200), ...common }),
    z.object({
      kind: z.literal("video"),
      url: z
        .url("Give the video's address, starting with https://.")
        .max(500)
        .refine((url) => url.startsWith("https://"), "Give the video's address, starting with https://."),
      ...common,
    }),
    z.object({
      kind: z.literal("newsletter"),
      text: z.string().trim().min(20, "Write the newsletter text.").max(10_000),
      ...common,
    }),
  ]),
  async (input) => {
    assertCan("employers.manage");
    const tenantId = useTenant();
    if (input.kind === "file" && (!isKitKeyOf(tenantId, input.key) || !(await Files.exists(input.key))))
      throw new VisibleError("input", "file_missing", "key: no uploaded file found; upload it again.", "key");
    const created = await db()
      .entities.kitItem.create({
        tenantId,
        itemId: randomUUID(),
        kind: input.kind,
        title: input.title,
        language: input.language,
        createdAt: new Date().toISOString(),
        ...(input.kind === "file"
          ? { fileKey: input.key }
          : input.kind === "video"
            ? { url: input.url }
            : { text: input.text }),
      })
      .go();
    return view(created.data as Item);
  },
);

export const remove = fn(z.object({ itemId }), async (input) => {
  assertCan("employers.manage");
  const removed = await db()
    .entities.kitItem.delete({ tenantId: useTenant(), itemId: input.itemId })
    .go({ response: "all_old" });
  if (!removed.data) throw new VisibleError("not-found", "kit_item_not_found", "itemId: no such kit item.", "itemId");
  return { id: input.itemId };
});

/** The employer whose subscription is active and includes the kit. */
export async function kitEmployer() {
  const actor = assertActor("employer");
  const employer = await Employers.get(actor.employerId);
  const offerId = employer?.subscription?.offerId;
  const offer = offerId ? await Offers.get(offerId) : undefined;
  if (!employer || !Employers.hasAccess(employer) || !offer?.kit)
    throw new VisibleError(
      "forbidden",
      "kit_not_included",
      "The employer kit comes with an active subscription that includes it.",
    );
  return employer;
}

/** The employer space's kit. */
export async function forEmployer() {
  await kitEmployer();
  return (await all()).map(view);
}
