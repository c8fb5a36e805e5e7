import { type SessionFeatureName, sessionFeatureNames } from "./session-features.js";
import { sessionModelCoefficients } from "./session-model-coefficients.js";

/** Coefficients of a logistic model over the session features. */
export interface SessionModel {
  intercept: number;
  weights: Readonly<Record<SessionFeatureName, number>>;
  /**
   * The probability that a candidate the rules make ineligible is reported after all (no time
   * evidence, no meeting spoken of, not begun by the publication day, cancelled): measured on
   * the training articles. The logistic part is fitted on eligible candidates only.
   */
  ineligible: number;
}

/** A model's coefficients as a vector in `sessionFeatureNames` order, read once per analyzer. */
export interface SessionModelVector {
  intercept: number;
  weights: Float64Array;
  ineligible: number;
}

/** The committed model (fitted by eval/fit-session-model.ts). */
export function defaultSessionModel(): SessionModel {
  return sessionModelCoefficients;
}

/** The coefficients of `model` in feature order, so that scoring reads no property by name. */
export function modelVector(model: SessionModel): SessionModelVector {
  const weights = new Float64Array(sessionFeatureNames.length);
  sessionFeatureNames.forEach((name, i) => {
    weights[i] = model.weights[name];
  });
  return { intercept: model.intercept, weights, ineligible: model.ineligible };
}

/** Probability that the article reports the session: the logistic of the summed log-odds. */
export function reportedProbability(model: SessionModelVector, values: readonly number[]): number {
  const { weights } = model;
  let z = model.intercept;
  for (let i = 0; i < weights.length; i++) z += weights[i]! * values[i]!;
  return 1 / (1 + Math.exp(-z));
}
