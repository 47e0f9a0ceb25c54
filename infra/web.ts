import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import * as route53 from "aws-cdk-lib/aws-route53";
import { CloudFrontTarget } from "aws-cdk-lib/aws-route53-targets";
import { Fn } from "aws-cdk-lib/core";
import type { Api, Stack, StaticSiteDomainProps } from "sst/constructs";
import { StaticSite } from "sst/constructs";
import { DnsValidatedCertificate } from "sst/constructs/cdk/dns-validated-certificate.js";

/**
 * CloudFront path pattern for an API Gateway route key:
 * "ANY /trpc/{proxy+}" → "/trpc/*", "GET /health" → "/health".
 */
export function pathPattern(routeKey: string): string {
  const path = routeKey.split(" ").at(-1) ?? routeKey;
  return path.replace(/\/\{proxy\+\}$/, "/*");
}

/**
 * Copies the viewer's Host into `x-forwarded-host` before CloudFront replaces it with the API
 * Gateway host: the Hono app resolves the tenant portal (`{slug}.<domain>`) from it. A value
 * sent by the viewer is overwritten, never trusted.
 */
const FORWARD_HOST = `function handler(event) {
  var request = event.request;
  request.headers["x-forwarded-host"] = { value: request.headers.host.value };
  return request;
}`;

/**
 * The Vite app (platform site, console, portals, employer space) on S3 + CloudFront. The API's
 * paths go to the HTTP API through the same distribution, so the browser only ever talks to one
 * origin. With a platform domain, the distribution answers `<domain>` and `*.<domain>` (tenant
 * portals) with one certificate; the hosted zone must be in Route 53.
 */
export function addWeb(
  stack: Stack,
  input: { api: Api; apiRoutes: readonly string[]; domain: string | undefined },
): StaticSite {
  const { api, domain } = input;

  const forwardHost = new cloudfront.Function(stack, "ForwardHost", {
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    code: cloudfront.FunctionCode.fromInline(FORWARD_HOST),
  });
  const toApi: cloudfront.BehaviorOptions = {
    // api.url is "https://{id}.execute-api.{region}.amazonaws.com": keep the host.
    origin: new HttpOrigin(Fn.select(2, Fn.split("/", api.url))),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
    cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
    // With caching disabled this forwards Authorization, cookies and query strings too.
    originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    functionAssociations: [
      { function: forwardHost, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
    ],
  };
  const additionalBehaviors = Object.fromEntries(
    [...new Set(input.apiRoutes.map(pathPattern))].map((pattern) => [pattern, toApi]),
  );

  let customDomain: StaticSiteDomainProps | undefined;
  let hostedZone: route53.IHostedZone | undefined;
  if (domain) {
    hostedZone = route53.HostedZone.fromLookup(stack, "HostedZone", { domainName: domain });
    // SST only creates certificates for a single name; CloudFront needs it in us-east-1.
    const certificate = new DnsValidatedCertificate(stack, "Certificate", {
      domainName: domain,
      subjectAlternativeNames: [`*.${domain}`],
      hostedZone,
      region: "us-east-1",
    });
    customDomain = {
      domainName: domain,
      alternateNames: [`*.${domain}`],
      cdk: { hostedZone, certificate },
    };
  }

  const site = new StaticSite(stack, "Web", {
    path: "web",
    buildCommand: "pnpm --filter @escale/web build",
    buildOutput: "dist",
    customDomain,
    // SST writes Vite env typings at synth time; keep them out of web/src.
    vite: { types: "../.sst/web/sst-env.d.ts" },
    cdk: { distribution: { additionalBehaviors } },
  });

  // SST records only the apex; tenant portals need the wildcard too.
  const distribution = site.cdk?.distribution;
  if (domain && hostedZone && distribution) {
    const record = {
      zone: hostedZone,
      recordName: `*.${domain}`,
      target: route53.RecordTarget.fromAlias(new CloudFrontTarget(distribution)),
    };
    new route53.ARecord(stack, "WildcardRecord", record);
    new route53.AaaaRecord(stack, "WildcardRecordAAAA", record);
  }

  return site;
}
