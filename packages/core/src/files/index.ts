import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { config } from "../config";

/** The S3 client loads when a file is first touched in AWS, never at cold start nor locally. */
const s3 = () => import("@aws-sdk/client-s3");

/**
 * Uploaded files (logos). In AWS: S3 with presigned PUT URLs. Locally: a folder, with URLs
 * signed by the app so the same browser code uploads to either.
 */
export type UploadTarget = { url: string; method: "PUT"; headers: Record<string, string> };

const validForSeconds = 600;

export async function uploadTarget(key: string, contentType: string, size: number): Promise<UploadTarget> {
  const { uploads, region } = config();
  if (uploads.bucket) {
    const [{ PutObjectCommand, S3Client }, { getSignedUrl }] = await Promise.all([
      s3(),
      import("@aws-sdk/s3-request-presigner"),
    ]);
    const command = new PutObjectCommand({
      Bucket: uploads.bucket,
      Key: key,
      ContentType: contentType,
      ContentLength: size,
    });
    const url = await getSignedUrl(new S3Client({ region }), command, {
      expiresIn: validForSeconds,
    });
    return { url, method: "PUT", headers: { "content-type": contentType } };
  }
  const expires = Math.floor(Date.now() / 1000) + validForSeconds;
  const query = new URLSearchParams({
    type: contentType,
    size: String(size),
    expires: String(expires),
  });
  query.set("signature", sign(key, query));
  return {
    url: `/uploads/${key}?${query}`,
    method: "PUT",
    headers: { "content-type": contentType },
  };
}

function sign(key: string, query: URLSearchParams): string {
  const payload = `${key}\n${query.get("type")}\n${query.get("size")}\n${query.get("expires")}`;
  return createHmac("sha256", config().secret).update(payload).digest("hex");
}

/**
 * Checks a local upload against its signed URL before its body is read (with the announced
 * Content-Length), and again after with the bytes received; the reason it is refused, if any.
 */
export function refuseLocalUpload(
  key: string,
  query: URLSearchParams,
  contentType: string,
  byteLength: number,
): string | undefined {
  const expected = Buffer.from(sign(key, query));
  const given = Buffer.from(query.get("signature") ?? "");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid signature";
  if (Number(query.get("expires")) < Date.now() / 1000) return "upload URL expired";
  if (contentType !== query.get("type")) return "content type differs from the one announced";
  if (!(byteLength <= Number(query.get("size")))) return "file larger than announced";
  return undefined;
}

function localPath(key: string): string {
  const root = resolve(config().uploads.dir);
  const path = resolve(join(root, key));
  if (!path.startsWith(`${root}/`)) throw new Error("Upload key escapes the uploads folder");
  return path;
}

export async function writeLocal(key: string, body: Uint8Array): Promise<void> {
  const path = localPath(key);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, body);
}

/** Stores bytes the app has checked (a logo, once known to be an image) with their true type. */
export async function store(key: string, body: Uint8Array, contentType: string): Promise<void> {
  const { uploads, region } = config();
  if (!uploads.bucket) return writeLocal(key, body);
  const { PutObjectCommand, S3Client } = await s3();
  await new S3Client({ region }).send(
    new PutObjectCommand({ Bucket: uploads.bucket, Key: key, Body: body, ContentType: contentType }),
  );
}

export async function remove(key: string): Promise<void> {
  const { uploads, region } = config();
  if (!uploads.bucket) return rm(localPath(key), { force: true });
  const { DeleteObjectCommand, S3Client } = await s3();
  await new S3Client({ region }).send(new DeleteObjectCommand({ Bucket: uploads.bucket, Key: key }));
}

export function localFile(key: string): string {
  return localPath(key);
}

export async function exists(key: string): Promise<boolean> {
  const { uploads, region } = config();
  try {
    if (uploads.bucket) {
      const { HeadObjectCommand, S3Client } = await s3();
      await new S3Client({ region }).send(new HeadObjectCommand({ Bucket: uploads.bucket, Key: key }));
    } else await stat(localPath(key));
    return true;
  } catch {
    return false;
  }
}

/** A stored file's bytes (a logo to print on a flyer), or undefined when it is missing. */
export async function read(key: string): Promise<Uint8Array | undefined> {
  const { uploads, region } = config();
  try {
    if (!uploads.bucket) return await readFile(localPath(key));
    const { GetObjectCommand, S3Client } = await s3();
    const object = await new S3Client({ region }).send(new GetObjectCommand({ Bucket: uploads.bucket, Key: key }));
    return await object.Body?.transformToByteArray();
  } catch {
    return undefined;
  }
}

/** Where browsers fetch a file: the uploads route locally, the bucket's CDN path in AWS. */
export function publicUrl(key: string): string {
  return `/uploads/${key}`;
}
