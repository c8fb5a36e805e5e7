import { type SessionFeatureName, sessionFeatureNames } from "./session-features.js";
import { sessionModelCoefficients } from "./session-model-coefficients.js";

/** Coefficients of a logistic model over the session features. */
export interface SessionModel {
  intercept: number;
  weights: Readonly<Record<SessionFeatureName, number>>;
}

/** The committed model (fitted by eval/fit-session-model.ts). */
export function defaultSessionModel(): SessionModel {
  return sessionModelCoefficients;
}

/** The model's log-odds contribution of each feature, in `sessionFeatureNames` order. */
export function contributions(model: SessionModel, values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < sessionFeatureNames.length; i++) {
    out[i] = model.weights[sessionFeatureNames[i]!] * values[i]!;
  }
  return out;
}

/** Probability that the article reports the session: the logistic of the summed log-odds. */
export function reportedProbability(model: SessionModel, values: Float64Array): number {
  let z = model.intercept;
  for (let i = 0; i < sessionFeatureNames.length; i++) z += model.weights[sessionFeatureNames[i]!] * values[i]!;
  return 1 / (1 + Math.exp(-z));
}
