import "./bienvenue.css";
import { lazy } from "react";
import { Route, Routes } from "react-router";
import { PageNotFound } from "../PageNotFound";
import type { PortalProfile } from "../types";
import EventPage from "./EventPage";
import EventsPage from "./EventsPage";
import MyBienvenuePage from "./MyBienvenuePage";

// Forms are downloaded by those who fill them in; the events and My Bienvenue come with the section.
const EnrolPage = lazy(() => import("./EnrolPage"));
const PreferencesPage = lazy(() => import("./PreferencesPage"));
const MonthPage = lazy(() => import("./MonthPage"));
const DealsPage = lazy(() => import("./DealsPage"));
const VolunteerPage = lazy(() => import("./VolunteerPage"));
const BuddyPage = lazy(() => import("./BuddyPage"));

/** The Bienvenue programme on the portal (/bienvenue): paths are the ones its e-mails link to. */
export default function BienvenueRoutes({ profile }: { profile: PortalProfile }) {
  return (
    <Routes>
      <Route index element={<MyBienvenuePage profile={profile} />} />
      <Route path="join" element={<EnrolPage profile={profile} />} />
      <Route path="preferences" element={<PreferencesPage profile={profile} />} />
      <Route path="events" element={<EventsPage profile={profile} />} />
      <Route path="events/month/:month?" element={<MonthPage profile={profile} />} />
      <Route path="events/:eventId" element={<EventPage profile={profile} />} />
      <Route path="bons-plans" element={<DealsPage profile={profile} />} />
      <Route path="ambassadors" element={<VolunteerPage profile={profile} />} />
      <Route path="buddy" element={<BuddyPage profile={profile} />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  );
}
