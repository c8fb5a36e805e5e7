// Type tests (run by `vitest --typecheck` in `npm test`, and by `tsc`): ids are typed, so a
// query called with the wrong kind of string does not compile.
import type {
  Chairmanship,
  City,
  EntityId,
  LeaderTerm,
  Organization,
  Person,
  PersonId,
  Session,
  SessionId,
  Source,
  State,
  StateId,
} from "@csto/model";
import { describe, expectTypeOf, test } from "vitest";
import {
  chairOn,
  createQueries,
  type DateInput,
  type EntityMention,
  getEntity,
  leaderOf,
  linkEntities,
  searchEntities,
  sessions,
  timeline,
} from "./index.js";

describe("typed ids", () => {
  test("leaderOf takes a state id, not a bare code, and returns a typed term", () => {
    // @ts-expect-error "RUS" is not a StateId
    leaderOf("RUS", "2025-01-01");
    // @ts-expect-error a city id is not a state id
    leaderOf("city:moscow", "2025-01-01");
    const term = leaderOf("state:RUS", "2025-01-01");
    expectTypeOf(term).toEqualTypeOf<LeaderTerm | undefined>();
    expectTypeOf<NonNullable<typeof term>["person"]>().toEqualTypeOf<PersonId>();
    expectTypeOf<NonNullable<typeof term>["state"]>().toEqualTypeOf<StateId>();
    const code: string = "RUS";
    leaderOf(`state:${code}`, "2025-01-01");
    // @ts-expect-error a plain string must be checked (StateId.parse) or built as `state:${code}`
    leaderOf(code, "2025-01-01");
  });

  test("records carry typed ids", () => {
    expectTypeOf<State["id"]>().toEqualTypeOf<StateId>();
    expectTypeOf<Session["id"]>().toEqualTypeOf<SessionId>();
    expectTypeOf<Session["chair"]>().toEqualTypeOf<StateId | undefined>();
    expectTypeOf<Session["attendees"]>().toEqualTypeOf<PersonId[]>();
    expectTypeOf(chairOn("2025-01-01")).toEqualTypeOf<Chairmanship | undefined>();
  });

  test("getEntity returns the record of the id's kind", () => {
    expectTypeOf(getEntity("state:RUS")).toEqualTypeOf<State | undefined>();
    expectTypeOf(getEntity("city:moscow")).toEqualTypeOf<City | undefined>();
    expectTypeOf(getEntity("person:putin")).toEqualTypeOf<Person | undefined>();
    expectTypeOf(getEntity("org:csto")).toEqualTypeOf<Organization | undefined>();
    expectTypeOf(getEntity("session:2025-11-27-bishkek")).toEqualTypeOf<Session | undefined>();
    expectTypeOf(getEntity("src:x")).toEqualTypeOf<Source | undefined>();
    const any = "state:RUS" as EntityId;
    expectTypeOf(getEntity(any)).toEqualTypeOf<State | City | Person | Organization | Session | undefined>();
    // @ts-expect-error not an id
    getEntity("RUS");
    expectTypeOf(createQueries().getEntity("person:putin")).toEqualTypeOf<Person | undefined>();
  });

  test("search results and mentions carry kind and typed ids", () => {
    const [hit] = searchEntities("Putin");
    if (hit?.kind === "person") expectTypeOf(hit.entity).toEqualTypeOf<Person>();
    if (hit?.kind === "state") expectTypeOf(hit.entity.id).toEqualTypeOf<StateId>();
    expectTypeOf(linkEntities("")).toEqualTypeOf<EntityMention[]>();
    expectTypeOf<EntityMention["id"]>().toEqualTypeOf<EntityId>();
  });

  test("filters take typed ids and dates", () => {
    sessions({ city: "city:bishkek", from: "2025-01-01", to: new Date() });
    // @ts-expect-error a slug is not a city id
    sessions({ city: "bishkek" });
    timeline({ from: "2025-01-01T00:00:00+03:00", kinds: ["session"] });
    expectTypeOf<DateInput>().toEqualTypeOf<string | Date>();
  });
});
