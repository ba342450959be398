// Chinese has no spaces: the cjk analyzer indexes character bigrams, so 老旧小区 finds 城镇老旧小区改造.
CREATE FULLTEXT INDEX section_text IF NOT EXISTS FOR (n:Section) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX target_text IF NOT EXISTS FOR (n:Target) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX task_text IF NOT EXISTS FOR (n:Task) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
