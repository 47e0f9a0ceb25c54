import type { Auth } from "../../api";
import { newcomerAuth } from "../newcomerAuth";

/** The employer space signs its calls like the portal and says so, for the edge to find the employer. */
export const employerAuth: Auth = { ...newcomerAuth, space: "employer" };
