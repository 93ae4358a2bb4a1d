-- DuckDB: the records a loaded corpus holds. Of several rows with one id only the first counts,
-- as the loader keeps the first; later_{table} lists the others. The engine runs this first
-- statement when the database opens, then defines {table} as raw_{table} without the rows listed
-- there (bind/records-deduplicated.sql), or as raw_{table} itself when the list is empty.
CREATE TABLE later_{table} AS
SELECT row_order FROM (
  SELECT row_order, row_number() OVER (PARTITION BY id ORDER BY row_order) AS n FROM raw_{table}
) AS numbered
WHERE n > 1
