import { frenchRegions } from "@escale/core/conciergerie/origins";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../api";
import { type Contact, countryName, type Household, type Origin, type Question } from "../../conciergerie";
import { languageName } from "../../languages";
import { useCase } from "./caseContext";
import { useChannels } from "./directory";
import { formatDay, formatMoment } from "./format";

type Texts = Partial<Record<string, string>>;

/** A territory's own words, in English if it wrote them so, else in whichever language it did. */
function inEnglishOrAny(texts: Texts): string {
  return texts.en ?? Object.values(texts).find(Boolean) ?? "";
}

function answerText(question: Question | undefined, answer: unknown): string {
  if (typeof answer === "boolean") return answer ? "Yes" : "No";
  const option = question?.options?.find((item) => item.value === answer);
  return option ? inEnglishOrAny(option.label) : String(answer);
}

/** What the household told about itself on the intake form. */
export function CaseDetails() {
  const { file } = useCase();
  const record = file.case;
  const trpc = useTRPC();
  const settings = useQuery(trpc.conciergerie.settings.queryOptions());
  const { name: channelName } = useChannels();
  const contact = record.contact as Contact;
  const household = record.household as Household;
  const origin = record.origin as Origin;
  const answers = Object.entries((record.answers ?? {}) as Record<string, string | boolean>);
  const consent = record.consent as { at: string; version: string; language: string } | undefined;
  const children = household.children.map((child) => child.age);

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">Household</h2>
      <dl className="details">
        <dt>Contact</dt>
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
          Writes in {languageName(contact.language)}
        </dd>
        <dt>People</dt>
        <dd>
          {household.adults} {household.adults === 1 ? "adult" : "adults"}
          {children.length > 0
            ? `, ${children.length} ${children.length === 1 ? "child" : "children"} aged ${children.join(", ")}`
            : ", no children"}
        </dd>
        {household.partner?.lookingForJob && (
          <>
            <dt>Partner</dt>
            <dd>Looking for a job{household.partner.field ? ` in ${household.partner.field}` : ""}</dd>
          </>
        )}
        <dt>Coming from</dt>
        <dd>
          {[origin.city, origin.region ? frenchRegions[origin.region] : undefined, countryName(origin.country, "en")]
            .filter(Boolean)
            .join(", ")}
        </dd>
        <dt>Arrival</dt>
        <dd>{record.arrivalDate ? formatDay(record.arrivalDate) : "No date given"}</dd>
        <dt>Channel</dt>
        <dd>{channelName(record.channelCode)}</dd>
        <dt>First contact due</dt>
        <dd>{formatMoment(record.firstContactDueAt)}</dd>
        {consent && (
          <>
            <dt>Consent</dt>
            <dd>
              Privacy notice version {consent.version} ({languageName(consent.language)}), accepted{" "}
              {formatMoment(consent.at)}
            </dd>
          </>
        )}
      </dl>
      {record.message && (
        <>
          <h3>Their message</h3>
          <blockquote className="quote" dir="auto">
            {record.message}
          </blockquote>
        </>
      )}
      {answers.length > 0 && (
        <>
          <h3>Answers to your questions</h3>
          <dl className="details">
            {answers.map(([id, answer]) => {
              const question = settings.data?.questions.find((item) => item.id === id);
              return (
                <div key={id}>
                  <dt>{question ? inEnglishOrAny(question.label) : id}</dt>
                  <dd>{answerText(question, answer)}</dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
