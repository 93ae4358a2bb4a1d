-- unknown-reference: references to an id that no record of the named kind has.
-- record_references is the result of references.sql.
WITH known AS (
  SELECT 'actor' AS record_type, id FROM actors
  UNION ALL SELECT 'source', id FROM sources
  UNION ALL SELECT 'claim', id FROM claims
  UNION ALL SELECT 'attribution', id FROM attributions
)
SELECT r.record_type, r.record_id, r.field_order, r.field_name, r.field_index, r.field_tail, r.target_type, r.target_id
FROM record_references AS r
LEFT JOIN known AS k ON k.record_type = r.target_type AND k.id = r.target_id
WHERE k.id IS NULL
