import { Link } from "@react-email/link";
import { Fragment, type ReactNode } from "react";
import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** Bienvenue's e-mails to enrolees and guests: in every portal language. */

/** A catalog text of several paragraphs (blank lines) and lines within them. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split("\n\n").map((paragraph) => (
        <Paragraph key={paragraph}>
          {paragraph.split("\n").map((line, index) => (
            <Fragment key={line}>
              {index > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Paragraph>
      ))}
    </>
  );
}

type EventProps<K extends keyof TemplateData> = TemplateProps<TemplateData[K]>;
type EventTemplate =
  | "eventConfirmed"
  | "eventWaitlisted"
  | "eventOffered"
  | "eventCancelled"
  | "eventCalledOff"
  | "eventReminder";

/** Every event e-mail: its subject as heading, its text, a button to the event (or the offer). */
function EventMail(props: TemplateProps<TemplateData[EventTemplate]> & { name: EventTemplate; children?: ReactNode }) {
  const { t, brand, language, data, name } = props;
  const values: Record<string, unknown> = { ...data, territory: brand.name };
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t(`${name}.subject`, values)}
      heading={t(`${name}.subject`, values)}
    >
      <Paragraphs text={t(`${name}.body`, values)} />
      <Action brand={brand} href={data.link}>
        {t(`${name}.button`)}
      </Action>
      {props.children}
    </Layout>
  );
}

export function BienvenueOptIn({ t, brand, language, data }: TemplateProps<TemplateData["bienvenueOptIn"]>) {
  const values = { ...data, territory: brand.name };
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t("bienvenueOptIn.heading")}
      heading={t("bienvenueOptIn.heading")}
    >
      <Paragraphs text={t("bienvenueOptIn.body", values)} />
      <Action brand={brand} href={data.link}>
        {t("bienvenueOptIn.button")}
      </Action>
    </Layout>
  );
}

export function EventConfirmed(props: EventProps<"eventConfirmed">) {
  const { t, data } = props;
  return (
    <EventMail {...props} name="eventConfirmed">
      <Paragraph>
        <Link href={data.google}>{t("eventConfirmed.google")}</Link>
        <br />
        <Link href={data.outlook}>{t("eventConfirmed.outlook")}</Link>
      </Paragraph>
    </EventMail>
  );
}

export const EventWaitlisted = (props: EventProps<"eventWaitlisted">) => (
  <EventMail {...props} name="eventWaitlisted" />
);
export const EventOffered = (props: EventProps<"eventOffered">) => <EventMail {...props} name="eventOffered" />;
export const EventCancelled = (props: EventProps<"eventCancelled">) => <EventMail {...props} name="eventCancelled" />;
export const EventCalledOff = (props: EventProps<"eventCalledOff">) => <EventMail {...props} name="eventCalledOff" />;
export const EventReminder = (props: EventProps<"eventReminder">) => <EventMail {...props} name="eventReminder" />;

/** A quarterly letter: the editor's Markdown (already sanitised HTML), and the way out. */
export function QuarterlyLetter({ t, brand, language, data }: TemplateProps<TemplateData["quarterlyLetter"]>) {
  return (
    <Layout brand={brand} language={language} t={t} preview={data.subject} heading={data.subject}>
      <div
        style={{ color: "#111827", fontSize: 16, lineHeight: "24px" }}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by renderMarkdown when the letter is sent.
        dangerouslySetInnerHTML={{ __html: data.html }}
      />
      <Paragraph>
        {t("quarterlyLetter.footer")} <Link href={data.unsubscribe}>{t("quarterlyLetter.unsubscribe")}</Link>
      </Paragraph>
    </Layout>
  );
}
