-- The table Orleans' ADO.NET providers read their statements from at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"). Unquoted names fold to lower case, which the
-- providers' case-insensitive column lookup accepts.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);
