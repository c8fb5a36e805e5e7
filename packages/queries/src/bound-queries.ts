import { getDefaultQueries, type Queries } from "./create-queries.js";

// The queries bound to the default dataset of @csto/model, for `import { membersOn } from …`.

export const membersOn: Queries["membersOn"] = (date) => getDefaultQueries().membersOn(date);
export const chairOn: Queries["chairOn"] = (date) => getDefaultQueries().chairOn(date);
export const secretaryGeneralOn: Queries["secretaryGeneralOn"] = (date) => getDefaultQueries().secretaryGeneralOn(date);
export const leaderOf: Queries["leaderOf"] = (state, date, options) =>
  getDefaultQueries().leaderOf(state, date, options);
export const sessions: Queries["sessions"] = (filter) => getDefaultQueries().sessions(filter);
export const sessionOn: Queries["sessionOn"] = (date) => getDefaultQueries().sessionOn(date);
export const nextSession: Queries["nextSession"] = (after) => getDefaultQueries().nextSession(after);
export const previousSession: Queries["previousSession"] = (before) => getDefaultQueries().previousSession(before);
export const timeline: Queries["timeline"] = (filter) => getDefaultQueries().timeline(filter);
export const searchEntities: Queries["searchEntities"] = (query, options) =>
  getDefaultQueries().searchEntities(query, options);
export const linkEntities: Queries["linkEntities"] = (text) => getDefaultQueries().linkEntities(text);
export const analyzeArticle: Queries["analyzeArticle"] = (text, options) =>
  getDefaultQueries().analyzeArticle(text, options);
