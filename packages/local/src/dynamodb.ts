import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { freePort, waitFor } from "./ports";
import { type RunningService, startProcess } from "./service";

export const javaMissing =
  "Java 17 (or newer) is needed to run DynamoDB Local. Install it, for example on Debian/Ubuntu:\n" +
  "  sudo apt-get install -y openjdk-17-jre-headless\n" +
  "then run the command again.";

/** The folder of AWS's DynamoDB Local, as shipped in the amplify-dynamodb-simulator package. */
function emulatorFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");
}

/**
 * Starts DynamoDB Local: in memory for tests, or persisted under `dataDir` for development.
 * Resolves once it answers requests.
 */
export async function startDynamoLocal(
  options: { port?: number; dataDir?: string } = {},
): Promise<RunningService & { endpoint: string }> {
  if (spawnSync("java", ["-version"]).status !== 0) throw new Error(javaMissing);
  const port = options.port ?? (await freePort());
  const folder = emulatorFolder();
  const storage = options.dataDir ? ["-sharedDb", "-dbPath", resolve(options.dataDir)] : ["-inMemory"];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const { child, service, output } = startProcess(
    "DynamoDB Local",
    "java",
    [
      "-Xms64m",
      "-Xmx512m",
      `-Djava.library.path=${join(folder, "DynamoDBLocal_lib")}`,
      "-jar",
      join(folder, "DynamoDBLocal.jar"),
      "-port",
      String(port),
      ...storage,
    ],
    folder,
  );
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitFor("DynamoDB Local", async () => {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited:\n${output()}`);
      const response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.0",
          "x-amz-target": "DynamoDB_20120810.ListTables",
          authorization:
            "AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local",
        },
        body: "{}",
      });
      return response.ok;
    });
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { ...service, endpoint };
}
