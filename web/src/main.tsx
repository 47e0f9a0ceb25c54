import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { isPortalHost } from "./host";
import "./styles.css";

// Newcomers on a portal never download the sign-in client, the sign-up form or the console.
const PortalApp = lazy(() => import("./portal/PortalApp"));
const PlatformHost = lazy(() => import("./PlatformHost"));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <Suspense fallback={null}>{isPortalHost() ? <PortalApp /> : <PlatformHost />}</Suspense>
  </StrictMode>,
);
