-- Attributions that could take part in a contradiction, for the comparison that follows.
-- Statements are put in buckets no finer than the proposition keys the comparison groups by
-- (literal subjects and objects share a bucket, since their keys fold case and accents), and a
-- bucket is kept only when it could hold a conflict:
--   stance and polarity: a bucket with statements that affirm and statements that negate;
--   temporal: a bucket of two or more statements one of which says "the first since";
--   value: a single-valued slot (subject and predicate) holding two different objects;
--   explicit: claims recorded as contradicting another, and the claims they name;
--   sameAs: claims linked as one proposition (the comparison keys them together).
--   related predicates: predicates the vocabulary relates (implies, inverse, excludes) share a
--     family; their statements are bucketed by family and by the unordered pair of subject and
--     object, and such a bucket is kept when it holds two predicates or both polarities.
-- predicate_vocabulary(predicate, is_symmetric, is_single_valued, family) holds the predicates in force.
WITH keyed AS (
  SELECT
    a.id AS attribution,
    c.id AS claim,
    c.predicate,
    c.subject,
    c.object,
    CASE WHEN c.subject.actor IS NOT NULL THEN '@' || c.subject.actor ELSE '"' END AS subject_key,
    CASE
      WHEN c.object IS NULL THEN '-'
      WHEN c.object.type = 'actor' THEN '@' || c.object.actor
      WHEN c.object.type = 'date' THEN 'd' || c.object.date
      ELSE c.object.type
    END AS object_key,
    COALESCE(v.is_symmetric, FALSE) AS is_symmetric,
    COALESCE(v.is_single_valued, FALSE) AS is_single_valued,
    v.family,
    CASE WHEN (a.stance IN ('asserts', 'hedges')) = (c.polarity = 'affirmed') THEN 1 ELSE 0 END AS affirms,
    CASE WHEN c.first_since IS NULL THEN 0 ELSE 1 END AS says_first
  FROM attributions AS a
  JOIN claims AS c ON c.id = a.claim
  LEFT JOIN predicate_vocabulary AS v ON v.predicate = c.predicate
),
bucketed AS (
  SELECT
    keyed.*,
    CASE
      WHEN family IS NOT NULL AND object_key < subject_key THEN '~' || family || '|' || object_key || '|' || subject_key
      WHEN family IS NOT NULL THEN '~' || family || '|' || subject_key || '|' || object_key
      WHEN is_symmetric AND object_key < subject_key THEN predicate || '|' || object_key || '|' || subject_key
      ELSE predicate || '|' || subject_key || '|' || object_key
    END AS proposition_bucket,
    predicate || '|' || subject_key AS slot_bucket
  FROM keyed
),
propositions AS (
  SELECT proposition_bucket
  FROM bucketed
  GROUP BY proposition_bucket
  HAVING (max(affirms) = 1 AND min(affirms) = 0)
    OR (max(says_first) = 1 AND count(*) > 1)
    OR count(DISTINCT predicate) > 1
),
slots AS (
  SELECT slot_bucket
  FROM bucketed
  WHERE is_single_valued AND object IS NOT NULL
  GROUP BY slot_bucket
  HAVING count(DISTINCT object) > 1 OR count(DISTINCT subject) > 1
),
explicit_claims AS (
  SELECT claim FROM claim_contradicts
  UNION
  SELECT target AS claim FROM claim_contradicts
),
same_as_claims AS (
  SELECT id AS claim FROM claims WHERE len(same_as) > 0
  UNION
  SELECT unnest(same_as) AS claim FROM claims
)
SELECT attribution
FROM bucketed
WHERE proposition_bucket IN (SELECT proposition_bucket FROM propositions)
  OR (is_single_valued AND object IS NOT NULL AND slot_bucket IN (SELECT slot_bucket FROM slots))
  OR claim IN (SELECT claim FROM explicit_claims)
  OR claim IN (SELECT claim FROM same_as_claims)
