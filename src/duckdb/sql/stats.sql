-- Counts of what the corpus holds, as `claimtrail stats` prints them.
SELECT
  (SELECT count(*) FROM actors) AS actors,
  (SELECT count(*) FROM sources) AS sources,
  (SELECT count(*) FROM sources WHERE text IS NOT NULL) AS sources_with_text,
  (SELECT count(*) FROM claims) AS claims,
  (SELECT count(*) FROM attributions) AS attributions
