// A small log-log line chart in plain SVG: one panel for time, one for peak memory.
const COLORS = ["#d9480f", "#1c7ed6", "#2f9e44", "#7048e8"];
const W = 460;
const H = 340;
const PAD = { left: 62, right: 30, top: 40, bottom: 52 };

/**
 * @param {{ title: string, series: { name: string, points: { n: number, seconds: number|null, rssMiB: number|null }[] }[] }} chart
 */
export function scalingChart({ title, series }) {
  const panels = [
    { key: "seconds", label: "wall time (s)", x: 0 },
    { key: "rssMiB", label: "peak RSS (MiB)", x: W },
  ].map((panel) => drawPanel(panel, series));
  const legend = series
    .map((s, i) => {
      const failed = !s.points.some((p) => p.seconds !== null);
      const x = 70 + i * 330;
      return `<line x1="${x}" y1="${H + 18}" x2="${x + 24}" y2="${H + 18}" stroke="${COLORS[i]}" stroke-width="2.5"/>` +
        `<text x="${x + 30}" y="${H + 22}">${esc(s.name)}${failed ? " (failed: no points)" : ""}</text>`;
    })
    .join("");
  const guide = `<line x1="70" y1="${H + 40}" x2="94" y2="${H + 40}" stroke="#868e96" stroke-dasharray="4 3"/>` +
    `<text x="100" y="${H + 44}">proportional to operations, through the first series at 1,000 (a curve steeper than this line grows faster than linearly)</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 56}" viewBox="0 0 ${2 * W} ${H + 56}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${W}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>
${panels.join("\n")}
${legend}${guide}
</svg>
`;
}

function drawPanel({ key, label, x: ox }, series) {
  const xs = series.flatMap((s) => s.points.map((p) => p.n));
  const ys = series.flatMap((s) => s.points.map((p) => p[key])).filter((v) => v > 0);
  if (!xs.length || !ys.length) return `<text x="${ox + W / 2}" y="${H / 2}" text-anchor="middle">${esc(label)}: no data</text>`;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = niceRange(Math.min(...ys), Math.max(...ys));
  const px = (n) => ox + PAD.left + ((Math.log10(n) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * (W - PAD.left - PAD.right);
  const py = (v) => H - PAD.bottom - ((Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * (H - PAD.top - PAD.bottom);
  const parts = [];
  parts.push(`<text x="${ox + W / 2}" y="${H - 12}" text-anchor="middle">operations in the document (log)</text>`);
  parts.push(`<text transform="translate(${ox + 16},${(H - PAD.bottom + PAD.top) / 2}) rotate(-90)" text-anchor="middle">${esc(label)} (log)</text>`);
  for (const n of [...new Set(xs)].sort((a, b) => a - b)) {
    parts.push(`<line x1="${px(n)}" y1="${PAD.top}" x2="${px(n)}" y2="${H - PAD.bottom}" stroke="#eee"/>`);
    parts.push(`<text x="${px(n)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${n.toLocaleString("en-US")}</text>`);
  }
  for (const v of ticks(y0, y1)) {
    parts.push(`<line x1="${ox + PAD.left}" y1="${py(v)}" x2="${ox + W - PAD.right}" y2="${py(v)}" stroke="#eee"/>`);
    parts.push(`<text x="${ox + PAD.left - 6}" y="${py(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  parts.push(`<rect x="${ox + PAD.left}" y="${PAD.top}" width="${W - PAD.left - PAD.right}" height="${H - PAD.top - PAD.bottom}" fill="none" stroke="#495057"/>`);
  const first = series.find((s) => s.points.some((p) => p.n === 1000 && p[key] > 0));
  const anchor = first?.points.find((p) => p.n === 1000);
  if (anchor) {
    const at = (n) => (anchor[key] * n) / 1000;
    const from = Math.max(x0, (y0 * 1000) / anchor[key]);
    const to = Math.min(x1, (y1 * 1000) / anchor[key]);
    if (to > from) parts.push(`<line x1="${px(from)}" y1="${py(at(from))}" x2="${px(to)}" y2="${py(at(to))}" stroke="#868e96" stroke-dasharray="4 3"/>`);
  }
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p[key] > 0).map((p) => [px(p.n), py(p[key])]);
    if (pts.length > 1) parts.push(`<polyline fill="none" stroke="${COLORS[i]}" stroke-width="2.5" points="${pts.map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" ")}"/>`);
    for (const [cx, cy] of pts) parts.push(`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="3.5" fill="${COLORS[i]}"/>`);
  });
  return `<g>\n${parts.join("\n")}\n</g>`;
}

function niceRange(min, max) {
  return [10 ** Math.floor(Math.log10(min)), 10 ** Math.ceil(Math.log10(max))];
}

function ticks(y0, y1) {
  const out = [];
  for (let decade = y0; decade <= y1; decade *= 10) {
    for (const m of [1, 2, 5]) if (decade * m <= y1) out.push(decade * m);
  }
  return out;
}

function fmt(v) {
  return v >= 1 ? v.toLocaleString("en-US") : String(Number(v.toPrecision(2)));
}

function esc(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
