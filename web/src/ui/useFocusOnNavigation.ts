import { type RefObject, useEffect, useRef } from "react";
import { useLocation } from "react-router";

/** After a navigation, reading starts at the new page (`main`) rather than at the link just used. */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus();
  }, [pathname, main]);
}
