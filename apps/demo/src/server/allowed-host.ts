// Names a browser on this machine uses for a loopback server. Anything else in `Host` means the
// request was meant for another site: a DNS-rebinding page must not read ours.
const loopbackNames = ["127.0.0.1", "localhost", "[::1]"];
const wildcardHosts = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * True when a `Host` header names this server: a loopback name, or the host it was asked to
 * listen on (not a wildcard), with its port. Names compare case-insensitively; a trailing dot
 * (`localhost.`) is the same name.
 */
export function isAllowedHost(header: string, port: number, listenHost?: string): boolean {
  const names = [...loopbackNames];
  if (listenHost && !wildcardHosts.has(listenHost)) {
    names.push(listenHost.includes(":") && !listenHost.startsWith("[") ? `[${listenHost}]` : listenHost);
  }
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
  if (!match) return false;
  const name = (match[1] as string).replace(/\.$/, "");
  const givenPort = match[2] === undefined ? 80 : Number(match[2]);
  return givenPort === port && names.some((allowed) => allowed.toLowerCase() === name);
}
