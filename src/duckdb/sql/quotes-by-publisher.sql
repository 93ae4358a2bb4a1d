-- Added to quotes.sql when the filter names a publisher (filter_publishers(id)): it published the
-- source or a document the statement passed through.
(
  s.publisher IN (SELECT id FROM filter_publishers)
  OR a.id IN (
    SELECT v.attribution
    FROM attribution_via AS v
    JOIN sources AS cited ON cited.id = v.id
    JOIN filter_publishers AS f ON f.id = cited.publisher
    WHERE v.type = 'source'
  )
)
