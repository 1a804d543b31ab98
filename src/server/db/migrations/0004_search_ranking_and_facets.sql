-- Columns that make ranking and facet counting cheap: a small vector of title, tags and
-- summary to rank by (far cheaper than detoasting every match's whole document), and
-- domains and SDGs as bit masks.
CREATE FUNCTION "search_head"(title text, tags text[], summary text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
      || setweight(to_tsvector('spanish'::regconfig, title), 'A')
      || setweight(to_tsvector('simple'::regconfig, array_to_string(tags, ' ')), 'A')
      || setweight(to_tsvector('english'::regconfig, summary), 'B')
      || setweight(to_tsvector('spanish'::regconfig, summary), 'B')
$$;
--> statement-breakpoint
CREATE FUNCTION "domain_mask"(domains text[]) RETURNS integer
  LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(bit_or(1 << (array_position(ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[], d) - 1)), 0)::integer FROM unnest(domains) d
$$;
--> statement-breakpoint
CREATE FUNCTION "sdg_mask"(sdgs integer[]) RETURNS integer
  LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(bit_or(1 << (g - 1)), 0)::integer FROM unnest(sdgs) g
$$;
--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "head" "tsvector", ADD COLUMN "domain_mask" integer, ADD COLUMN "sdg_mask" integer;
--> statement-breakpoint
CREATE OR REPLACE VIEW "search_source" AS
  SELECT 'challenge'::item_type AS item_type, c.id AS item_id, c.slug, c.title, c.summary,
         c.description AS body, c.tags, o.id AS organization_id, o.name AS organization_name,
         o.country, co.continent, o.city_id, c.domains, c.sdgs, NULL::smallint AS trl,
         c.stage::text AS stage, budget_band(c.budget_min, c.budget_max) AS budget_band,
         c.visibility, c.status::text AS status, c.updated_at,
         search_document(c.title, c.tags, c.summary, c.description) AS document,
         search_head(c.title, c.tags, c.summary) AS head,
         domain_mask(c.domains) AS domain_mask, sdg_mask(c.sdgs) AS sdg_mask
    FROM challenges c
    JOIN organizations o ON o.id = c.organization_id
    LEFT JOIN countries co ON co.code = o.country
  UNION ALL
  SELECT 'solution'::item_type, s.id, s.slug, s.title, s.summary, s.description, s.tags,
         o.id, o.name, o.country, co.continent, o.city_id, s.domains, s.sdgs, s.trl,
         NULL, NULL, s.visibility, NULL, s.updated_at,
         search_document(s.title, s.tags, s.summary, s.description),
         search_head(s.title, s.tags, s.summary),
         domain_mask(s.domains), sdg_mask(s.sdgs)
    FROM solutions s
    JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN countries co ON co.code = o.country
  UNION ALL
  SELECT 'case'::item_type, k.id, k.slug, k.title, k.summary,
         k.problem || E'\n' || k.approach, k.tags, o.id, o.name, ci.country,
         ci.continent::text, ci.id, k.domains, k.sdgs, NULL, NULL, NULL, k.visibility, NULL,
         k.updated_at, search_document(k.title, k.tags, k.summary, k.problem || E'\n' || k.approach),
         search_head(k.title, k.tags, k.summary),
         domain_mask(k.domains), sdg_mask(k.sdgs)
    FROM cases k
    JOIN organizations o ON o.id = k.organization_id
    JOIN cities ci ON ci.id = k.city_id;
--> statement-breakpoint
UPDATE "search_items"
   SET "head" = search_head("title", "tags", "summary"),
       "domain_mask" = domain_mask("domains"),
       "sdg_mask" = sdg_mask("sdgs");
--> statement-breakpoint
ALTER TABLE "search_items" ALTER COLUMN "head" SET NOT NULL, ALTER COLUMN "domain_mask" SET NOT NULL, ALTER COLUMN "sdg_mask" SET NOT NULL;
--> statement-breakpoint
-- Keep the index's heap rows narrow: long values (body, document) move to TOAST storage,
-- so a bitmap scan over thousands of matches reads few pages; the ranking vector stays
-- in line.
ALTER TABLE "search_items" SET (toast_tuple_target = 256);
--> statement-breakpoint
ALTER TABLE "search_items" ALTER COLUMN "head" SET STORAGE MAIN;
