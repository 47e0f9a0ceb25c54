import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fontPaths } from "./font-files";

const require = createRequire(import.meta.url);

export type FontName = keyof typeof fontPaths;

/** In Lambda the fonts are files copied beside the bundle; elsewhere, in their npm packages. */
function location(file: string): string {
  const taskRoot = process.env.LAMBDA_TASK_ROOT;
  return taskRoot ? path.join(taskRoot, "fonts", path.basename(file)) : require.resolve(file);
}

let loaded: Promise<Record<FontName, Uint8Array>> | undefined;

/** The fonts' bytes, read on the first flyer only. */
export function fontFiles(): Promise<Record<FontName, Uint8Array>> {
  loaded ??= Promise.all(
    Object.entries(fontPaths).map(async ([name, file]) => [name, await readFile(location(file))] as const),
  ).then((entries) => Object.fromEntries(entries) as unknown as Record<FontName, Uint8Array>);
  return loaded;
}
