// The names of the indexes the database has, for migrate to send only the migrations it lacks. A
// uniqueness constraint's index has the constraint's name, so this lists every constraint of ours too.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
