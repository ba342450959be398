// Documents printed in the loaded gazettes (cited-only stubs are reachable through `cites`).
MATCH (d:Document)
WHERE d.kind <> 'CITED' AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
RETURN d {.*, text: null} AS node
ORDER BY d.jurisdiction, coalesce(d.gazetteStart, 0), d.id
