import type { Actor } from "../../http/context.ts";

type IndicesAction = "curate";

/**
 * Indices policy. Published indices, their methodology and data are public. Curators —
 * platform admins and the organizers of any edition, who publish indices at their events —
 * keep the indicator catalogue and values, and define, build, analyse and publish indices.
 */
export function can(actor: Actor | null, action: IndicesAction): boolean {
  switch (action) {
    case "curate":
      return Boolean(actor && (actor.platformAdmin || actor.organizerOf.length > 0));
  }
}
