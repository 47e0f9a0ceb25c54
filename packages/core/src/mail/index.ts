import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { createTransport, type Transporter } from "nodemailer";
import { config } from "../config";

export type Message = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/** SMTP to the local mail catcher in development; SES in AWS. Selected by configuration. */
function mailer(): Transporter {
  if (transport) return transport;
  const { mail, region } = config();
  transport =
    mail.transport === "ses"
      ? createTransport({ SES: { sesClient: new SESv2Client({ region }), SendEmailCommand } })
      : createTransport({
          host: mail.smtpHost,
          port: mail.smtpPort,
          secure: false,
          ignoreTLS: true,
        });
  return transport;
}

export async function send(message: Message): Promise<void> {
  await mailer().sendMail({ from: config().mail.from, ...message });
}
