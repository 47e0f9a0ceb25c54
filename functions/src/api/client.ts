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
  const env = c.env as Bindings | undefined;
  const address = viewer
    ? viewer.replace(/:\d+$/, "")
    : (env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? "unknown");
  return network(address);
}

/**
 * One key per network a person controls: an IPv4 address, or the /64 of an IPv6 address
 * (one subscriber gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
function network(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return mapped;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).join(":")}::/64`;
}
