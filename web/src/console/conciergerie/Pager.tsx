import { type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Pages of a list the API serves by cursor. Remembers the cursors it went through, so that
 * "Previous page" works too; starts again at the first page when `listKey` (the filters) changes.
 */
export function useCursorPages(listKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: listKey, cursors: [null] });
  const cursors = state.key === listKey ? state.cursors : [null];
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    number: cursors.length,
    next: (cursor: string) => setState({ key: listKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: listKey, cursors: cursors.slice(0, -1) }),
  };
}

/** "Page 2 · Previous page · Next page"; after a move, reading starts again at `top`. */
export function Pager({
  pages,
  nextCursor,
  top,
  label,
}: {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
  top: RefObject<HTMLElement | null>;
  label: string;
}) {
  const { t } = useTranslation();
  if (pages.number === 1 && !nextCursor) return null;
  const go = (move: () => void) => {
    move();
    top.current?.focus();
  };
  return (
    <nav aria-label={label} className="pager">
      <p>{t("pager.page", { number: pages.number })}</p>
      {pages.number > 1 && (
        <button type="button" className="secondary" onClick={() => go(pages.previous)}>
          {t("pager.previous")}
        </button>
      )}
      {nextCursor && (
        <button type="button" className="secondary" onClick={() => go(() => pages.next(nextCursor))}>
          {t("pager.next")}
        </button>
      )}
    </nav>
  );
}
