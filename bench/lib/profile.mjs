// Summarises a V8 .cpuprofile: self time per function and per package, and time per keyway
// stage (a sample belongs to the innermost keyway frame on its stack, so library code that a
// stage calls counts for that stage).
import { readFileSync } from "node:fs";

export function summariseProfile(file, { top = 15 } = {}) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);

  const functions = new Map();
  const packages = new Map();
  const stages = new Map();
  for (const [id, us] of self) {
    const node = byId.get(id);
    const frame = node.callFrame;
    const where = location(frame);
    const key = `${frame.functionName || "(anonymous)"}  ${where}`;
    add(functions, key, us);
    add(packages, category(frame), us);
    add(stages, stageOf(id, byId, parent), us);
  }
  const ranked = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / totalUs }));
  return { totalMs: totalUs / 1000, functions: ranked(functions), packages: ranked(packages), stages: ranked(stages) };
}

function add(map, key, us) {
  map.set(key, (map.get(key) ?? 0) + us);
}

function location({ url, lineNumber }) {
  if (!url) return "";
  const path = url.replace(/^file:\/\//, "");
  const modules = path.lastIndexOf("/node_modules/");
  const short = modules >= 0 ? path.slice(modules + "/node_modules/".length) : path.replace(/^.*?\/(dist|runtime)\//, "$1/");
  return `${short}:${lineNumber + 1}`;
}

function category({ url, functionName }) {
  if (!url) return functionName || "(native)";
  if (url.startsWith("node:")) return "node internals";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "/node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const stage = url.match(/\/dist\/generator\/(?:([^/]+)\/)?/);
  if (stage) return `keyway ${stage[1] ?? "(top level)"}`;
  return "other";
}

function stageOf(id, byId, parent) {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { url } = byId.get(at).callFrame;
    const match = url.match(/\/dist\/generator\/(?:([^/]+)\/)?([^/]+)\.js$/);
    if (match) return match[1] ? `keyway ${match[1]}/` : `keyway ${match[2]}.ts`;
  }
  // Work resumed from a promise (an awaited prettier.format, say) has no keyway frame
  // left on its stack: name it by the package whose code ran.
  const leaf = byId.get(id).callFrame;
  if (!leaf.url) return leaf.functionName || "(native)";
  return `${category(leaf)}, no keyway frame on the stack`;
}
