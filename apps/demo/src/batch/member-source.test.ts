import { describe, expect, it } from "vitest";
import { memberSource } from "./member-source.js";

describe("memberSource", () => {
  it.each([
    ['{"id":12345678901234567890,"text":"x"}', "12345678901234567890"],
    ['{ "text" : "a, \\"id\\": 1}", "id" :\r\n -0.50e+3 }', "-0.50e+3"],
    ['{"meta":{"id":7,"list":[1,{"id":8}]},"id":9}', "9"],
    ['{"id":1,"id":2}', "2"],
    ['{"\\u0069d":1.10}', "1.10"],
    ['{"id":"a\\"b"}', '"a\\"b"'],
    ['{"id":[1,"]",2]}', '[1,"]",2]'],
    ['{"id":null}', "null"],
  ])("finds the value of id in %s", (json, expected) => {
    JSON.parse(json); // the contract: only called on valid JSON
    expect(memberSource(json, "id")).toBe(expected);
  });

  it.each(['{"text":"id"}', "{}", "[1]", '{"ids":1}'])("finds nothing in %s", (json) => {
    expect(memberSource(json, "id")).toBeUndefined();
  });
});
