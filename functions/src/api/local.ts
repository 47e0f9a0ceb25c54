import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as Tenant from "@escale/core/tenant";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { requestOrigin } from "./actor";
import { answerError, createApp } from "./app";
import { localUploads } from "./uploads";

/**
 * The API on Node: the same app as in Lambda, plus the local uploads folder and, when given a
 * built web app, its files (so one port serves everything, as CloudFront does in AWS).
 */
export function localServer(options: { port: number; webDist?: string }) {
  const app = new Hono();
  app.onError(answerError);
  app.route("/", localUploads());
  app.route("/", createApp());
  if (options.webDist) {
    const root = resolve(options.webDist);
    const index = readFileSync(join(root, "index.html"), "utf8");
    // Page loads on a host that serves no territory get the app's "no such territory" page
    // with a real 404, so crawlers and monitors see what people see.
    app.get("*", async (c, next) => {
      if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
      const served = await Tenant.resolveHost(new URL(requestOrigin(c)).host);
      return c.html(index, served.kind === "unknown" ? 404 : 200);
    });
    app.use("/*", serveStatic({ root }));
  }
  return new Promise<{ url: string; close: () => Promise<void> }>((resolvePromise) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" }, (info) => {
      resolvePromise({
        url: `http://localhost:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.ESCALE_API_PORT ?? 3000);
  const webDist = process.env.ESCALE_WEB_DIST;
  const { url } = await localServer({
    port,
    webDist: webDist && existsSync(webDist) ? webDist : undefined,
  });
  console.log(`API listening on ${url}`);
}
