CREATE TABLE posts (id INTEGER PRIMARY KEY, slug TEXT, author TEXT, published INTEGER, body TEXT);
