export type { Problem, ProblemCode, ValidationResult } from "./problem.js";
export { validateDataset } from "./validate-dataset.js";
