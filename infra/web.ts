import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import * as route53 from "aws-cdk-lib/aws-route53";
import { CloudFrontTarget } from "aws-cdk-lib/aws-route53-targets";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Duration, Fn } from "aws-cdk-lib/core";
import type { Api, Stack, StaticSiteDomainProps } from "sst/constructs";
import { StaticSite } from "sst/constructs";
import { DnsValidatedCertificate } from "sst/constructs/cdk/dns-validated-certificate.js";
import {
  contentSecurityPolicyHeader,
  referrerPolicy,
  strictTransportSecurity,
} from "../functions/src/api/content-security-policy";

/** The header that tells the API a request came through CloudFront (see `fromEdge` in the API). */
export const EDGE_HEADER = "x-escale-edge";

/** Where browsers read uploaded files (`Files.publicUrl` in the core): `/uploads/<key>`. */
export const UPLOADS_PATH = "/uploads/*";

/**
 * CloudFront path pattern for an API Gateway route key:
 * "ANY /trpc/{proxy+}" → "/trpc/*", "GET /health" → "/health".
 */
export function pathPattern(routeKey: string): string {
  const path = routeKey.split(" ").at(-1) ?? routeKey;
  return path.replace(/\/\{proxy\+\}$/, "/*");
}

/**
 * CloudFront Functions (viewer request), kept as source so the tests can run them.
 *
 * FORWARD_HOST copies the viewer's Host into `x-forwarded-host` before CloudFront replaces it
 * with the API Gateway host: the Hono app resolves the tenant portal (`{slug}.<domain>`) from
 * it. A value sent by the viewer is overwritten, never trusted.
 */
export const FORWARD_HOST = `function handler(event) {
  var request = event.request;
  request.headers["x-forwarded-host"] = { value: request.headers.host.value };
  return request;
}`;

/** `/uploads/<key>` is the object `<key>` of the uploads bucket. */
export const UPLOADS_KEY = `function handler(event) {
  var request = event.request;
  request.uri = "/" + request.uri.slice("/uploads/".length);
  return request;
}`;

/**
 * Single-page app: a path without a file extension is a page, answered by index.html. Done
 * here rather than with distribution-wide error responses, which would also turn the API's
 * 403 and 404 into a 200 with index.html.
 */
export const SPA_FALLBACK = `function handler(event) {
  var request = event.request;
  var last = request.uri.split("/").pop();
  if (last.indexOf(".") === -1) request.uri = "/index.html";
  return request;
}`;

function viewerRequest(stack: Stack, id: string, code: string): cloudfront.FunctionAssociation[] {
  const fn = new cloudfront.Function(stack, id, {
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    code: cloudfront.FunctionCode.fromInline(code),
  });
  return [{ function: fn, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }];
}

/**
 * Headers CloudFront adds to responses. The web app's pages get the same Content-Security-
 * Policy, Referrer-Policy and frame refusal the API gives its own pages (one definition,
 * functions/src/api/content-security-policy.ts); everything, API and uploads included, gets
 * HSTS and nosniff. The API's own headers are left as they are.
 */
function responseHeaders(stack: Stack) {
  const hsts = {
    accessControlMaxAge: Duration.seconds(strictTransportSecurity.maxAgeSeconds),
    includeSubdomains: strictTransportSecurity.includeSubdomains,
    override: true,
  };
  const pages = new cloudfront.ResponseHeadersPolicy(stack, "PageHeaders", {
    comment: "Escale web app: CSP, frame refusal, referrer policy, HSTS",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicyHeader(), override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: referrerPolicy as cloudfront.HeadersReferrerPolicy, override: true },
      contentTypeOptions: { override: true },
      strictTransportSecurity: hsts,
    },
  });
  const https = new cloudfront.ResponseHeadersPolicy(stack, "HttpsHeaders", {
    comment: "Escale API and uploads: HSTS and nosniff (the API sets its own CSP)",
    securityHeadersBehavior: { contentTypeOptions: { override: false }, strictTransportSecurity: hsts },
  });
  return { pages, https };
}

/**
 * The Vite app (platform site, console, portals, employer space) on S3 + CloudFront. The same
 * distribution sends the API's paths to the HTTP API and `/uploads/*` to the uploads bucket,
 * so the browser only ever talks to one origin. With a platform domain it answers `<domain>`
 * and `*.<domain>` (tenant portals) with one certificate; the hosted zone must be in Route 53.
 */
export function addWeb(
  stack: Stack,
  input: {
    api: Api;
    apiRoutes: readonly string[];
    uploads: IBucket;
    domain: string | undefined;
    /** Added to every request forwarded to the API (a viewer's own value is replaced). */
    edgeSecret: string;
  },
): StaticSite {
  const { api, domain } = input;
  const headers = responseHeaders(stack);

  const toApi: cloudfront.BehaviorOptions = {
    // api.url is "https://{id}.execute-api.{region}.amazonaws.com": keep the host.
    origin: new HttpOrigin(Fn.select(2, Fn.split("/", api.url)), {
      customHeaders: { [EDGE_HEADER]: input.edgeSecret },
    }),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
    cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
    // With caching disabled this forwards Authorization, cookies and query strings too.
    originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    responseHeadersPolicy: headers.https,
    functionAssociations: viewerRequest(stack, "ForwardHost", FORWARD_HOST),
  };
  const toUploads: cloudfront.BehaviorOptions = {
    // The origin access identity is created in the bucket's stack, so no dependency cycle.
    origin: S3BucketOrigin.withOriginAccessIdentity(input.uploads),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
    cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
    responseHeadersPolicy: headers.https,
    functionAssociations: viewerRequest(stack, "UploadsKey", UPLOADS_KEY),
  };
  const additionalBehaviors: Record<string, cloudfront.BehaviorOptions> = {
    ...Object.fromEntries(input.apiRoutes.map((route) => [pathPattern(route), toApi])),
    [UPLOADS_PATH]: toUploads,
  };

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
    // The app tells the platform site from tenant portals by host name (web/src/host.ts).
    environment: domain ? { VITE_PLATFORM_HOST: domain } : {},
    customDomain,
    // SST writes Vite env typings at synth time; keep them out of web/src.
    vite: { types: "../.sst/web/sst-env.d.ts" },
    cdk: {
      distribution: {
        errorResponses: [],
        defaultBehavior: {
          responseHeadersPolicy: headers.pages,
          functionAssociations: viewerRequest(stack, "SpaFallback", SPA_FALLBACK),
        },
        additionalBehaviors,
      },
    },
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
