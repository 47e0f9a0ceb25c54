import { readFile } from "node:fs/promises";
import * as Files from "@escale/core/files";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";

const types: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

/** Local stand-in for the uploads bucket: signed PUTs in, files out. */
export function localUploads() {
  const uploads = new Hono();
  // The signature and announced size are checked before a byte of the body is read.
  uploads.put("/uploads/*", async (c, next) => {
    const key = c.req.path.slice("/uploads/".length);
    const query = new URL(c.req.url).searchParams;
    const announced = Number(c.req.header("content-length") ?? Number.NaN);
    const refusal = Files.refuseLocalUpload(key, query, c.req.header("content-type") ?? "", announced);
    if (refusal) return c.json({ error: { code: "upload_refused", message: refusal } }, 403);
    return bodyLimit({
      maxSize: announced,
      onError: (c) => c.json({ error: { code: "upload_refused", message: "file larger than announced" } }, 413),
    })(c, next);
  });
  uploads.put("/uploads/*", async (c) => {
    const key = c.req.path.slice("/uploads/".length);
    await Files.writeLocal(key, new Uint8Array(await c.req.arrayBuffer()));
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
