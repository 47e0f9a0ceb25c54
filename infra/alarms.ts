import { Alarm, ComparisonOperator, type IMetric, MathExpression, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Duration } from "aws-cdk-lib/core";
import type { Api, Function as SstFunction, StackContext } from "sst/constructs";

type Stack = StackContext["stack"];

/** Share of the API's requests answered with a 5xx, in percent, above which someone looks. */
export const SERVER_ERROR_RATE_PERCENT = 5;
const period = Duration.minutes(5);

/**
 * Where alarms go: one SNS topic, with an e-mail subscription when `ESCALE_ALARM_EMAIL` is set
 * at deploy time (otherwise subscribe a pager or chat integration to the topic by hand).
 */
export function alarmTopic(stack: Stack): Topic {
  const topic = new Topic(stack, "Alarms", { displayName: "Escale alarms" });
  const email = process.env.ESCALE_ALARM_EMAIL?.trim();
  if (email) topic.addSubscription(new EmailSubscription(email));
  return topic;
}

/** An alarm on `metric` at or above `threshold` in one of its periods, sent to `topic`; no data is fine. */
export function alarm(
  stack: Stack,
  topic: Topic,
  id: string,
  props: { description: string; metric: IMetric; threshold: number },
): Alarm {
  const created = new Alarm(stack, id, {
    alarmDescription: props.description,
    metric: props.metric,
    threshold: props.threshold,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  created.addAlarmAction(new SnsAction(topic));
  return created;
}

/**
 * The request path's alarms: the share of 5xx answers (API Gateway counts the function's 500s
 * and 503s and its own failures), errors of the function itself (crashes, timeouts) and
 * throttles (the account's or the function's concurrency is exhausted).
 */
export function addApiAlarms(stack: Stack, topic: Topic, api: Api, handler: SstFunction) {
  const { httpApi } = api.cdk;
  alarm(stack, topic, "ApiServerErrorRateAlarm", {
    description: `More than ${SERVER_ERROR_RATE_PERCENT}% of API requests answered 5xx over five minutes.`,
    metric: new MathExpression({
      expression: "IF(requests > 0, 100 * errors / requests, 0)",
      usingMetrics: {
        errors: httpApi.metricServerError({ period, statistic: "Sum" }),
        requests: httpApi.metricCount({ period, statistic: "Sum" }),
      },
      period,
      label: "5xx rate (%)",
    }),
    threshold: SERVER_ERROR_RATE_PERCENT,
  });
  alarm(stack, topic, "ApiFunctionErrorsAlarm", {
    description: "The API function failed (crash or timeout) at least once in five minutes.",
    metric: handler.metricErrors({ period, statistic: "Sum" }),
    threshold: 1,
  });
  alarm(stack, topic, "ApiThrottlesAlarm", {
    description: "API requests were throttled: Lambda refused to run the function.",
    metric: handler.metricThrottles({ period, statistic: "Sum" }),
    threshold: 1,
  });
}
