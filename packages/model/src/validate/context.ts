import type { CollectionName } from "../schemas/collections.js";
import type { Dataset } from "../schemas/dataset.js";
import { formatPath } from "./format-path.js";
import type { Problem, ProblemCode } from "./problem.js";

/** The record type of a collection. */
export type RecordOf<C extends CollectionName> = Dataset[C][number];

/** A record that passed its schema, with its position in the input. */
export interface Entry<C extends CollectionName> {
  record: RecordOf<C>;
  index: number;
}

/** The records that passed their schemas, per collection; the cross-record checks read only these. */
export type ValidEntries = { [C in CollectionName]: Entry<C>[] };

/** The ids present in the input, per collection, including those of records that failed their schema. */
export type KnownIds = { [C in CollectionName]: Set<string> };

/** Collects problems for one validation run. */
export interface Reporter {
  problems: Problem[];
  report(
    collection: string,
    index: number | undefined,
    id: string | undefined,
    path: PropertyKey[],
    code: ProblemCode,
    message: string,
  ): void;
}

export function createReporter(): Reporter {
  const problems: Problem[] = [];
  return {
    problems,
    report(collection, index, id, path, code, message) {
      // Paths are relative to the dataset object: the container itself is "".
      const head = collection === "dataset" ? [] : [collection];
      const segments = index === undefined ? [...head, ...path] : [...head, index, ...path];
      const problem: Problem = { collection, path: formatPath(segments), code, message };
      if (id !== undefined) problem.id = id;
      problems.push(problem);
    },
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The id of a raw record, or the stable key of an id-less one (see `Problem.id`). */
export function recordLabel(collection: CollectionName, raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  switch (collection) {
    case "memberships":
      return text(record.state);
    case "chairmanships":
      return text(record.state) && text(record.from) ? `${record.state}@${record.from}` : text(record.state);
    case "secretaryGeneralTerms":
    case "leaderTerms":
      return text(record.person) && text(record.from) ? `${record.person}@${record.from}` : text(record.person);
    default:
      return text(record.id);
  }
}
