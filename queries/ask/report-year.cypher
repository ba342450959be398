// The latest year a jurisdiction's work reports plan for (or any jurisdiction's): what 今年 means.
MATCH (d:Document)
WHERE d.reportYear IS NOT NULL AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
RETURN max(d.reportYear) AS year
