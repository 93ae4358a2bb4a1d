-- DuckDB: one row per element of each list column, with its position (0-based), so that the
-- portable statements join on lists without the dialects' different UNNEST spellings.
-- In attribution_via, cited_by is the document that cites the entry: the attribution's source for
-- the first entry, the entry before it for the others; row_order is the attribution's.
CREATE VIEW attribution_via AS
SELECT attribution, i - 1 AS position, CASE WHEN via[i].type = 'source-link' THEN 'source' ELSE via[i].type END AS type, via[i].id AS id, via[i].attribution AS via_attribution,
  CASE WHEN i = 1 THEN source ELSE via[i - 1].id END AS cited_by, row_order
FROM (SELECT id AS attribution, source, via, row_order, generate_subscripts(via, 1) AS i FROM attributions) AS e;

CREATE VIEW attribution_roles AS
SELECT attribution, i - 1 AS position, roles[i].actor AS actor, roles[i].title AS title, roles[i].qualifier AS qualifier
FROM (SELECT id AS attribution, roles, generate_subscripts(roles, 1) AS i FROM attributions) AS e;

CREATE VIEW claim_topics AS
SELECT claim, i - 1 AS position, topics[i] AS topic
FROM (SELECT id AS claim, topics, generate_subscripts(topics, 1) AS i FROM claims) AS e;

CREATE VIEW claim_contradicts AS
SELECT claim, i - 1 AS position, contradicts[i] AS target
FROM (SELECT id AS claim, contradicts, generate_subscripts(contradicts, 1) AS i FROM claims) AS e;

CREATE VIEW source_authors AS
SELECT source, i - 1 AS position, authors[i] AS author
FROM (SELECT id AS source, authors, generate_subscripts(authors, 1) AS i FROM sources) AS e;

CREATE VIEW actor_member_of AS
SELECT actor, i - 1 AS position, member_of[i] AS target
FROM (SELECT id AS actor, member_of, generate_subscripts(member_of, 1) AS i FROM actors) AS e;

CREATE VIEW actor_acts_for AS
SELECT actor, i - 1 AS position, acts_for[i] AS target
FROM (SELECT id AS actor, acts_for, generate_subscripts(acts_for, 1) AS i FROM actors) AS e;

CREATE VIEW actor_roles AS
SELECT actor, i - 1 AS position, roles[i].title AS title, roles[i].of_actor AS of_actor,
  roles[i].from_date AS from_date, roles[i].to_date AS to_date
FROM (SELECT id AS actor, roles, generate_subscripts(roles, 1) AS i FROM actors) AS e;
