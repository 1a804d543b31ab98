/**
 * URL slugs from names in any script. Latin text loses its accents ("São Paulo" →
 * "sao-paulo"); text with no Latin letters or digits at all (e.g. Chinese) yields "",
 * and callers then fall back to another part of the record.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/g, "");
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` says is free. */
export async function firstFreeSlug(
  base: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> {
  const root = base || "item";
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? root : `${root}-${attempt}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
