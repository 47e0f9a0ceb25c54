import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { Stack } from "aws-cdk-lib/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../sst.config";
import { SERVER_ERROR_RATE_PERCENT } from "./alarms";
import { API_ROUTES, STRIPE_EVENTS_HANDLER } from "./api";
import { AUTH_ROUTES } from "./auth";
import { flyerFontCopies, LETTER_SENDERS, LETTERS_HANDLER, SES_EVENTS_HANDLER, sesSendRate } from "./bienvenue";
import { isDevStage, lambdaDefaults } from "./shared";
import { cleanup, HOSTED_ZONE_ID, type Synthesized, synth } from "./testing";
import { pathPattern } from "./web";

/**
 * The stacks of sst.config.ts synthesized offline for a production stage with a platform
 * domain and for a development stage without one, asserted on their CloudFormation.
 */

const DOMAIN = "escale.example";
const API_HANDLER = "functions/src/api/lambda.handler";
const JOBS_HANDLER = "functions/src/jobs/lambda.handler";
/** Managed CloudFront policies. */
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

type Properties = Record<string, unknown>;
interface Resource {
  Type: string;
  Properties: Properties;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

let prod: Synthesized;
let dev: Synthesized;

beforeAll(async () => {
  // One at a time: SST keeps the app being built in module state.
  prod = await synth("prod", { domain: DOMAIN });
  dev = await synth("dev");
});
afterAll(cleanup);

/** The single resource of `type` matching `properties`, with its logical id. */
function single(template: Template, type: string, properties?: Properties): [string, Resource] {
  const found = Object.entries(template.findResources(type, properties ? { Properties: properties } : undefined)) as [
    string,
    Resource,
  ][];
  expect(found, `exactly one ${type} matching ${JSON.stringify(properties)}`).toHaveLength(1);
  return found[0] as [string, Resource];
}

function lambda(template: Template, handler: string) {
  const [id, resource] = single(template, "AWS::Lambda::Function", { Handler: handler });
  const environment = (resource.Properties.Environment as { Variables: Properties }).Variables;
  const role = (resource.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  return { id, properties: resource.Properties, environment, role };
}

/** The IAM statements attached to a role. */
function statements(template: Template, role: string): Properties[] {
  return Object.values(template.findResources("AWS::IAM::Policy"))
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(JSON.stringify({ Ref: role })))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Properties[]);
}

function distribution(template: Template) {
  const [id, resource] = single(template, "AWS::CloudFront::Distribution");
  return { id, config: resource.Properties.DistributionConfig as Properties };
}

describe("sst.config.ts", () => {
  it("names the app escale in eu-west-3", async () => {
    expect(await config.config()).toMatchObject({ name: "escale", region: "eu-west-3" });
  });

  it("loads the storage, api and jobs stacks, named after the stage", () => {
    for (const { app, stage } of [prod, dev]) {
      const stacks = app.node.children.filter((child) => Stack.isStack(child)) as Stack[];
      expect(stacks.map((stack) => stack.stackName).sort()).toEqual(
        [`${stage}-escale-api`, `${stage}-escale-jobs`, `${stage}-escale-storage`].sort(),
      );
      for (const stack of stacks) expect(stack.region).toBe("eu-west-3");
    }
  });

  it("treats dev, local, dev-* and pr-* as development stages", () => {
    for (const stage of ["dev", "local", "dev-alice", "pr-42"]) expect(isDevStage(stage)).toBe(true);
    for (const stage of ["prod", "staging", "develop", "preview"]) {
      expect(isDevStage(stage)).toBe(false);
    }
  });
});

describe("storage", () => {
  it("has one table keyed pk/sk with the tenant-first indexes gsi1 and gsi2", () => {
    for (const { storage } of [prod, dev]) {
      const [, table] = single(storage, "AWS::DynamoDB::Table");
      const p = table.Properties;
      expect(p.KeySchema).toEqual([
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ]);
      expect(p.AttributeDefinitions).toEqual(
        expect.arrayContaining(
          ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"].map((name) => ({
            AttributeName: name,
            AttributeType: "S",
          })),
        ),
      );
      expect(p.AttributeDefinitions).toHaveLength(6);
      expect(p.GlobalSecondaryIndexes).toEqual([
        {
          IndexName: "gsi1",
          KeySchema: [
            { AttributeName: "gsi1pk", KeyType: "HASH" },
            { AttributeName: "gsi1sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
        {
          IndexName: "gsi2",
          KeySchema: [
            { AttributeName: "gsi2pk", KeyType: "HASH" },
            { AttributeName: "gsi2sk", KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        },
      ]);
    }
  });

  it("expires items on expiresAt, bills on demand, keeps point-in-time recovery", () => {
    for (const { storage } of [prod, dev]) {
      storage.hasResourceProperties("AWS::DynamoDB::Table", {
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    }
  });

  it("protects and retains the table outside development stages", () => {
    const [, prodTable] = single(prod.storage, "AWS::DynamoDB::Table");
    expect(prodTable.Properties.DeletionProtectionEnabled).toBe(true);
    expect(prodTable.DeletionPolicy).toBe("Retain");
    expect(prodTable.UpdateReplacePolicy).toBe("Retain");

    const [, devTable] = single(dev.storage, "AWS::DynamoDB::Table");
    expect(devTable.Properties.DeletionProtectionEnabled ?? false).toBe(false);
    expect(devTable.DeletionPolicy).toBe("Delete");
  });

  it("has a private uploads bucket accepting PUTs from the platform domain and portals", () => {
    const [, bucket] = single(prod.storage, "AWS::S3::Bucket");
    expect(bucket.DeletionPolicy).toBe("Retain");
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    prod.storage.hasResourceProperties("AWS::S3::Bucket", {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedMethods: Match.arrayWith(["PUT"]),
            AllowedOrigins: [`https://${DOMAIN}`, `https://*.${DOMAIN}`],
          }),
        ],
      },
    });
    // Without a domain the web app's origin is not known when the bucket is created.
    dev.storage.hasResourceProperties("AWS::S3::Bucket", {
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedMethods: Match.arrayWith(["PUT"]), AllowedOrigins: ["*"] })],
      },
    });
  });
});

describe("api", () => {
  it("runs the Hono app on Node 22, arm64", () => {
    for (const { api } of [prod, dev]) {
      const fn = lambda(api, API_HANDLER);
      expect(fn.properties.Runtime).toBe("nodejs22.x");
      expect(fn.properties.Architectures).toEqual(["arm64"]);
      expect(fn.properties.Timeout).toBeLessThanOrEqual(30);
    }
  });

  it("is the Node the tests and scripts run on (the pinned `node` package)", () => {
    const lambdaMajor = lambdaDefaults.runtime.match(/^nodejs(\d+)\.x$/)?.[1];
    expect(process.versions.node.split(".")[0]).toBe(lambdaMajor);
  });

  it("bundles the handler with esbuild as an ES module", () => {
    const fn = lambda(prod.api, API_HANDLER);
    const key = (fn.properties.Code as { S3Key: string }).S3Key;
    const bundle = path.join(prod.outdir, `asset.${key.replace(/\.zip$/, "")}`, "functions/src/api/lambda.mjs");
    expect(fs.existsSync(bundle), bundle).toBe(true);
    expect(fs.readFileSync(bundle, "utf8")).toMatch(/export\s*\{[^}]*\bhandler\b/);
  });

  it("splits and minifies every function, so lazy imports stay out of the cold start", () => {
    expect(lambdaDefaults.nodejs).toMatchObject({ format: "esm", splitting: true, minify: true });
  });

  it("passes the settings the core reads", () => {
    const prodEnv = lambda(prod.api, API_HANDLER).environment;
    expect(prodEnv).toMatchObject({
      ESCALE_STAGE: "prod",
      ESCALE_PUBLIC_URL: `https://${DOMAIN}`,
      ESCALE_MAIL_TRANSPORT: "ses",
      ESCALE_MAIL_FROM: `Escale <no-reply@${DOMAIN}>`,
    });
    expect(JSON.stringify(prodEnv.ESCALE_TABLE)).toContain("prod-escale-storage:");
    expect(JSON.stringify(prodEnv.ESCALE_TABLE)).toContain("RefTable");
    expect(JSON.stringify(prodEnv.ESCALE_UPLOADS_BUCKET)).toContain("RefUploadsBucket");

    const devEnv = lambda(dev.api, API_HANDLER).environment;
    expect(devEnv.ESCALE_STAGE).toBe("dev");
    // No platform domain: the CloudFront domain of the web app, in the same stack.
    const { id } = distribution(dev.api);
    expect(devEnv.ESCALE_PUBLIC_URL).toEqual({
      "Fn::Join": ["", ["https://", { "Fn::GetAtt": [id, "DomainName"] }]],
    });
  });

  it("may use the table and the bucket, and send e-mail through SES", () => {
    const fn = lambda(prod.api, API_HANDLER);
    const granted = statements(prod.api, fn.role);
    const actions = granted.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:*", "s3:*", "ses:SendEmail", "ses:SendRawEmail"]));
    const on = (action: string) => JSON.stringify(granted.filter((s) => [s.Action].flat().includes(action)));
    expect(on("dynamodb:*")).toContain("GetAttTable");
    expect(on("s3:*")).toContain("GetAttUploadsBucket");
  });

  it("may translate texts with Amazon Translate, in the API only", () => {
    const fn = lambda(prod.api, API_HANDLER);
    expect(fn.environment.ESCALE_TRANSLATE).toBe("aws");
    const actions = statements(prod.api, fn.role).flatMap((s) => [s.Action].flat());
    expect(actions).toContain("translate:TranslateText");
    const jobs = lambda(prod.jobs, JOBS_HANDLER);
    expect(jobs.environment.ESCALE_TRANSLATE).toBeUndefined();
    expect(statements(prod.jobs, jobs.role).flatMap((s) => [s.Action].flat())).not.toContain("translate:TranslateText");
  });

  it("routes the API's paths to the function through an HTTP API", () => {
    single(prod.api, "AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP" });
    for (const route of ["ANY /trpc/{proxy+}", "GET /health", "POST /webhooks/stripe"]) {
      prod.api.hasResourceProperties("AWS::ApiGatewayV2::Route", { RouteKey: route });
    }
  });

  it("points at handler files that exist in the repository", () => {
    const repository = path.resolve(import.meta.dirname, "..");
    for (const handler of [API_HANDLER, JOBS_HANDLER, STRIPE_EVENTS_HANDLER]) {
      const file = `${handler.replace(/\.handler$/, "")}.ts`;
      expect(fs.existsSync(path.join(repository, file)), file).toBe(true);
    }
  });

  it("integrates every route with the API function and nothing else", () => {
    for (const { api } of [prod, dev]) {
      const fn = lambda(api, API_HANDLER);
      const routes = Object.values(api.findResources("AWS::ApiGatewayV2::Route"));
      expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([...API_ROUTES, ...AUTH_ROUTES].sort());
      const integrations = Object.values(api.findResources("AWS::ApiGatewayV2::Integration"));
      expect(integrations).toHaveLength(routes.length);
      for (const integration of integrations) {
        expect(integration.Properties.IntegrationUri).toEqual({ "Fn::GetAtt": [fn.id, "Arn"] });
      }
    }
  });

  it("hands Stripe events to a FIFO queue with a dead-letter queue and an alarm", () => {
    const fn = lambda(prod.api, API_HANDLER);
    const [queueId, queue] = single(prod.api, "AWS::SQS::Queue", { FifoQueue: true, RedrivePolicy: Match.anyValue() });
    const redrive = queue.Properties.RedrivePolicy as {
      deadLetterTargetArn: { "Fn::GetAtt": [string, string] };
      maxReceiveCount: number;
    };
    expect(redrive.maxReceiveCount).toBe(5);
    const deadLetterId = redrive.deadLetterTargetArn["Fn::GetAtt"][0];
    expect(prod.api.toJSON().Resources[deadLetterId].Properties).toMatchObject({ FifoQueue: true });
    // The webhook function sends to the queue it is told about.
    expect(fn.environment.ESCALE_STRIPE_QUEUE_URL).toEqual({ Ref: queueId });
    const sends = statements(prod.api, fn.role).filter((s) => JSON.stringify(s.Action).includes("sqs:"));
    expect(JSON.stringify(sends)).toContain(queueId);
    // One consumer applies the events, reporting failures item by item so a group keeps its order.
    const consumer = lambda(prod.api, STRIPE_EVENTS_HANDLER);
    expect(consumer.environment.SST_Secret_value_STRIPE_SECRET_KEY).toBe("__FETCH_FROM_SSM__");
    single(prod.api, "AWS::Lambda::EventSourceMapping", {
      FunctionName: { Ref: consumer.id },
      EventSourceArn: { "Fn::GetAtt": [queueId, "Arn"] },
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
    const [, alarm] = single(prod.api, "AWS::CloudWatch::Alarm", { MetricName: "ApproximateNumberOfMessagesVisible" });
    expect(alarm.Properties).toMatchObject({
      MetricName: "ApproximateNumberOfMessagesVisible",
      Namespace: "AWS/SQS",
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [deadLetterId, "QueueName"] } }],
    });
  });

  it("binds the Stripe secrets to the function", () => {
    const fn = lambda(prod.api, API_HANDLER);
    for (const name of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]) {
      expect(fn.environment[`SST_Secret_value_${name}`]).toBe("__FETCH_FROM_SSM__");
      const ssm = statements(prod.api, fn.role).filter((s) => s.Action === "ssm:GetParameters");
      expect(JSON.stringify(ssm)).toContain(`parameter/sst/escale/prod/Secret/${name}/value`);
    }
    // Values are copied into the environment at deploy time.
    single(prod.api, "Custom::SecretPrefetcher", {
      functionName: { Ref: fn.id },
    });
  });
});

describe("auth", () => {
  it("routes the OpenAuth issuer's root paths to the API function", () => {
    const fn = lambda(prod.api, API_HANDLER);
    for (const route of [
      "ANY /authorize",
      "ANY /token",
      "ANY /userinfo",
      "ANY /.well-known/{proxy+}",
      "ANY /email/{proxy+}",
      "POST /signout",
    ]) {
      const [, resource] = single(prod.api, "AWS::ApiGatewayV2::Route", { RouteKey: route });
      const target = JSON.stringify(resource.Properties.Target);
      const [integrationId] = Object.keys(
        prod.api.findResources("AWS::ApiGatewayV2::Integration", {
          Properties: { IntegrationUri: { "Fn::GetAtt": [fn.id, "Arn"] } },
        }),
      ).filter((id) => target.includes(id));
      expect(integrationId, route).toBeDefined();
    }
  });
});

describe("jobs", () => {
  it("runs the jobs handler every 15 minutes", () => {
    for (const { jobs } of [prod, dev]) {
      const fn = lambda(jobs, JOBS_HANDLER);
      jobs.hasResourceProperties("AWS::Events::Rule", {
        ScheduleExpression: "rate(15 minutes)",
        State: "ENABLED",
        Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [fn.id, "Arn"] } })],
      });
    }
  });

  it("runs on Node 22, arm64, with the API's settings and access", () => {
    const fn = lambda(prod.jobs, JOBS_HANDLER);
    expect(fn.properties.Runtime).toBe("nodejs22.x");
    expect(fn.properties.Architectures).toEqual(["arm64"]);
    expect(fn.environment).toMatchObject({
      ESCALE_STAGE: "prod",
      ESCALE_PUBLIC_URL: `https://${DOMAIN}`,
      ESCALE_MAIL_TRANSPORT: "ses",
    });
    expect(JSON.stringify(fn.environment.ESCALE_TABLE)).toContain("RefTable");
    const actions = statements(prod.jobs, fn.role).flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:*", "ses:SendEmail"]));
  });
});

describe("bienvenue letters", () => {
  it("queues letters from the jobs and sends them at SES's rate, with a dead-letter queue and an alarm", () => {
    const jobs = lambda(prod.jobs, JOBS_HANDLER);
    const [queueId, queue] = single(prod.jobs, "AWS::SQS::Queue", { RedrivePolicy: Match.anyValue() });
    const redrive = queue.Properties.RedrivePolicy as {
      deadLetterTargetArn: { "Fn::GetAtt": [string, string] };
      maxReceiveCount: number;
    };
    expect(redrive.maxReceiveCount).toBe(5);
    expect(jobs.environment.ESCALE_LETTERS_QUEUE_URL).toEqual({ Ref: queueId });
    const sends = statements(prod.jobs, jobs.role).filter((s) => JSON.stringify(s.Action).includes("sqs:"));
    expect(JSON.stringify(sends)).toContain(queueId);
    const sender = lambda(prod.jobs, LETTERS_HANDLER);
    const [, mapping] = single(prod.jobs, "AWS::Lambda::EventSourceMapping", {
      FunctionName: { Ref: sender.id },
      EventSourceArn: { "Fn::GetAtt": [queueId, "Arn"] },
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
    // The senders at once × each one's pace is SES's rate, never more.
    const concurrency = (mapping.Properties.ScalingConfig as { MaximumConcurrency: number }).MaximumConcurrency;
    expect(concurrency).toBe(LETTER_SENDERS);
    expect(Number(sender.environment.ESCALE_LETTERS_PER_SECOND) * concurrency).toBe(sesSendRate());
    const deadLetterId = redrive.deadLetterTargetArn["Fn::GetAtt"][0];
    const [, alarm] = single(prod.jobs, "AWS::CloudWatch::Alarm", { MetricName: "ApproximateNumberOfMessagesVisible" });
    expect(alarm.Properties).toMatchObject({
      MetricName: "ApproximateNumberOfMessagesVisible",
      Threshold: 1,
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [deadLetterId, "QueueName"] } }],
    });
  });

  it("sends letters through a configuration set whose bounces and complaints reach the suppression function", () => {
    const [setId] = single(prod.jobs, "AWS::SES::ConfigurationSet");
    for (const handler of [JOBS_HANDLER, LETTERS_HANDLER])
      expect(lambda(prod.jobs, handler).environment.ESCALE_SES_CONFIGURATION_SET).toEqual({ Ref: setId });
    const [, destination] = single(prod.jobs, "AWS::SES::ConfigurationSetEventDestination");
    expect(destination.Properties).toMatchObject({
      ConfigurationSetName: { Ref: setId },
      EventDestination: { Enabled: true, MatchingEventTypes: ["bounce", "complaint"] },
    });
    const topicArn = (destination.Properties.EventDestination as { SnsDestination: { TopicARN: unknown } })
      .SnsDestination.TopicARN;
    const suppression = lambda(prod.jobs, SES_EVENTS_HANDLER);
    single(prod.jobs, "AWS::SNS::Subscription", {
      Protocol: "lambda",
      TopicArn: topicArn,
      Endpoint: { "Fn::GetAtt": [suppression.id, "Arn"] },
    });
    expect(JSON.stringify(suppression.environment.ESCALE_TABLE)).toContain("RefTable");
  });

  it("points at handler and font files that exist in the repository, and bundles the fonts with the API", () => {
    const repository = path.resolve(import.meta.dirname, "..");
    for (const handler of [LETTERS_HANDLER, SES_EVENTS_HANDLER]) {
      const file = `${handler.replace(/\.handler$/, "")}.ts`;
      expect(fs.existsSync(path.join(repository, file)), file).toBe(true);
    }
    const fn = lambda(prod.api, API_HANDLER);
    const key = (fn.properties.Code as { S3Key: string }).S3Key;
    const bundle = path.join(prod.outdir, `asset.${key.replace(/\.zip$/, "")}`);
    for (const { from, to } of flyerFontCopies) {
      expect(fs.existsSync(path.join(repository, from)), from).toBe(true);
      expect(fs.existsSync(path.join(bundle, to)), to).toBe(true);
    }
  });
});

describe("alarms", () => {
  /** The alarms of a template, each with the SNS topics it notifies. */
  function alarms(template: Template) {
    return Object.values(template.findResources("AWS::CloudWatch::Alarm")).map(
      (alarm) => alarm.Properties as Properties,
    );
  }
  const topicOf = (template: Template) => single(template, "AWS::SNS::Topic")[0];

  it("raises an alarm when more than 5% of API requests answer 5xx over five minutes", () => {
    const [apiId] = single(prod.api, "AWS::ApiGatewayV2::Api");
    const rate = alarms(prod.api).find((alarm) => Array.isArray(alarm.Metrics));
    expect(rate).toMatchObject({
      Threshold: SERVER_ERROR_RATE_PERCENT,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
    });
    expect(SERVER_ERROR_RATE_PERCENT).toBe(5);
    const metrics = rate?.Metrics as { Id: string; Expression?: string; MetricStat?: Properties }[];
    expect(metrics.find((m) => m.Expression)?.Expression).toBe("IF(requests > 0, 100 * errors / requests, 0)");
    const stat = (id: string) => metrics.find((m) => m.Id === id)?.MetricStat as Properties;
    for (const [id, name] of [
      ["errors", "5xx"],
      ["requests", "Count"],
    ] as const)
      expect(stat(id)).toMatchObject({
        Metric: {
          MetricName: name,
          Namespace: "AWS/ApiGateway",
          Dimensions: [{ Name: "ApiId", Value: { Ref: apiId } }],
        },
        Period: 300,
        Stat: "Sum",
      });
  });

  it("raises an alarm on any error or throttle of the API function", () => {
    const fn = lambda(prod.api, API_HANDLER);
    for (const metric of ["Errors", "Throttles"])
      expect(
        alarms(prod.api).find(
          (alarm) =>
            alarm.MetricName === metric && JSON.stringify(alarm.Dimensions).includes(JSON.stringify({ Ref: fn.id })),
        ),
        metric,
      ).toMatchObject({ Namespace: "AWS/Lambda", Threshold: 1, Statistic: "Sum", TreatMissingData: "notBreaching" });
  });

  it("raises an alarm when a scheduled job fails", () => {
    const fn = lambda(prod.jobs, JOBS_HANDLER);
    const failed = alarms(prod.jobs).find((alarm) => alarm.MetricName === "Errors");
    expect(failed).toMatchObject({
      MetricName: "Errors",
      Namespace: "AWS/Lambda",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: fn.id } }],
      Threshold: 1,
    });
  });

  it("sends every alarm to one SNS topic", () => {
    const topic = topicOf(prod.api);
    for (const alarm of alarms(prod.api)) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    for (const alarm of alarms(prod.jobs)) expect(JSON.stringify(alarm.AlarmActions)).toContain(topic);
    expect(alarms(prod.api)).toHaveLength(4);
    expect(alarms(dev.jobs)).toHaveLength(2);
  });
});

describe("web", () => {
  const API_PATHS = [
    "/trpc/*",
    "/health",
    "/webhooks/stripe",
    "/authorize",
    "/token",
    "/userinfo",
    "/.well-known/*",
    "/email/*",
    "/signout",
    "/letters/*",
    "/calendar/*",
  ];

  type Behavior = Properties & {
    PathPattern?: string;
    TargetOriginId: string;
    FunctionAssociations?: { EventType: string; FunctionARN: { "Fn::GetAtt": [string, string] } }[];
  };
  type ViewerRequest = (event: { request: { uri: string; headers: Record<string, { value: string }> } }) => {
    uri: string;
    headers: Record<string, { value: string }>;
  };

  function origins(template: Template) {
    const { config } = distribution(template);
    const list = config.Origins as { Id: string; DomainName: unknown }[];
    const byDomain = (fragment: string) => list.find((o) => JSON.stringify(o.DomainName).includes(fragment))?.Id;
    const [apiId] = Object.keys(template.findResources("AWS::ApiGatewayV2::Api"));
    return {
      api: byDomain(`"${apiId}","ApiEndpoint"`),
      uploads: byDomain("GetAttUploadsBucket"),
      web: byDomain(`"WebS3Bucket`),
    };
  }

  /** The CloudFront Function of a behavior, as deployed, ready to run. */
  function viewerRequest(template: Template, behavior: Behavior): ViewerRequest {
    expect(behavior.FunctionAssociations).toHaveLength(1);
    const [association] = behavior.FunctionAssociations ?? [];
    expect(association?.EventType).toBe("viewer-request");
    const id = association?.FunctionARN["Fn::GetAtt"][0] ?? "";
    const resource = template.toJSON().Resources[id] as Resource;
    expect(resource.Type).toBe("AWS::CloudFront::Function");
    expect(resource.Properties.FunctionConfig).toMatchObject({ Runtime: "cloudfront-js-2.0" });
    return vm.runInNewContext(`${resource.Properties.FunctionCode}\nhandler`) as ViewerRequest;
  }

  const request = (uri: string, host = "acme.escale.example") => ({
    request: { uri, headers: { host: { value: host } } as Record<string, { value: string }> },
  });

  it("deploys the Vite build of web/ to S3 behind CloudFront", () => {
    for (const { api, sites, stage } of [prod, dev]) {
      expect(sites.map((site) => site.props)).toEqual([
        expect.objectContaining({
          path: "web",
          buildCommand: "pnpm --filter @escale/web build",
          buildOutput: "dist",
          environment: stage === "prod" ? { VITE_PLATFORM_HOST: DOMAIN } : {},
        }),
      ]);
      const { config } = distribution(api);
      expect(config.DefaultRootObject).toBe("index.html");
      expect((config.DefaultCacheBehavior as Behavior).TargetOriginId).toBe(origins(api).web);
      single(api, "Custom::S3Uploader");
    }
  });

  it("serves pages from index.html without rewriting the API's error statuses", () => {
    const { config } = distribution(prod.api);
    // Distribution-wide error responses would apply to the API's 403 and 404 as well.
    expect(config.CustomErrorResponses ?? []).toEqual([]);
    const fallback = viewerRequest(prod.api, config.DefaultCacheBehavior as Behavior);
    expect(fallback(request("/")).uri).toBe("/index.html");
    expect(fallback(request("/console/team")).uri).toBe("/index.html");
    expect(fallback(request("/assets/index-3f2a.js")).uri).toBe("/assets/index-3f2a.js");
    expect(fallback(request("/favicon.ico")).uri).toBe("/favicon.ico");
  });

  it("maps route keys to CloudFront path patterns", () => {
    expect(pathPattern("ANY /trpc/{proxy+}")).toBe("/trpc/*");
    expect(pathPattern("GET /health")).toBe("/health");
    expect(pathPattern("ANY /.well-known/{proxy+}")).toBe("/.well-known/*");
  });

  it("sends the API's paths to the HTTP API, uncached, with the viewer's host", () => {
    for (const { api } of [prod, dev]) {
      const origin = origins(api).api;
      expect(origin).toBeDefined();
      const behaviors = (distribution(api).config.CacheBehaviors as Behavior[]).filter(
        (b) => b.TargetOriginId === origin,
      );
      expect(behaviors.map((b) => b.PathPattern).sort()).toEqual([...API_PATHS].sort());
      for (const behavior of behaviors) {
        expect(behavior).toMatchObject({
          AllowedMethods: expect.arrayContaining(["GET", "POST", "PUT", "DELETE", "OPTIONS"]),
          CachePolicyId: CACHING_DISABLED,
          OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        });
        const forward = viewerRequest(api, behavior);
        const spoofed = request("/trpc/portal.home");
        spoofed.request.headers["x-forwarded-host"] = { value: "evil.example" };
        const forwarded = forward(spoofed);
        expect(forwarded.headers["x-forwarded-host"]).toEqual({ value: "acme.escale.example" });
        expect(forwarded.uri).toBe("/trpc/portal.home");
      }
    }
  });

  it("serves /uploads/<key> from the uploads bucket, read-only", () => {
    for (const { api, storage } of [prod, dev]) {
      const origin = origins(api).uploads;
      expect(origin).toBeDefined();
      const behaviors = distribution(api).config.CacheBehaviors as Behavior[];
      const uploads = behaviors.filter((b) => b.TargetOriginId === origin);
      expect(uploads.map((b) => b.PathPattern)).toEqual(["/uploads/*"]);
      const [behavior] = uploads as [Behavior];
      expect(behavior.AllowedMethods).toEqual(["GET", "HEAD"]);
      expect(viewerRequest(api, behavior)(request("/uploads/tenant-1/logo.png")).uri).toBe("/tenant-1/logo.png");
      // The bucket lets CloudFront's identity read it.
      storage.hasResourceProperties("AWS::S3::BucketPolicy", {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: "s3:GetObject",
              Principal: { CanonicalUser: Match.anyValue() },
            }),
          ]),
        },
      });
    }
  });

  it("answers the platform domain and every portal subdomain with one certificate", () => {
    const { config } = distribution(prod.api);
    expect(config.Aliases).toEqual([DOMAIN, `*.${DOMAIN}`]);
    const [certificate] = Object.keys(
      prod.api.findResources("AWS::CloudFormation::CustomResource", {
        Properties: {
          DomainName: DOMAIN,
          SubjectAlternativeNames: [`*.${DOMAIN}`],
          Region: "us-east-1",
          HostedZoneId: HOSTED_ZONE_ID,
        },
      }),
    );
    expect(certificate).toBeDefined();
    expect(JSON.stringify(config.ViewerCertificate)).toContain(`"${certificate}"`);
    for (const name of [`${DOMAIN}.`, `*.${DOMAIN}.`]) {
      for (const type of ["A", "AAAA"]) {
        prod.api.hasResourceProperties("AWS::Route53::RecordSet", {
          Name: name,
          Type: type,
          HostedZoneId: HOSTED_ZONE_ID,
          AliasTarget: Match.objectLike({ HostedZoneId: Match.anyValue() }),
        });
      }
    }
  });

  it("uses the CloudFront domain alone without a platform domain", () => {
    const { config } = distribution(dev.api);
    expect(config.Aliases ?? []).toEqual([]);
    dev.api.resourceCountIs("AWS::Route53::RecordSet", 0);
  });
});
