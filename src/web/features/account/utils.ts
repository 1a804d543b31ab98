/** Where to go after signing in: only paths on this site, never another origin. */
export function safeNext(next: string | null, fallback = "/account"): string {
  if (!next?.startsWith("/") || next.startsWith("//")) return fallback;
  return next;
}

export const MIN_PASSWORD_LENGTH = 12;
