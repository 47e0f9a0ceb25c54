import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { SignedInAs } from "../help/SignInPrompt";
import { inLanguage, usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";
import { CalendarFeed } from "./CalendarFeed";
import { Failure, formatDay, needsSignIn, SignInFirst, useMyBienvenue, useRefusal } from "./shared";

/** Issue n of the letter is due n × 3 months after enrolment. */
function letterDue(enrolledOn: string, issue: number): string {
  const date = new Date(`${enrolledOn}T12:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 3 * issue);
  return date.toISOString();
}

type Moment = { at: string; key: string; content: React.ReactNode };

/** "My Bienvenue": the person's year in the programme as a timeline, and what they can do next. */
export default function MyBienvenuePage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("bienvenue");
  const title = t("mine.title");
  usePageTitle(`${title} · ${profile.name}`);
  const mine = useMyBienvenue();
  const welcome = (useLocation().state as { welcome?: string } | null)?.welcome;

  if (!isSignedIn() || needsSignIn(mine.error))
    return (
      <>
        <h1>{title}</h1>
        <p className="lead">{t("intro", { territory: profile.name })}</p>
        <p>
          <Link className="button" to="/bienvenue/join">
            {t("enrol.title")}
          </Link>
        </p>
        <SignInFirst why={t("mine.signInWhy")} />
        <Discover />
      </>
    );
  if (mine.isPending) return <Loading />;
  if (mine.error)
    return (
      <>
        <h1>{title}</h1>
        <Failure retry={() => mine.refetch()} />
      </>
    );
  if (!mine.data.enrolled)
    return (
      <>
        <h1>{title}</h1>
        <SignedInAs />
        <p className="lead">{t("intro", { territory: profile.name })}</p>
        <p>{t("mine.notEnrolled")}</p>
        <p>
          <Link className="button" to="/bienvenue/join">
            {t("enrol.title")}
          </Link>
        </p>
        <Discover />
      </>
    );
  return (
    <>
      <h1>{title}</h1>
      <SignedInAs />
      {welcome && (
        <p role="status" className="note">
          {welcome === "pending" ? t("mine.welcomeCheckInbox") : t("mine.welcome")}
        </p>
      )}
      <Year data={mine.data} defaultLanguage={profile.defaultLanguage} />
    </>
  );
}

type Mine = Extract<ReturnType<typeof useMyBienvenue>["data"], { enrolled: true }>;

function Year({ data, defaultLanguage }: { data: Mine; defaultLanguage: string }) {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const deals = useQuery(trpc.deals.mine.queryOptions({ language }));
  const buddy = useQuery(trpc.ambassadors.myBuddy.queryOptions());
  const { profile } = data;
  const sent = new Map(data.letters.map((letter) => [letter.issue, letter]));

  const moments: Moment[] = [
    { at: `${profile.enrolledOn}T00:00:00Z`, key: "enrolled", content: t("timeline.enrolled") },
    ...[1, 2, 3, 4].map((issue) => {
      const letter = sent.get(issue);
      return {
        at: letter?.sentAt ?? letterDue(profile.enrolledOn, issue),
        key: `letter-${issue}`,
        content: letter ? t("timeline.letterSent", { issue }) : t("timeline.letterDue", { issue }),
      };
    }),
    ...data.events
      .filter((event) => event.startsAt)
      .map((event) => {
        const name = inLanguage(event.title, i18n.language, defaultLanguage);
        return {
          at: event.startsAt ?? "",
          key: `event-${event.eventId}`,
          content: (
            <>
              <Link to={`/bienvenue/events/${event.eventId}`} lang={name?.lang}>
                {name?.text}
              </Link>{" "}
              <span className="badge">{t(`registration.status.${event.status}`)}</span>
            </>
          ),
        };
      }),
    ...(deals.data ?? []).map((deal) => ({
      at: deal.takenAt,
      key: `deal-${deal.code}`,
      content: (
        <>
          {t("timeline.dealTaken", { title: deal.title })}{" "}
          <Link to="/bienvenue/bons-plans">{deal.redeemedAt ? t("deals.used") : t("deals.showCode")}</Link>
        </>
      ),
    })),
    ...(buddy.data?.buddy
      ? [{ at: buddy.data.buddy.since, key: "buddy", content: t("timeline.buddy", { name: buddy.data.buddy.name }) }]
      : buddy.data?.status === "open"
        ? [{ at: buddy.data.requestedAt, key: "buddy", content: t("timeline.buddyAsked") }]
        : []),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const now = new Date().toISOString();

  return (
    <>
      <section aria-labelledby="year-heading">
        <h2 id="year-heading">{t("mine.year")}</h2>
        {profile.newsletter === "pending" && <p className="note">{t("mine.newsletterPending")}</p>}
        <ol className="timeline year">
          {moments.map((moment) => (
            <li key={moment.key} className={moment.at > now ? "later" : undefined}>
              <p className="meta">
                <time dateTime={moment.at}>{formatDay(moment.at, i18n.language)}</time>
                {moment.at > now && ` · ${t("timeline.later")}`}
              </p>
              <p>{moment.content}</p>
            </li>
          ))}
        </ol>
        {data.events.length === 0 && (
          <p>
            {t("mine.noEvents")} <Link to="/bienvenue/events">{t("nav.events")}</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t("mine.next")}</h2>
        <ul className="cards">
          <li className="card">
            <h3>{t("nav.events")}</h3>
            <p>{t("mine.eventsBody")}</p>
            <p>
              <Link to="/bienvenue/events">{t("events.open")}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t("nav.deals")}</h3>
            <p>{t("mine.dealsBody")}</p>
            <p>
              <Link to="/bienvenue/bons-plans">{t("deals.open")}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t("buddy.title")}</h3>
            <p>{buddy.data?.buddy ? t("buddy.pairedShort", { name: buddy.data.buddy.name }) : t("mine.buddyBody")}</p>
            <p>
              <Link to="/bienvenue/buddy">{buddy.data ? t("buddy.see") : t("buddy.ask")}</Link>
            </p>
          </li>
          <li className="card">
            <h3>{t("volunteer.title")}</h3>
            <p>{t("mine.volunteerBody")}</p>
            <p>
              <Link to="/bienvenue/ambassadors">{t("volunteer.open")}</Link>
            </p>
          </li>
        </ul>
      </section>
      <CalendarFeed url={data.calendarFeed} />
      <section aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">{t("preferences.title")}</h2>
        <p>{t(`preferences.newsletter.${profile.newsletter}`)}</p>
        <p>
          <Link to="/bienvenue/preferences">{t("preferences.edit")}</Link>
        </p>
        <Leave />
      </section>
    </>
  );
}

/** Public parts of the programme, for those who have not joined yet. */
function Discover() {
  const { t } = useTranslation("bienvenue");
  return (
    <ul className="cards">
      <li className="card">
        <h2>{t("nav.events")}</h2>
        <p>{t("mine.eventsBody")}</p>
        <p>
          <Link to="/bienvenue/events">{t("events.open")}</Link>
        </p>
      </li>
      <li className="card">
        <h2>{t("nav.deals")}</h2>
        <p>{t("mine.dealsBody")}</p>
        <p>
          <Link to="/bienvenue/bons-plans">{t("deals.open")}</Link>
        </p>
      </li>
    </ul>
  );
}

/** Leaving erases the person's programme data (as the Conciergerie's erasure does). */
function Leave() {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusal = useRefusal();
  const leave = useMutation(trpc.bienvenue.leave.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  return (
    <>
      <ConfirmButton
        label={t("leave.button")}
        question={t("leave.question")}
        confirm={t("leave.confirm")}
        cancel={t("leave.keep")}
        onConfirm={() => leave.mutate()}
      />
      {leave.isSuccess && (
        <p role="status" className="status">
          {t("leave.done")}
        </p>
      )}
      {leave.error && (
        <p role="alert" className="field-error">
          {refusal(leave.error)}
        </p>
      )}
    </>
  );
}
