import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { Loading } from "../../ui/Loading";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage } from "./BienvenuePage";

/** Parrainage: newcomers waiting for a buddy with scored suggestions, pairs under way, and the volunteers. */
export function AmbassadorsPage() {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const format = useFormat();
  const requests = useQuery(trpc.ambassadors.requests.queryOptions({ status: "open" }));
  const pairs = useQuery(trpc.ambassadors.pairs.queryOptions({ status: "active" }));
  const volunteers = useQuery(trpc.ambassadors.list.queryOptions());
  const [status, setStatus] = useState("");
  const languages = (codes: string[]) => format.list(codes.map((code) => languageNameIn(code, i18n.language)));
  return (
    <BienvenuePage title={t("ambassadors.title")} intro={t("ambassadors.intro")}>
      <p role="status" className="status">
        {status}
      </p>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("ambassadors.requests")}</h2>
        {requests.isPending ? (
          <Loading />
        ) : requests.error ? (
          <QueryFailure error={requests.error} retry={() => requests.refetch()} />
        ) : requests.data.length === 0 ? (
          <p>{t("ambassadors.noRequests")}</p>
        ) : (
          requests.data.map((request) => (
            <article key={request.email} aria-labelledby={`request-${request.email}`}>
              <h3 id={`request-${request.email}`}>{request.name}</h3>
              <p>
                {t("ambassadors.requestLine", {
                  email: request.email,
                  languages: languages(request.languages),
                  commune: request.commune,
                  since: format.day(request.requestedAt),
                })}
              </p>
              <Suggestions email={request.email} name={request.name} onPaired={setStatus} />
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">{t("ambassadors.pairs")}</h2>
        {pairs.isPending ? (
          <Loading />
        ) : pairs.error ? (
          <QueryFailure error={pairs.error} retry={() => pairs.refetch()} />
        ) : pairs.data.length === 0 ? (
          <p>{t("ambassadors.noPairs")}</p>
        ) : (
          <table>
            <caption>{t("ambassadors.pairsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("ambassadors.newcomer")}</th>
                <th scope="col">{t("ambassadors.ambassador")}</th>
                <th scope="col">{t("ambassadors.until")}</th>
                <th scope="col">{t("ambassadors.checkIns")}</th>
                <th scope="col">{t("ambassadors.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.data.map((pair) => (
                <tr key={pair.pairId}>
                  <th scope="row">{pair.enroleeName}</th>
                  <td>{pair.ambassadorName}</td>
                  <td>{format.day(pair.endsOn)}</td>
                  <td>
                    {t("ambassadors.checkIn1", {
                      state: pair.checkIn1SentAt
                        ? format.day(pair.checkIn1SentAt)
                        : t("ambassadors.dueOn", { day: format.day(pair.checkIn1DueOn) }),
                    })}
                    <br />
                    {t("ambassadors.checkIn3", {
                      state: pair.checkIn3SentAt
                        ? format.day(pair.checkIn3SentAt)
                        : t("ambassadors.dueOn", { day: format.day(pair.checkIn3DueOn) }),
                    })}
                  </td>
                  <td>
                    <EndPair
                      pairId={pair.pairId}
                      names={`${pair.enroleeName} — ${pair.ambassadorName}`}
                      onEnded={setStatus}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="volunteers-heading">
        <h2 id="volunteers-heading">{t("ambassadors.volunteers")}</h2>
        {volunteers.isPending ? (
          <Loading />
        ) : volunteers.error ? (
          <QueryFailure error={volunteers.error} retry={() => volunteers.refetch()} />
        ) : volunteers.data.length === 0 ? (
          <p>{t("ambassadors.noVolunteers")}</p>
        ) : (
          <table>
            <caption>{t("ambassadors.volunteersCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("ambassadors.ambassador")}</th>
                <th scope="col">{t("ambassadors.languages")}</th>
                <th scope="col">{t("ambassadors.commune")}</th>
                <th scope="col">{t("ambassadors.buddies")}</th>
                <th scope="col">{t("ambassadors.availability")}</th>
              </tr>
            </thead>
            <tbody>
              {volunteers.data.map((volunteer) => (
                <tr key={volunteer.email}>
                  <th scope="row">
                    {volunteer.name}
                    {volunteer.status === "paused" && ` (${t("ambassadors.paused")})`}
                  </th>
                  <td>{languages(volunteer.languages)}</td>
                  <td>{volunteer.commune}</td>
                  <td>{t("ambassadors.buddiesOf", { buddies: volunteer.buddies, capacity: volunteer.capacity })}</td>
                  <td>{volunteer.availability}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </BienvenuePage>
  );
}

/** The ambassadors best suited to one newcomer, with why; approving one makes the pair. */
function Suggestions({ email, name, onPaired }: { email: string; name: string; onPaired: (said: string) => void }) {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const suggestions = useQuery(trpc.ambassadors.suggestions.queryOptions({ email }));
  const approve = useMutation(trpc.ambassadors.approve.mutationOptions());
  if (suggestions.isPending) return <Loading />;
  if (suggestions.error) return <QueryFailure error={suggestions.error} retry={() => suggestions.refetch()} />;
  if (suggestions.data.suggestions.length === 0) return <p>{t("ambassadors.noSuggestions")}</p>;
  return (
    <table>
      <caption>{t("ambassadors.suggestionsFor", { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("ambassadors.ambassador")}</th>
          <th scope="col">{t("ambassadors.score")}</th>
          <th scope="col">{t("ambassadors.why")}</th>
          <th scope="col">{t("ambassadors.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {suggestions.data.suggestions.map((suggestion) => {
          const reasons = [
            suggestion.sharedLanguages.length > 0 &&
              t("ambassadors.speaks", {
                languages: format.list(suggestion.sharedLanguages.map((code) => languageNameIn(code, i18n.language))),
              }),
            suggestion.sameCommune && t("ambassadors.sameCommune"),
            suggestion.sharedInterests.length > 0 &&
              t("ambassadors.interests", { count: suggestion.sharedInterests.length }),
            suggestion.sameHousehold && t("ambassadors.sameHousehold"),
          ].filter((reason): reason is string => Boolean(reason));
          return (
            <tr key={suggestion.email}>
              <th scope="row">{suggestion.name}</th>
              <td>{format.number(suggestion.score)}</td>
              <td>{reasons.length ? format.list(reasons) : t("ambassadors.noCommonGround")}</td>
              <td>
                <button
                  type="button"
                  className="small"
                  aria-label={t("ambassadors.approveOf", { ambassador: suggestion.name, newcomer: name })}
                  onClick={async () => {
                    try {
                      await approve.mutateAsync({ email, ambassadorEmail: suggestion.email });
                      onPaired(t("ambassadors.paired", { ambassador: suggestion.name, newcomer: name }));
                    } catch (error) {
                      onPaired(errorInfo(error).message);
                    }
                    await queryClient.invalidateQueries(trpc.ambassadors.pathFilter());
                  }}
                >
                  {t("ambassadors.approve")}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Ends a pair early; the newcomer's request opens again for a new buddy. */
function EndPair({ pairId, names, onEnded }: { pairId: string; names: string; onEnded: (said: string) => void }) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const end = useMutation(trpc.ambassadors.end.mutationOptions());
  return (
    <button
      type="button"
      className="secondary small"
      aria-label={t("ambassadors.endOf", { names })}
      onClick={async () => {
        try {
          await end.mutateAsync({ pairId, rematch: true });
          onEnded(t("ambassadors.ended", { names }));
        } catch (error) {
          onEnded(errorInfo(error).message);
        }
        await queryClient.invalidateQueries(trpc.ambassadors.pathFilter());
      }}
    >
      {t("ambassadors.endAndRematch")}
    </button>
  );
}
