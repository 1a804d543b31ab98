CREATE TYPE "public"."continent" AS ENUM('AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('city-government', 'company', 'startup', 'university', 'investor', 'association', 'international-organization');--> statement-breakpoint
CREATE TYPE "public"."organization_role" AS ENUM('admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."participation_role" AS ENUM('organizer', 'delegate', 'exhibitor', 'speaker', 'visitor', 'media', 'jury');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"client_address" text NOT NULL,
	"failed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"province" text,
	"continent" "continent" NOT NULL,
	"population" integer NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"time_zone" text NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cities_slug_unique" UNIQUE("slug"),
	CONSTRAINT "cities_organization_id_unique" UNIQUE("organization_id"),
	CONSTRAINT "cities_country_iso" CHECK ("cities"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "cities_population_nonnegative" CHECK ("cities"."population" >= 0),
	CONSTRAINT "cities_latitude_range" CHECK ("cities"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "cities_longitude_range" CHECK ("cities"."longitude" BETWEEN -180 AND 180),
	CONSTRAINT "cities_slug_format" CHECK ("cities"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"city_id" uuid,
	"city_name" text,
	"website" text,
	"description" text DEFAULT '' NOT NULL,
	"logo_url" text,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organizations_country_iso" CHECK ("organizations"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "organizations_domains_known" CHECK ("organizations"."domains" <@ ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[]),
	CONSTRAINT "organizations_slug_format" CHECK ("organizations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"organization_id" uuid,
	"organization_role" "organization_role",
	"email" text,
	"password_hash" text,
	"is_platform_admin" boolean DEFAULT false NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_locale_known" CHECK ("people"."locale" IN ('en', 'zh-CN', 'es')),
	CONSTRAINT "people_role_needs_organization" CHECK ("people"."organization_role" IS NULL OR "people"."organization_id" IS NOT NULL),
	CONSTRAINT "people_account_needs_email" CHECK ("people"."password_hash" IS NULL OR "people"."email" IS NOT NULL),
	CONSTRAINT "people_email_shape" CHECK ("people"."email" IS NULL OR "people"."email" ~ '^[^@\s]+@[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"host_city_id" uuid NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"status" "event_status" DEFAULT 'draft' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "events_dates_ordered" CHECK ("events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "events_slug_format" CHECK ("events"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "participation_role" NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_event_person_role_unique" UNIQUE("event_id","person_id","role")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "areas_position_unique" UNIQUE("position"),
	CONSTRAINT "areas_code_known" CHECK ("areas"."code" = ANY(ARRAY['enabling-technologies','energy-environment','mobility','governance','living-inclusion','industry-economy','infrastructure-building','safety-resilience']::text[]))
);
--> statement-breakpoint
CREATE TABLE "sdgs" (
	"number" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"color" text NOT NULL,
	CONSTRAINT "sdgs_number_range" CHECK ("sdgs"."number" BETWEEN 1 AND 17),
	CONSTRAINT "sdgs_color_hex" CHECK ("sdgs"."color" ~ '^#[0-9A-F]{6}$')
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cities" ADD CONSTRAINT "cities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_host_city_id_cities_id_fk" FOREIGN KEY ("host_city_id") REFERENCES "public"."cities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_person_idx" ON "api_tokens" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sessions_person_idx" ON "sessions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sign_in_failures_email_idx" ON "sign_in_failures" USING btree ("email","failed_at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_address_idx" ON "sign_in_failures" USING btree ("client_address","failed_at");--> statement-breakpoint
CREATE INDEX "cities_name_idx" ON "cities" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "cities_population_idx" ON "cities" USING btree ("population","id");--> statement-breakpoint
CREATE INDEX "cities_country_idx" ON "cities" USING btree ("country");--> statement-breakpoint
CREATE INDEX "cities_continent_idx" ON "cities" USING btree ("continent");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_name_country_unique" ON "organizations" USING btree (lower("name"),"country");--> statement-breakpoint
CREATE INDEX "organizations_kind_name_idx" ON "organizations" USING btree ("kind","name","id");--> statement-breakpoint
CREATE INDEX "organizations_country_idx" ON "organizations" USING btree ("country");--> statement-breakpoint
CREATE INDEX "organizations_city_idx" ON "organizations" USING btree ("city_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_unique" ON "people" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "people_organization_idx" ON "people" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "events_starts_on_idx" ON "events" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "events_host_city_idx" ON "events" USING btree ("host_city_id");--> statement-breakpoint
CREATE INDEX "participations_event_role_idx" ON "participations" USING btree ("event_id","role");--> statement-breakpoint
CREATE INDEX "participations_person_idx" ON "participations" USING btree ("person_id");