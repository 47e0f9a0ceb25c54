import { lazy, Suspense } from "react";
import { Route } from "react-router";
import { Loading } from "../../../ui/Loading";

// Opened at the door on a phone: the scanner's library comes with the page, not with the console.
const CheckInEvents = lazy(() => import("./CheckInEvents"));
const CheckInPage = lazy(() => import("./CheckInPage"));

/** Bienvenue's check-in at the door, placed among the console's routes. */
export const checkInRoutes = (
  <>
    <Route
      path="bienvenue/checkin"
      element={
        <Suspense fallback={<Loading />}>
          <CheckInEvents />
        </Suspense>
      }
    />
    <Route
      path="bienvenue/checkin/:eventId"
      element={
        <Suspense fallback={<Loading />}>
          <CheckInPage />
        </Suspense>
      }
    />
  </>
);
