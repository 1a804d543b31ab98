-- The search index becomes two narrow tables plus an in-memory snapshot in the server:
-- search_items keeps facet and display values with a stable `doc` number, the full-text
-- vector moves to search_documents (narrow rows, so a match over tens of thousands of
-- items reads few heap pages), and every write bumps search_generation so the server's
-- snapshot of facet values syncs by delta.
CREATE TABLE "search_documents" (
	"doc" integer PRIMARY KEY NOT NULL,
	"document" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" SET (toast_tuple_target = 128);
--> statement-breakpoint
CREATE TABLE "search_generation" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"epoch" integer DEFAULT 0 NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "search_generation_singleton" CHECK ("search_generation"."singleton")
);
--> statement-breakpoint
INSERT INTO "search_generation" DEFAULT VALUES;
--> statement-breakpoint
CREATE TABLE "search_tombstones" (
	"doc" integer PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_items_document_idx";--> statement-breakpoint
ALTER TABLE "search_items" DROP COLUMN "document";--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "doc" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "search_items_doc_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "search_items" ADD COLUMN "generation" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "search_items" ADD CONSTRAINT "search_items_doc_unique" UNIQUE("doc");--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_doc_search_items_doc_fk" FOREIGN KEY ("doc") REFERENCES "public"."search_items"("doc") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_tombstones_generation_idx" ON "search_tombstones" USING btree ("generation");--> statement-breakpoint
CREATE INDEX "search_items_generation_idx" ON "search_items" USING btree ("generation");--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trigram_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- Chinese, Japanese and Korean are written without spaces, so the parser sees a whole
-- phrase as one word. Overlapping character pairs (the approach of Lucene's CJK bigram
-- filter) make any two-character word findable through the full-text index.
CREATE FUNCTION "cjk_bigrams"(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(substr(m.run[1], i, 2), ' '), '')
    FROM regexp_matches(coalesce(t, ''), '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+', 'g') AS m(run),
         generate_series(1, greatest(length(m.run[1]) - 1, 1)) AS i
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "search_document"(title text, tags text[], summary text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
      || setweight(to_tsvector('spanish'::regconfig, title), 'A')
      || setweight(to_tsvector('simple'::regconfig, array_to_string(tags, ' ')), 'A')
      || setweight(to_tsvector('simple'::regconfig, cjk_bigrams(title)), 'A')
      || setweight(to_tsvector('english'::regconfig, summary), 'B')
      || setweight(to_tsvector('spanish'::regconfig, summary), 'B')
      || setweight(to_tsvector('simple'::regconfig, cjk_bigrams(summary)), 'B')
      || setweight(to_tsvector('english'::regconfig, body), 'C')
      || setweight(to_tsvector('spanish'::regconfig, body), 'C')
      || setweight(to_tsvector('simple'::regconfig, cjk_bigrams(body)), 'C')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "search_head"(title text, tags text[], summary text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
      || setweight(to_tsvector('spanish'::regconfig, title), 'A')
      || setweight(to_tsvector('simple'::regconfig, array_to_string(tags, ' ')), 'A')
      || setweight(to_tsvector('simple'::regconfig, cjk_bigrams(title)), 'A')
      || setweight(to_tsvector('english'::regconfig, summary), 'B')
      || setweight(to_tsvector('spanish'::regconfig, summary), 'B')
      || setweight(to_tsvector('simple'::regconfig, cjk_bigrams(summary)), 'B')
$$;
--> statement-breakpoint
-- Upserts keep each item's doc number stable across edits. Writers serialize on the
-- search_generation row until they commit, so generations become visible in order.
CREATE OR REPLACE FUNCTION "search_index_refresh"(kind item_type, ids uuid[]) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  g bigint;
BEGIN
  UPDATE search_generation SET value = value + 1 RETURNING value INTO g;
  WITH source AS MATERIALIZED (
    SELECT * FROM search_source WHERE item_type = kind AND item_id = ANY(ids)
  ), indexed AS (
    INSERT INTO search_items (item_type, item_id, slug, title, summary, body, tags,
                              organization_id, organization_name, country, continent, city_id,
                              domains, sdgs, trl, stage, budget_band, visibility, status,
                              updated_at, head, domain_mask, sdg_mask, generation)
    SELECT item_type, item_id, slug, title, summary, body, tags, organization_id,
           organization_name, country, continent, city_id, domains, sdgs, trl, stage,
           budget_band, visibility, status, updated_at, head, domain_mask, sdg_mask, g
      FROM source
    ON CONFLICT (item_type, item_id) DO UPDATE SET
      slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary,
      body = EXCLUDED.body, tags = EXCLUDED.tags, organization_id = EXCLUDED.organization_id,
      organization_name = EXCLUDED.organization_name, country = EXCLUDED.country,
      continent = EXCLUDED.continent, city_id = EXCLUDED.city_id, domains = EXCLUDED.domains,
      sdgs = EXCLUDED.sdgs, trl = EXCLUDED.trl, stage = EXCLUDED.stage,
      budget_band = EXCLUDED.budget_band, visibility = EXCLUDED.visibility,
      status = EXCLUDED.status, updated_at = EXCLUDED.updated_at, head = EXCLUDED.head,
      domain_mask = EXCLUDED.domain_mask, sdg_mask = EXCLUDED.sdg_mask,
      generation = EXCLUDED.generation
    RETURNING item_type, item_id, doc
  )
  INSERT INTO search_documents (doc, document)
  SELECT indexed.doc, source.document
    FROM indexed JOIN source USING (item_type, item_id)
  ON CONFLICT (doc) DO UPDATE SET document = EXCLUDED.document;
  INSERT INTO search_words (word)
  SELECT DISTINCT word
    FROM search_items i,
         regexp_split_to_table(lower(i.title || ' ' || i.summary || ' ' || array_to_string(i.tags, ' ')), '[\s[:punct:]]+') AS word
   WHERE i.item_type = kind AND i.item_id = ANY(ids)
     AND length(word) BETWEEN 3 AND 40 AND word !~ '^[0-9]+$'
  ON CONFLICT (word) DO NOTHING;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "search_index_on_write"() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  kind item_type := TG_ARGV[0]::item_type;
  g bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE search_generation SET value = value + 1 RETURNING value INTO g;
    INSERT INTO search_tombstones (doc, generation)
    SELECT doc, g FROM search_items
     WHERE item_type = kind AND item_id IN (SELECT id FROM old_rows)
    ON CONFLICT (doc) DO UPDATE SET generation = EXCLUDED.generation;
    DELETE FROM search_items WHERE item_type = kind AND item_id IN (SELECT id FROM old_rows);
  ELSE
    PERFORM search_index_refresh(kind, ARRAY(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- TRUNCATE fires no row or DELETE triggers: a new epoch tells snapshots to start over.
CREATE FUNCTION "search_index_on_truncate"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_generation SET epoch = epoch + 1, value = value + 1;
  DELETE FROM search_tombstones;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "search_items_truncate" AFTER TRUNCATE ON "search_items" FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_truncate();
--> statement-breakpoint
SELECT search_index_refresh('challenge', ARRAY(SELECT id FROM challenges));
--> statement-breakpoint
SELECT search_index_refresh('solution', ARRAY(SELECT id FROM solutions));
--> statement-breakpoint
SELECT search_index_refresh('case', ARRAY(SELECT id FROM cases));
