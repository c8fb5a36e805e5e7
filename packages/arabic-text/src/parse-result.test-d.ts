import { expectTypeOf, test } from "vitest";
import type { DateMention, ParseDateReason, ParseDateResult, ParseResult } from "./index.js";

test("parseDate's result is the generic ParseResult", () => {
  expectTypeOf<ParseDateResult>().toEqualTypeOf<ParseResult<DateMention, ParseDateReason>>();
});
