import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, so commands work from any folder. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Git-ignored development data: DynamoDB Local's files, caught mail, uploads. */
export const dataDir = join(repoRoot, ".data");
