import { z } from "zod";
import { ITEM_TYPES, SAVED_KINDS } from "../../db/schema/index.ts";

export const savedParams = z.object({
  kind: z.enum(SAVED_KINDS),
  type: z.enum(ITEM_TYPES),
  id: z.uuid(),
});

export const listSavedQuery = z.object({ kind: z.enum(SAVED_KINDS).optional() });

export const savedItemSchema = z
  .object({
    kind: z.enum(SAVED_KINDS),
    type: z.enum(ITEM_TYPES),
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    organizationName: z.string(),
    savedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime().describe("When the item last changed: followers see what is new"),
  })
  .meta({ id: "SavedItem" });
export type SavedItemResponse = z.infer<typeof savedItemSchema>;
