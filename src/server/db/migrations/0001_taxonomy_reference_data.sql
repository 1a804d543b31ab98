-- Reference data: the eight congress areas and the 17 UN Sustainable Development Goals.
-- Seeded by a migration so every database, embedded or server, has the same taxonomy.
INSERT INTO "areas" ("code", "position", "name", "description") VALUES
  ('enabling-technologies', 1, 'Enabling technologies', 'Data platforms, AI, IoT, connectivity, digital twins and the technologies every other area builds on.'),
  ('energy-environment', 2, 'Energy & environment', 'Energy transition, efficiency, renewable generation, air and water quality, climate action.'),
  ('mobility', 3, 'Mobility', 'Public transport, active and shared mobility, logistics, traffic management and electrification.'),
  ('governance', 4, 'Governance', 'Digital government, open data, data governance, participation and public services.'),
  ('living-inclusion', 5, 'Living & inclusion', 'Health and elderly care, housing, education, culture, tourism and inclusive services.'),
  ('industry-economy', 6, 'Industry & economy', 'Local economy, innovation ecosystems, circular economy, jobs and investment.'),
  ('infrastructure-building', 7, 'Infrastructure & building', 'Urban renewal, buildings, utilities, networks and public space.'),
  ('safety-resilience', 8, 'Safety & resilience', 'Disaster risk, flood and heat resilience, emergency response and public safety.');
--> statement-breakpoint
INSERT INTO "sdgs" ("number", "name", "color") VALUES
  (1, 'No poverty', '#E5243B'),
  (2, 'Zero hunger', '#DDA63A'),
  (3, 'Good health and well-being', '#4C9F38'),
  (4, 'Quality education', '#C5192D'),
  (5, 'Gender equality', '#FF3A21'),
  (6, 'Clean water and sanitation', '#26BDE2'),
  (7, 'Affordable and clean energy', '#FCC30B'),
  (8, 'Decent work and economic growth', '#A21942'),
  (9, 'Industry, innovation and infrastructure', '#FD6925'),
  (10, 'Reduced inequalities', '#DD1367'),
  (11, 'Sustainable cities and communities', '#FD9D24'),
  (12, 'Responsible consumption and production', '#BF8B2E'),
  (13, 'Climate action', '#3F7E44'),
  (14, 'Life below water', '#0A97D9'),
  (15, 'Life on land', '#56C02B'),
  (16, 'Peace, justice and strong institutions', '#00689D'),
  (17, 'Partnerships for the goals', '#19486A');
