import { Loading } from "../ui/Loading";
import { QueryFailure } from "./QueryFailure";

type Pending = { error: unknown; refetch: () => unknown };

/** A page waiting for several queries: the first failure, with one retry for them all, else "Loading…". */
export function QueriesPending({ queries }: { queries: Pending[] }) {
  const failed = queries.find((query) => query.error);
  if (!failed) return <Loading />;
  return (
    <QueryFailure
      error={failed.error}
      retry={() => {
        for (const query of queries) void query.refetch();
      }}
    />
  );
}
