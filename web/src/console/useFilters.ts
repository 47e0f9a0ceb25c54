import { useSearchParams } from "react-router";

/**
 * A list's filters, kept in the address (?status=…&need=…) so a filtered list can be shared
 * and survives a reload. `setFilter(name, "")` removes one.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  function setFilter(name: string, value: string) {
    // From the address itself: the router renders its navigations in a transition, so two changes
    // in quick succession would otherwise both start from the same, older parameters.
    setParams(() => {
      const next = new URLSearchParams(window.location.search);
      if (value) next.set(name, value);
      else next.delete(name);
      // Other filters, other pages: a list kept in the address starts again at its first page.
      next.delete("cursor");
      next.delete("page");
      return next;
    });
  }
  return { params, setFilter };
}
