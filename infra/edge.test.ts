import type { Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicyHeader } from "../functions/src/api/content-security-policy";
import { cleanup, type Synthesized, synth } from "./testing";
import { EDGE_HEADER } from "./web";

/**
 * What CloudFront adds in front of the app, synthesized offline for a production stage: the
 * edge secret on requests to the API (so forwarded headers are believed from CloudFront only),
 * the generated app secret, and the security headers of the web app's pages.
 */

type Properties = Record<string, unknown>;
type Behavior = { PathPattern?: string; TargetOriginId: string; ResponseHeadersPolicyId?: { Ref: string } };

let prod: Synthesized;
beforeAll(async () => {
  prod = await synth("prod", { domain: "escale.example" });
});
afterAll(cleanup);

function resources(template: Template, type: string): [string, { Properties: Properties; DeletionPolicy?: string }][] {
  return Object.entries(template.findResources(type)) as [
    string,
    { Properties: Properties; DeletionPolicy?: string },
  ][];
}

function distributionConfig(template: Template) {
  const [[, distribution] = []] = resources(template, "AWS::CloudFront::Distribution");
  return distribution?.Properties.DistributionConfig as {
    Origins: { Id: string; DomainName: unknown; CustomOriginConfig?: unknown; OriginCustomHeaders?: unknown }[];
    DefaultCacheBehavior: Behavior;
    CacheBehaviors: Behavior[];
  };
}

function environment(template: Template, handler: string): Properties {
  const found = resources(template, "AWS::Lambda::Function").find(([, fn]) => fn.Properties.Handler === handler);
  expect(found, handler).toBeDefined();
  return (found?.[1].Properties.Environment as { Variables: Properties } | undefined)?.Variables ?? {};
}

function policy(template: Template, id: string | undefined) {
  const found = resources(template, "AWS::CloudFront::ResponseHeadersPolicy").find(([key]) => key === id);
  expect(found, `response headers policy ${id}`).toBeDefined();
  return (
    (found?.[1].Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Properties } | undefined)
      ?.SecurityHeadersConfig ?? {}
  );
}

describe("edge", () => {
  it("generates the app and edge secrets once, kept outside development stages", () => {
    const secrets = resources(prod.storage, "AWS::SecretsManager::Secret");
    expect(secrets).toHaveLength(2);
    for (const [, secret] of secrets) {
      expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 48, ExcludePunctuation: true });
      expect(secret.DeletionPolicy).toBe("Retain");
    }
  });

  it("gives CloudFront's requests to the API the edge secret the API function checks", () => {
    const config = distributionConfig(prod.api);
    const [apiId] = Object.keys(prod.api.findResources("AWS::ApiGatewayV2::Api"));
    const apiOrigin = config.Origins.find((origin) => JSON.stringify(origin.DomainName).includes(`"${apiId}"`));
    const headers = apiOrigin?.OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[];
    expect(headers.map((header) => header.HeaderName)).toEqual([EDGE_HEADER]);
    const sent = JSON.stringify(headers[0]?.HeaderValue);
    expect(sent).toContain("{{resolve:secretsmanager:");

    const api = environment(prod.api, "functions/src/api/lambda.handler");
    expect(JSON.stringify(api.ESCALE_EDGE_SECRET)).toBe(sent);
    // Only the API's origin carries it: S3 and the web app's bucket never see it.
    for (const origin of config.Origins.filter((o) => o !== apiOrigin))
      expect(origin.OriginCustomHeaders).toBeUndefined();
  });

  it("gives the API and the jobs the same generated app secret, never the development default", () => {
    const api = environment(prod.api, "functions/src/api/lambda.handler");
    const jobs = environment(prod.jobs, "functions/src/jobs/lambda.handler");
    expect(JSON.stringify(api.ESCALE_SECRET)).toContain("{{resolve:secretsmanager:");
    // Each stack imports the ARN in its own way; what matters is the same exported secret.
    const exported = (value: unknown) => JSON.stringify(value).match(/AppSecret[A-Za-z0-9]*/)?.[0];
    expect(exported(api.ESCALE_SECRET)).toBeDefined();
    expect(exported(jobs.ESCALE_SECRET)).toBe(exported(api.ESCALE_SECRET));
    expect(JSON.stringify(api.ESCALE_SECRET)).not.toBe(JSON.stringify(api.ESCALE_EDGE_SECRET));
  });

  it("serves the web app's pages with the API's CSP, no framing, a referrer policy and HSTS", () => {
    const config = distributionConfig(prod.api);
    const pages = policy(prod.api, config.DefaultCacheBehavior.ResponseHeadersPolicyId?.Ref);
    expect(pages).toMatchObject({
      ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicyHeader(), Override: true },
      FrameOptions: { FrameOption: "DENY", Override: true },
      ReferrerPolicy: { ReferrerPolicy: "strict-origin-when-cross-origin", Override: true },
      ContentTypeOptions: { Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
    });
    expect(contentSecurityPolicyHeader()).toContain("frame-ancestors 'none'");
  });

  it("adds HSTS to the API's and the uploads' responses, leaving the API's own CSP alone", () => {
    const config = distributionConfig(prod.api);
    expect(config.CacheBehaviors.length).toBeGreaterThan(5);
    for (const behavior of config.CacheBehaviors) {
      const headers = policy(prod.api, behavior.ResponseHeadersPolicyId?.Ref);
      expect(headers.StrictTransportSecurity, behavior.PathPattern).toMatchObject({
        AccessControlMaxAgeSec: 63_072_000,
        Override: true,
      });
      expect(headers.ContentSecurityPolicy).toBeUndefined();
    }
  });
});
