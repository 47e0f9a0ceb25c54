import { type ChildProcess, spawn } from "node:child_process";

export type RunningService = { stop: () => Promise<void> };

/** Starts a child process whose output is kept for the error message if it dies early. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  cwd?: string,
): { child: ChildProcess; service: RunningService; output: () => string } {
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => {
    output += `\n${name}: ${error.message}`;
  });
  const service: RunningService = {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
  return { child, service, output: () => output };
}
