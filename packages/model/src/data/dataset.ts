// The whole dataset in one object: importing it pulls in every collection; import a single
// collection from `@csto/model/data/<collection>` to carry only that one.
import type { Dataset } from "../schemas/dataset.js";
import { chairmanships } from "./chairmanships.js";
import { cities } from "./cities.js";
import { initiatives } from "./initiatives.js";
import { leaderTerms } from "./leader-terms.js";
import { memberships } from "./memberships.js";
import { organizations } from "./organizations.js";
import { persons } from "./persons.js";
import { secretaryGeneralTerms } from "./secretary-general-terms.js";
import { sessions } from "./sessions.js";
import { sources } from "./sources.js";
import { states } from "./states.js";

/** The whole dataset, the default of `createQueries` in `@csto/queries`. */
export const dataset: Dataset = {
  states,
  cities,
  persons,
  organizations,
  memberships,
  sessions,
  chairmanships,
  secretaryGeneralTerms,
  leaderTerms,
  initiatives,
  sources,
};
