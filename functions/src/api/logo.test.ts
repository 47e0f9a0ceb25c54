import * as Branding from "@escale/core/branding";
import { withActor } from "@escale/core/context";
import * as Tenant from "@escale/core/tenant";
import { beforeEach, describe, expect, it } from "vitest";
import { asSystem, newTenant } from "../../../tests/support/actors";
import { png } from "../../../tests/support/images";
import { localUploads } from "./uploads";

const uploads = localUploads();
let tenantId: string;
let owner: <T>(run: () => Promise<T>) => Promise<T>;

beforeEach(async () => {
  const { tenant, ownerEmail } = await newTenant();
  tenantId = tenant.tenantId;
  owner = (run) => withActor({ type: "staff", userId: "owner", email: ownerEmail, tenantId, role: "owner" }, run);
});

/** What the console does with a chosen file: ask where to put it, PUT it there, adopt it. */
async function uploadLogo(bytes: Uint8Array<ArrayBuffer>) {
  const { key, url, headers } = await owner(() => Branding.logoUploadTarget({ size: bytes.byteLength }));
  const put = await uploads.request(url, {
    method: "PUT",
    headers: { ...headers, "content-length": String(bytes.byteLength) },
    body: bytes,
  });
  expect(put.status).toBe(204);
  const version = (await asSystem(() => Tenant.get(tenantId)))?.version ?? 0;
  return owner(() => Branding.useLogo({ key, expectedVersion: version }));
}

describe("a logo upload", () => {
  it("is an image by its content: a PNG named logo.txt becomes a PNG logo", async () => {
    // The browser calls a .txt file text/plain; nothing of that reaches the server but the bytes.
    const file = new File([png(120, 40)], "logo.txt", { type: "text/plain" });
    const tenant = await uploadLogo(new Uint8Array(await file.arrayBuffer()));
    expect(tenant.logoUrl).toMatch(new RegExp(`^/uploads/logos/${tenantId}/[a-z0-9-]+\\.png$`));
    const served = await uploads.request(tenant.logoUrl ?? "");
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png(120, 40));
  });

  it("refuses a text file named logo.png, naming the logo", async () => {
    const file = new File(["<svg onload=alert(1)>not an image</svg>"], "logo.png", { type: "image/png" });
    await expect(uploadLogo(new Uint8Array(await file.arrayBuffer()))).rejects.toMatchObject({
      code: "logo_not_image",
      field: "logo",
      message: expect.stringMatching(/^logo: this file is not a PNG, JPEG or WebP image/),
    });
    expect((await asSystem(() => Tenant.get(tenantId)))?.logoUrl).toBeUndefined();
  });

  it("refuses an image too large to be a logo, and one too small, saying its size", async () => {
    await expect(uploadLogo(png(5000, 300))).rejects.toMatchObject({
      code: "logo_too_large",
      field: "logo",
      message: expect.stringContaining("5000×300"),
    });
    await expect(uploadLogo(png(8, 8))).rejects.toMatchObject({ code: "logo_too_small", field: "logo" });
  });

  it("is never served before it is known to be an image", async () => {
    const bytes = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const { key, url, headers } = await owner(() => Branding.logoUploadTarget({ size: bytes.byteLength }));
    expect(headers["content-type"]).toBe("application/octet-stream");
    const put = await uploads.request(url, {
      method: "PUT",
      headers: { ...headers, "content-length": String(bytes.byteLength) },
      body: bytes,
    });
    expect(put.status).toBe(204);
    expect((await uploads.request(`/uploads/${key}`)).status).toBe(404);
  });
});
