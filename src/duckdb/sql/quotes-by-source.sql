-- Added to quotes.sql when the filter names a source (filter_sources(id)): the statement appears
-- in it or passed through it (via).
(
  a.source IN (SELECT id FROM filter_sources)
  OR a.id IN (
    SELECT v.attribution FROM attribution_via AS v JOIN filter_sources AS f ON f.id = v.id WHERE v.type = 'source'
  )
)
