import { useEffect, useRef, useState } from "react";

/**
 * A button for what cannot be undone: it first asks, in words, and acts only on the second,
 * explicit answer. Focus follows the question and comes back when it is dismissed.
 */
export function ConfirmButton({
  label,
  labelFor,
  question,
  confirm,
  cancel,
  onConfirm,
  pending = false,
}: {
  label: string;
  /** What the button is about, when the same label repeats on the page (a button per row). */
  labelFor?: string;
  question: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  pending?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button type="button" className="danger" ref={opener} aria-label={labelFor} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="confirm">
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <button type="button" className="danger" aria-disabled={pending} onClick={() => !pending && onConfirm()}>
        {confirm}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </div>
  );
}
