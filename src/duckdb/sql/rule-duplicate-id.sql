-- duplicate-id: rows whose id an earlier row of the same kind already has, with that earlier
-- row and whether the two have the same content. {table} names the kind; {same_content} compares
-- every column (a IS NOT DISTINCT FROM b, column by column); both are filled in by the engine.
SELECT later.id, later.row_order, earlier.row_order AS earlier_row_order, {same_content} AS same_content
FROM raw_{table} AS later
JOIN {table} AS earlier ON earlier.id = later.id AND earlier.row_order < later.row_order
