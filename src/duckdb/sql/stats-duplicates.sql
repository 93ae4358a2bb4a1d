-- Rows left out because an earlier row of the same kind has their id.
SELECT
  (SELECT count(*) FROM raw_actors) - (SELECT count(*) FROM actors)
  + (SELECT count(*) FROM raw_sources) - (SELECT count(*) FROM sources)
  + (SELECT count(*) FROM raw_claims) - (SELECT count(*) FROM claims)
  + (SELECT count(*) FROM raw_attributions) - (SELECT count(*) FROM attributions) AS duplicates
