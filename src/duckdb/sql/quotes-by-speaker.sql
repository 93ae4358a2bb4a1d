-- Added to quotes.sql when the filter names a speaker: filter_speakers(id) holds it and, with
-- includeAgents, whoever speaks for it.
a.speaker IN (SELECT id FROM filter_speakers)
