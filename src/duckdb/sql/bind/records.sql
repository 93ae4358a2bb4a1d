-- DuckDB: the records a loaded corpus holds. Of several rows with one id only the first counts,
-- as the loader keeps the first; later_{table} lists the others (filled once when the database opens).
CREATE TABLE later_{table} AS
SELECT row_order FROM (
  SELECT row_order, row_number() OVER (PARTITION BY id ORDER BY row_order) AS n FROM raw_{table}
) AS numbered
WHERE n > 1;

CREATE VIEW {table} AS
SELECT * FROM raw_{table} WHERE row_order NOT IN (SELECT row_order FROM later_{table});
