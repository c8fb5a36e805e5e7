const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as JS property access: ["sessions", 3, "attendees", 1] → "sessions[3].attendees[1]". */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && identifier.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
