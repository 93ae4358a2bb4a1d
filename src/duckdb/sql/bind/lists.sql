-- DuckDB: one row per element of each list column, with its position (0-based), so that the
-- portable statements join on lists without the dialects' different UNNEST spellings.
CREATE VIEW attribution_via AS
SELECT a.id AS attribution, i - 1 AS position, a.via[i].type AS type, a.via[i].id AS id,
  a.via[i].attribution AS via_attribution
FROM attributions AS a, range(1, len(a.via) + 1) AS r(i);

CREATE VIEW attribution_roles AS
SELECT a.id AS attribution, i - 1 AS position, a.roles[i].actor AS actor, a.roles[i].title AS title,
  a.roles[i].qualifier AS qualifier
FROM attributions AS a, range(1, len(a.roles) + 1) AS r(i);

CREATE VIEW claim_topics AS
SELECT c.id AS claim, i - 1 AS position, c.topics[i] AS topic
FROM claims AS c, range(1, len(c.topics) + 1) AS r(i);

CREATE VIEW claim_contradicts AS
SELECT c.id AS claim, i - 1 AS position, c.contradicts[i] AS target
FROM claims AS c, range(1, len(c.contradicts) + 1) AS r(i);

CREATE VIEW source_authors AS
SELECT s.id AS source, i - 1 AS position, s.authors[i] AS author
FROM sources AS s, range(1, len(s.authors) + 1) AS r(i);

CREATE VIEW actor_member_of AS
SELECT a.id AS actor, i - 1 AS position, a.member_of[i] AS target
FROM actors AS a, range(1, len(a.member_of) + 1) AS r(i);

CREATE VIEW actor_acts_for AS
SELECT a.id AS actor, i - 1 AS position, a.acts_for[i] AS target
FROM actors AS a, range(1, len(a.acts_for) + 1) AS r(i);

CREATE VIEW actor_roles AS
SELECT a.id AS actor, i - 1 AS position, a.roles[i].title AS title, a.roles[i].of_actor AS of_actor,
  a.roles[i].from_date AS from_date, a.roles[i].to_date AS to_date
FROM actors AS a, range(1, len(a.roles) + 1) AS r(i);
