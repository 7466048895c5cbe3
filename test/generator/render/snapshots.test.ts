// Per-file snapshots of one small fixture's rendered output (before prettier), beside the
// type-check and live tests: a template change shows up here as a reviewable diff. The
// runtime/ files are copied verbatim and are not snapshotted. Update with `vitest -u`.
import { describe, expect, test } from "vitest";
import { loadDocument } from "../../../generator/load/index.js";
import { buildModel } from "../../../generator/model/index.js";
import { renderFiles, renderSchemaFile } from "../../../generator/render/index.js";
import { renderSchemaTypes } from "../../../generator/types/index.js";
import { ROOT } from "../load/helpers.js";

const FIXTURE = "fixtures/render/template-branches.yaml";
// Fixed, so a release or a fixture comment does not churn every snapshot.
const header = { version: "0.0.0-snapshot", sha256: "fixture" };

describe(`rendered files of ${FIXTURE}`, async () => {
  const { document } = await loadDocument(FIXTURE, { cwd: ROOT });
  const { model, warnings } = buildModel(document);
  const schema = renderSchemaFile(header, renderSchemaTypes(document));

  test("the fixture builds without warnings", () => {
    expect(warnings).toEqual([]);
  });

  for (const groupBy of ["none", "tag"] as const) {
    // schema.ts does not depend on --group-by: snapshotted once.
    const rendered = [...renderFiles({ model, groupBy, header }), ...(groupBy === "none" ? [schema] : [])];
    const files = rendered.filter((file) => !file.path.startsWith("runtime/"));
    test.each(files.map((file) => ({ path: file.path, contents: file.contents })))(`--group-by ${groupBy}: $path`, async ({ path, contents }) => {
      await expect(contents).toMatchFileSnapshot(`__snapshots__/group-by-${groupBy}/${path}.snap`);
    });
  }
});
