// isApiError(e, "getTodo") (runtime/operation-errors.ts): true only for that operation's
// ApiError with a status the document declares, so narrowing to those responses holds.
import { expect, test } from "vitest";
import { ApiError } from "../../../runtime/errors.js";
import type { DeclaredErrorsDescriptor as DeclaredErrors } from "../../../runtime/descriptors.js";
import { isDeclaredError } from "../../../runtime/operation-errors.js";

const declared: DeclaredErrors = {
  getTodo: ["getTodo", "get", "/todos/{id}", ["404", "5XX"]],
  addTodo: ["addTodo", "post", "/todos", ["default"]],
  // A repeated operationId (the model renamed the second method).
  getTodo2: ["getTodo", "get", "/v2/todos/{id}", ["410"]],
};
const error = (status: number, path = "/todos/{id}", operationId = "getTodo", method: "get" | "post" = "get") =>
  new ApiError({ status, data: null, headers: {}, operationId, method, path });

test.each([
  { what: "a declared code", value: error(404), operation: "getTodo", is: true },
  { what: "a status in a declared range", value: error(503), operation: "getTodo", is: true },
  { what: "a status the operation does not declare", value: error(400), operation: "getTodo", is: false },
  { what: "`default` covers any status", value: error(409, "/todos", "addTodo", "post"), operation: "addTodo", is: true },
  { what: "another operation's error", value: error(404), operation: "addTodo", is: false },
  { what: "the same operationId on another path", value: error(410, "/v2/todos/{id}"), operation: "getTodo", is: false },
  { what: "…which is its own method's", value: error(410, "/v2/todos/{id}"), operation: "getTodo2", is: true },
  { what: "not an ApiError", value: Object.assign(new Error("x"), { status: 404 }), operation: "getTodo", is: false },
  { what: "an unknown operation name", value: error(404), operation: "toString", is: false },
])("$what: $is", ({ value, operation, is }) => {
  expect(isDeclaredError(value, declared, operation)).toBe(is);
});
