// The dataset collections are exported here once packages/model/data/*.json exists.
export const collections = [
  "states",
  "cities",
  "persons",
  "organizations",
  "memberships",
  "sessions",
  "chairmanships",
  "secretaryGeneralTerms",
  "leaderTerms",
  "initiatives",
  "sources",
] as const;
