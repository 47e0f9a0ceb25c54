import { frenchRegions } from "@escale/core/conciergerie/origins";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { type Contact, countryName, type Household, type Origin, type Question } from "../../conciergerie";
import { languageNameIn } from "../../languages";
import { useFormat } from "../format";
import { HouseholdText, useHouseholdTranslations } from "../translation/HouseholdWords";
import { useCase } from "./caseContext";
import { useChannels } from "./directory";

type Texts = Partial<Record<string, string>>;

/** A territory's own words in the reader's language if it wrote them so, else English, else whichever it did. */
function inReaderLanguage(texts: Texts, language: string): string {
  return texts[language] ?? texts.en ?? Object.values(texts).find(Boolean) ?? "";
}

function answerText(question: Question | undefined, answer: unknown, t: TFunction, language: string): string {
  if (typeof answer === "boolean") return t(answer ? "details.yes" : "details.no");
  const option = question?.options?.find((item) => item.value === answer);
  return option ? inReaderLanguage(option.label, language) : String(answer);
}

/** What the household told about itself on the intake form. */
export function CaseDetails() {
  const { t, i18n } = useTranslation("conciergerie");
  const language = i18n.language;
  const format = useFormat();
  const { file } = useCase();
  const record = file.case;
  const trpc = useTRPC();
  const settings = useQuery(trpc.conciergerie.settings.queryOptions());
  const { name: channelName } = useChannels();
  const contact = record.contact as Contact;
  const translations = useHouseholdTranslations(record.caseId, contact.language);
  const household = record.household as Household;
  const origin = record.origin as Origin;
  const answers = Object.entries((record.answers ?? {}) as Record<string, string | boolean>);
  const consent = record.consent as { at: string; version: string; language: string } | undefined;
  const children = household.children.map((child) => child.age);

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t("details.heading")}</h2>
      <dl className="details">
        <dt>{t("details.contact")}</dt>
        <dd>
          <bdi>{contact.name}</bdi>
          <br />
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
          {contact.phone && (
            <>
              <br />
              <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
            </>
          )}
          <br />
          {t("details.writesIn", { language: languageNameIn(contact.language, language) })}
        </dd>
        <dt>{t("details.people")}</dt>
        <dd>
          {t("details.adults", { count: household.adults })}
          {children.length > 0
            ? t("details.children", { count: children.length, ages: format.list(children) })
            : t("details.noChildren")}
        </dd>
        {household.partner?.lookingForJob && (
          <>
            <dt>{t("details.partner")}</dt>
            <dd>
              {household.partner.field
                ? t("details.partnerLookingIn", { field: household.partner.field })
                : t("details.partnerLooking")}
            </dd>
          </>
        )}
        <dt>{t("details.comingFrom")}</dt>
        <dd>
          {[
            origin.city,
            origin.region ? frenchRegions[origin.region] : undefined,
            countryName(origin.country, language),
          ]
            .filter(Boolean)
            .join(", ")}
        </dd>
        <dt>{t("details.arrival")}</dt>
        <dd>{record.arrivalDate ? format.day(record.arrivalDate) : t("details.noDate")}</dd>
        <dt>{t("details.channel")}</dt>
        <dd>{channelName(record.channelCode)}</dd>
        <dt>{t("details.firstContactDue")}</dt>
        <dd>{format.moment(record.firstContactDueAt)}</dd>
        {consent && (
          <>
            <dt>{t("details.consent")}</dt>
            <dd>
              {t("details.consentText", {
                version: consent.version,
                language: languageNameIn(consent.language, language),
                date: format.moment(consent.at),
              })}
            </dd>
          </>
        )}
      </dl>
      {record.message && (
        <>
          <h3>{t("details.message")}</h3>
          <blockquote className="quote">
            <HouseholdText
              original={record.message}
              translated={translations.translated("request")}
              language={contact.language}
            />
          </blockquote>
        </>
      )}
      {answers.length > 0 && (
        <>
          <h3>{t("details.answers")}</h3>
          <dl className="details">
            {answers.map(([id, answer]) => {
              const question = settings.data?.questions.find((item) => item.id === id);
              return (
                <div key={id}>
                  <dt>{question ? inReaderLanguage(question.label, language) : id}</dt>
                  <dd>{answerText(question, answer, t, language)}</dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
