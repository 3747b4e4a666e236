-- Several instances on one database (issue 10).
-- Re-runnable (IF NOT EXISTS), as the migrations before it: a test that empties the schema history runs them again.

-- Spring Integration's JDBC locks, as its schema for every database has the table: the run lease
-- (one run at a time across instances) and the leadership (one instance watches the input folder).
CREATE TABLE IF NOT EXISTS INT_LOCK (
	LOCK_KEY CHAR(36) NOT NULL,
	REGION VARCHAR(100) NOT NULL,
	CLIENT_ID CHAR(36),
	CREATED_DATE TIMESTAMP NOT NULL,
	EXPIRED_AFTER TIMESTAMP NOT NULL,
	CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);

-- Something done once for the cluster (the monthly run of a month): the first instance to insert its
-- row does it, the others find the key taken.
CREATE TABLE IF NOT EXISTS ita_claim (
	claim_key VARCHAR(200) NOT NULL PRIMARY KEY,
	instance_id VARCHAR(200) NOT NULL,
	claimed_at TIMESTAMP NOT NULL
);

-- Each instance's heartbeat: what the runs page shows, and how long ago an instance was last heard from.
CREATE TABLE IF NOT EXISTS ita_instance (
	instance_id VARCHAR(200) NOT NULL PRIMARY KEY,
	host VARCHAR(200) NOT NULL,
	started_at TIMESTAMP NOT NULL,
	heartbeat_at TIMESTAMP NOT NULL,
	leader BOOLEAN DEFAULT FALSE NOT NULL
);
