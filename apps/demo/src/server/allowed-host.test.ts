import { describe, expect, it } from "vitest";
import { isAllowedHost } from "./allowed-host.js";

describe("isAllowedHost", () => {
  it.each(["127.0.0.1:5178", "localhost:5178", "LOCALHOST:5178", "localhost.:5178", "[::1]:5178"])(
    "accepts %s on port 5178",
    (host) => expect(isAllowedHost(host, 5178)).toBe(true),
  );

  it.each([
    "evil.example:5178",
    "127.0.0.1.evil.example:5178",
    "localhost:80",
    "127.0.0.1",
    "[::1]",
    "127.0.0.2:5178",
    "localhost:5178:1",
    "",
    "user@localhost:5178",
  ])("refuses %j on port 5178", (host) => expect(isAllowedHost(host, 5178)).toBe(false));

  it("accepts a missing port only for port 80", () => {
    expect(isAllowedHost("localhost", 80)).toBe(true);
  });

  it("accepts the host it was asked to listen on, but never a wildcard as a name", () => {
    expect(isAllowedHost("192.168.1.5:8080", 8080, "192.168.1.5")).toBe(true);
    expect(isAllowedHost("[fe80::1]:8080", 8080, "fe80::1")).toBe(true);
    expect(isAllowedHost("0.0.0.0:8080", 8080, "0.0.0.0")).toBe(false);
  });
});
