import type { z } from "zod";
import { awaiting } from "../../../core/funnel/transitions.ts";
import type { Actor } from "../../http/context.ts";
import { canSeeDealValue, sideOf } from "./policy.ts";
import type { ConnectionViewRow, selectSteps } from "./queries.ts";
import type { ConnectionView, connectionStepSchema } from "./schema.ts";

export function presentConnection(row: ConnectionViewRow, actor: Actor | null): ConnectionView {
  const c = row.connection;
  const contract =
    c.contractValue !== null &&
    c.contractCurrency &&
    c.contractSignedOn &&
    canSeeDealValue(actor, c)
      ? {
          value: c.contractValue,
          currency: c.contractCurrency,
          signedOn: c.contractSignedOn,
          scope: c.contractScope ?? "",
        }
      : null;
  return {
    id: c.id,
    status: c.status,
    requester: { id: c.requesterOrganizationId, name: row.requesterName },
    recipient: { id: c.recipientOrganizationId, name: row.recipientName },
    yourSide: sideOf(actor, c),
    awaiting: awaiting(c),
    challenge:
      c.challengeId && row.challengeSlug && row.challengeTitle
        ? { id: c.challengeId, slug: row.challengeSlug, title: row.challengeTitle }
        : null,
    solution:
      c.solutionId && row.solutionSlug && row.solutionTitle
        ? { id: c.solutionId, slug: row.solutionSlug, title: row.solutionTitle }
        : null,
    eventId: c.eventId,
    message: c.message,
    pendingIntentionBy: c.pendingIntentionBy,
    pendingContractBy: c.pendingContractBy,
    intention: c.intentionOn ? { on: c.intentionOn, documentUrl: c.intentionDocumentUrl } : null,
    contract,
    closedReason: c.closedReason,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

type StepRow = Awaited<ReturnType<typeof selectSteps>>[number];

export function presentStep(step: StepRow): z.infer<typeof connectionStepSchema> {
  return {
    action: step.action as z.infer<typeof connectionStepSchema>["action"],
    fromStatus: step.fromStatus,
    toStatus: step.toStatus,
    by: { personId: step.byPersonId, organizationId: step.byOrganizationId },
    note: step.note,
    details: step.details,
    at: step.at.toISOString(),
  };
}
