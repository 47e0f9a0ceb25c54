import { createServer, type Http2Server } from "node:http2";
import type { AddressInfo } from "node:net";
import * as Assistant from "@escale/core/assistant";
import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newTenant, staff } from "../../../../tests/support/actors";
import sample from "../seed/lorvanne-knowledge.json";
import { generate, noAnswer } from "./generate";

/**
 * A stand-in for Bedrock's Converse API, over HTTP/2 as the SDK's Bedrock client speaks it:
 * records each request and answers what the test says.
 */
let server: Http2Server;
let requests: { path: string; body: Record<string, unknown> }[] = [];
let reply: { status: number; text: string } = { status: 200, text: "" };

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => {
      raw += chunk;
    });
    request.on("end", () => {
      requests.push({ path: request.url ?? "", body: JSON.parse(raw || "{}") });
      response.writeHead(reply.status, { "content-type": "application/json" });
      response.end(
        JSON.stringify(
          reply.status === 200
            ? {
                output: { message: { role: "assistant", content: [{ text: reply.text }] } },
                stopReason: "end_turn",
                usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
                metrics: { latencyMs: 1 },
              }
            : { message: "Service unavailable" },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.ESCALE_BEDROCK_MODEL = "test-model";
  process.env.ESCALE_BEDROCK_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.ESCALE_BEDROCK_MODEL;
  delete process.env.ESCALE_BEDROCK_ENDPOINT;
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
  reply = { status: 200, text: "" };
});

describe("Bedrock Converse adapter", () => {
  it("sends the articles, the question and the rules, and returns the model's answer", async () => {
    reply.text = "Appelez la maison de santé de Vaudrigny.";
    const answer = await generate({
      question: "Où trouver un médecin ?",
      language: "fr",
      plainLanguage: true,
      sources: [{ title: "Trouver un médecin", text: "La maison de santé de Vaudrigny accueille les patients." }],
    });
    expect(answer).toBe("Appelez la maison de santé de Vaudrigny.");
    const [sent] = requests;
    expect(sent?.path).toBe("/model/test-model/converse");
    expect(JSON.stringify(sent?.body.system)).toMatch(
      /ONLY the articles.*Français.*short, simple sentences.*NO_ANSWER/,
    );
    expect(JSON.stringify(sent?.body.messages)).toMatch(
      /Trouver un médecin.*maison de santé de Vaudrigny.*Où trouver un médecin/,
    );
    expect(sent?.body.inferenceConfig).toMatchObject({ temperature: 0 });
  });

  it("returns nothing when the model finds no answer in the articles", async () => {
    reply.text = noAnswer;
    await expect(
      generate({ question: "?", language: "en", plainLanguage: false, sources: [{ title: "t", text: "x" }] }),
    ).resolves.toBeNull();
  });
});

describe("generated answers in the assistant", () => {
  async function territory(generatedAnswers: boolean) {
    const { tenant } = await newTenant({ languages: ["fr", "en", "uk"] });
    const admin = staff(tenant.tenantId, "admin");
    await admin(() => Knowledge.importArticles(sample));
    await admin(() => Knowledge.updateSettings({ reviewAfterMonths: 12, generatedAnswers, expectedVersion: 0 }));
    return <T>(run: () => T) => withActor({ type: "system", tenantId: tenant.tenantId }, run);
  }
  const question = { question: "Де знайти сімейного лікаря?" };

  it("writes the answer with the model, citing the same articles, when the tenant turned it on", async () => {
    reply.text = "Зверніться до будинку здоров'я.";
    const ask = await territory(true);
    const answer = await ask(() => Assistant.ask(question));
    expect(answer).toMatchObject({
      answered: true,
      generated: true,
      answer: "Зверніться до будинку здоров'я.",
      notice: null,
    });
    expect(answer.citations[0]?.slug).toBe("medecin-traitant-maisons-de-sante");
    expect(JSON.stringify(requests[0]?.body.messages)).toContain("Trouver un médecin traitant");
  });

  it("hands over when the model finds no answer in the cited articles", async () => {
    reply.text = noAnswer;
    const ask = await territory(true);
    expect(await ask(() => Assistant.ask(question))).toMatchObject({ answered: false, handover: true, citations: [] });
  });

  it("quotes the article when the model cannot be reached", async () => {
    reply.status = 503;
    const ask = await territory(true);
    const answer = await ask(() => Assistant.ask(question));
    expect(answer).toMatchObject({ answered: true, generated: false });
    expect(answer.answer).toMatch(/médecin|santé/);
  });

  it("never calls the model when the tenant left generated answers off, or nothing was found", async () => {
    const off = await territory(false);
    expect(await off(() => Assistant.ask(question))).toMatchObject({ generated: false, answered: true });
    const on = await territory(true);
    expect(await on(() => Assistant.ask({ question: "Comment obtenir la nationalité française ?" }))).toMatchObject({
      answered: false,
    });
    expect(requests).toEqual([]);
  });
});
