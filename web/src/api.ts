import type { IssueDetail } from "@escale/core/error";
import type { AppRouter } from "@escale/functions/trpc/router";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, splitLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** How the app signs its calls: the platform site for staff, the portal for newcomers. */
export type Auth = {
  accessToken: () => Promise<string | undefined>;
  /** Whether to send the call again: the tokens were renewed, or dropped so it goes unsigned. */
  refresh: () => Promise<boolean>;
  tenantId: () => string | undefined;
  /** The portal's employer space: the edge then resolves the person as the employer they act for. */
  space?: "employer";
};

function signedFetch(auth: Auth): typeof fetch {
  return async (input, init) => {
    const send = async () => {
      const headers = new Headers(init?.headers);
      const token = await auth.accessToken();
      if (token) headers.set("authorization", `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    let response = await send();
    if (response.status === 401 && (await auth.refresh())) response = await send();
    return response;
  };
}

export function createApi(auth?: Auth) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // A refusal will not change by asking again; a dropped connection might.
        retry: (count, error) => count < 2 && !errorInfo(error).code,
      },
    },
  });
  const signed = auth && signedFetch(auth);
  const link = (fetchFn: typeof fetch | undefined, headers: () => Record<string, string> = () => ({})) =>
    httpBatchLink({ url: "/trpc", fetch: fetchFn, headers });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [
      // Only staff procedures act in a tenant (Bienvenue's mixed routers only send it from the console).
      splitLink({
        condition: (op) =>
          /^(console|team|conciergerie|knowledge|translation|bienvenueConsole|employersConsole|bienvenueOutcomes|ambassadors|deals|flyers)\./.test(
            op.path,
          ),
        true: link(signed, (): Record<string, string> => {
          const tenantId = auth?.tenantId();
          return tenantId ? { "x-escale-tenant": tenantId } : {};
        }),
        false: link(signed, (): Record<string, string> => (auth?.space ? { "x-escale-space": auth.space } : {})),
      }),
    ],
  });
  return { queryClient, trpcClient };
}

/**
 * `reason` is the server's own code for the refusal ("notice_changed"), for words of our own;
 * `issue`, for an input refused by its checks, which check ("too_big") and its bound.
 */
export type ErrorInfo = {
  message: string;
  code?: string;
  field?: string;
  reason?: string;
  issue?: IssueDetail;
  retryAfterSeconds?: number;
};

/** Puts a failure in the reader's words, or leaves the server's (undefined). */
export type ErrorWords = (info: ErrorInfo) => string | undefined;
let errorWords: ErrorWords = () => undefined;

/** Each face (console, portal) says failures in its reader's language from its own catalogs. */
export function sayErrorsWith(words: ErrorWords) {
  errorWords = words;
}

/** What to tell the user about a failed call, and which field it is about, in their language. */
export function errorInfo(error: unknown): ErrorInfo {
  const info = serverErrorInfo(error);
  return { ...info, message: errorWords(info) ?? info.message };
}

function serverErrorInfo(error: unknown): ErrorInfo {
  if (!(error instanceof TRPCClientError))
    return { message: error instanceof Error ? error.message : "Something went wrong. Please try again." };
  const data = error.data as
    | {
        code?: string;
        field?: string;
        httpStatus?: number;
        visibleCode?: string;
        issue?: IssueDetail;
        retryAfterSeconds?: number;
      }
    | undefined;
  if (!data?.code || (data.httpStatus ?? 500) >= 500) return { message: error.message };
  const field = data.field;
  // Input errors start with the field's name, which the form already shows as a label.
  const message =
    field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  return {
    message,
    code: data.code,
    field,
    reason: data.visibleCode,
    issue: data.issue,
    retryAfterSeconds: data.retryAfterSeconds,
  };
}
