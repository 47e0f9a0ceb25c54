import { Route } from "react-router";
import { AmbassadorsPage } from "./AmbassadorsPage";
import { DealsPage } from "./DealsPage";
import { EventPage } from "./EventPage";
import { EventsPage } from "./EventsPage";
import { FlyersPage } from "./FlyersPage";
import { LettersPage } from "./LettersPage";
import { NewEventPage } from "./NewEventPage";
import { OutcomesPage } from "./OutcomesPage";

/** Bienvenue's console pages, placed among the console's routes. */
export const bienvenueRoutes = (
  <>
    <Route path="bienvenue" element={<EventsPage />} />
    <Route path="bienvenue/events/new" element={<NewEventPage />} />
    <Route path="bienvenue/events/:eventId" element={<EventPage />} />
    <Route path="bienvenue/letters" element={<LettersPage />} />
    <Route path="bienvenue/bons-plans" element={<DealsPage />} />
    <Route path="bienvenue/ambassadors" element={<AmbassadorsPage />} />
    <Route path="bienvenue/flyers" element={<FlyersPage />} />
    <Route path="bienvenue/outcomes" element={<OutcomesPage />} />
  </>
);
