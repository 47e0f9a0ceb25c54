import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The enrolee's own calendar feed: a calendar app subscribed to it follows every seat they hold. */
export function CalendarFeed({ url }: { url: string }) {
  const { t } = useTranslation("bienvenue");
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t("feed.title")}</h2>
      <p>{t("feed.body")}</p>
      <p>
        <a href={url.replace(/^https?:/, "webcal:")}>{t("feed.subscribe")}</a>
      </p>
      <div className="field">
        <label htmlFor="calendar-feed">{t("feed.link")}</label>
        <input id="calendar-feed" readOnly value={url} dir="ltr" onFocus={(event) => event.target.select()} />
      </div>
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        >
          {t("feed.copy")}
        </button>{" "}
        <span role="status">{copied ? t("feed.copied") : ""}</span>
      </p>
      <p className="hint">{t("feed.private")}</p>
    </section>
  );
}
