import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { direction } from "../../languages";
import { SanitisedHtml } from "../../ui/SanitisedHtml";
import type { Turn } from "./conversation";
import { withoutNotice } from "./html";

/** Where the hand-over goes: the Conciergerie's intake form, with the question as its message. */
function handoverPath(question: string): string {
  return `/help?question=${encodeURIComponent(question)}`;
}

/**
 * One answer: its text, where it comes from, and, when the guide does not say, the offer to ask
 * a person. `onLeave` runs when a link in it is followed (the widget closes).
 */
export function AnswerView({ turn: { question, reply }, onLeave }: { turn: Turn; onLeave?: () => void }) {
  const { t } = useTranslation();
  // Quoted from another language's version when the article has none in the question's language.
  const quoted = reply.notice ? (reply.citations[0]?.language ?? reply.language) : reply.language;
  return (
    <div className="answer">
      <p className="meta">{t("assistant.assistant")}</p>
      {reply.notice && (
        <p className="note" lang={reply.language} dir={reply.direction}>
          {reply.notice}
        </p>
      )}
      <SanitisedHtml
        className="answer-text"
        lang={quoted}
        html={reply.notice ? withoutNotice(reply.answerHtml, reply.notice) : reply.answerHtml}
      />
      {reply.citations.length > 0 && (
        <>
          <p className="meta">{t("assistant.sources")}</p>
          <ul className="citations">
            {reply.citations.map((citation) => (
              <li key={citation.slug}>
                <Link to={citation.url} lang={citation.language} dir={direction(citation.language)} onClick={onLeave}>
                  {citation.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {reply.handover && (
        <p>
          <Link className="button" to={handoverPath(question)} onClick={onLeave}>
            {t("assistant.handover")}
          </Link>
        </p>
      )}
    </div>
  );
}
