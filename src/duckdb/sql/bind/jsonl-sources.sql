-- DuckDB binding of sources.jsonl to the columns of sources.parquet. A `textFile` is not read:
-- the DuckDB engine runs no rule that needs source texts.
SELECT
  id,
  kind,
  title,
  publisher,
  COALESCE(authors, []) AS authors,
  url,
  language,
  published,
  "publishedBasis" AS published_basis,
  text,
  "textFile" AS text_file,
  CASE WHEN defects IS NULL THEN NULL ELSE list_transform(defects, d -> {
    'kind': d.kind, 'start_offset': d."start", 'end_offset': d."end", 'note': d.note
  }) END AS defects,
  note,
  row_number() OVER () - 1 AS row_order
FROM read_json('{file}', format = 'newline_delimited', maximum_object_size = 268435456, columns = {
  id: 'VARCHAR', kind: 'VARCHAR', title: 'VARCHAR', publisher: 'VARCHAR', authors: 'VARCHAR[]',
  url: 'VARCHAR', language: 'VARCHAR', published: 'VARCHAR', "publishedBasis": 'VARCHAR',
  text: 'VARCHAR', "textFile": 'VARCHAR',
  defects: 'STRUCT(kind VARCHAR, "start" INTEGER, "end" INTEGER, note VARCHAR)[]', note: 'VARCHAR'
})
