// BENCHMARKS.md from bench/results/latest.json: the tables, the chart, and issue 6's targets
// judged against the numbers of this run.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH } from "./paths.mjs";
import { allTools } from "./tools.mjs";
import { graphSection, issue14Targets, watchSection, webBundleSection } from "./report-issue14.mjs";

const NOTES = join(BENCH, "NOTES.md");
const s = (ms) => (ms == null ? "–" : (ms / 1000).toFixed(2));
const mib = (v) => (v == null ? "–" : v.toFixed(0));
const x = (v) => (v == null || !Number.isFinite(v) ? "–" : `${v.toFixed(2)}×`);
const label = (id) => allTools.find((t) => t.id === id)?.label ?? id;
const emits = (id) => allTools.find((t) => t.id === id)?.emits ?? "";
const day = (iso) => iso?.replace("T", " ").replace(/\.\d+Z$/, " UTC") ?? "–";

export function writeReport(results, file) {
  writeFileSync(file, render(results));
}

function render(results) {
  const { meta, sections } = results;
  const out = [];
  out.push("# Benchmarks", "");
  out.push(
    "Produced by `npm run bench` (bench/run.mjs; raw numbers in [bench/results/latest.json](bench/results/latest.json)).",
    "Every time is a whole process, spawn to exit; every memory figure is the peak RSS of that process.",
    "Tools run alternately, one warm-up then counted runs; tables show medians and keyway's ratio to",
    "each peer from the same batch (below 1.00× keyway is faster or leaner). Benchmarks report;",
    "tests never assert on wall-clock time.",
    "",
  );
  out.push("## Machine and versions", "");
  const m = meta.machine;
  out.push(
    `- Run: ${day(meta.date)}; keyway ${meta.versions.keyway} at ${m.keywayCommit}${m.keywayDirty ? " (with uncommitted changes in the tree)" : ""}; build ${meta.keywayBuild.ok ? "ok" : `failed (${meta.keywayBuild.tail})`}`,
    ...(meta.partialRuns ?? []).map((r) => `- Later partial run (${r.sections.join(", ")}): ${day(r.date)} at ${r.keywayCommit}; its sections carry that date`),
    `- Machine: ${m.cpus} cores (${m.cpuModel}${m.topology ? `; ${m.topology}` : ""}), ${m.memoryGiB} GiB memory, ${m.platform}, Node ${m.node}`,
    `- Peak RSS measured with ${meta.rssMethod === "gnu-time" ? "GNU time (`%M`, the kernel's maxrss of the process)" : "a preload recording process.resourceUsage().maxRSS"}; ${meta.typescript}`,
    `- Noise: a 2-core machine shared with other work (load average ${m.loadAtStart?.join(" / ") ?? "?"} at the start, ${m.loadAtEnd?.join(" / ") ?? "?"} at the end, 1/5/15 min); alternating runs put the load on every tool alike, but absolute times run high when the load is above 2, and differences under ~10% are within noise.`,
    "",
    "| tool | version | emits |",
    "|---|---|---|",
    ...allTools.map((t) => `| ${t.label} | ${meta.versions[t.id] ?? "–"} | ${t.emits} |`),
    "",
    "Peers are pinned to the newest versions whose `engines` allow Node 20: @hey-api/openapi-ts 0.96+ and orval 7.14+ require Node ≥ 22.",
    "Their configurations are in bench/peers/ (defaults otherwise; none of them formats with prettier by default).",
    "",
  );

  out.push(...summary(sections));
  out.push("## Issue 14 targets", "", "| target | measured | status |", "|---|---|---|");
  for (const t of issue14Targets(sections)) out.push(`| ${t.target} | ${t.measured} | ${t.status} |`);
  out.push("");
  out.push("## Issue 6 targets (the previous round's)", "", "| target | measured | status |", "|---|---|---|");
  for (const t of targets(sections)) out.push(`| ${t.target} | ${t.measured} | ${t.status} |`);
  out.push("");
  // The one part written by hand: what the numbers mean and what to do about them.
  if (existsSync(NOTES)) out.push(readFileSync(NOTES, "utf8").trim(), "");

  if (sections.generation) out.push(...generation(sections.generation));
  if (sections.tsc) out.push(...typecheck(sections.tsc));
  if (sections.unchanged) out.push(...unchanged(sections.unchanged, sections.generation));
  if (sections.watch) out.push(...watchSection(sections.watch));
  if (sections.webBundle) out.push(...webBundleSection(sections.webBundle));
  if (sections.graph) out.push(...graphSection(sections.graph));
  if (sections.scaling) out.push(...scaling(sections.scaling));
  if (sections.runtime || sections.size) out.push(...runtime(sections.runtime, sections.size));
  if (sections.profile) out.push(...profile(sections.profile));
  return `${out.join("\n")}\n`;
}

function generation(section) {
  const load = section.load ? ` Load average (1/5/15 min) ${section.load.start.join(" / ")} at the start, ${section.load.end.join(" / ")} at the end.` : "";
  const out = ["## Generating a client", "", `Medians of ${section.runs} runs after ${section.warmup} warm-up, measured ${day(section.measuredAt)}.${load}`, ""];
  out.push("CPU time is user + system of the whole process, every thread: what a small shared CI runner pays.", "");
  for (const [doc, rows] of Object.entries(section.docs)) {
    const kw = rows.find((r) => r.tool === "keyway");
    out.push(`### ${doc}`, "", "| tool | wall time (s) | CPU time (s) | peak RSS (MiB) | keyway ÷ tool, time | keyway ÷ tool, CPU | keyway ÷ tool, memory |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const row of rows) {
      if (!row.ok) {
        out.push(`| ${label(row.tool)} | failed | – | – | – | – | – |`);
        continue;
      }
      const peer = row.tool !== "keyway" && kw?.ok;
      const cpu = peer && kw.medianCpuMs && row.medianCpuMs ? x(kw.medianCpuMs / row.medianCpuMs) : "";
      out.push(`| ${label(row.tool)} | ${s(row.medianMs)} | ${s(row.medianCpuMs)} | ${mib(row.medianRssMiB)} | ${peer ? x(kw.medianMs / row.medianMs) : ""} | ${cpu} | ${peer ? x(kw.medianRssMiB / row.medianRssMiB) : ""} |`);
    }
    const failures = rows.filter((r) => !r.ok);
    for (const f of failures) out.push("", `${label(f.tool)} failed: \`${oneLine(f.error)}\``);
    out.push("");
  }
  return out;
}

function typecheck(section) {
  const oat = section.rows.find((r) => r.tool === "openapi-typescript");
  const out = [
    "## Type-checking the generated GitHub client",
    "",
    "`tsc --strict --noEmit` (skipLibCheck, bundler resolution, lib ES2022 + DOM) over each tool's GitHub output;",
    `medians of ${section.runs} runs after ${section.warmup} warm-up. Ratio: the client's time ÷ openapi-typescript's types alone.`,
    "",
    "Lines, types and instantiations from one `--extendedDiagnostics` run say where the difference comes from.",
    "",
    "| tool | tsc time (s) | peak RSS (MiB) | ÷ types alone | errors | lines | types | instantiations | first error |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  const n = (v) => (Number.isFinite(v) ? v.toLocaleString("en-US") : "–");
  for (const row of section.rows) {
    if (row.missing) {
      out.push(`| ${label(row.tool)} | – | – | – | – | – | – | – | no generated client |`);
      continue;
    }
    out.push(`| ${label(row.tool)} | ${s(row.medianMs)} | ${mib(row.medianRssMiB)} | ${oat?.medianMs ? x(row.medianMs / oat.medianMs) : "–"} | ${row.errors} | ${n(row.diagnostics?.lines)} | ${n(row.diagnostics?.types)} | ${n(row.diagnostics?.instantiations)} | ${row.firstErrors?.[0] ? `\`${oneLine(row.firstErrors[0]).slice(0, 110)}\`` : ""} |`);
  }
  out.push("");
  return out;
}

function unchanged(section, gen) {
  const out = ["## Re-running on an unchanged document", ""];
  if (!section.ok) return [...out, `keyway failed: \`${oneLine(section.error)}\``, ""];
  const cold = gen?.docs?.["github.json"]?.find((r) => r.tool === "keyway");
  const cached = section.rewritten === 0 && cold?.ok && section.medianMs < 0.5 * cold.medianMs;
  out.push(
    `keyway run a second time on github.json into the same output: median ${s(section.medianMs)} s, ${mib(section.medianRssMiB)} MiB peak`,
    `(${section.runs} runs), against ${cold?.ok ? `${s(cold.medianMs)} s` : "–"} for a fresh output. ${section.rewritten} of ${section.files} files had a new mtime afterwards:`,
    cached
      ? "the re-run took keyway's cached path (the input-hash check against the marker file in the output) and rewrote nothing."
      : "the re-run did not take a cached path; it regenerated.",
    "",
  );
  return out;
}

function scaling(section) {
  const out = [
    "## Scaling with document size",
    "",
    "Synthetic documents from bench/lib/synthetic.mjs (deterministic: five operations per resource with",
    "path, query, header and deepObject parameters, JSON and form bodies, $refs to shared and",
    "neighbouring schemas, error responses by reference, bearer/apiKey/oauth2 security with OR, AND and",
    "public operations). openapi-typescript runs beside keyway as a reference. Larger sizes use fewer runs",
    "and no warm-up to keep the bench bounded; see the runs column.",
    "",
    "![generation time and memory against document size](bench/results/scaling.svg)",
    "",
    "| operations | document (MB) | runs | keyway (s) | keyway (MiB) | keyway ms per added operation | openapi-typescript (s) | openapi-typescript (MiB) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  let previous = null;
  for (const size of section.sizes) {
    const kw = size.rows.find((r) => r.tool === "keyway");
    const oat = size.rows.find((r) => r.tool === "openapi-typescript");
    const marginal = previous && kw?.ok && previous.ok ? (kw.medianMs - previous.medianMs) / (size.n - previous.n) : null;
    out.push(
      `| ${size.n.toLocaleString("en-US")} | ${(size.bytes / 1e6).toFixed(1)} | ${size.warmup ? `${size.warmup}+` : ""}${size.runs} | ${kw?.ok ? s(kw.medianMs) : kw?.skipped ? "skipped" : "failed"} | ${kw?.ok ? mib(kw.medianRssMiB) : "–"} | ${marginal == null ? "–" : marginal.toFixed(3)} | ${oat?.ok ? s(oat.medianMs) : oat?.skipped ? "skipped" : "failed"} | ${oat?.ok ? mib(oat.medianRssMiB) : "–"} |`,
    );
    previous = kw ? { ...kw, n: size.n } : null;
  }
  out.push("");
  for (const size of section.sizes) {
    for (const row of size.rows.filter((r) => !r.ok)) out.push(`- ${size.n.toLocaleString("en-US")} operations, ${row.tool}: \`${oneLine(row.error)}\``);
  }
  out.push("");
  return out;
}

function runtime(overhead, size) {
  const out = ["## The runtime", ""];
  if (overhead) {
    out.push(
      "Per-call time of the runtime's `request()` against a bare axios call that puts the same request on the",
      "wire (checked), to a node:http server on 127.0.0.1; sequential calls, blocks alternating, after warm-up.",
      "",
    );
    if (overhead.variants?.length) {
      out.push("| call | bare axios (µs) | keyway runtime (µs) | ratio of medians | median of paired ratios |", "|---|---:|---:|---:|---:|");
      for (const v of overhead.variants) {
        const paired = v.pairedRatio === undefined ? "–" : x(v.pairedRatio);
        out.push(v.ok ? `| ${v.label} | ${v.bareUs.toFixed(1)} | ${v.keywayUs.toFixed(1)} | ${x(v.ratio)} | ${paired} |` : `| ${v.label} | – | failed: \`${oneLine(v.error)}\` | – | – |`);
      }
      out.push(
        "",
        `${overhead.blocks} blocks of ${overhead.calls} calls per side after ${overhead.warmup} warm-up calls each; medians of the blocks.`,
        "A paired ratio is one block's keyway time over the bare block run right before it, which cancels load drifting over the run.",
        "",
      );
    } else {
      out.push(`failed: \`${oneLine(overhead.error)}\``, "");
    }
  }
  if (size) {
    if (size.ok && size.clients?.length) {
      out.push(
        "Size as users ship it: a client generated from a fixture, its index.ts bundled whole by esbuild (axios external,",
        "minified, gzip level 9), generated operations included, nothing subtracted. The petstore client is the figure",
        "held against the 4 KB target.",
        "",
        "| bundle | minified (B) | of which runtime/ (B) | min+gzip (B) |",
        "|---|---:|---:|---:|",
      );
      for (const c of size.clients) out.push(`| ${c.label}${c.id === size.target?.client ? " (target figure)" : ""} | ${c.minBytes.toLocaleString("en-US")} | ${c.runtimeMinBytes.toLocaleString("en-US")} | ${c.gzipBytes.toLocaleString("en-US")} |`);
      out.push(`| everything runtime/index.ts exports (reference; no client ships all of it) | ${size.minBytes.toLocaleString("en-US")} | ${size.minBytes.toLocaleString("en-US")} | ${size.gzipBytes.toLocaleString("en-US")} |`, "");
    } else {
      out.push(
        size.ok
          ? `Size: everything runtime/index.ts exports, bundled by esbuild with axios external and minified: ${size.minBytes.toLocaleString("en-US")} B, **${size.gzipBytes.toLocaleString("en-US")} B gzip** (level 9).`
          : `Size: the bundle failed: \`${oneLine(size.error)}\``,
        "",
      );
    }
    if (size.modules?.length) {
      out.push("Minified bytes per runtime module in the all-exports bundle (before gzip; the 12 largest of " + size.modules.length + "):", "", "| module | bytes | share |", "|---|---:|---:|");
      for (const mod of size.modules.slice(0, 12)) out.push(`| ${mod.path} | ${mod.bytes.toLocaleString("en-US")} | ${((mod.bytes / size.minBytes) * 100).toFixed(1)}% |`);
      out.push("");
    }
  }
  return out;
}

function profile(section) {
  const out = ["## Where keyway's time goes", ""];
  if (!section.ok) return [...out, `Not profiled: \`${oneLine(section.error)}\``, ""];
  out.push(`\`${section.command}\`, measured ${day(section.measuredAt)}: github.json once into an empty folder, then once`,
    "more unchanged into the same folder (the cached path), and the largest synthetic document once. Self time",
    "from the V8 sampling profiler; the profiler slows the run, so sampled totals run above the medians in the",
    "tables. `(idle)` is a thread waiting (the main thread on its worker), not cost.", "");
  for (const t of section.threads) {
    out.push(`### ${t.run}, ${t.thread} thread: ${(t.totalMs / 1000).toFixed(2)} s sampled`, "");
    out.push("By stage (a sample counts for the innermost keyway frame on its stack):", "", "| stage | ms | share |", "|---|---:|---:|");
    for (const r of t.stages.slice(0, 10)) out.push(`| ${r.name} | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)}% |`);
    out.push("", "By package (self time):", "", "| package | ms | share |", "|---|---:|---:|");
    for (const r of t.packages.slice(0, 10)) out.push(`| ${r.name} | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)}% |`);
    out.push("", "Top functions (self time):", "", "| function | ms | share |", "|---|---:|---:|");
    for (const r of t.functions.slice(0, 15)) out.push(`| \`${r.name}\` | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)}% |`);
    out.push("");
  }
  return out;
}

/** The few lines a reader needs before the tables, all derived from this run's numbers. */
function summary(sections) {
  const out = ["## Summary", ""];
  const gh = sections.generation?.docs?.["github.json"];
  const kw = gh?.find((r) => r.tool === "keyway");
  const peers = (gh ?? []).filter((r) => r.tool !== "keyway" && r.ok).sort((a, b) => a.medianMs - b.medianMs);
  if (kw?.ok && peers.length) {
    const faster = peers.filter((p) => p.medianMs < kw.medianMs);
    out.push(
      `- GitHub: keyway ${s(kw.medianMs)} s / ${mib(kw.medianRssMiB)} MiB; fastest peer ${label(peers[0].tool)} ${s(peers[0].medianMs)} s / ${mib(peers[0].medianRssMiB)} MiB. ` +
        (faster.length ? `${faster.length} of ${peers.length} peers are faster.` : `keyway is the fastest of ${peers.length + 1}.`),
    );
  } else if (gh) {
    out.push(`- GitHub: keyway failed (\`${oneLine(kw?.error)}\`).`);
  }
  const main = sections.profile?.threads?.filter((t) => t.run === "github.json, fresh output") ?? [];
  if (main.length) {
    const total = main.reduce((a, t) => a + t.totalMs, 0);
    const merged = new Map();
    // (idle) is a thread waiting (the main thread on its worker): not cost.
    for (const t of main) for (const p of t.packages) if (p.name !== "(idle)") merged.set(p.name, (merged.get(p.name) ?? 0) + p.ms);
    const busy = [...merged.values()].reduce((a, b) => a + b, 0);
    const top = [...merged.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    out.push(
      `- Profile of keyway on GitHub (${main.length} thread${main.length > 1 ? "s" : ""}, ${(busy / 1000).toFixed(1)} s busy of ${(total / 1000).toFixed(1)} s sampled): ` +
        top.map(([name, ms]) => `${name} ${((ms / busy) * 100).toFixed(0)}%`).join(", ") +
        ". Details under “Where keyway's time goes”.",
    );
  }
  for (const [issue, list] of [["14", issue14Targets(sections)], ["6", targets(sections)]]) {
    const met = list.filter((t) => t.status === "**met**").length;
    out.push(`- Targets of issue ${issue}: ${met} of ${list.length} met in this run.`);
  }
  out.push("");
  return out;
}

function targets(sections) {
  const gen = sections.generation?.docs ?? {};
  const row = (doc, tool) => gen[doc]?.find((r) => r.tool === tool);
  const gh = row("github.json", "keyway");
  const ghPeers = (gen["github.json"] ?? []).filter((r) => r.tool !== "keyway" && r.ok);
  const oat = row("github.json", "openapi-typescript");
  const stripe = row("stripe.json", "keyway");
  const list = [];
  const judge = (target, measured, met, known = true) =>
    list.push({ target, measured: known ? measured : "not in this run", status: !known ? "not measured" : met ? "**met**" : "not met" });

  judge("GitHub full client ≤ 2.0 s median", gh?.ok ? `${s(gh.medianMs)} s` : "keyway failed", gh?.medianMs <= 2000, !!gen["github.json"]);
  judge("GitHub ≤ 300 MiB peak", gh?.ok ? `${mib(gh.medianRssMiB)} MiB` : "keyway failed", gh?.medianRssMiB <= 300, !!gen["github.json"]);
  const slowest = gh?.ok ? ghPeers.filter((p) => p.medianMs <= gh.medianMs).map((p) => p.tool) : [];
  judge(
    "GitHub faster than every peer in the same batch",
    gh?.ok ? (slowest.length ? `slower than ${slowest.join(", ")}` : `fastest of ${ghPeers.length + 1}`) : "keyway failed",
    gh?.ok && slowest.length === 0,
    !!gen["github.json"],
  );
  judge("GitHub ≤ 0.6× openapi-typescript's CLI", gh?.ok && oat?.ok ? x(gh.medianMs / oat.medianMs) : "–", gh?.ok && oat?.ok && gh.medianMs / oat.medianMs <= 0.6, !!gen["github.json"]);
  judge("Stripe ≤ 1.2 s", stripe?.ok ? `${s(stripe.medianMs)} s` : "keyway failed", stripe?.medianMs <= 1200, !!gen["stripe.json"]);
  const un = sections.unchanged;
  judge("Unchanged document re-run ≤ 0.3 s", un?.ok ? `${s(un.medianMs)} s` : "keyway failed", un?.medianMs <= 300, !!un);

  const sc = sections.scaling;
  for (const [key, what, unit] of [["medianMs", "time", "ms"], ["medianRssMiB", "memory", "MiB"]]) {
    const lin = linearity(sc, key);
    judge(
      `${what} grows linearly from 1,000 to 50,000 operations`,
      lin?.segments ? `per added operation: ${lin.segments.map((g) => `${g.from / 1000}k→${g.to / 1000}k ${fmtSmall(g.slope)} ${unit}`).join(", ")}` : `keyway at ${lin?.missing?.join(", ") ?? "–"}`,
      lin?.ok,
      // A size that failed or was skipped as too slow counts against the target; one not run does not.
      !!sc && (!!lin?.segments || lin.missing.some((m) => !m.endsWith("not run"))),
    );
  }
  const tsc = sections.tsc?.rows ?? [];
  const tk = tsc.find((r) => r.tool === "keyway");
  const to = tsc.find((r) => r.tool === "openapi-typescript");
  judge("tsc over the GitHub client ≤ 1.15× openapi-typescript's types", tk?.medianMs && to?.medianMs ? x(tk.medianMs / to.medianMs) : "keyway failed", tk?.medianMs / to?.medianMs <= 1.15, !!sections.tsc);
  judge("tsc over the GitHub client: 0 errors", tk?.errors != null ? `${tk.errors} errors` : "keyway failed", tk?.errors === 0, !!sections.tsc);
  const rt = sections.runtime;
  const worst = rt?.variants?.every((v) => v.ok) ? Math.max(...rt.variants.map((v) => v.ratio)) : null;
  judge("Runtime overhead per call ≤ 1.05× bare axios", worst != null ? `${x(worst)} (worst call shape)` : "runtime failed", worst != null && worst <= 1.05, !!rt);
  const size = sections.size;
  const shipped = size?.target?.gzipBytes ?? size?.gzipBytes;
  const what = size?.target ? `${size.target.client} client` : "all exports";
  judge("Runtime ≤ 4 KB min+gzip (4,096 B)", size?.ok ? `${shipped.toLocaleString("en-US")} B (${what})` : "bundle failed", size?.ok && shipped <= 4096, !!size);
  return list;
}

/**
 * Linear means no size where the cost of each added operation jumps: the marginal cost from
 * 10,000 to 50,000 is at most 1.5× the marginal cost from 1,000 to 10,000 (fixed start-up cost
 * makes the plain per-operation average fall with size, so the average can not show this).
 */
function linearity(section, key) {
  const pick = (n) => section?.sizes.find((z) => z.n === n)?.rows.find((r) => r.tool === "keyway");
  const points = [1000, 10000, 50000].map((n) => ({ n, row: pick(n) }));
  const missing = points.filter((p) => !p.row?.ok).map((p) => `${p.n.toLocaleString("en-US")}: ${p.row?.skipped ? "skipped" : p.row ? "failed" : "not run"}`);
  if (missing.length) return { missing };
  const segments = [0, 1].map((i) => ({
    from: points[i].n,
    to: points[i + 1].n,
    slope: (points[i + 1].row[key] - points[i].row[key]) / (points[i + 1].n - points[i].n),
  }));
  return { segments, ok: segments[1].slope <= 1.5 * Math.max(segments[0].slope, 1e-9) };
}

function fmtSmall(v) {
  return Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2);
}

function oneLine(text) {
  return String(text ?? "").replace(/\s+/g, " ").replace(/`/g, "'").slice(0, 200);
}
