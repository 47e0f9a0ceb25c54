import type { Transporter } from "nodemailer";
import { config } from "../config";
import type { Language } from "../tenant/languages";
import type { Brand } from "./brand";
import type { TemplateData, TemplateName } from "./templates/data";

export { type Brand, platformBrand, territoryBrand } from "./brand";
export { staffLanguage, storedLanguage } from "./recipients";
export type { TeamChange, TemplateData, TemplateName } from "./templates/data";

export type Attachment = { filename: string; content: string | Buffer; contentType: string };

/** One e-mail: a template and its data, for one reader in their language, under a sender's brand. */
export type Letter = {
  [K in TemplateName]: {
    template: K;
    data: TemplateData[K];
    to: string;
    language: Language;
    brand: Brand;
    attachments?: Attachment[];
    /** Extra headers, e.g. List-Unsubscribe on letters. */
    headers?: Record<string, string>;
    /** SES message tags: they come back with bounce and complaint events (the tenant, say). */
    tags?: Record<string, string>;
  };
}[TemplateName];

let transport: Transporter | undefined;

/**
 * SMTP to the local mail catcher in development; SES in AWS. Selected by configuration.
 * Nodemailer and the SES client load with the first e-mail, not at cold start.
 */
async function mailer(): Promise<Transporter> {
  if (transport) return transport;
  const { mail, region } = config();
  const { createTransport } = await import("nodemailer");
  if (mail.transport === "ses") {
    const { SESv2Client, SendEmailCommand } = await import("@aws-sdk/client-sesv2");
    transport ??= createTransport({ SES: { sesClient: new SESv2Client({ region }), SendEmailCommand } });
  } else transport ??= createTransport({ host: mail.smtpHost, port: mail.smtpPort, secure: false, ignoreTLS: true });
  return transport;
}

/** The configured sender address, shown under the brand's name. */
async function senderAddress(): Promise<string> {
  const { default: addressparser } = await import("nodemailer/lib/addressparser");
  const [parsed] = addressparser(config().mail.from, { flatten: true });
  return parsed?.address ?? config().mail.from;
}

/** With SES, every e-mail goes through the configuration set that reports bounces and complaints. */
function sesOptions(tags: Record<string, string> = {}) {
  const { transport, configurationSet } = config().mail;
  if (transport !== "ses") return {};
  return {
    ses: {
      ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
      EmailTags: Object.entries(tags).map(([Name, Value]) => ({ Name, Value })),
    },
  };
}

/** Renders the letter in its reader's language and sends it; the renderer loads on the first e-mail. */
export async function send(letter: Letter): Promise<{ subject: string; language: Language }> {
  const { render } = await import("./render");
  const rendered = render(letter.template, letter.data as never, letter.brand, letter.language);
  await (await mailer()).sendMail({
    from: { name: letter.brand.name, address: await senderAddress() },
    to: letter.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    attachments: letter.attachments,
    headers: letter.headers,
    ...sesOptions(letter.tags),
  });
  return { subject: rendered.subject, language: rendered.language };
}
