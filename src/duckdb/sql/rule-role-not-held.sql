-- role-not-held: attributions whose passage gives an office to an actor the corpus has. Whether
-- the office was held is decided afterwards, since titles are compared with case, accents and
-- punctuation folded, which SQL dialects do not do alike.
SELECT DISTINCT r.attribution AS id
FROM attribution_roles AS r
JOIN actors AS holder ON holder.id = r.actor
