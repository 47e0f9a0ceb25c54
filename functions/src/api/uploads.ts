import { readFile } from "node:fs/promises";
import * as Files from "@escale/core/files";
import { Hono } from "hono";

const types: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

/** Local stand-in for the uploads bucket: signed PUTs in, files out. */
export function localUploads() {
  const uploads = new Hono();
  uploads.put("/uploads/*", async (c) => {
    const key = c.req.path.slice("/uploads/".length);
    const body = new Uint8Array(await c.req.arrayBuffer());
    const query = new URL(c.req.url).searchParams;
    const refusal = Files.refuseLocalUpload(key, query, c.req.header("content-type") ?? "", body);
    if (refusal) return c.json({ error: { code: "upload_refused", message: refusal } }, 403);
    await Files.writeLocal(key, body);
    return c.body(null, 204);
  });
  uploads.get("/uploads/*", async (c) => {
    const key = c.req.path.slice("/uploads/".length);
    const type = types[key.split(".").pop() ?? ""];
    if (!type) return c.notFound();
    try {
      const file = await readFile(Files.localFile(key));
      return c.body(file, 200, {
        "content-type": type,
        "cache-control": "public, max-age=86400",
        "x-content-type-options": "nosniff",
      });
    } catch {
      return c.notFound();
    }
  });
  return uploads;
}
