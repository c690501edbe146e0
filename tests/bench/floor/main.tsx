import { useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// The benchmark's floor: the least any app on this stack can ship. React and one Recharts line
// and one bar chart, fed from the same JSON file as the dashboard (fetched at start), with no
// validation, routing, settings or wording. The dashboard's bytes and timings are read against it.

interface Observation {
  metric: string;
  year: number;
  value: number;
}
interface Point {
  year: number;
  value: number;
}

function seriesOf(observations: readonly Observation[], metric: string): Point[] {
  return observations
    .filter((o) => o.metric === metric)
    .map(({ year, value }) => ({ year, value }))
    .sort((a, b) => a.year - b.year);
}

function Figure({ title, children }: { title: string; children: ReactElement }) {
  return (
    <figure>
      <figcaption>{title}</figcaption>
      <div className="chart-body" style={{ height: 240 }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function Floor() {
  const [observations, setObservations] = useState<Observation[] | null>(null);
  useEffect(() => {
    void fetch('data.json')
      .then((r) => r.json() as Promise<{ observations: Observation[] }>)
      .then((d) => setObservations(d.observations));
  }, []);
  if (!observations) return <p>Loading…</p>;
  const requests = seriesOf(observations, 'jsjb_requests');
  const rate = seriesOf(observations, 'jsjb_resolution_rate');
  return (
    <>
      <Figure title="接诉即办 诉求量">
        <LineChart data={requests}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="year" />
          <YAxis />
          <Tooltip />
          <Line dataKey="value" isAnimationActive={false} />
        </LineChart>
      </Figure>
      <Figure title="接诉即办 解决率">
        <BarChart data={rate}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="year" />
          <YAxis />
          <Tooltip />
          <Bar dataKey="value" fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </Figure>
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <main>
      <h1>Floor app</h1>
      <Floor />
    </main>,
  );
