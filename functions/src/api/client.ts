import { config } from "@escale/core/config";
import type { Context } from "hono";
import { fromEdge } from "./origin";

type Bindings = {
  incoming?: { socket?: { remoteAddress?: string } };
  requestContext?: { http?: { sourceIp?: string } };
};

/**
 * The address of the client behind a request, as the server knows it: the viewer address
 * CloudFront reports (in AWS, on requests from CloudFront), else the connection's own address.
 * Never a value the client chooses, so it can key rate limits.
 */
export function clientAddress(c: Context): string {
  const viewer = config().edgeSecret && fromEdge(c.req.raw) ? c.req.header("cloudfront-viewer-address") : undefined;
  if (viewer) return viewer.replace(/:\d+$/, "");
  const env = c.env as Bindings | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? "unknown";
}
