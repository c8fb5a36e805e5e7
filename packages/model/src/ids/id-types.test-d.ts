// Type tests, checked by `tsc` (npm run typecheck): each id schema shares its name with a
// template-literal type, and the records use those types.
import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import { type Session, type State, StateId as StateIdSchema } from "../index.js";
import type { CityId, EntityId, PersonId, StateId } from "./index.js";

test("an id schema parses to its template-literal type", () => {
  expectTypeOf<z.output<typeof StateIdSchema>>().toEqualTypeOf<StateId>();
  expectTypeOf(StateIdSchema.parse("state:RUS")).toEqualTypeOf<StateId>();
  // @ts-expect-error a bare code is not a state id
  const bare: StateId = "RUS";
  // @ts-expect-error a city id is not a state id
  const city: StateId = "city:moscow" satisfies CityId;
  expectTypeOf([bare, city]).toBeArray();
});

test("records use the id types", () => {
  expectTypeOf<State["id"]>().toEqualTypeOf<StateId>();
  expectTypeOf<State["capital"]>().toEqualTypeOf<CityId>();
  expectTypeOf<Session["attendees"]>().toEqualTypeOf<PersonId[]>();
  expectTypeOf<StateId>().toExtend<EntityId>();
});
