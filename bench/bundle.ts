import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { lambdaDefaults } from "../infra/shared";

const root = resolve(import.meta.dirname, "..");
/** The API function's handler file, as infra/api.ts names it. */
const entry = "functions/src/api/lambda.ts";

/** What this benchmark reads of esbuild's metafile. */
interface Metafile {
  outputs: Record<
    string,
    {
      bytes: number;
      entryPoint?: string;
      imports: { path: string; kind: string }[];
      inputs: Record<string, { bytesInOutput: number }>;
    }
  >;
}
type BuildOptions = Record<string, unknown> & { external?: string[] };
type Esbuild = { build(options: BuildOptions): Promise<{ metafile?: Metafile }> };

/** The esbuild SST itself bundles with (its own dependency, not the one Vite brings). */
function sstEsbuild(): Esbuild {
  const fromInfra = createRequire(join(root, "infra/package.json"));
  const fromSst = createRequire(join(dirname(fromInfra.resolve("sst/package.json")), "package.json"));
  return fromSst("esbuild");
}

/**
 * The options sst 2.49.8 gives esbuild for a Node function when deploying
 * (`runtime/handlers/node.js`), with the function's own `nodejs` props from infra/shared.ts.
 */
function sstOptions(outdir: string): BuildOptions {
  const nodejs: { splitting?: boolean; minify?: boolean; esbuild?: BuildOptions } = lambdaDefaults.nodejs;
  const { external = [], ...override } = nodejs.esbuild ?? {};
  return {
    entryPoints: [join(root, entry)],
    platform: "node",
    external: ["sharp", "pg-native", ...external],
    keepNames: true,
    bundle: true,
    logLevel: "error",
    splitting: nodejs.splitting,
    metafile: true,
    outExtension: nodejs.splitting ? { ".js": ".mjs" } : undefined,
    format: "esm",
    target: "esnext",
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        "",
      ].join("\n"),
    },
    outfile: nodejs.splitting ? undefined : join(outdir, "lambda.mjs"),
    outdir: nodejs.splitting ? outdir : undefined,
    // Deployed with a separate source map file, which Lambda never reads: leave it out of the sizes.
    sourcemap: false,
    minify: nodejs.minify,
    ...override,
  };
}

/** The output files Lambda reads before the handler runs: the entry and the chunks it imports statically. */
function loadedAtStart(metafile: Metafile, entryFile: string): string[] {
  const seen = new Set<string>();
  const next = [entryFile];
  for (let file = next.pop(); file; file = next.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? [])
      if (imported.kind === "import-statement" && metafile.outputs[imported.path]) next.push(imported.path);
  }
  return [...seen];
}

/** The packages (or our own folders) weighing most in `files`. */
function heaviest(metafile: Metafile, files: string[], count: number) {
  const weights = new Map<string, number>();
  for (const file of files)
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]?.inputs ?? {})) {
      const name =
        input.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1] ??
        input.split("/").slice(0, 4).join("/");
      weights.set(name, (weights.get(name) ?? 0) + bytesInOutput);
    }
  return [...weights].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/**
 * Milliseconds a fresh Node process spends in `import(entry)` (Node's own start not counted):
 * elapsed, and on the CPU (user + system), which a busy machine inflates less.
 */
function freshImport(file: string): { elapsed: number; cpu: number } {
  const script = [
    "const s = performance.now(), c = process.cpuUsage();",
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    "const u = process.cpuUsage(c);",
    "console.log(JSON.stringify({ elapsed: performance.now() - s, cpu: (u.user + u.system) / 1000 }));",
  ].join(" ");
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    // The settings a deployed function has, so importing the bundle reads no local defaults.
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      AWS_REGION: "eu-west-3",
      ESCALE_TABLE: "bench",
      ESCALE_PUBLIC_URL: "https://escale.example",
      ESCALE_MAIL_TRANSPORT: "ses",
    },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/**
 * The API function's cold start: its bundle built as SST builds it (minified), the bytes Lambda
 * loads before the first request and in all, and the median time of a fresh import.
 */
export async function benchBundle(runs: number) {
  const outdir = mkdtempSync(join(tmpdir(), "escale-bundle-"));
  try {
    const { metafile } = await sstEsbuild().build(sstOptions(outdir));
    if (!metafile) throw new Error("esbuild returned no metafile");
    const entryFile = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint?.endsWith(entry))?.[0];
    if (!entryFile) throw new Error(`no output for ${entry}`);
    const size = (files: string[]) => files.reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
    const atStart = loadedAtStart(metafile, entryFile);
    const all = Object.keys(metafile.outputs);

    console.log(`\nAPI bundle — ${entry}, built as SST builds it (esbuild, minified)`);
    console.log(
      `${"loaded at cold start (entry + static chunks)".padEnd(44)} ${megabytes(size(atStart)).padStart(9)}  in ${atStart.length} files`,
    );
    console.log(`${"in all (lazy chunks too)".padEnd(44)} ${megabytes(size(all)).padStart(9)}  in ${all.length} files`);
    console.log(
      `  heaviest at cold start: ${heaviest(metafile, atStart, 8)
        .map(([name, bytes]) => `${name} ${Math.round(bytes / 1000)} kB`)
        .join(", ")}`,
    );
    const times = Array.from({ length: runs }, () => freshImport(resolve(entryFile)));
    const elapsed = times.map((time) => time.elapsed);
    console.log(
      `${"fresh import of the entry (lazy chunks not)".padEnd(44)} median ${median(elapsed).toFixed(0).padStart(5)} ms elapsed, ${median(times.map((time) => time.cpu)).toFixed(0)} ms CPU  (${runs} fresh node processes; elapsed min ${Math.min(...elapsed).toFixed(0)}, max ${Math.max(...elapsed).toFixed(0)} ms)`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
