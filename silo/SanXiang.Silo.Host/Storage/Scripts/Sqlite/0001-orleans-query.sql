-- The table Orleans' ADO.NET providers read their statements from at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery").
CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
