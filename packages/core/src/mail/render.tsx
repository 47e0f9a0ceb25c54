import { convert } from "html-to-text";
import { createInstance, type TFunction } from "i18next";
import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Language } from "../tenant/languages";
import type { Brand } from "./brand";
import ar from "./copy/ar.json";
import de from "./copy/de.json";
import en from "./copy/en.json";
import es from "./copy/es.json";
import fr from "./copy/fr.json";
import it from "./copy/it.json";
import pt from "./copy/pt.json";
import uk from "./copy/uk.json";
import { BuddyCheckIn, BuddyIntroduction } from "./templates/ambassadors";
import {
  BienvenueOptIn,
  EventCalledOff,
  EventCancelled,
  EventConfirmed,
  EventOffered,
  EventReminder,
  EventWaitlisted,
  QuarterlyLetter,
} from "./templates/bienvenue";
import { audiences, type TemplateData, type TemplateName } from "./templates/data";
import { DealPartnerLink } from "./templates/deals";
import { EmployerColleague, PaymentFailed, RecruitInvitation } from "./templates/employer";
import type { TemplateProps } from "./templates/layout";
import { IntakeConfirmation, NewMessage, SignInCode } from "./templates/newcomer";
import { EscalationDigest, Invitation, NewcomerWrote, TeamChange } from "./templates/staff";

type Template<K extends TemplateName> = {
  component: ComponentType<TemplateProps<TemplateData[K]>>;
  subject: (t: TFunction, territory: string, data: TemplateData[K]) => string;
};

const templates: { [K in TemplateName]: Template<K> } = {
  signInCode: {
    component: SignInCode,
    subject: (t, territory, { code }) => t("signInCode.subject", { territory, code }),
  },
  intakeConfirmation: {
    component: IntakeConfirmation,
    subject: (t, territory) => t("intakeConfirmation.subject", { territory }),
  },
  newMessage: { component: NewMessage, subject: (t, territory) => t("newMessage.subject", { territory }) },
  invitation: {
    component: Invitation,
    subject: (t, territory, { inviter }) => t("invitation.subject", { territory, inviter }),
  },
  escalationDigest: {
    component: EscalationDigest,
    subject: (t, territory, { cases }) => t("escalationDigest.subject", { territory, count: cases.length }),
  },
  newcomerWrote: {
    component: NewcomerWrote,
    subject: (t, territory, { name }) => t("newcomerWrote.subject", { territory, name }),
  },
  teamChange: {
    component: TeamChange,
    subject: (t, territory, { change, member }) => t(`teamChange.${change}.subject`, { territory, member }),
  },
  paymentFailed: { component: PaymentFailed, subject: (t, territory) => t("paymentFailed.subject", { territory }) },
  employerColleague: {
    component: EmployerColleague,
    subject: (t, territory, { inviter, employer }) => t("employerColleague.subject", { territory, inviter, employer }),
  },
  recruitInvitation: {
    component: RecruitInvitation,
    subject: (t, territory) => t("recruitInvitation.subject", { territory }),
  },
  buddyIntroduction: {
    component: BuddyIntroduction,
    subject: (t, territory, { name }) => t("buddyIntroduction.subject", { territory, name }),
  },
  buddyCheckIn: {
    component: BuddyCheckIn,
    subject: (t, territory, { name }) => t("buddyCheckIn.subject", { territory, name }),
  },
  dealPartnerLink: {
    component: DealPartnerLink,
    subject: (t, territory) => t("dealPartnerLink.subject", { territory }),
  },
  bienvenueOptIn: { component: BienvenueOptIn, subject: (t, territory) => t("bienvenueOptIn.subject", { territory }) },
  eventConfirmed: { component: EventConfirmed, subject: (t, _, data) => t("eventConfirmed.subject", data) },
  eventWaitlisted: { component: EventWaitlisted, subject: (t, _, data) => t("eventWaitlisted.subject", data) },
  eventOffered: { component: EventOffered, subject: (t, _, data) => t("eventOffered.subject", data) },
  eventCancelled: { component: EventCancelled, subject: (t, _, data) => t("eventCancelled.subject", data) },
  eventCalledOff: { component: EventCalledOff, subject: (t, _, data) => t("eventCalledOff.subject", data) },
  eventReminder: { component: EventReminder, subject: (t, _, data) => t("eventReminder.subject", data) },
  quarterlyLetter: { component: QuarterlyLetter, subject: (_t, _territory, { subject }) => subject },
};

const i18n = createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries({ fr, en, es, de, it, pt, ar, uk }).map(([language, copy]) => [language, { translation: copy }]),
  ),
  lng: "fr",
  fallbackLng: false,
  // React escapes what it renders; subjects and plain text are not HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Staff e-mails exist in French and English only; another language gets the French one. */
function languageFor(template: TemplateName, language: Language): Language {
  return audiences[template] === "staff" && language !== "en" ? "fr" : language;
}

export type Rendered = { subject: string; html: string; text: string; language: Language };

/** One e-mail's subject, HTML part and plain-text part, in the reader's language. */
export function render<K extends TemplateName>(
  template: K,
  data: TemplateData[K],
  brand: Brand,
  language: Language,
): Rendered {
  const lang = languageFor(template, language);
  const t = i18n.getFixedT(lang);
  const { component: Component, subject } = templates[template] as Template<K>;
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<Component t={t} brand={brand} language={lang} data={data} />)}`;
  const text = convert(html, {
    // Long lines are the mail client's to wrap; hard breaks would cut links and names.
    wordwrap: false,
    selectors: [
      { selector: "img", format: "skip" },
      // The inbox preview line is hidden in the HTML part; the plain text starts with the content.
      { selector: "[data-skip-in-text=true]", format: "skip" },
      { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
      { selector: "h1", options: { uppercase: false } },
    ],
  });
  return { subject: subject(t, brand.name, data), html, text, language: lang };
}
