/**
 * The employer space's pages, in the order of its navigation: a page adds its line here and its
 * route in `EmployerRoutes.tsx`. `label` is a key of the `employers` namespace; `needsAccess`
 * hides the link while the subscription does not open the space.
 */
export const employerNav: { to: string; label: string; needsAccess?: boolean }[] = [
  { to: "/employer", label: "nav.home" },
  { to: "/employer/referrals", label: "nav.referrals", needsAccess: true },
  { to: "/employer/jobs", label: "jobs:space.nav", needsAccess: true },
  { to: "/employer/kit", label: "jobs:kit.nav" },
  { to: "/employer/billing", label: "nav.billing" },
  { to: "/employer/people", label: "nav.people" },
];
