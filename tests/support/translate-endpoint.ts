import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type TranslateRequest = {
  target: string;
  contentType: string;
  body: { Text: string; SourceLanguageCode: string; TargetLanguageCode: string };
};

/**
 * A stand-in for Amazon Translate's TranslateText, speaking its protocol (AWS JSON 1.1 over
 * HTTP/1.1, `X-Amz-Target: AWSShineFrontendService_20170701.TranslateText`). It "translates"
 * by tagging the text with the target language, `[uk] …`, records each request, and answers
 * with a failure when told to. `ESCALE_TRANSLATE` points the app at it while it runs.
 */
export async function startTranslateEndpoint() {
  const requests: TranslateRequest[] = [];
  let failure: { status: number; type: string } | undefined;
  const server: Server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => {
      raw += chunk;
    });
    request.on("end", () => {
      const body = JSON.parse(raw || "{}") as TranslateRequest["body"];
      requests.push({
        target: String(request.headers["x-amz-target"] ?? ""),
        contentType: String(request.headers["content-type"] ?? ""),
        body,
      });
      if (failure) {
        response.writeHead(failure.status, {
          "content-type": "application/x-amz-json-1.1",
          "x-amzn-errortype": failure.type,
        });
        response.end(JSON.stringify({ __type: failure.type, Message: "Refused by the stand-in." }));
        return;
      }
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      response.end(
        JSON.stringify({
          TranslatedText: `[${body.TargetLanguageCode}] ${body.Text}`,
          SourceLanguageCode: body.SourceLanguageCode,
          TargetLanguageCode: body.TargetLanguageCode,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const previous = { mode: process.env.ESCALE_TRANSLATE, endpoint: process.env.ESCALE_TRANSLATE_ENDPOINT };
  process.env.ESCALE_TRANSLATE = "aws";
  process.env.ESCALE_TRANSLATE_ENDPOINT = endpoint;
  return {
    endpoint,
    requests,
    /** The next answers are this failure (until `fail()` with nothing). */
    fail(next?: { status: number; type: string }) {
      failure = next;
    },
    /** Unsets the provider, as on a machine without it (the local default). */
    unconfigure() {
      delete process.env.ESCALE_TRANSLATE;
    },
    configure() {
      process.env.ESCALE_TRANSLATE = "aws";
    },
    async close() {
      if (previous.mode === undefined) delete process.env.ESCALE_TRANSLATE;
      else process.env.ESCALE_TRANSLATE = previous.mode;
      if (previous.endpoint === undefined) delete process.env.ESCALE_TRANSLATE_ENDPOINT;
      else process.env.ESCALE_TRANSLATE_ENDPOINT = previous.endpoint;
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
