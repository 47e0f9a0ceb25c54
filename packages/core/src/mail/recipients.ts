import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { config } from "../config";
import { db, documents } from "../db";
import { type Language, languageCodes } from "../tenant/languages";

/**
 * The language preference stored with a person's identity (`language`), if any. Read as a
 * raw item so that a preference written by a newer schema version is honoured as well.
 */
export async function storedLanguage(email: string): Promise<Language | undefined> {
  const key = db().entities.identity.get({ email }).params().Key;
  const { Item } = await documents().send(new GetCommand({ TableName: config().table, Key: key }));
  const preferred = Item?.language;
  return languageCodes.includes(preferred) ? (preferred as Language) : undefined;
}

/** The language a staff member reads e-mails in: their preference, else French, the product's default. */
export async function staffLanguage(email: string): Promise<Language> {
  return (await storedLanguage(email)) ?? "fr";
}
