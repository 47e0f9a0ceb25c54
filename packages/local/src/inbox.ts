import { waitFor } from "./ports";

export type CaughtMail = {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  from: { address: string; name?: string }[];
  to: { address: string }[];
  date: string;
  /** Lower-cased header names. */
  headers: Record<string, string | string[]>;
  attachments?: { fileName?: string; generatedFileName?: string; contentType: string }[];
};

/** Reads the local mail catcher, as a person would read their inbox. */
export function inbox(inboxUrl: string) {
  async function all(): Promise<CaughtMail[]> {
    const response = await fetch(`${inboxUrl}/email`);
    return (await response.json()) as CaughtMail[];
  }
  return {
    all,
    /** The newest message to `address` whose subject matches, sent after `since` (ms), waiting for it. */
    async latest(address: string, subject: RegExp = /./, timeoutMs = 15_000, since = 0): Promise<CaughtMail> {
      let found: CaughtMail | undefined;
      await waitFor(
        `A message to ${address} matching ${subject}`,
        async () => {
          const messages = (await all()).filter(
            (mail) =>
              mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()) &&
              subject.test(mail.subject) &&
              Date.parse(mail.date) >= since - 1000,
          );
          found = messages.sort((a, b) => b.date.localeCompare(a.date))[0];
          return Boolean(found);
        },
        timeoutMs,
      );
      return found as CaughtMail;
    },
  };
}
