CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."challenge_status" AS ENUM('open', 'in-talks', 'matched', 'closed');--> statement-breakpoint
CREATE TYPE "public"."item_type" AS ENUM('challenge', 'solution', 'case');--> statement-breakpoint
CREATE TYPE "public"."list_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."price_model" AS ENUM('license', 'subscription', 'per-unit', 'project', 'revenue-share', 'open-source', 'other');--> statement-breakpoint
CREATE TYPE "public"."procurement_stage" AS ENUM('idea', 'scoping', 'funded', 'tender-open', 'awarded');--> statement-breakpoint
CREATE TYPE "public"."saved_kind" AS ENUM('bookmark', 'follow');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('public', 'members', 'draft');--> statement-breakpoint
CREATE TABLE "countries" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"continent" text NOT NULL,
	CONSTRAINT "countries_code_iso" CHECK ("countries"."code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "countries_continent_known" CHECK ("countries"."continent" IN ('AF','AN','AS','EU','NA','OC','SA'))
);
--> statement-breakpoint
CREATE TABLE "case_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"metric" text NOT NULL,
	"baseline" double precision,
	"result" double precision NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"year" integer,
	CONSTRAINT "case_kpis_case_position_unique" UNIQUE("case_id","position"),
	CONSTRAINT "case_kpis_year_range" CHECK ("case_kpis"."year" IS NULL OR "case_kpis"."year" BETWEEN 1950 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "case_partners" (
	"case_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	CONSTRAINT "case_partners_case_id_organization_id_pk" PRIMARY KEY("case_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "case_solutions" (
	"case_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	CONSTRAINT "case_solutions_case_id_solution_id_pk" PRIMARY KEY("case_id","solution_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"city_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"investment" numeric(16, 2),
	"currency" text,
	"started_on" date,
	"ended_on" date,
	"visibility" "visibility" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_slug_unique" UNIQUE("slug"),
	CONSTRAINT "cases_domains_known" CHECK ("cases"."domains" <@ ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[]),
	CONSTRAINT "cases_sdgs_known" CHECK ("cases"."sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::integer[]),
	CONSTRAINT "cases_investment_nonnegative" CHECK ("cases"."investment" IS NULL OR "cases"."investment" >= 0),
	CONSTRAINT "cases_investment_has_currency" CHECK ("cases"."investment" IS NULL OR "cases"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cases_period_ordered" CHECK ("cases"."ended_on" IS NULL OR "cases"."started_on" IS NULL OR "cases"."ended_on" >= "cases"."started_on"),
	CONSTRAINT "cases_slug_format" CHECK ("cases"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "challenge_list_items" (
	"list_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "challenge_list_items_list_id_challenge_id_pk" PRIMARY KEY("list_id","challenge_id"),
	CONSTRAINT "challenge_list_items_position_unique" UNIQUE("list_id","position")
);
--> statement-breakpoint
CREATE TABLE "challenge_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"event_id" uuid,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"priority_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "list_status" DEFAULT 'draft' NOT NULL,
	"published_on" date,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_lists_slug_unique" UNIQUE("slug"),
	CONSTRAINT "challenge_lists_priority_areas_known" CHECK ("challenge_lists"."priority_areas" <@ ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[]),
	CONSTRAINT "challenge_lists_published_has_date" CHECK ("challenge_lists"."status" = 'draft' OR "challenge_lists"."published_on" IS NOT NULL),
	CONSTRAINT "challenge_lists_slug_format" CHECK ("challenge_lists"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_min" numeric(16, 2),
	"budget_max" numeric(16, 2),
	"currency" text,
	"stage" "procurement_stage" DEFAULT 'idea' NOT NULL,
	"starts_on" date,
	"deadline" date,
	"preferred_partner_kinds" "organization_kind"[] DEFAULT '{}'::organization_kind[] NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"contact_person_id" uuid,
	"visibility" "visibility" DEFAULT 'draft' NOT NULL,
	"status" "challenge_status" DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_slug_unique" UNIQUE("slug"),
	CONSTRAINT "challenges_domains_known" CHECK ("challenges"."domains" <@ ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[]),
	CONSTRAINT "challenges_sdgs_known" CHECK ("challenges"."sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::integer[]),
	CONSTRAINT "challenges_budget_nonnegative" CHECK ("challenges"."budget_min" IS NULL OR "challenges"."budget_min" >= 0),
	CONSTRAINT "challenges_budget_ordered" CHECK ("challenges"."budget_max" IS NULL OR ("challenges"."budget_max" >= 0 AND ("challenges"."budget_min" IS NULL OR "challenges"."budget_max" >= "challenges"."budget_min"))),
	CONSTRAINT "challenges_budget_has_currency" CHECK (("challenges"."budget_min" IS NULL AND "challenges"."budget_max" IS NULL) OR "challenges"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "challenges_deadline_after_start" CHECK ("challenges"."deadline" IS NULL OR "challenges"."starts_on" IS NULL OR "challenges"."deadline" >= "challenges"."starts_on"),
	CONSTRAINT "challenges_slug_format" CHECK ("challenges"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "item_versions" (
	"item_type" "item_type" NOT NULL,
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by_id" uuid,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "item_versions_item_type_item_id_version_pk" PRIMARY KEY("item_type","item_id","version")
);
--> statement-breakpoint
CREATE TABLE "saved_items" (
	"person_id" uuid NOT NULL,
	"kind" "saved_kind" NOT NULL,
	"item_type" "item_type" NOT NULL,
	"item_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_items_person_id_kind_item_type_item_id_pk" PRIMARY KEY("person_id","kind","item_type","item_id")
);
--> statement-breakpoint
CREATE TABLE "search_items" (
	"item_type" "item_type" NOT NULL,
	"item_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] NOT NULL,
	"organization_id" uuid NOT NULL,
	"organization_name" text NOT NULL,
	"country" text NOT NULL,
	"continent" text,
	"city_id" uuid,
	"domains" text[] NOT NULL,
	"sdgs" integer[] NOT NULL,
	"trl" smallint,
	"stage" text,
	"budget_band" text,
	"visibility" "visibility" NOT NULL,
	"status" text,
	"updated_at" timestamp with time zone NOT NULL,
	"document" "tsvector" NOT NULL,
	CONSTRAINT "search_items_item_type_item_id_pk" PRIMARY KEY("item_type","item_id")
);
--> statement-breakpoint
CREATE TABLE "solution_deployments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"city_id" uuid,
	"city_name" text NOT NULL,
	"country" text NOT NULL,
	"year" integer NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	CONSTRAINT "solution_deployments_year_range" CHECK ("solution_deployments"."year" BETWEEN 1950 AND 2100),
	CONSTRAINT "solution_deployments_country_iso" CHECK ("solution_deployments"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"trl" smallint NOT NULL,
	"price_model" "price_model" DEFAULT 'other' NOT NULL,
	"regions_served" "continent"[] DEFAULT '{}'::continent[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"media_links" text[] DEFAULT '{}'::text[] NOT NULL,
	"visibility" "visibility" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solutions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "solutions_trl_range" CHECK ("solutions"."trl" BETWEEN 1 AND 9),
	CONSTRAINT "solutions_domains_known" CHECK ("solutions"."domains" <@ ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[]),
	CONSTRAINT "solutions_sdgs_known" CHECK ("solutions"."sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::integer[]),
	CONSTRAINT "solutions_slug_format" CHECK ("solutions"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
ALTER TABLE "case_kpis" ADD CONSTRAINT "case_kpis_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_partners" ADD CONSTRAINT "case_partners_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_partners" ADD CONSTRAINT "case_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_solutions" ADD CONSTRAINT "case_solutions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_solutions" ADD CONSTRAINT "case_solutions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_list_items" ADD CONSTRAINT "challenge_list_items_list_id_challenge_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."challenge_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_list_items" ADD CONSTRAINT "challenge_list_items_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_lists" ADD CONSTRAINT "challenge_lists_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_lists" ADD CONSTRAINT "challenge_lists_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_contact_person_id_people_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_changed_by_id_people_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD CONSTRAINT "solution_deployments_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD CONSTRAINT "solution_deployments_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_partners_organization_idx" ON "case_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "case_solutions_solution_idx" ON "case_solutions" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "cases_city_idx" ON "cases" USING btree ("city_id");--> statement-breakpoint
CREATE INDEX "cases_organization_idx" ON "cases" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "challenges_organization_idx" ON "challenges" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "saved_items_item_idx" ON "saved_items" USING btree ("item_type","item_id");--> statement-breakpoint
CREATE INDEX "search_items_document_idx" ON "search_items" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_items_trigram_idx" ON "search_items" USING gin (("title" || ' ' || "summary") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_items_domains_idx" ON "search_items" USING gin ("domains");--> statement-breakpoint
CREATE INDEX "search_items_updated_idx" ON "search_items" USING btree ("updated_at","item_type","item_id");--> statement-breakpoint
CREATE INDEX "search_items_organization_idx" ON "search_items" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "solution_deployments_solution_idx" ON "solution_deployments" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "solution_deployments_city_idx" ON "solution_deployments" USING btree ("city_id");--> statement-breakpoint
CREATE INDEX "solutions_organization_idx" ON "solutions" USING btree ("organization_id");