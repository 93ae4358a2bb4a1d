-- DuckDB binding of actors.jsonl (records as claimtrail writes them) to the columns of
-- actors.parquet: defaults filled in, fields renamed. The engine casts each column to its type.
SELECT
  id,
  kind,
  name,
  COALESCE(aliases, []) AS aliases,
  COALESCE(
    list_transform(roles, r -> {
      'title': r.title,
      'of_actor': r."of",
      'from_date': r."from",
      'to_date': r."to",
      'aliases': COALESCE(r.aliases, [])
    }),
    []
  ) AS roles,
  COALESCE("memberOf", []) AS member_of,
  COALESCE("actsFor", []) AS acts_for,
  note,
  pronoun,
  "of" AS of_actor,
  iso,
  url,
  row_number() OVER () - 1 AS row_order
FROM read_json('{file}', format = 'newline_delimited', maximum_object_size = 268435456, columns = {
  id: 'VARCHAR', kind: 'VARCHAR', name: 'VARCHAR', aliases: 'VARCHAR[]',
  roles: 'STRUCT(title VARCHAR, "of" VARCHAR, "from" VARCHAR, "to" VARCHAR, aliases VARCHAR[])[]',
  "memberOf": 'VARCHAR[]', "actsFor": 'VARCHAR[]', note: 'VARCHAR', pronoun: 'VARCHAR',
  "of": 'VARCHAR', iso: 'VARCHAR', url: 'VARCHAR'
})
