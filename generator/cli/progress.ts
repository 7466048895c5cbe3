// A spinner on a terminal, shown only once a run has taken a second: short runs stay silent
// and pipes and CI logs never see control characters. Rendering is mostly synchronous work,
// so the spinner advances between stages rather than smoothly.
import type { Output } from "./report.js";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
export const PROGRESS_DELAY_MS = 1000;

export function startProgress(stream: Output, label: string, enabled: boolean): { stop(): void } {
  if (!enabled || !stream.isTTY) return { stop() {} };
  const started = Date.now();
  let frame = 0;
  let shown = false;
  const timer = setInterval(() => {
    const elapsed = Date.now() - started;
    if (elapsed < PROGRESS_DELAY_MS) return;
    shown = true;
    stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} generating ${label} ${(elapsed / 1000).toFixed(1)}s`);
  }, 100);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
