import { Route, Routes } from "react-router";
import type { PortalProfile } from "../types";
import { ArticlePage } from "./ArticlePage";
import { GuidePage } from "./GuidePage";

/** The welcome guide (/guide) and its articles, each at a shareable address (/guide/:slug). */
export default function GuideRoutes({ profile }: { profile: PortalProfile }) {
  return (
    <Routes>
      <Route index element={<GuidePage profile={profile} />} />
      <Route path=":slug" element={<ArticlePage profile={profile} />} />
    </Routes>
  );
}
