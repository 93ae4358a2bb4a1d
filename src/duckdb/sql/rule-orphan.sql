-- orphan: actors and sources no other record refers to, and claims no attribution carries.
-- record_references is the result of references.sql.
SELECT 'actor' AS record_type, a.id, a.name AS label, a.row_order
FROM actors AS a
WHERE NOT EXISTS (
  SELECT 1 FROM record_references AS r
  WHERE r.target_type = 'actor' AND r.target_id = a.id AND NOT (r.record_type = 'actor' AND r.record_id = a.id)
)
UNION ALL
SELECT 'source', s.id, s.title, s.row_order
FROM sources AS s
WHERE NOT EXISTS (SELECT 1 FROM record_references AS r WHERE r.target_type = 'source' AND r.target_id = s.id)
UNION ALL
SELECT 'claim', c.id, c.text, c.row_order
FROM claims AS c
WHERE NOT EXISTS (SELECT 1 FROM attributions AS a WHERE a.claim = c.id)
