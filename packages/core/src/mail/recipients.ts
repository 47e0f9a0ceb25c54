import { db } from "../db";
import type { Language } from "../tenant/languages";

/** The language preference stored with a person's identity (chosen in the console header), if any. */
export async function storedLanguage(email: string): Promise<Language | undefined> {
  const identity = await db().entities.identity.get({ email }).go();
  return identity.data?.language ?? undefined;
}

/** The language a staff member reads e-mails in: their preference, else French, the product's default. */
export async function staffLanguage(email: string): Promise<Language> {
  return (await storedLanguage(email)) ?? "fr";
}
