package th.itabatch.security;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * A login session's attribute is written as an upsert. Two requests of one session at once (a
 * double-clicked upload, two tabs) both added the upload's notice, and the second INSERT failed on
 * the attributes' key: the user got a bare HTTP 500 for a file that had been received (a trial).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionAttributeUpserts {

	/** HSQLDB's MERGE, typed as the V6 migration's columns (its parameters have no type of their own). */
	static final String HSQLDB_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES SA
			USING (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS LONGVARBINARY)))
				AS A (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			ON SA.SESSION_PRIMARY_ID = A.SESSION_PRIMARY_ID AND SA.ATTRIBUTE_NAME = A.ATTRIBUTE_NAME
			WHEN MATCHED THEN UPDATE SET ATTRIBUTE_BYTES = A.ATTRIBUTE_BYTES
			WHEN NOT MATCHED THEN INSERT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (A.SESSION_PRIMARY_ID, A.ATTRIBUTE_NAME, A.ATTRIBUTE_BYTES)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		String name = product.toLowerCase(java.util.Locale.ROOT);
		if (name.contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (name.contains("hsql")) {
			return repository -> repository.setCreateSessionAttributeQuery(HSQLDB_UPSERT);
		}
		return repository -> {
		};
	}
}
