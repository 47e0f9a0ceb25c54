import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { App, StaticSite, useSites } from "sst/constructs";
import { setProject } from "sst/project.js";
import config from "../sst.config";
import { flyerFontCopies } from "./bienvenue";

/**
 * Offline synthesis of the real app (sst.config.ts) for the infrastructure tests, without AWS
 * and without touching the repository:
 * - the project is set in memory instead of by `initProject` (which writes `.sst/` and reads
 *   `.env*` at the root);
 * - synthesis runs in a scratch directory holding stub handlers at the paths the stacks
 *   reference and a prebuilt `web/dist`, so SST's esbuild step bundles a few lines and the
 *   tests neither depend on the application code nor on its build;
 * - the StaticSite's build command is not run (the stub `dist` stands for its output).
 * Vitest sets NODE_ENV=test, which makes SST skip the AWS calls of `App.finish()`.
 */

export const ACCOUNT = "123456789012";
export const HOSTED_ZONE_ID = "Z0123456789EXAMPLE";

/** The files the stacks expect relative to the repository root, as stubs. */
const STUBS: Record<string, string> = {
  "package.json": JSON.stringify({ name: "escale-infra-fixture", private: true, type: "module" }),
  "functions/src/api/lambda.ts": "export const handler = async () => ({ statusCode: 200 });\n",
  "functions/src/jobs/lambda.ts": "export const handler = async () => {};\n",
  "functions/src/billing/lambda.ts": "export const handler = async () => ({ batchItemFailures: [] });\n",
  "functions/src/bienvenue/letters-lambda.ts": "export const handler = async () => ({ batchItemFailures: [] });\n",
  "functions/src/bienvenue/ses-events-lambda.ts": "export const handler = async () => {};\n",
  ...Object.fromEntries(flyerFontCopies.map(({ from }) => [from, "stub font\n"])),
  "web/dist/index.html": "<!doctype html><title>Escale</title>\n",
};

export interface Synthesized {
  app: App;
  stage: string;
  region: string;
  /** The cloud assembly directory: function bundles are in `asset.<hash>/`. */
  outdir: string;
  /** The StaticSites as SST registered them (path, build command, build output). */
  sites: ReturnType<typeof useSites>["all"];
  storage: Template;
  api: Template;
  jobs: Template;
}

function scratchRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "escale-infra-"));
  for (const [file, content] of Object.entries(STUBS)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

let root: string | undefined;

/** Synthesizes every stack for `stage`; `domain` plays the role of ESCALE_DOMAIN. */
export async function synth(stage: string, options: { domain?: string } = {}): Promise<Synthesized> {
  root ??= scratchRoot();
  const previous = { cwd: process.cwd(), domain: process.env.ESCALE_DOMAIN };
  process.env.JSII_DEPRECATED = "quiet";
  // SST installs a function's external packages with npm, even when there are none.
  process.env.npm_config_audit = "false";
  process.env.npm_config_fund = "false";
  process.env.npm_config_update_notifier = "false";
  process.env.npm_config_loglevel = "error";
  if (options.domain) process.env.ESCALE_DOMAIN = options.domain;
  else delete process.env.ESCALE_DOMAIN;

  const settings = await config.config();
  const region = settings.region ?? "eu-west-3";
  const out = path.join(root, ".sst");
  setProject({
    version: "test",
    cdkVersion: "test",
    constructsVersion: "test",
    config: { ...settings, stage, region, ssmPrefix: `/sst/${settings.name}/${stage}/` },
    stacks: config.stacks,
    metafile: { inputs: {}, outputs: {} },
    paths: {
      root,
      config: path.join(previous.cwd, "sst.config.ts"),
      out,
      artifacts: path.join(out, "artifacts"),
    },
  });

  process.chdir(root);
  try {
    const context: Record<string, unknown> = {};
    if (options.domain) {
      context[`hosted-zone:account=${ACCOUNT}:domainName=${options.domain}:region=${region}`] = {
        Id: `/hostedzone/${HOSTED_ZONE_ID}`,
        Name: `${options.domain}.`,
      };
    }
    const app = new App(
      { mode: "deploy", name: settings.name, stage, region, account: ACCOUNT },
      { outdir: path.join(root, `cdk.out.${stage}`), context },
    );
    await config.stacks(app);
    const sites = [...useSites().all];
    for (const site of app.node.findAll().filter((c) => c instanceof StaticSite)) {
      (site as unknown as { buildApp: () => void }).buildApp = () => {};
    }
    await app.finish();

    const template = (id: string) => {
      const stack = app.node.tryFindChild(app.logicalPrefixedName(id));
      if (!stack) throw new Error(`No stack "${id}" in stage ${stage}`);
      return Template.fromStack(stack as Parameters<typeof Template.fromStack>[0]);
    };
    return {
      app,
      stage,
      region,
      outdir: app.outdir,
      sites,
      storage: template("storage"),
      api: template("api"),
      jobs: template("jobs"),
    };
  } finally {
    process.chdir(previous.cwd);
    if (previous.domain === undefined) delete process.env.ESCALE_DOMAIN;
    else process.env.ESCALE_DOMAIN = previous.domain;
  }
}

/** Removes the scratch directory (stub sources, bundles, cloud assemblies). */
export function cleanup(): void {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = undefined;
}
