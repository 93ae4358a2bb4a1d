-- DuckDB binding of attributions.jsonl to the columns of attributions.parquet. A via entry is a
-- source id (a string), {"source": id} or {"actor": id, "attribution": id}: all three become
-- STRUCT(type, id, attribution).
SELECT
  id,
  claim,
  source,
  speaker,
  mode,
  COALESCE(
    list_transform(CAST(via AS JSON[]), v ->
      CASE WHEN json_type(v) <> 'OBJECT' THEN {'type': 'source', 'id': v ->> '$', 'attribution': NULL}
        WHEN v ->> '$.source' IS NOT NULL THEN {'type': 'source-link', 'id': v ->> '$.source', 'attribution': NULL}
        ELSE {'type': 'actor', 'id': v ->> '$.actor', 'attribution': v ->> '$.attribution'} END),
    []
  ) AS via,
  COALESCE(stance, 'asserts') AS stance,
  COALESCE(factuality, 'certain') AS factuality,
  cue,
  said,
  CASE WHEN relative IS NULL THEN NULL
    ELSE {'said': relative.said, 'when_text': relative."when", 'anchor': relative.anchor} END AS relative,
  COALESCE(list_transform(roles, r -> {'actor': r.actor, 'title': r.title, 'qualifier': r.qualifier}), []) AS roles,
  confidence,
  "creditedTo" AS credited_to,
  note,
  rating,
  CASE WHEN mode IN ('direct-quote', 'indirect') THEN COALESCE(
    list_transform(quotes, q -> {
      'text': q.text, 'start_offset': q."start", 'end_offset': q."end", 'prefix': q.prefix, 'suffix': q.suffix
    }),
    []
  ) END AS quotes,
  row_number() OVER () - 1 AS row_order
FROM read_json('{file}', format = 'newline_delimited', maximum_object_size = 268435456, columns = {
  id: 'VARCHAR', claim: 'VARCHAR', source: 'VARCHAR', speaker: 'VARCHAR', mode: 'VARCHAR', via: 'JSON',
  stance: 'VARCHAR', factuality: 'VARCHAR', cue: 'VARCHAR', said: 'VARCHAR',
  relative: 'STRUCT(said VARCHAR, "when" VARCHAR, anchor VARCHAR)',
  roles: 'STRUCT(actor VARCHAR, title VARCHAR, qualifier VARCHAR)[]', confidence: 'DOUBLE', "creditedTo": 'VARCHAR', note: 'VARCHAR',
  rating: 'STRUCT(label VARCHAR, value DOUBLE, best DOUBLE, worst DOUBLE)',
  quotes: 'STRUCT(text VARCHAR, "start" INTEGER, "end" INTEGER, prefix VARCHAR, suffix VARCHAR)[]'
})
