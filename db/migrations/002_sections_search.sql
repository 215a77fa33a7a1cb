-- Full-text search over section titles and bodies. The trigram tokenizer finds Chinese substrings
-- of three or more characters (MATCH '机关运行经费'); shorter ones need LIKE on sections.text.
CREATE VIRTUAL TABLE sections_search USING fts5(
  title, text,
  content = 'sections', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER sections_search_insert AFTER INSERT ON sections BEGIN
  INSERT INTO sections_search (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER sections_search_delete AFTER DELETE ON sections BEGIN
  INSERT INTO sections_search (sections_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER sections_search_update AFTER UPDATE ON sections BEGIN
  INSERT INTO sections_search (sections_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO sections_search (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

INSERT INTO sections_search (sections_search) VALUES ('rebuild');
