/**
 * `pnpm dev`: the whole product on this machine. DynamoDB Local (data kept in .data/), a mail
 * catcher with a web inbox, the API with reload on change, the web app, the demo territory.
 * Ctrl-C stops everything.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { withActor } from "@escale/core/context";
import * as Seed from "@escale/core/seed";
import { runAll } from "@escale/functions/jobs/index";
import { openDatabase } from "@escale/local/database";
import { startMailCatcher } from "@escale/local/mail-catcher";
import { dataDir, repoRoot } from "@escale/local/paths";
import { waitFor } from "@escale/local/ports";

const ports = {
  dynamo: Number(process.env.ESCALE_DYNAMODB_PORT ?? 8000),
  api: Number(process.env.ESCALE_API_PORT ?? 3000),
  web: Number(process.env.ESCALE_WEB_PORT ?? 5173),
  smtp: Number(process.env.ESCALE_SMTP_PORT ?? 1025),
  inbox: Number(process.env.ESCALE_INBOX_PORT ?? 1080),
};
const seed = process.env.ESCALE_SEED !== "0" && !process.argv.includes("--no-seed");

Object.assign(process.env, {
  ESCALE_DYNAMODB_ENDPOINT: process.env.ESCALE_DYNAMODB_ENDPOINT ?? `http://localhost:${ports.dynamo}`,
  ESCALE_SMTP_PORT: String(ports.smtp),
  ESCALE_API_PORT: String(ports.api),
  ESCALE_WEB_PORT: String(ports.web),
  ESCALE_PUBLIC_URL: process.env.ESCALE_PUBLIC_URL ?? `http://localhost:${ports.web}`,
  ESCALE_UPLOADS_DIR: process.env.ESCALE_UPLOADS_DIR ?? join(dataDir, "uploads"),
});

const stops: (() => Promise<void>)[] = [];
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[]) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], env: process.env });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join("\n");
  child.stdout?.on("data", (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => console.error(prefix(chunk)));
  child.on("exit", (code) => {
    if (!stopping) console.error(`[${name}] exited with code ${code}`);
  });
  children.push(child);
}

let stopping = false;
async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping…");
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(stops.map((stopService) => stopService()));
  process.exit(exitCode);
}
process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());

try {
  const database = await openDatabase();
  stops.push(database.stop);
  const mail = await startMailCatcher({ smtpPort: ports.smtp, webPort: ports.inbox, mailDir: join(dataDir, "mail") });
  stops.push(mail.stop);
  if (seed) {
    const { created } = await withActor({ type: "system" }, () => Seed.demo());
    console.log(created ? "Seeded the demo territory." : "Demo territory already there.");
  }
  run("api", process.execPath, [
    "--import",
    "tsx",
    "--watch-path=functions/src",
    "--watch-path=packages/core/src",
    "functions/src/api/local.ts",
  ]);
  run("web", "pnpm", ["--filter", "@escale/web", "exec", "vite", "--port", String(ports.web), "--strictPort"]);
  // What Cron runs in AWS: every 15 minutes here too, and once at start.
  const runJobs = () =>
    runAll()
      .then((summaries) => {
        for (const line of summaries) console.log(`[jobs] ${line}`);
      })
      .catch((error: Error) => console.error(`[jobs] ${error.message}`));
  void runJobs();
  const timer = setInterval(runJobs, 15 * 60_000);
  stops.push(async () => clearInterval(timer));
  await waitFor("The API", async () => (await fetch(`http://localhost:${ports.api}/health`)).ok, 60_000);
  await waitFor("The web app", async () => (await fetch(`http://localhost:${ports.web}/`)).ok, 60_000);
  console.log(`
Escale is running:
  Platform site and console  http://localhost:${ports.web}
  Demo portal                http://demo.localhost:${ports.web}
  API health                 http://localhost:${ports.api}/health
  Mail inbox                 http://localhost:${ports.inbox}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
