import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { type Connect, defineConfig, type Plugin } from "vite";

const webPort = Number(process.env.ESCALE_WEB_PORT ?? 5173);
// The API listens on 127.0.0.1 only, and "localhost" may resolve to ::1 first.
const apiOrigin = `http://127.0.0.1:${process.env.ESCALE_API_PORT ?? 3000}`;
const platformHost = process.env.VITE_PLATFORM_HOST ?? "localhost";

const apiPaths = [
  "/trpc",
  "/authorize",
  "/token",
  "/.well-known",
  "/email",
  "/uploads",
  "/health",
  "/signout",
  "/userinfo",
  "/webhooks",
  "/billing",
  "/letters",
  "/calendar",
];

// The API finds the tenant, and the issuer the token audience, from the Host header: keep it.
const proxy = Object.fromEntries(
  apiPaths.map((path) => [path, { target: apiOrigin, changeOrigin: false, xfwd: true }]),
);

function isPageRequest(req: Connect.IncomingMessage): boolean {
  const accept = req.headers.accept ?? "";
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  return (
    (req.method === "GET" || req.method === "HEAD") &&
    (accept === "" || accept.includes("text/html") || accept.includes("*/*")) &&
    !path.startsWith("/@") &&
    !/\.[^/]*$/.test(path) &&
    !apiPaths.some((prefix) => path.startsWith(prefix))
  );
}

async function isUnknownPortal(host: string): Promise<boolean> {
  if (!host.replace(/:\d+$/, "").endsWith(`.${platformHost}`)) return false;
  try {
    const response = await fetch(`${apiOrigin}/trpc/portal.home`, { headers: { "x-forwarded-host": host } });
    return response.status === 404;
  } catch {
    // API not running: serve the app, which says so itself.
    return false;
  }
}

/**
 * Vite's SPA fallback always answers 200, so a page on `{unknown}.localhost` is answered here,
 * before it, with the same HTML and a 404 (for crawlers, link checkers and tests).
 */
function unknownPortalIsNotFound(): Plugin {
  const answer =
    (indexHtml: (url: string) => Promise<string>): Connect.NextHandleFunction =>
    (req, res, next) => {
      if (!isPageRequest(req)) return next();
      isUnknownPortal(req.headers.host ?? "")
        .then(async (unknown) => {
          if (!unknown) return next();
          const html = await indexHtml(req.url ?? "/");
          res.statusCode = 404;
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.end(html);
        })
        .catch(next);
    };
  return {
    name: "escale:unknown-portal-is-not-found",
    configureServer(server) {
      const source = resolve(server.config.root, "index.html");
      server.middlewares.use(answer(async (url) => server.transformIndexHtml(url, await readFile(source, "utf8"))));
    },
    configurePreviewServer(server) {
      const built = resolve(server.config.root, server.config.build.outDir, "index.html");
      server.middlewares.use(answer(() => readFile(built, "utf8")));
    },
  };
}

/**
 * In development, the headers of CloudFront's that leave Vite working: no framing, the
 * referrer policy. The full Content-Security-Policy (no inline script) would stop Vite's hot
 * reload; the built app gets it from the API server in tests and from CloudFront in AWS.
 */
const headers = {
  "content-security-policy": "frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
};

const server = { port: webPort, strictPort: true, allowedHosts: [`.${platformHost}`], proxy, headers };

export default defineConfig({
  plugins: [react(), unknownPortalIsNotFound()],
  server,
  preview: server,
});
