-- Every reference from one record to another, with the field it is in: field_name, then the list
-- position (field_index) and the field within that element (field_tail) where there are any.
-- field_order keeps a record's references in the order its fields are checked.
SELECT 'actor' AS record_type, r.actor AS record_id, 1 AS field_order, 'roles' AS field_name,
  r.position AS field_index, 'of' AS field_tail, 'actor' AS target_type, r.of_actor AS target_id
FROM actor_roles AS r WHERE r.of_actor IS NOT NULL
UNION ALL
SELECT 'actor', m.actor, 2, 'memberOf', m.position, NULL, 'actor', m.target FROM actor_member_of AS m
UNION ALL
SELECT 'actor', f.actor, 3, 'actsFor', f.position, NULL, 'actor', f.target FROM actor_acts_for AS f
UNION ALL
SELECT 'actor', a.id, 4, 'of', NULL, NULL, 'actor', a.of_actor
FROM actors AS a WHERE a.kind = 'government' AND a.of_actor IS NOT NULL
UNION ALL
SELECT 'source', s.id, 1, 'publisher', NULL, NULL, 'actor', s.publisher FROM sources AS s WHERE s.publisher IS NOT NULL
UNION ALL
SELECT 'source', w.source, 2, 'authors', w.position, NULL, 'actor', w.author FROM source_authors AS w
UNION ALL
SELECT 'claim', c.id, 1, 'subject', NULL, NULL, 'actor', c.subject.actor FROM claims AS c WHERE c.subject.actor IS NOT NULL
UNION ALL
SELECT 'claim', c.id, 2, 'where', NULL, NULL, 'actor', c.place.actor FROM claims AS c WHERE c.place.actor IS NOT NULL
UNION ALL
SELECT 'claim', c.id, 3, 'object', NULL, 'id', 'actor', c.object.actor FROM claims AS c WHERE c.object.type = 'actor'
UNION ALL
SELECT 'claim', x.claim, 4, 'contradicts', x.position, NULL, 'claim', x.target FROM claim_contradicts AS x
UNION ALL
SELECT 'attribution', a.id, 1, 'claim', NULL, NULL, 'claim', a.claim FROM attributions AS a
UNION ALL
SELECT 'attribution', a.id, 2, 'source', NULL, NULL, 'source', a.source FROM attributions AS a
UNION ALL
SELECT 'attribution', a.id, 3, 'speaker', NULL, NULL, 'actor', a.speaker FROM attributions AS a
UNION ALL
SELECT 'attribution', v.attribution, 4, 'via', v.position, NULL, CASE WHEN v.type = 'actor' THEN 'actor' ELSE 'source' END, v.id
FROM attribution_via AS v
UNION ALL
SELECT 'attribution', r.attribution, 5, 'roles', r.position, 'actor', 'actor', r.actor FROM attribution_roles AS r
