-- DuckDB binding of claims.jsonl to the columns of claims.parquet. Fields whose JSON is either a
-- string or an object (subject, where, when, object values, first) are read as JSON and split.
SELECT
  id,
  text,
  CASE WHEN json_type(subject) = 'OBJECT'
    THEN {'actor': NULL, 'literal': subject ->> '$.literal'}
    ELSE {'actor': subject ->> '$', 'literal': NULL} END AS subject,
  predicate,
  CASE WHEN object IS NULL THEN NULL ELSE {
    'type': object ->> '$.type',
    'actor': object ->> '$.id',
    'text': CASE WHEN object ->> '$.type' = 'text' THEN object ->> '$.value' END,
    'number': CASE WHEN object ->> '$.type' IN ('number', 'quantity') THEN CAST(object -> '$.value' AS DOUBLE) END,
    'unit': object ->> '$.unit',
    'approx': CASE WHEN object ->> '$.type' IN ('number', 'quantity') THEN COALESCE(object ->> '$.approx', 'exact') END,
    'date': CASE WHEN object ->> '$.type' = 'date' THEN object ->> '$.value' END,
    'duration': CASE WHEN object ->> '$.type' = 'duration' THEN {
      'years': CAST(object -> '$.value.years' AS DOUBLE),
      'months': CAST(object -> '$.value.months' AS DOUBLE),
      'days': CAST(object -> '$.value.days' AS DOUBLE),
      'approx': COALESCE(object ->> '$.value.approx', 'exact')
    } END
  } END AS object,
  CASE WHEN "when" IS NULL THEN NULL
    WHEN json_type("when") = 'OBJECT' THEN {'date': NULL, 'from_date': "when" ->> '$.from', 'to_date': "when" ->> '$.to'}
    ELSE {'date': "when" ->> '$', 'from_date': NULL, 'to_date': NULL} END AS claim_time,
  CASE WHEN "where" IS NULL THEN NULL
    WHEN json_type("where") = 'OBJECT' THEN {'actor': NULL, 'literal': "where" ->> '$.literal'}
    ELSE {'actor': "where" ->> '$', 'literal': NULL} END AS place,
  COALESCE(polarity, 'affirmed') AS polarity,
  CASE WHEN "first" IS NULL THEN NULL
    WHEN "first" ->> '$.since' IS NOT NULL THEN {'since': "first" ->> '$.since', 'within': NULL}
    ELSE {'since': NULL, 'within': {
      'years': CAST("first" -> '$.in.years' AS DOUBLE),
      'months': CAST("first" -> '$.in.months' AS DOUBLE),
      'days': CAST("first" -> '$.in.days' AS DOUBLE),
      'approx': COALESCE("first" ->> '$.in.approx', 'exact')
    }} END AS first_since,
  COALESCE(topics, []) AS topics,
  COALESCE(contradicts, []) AS contradicts,
  COALESCE("sameAs", []) AS same_as,
  note,
  row_number() OVER () - 1 AS row_order
FROM read_json('{file}', format = 'newline_delimited', maximum_object_size = 268435456, columns = {
  id: 'VARCHAR', text: 'VARCHAR', subject: 'JSON', predicate: 'VARCHAR', object: 'JSON',
  "when": 'JSON', "where": 'JSON', polarity: 'VARCHAR', "first": 'JSON', topics: 'VARCHAR[]',
  contradicts: 'VARCHAR[]', "sameAs": 'VARCHAR[]', note: 'VARCHAR'
})
