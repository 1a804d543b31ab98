CREATE TYPE "public"."composite_index_analysis_status" AS ENUM('none', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."composite_index_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."indicator_unit_kind" AS ENUM('city', 'country', 'district', 'region', 'other');--> statement-breakpoint
CREATE TABLE "composite_indices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"year" smallint NOT NULL,
	"unit_kind" "indicator_unit_kind" DEFAULT 'city' NOT NULL,
	"framework" jsonb NOT NULL,
	"pipeline" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"analysis_runs" integer DEFAULT 1000 NOT NULL,
	"analysis_seed" integer DEFAULT 1 NOT NULL,
	"status" "composite_index_status" DEFAULT 'draft' NOT NULL,
	"result" jsonb,
	"built_at" timestamp with time zone,
	"analysis_status" "composite_index_analysis_status" DEFAULT 'none' NOT NULL,
	"analysis_progress" jsonb,
	"analysis" jsonb,
	"analysis_error" text,
	"published" jsonb,
	"published_at" timestamp with time zone,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "composite_indices_slug_unique" UNIQUE("slug"),
	CONSTRAINT "composite_indices_slug_format" CHECK ("composite_indices"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "composite_indices_year" CHECK ("composite_indices"."year" BETWEEN 1900 AND 2100),
	CONSTRAINT "composite_indices_runs" CHECK ("composite_indices"."analysis_runs" BETWEEN 10 AND 100000),
	CONSTRAINT "composite_indices_published_has_snapshot" CHECK ("composite_indices"."status" <> 'published' OR "composite_indices"."published" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "indicator_units" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "indicator_unit_kind" DEFAULT 'city' NOT NULL,
	"city_id" uuid,
	"groups" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "indicator_units_code_format" CHECK ("indicator_units"."code" ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$')
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"indicator_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"year" smallint NOT NULL,
	"value" double precision NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "indicator_values_indicator_code_unit_code_year_pk" PRIMARY KEY("indicator_code","unit_code","year"),
	CONSTRAINT "indicator_values_year" CHECK ("indicator_values"."year" BETWEEN 1900 AND 2100),
	CONSTRAINT "indicator_values_finite" CHECK ("indicator_values"."value" <> 'NaN'::float8 AND "indicator_values"."value" <> 'Infinity'::float8 AND "indicator_values"."value" <> '-Infinity'::float8)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" smallint DEFAULT 1 NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_denominator" boolean DEFAULT false NOT NULL,
	"denominator_code" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_code_format" CHECK ("indicators"."code" ~ '^[A-Za-z][A-Za-z0-9_.-]{0,63}$'),
	CONSTRAINT "indicators_direction" CHECK ("indicators"."direction" IN (-1, 1)),
	CONSTRAINT "indicators_denominator_not_self" CHECK ("indicators"."denominator_code" <> "indicators"."code")
);
--> statement-breakpoint
ALTER TABLE "composite_indices" ADD CONSTRAINT "composite_indices_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_units" ADD CONSTRAINT "indicator_units_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_unit_code_indicator_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."indicator_units"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_denominator_fk" FOREIGN KEY ("denominator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "indicator_values_unit_idx" ON "indicator_values" USING btree ("unit_code","year");