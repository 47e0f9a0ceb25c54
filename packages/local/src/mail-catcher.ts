import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { freePort, waitFor } from "./ports";
import { type RunningService, startProcess } from "./service";

/** MailDev: an SMTP server that keeps every message, with a web inbox and a JSON API. */
export async function startMailCatcher(
  options: { smtpPort?: number; webPort?: number; mailDir?: string } = {},
): Promise<RunningService & { smtpPort: number; inboxUrl: string }> {
  const smtpPort = options.smtpPort ?? (await freePort());
  const webPort = options.webPort ?? (await freePort());
  const bin = join(dirname(createRequire(import.meta.url).resolve("maildev/package.json")), "bin", "maildev");
  const { child, service, output } = startProcess("MailDev", process.execPath, [
    bin,
    "--smtp",
    String(smtpPort),
    "--web",
    String(webPort),
    "--ip",
    "127.0.0.1",
    "--silent",
    ...(options.mailDir ? ["--mail-directory", resolve(options.mailDir)] : []),
  ]);
  const inboxUrl = `http://127.0.0.1:${webPort}`;
  try {
    await waitFor("Mail catcher", async () => {
      if (child.exitCode !== null) throw new Error(`MailDev exited:\n${output()}`);
      return (await fetch(`${inboxUrl}/email`)).ok;
    });
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { ...service, smtpPort, inboxUrl };
}
