-- Reference data: ISO 3166-1 countries and continents, from the countries-list package.
INSERT INTO "countries" ("code", "name", "continent") VALUES
  ('AC', 'Ascension Island', 'AF'),
  ('AD', 'Andorra', 'EU'),
  ('AE', 'United Arab Emirates', 'AS'),
  ('AF', 'Afghanistan', 'AS'),
  ('AG', 'Antigua and Barbuda', 'NA'),
  ('AI', 'Anguilla', 'NA'),
  ('AL', 'Albania', 'EU'),
  ('AM', 'Armenia', 'AS'),
  ('AO', 'Angola', 'AF'),
  ('AQ', 'Antarctica', 'AN'),
  ('AR', 'Argentina', 'SA'),
  ('AS', 'American Samoa', 'OC'),
  ('AT', 'Austria', 'EU'),
  ('AU', 'Australia', 'OC'),
  ('AW', 'Aruba', 'NA'),
  ('AX', 'Aland', 'EU'),
  ('AZ', 'Azerbaijan', 'AS'),
  ('BA', 'Bosnia and Herzegovina', 'EU'),
  ('BB', 'Barbados', 'NA'),
  ('BD', 'Bangladesh', 'AS'),
  ('BE', 'Belgium', 'EU'),
  ('BF', 'Burkina Faso', 'AF'),
  ('BG', 'Bulgaria', 'EU'),
  ('BH', 'Bahrain', 'AS'),
  ('BI', 'Burundi', 'AF'),
  ('BJ', 'Benin', 'AF'),
  ('BL', 'Saint Barthelemy', 'NA'),
  ('BM', 'Bermuda', 'NA'),
  ('BN', 'Brunei', 'AS'),
  ('BO', 'Bolivia', 'SA'),
  ('BQ', 'Bonaire', 'NA'),
  ('BR', 'Brazil', 'SA'),
  ('BS', 'Bahamas', 'NA'),
  ('BT', 'Bhutan', 'AS'),
  ('BV', 'Bouvet Island', 'AN'),
  ('BW', 'Botswana', 'AF'),
  ('BY', 'Belarus', 'EU'),
  ('BZ', 'Belize', 'NA'),
  ('CA', 'Canada', 'NA'),
  ('CC', 'Cocos (Keeling) Islands', 'AS'),
  ('CD', 'Democratic Republic of the Congo', 'AF'),
  ('CF', 'Central African Republic', 'AF'),
  ('CG', 'Republic of the Congo', 'AF'),
  ('CH', 'Switzerland', 'EU'),
  ('CI', 'Ivory Coast', 'AF'),
  ('CK', 'Cook Islands', 'OC'),
  ('CL', 'Chile', 'SA'),
  ('CM', 'Cameroon', 'AF'),
  ('CN', 'China', 'AS'),
  ('CO', 'Colombia', 'SA'),
  ('CR', 'Costa Rica', 'NA'),
  ('CU', 'Cuba', 'NA'),
  ('CV', 'Cabo Verde', 'AF'),
  ('CW', 'Curacao', 'NA'),
  ('CX', 'Christmas Island', 'AS'),
  ('CY', 'Cyprus', 'EU'),
  ('CZ', 'Czechia', 'EU'),
  ('DE', 'Germany', 'EU'),
  ('DJ', 'Djibouti', 'AF'),
  ('DK', 'Denmark', 'EU'),
  ('DM', 'Dominica', 'NA'),
  ('DO', 'Dominican Republic', 'NA'),
  ('DZ', 'Algeria', 'AF'),
  ('EC', 'Ecuador', 'SA'),
  ('EE', 'Estonia', 'EU'),
  ('EG', 'Egypt', 'AF'),
  ('EH', 'Western Sahara', 'AF'),
  ('ER', 'Eritrea', 'AF'),
  ('ES', 'Spain', 'EU'),
  ('ET', 'Ethiopia', 'AF'),
  ('FI', 'Finland', 'EU'),
  ('FJ', 'Fiji', 'OC'),
  ('FK', 'Falkland Islands', 'SA'),
  ('FM', 'Micronesia', 'OC'),
  ('FO', 'Faroe Islands', 'EU'),
  ('FR', 'France', 'EU'),
  ('GA', 'Gabon', 'AF'),
  ('GB', 'United Kingdom', 'EU'),
  ('GD', 'Grenada', 'NA'),
  ('GE', 'Georgia', 'AS'),
  ('GF', 'French Guiana', 'SA'),
  ('GG', 'Guernsey', 'EU'),
  ('GH', 'Ghana', 'AF'),
  ('GI', 'Gibraltar', 'EU'),
  ('GL', 'Greenland', 'NA'),
  ('GM', 'Gambia', 'AF'),
  ('GN', 'Guinea', 'AF'),
  ('GP', 'Guadeloupe', 'NA'),
  ('GQ', 'Equatorial Guinea', 'AF'),
  ('GR', 'Greece', 'EU'),
  ('GS', 'South Georgia and the South Sandwich Islands', 'AN'),
  ('GT', 'Guatemala', 'NA'),
  ('GU', 'Guam', 'OC'),
  ('GW', 'Guinea-Bissau', 'AF'),
  ('GY', 'Guyana', 'SA'),
  ('HK', 'Hong Kong', 'AS'),
  ('HM', 'Heard Island and McDonald Islands', 'AN'),
  ('HN', 'Honduras', 'NA'),
  ('HR', 'Croatia', 'EU'),
  ('HT', 'Haiti', 'NA'),
  ('HU', 'Hungary', 'EU'),
  ('ID', 'Indonesia', 'AS'),
  ('IE', 'Ireland', 'EU'),
  ('IL', 'Israel', 'AS'),
  ('IM', 'Isle of Man', 'EU'),
  ('IN', 'India', 'AS'),
  ('IO', 'British Indian Ocean Territory', 'AS'),
  ('IQ', 'Iraq', 'AS'),
  ('IR', 'Iran', 'AS'),
  ('IS', 'Iceland', 'EU'),
  ('IT', 'Italy', 'EU'),
  ('JE', 'Jersey', 'EU'),
  ('JM', 'Jamaica', 'NA'),
  ('JO', 'Jordan', 'AS'),
  ('JP', 'Japan', 'AS'),
  ('KE', 'Kenya', 'AF'),
  ('KG', 'Kyrgyzstan', 'AS'),
  ('KH', 'Cambodia', 'AS'),
  ('KI', 'Kiribati', 'OC'),
  ('KM', 'Comoros', 'AF'),
  ('KN', 'Saint Kitts and Nevis', 'NA'),
  ('KP', 'North Korea', 'AS'),
  ('KR', 'South Korea', 'AS'),
  ('KW', 'Kuwait', 'AS'),
  ('KY', 'Cayman Islands', 'NA'),
  ('KZ', 'Kazakhstan', 'AS'),
  ('LA', 'Laos', 'AS'),
  ('LB', 'Lebanon', 'AS'),
  ('LC', 'Saint Lucia', 'NA'),
  ('LI', 'Liechtenstein', 'EU'),
  ('LK', 'Sri Lanka', 'AS'),
  ('LR', 'Liberia', 'AF'),
  ('LS', 'Lesotho', 'AF'),
  ('LT', 'Lithuania', 'EU'),
  ('LU', 'Luxembourg', 'EU'),
  ('LV', 'Latvia', 'EU'),
  ('LY', 'Libya', 'AF'),
  ('MA', 'Morocco', 'AF'),
  ('MC', 'Monaco', 'EU'),
  ('MD', 'Moldova', 'EU'),
  ('ME', 'Montenegro', 'EU'),
  ('MF', 'Saint Martin', 'NA'),
  ('MG', 'Madagascar', 'AF'),
  ('MH', 'Marshall Islands', 'OC'),
  ('MK', 'North Macedonia', 'EU'),
  ('ML', 'Mali', 'AF'),
  ('MM', 'Myanmar', 'AS'),
  ('MN', 'Mongolia', 'AS'),
  ('MO', 'Macao', 'AS'),
  ('MP', 'Northern Mariana Islands', 'OC'),
  ('MQ', 'Martinique', 'NA'),
  ('MR', 'Mauritania', 'AF'),
  ('MS', 'Montserrat', 'NA'),
  ('MT', 'Malta', 'EU'),
  ('MU', 'Mauritius', 'AF'),
  ('MV', 'Maldives', 'AS'),
  ('MW', 'Malawi', 'AF'),
  ('MX', 'Mexico', 'NA'),
  ('MY', 'Malaysia', 'AS'),
  ('MZ', 'Mozambique', 'AF'),
  ('NA', 'Namibia', 'AF'),
  ('NC', 'New Caledonia', 'OC'),
  ('NE', 'Niger', 'AF'),
  ('NF', 'Norfolk Island', 'OC'),
  ('NG', 'Nigeria', 'AF'),
  ('NI', 'Nicaragua', 'NA'),
  ('NL', 'Netherlands', 'EU'),
  ('NO', 'Norway', 'EU'),
  ('NP', 'Nepal', 'AS'),
  ('NR', 'Nauru', 'OC'),
  ('NU', 'Niue', 'OC'),
  ('NZ', 'New Zealand', 'OC'),
  ('OM', 'Oman', 'AS'),
  ('PA', 'Panama', 'NA'),
  ('PE', 'Peru', 'SA'),
  ('PF', 'French Polynesia', 'OC'),
  ('PG', 'Papua New Guinea', 'OC'),
  ('PH', 'Philippines', 'AS'),
  ('PK', 'Pakistan', 'AS'),
  ('PL', 'Poland', 'EU'),
  ('PM', 'Saint Pierre and Miquelon', 'NA'),
  ('PN', 'Pitcairn Islands', 'OC'),
  ('PR', 'Puerto Rico', 'NA'),
  ('PS', 'Palestine', 'AS'),
  ('PT', 'Portugal', 'EU'),
  ('PW', 'Palau', 'OC'),
  ('PY', 'Paraguay', 'SA'),
  ('QA', 'Qatar', 'AS'),
  ('RE', 'Reunion', 'AF'),
  ('RO', 'Romania', 'EU'),
  ('RS', 'Serbia', 'EU'),
  ('RU', 'Russia', 'AS'),
  ('RW', 'Rwanda', 'AF'),
  ('SA', 'Saudi Arabia', 'AS'),
  ('SB', 'Solomon Islands', 'OC'),
  ('SC', 'Seychelles', 'AF'),
  ('SD', 'Sudan', 'AF'),
  ('SE', 'Sweden', 'EU'),
  ('SG', 'Singapore', 'AS'),
  ('SH', 'Saint Helena', 'AF'),
  ('SI', 'Slovenia', 'EU'),
  ('SJ', 'Svalbard and Jan Mayen', 'EU'),
  ('SK', 'Slovakia', 'EU'),
  ('SL', 'Sierra Leone', 'AF'),
  ('SM', 'San Marino', 'EU'),
  ('SN', 'Senegal', 'AF'),
  ('SO', 'Somalia', 'AF'),
  ('SR', 'Suriname', 'SA'),
  ('SS', 'South Sudan', 'AF'),
  ('ST', 'Sao Tome and Principe', 'AF'),
  ('SV', 'El Salvador', 'NA'),
  ('SX', 'Sint Maarten', 'NA'),
  ('SY', 'Syria', 'AS'),
  ('SZ', 'Eswatini', 'AF'),
  ('TA', 'Tristan da Cunha', 'AF'),
  ('TC', 'Turks and Caicos Islands', 'NA'),
  ('TD', 'Chad', 'AF'),
  ('TF', 'French Southern Territories', 'AN'),
  ('TG', 'Togo', 'AF'),
  ('TH', 'Thailand', 'AS'),
  ('TJ', 'Tajikistan', 'AS'),
  ('TK', 'Tokelau', 'OC'),
  ('TL', 'East Timor', 'OC'),
  ('TM', 'Turkmenistan', 'AS'),
  ('TN', 'Tunisia', 'AF'),
  ('TO', 'Tonga', 'OC'),
  ('TR', 'Türkiye', 'AS'),
  ('TT', 'Trinidad and Tobago', 'NA'),
  ('TV', 'Tuvalu', 'OC'),
  ('TW', 'Taiwan', 'AS'),
  ('TZ', 'Tanzania', 'AF'),
  ('UA', 'Ukraine', 'EU'),
  ('UG', 'Uganda', 'AF'),
  ('UM', 'U.S. Minor Outlying Islands', 'OC'),
  ('US', 'United States', 'NA'),
  ('UY', 'Uruguay', 'SA'),
  ('UZ', 'Uzbekistan', 'AS'),
  ('VA', 'Vatican City', 'EU'),
  ('VC', 'Saint Vincent and the Grenadines', 'NA'),
  ('VE', 'Venezuela', 'SA'),
  ('VG', 'British Virgin Islands', 'NA'),
  ('VI', 'U.S. Virgin Islands', 'NA'),
  ('VN', 'Vietnam', 'AS'),
  ('VU', 'Vanuatu', 'OC'),
  ('WF', 'Wallis and Futuna', 'OC'),
  ('WS', 'Samoa', 'OC'),
  ('XK', 'Kosovo', 'EU'),
  ('YE', 'Yemen', 'AS'),
  ('YT', 'Mayotte', 'AF'),
  ('ZA', 'South Africa', 'AF'),
  ('ZM', 'Zambia', 'AF'),
  ('ZW', 'Zimbabwe', 'AF');
--> statement-breakpoint
-- Budget bands for the search facet, by the challenge's upper budget (or lower, when
-- only that is given) in its own currency.
CREATE FUNCTION "budget_band"(low numeric, high numeric) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN coalesce(high, low) IS NULL THEN 'unspecified'
    WHEN coalesce(high, low) < 100000 THEN 'under-100k'
    WHEN coalesce(high, low) < 1000000 THEN '100k-1m'
    WHEN coalesce(high, low) < 10000000 THEN '1m-10m'
    ELSE 'over-10m'
  END
$$;
--> statement-breakpoint
-- The weighted document: English and Spanish stems of title (A), summary (B) and body
-- (C), and the tags unstemmed (A), so tags and names no stemmer knows still match.
CREATE FUNCTION "search_document"(title text, tags text[], summary text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
      || setweight(to_tsvector('spanish'::regconfig, title), 'A')
      || setweight(to_tsvector('simple'::regconfig, array_to_string(tags, ' ')), 'A')
      || setweight(to_tsvector('english'::regconfig, summary), 'B')
      || setweight(to_tsvector('spanish'::regconfig, summary), 'B')
      || setweight(to_tsvector('english'::regconfig, body), 'C')
      || setweight(to_tsvector('spanish'::regconfig, body), 'C')
$$;
--> statement-breakpoint
-- What each kind of item contributes to the search index, in search_items' column order.
-- The triggers below and any rebuild read this view, so the mapping is written once.
CREATE VIEW "search_source" AS
  SELECT 'challenge'::item_type AS item_type, c.id AS item_id, c.slug, c.title, c.summary,
         c.description AS body, c.tags, o.id AS organization_id, o.name AS organization_name,
         o.country, co.continent, o.city_id, c.domains, c.sdgs, NULL::smallint AS trl,
         c.stage::text AS stage, budget_band(c.budget_min, c.budget_max) AS budget_band,
         c.visibility, c.status::text AS status, c.updated_at,
         search_document(c.title, c.tags, c.summary, c.description) AS document
    FROM challenges c
    JOIN organizations o ON o.id = c.organization_id
    LEFT JOIN countries co ON co.code = o.country
  UNION ALL
  SELECT 'solution'::item_type, s.id, s.slug, s.title, s.summary, s.description, s.tags,
         o.id, o.name, o.country, co.continent, o.city_id, s.domains, s.sdgs, s.trl,
         NULL, NULL, s.visibility, NULL, s.updated_at,
         search_document(s.title, s.tags, s.summary, s.description)
    FROM solutions s
    JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN countries co ON co.code = o.country
  UNION ALL
  SELECT 'case'::item_type, k.id, k.slug, k.title, k.summary,
         k.problem || E'\n' || k.approach, k.tags, o.id, o.name, ci.country,
         ci.continent::text, ci.id, k.domains, k.sdgs, NULL, NULL, NULL, k.visibility, NULL,
         k.updated_at, search_document(k.title, k.tags, k.summary, k.problem || E'\n' || k.approach)
    FROM cases k
    JOIN organizations o ON o.id = k.organization_id
    JOIN cities ci ON ci.id = k.city_id;
--> statement-breakpoint
CREATE FUNCTION "search_index_refresh"(kind item_type, ids uuid[]) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_items WHERE item_type = kind AND item_id = ANY(ids);
  INSERT INTO search_items SELECT * FROM search_source WHERE item_type = kind AND item_id = ANY(ids);
END
$$;
--> statement-breakpoint
-- Statement-level triggers with transition tables: a bulk import of 100,000 rows is
-- indexed by one set-based statement, not 100,000 row-by-row ones.
CREATE FUNCTION "search_index_on_write"() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  kind item_type := TG_ARGV[0]::item_type;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_items WHERE item_type = kind AND item_id IN (SELECT id FROM old_rows);
  ELSE
    PERFORM search_index_refresh(kind, ARRAY(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "challenges_search_insert" AFTER INSERT ON "challenges" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('challenge');
--> statement-breakpoint
CREATE TRIGGER "challenges_search_update" AFTER UPDATE ON "challenges" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('challenge');
--> statement-breakpoint
CREATE TRIGGER "challenges_search_delete" AFTER DELETE ON "challenges" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('challenge');
--> statement-breakpoint
CREATE TRIGGER "solutions_search_insert" AFTER INSERT ON "solutions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('solution');
--> statement-breakpoint
CREATE TRIGGER "solutions_search_update" AFTER UPDATE ON "solutions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('solution');
--> statement-breakpoint
CREATE TRIGGER "solutions_search_delete" AFTER DELETE ON "solutions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('solution');
--> statement-breakpoint
CREATE TRIGGER "cases_search_insert" AFTER INSERT ON "cases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('case');
--> statement-breakpoint
CREATE TRIGGER "cases_search_update" AFTER UPDATE ON "cases" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('case');
--> statement-breakpoint
CREATE TRIGGER "cases_search_delete" AFTER DELETE ON "cases" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_write('case');
--> statement-breakpoint
-- An organization's name, country or city, and a city's country or continent, appear in
-- the index rows of what they published or host.
CREATE FUNCTION "search_index_on_organization"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_refresh('challenge', ARRAY(SELECT c.id FROM challenges c JOIN new_rows n ON n.id = c.organization_id));
  PERFORM search_index_refresh('solution', ARRAY(SELECT s.id FROM solutions s JOIN new_rows n ON n.id = s.organization_id));
  PERFORM search_index_refresh('case', ARRAY(SELECT k.id FROM cases k JOIN new_rows n ON n.id = k.organization_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "organizations_search_update" AFTER UPDATE ON "organizations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_organization();
--> statement-breakpoint
CREATE FUNCTION "search_index_on_city"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_refresh('case', ARRAY(SELECT k.id FROM cases k JOIN new_rows n ON n.id = k.city_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "cities_search_update" AFTER UPDATE ON "cities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_on_city();
