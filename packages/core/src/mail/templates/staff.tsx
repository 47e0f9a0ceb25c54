import { Link } from "@react-email/link";
import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** E-mails to territory staff: in French or English, their preference. */

export function Invitation({ t, brand, language, data }: TemplateProps<TemplateData["invitation"]>) {
  const territory = brand.name;
  const body = t("invitation.body", { inviter: data.inviter, territory, role: t(`roles.${data.role}`) });
  return (
    <Layout brand={brand} language={language} t={t} preview={body} heading={t("invitation.heading", { territory })}>
      <Paragraph>{body}</Paragraph>
      <Paragraph>{t("invitation.how", { email: data.email })}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("invitation.button")}
      </Action>
      <Paragraph>{t("invitation.validity", { count: data.days })}</Paragraph>
      <Paragraph>{t("invitation.portal", { territory, url: data.portal })}</Paragraph>
    </Layout>
  );
}

export function EscalationDigest({ t, brand, language, data }: TemplateProps<TemplateData["escalationDigest"]>) {
  const count = data.cases.length;
  const date = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t("escalationDigest.intro", { count })}
      heading={t("escalationDigest.heading")}
    >
      <Paragraph>{t("escalationDigest.intro", { count })}</Paragraph>
      <ul>
        {data.cases.map((item) => (
          <li key={item.link} style={{ marginBottom: 8 }}>
            <Link href={item.link}>
              {t("escalationDigest.item", { name: item.name, due: date.format(new Date(item.dueAt)) })}
            </Link>{" "}
            ({t(item.assignedToYou ? "escalationDigest.assigned" : "escalationDigest.unassigned")})
          </li>
        ))}
      </ul>
      <Action brand={brand} href={data.link}>
        {t("escalationDigest.button")}
      </Action>
    </Layout>
  );
}

export function NewcomerWrote({ t, brand, language, data }: TemplateProps<TemplateData["newcomerWrote"]>) {
  const body = t("newcomerWrote.body", { name: data.name });
  return (
    <Layout brand={brand} language={language} t={t} preview={body} heading={t("newcomerWrote.heading")}>
      <Paragraph>{body}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("newcomerWrote.button")}
      </Action>
    </Layout>
  );
}

export function TeamChange({ t, brand, language, data }: TemplateProps<TemplateData["teamChange"]>) {
  const body = t(`teamChange.${data.change}.body`, {
    territory: brand.name,
    by: data.by,
    member: data.member,
    role: data.role ? t(`roles.${data.role}`) : "",
  });
  return (
    <Layout brand={brand} language={language} t={t} preview={body} heading={t("teamChange.heading")}>
      <Paragraph>{body}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("teamChange.button")}
      </Action>
    </Layout>
  );
}
