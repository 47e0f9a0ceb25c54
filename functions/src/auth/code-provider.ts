import * as Auth from "@escale/core/auth";
import type { Provider } from "@openauthjs/openauth/provider/provider";

/** Where the sign-in pages are: the address form, then the code form for one challenge. */
export type CodeState =
  | { type: "start" }
  | { type: "code"; challengeId: string; resend: boolean; claims: { email: string } };

export type CodeError =
  | { type: "invalid_code"; attemptsLeft: number }
  | { type: "code_void" }
  | { type: "too_many_requests"; retryAfterSeconds: number }
  | { type: "invalid_claim"; key: string; value: string };

export type CodeProviderConfig = {
  request: (request: Request, state: CodeState, form?: FormData, error?: CodeError) => Promise<Response>;
  /** Sends `code` to `claims.email`, the canonical address; a returned error is shown on the form. */
  sendCode: (claims: { email: string }, code: string) => Promise<CodeError | undefined | void>;
  /** The server-known client (address) behind a request, which code requests are counted by. */
  clientOf: (request: Request) => string;
};

/**
 * E-mail code sign-in with its state in DynamoDB rather than in the browser's cookie (as
 * OpenAuth's CodeProvider keeps it): the cookie names a challenge, the code's hash and wrong
 * attempts stay server-side, so guesses are capped and a replayed cookie signs in nobody.
 */
export function CodeProvider(config: CodeProviderConfig): Provider<{ claims: { email: string } }> {
  return {
    type: "code",
    init(routes, ctx) {
      const show = async (c: Parameters<typeof ctx.forward>[0], state: CodeState, error?: CodeError) => {
        await ctx.set(c, "provider", 60 * 60 * 24, state);
        return ctx.forward(c, await config.request(c.req.raw, state, undefined, error));
      };

      routes.get("/authorize", (c) => show(c, { type: "start" }));

      routes.post("/authorize", async (c) => {
        const form = await c.req.formData();
        const state = (await ctx.get<CodeState>(c, "provider")) ?? { type: "start" };
        const action = form.get("action")?.toString();
        if (action === "request" || action === "resend") {
          const typed = action === "resend" && state.type === "code" ? state.claims.email : form.get("email");
          const requested = await Auth.requestCode(String(typed ?? ""), config.clientOf(c.req.raw));
          if (!requested.ok) {
            const error: CodeError =
              requested.reason === "invalid_email"
                ? { type: "invalid_claim", key: "email", value: String(typed ?? "") }
                : { type: "too_many_requests", retryAfterSeconds: requested.retryAfterSeconds };
            return show(c, action === "resend" ? state : { type: "start" }, error);
          }
          const refused = await config.sendCode({ email: requested.email }, requested.code);
          if (refused) return show(c, { type: "start" }, refused);
          const next: CodeState = {
            type: "code",
            challengeId: requested.challengeId,
            resend: action === "resend",
            claims: { email: requested.email },
          };
          return show(c, next);
        }
        if (action === "verify" && state.type === "code") {
          const checked = await Auth.checkCode(state.challengeId, form.get("code")?.toString().slice(0, 20) ?? "");
          if (checked.ok) {
            await ctx.unset(c, "provider");
            return ctx.forward(c, await ctx.success(c, { claims: { email: checked.email } }));
          }
          const error: CodeError =
            checked.reason === "wrong_code"
              ? { type: "invalid_code", attemptsLeft: checked.attemptsLeft }
              : { type: "code_void" };
          return show(c, { ...state, resend: false }, error);
        }
        return show(c, { type: "start" });
      });
    },
  };
}
