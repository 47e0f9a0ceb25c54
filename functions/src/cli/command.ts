import { withActor } from "@escale/core/context";
import { VisibleError } from "@escale/core/error";
import * as Tenant from "@escale/core/tenant";
import { openDatabase } from "@escale/local/database";

// Piped into `head` and the like: stop quietly when the reader has had enough.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

/** Prints JSON for scripts, or a line for people. */
export function output(json: boolean, value: unknown, human: string) {
  console.log(json ? JSON.stringify(value, null, 2) : human);
}

/** Runs a command as the system actor with the database open, mapping failures to exit 1. */
export function action<Args extends unknown[]>(run: (...args: Args) => Promise<void>) {
  return async (...args: Args) => {
    const database = await openDatabase();
    try {
      await withActor({ type: "system" }, () => run(...args));
    } catch (error) {
      process.exitCode = 1;
      console.error(error instanceof VisibleError ? `Error: ${error.message}` : error);
    } finally {
      await database.stop();
    }
  };
}

/** Runs inside one tenant, named by its slug, as the system actor. */
export async function inTenant<T>(slug: string, run: () => Promise<T>): Promise<T> {
  const tenant = await Tenant.bySlug(slug);
  if (!tenant) throw new VisibleError("not-found", "tenant_not_found", `No territory with the slug "${slug}".`);
  return withActor({ type: "system", tenantId: tenant.tenantId }, run);
}
