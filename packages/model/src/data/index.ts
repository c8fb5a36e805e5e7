// The dataset as typed constants, one module per collection (each also importable on its own
// as `@csto/model/data/<collection>`). The JSON is inlined by the bundler; nothing is parsed,
// validated or frozen at import time (the tests validate the committed files), and only types
// come from the schemas, so importing the data never pulls in zod.
export { chairmanships } from "./chairmanships.js";
export { cities } from "./cities.js";
export { dataset } from "./dataset.js";
export { initiatives } from "./initiatives.js";
export { leaderTerms } from "./leader-terms.js";
export { memberships } from "./memberships.js";
export { organizations } from "./organizations.js";
export { persons } from "./persons.js";
export { asOf, version } from "./release.js";
export { secretaryGeneralTerms } from "./secretary-general-terms.js";
export { sessions } from "./sessions.js";
export { sources } from "./sources.js";
export { states } from "./states.js";
