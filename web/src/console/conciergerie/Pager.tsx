import { type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearchParams } from "react-router";

/** Where a list stands: the cursor of the page shown, its number, and how to move. */
export type CursorPages = {
  cursor: string | null;
  number: number;
  next: (cursor: string) => void;
  previous: () => void;
};

/**
 * Pages of a list the API serves by cursor. Remembers the cursors it went through, so that
 * "Previous page" works too; starts again at the first page when `listKey` (the filters) changes.
 */
export function useCursorPages(listKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: listKey, cursors: [null] });
  const cursors = state.key === listKey ? state.cursors : [null];
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    number: cursors.length,
    next: (cursor: string) => setState({ key: listKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: listKey, cursors: cursors.slice(0, -1) }),
  };
}

/**
 * Pages of a list kept in the address (`?page=3&cursor=…`), so Back and a reload come back to the
 * same page. Each move is a navigation; the cursors of earlier pages ride in the history entry,
 * so "Previous page" works too (opened from a shared link, it goes back to the first page).
 */
export function useAddressPages(): CursorPages {
  const [params, setParams] = useSearchParams();
  const earlier = (useLocation().state as { cursors?: (string | null)[] } | null)?.cursors ?? [];
  const cursor = params.get("cursor");
  const number = cursor ? Math.max(2, Number(params.get("page")) || 2) : 1;
  function go(to: string | null, page: number, cursors: (string | null)[]) {
    setParams(
      () => {
        // From the address itself, as `useFilters` does: the router's own parameters may lag behind.
        const next = new URLSearchParams(window.location.search);
        if (to) {
          next.set("cursor", to);
          next.set("page", String(page));
        } else {
          next.delete("cursor");
          next.delete("page");
        }
        return next;
      },
      { state: { cursors } },
    );
  }
  return {
    cursor,
    number,
    next: (to) => go(to, number + 1, [...earlier, cursor]),
    previous: () => go(earlier.at(-1) ?? null, earlier.at(-1) ? number - 1 : 1, earlier.slice(0, -1)),
  };
}

/** "Page 2 · Previous page · Next page"; after a move, reading starts again at `top`. */
export function Pager({
  pages,
  nextCursor,
  top,
  label,
}: {
  pages: CursorPages;
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
