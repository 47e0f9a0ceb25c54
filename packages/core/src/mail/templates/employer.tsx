import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** E-mails to partner employers' people (in French or English) and to the recruits they refer. */

export function PaymentFailed({ t, brand, language, data }: TemplateProps<TemplateData["paymentFailed"]>) {
  const body = t("paymentFailed.body", { employer: data.employer, count: data.days });
  return (
    <Layout brand={brand} language={language} t={t} preview={body} heading={t("paymentFailed.heading")}>
      <Paragraph>{body}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("paymentFailed.button")}
      </Action>
      <Paragraph>{t("paymentFailed.after")}</Paragraph>
    </Layout>
  );
}

export function EmployerColleague({ t, brand, language, data }: TemplateProps<TemplateData["employerColleague"]>) {
  const body = t("employerColleague.body", { ...data, territory: brand.name });
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={body}
      heading={t("employerColleague.heading", { employer: data.employer })}
    >
      <Paragraph>{body}</Paragraph>
      <Paragraph>{t("employerColleague.signIn")}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("employerColleague.button")}
      </Action>
    </Layout>
  );
}

/** To a recruit: the Conciergerie's intake, which they fill in themselves if they wish. */
export function RecruitInvitation({ t, brand, language, data }: TemplateProps<TemplateData["recruitInvitation"]>) {
  const body = t("recruitInvitation.body", { employer: data.employer, territory: brand.name });
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={body}
      heading={t("recruitInvitation.heading", { recruit: data.recruit })}
    >
      <Paragraph>{body}</Paragraph>
      <Paragraph>{t("recruitInvitation.consent")}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("recruitInvitation.button")}
      </Action>
    </Layout>
  );
}
