-- Added to quotes.sql when the filter names a topic (filter_topics(topic)): a topic of the claim.
a.claim IN (SELECT t.claim FROM claim_topics AS t JOIN filter_topics AS f ON f.topic = t.topic)
