import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { RemovalPolicy } from "aws-cdk-lib/core";
import type { Stack } from "sst/constructs";

/**
 * Values the deployment makes up once and never shows anyone, each a Secrets Manager secret
 * generated at its first deploy and read by CloudFormation dynamic reference:
 * - `app` (`ESCALE_SECRET`): signs visitor cookies, list cursors, upload URLs and the tokens in
 *   e-mail links; kept across deploys (a new value would void every link already sent);
 * - `edge` (`ESCALE_EDGE_SECRET`): CloudFront adds it to every request it forwards to the API,
 *   so the API believes forwarding headers (viewer host and address) only from CloudFront.
 */
export function addGeneratedSecrets(stack: Stack, input: { retain: boolean }) {
  const generated = (id: string, description: string) => {
    const secret = new Secret(stack, id, {
      description,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: input.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    return secret.secretValue.unsafeUnwrap();
  };
  return {
    app: generated("AppSecret", "Escale: signs cookies, cursors and e-mail link tokens (ESCALE_SECRET)"),
    edge: generated("EdgeSecret", "Escale: the header CloudFront adds for the API (ESCALE_EDGE_SECRET)"),
  };
}

export type GeneratedSecrets = ReturnType<typeof addGeneratedSecrets>;
