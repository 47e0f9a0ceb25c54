import { lazy, Suspense, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "../../ui/Loading";

// Downloaded when the visitor first opens the assistant.
const Chat = lazy(() => import("./Chat"));

/**
 * The assistant on every portal page: a button that opens the chat in a modal dialog. The
 * dialog keeps the keyboard inside it and closes on Escape; the focus then goes back to the
 * button, unless a link in the chat was followed, when it goes to the new page instead.
 */
export function AssistantWidget() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const leaving = useRef(false);

  // Opened before the chat renders, so that the chat can take the focus as it appears.
  function openChat() {
    dialog.current?.showModal();
    setOpen(true);
  }

  function closed() {
    setOpen(false);
    if (!leaving.current) opener.current?.focus();
    leaving.current = false;
  }

  function leave() {
    leaving.current = true;
    dialog.current?.close();
  }

  return (
    <div className="assistant-widget">
      <button type="button" ref={opener} aria-haspopup="dialog" onClick={openChat}>
        {t("assistant.open")}
      </button>
      <dialog ref={dialog} className="assistant-dialog" aria-labelledby="assistant-dialog-title" onClose={closed}>
        {open && (
          <>
            <div className="dialog-header">
              <h2 id="assistant-dialog-title">{t("assistant.title")}</h2>
              <button type="button" className="secondary small" onClick={() => dialog.current?.close()}>
                {t("assistant.close")}
              </button>
            </div>
            <p className="full-page">
              <Link to="/assistant" onClick={leave}>
                {t("assistant.fullPage")}
              </Link>
            </p>
            <Suspense fallback={<Loading what={t("loading")} />}>
              <Chat onLeave={leave} autoFocus />
            </Suspense>
          </>
        )}
      </dialog>
    </div>
  );
}
