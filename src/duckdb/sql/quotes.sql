-- Attributions a quote filter selects, with their claim, speaker and source present (a statement
-- with a broken reference is left out, as the in-memory engine leaves it out). Each part of the
-- filter is a small table, empty when that part is not given:
--   filter_speakers(id)     the speaker and, with includeAgents, whoever speaks for it
--   filter_sources(id)      the source it appears in or passed through (via)
--   filter_publishers(id)   the publisher of the source or of a document it passed through
--   filter_modes(mode), filter_stances(stance), filter_topics(topic)
-- Dates, words and ranking are applied afterwards to the few rows this returns.
SELECT a.id
FROM attributions AS a
JOIN claims AS c ON c.id = a.claim
JOIN sources AS s ON s.id = a.source
JOIN actors AS speaker ON speaker.id = a.speaker
WHERE (NOT EXISTS (SELECT 1 FROM filter_speakers) OR a.speaker IN (SELECT id FROM filter_speakers))
  AND (NOT EXISTS (SELECT 1 FROM filter_modes) OR a.mode IN (SELECT mode FROM filter_modes))
  AND (NOT EXISTS (SELECT 1 FROM filter_stances) OR a.stance IN (SELECT stance FROM filter_stances))
  AND (
    NOT EXISTS (SELECT 1 FROM filter_topics)
    OR a.claim IN (SELECT t.claim FROM claim_topics AS t JOIN filter_topics AS f ON f.topic = t.topic)
  )
  AND (
    NOT EXISTS (SELECT 1 FROM filter_sources)
    OR a.source IN (SELECT id FROM filter_sources)
    OR a.id IN (
      SELECT v.attribution FROM attribution_via AS v JOIN filter_sources AS f ON f.id = v.id WHERE v.type = 'source'
    )
  )
  AND (
    NOT EXISTS (SELECT 1 FROM filter_publishers)
    OR s.publisher IN (SELECT id FROM filter_publishers)
    OR a.id IN (
      SELECT v.attribution
      FROM attribution_via AS v
      JOIN sources AS cited ON cited.id = v.id
      JOIN filter_publishers AS f ON f.id = cited.publisher
      WHERE v.type = 'source'
    )
  )
