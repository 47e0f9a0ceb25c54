import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useFormat } from "../format";

type Month = {
  month: string;
  enrolments: number;
  lettersSent: number;
  unsubscribes: number;
  dealsTaken: number;
  redemptions: number;
  pairsStarted: number;
  pairsEnded: number;
};

/**
 * The monthly outcomes over time, drawn with recharts (loaded with this page only). The charts
 * picture the table that follows them, which is what screen readers read.
 */
export default function OutcomeCharts({ byMonth }: { byMonth: Month[] }) {
  const { t } = useTranslation("bienvenue");
  const format = useFormat();
  const data = byMonth.map((row) => ({ ...row, label: format.month(row.month) }));
  const chart = (title: string, body: React.ReactElement) => (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true" style={{ inlineSize: "100%", blockSize: 260 }}>
        <ResponsiveContainer>{body}</ResponsiveContainer>
      </div>
    </figure>
  );
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" />
      <YAxis allowDecimals={false} />
      <Tooltip />
      <Legend />
    </>
  );
  return (
    <div className="charts">
      {chart(
        t("outcomes.chartEnrolments"),
        <BarChart data={data} accessibilityLayer={false}>
          {axes}
          <Bar dataKey="enrolments" name={t("outcomes.measures.enrolments")} fill="#1d4ed8" />
        </BarChart>,
      )}
      {chart(
        t("outcomes.chartLetters"),
        <LineChart data={data} accessibilityLayer={false}>
          {axes}
          <Line dataKey="lettersSent" name={t("outcomes.measures.lettersSent")} stroke="#1d4ed8" />
          <Line dataKey="unsubscribes" name={t("outcomes.measures.unsubscribes")} stroke="#b91c1c" />
        </LineChart>,
      )}
      {chart(
        t("outcomes.chartDeals"),
        <LineChart data={data} accessibilityLayer={false}>
          {axes}
          <Line dataKey="dealsTaken" name={t("outcomes.measures.dealsTaken")} stroke="#047857" />
          <Line dataKey="redemptions" name={t("outcomes.measures.redemptions")} stroke="#7c3aed" />
        </LineChart>,
      )}
      {chart(
        t("outcomes.chartPairs"),
        <BarChart data={data} accessibilityLayer={false}>
          {axes}
          <Bar dataKey="pairsStarted" name={t("outcomes.measures.pairsStarted")} fill="#047857" />
          <Bar dataKey="pairsEnded" name={t("outcomes.measures.pairsEnded")} fill="#6b7280" />
        </BarChart>,
      )}
    </div>
  );
}
