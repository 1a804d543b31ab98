import type { Actor } from "../../http/context.ts";

interface PersonLike {
  id: string;
  organizationId: string | null;
}

/** People policy: who may see a person's e-mail, and who may manage people. */
export function can(actor: Actor | null, action: "see-email" | "manage", person: PersonLike) {
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  switch (action) {
    case "see-email":
      return (
        actor.personId === person.id ||
        (actor.organizationRole === "admin" &&
          person.organizationId !== null &&
          actor.organizationId === person.organizationId)
      );
    case "manage":
      return false;
  }
}
