-- Attributions with their claim, speaker and source present (a statement with a broken
-- reference is left out, as the in-memory engine leaves it out), narrowed by the parts of the
-- filter that are given: for each, the condition in quotes-by-<part>.sql is added with AND, and
-- the values are in a small table filter_<part>s. Dates, words and ranking are applied
-- afterwards to the rows this returns.
SELECT a.*
FROM attributions AS a
JOIN claims AS c ON c.id = a.claim
JOIN sources AS s ON s.id = a.source
JOIN actors AS speaker ON speaker.id = a.speaker
WHERE TRUE
